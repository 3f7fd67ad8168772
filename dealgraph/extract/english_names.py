"""The English name finder: cleaned names in place of the Latin candidates of English sentences.

No leading "The", months or "-based" places; possessives cut; people told apart from companies by
their shape and cues ("said", "founded by", a title before them); a name linked to the lexicon entry or
to the longer name it shortens (Northbeam after Northbeam AI).
"""

from __future__ import annotations

import re

from dealgraph import lexicon
from dealgraph.datafiles import read_yaml
from dealgraph.extract.document import Doc, Mention, Sentence
from dealgraph.extract.english_reader import ORG_KINDS, Grammar, grammar
from dealgraph.names import core

# (an ampersand inside a word of capitals joins it: "GC&H Investments", "AT&T")
# (a colon before lower-case letters inside a word joins it too: "Run:ai"; not a listing code, "NASDAQ:NVDA")
_WORD = r"(?:[A-Z][A-Za-z0-9]*|[a-z]{1,3}[A-Z][A-Za-z0-9]*)(?:[-.][A-Za-z0-9]+|(?<=[A-Za-z]):[a-z][a-z0-9]*|(?<=[A-Z])&[A-Z]+)*"
# (a brand's lower-case "i" inside a name: "BMW i Ventures"; a word of digits and capitals after a word: "SCB 10X")
# (a first-name initial in a list: "Fidelity, T. Rowe Price and Vireo")
_NAME = re.compile(rf"(?:(?<=, )[A-Z]\. (?=[A-Z][a-z]+ [A-Z])|(?<=\band )[A-Z]\. (?=[A-Z][a-z]+ [A-Z]))?"
                   rf"(?<![A-Za-z0-9$]){_WORD}(?:(?: | & | i ){_WORD}| \d+[A-Z][A-Z0-9]*)*(?![A-Za-z0-9])")
# a word opening a sentence before a figure's noun qualifies the figure ("Subscription revenue", "Hardware sales")
_FIGURE_AFTER = re.compile(r" (?:revenues?|sales|bookings|gross (?:profit|margin)|margins?|income)\b")
# ("Data center revenue reached …", "Cloud services sales rose …": the word and one or two lower-case words name a
# segment; a company's name opening such a sentence is named elsewhere in the text too, "… said Nvidia")
# "Operating loss widened to …", "Diluted earnings per share rose …": an adjective of a result
# opening the sentence before the result's noun, no name
_RESULT_ADJECTIVE = re.compile(r"Operating|Diluted|Basic|Adjusted|Gross|Pre-?tax|Underlying|Comprehensive|Consolidated|"
                               r"Attributable|Normali[sz]ed")
_RESULT_AFTER = re.compile(r" (?:loss|losses|earnings|income|profits?|EBITDA|margins?|results?|expenses?|costs?|"
                           r"cash flows?)\b")
_SEGMENT_FIGURE_AFTER = re.compile(r"(?: [a-z]+){1,2} (?:revenues?|sales|bookings|income)\b")
_SEGMENT_WORD = re.compile(r"Data|Net|Operating|Total|Adjusted|Quarterly|Annual|Cloud|Gaming|Automotive|Networking|"
                           r"Advertising|Services?|Hardware|Software|Subscription|Product|Segment|Core|Recurring")
# "Data hall owner and operator Fjordline", "Cloud computing provider Fjordline": lower-case words ending in what kind
# of company the name right after them is (the word opening the sentence describes it; no name of its own)
_KIND_BEFORE_NAME = re.compile(r"(?: [a-z][a-z-]+){1,5}? (?:owner|operator|provider|maker|developer|supplier|vendor|"
                               r"designer|manufacturer|company|firm|group|specialist|startup|start-up|giant|"
                               r"business|platform|lender|landlord)s? (?=[A-Z])")
# a plural abstract noun opening a sentence ("Acquisitions", "Partnerships", "Investments")
_ABSTRACT = re.compile(r"[A-Z][a-z]+(?:ships|tions|sions|ments|nesses|ities)")
# (wt-ge) a capitalised word opening a sentence before an abstract noun and its verb ("Holder positioning is …",
# "Investor sentiment remains …"): a compound of two common nouns, not a company's name (one the document writes once
# only; not a company's money of its own: "Veltrix funding was led by …")
_ABSTRACT_NOUN_AFTER = re.compile(r" (?!(?:funding|financing|offering|listing|pricing|spending|earnings|holdings?|"
                                  r"shareholding|valuation|acquisition|investment|partnership|ownership|leadership)\b)"
                                  r"[a-z]+(?:ing|tion|sion|ment|ity|ness|ance|ence|ship|ism)s? (?:is|was|are|were|has|have|"
                                  r"had|remains?|remained|appears?|appeared|seems?|seemed)\b")
# "(NASDAQ: QFTR)", "under the ticker QFTR": a trading code names no company
_EXCHANGE_CODE = re.compile(r"(?:\((?:NASDAQ|Nasdaq|NYSE|HKEX|HKSE) ?: ?|\bunder the (?:ticker |trading |stock )?"
                            r"(?:symbol|ticker|code) [\"“']?)$")
_PLAIN = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")
_PERSON_AFTER = re.compile(r",? (?:who|said|says|told|added|wrote(?! (?:off|down)\b)|(?:co-)?founded)\b|"
                           r", (?:the|its) (?:chief|founder|ceo)|"
                           # "Mara Olsen, Quillfeather's co-founder and chief executive, said": a title of a company
                           r", (?:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})['’]s? (?:co-?founder|founder|chief|ceo|cto|cfo|"
                           r"president|chair(?:man|woman)?)\b|"
                           # "Mara Olsen, founder and chief executive at Quillfeather, invested …": a title of a company
                           r", (?:former |then |ex-)?(?:co-?founder|founder|chief executive|ceo|cto|cfo|president|chair(?:man|woman)?|"
                           r"(?:general |managing )?partner)(?:,? (?:and|&) (?:[\w-]+ ){0,2}?[\w-]+)? (?:at|of)\b|"
                           # "Dana Pell, a former Harbor Group and Vireo Labs engineer, founded …": a job at companies named
                           # before it (not "Pike Labs, a former Harbor Group unit": no job)
                           r", an? (?:former |ex-|onetime |one-time )(?:[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}"
                           r"(?:,? (?:and|&) [A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3})? )(?:[a-z]+ )?(?:engineer|executive|"
                           r"researcher|scientist|employee|manager|designer|developer|programmer|banker|analyst|staffer)\b")


def find_names(doc: Doc, sentences: list[Sentence], g: Grammar) -> None:
    """Replace the Latin candidates of English sentences by cleaned names (organisations, people)."""
    inside, occupied = bytearray(len(doc.text) + 1), bytearray(len(doc.text) + 1)
    for s in sentences:
        inside[s.start:s.end] = b"\x01" * (s.end - s.start)
    # (a Latin name the Chinese reader took from before a trading code, "Corlith Micro (9687.HK)" giving "Micro", is
    # found again here, whole)
    kept = [m for m in doc.mentions if not (m.kind == "candidate" and m.source in ("latin", "context")
                                             or m.source == "code" and _LATIN_NAME.fullmatch(m.text)) or not inside[m.start]]
    kept = [m for m in kept if not _heads_longer_name(doc.text, m, inside, g)]
    kept = [_numbered_fund(doc.text, m) if inside[m.start] else m for m in kept]
    for s in sentences:  # a city opening a wire story is no company, however the shape reader took it
        dateline = _DATELINE.match(s.text) or _colon_dateline(s.text)
        if dateline is not None:
            kept = [m for m in kept if not (m.source == "shape" and s.start <= m.start and m.end <= s.start + dateline.end())]
    states = _state_bodies(doc, sentences)
    if states:
        kept = [m for m in kept if not any(m.start < x.end and x.start < m.end for x in states)]
    for m in kept + states:
        occupied[m.start:m.end] = b"\x01" * (m.end - m.start)
    for v in doc.values:  # "grew to RMB1.74bn", "US$3.3bn": an amount written as one word is no name
        if v.kind == "money":
            occupied[v.start:v.end] = b"\x01" * (v.end - v.start)
    found: list[Mention] = list(states)
    lower: set[str] | None = None
    for s in sentences:
        previous: Mention | None = None
        dateline = _DATELINE.match(s.text) or _colon_dateline(s.text)
        for start, end in (run for hit in _NAME.finditer(s.text) for run in _runs(s.text, hit.start(), hit.end())):
            span = _clean(s.text, start, end, g)
            if span is None or any(occupied[s.start + span[0]:s.start + span[1]]) or _place(s.text, span, g) \
                    or _EXCHANGE_CODE.search(s.text, 0, span[0]) \
                    or dateline is not None and span[1] <= dateline.end() or _CITY_OF_PLACE.match(s.text, span[1]) \
                    and not g.rx["person_cue"].search(s.text, max(0, span[0] - 45), span[0]) \
                    or _PLACE_NOUN_AFTER.match(s.text, span[1]) or _model_number(s.text, span):
                continue
            if _ROUND_LETTER.fullmatch(s.text, span[0], span[1]) and _SERIES_BEFORE.search(s.text, 0, span[0]):
                continue  # "a Series A-3 round", "Series C1 funding": a round's letter, no name
            if _AMOUNT_WORD.fullmatch(s.text, span[0], span[1]) and (
                    _SCALE.match(s.text, span[1]) or s.text[span[1] - 1] in "mn"):
                continue  # "about RM640 million", "NT$35 billion": a currency's letters before a figure, no name
            if not s.text[:span[0]].strip(" \"“'‘") and _ADVERB.fullmatch(s.text[span[0]:span[1]]) \
                    and s.text.startswith(",", span[1]):
                continue  # "Recently, Veltrix …", "Separately, …": an adverb opening the sentence
            if not s.text[:span[0]].strip(" \"“'‘") and " " not in s.text[span[0]:span[1]] \
                    and _TIME_WORD.fullmatch(s.text, span[0], span[1]) and _TIME_AFTER.match(s.text, span[1]) \
                    or _ADVERB.fullmatch(s.text, span[0], span[1]) \
                    and not s.text[:span[0]].strip(" \"“'‘") and _ARTICLE_AFTER.match(s.text, span[1]):
                continue  # "Days later the government took …", "Shortly afterwards the …": a time, then the subject
            if not s.text[:span[0]].strip(" \"“'‘") and _OPENING_PREPOSITION.fullmatch(s.text, span[0], span[1]) \
                    and _PREPOSITION_OBJECT.match(s.text, span[1]):
                continue  # "Ahead of the vote, it sold …", "Following the deal …": a preposition opening the sentence
            if not s.text[:span[0]].strip(_OPENING) and _FRONTED_PREP.fullmatch(s.text, span[0], span[1]) \
                    and _FRONTED_PREP_AFTER.match(s.text, span[1]):
                continue  # "Back in March the company …", "Ahead of the vote it …": a fronted phrase of time, no name
            if not s.text[:span[0]].strip(" \"“'‘") and " " not in s.text[span[0]:span[1]] \
                    and _GROUP_AFTER.match(s.text, span[1]):
                continue  # "Global backers in the round included …": an adjective of the investors
            if _PARTICIPLE_OPENING.fullmatch(s.text, span[0], span[1]) and _PARTICIPLE_AFTER.match(s.text, span[1]) \
                    and not s.text[:span[0]].strip(_OPENING) and "," in s.text[span[1]:]:
                continue  # "Working quietly from a garage since 2019, Norcrest …", "Launched barely a year ago, the
                #           company …": a participle's clause before the subject
            if not s.text[:span[0]].strip(_OPENING) and " " not in s.text[span[0]:span[1]]:
                lower = set(re.findall(r"\b[a-z][a-z-]+\b", doc.text)) if lower is None else lower
                if s.text[span[0]:span[1]].lower() in lower:  # "Revenue rose …" where revenue is a word
                    continue
                if _ABSTRACT_NOUN_AFTER.match(s.text, span[1]) and doc.text.count(s.text[span[0]:span[1]]) == 1:
                    continue  # "Investor positioning remains cautious": two common nouns (wt-ge)
                if _RESULT_ADJECTIVE.fullmatch(s.text, span[0], span[1]) and _RESULT_AFTER.match(s.text, span[1]):
                    continue  # "Operating loss was …", "Diluted earnings per share …": a kind of result, no name
                if _FIGURE_AFTER.match(s.text, span[1]) or _ABSTRACT.fullmatch(s.text[span[0]:span[1]]):
                    continue  # "Subscription revenue was …": a kind of revenue; "Partnerships with … grew": a noun
                if _SEGMENT_FIGURE_AFTER.match(s.text, span[1]) and _SEGMENT_WORD.fullmatch(
                        s.text, span[0], span[1]) and not re.search(
                        rf"[a-z0-9,;:’'] {re.escape(s.text[span[0]:span[1]])}\b", doc.text):
                    continue  # "Data center revenue reached …": a segment's figure; "Data" is named nowhere else
                if _KIND_BEFORE_NAME.match(s.text, span[1]) and not re.search(
                        rf"[a-z0-9,;:’'] {re.escape(s.text[span[0]:span[1]])}\b", doc.text):
                    continue  # "Data hall owner and operator Fjordline said …": the kind of the company named after it
            previous = _name_mention(doc.text, s.start + span[0], s.start + span[1], previous, g)
            found.append(previous)
        found += _number_names(doc, s, occupied, found, g)
    found += _lowercase_names(doc, sentences, occupied, found, g)
    found = [_numbered_fund(doc.text, m) for m in found]
    _link_names(found, kept + found, doc.text)
    _link_abbreviations(found, kept + found, doc.text)
    doc.mentions = sorted(kept + found, key=lambda m: m.start)


def _link_abbreviations(found: list[Mention], every: list[Mention], text: str) -> None:
    """"Safe Superintelligence (SSI)", "Norcrest Labs (NCL) … NCL said": an unknown name in brackets right after an
    organisation's name is that organisation, there and wherever else the document writes it."""
    ordered = sorted(every, key=lambda m: m.start)
    ends = {m.end: m for m in ordered if m.kind in ORG_KINDS}
    aliases: dict[str, Mention] = {}
    for m in ordered:
        full = ends.get(m.start - 2)
        if m.kind == "candidate" and full is not None and full.key != m.key and text[m.start - 2:m.start] == " (" \
                and text.startswith(")", m.end) and m.text not in aliases:
            aliases[m.text] = full
    for m in found:
        full = aliases.get(m.text)
        if full is not None and m.kind == "candidate":
            m.key, m.kind, m.canonical = full.key, full.kind, full.canonical


def _state_bodies(doc: Doc, sentences: list[Sentence]) -> list[Mention]:
    """A state body named by a common noun is an organisation: "the U.S. government took a 10% stake", "the Department
    of Energy will receive equity", "the Pentagon is buying preferred shares", "Italy's Ministry of Economy": the words
    of data/english.yaml `state_bodies`, keyed by the body ("US government" and "American government" are one)."""
    out = []
    for s in sentences:
        if "overnment" not in s.text and "epartment" not in s.text and "inistry" not in s.text \
                and "Pentagon" not in s.text and "Dept" not in s.text:
            continue
        for hit in _state_regex().finditer(s.text):
            display = _state_display(hit)
            body = "ministry" if hit.group("ministry") else "body"
            start, end = s.start + hit.start(body), s.start + hit.end(body)
            out.append(Mention(start, end, doc.text[start:end], "organization", f"name:{core(display)}", "english",
                               display))
    return out


def _state_display(hit: re.Match[str]) -> str:
    """The one name of the body a match of _state_regex reads (a ministry: as written)."""
    data = _state_data()
    if hit.group("gov") or hit.group("gov2"):
        return data["governments"][hit.group("gov") or hit.group("gov2")]
    if hit.group("dept") or hit.group("dept2"):
        return data["departments"][hit.group("dept") or hit.group("dept2")]
    if hit.group("pentagon"):
        return data["departments"]["Defense"]
    country = hit.group("of")  # "Italy's Ministry of Economy": the Italian one
    return f"{data['governments'][country].removesuffix(' government')} {hit.group('ministry')}" if country \
        else hit.group("ministry")


def _state_data() -> dict[str, dict[str, str]]:
    if "state_data" not in _CACHE:
        _CACHE["state_data"] = read_yaml("english.yaml")["state_bodies"]  # type: ignore[assignment]
    return _CACHE["state_data"]  # type: ignore[return-value]


def _state_regex() -> re.Pattern[str]:
    """"the U.S. (federal) government", "Japan's government", "the government of Norway" (not "Japan's
    government-backed fund": a word joined by a hyphen describes another body), "the (U.S.) Commerce Department",
    "the Department of the Treasury", "the Pentagon", "(Japan's) Ministry of Economy, Trade and Industry"."""
    if "state" not in _CACHE:
        data = _state_data()
        govs = "|".join(sorted(map(re.escape, data["governments"]), key=len, reverse=True))
        depts = "|".join(sorted(map(re.escape, data["departments"]), key=len, reverse=True))
        _CACHE["state"] = re.compile(
            rf"(?<![\w.-])(?P<body>(?P<gov>{govs})(?:['’]s)? (?:federal |central |national )?[Gg]overnment"
            rf"|[Gg]overnment of (?:the )?(?P<gov2>{govs})"
            rf"|(?:(?:U\.S\.|US|United States) )?(?:Department of (?P<dept>{depts})|(?P<dept2>{depts}) (?:Department|Dept\.?))"
            rf"|(?<=[Tt]he )(?P<pentagon>Pentagon)"
            rf"|(?<![\w.-])(?:(?P<of>{govs})(?:['’]s)? )?(?P<ministry>Ministry (?:of|for) [A-Z][a-z]+(?:(?:,| and| &) [A-Z][a-z]+){{0,3}}))(?![\w-])")
    return _CACHE["state"]  # type: ignore[return-value]


_ADVERB = re.compile(r"[A-Z][a-z]{3,}ly")
# a word that opens a fronted phrase of time or circumstance before the subject ("Back in 2021", "Ahead of the vote",
# "Prior to the deal", "Way back in 2019"); a name is never followed by these prepositions right at a sentence's start
_FRONTED_PREP = re.compile(r"Back|Ahead|Prior|Way back|Right after|Right before|Long before|Soon after|Shortly before")
_FRONTED_PREP_AFTER = re.compile(r" (?:in|of|to|on|at|when|then|before|after|during|around)\b")
# the letter of a funding round with its number ("Series A-3", "Series B2", "Series C-1")
_ROUND_LETTER = re.compile(r"[A-J]-?\d{1,2}\+?")
_SERIES_BEFORE = re.compile(r"\b(?:[Ss]eries|SERIES) $")
# what may stand before the first word of a sentence: quotes, and the mark of a list item ("- Data center revenue: …")
_OPENING = " \"“'‘-–—•·*▪"
# a participle opening a sentence before an adverb or a preposition ("Working quietly from a garage, …", "Launched
# barely a year ago, …"; not a name before its verb or noun: "Boeing said", "Boeing shares fell")
_PARTICIPLE_OPENING = re.compile(r"[A-Z][a-z]{4,}(?:ing|ed)")  # (not "Boeing in talks …": a short name)
_PARTICIPLE_AFTER = re.compile(r" (?:[a-z]{3,}ly|in|by|under|from|with|for|out|as|since|less|more|only|just|about|at|on|"
                               r"over|after|before|through|into|off|up|mostly|nearly|almost)\b")
# a preposition (or a word that opens a compound one) opening a sentence, and what follows it there: "Ahead of the
# merger vote, …", "Prior to the listing, …", "Following its IPO, …" (not "Ahead Robotics sold …": a name of two words)
_OPENING_PREPOSITION = re.compile(r"Ahead|Because|Instead|Regardless|Outside|Inside|Apart|Prior|According|Due|Thanks|"
                                  r"Contrary|Along|Together|Amid|Amidst|Despite|Following|During|After|Before|Since|Until|"
                                  r"Upon|Unlike|Against|Among|Across|Beyond|Within|Throughout|Under|Over|Besides|Alongside|"
                                  r"Toward|Towards|Through|Via|Per|Pending|Barring|Excluding|Including|Notwithstanding")
_PREPOSITION_OBJECT = re.compile(r",? (?:of|to|with|from|the|an?|its|their|his|her|this|that|these|those|last|next|"
                                 r"early|late|mid-?|recent|\d)\b")
# a word opening a sentence that a word of time follows ("Days later", "Weeks afterwards", "Months earlier"), and an
# adverb opening one before an article or another adverb of time ("Shortly afterwards the …", "Separately the …"; not
# "Grammarly raised …": a name ending in -ly before its verb)
_TIME_AFTER = re.compile(r" (?:later|afterwards?|earlier|thereafter|ago|before that|after that)\b")
_TIME_WORD = re.compile(r"(?:Days|Weeks|Months|Years|Hours|Minutes|Moments|Decades|Soon|Shortly)")  # (not "Nvidia later …")
_ARTICLE_AFTER = re.compile(r" (?:the|an?|its|their|afterwards?|after|before|later|thereafter)\b")
# a currency written in letters before its figure, one word ("RM640", "Rp12", "NT35"), and the scale after it
# ("RM640bn"; not the chip "H20" nor the plane "A380": no scale follows them)
_AMOUNT_WORD = re.compile(r"[A-Z][A-Za-z]{0,2}\$?\d[\d.,]*(?:bn|mn|m)?")
_SCALE = re.compile(r" (?:billion|million|trillion|thousand|bn|mn)\b")
_LATIN_NAME = re.compile(r"[A-Za-z][\w .&-]*")
_GROUP_AFTER = re.compile(r" (?:backers|investors|participants|shareholders|investment firms|firms)\b")
# "SAN FRANCISCO, April 23 (Reuters) -", "SEOUL (Reuters) -": a wire story's dateline opens with its city in capitals
# (and the state or country after it: "PALO ALTO, Calif., May 2, 2025 -", "MUNICH, Germany, Jan. 8 -": a place too)
_DATELINE = re.compile(r"[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?(?=, "
                       r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d))?"
                       r"(?=,? \(|, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d)")

# "MUMBAI: Meta said on Tuesday …": a city in capitals and a colon open the story (not a company the lexicon knows
# written in capitals: "NVIDIA: …")
_COLON_DATELINE = re.compile(r"[A-Z][A-Z'-]{2,}(?: [A-Z][A-Z'-]{1,})*(?=: [A-Z])")


def _colon_dateline(text: str) -> re.Match[str] | None:
    hit = _COLON_DATELINE.match(text)
    if hit is None:
        return None
    entry = lexicon.load().lookup(hit.group())
    return hit if entry is None or entry.kind not in ORG_KINDS else None


# "Zhuhai city's state-owned Huafa Group", "the Hubei province government": a name before a lower-case city or province
# is a place
_PLACE_NOUN_AFTER = re.compile(r" (?:city|province|municipality)(?:['’]s| government| authorities)\b")
# "Sunnyvale, California-based Figure", "Waterloo, Ontario-headquartered …": a city written before a "-based" region
# (not a person named after a title: "by former Baidu executive Shen Yuhang, Shanghai-based Kestrel AI …")
_CITY_OF_PLACE = re.compile(r", [A-Z][\w.]*(?: [A-Z][\w.]*)?-(?:based|headquartered)\b")


def _heads_longer_name(text: str, m: Mention, inside: bytearray, g: Grammar) -> bool:
    """"Fidelity Management & Research", "Tiger Global Management": a name the lexicon knows that opens a longer
    run of capitalised words ending in a word of organisations' names is the head of another organisation."""
    if m.source != "lexicon" or m.kind != "organization" or not inside[m.start]:
        return False
    run = _NAME.match(text, m.start)
    if run is None or run.end() <= m.end or text[m.end:m.end + 1] not in (" ",):
        return False
    last = run.group().split()[-1]  # "Samsung SDI", "LG CNS": a lexicon name and an acronym of three or four letters
    return last in g.names["org_words"] or run.end() == m.end + 1 + len(last) and re.fullmatch(r"[A-Z]{3,4}", last) \
        is not None and last not in g.names["stop"]


def _lowercase_names(doc: Doc, sentences: list[Sentence], occupied: bytearray, found: list[Mention],
                     g: Grammar) -> list[Mention]:
    """A lower-case name introduced by an apposition: "acquire io, the device start-up founded by …" (io);
    then every other whole-word io of the English sentences is that name ("owned roughly 23% of io")."""
    taken = bytearray(occupied)
    for m in found:
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    names = {hit.group(1) for s in sentences for hit in _LOWER_NAMED.finditer(s.text)
             if hit.group(1) not in g.names["lower_stop"] and not _NOUN_BEFORE.search(s.text, 0, hit.start())}
    out: list[Mention] = []
    for name in sorted(names):
        word = re.compile(rf"(?<![\w$-]){re.escape(name)}(?![\w-])")
        for s in sentences:
            for hit in word.finditer(s.text):
                start, end = s.start + hit.start(), s.start + hit.end()
                if not any(taken[start:end]):
                    out.append(Mention(start, end, name, "candidate", f"name:{core(name)}", "english"))
    return out


# "io, the device start-up founded by …": a lower-case word, then an article, one to three descriptors and a
# kind of company, not followed by a speech verb (robotics, the company said, names nothing).
_LOWER_NAMED = re.compile(r"(?<![\w$-])([a-z][a-z0-9]{1,11}), (?:the|a|an) (?:[\w-]+ ){1,3}"
                          r"(?:start-?ups?|company|firm|maker|developer|lab|venture)\b(?! (?:said|says|told|added))")


# "Calloway's two largest shareholders, the private equity firm …": a word after a possessive, an article, a number
# or a superlative is a common noun, not a lower-case name
_NOUN_BEFORE = re.compile(r"(?:['’]s|\b(?:the|a|an|its|their|our|his|her|two|three|four|five|several|many|some|both|"
                          r"other|[a-z]+est)) $", re.IGNORECASE)


_TITLE_INSIDE = re.compile(r"(?<=[A-Za-z0-9]) (?:CEO|CFO|CTO|COO) (?=[A-Z][a-z])")
_TITLE_LEAD = re.compile(r"(?:CEO|CFO|CTO|COO) (?=[A-Z][a-z]+ [A-Z][a-z])")


def _runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run of capitalised words split after a word with a lower-case tail: "Harbor Peak Capital-backed
    Quillfeather" (two names), "Paris-based Mistral AI" (a place, then the name); a run split around a title written
    in capitals between a company and a person: "hire Quillfeather CEO Mara Olsen" (the company, then the person)."""
    lead = _TITLE_LEAD.match(text, start, end)
    if lead is not None:  # "co-founder and CEO Jane Smith": the title opening the run is no part of the name
        return _runs(text, lead.end(), end)
    title = _TITLE_INSIDE.search(text, start, end)
    if title is not None:
        return _runs(text, start, title.start()) + _runs(text, title.end(), end)
    if "-" not in text[start:end]:
        return [(start, end)]
    runs, lo = [], start
    for w in re.finditer(r"\S+", text[start:end]):
        if re.search(r"-[a-z]", w.group()) and start + w.end() < end:
            runs.append((lo, start + w.end()))
            lo = start + w.end() + 1
    return runs + [(lo, end)]


def _place(text: str, span: tuple[int, int], g: Grammar) -> bool:
    """A single word between "the" and a lower-case noun of a company is a place: "The Sunnyvale company",
    "the Sunnyvale, California-based start-up" (unless the lexicon knows the word as an organisation)."""
    name = text[span[0]:span[1]]
    if " " in name or not re.search(r"\b[Tt]he $", text[:span[0]]) or not _company_noun(g).match(text, span[1]):
        return False
    entry = lexicon.load().lookup(name)
    return entry is None or entry.kind not in ORG_KINDS


def _company_noun(g: Grammar) -> re.Pattern[str]:
    if "company_noun" not in _CACHE:
        nouns = "|".join(sorted(map(re.escape, g.names["company_nouns"]), key=len, reverse=True))
        _CACHE["company_noun"] = re.compile(rf"(?:,? [A-Z][\w.-]+)*(?:[- ][a-z][\w-]*){{0,2}}? (?:{nouns})\b")
    return _CACHE["company_noun"]


_CACHE: dict[str, re.Pattern[str]] = {}


_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
           "December"}


_INSIDE_SENTENCE = re.compile(r"(?:\b[a-z][\w-]*|,) $")


def _clean(text: str, start: int, end: int, g: Grammar) -> tuple[int, int] | None:
    """The name within a run of capitalised words: no leading "The", "-based" places or lone stop words."""
    if " " not in text[start:end] and "-" not in text[start:end]:
        return None if end - start < 2 or text[start:end] in g.names["skip"] else (start, end)
    tokens = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    for i, (s, e) in enumerate(tokens):
        head, dash, tail = text[s:e].partition("-")
        if dash and tail[:1].islower():  # Tencent-led, Paris-based
            tokens = tokens[:i] if tail.split("-")[0] in g.names["drop_tails"] else tokens[:i] + [(s, s + len(head))]
            if tail.split("-")[0] in _PLACE_TAILS:
                tokens = []  # "Mountain View-based", "Santa Rosa-headquartered": every word before is the place's
            break
    opened = list(tokens)
    # (wt-ie) "co-led by Harbor Peak and Capital Fields": a word of organisations' names that may also open a sentence
    # ("Capital spending …") opens a name of two words or more inside a sentence, after a lower-case word or a comma
    keep = len(tokens) > 1 and text[slice(*tokens[0])] in g.names["org_words"] and _INSIDE_SENTENCE.search(text, 0, start)
    while tokens and text[tokens[0][0]:tokens[0][1]] in g.names["lead"] and not keep:
        tokens.pop(0)
    if len(opened) == 2 and len(tokens) == 1 and text[slice(*opened[0])] in _MONTHS and _PLAIN.fullmatch(
            text, *tokens[0]) and _PERSON_AFTER.match(text, end) and not re.match(r" ?\d", text[end:end + 2]) \
            and re.search(r"(?:^[\"“‘']?|[,;] |\band )$", text[:start]):
        tokens = opened  # "June Pell, a former Harbor engineer, founded …": a given name that is a month's
    full = list(tokens)
    while tokens and text[tokens[-1][0]:tokens[-1][1]] in g.names["trail"]:
        tokens.pop()
    if len(tokens) == 1 and len(full) == 2 and text[tokens[0][0]:tokens[0][1]] in g.names["given_names"] \
            and text[full[1][0]:full[1][1]] not in g.names["lead_stop"]:
        tokens = full  # "Jane Street", a firm: a given name alone is no name of one, its stop word stays
    if len(tokens) == 1 and len(full) == 2 and _national(text, text[slice(*tokens[0])], text[slice(*full[1])], g):
        tokens = full  # "Air India", "Coal India": the country is part of the name
    if not tokens or all(text[s:e] in g.names["skip"] for s, e in tokens):
        return None
    end = tokens[-1][1] + (1 if _ABBREVIATED_END.match(text, tokens[-1][0]) else 0)
    return None if tokens[-1][1] - tokens[0][0] < 2 else (tokens[0][0], end)


def _national(text: str, head: str, country: str, g: Grammar) -> bool:
    """A head word and a country that name a national company together (Air India, Coal India): the head is no name
    the lexicon knows and the document never names it without the country (Tesla China deliveries: Tesla's)."""
    return country in g.names["countries"] and head not in g.names["skip"] and lexicon.load().lookup(head) is None \
        and not re.search(rf"\b{re.escape(head)}\b(?! {re.escape(country)}\b)", text)


_PLACE_TAILS = ("based", "headquartered")
# "Brisa Power Inc. has filed …": the dot of an abbreviated legal form inside a sentence belongs to the name (not the
# full stop that ends one: "… shares of Brisa Power Inc."; a possessive after it, "Brisa Power Inc.'s bid", "Brisa Power
# Inc. 's bid")
_ABBREVIATED_END = re.compile(r"(?:Inc|Corp|Ltd|Co)\.(?=,| [a-z(]| ?['’]s\b)")


def _name_mention(text: str, start: int, end: int, previous: Mention | None, g: Grammar) -> Mention:
    name, words = text[start:end], text[start:end].split()
    org = any(w in g.names["org_words"] for w in words[1:])
    if not org and 1 < len(words) <= 5 and words[0] in g.names["honorifics"]:  # Prince Khalid Bin Saad
        return Mention(start, end, name, "person", f"person:{name}", "english")
    if not org and 1 < len(words) <= 3 and all(_PLAIN.fullmatch(w) for w in words):
        listed = previous is not None and previous.kind == "person" and re.fullmatch(
            r",? (?:and )?", text[previous.end:start])
        if listed or g.rx["person_cue"].search(text[max(0, start - 45):start]) or _PERSON_AFTER.match(text, end) \
                or words[0] in g.names["given_names"] and lexicon.load().lookup(name) is None \
                and words[-1] not in g.names["stop"] \
                or _chinese_name(text, name, words, end, g):  # (Jane Street: a firm, a word of places last)
            return Mention(start, end, name, "person", f"person:{name}", "english")
    return Mention(start, end, name, "organization" if org else "candidate", f"name:{core(name)}", "english")


# one syllable of pinyin, without its tone ("zhang", "jian", "yi", "liang")
_SYLLABLE = r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|iao|ian|ing|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ue|a|o|e|i|u|v)"
_GIVEN = re.compile(rf"(?i:(?:{_SYLLABLE}){{1,2}}(?:-(?:{_SYLLABLE}){{1,2}})?)")


def _chinese_name(text: str, name: str, words: list[str], end: int, g: Grammar) -> bool:
    """"Zhang Jianzhong", "Li Na", "Weiliang Chen": a family name of the Chinese list and a given name made of one or
    two pinyin syllables, in either order, is a person, unless the lexicon knows the pair as an organisation or the
    document writes it as the head of a longer name ("Hua Hong Semiconductor")."""
    if len(words) != 2 or all(w in g.names["stop"] for w in words):  # (Hong Kong)
        return False
    surnames = g.names["chinese_surnames"]
    if not (words[0] in surnames and _GIVEN.fullmatch(words[1]) or words[1] in surnames and _GIVEN.fullmatch(words[0])):
        return False
    return lexicon.load().lookup(name) is None and not re.search(rf"\b{re.escape(name)} [A-Z]", text)


# "1789 Capital", "01 Ventures": a number, then an organisation word, not after a word a year follows (in 2021 Capital …)
_NUMBER_NAME = re.compile(r"(?<![\w$.,])(?<!\bin )(?<!\bIn )(?<!\bof )(?<!\bby )(?<!since )(?<!Since )(?<!until )"
                          r"(?<!from )(?<!year )([0-9]{2,4}) ([A-Z][a-z]+)\b")


# (wt-ze) the number of a fund after its name: "Vision Fund 2", "Harbor Fund III" (not a year, a figure or a share)
_FUND_NUMBER = re.compile(r" (?:\d{1,2}|I{1,3}|IV|VI{0,3}|IX|X)\b(?![.,]\d|%|-| (?:percent|per cent|million|billion)\b)")


def _numbered_fund(text: str, m: Mention) -> Mention:
    """A known fund's name followed by its number is the name of that numbered fund, another fund than the one the
    lexicon knows by the shorter name ("SoftBank's Vision Fund 2 holds 18.6%": Vision Fund 2)."""
    if m.kind not in ORG_KINDS or not m.text.endswith("Fund") or (hit := _FUND_NUMBER.match(text, m.end)) is None:
        return m
    name = text[m.start:hit.end()]
    return Mention(m.start, hit.end(), name, "organization", f"name:{core(name)}", "english")


def _number_names(doc: Doc, s: Sentence, occupied: bytearray, found: list[Mention], g: Grammar) -> list[Mention]:
    """Names opening with a number (1789 Capital) in one sentence; a name found inside one gives way to it."""
    out = []
    for m in _NUMBER_NAME.finditer(s.text):
        if m.group(2) not in g.names["org_words"]:
            continue
        start, end = s.start + m.start(1), s.start + m.end(2)
        clash = [x for x in found if x.start < end and start < x.end]
        if any(occupied[start:end]) and not clash:
            continue
        for x in clash:  # "Capital" alone was taken as a name: the number is part of it
            found.remove(x)
        out.append(Mention(start, end, doc.text[start:end], "organization", f"name:{core(doc.text[start:end])}",
                           "english"))
    return out


def _link_names(found: list[Mention], every: list[Mention], text: str) -> None:
    """HP is the lexicon's HP; Northbeam after Northbeam AI, Harbor Peak after Harbor Peak Capital: the same (not when the
    text calls the longer one the shorter one's arm: "Veltrix's venture arm Veltrix Ventures")."""
    lex, longer = lexicon.load(), {}
    for m in found:
        entry = lex.lookup(m.text) if m.kind != "person" else None
        if entry is not None:
            m.key, m.kind, m.canonical = f"lex:{entry.id}", entry.kind, entry.name
    for m in every:  # Harbor Peak Capital: Harbor, Harbor Peak
        words = m.text.split()
        for n in range(1, len(words) if m.kind in ORG_KINDS else 1):
            longer.setdefault(" ".join(words[:n]), {}).setdefault(m.key, m)
    surnames: dict[str, dict[str, Mention]] = {}  # Elon Musk … Musk said: the surname alone is the same person
    family = grammar().names["chinese_surnames"]
    for m in every:  # ("Zhang Jianzhong … Zhang said": a Chinese family name written first)
        if m.kind == "person" and len(m.text.split()) >= 2:
            surnames.setdefault(m.text.split()[-1], {}).setdefault(m.key, m)
            if len(m.text.split()) == 2 and m.text.split()[0] in family:
                surnames.setdefault(m.text.split()[0], {}).setdefault(m.key, m)
    for m in found:
        full = list(longer.get(m.text, {}).values())
        people = list(surnames.get(m.text, {}).values())
        if m.kind in ("candidate", "person") and " " not in m.text and len(people) == 1 and people[0].start < m.start:
            m.key, m.kind, m.canonical = people[0].key, "person", people[0].canonical
        elif m.kind == "candidate" and len(full) == 1 and not _arm_of(text, m.text, full[0].text) \
                and not _named_product(text, [x for x in every if x.key == full[0].key]):
            m.key, m.kind, m.canonical = full[0].key, full[0].kind, full[0].canonical


# a name written after a product noun names the product: "its first chip, the Northwind Core", "a model called …"
_PRODUCT_BEFORE = re.compile(r"\b(?:chip|processor|accelerator|GPU|CPU|model|platform|product|device|robot|app|"
                             r"engine|assistant|chatbot|agent|system)s?,? (?:(?:the|its|a|an|new|called|dubbed|named|"
                             r"known as|branded) )*$")


# a model number before the goods it names is no company: "deploy the GB300 processors", "ships H20 chips"
_MODEL_NUMBER = re.compile(r"(?-i:[A-Z]{1,4}\d{2,4}[A-Za-z]{0,2})")
_GOODS_AFTER = re.compile(r"(?: (?:series|Ultra|Pro|Max))? (?:GPUs?|CPUs?|chips?|processors?|accelerators?|servers?|"
                          r"systems?|racks?|superchips?|modules?)\b")


def _model_number(text: str, span: tuple[int, int]) -> bool:
    """Whether a capitalised word is a product's model number written before the goods it names (one the lexicon
    does not know as a company)."""
    return bool(_MODEL_NUMBER.fullmatch(text, span[0], span[1]) and _GOODS_AFTER.match(text, span[1])) \
        and lexicon.load().lookup(text[span[0]:span[1]]) is None


def _named_product(text: str, longer: list[Mention]) -> bool:
    """Whether every mention of a longer name is written as a product's name ("The startup plans to ship its first
    chip, the Northwind Core": Northwind stays the company, not a short form of its chip)."""
    return bool(longer) and all(_PRODUCT_BEFORE.search(text, max(0, x.start - 40), x.start) for x in longer)


def _arm_of(text: str, parent: str, unit: str) -> bool:
    """"Veltrix's venture arm Veltrix Ventures", "Veltrix Ventures, the investment unit of Veltrix": two companies."""
    p, u, arm = re.escape(parent), re.escape(unit), r"(?:[\w-]+ ){0,3}?(?:arm|unit|subsidiary|division)"
    return re.search(rf"\b{p}['’]s? {arm},? (?:the )?{u}\b|\b{u}, (?:an? |the |its )?(?:{p}['’]s? {arm}|{arm} of {p})\b",
                     text) is not None

