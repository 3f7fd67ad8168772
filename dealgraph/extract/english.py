"""Facts from English sentences: patterns over a sentence whose names and values are tokens.

Each English sentence is rewritten with tokens in place of its mentions, values and pronouns
("«o0» led a «m1» Series C round in «o2»"); the patterns of data/english.yaml read roles off the
tokens. First a small name finder (english_names) replaces the Latin candidates of English sentences
with cleaned names. This module is the component and the handlers of facts between two parties
(deals, shares of revenue, partnerships); english_single reads the facts about one company,
english_exits the sales of a holding, english_holders the holders ranked among a company's owners, and
english_reader holds the grammar and the masked-sentence reader they share.
"""

from __future__ import annotations

import re
from dataclasses import replace
from collections.abc import Callable

from dealgraph import lexicon
from dealgraph.extract.document import Doc, FactRecord, Mention, Sentence, Span, Value
from dealgraph.values.dates import DateValue
from dealgraph.extract.english_names import find_names
from dealgraph.extract.english_reader import (NEW_CLAUSE, ORG_KINDS, PREP_BEFORE, TOKEN, Masked, Pattern, Reader, one_of,
                                              fact_record, grammar, group, read_roles)
from dealgraph.extract.english_exits import exit_sale, no_holding_after_exit, sellers_listed, stake_fell_to
from dealgraph.extract.english_holders import bracketed_holders, ranked_holders, stake_given, stake_the_deal_gives
from dealgraph.extract.english_holders import LISTED_HOLDERS, founded_described, followed_holders, sibling_holders  # wt-el
from dealgraph.extract.english_single import described_focus, financial, one_company, raise_plan
from dealgraph.extract.voices import maker_of

ROLES = {"investment": ("investor", "investee"), "acquisition": ("acquirer", "target"),
         "shareholding": ("holder", "company"), "founding": ("founder", "company"), "purchase": ("buyer", "supplier"),
         "ownership": ("owner", "unit")}
_HAN, _LATIN = re.compile(r"[\u4e00-\u9fff]"), re.compile(r"[A-Za-z]")
_WORDS = re.compile(r"[a-z][a-z&'-]*")
_TAILS = re.compile(r"(?<=[a-z0-9]-)[a-z]+")


def is_english(text: str) -> bool:
    """No Chinese characters and more Latin letters than anything else (spaces aside)."""
    return not _HAN.search(text) and len(_LATIN.findall(text)) * 2 > len(text) - text.count(" ")


def extract_facts(doc: Doc) -> None:
    """Component: names and facts of the English sentences of the document."""
    english = [s for s in doc.sentences if is_english(s.text)]
    if not english:
        return
    find_names(doc, english, grammar())
    reader = Reader(doc, grammar())
    for sent in english:
        read_sentence(reader, sent)
    no_holding_after_exit(reader)
    doc.mentions = sorted(doc.mentions + reader.added, key=lambda m: m.start)
    reader.facts += _mergers_named_after(doc, reader)
    _founders_as_people(doc, reader.facts)
    _months_of_their_year(doc, reader.facts)
    _dated_by_the_sentence_before(doc, english, reader.facts)
    reader.facts += _quoted_denials(doc, english)
    doc.facts.extend(reader.facts)


# "\"We haven't acquired Pike Analytics,\" a company spokesperson said": a quoted denial of a takeover by the company
# the spokesperson speaks for (not "We have acquired …": no denial; not a denial told without a spokesperson)
_WE_DID_NOT = re.compile(r"^[\"“‘']We (?:have not|haven['’]t|did not|didn['’]t|never|had not|hadn['’]t|are not|aren['’]t) "
                         r"(?:acquired|bought|purchased|taken over|took over|acquire|buy|purchase|take over|acquiring|buying)\b "
                         r"(?:(?:all of |any of |a majority of )?(?:the company |the start-?up )?)")
_SPOKESPERSON = re.compile(r"[,\"”’']\s*(?:an? |the )?(?:(?P<own>company) |(?P<named>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}) )?"
                           r"(?:spokes(?:person|man|woman)|representative)(?: for (?P<for>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*){0,3}))?"
                           r" (?:said|says|told)\b")


def _quoted_denials(doc: Doc, sentences: list[Sentence]) -> list[FactRecord]:
    """A spokesperson's quoted "We haven't acquired X" denies that the company acquired X. The company is the one named
    with the spokesperson ("a Harbor spokesperson", "a spokesperson for Harbor"), else the organisation opening the
    sentence before in the same paragraph ("Harbor rejected that account. \"We haven't acquired Pike,\" …")."""
    out = []
    for k, sent in enumerate(sentences):
        quote = _WE_DID_NOT.match(sent.text)
        said = _SPOKESPERSON.search(sent.text, quote.end()) if quote else None
        if said is None:
            continue
        orgs = [m for m in doc.mentions_in(sent.start, sent.end) if m.kind in ORG_KINDS]
        target = next((m for m in orgs if m.start == sent.start + quote.end()), None)
        if target is None:
            continue
        speaker = None
        if said.group("named") or said.group("for"):
            at = sent.start + (said.start("named") if said.group("named") else said.start("for"))
            speaker = next((m for m in orgs if m.start == at), None)
        elif k > 0 and sentences[k - 1].paragraph == sent.paragraph and sentences[k - 1].index == sent.index - 1:
            prev = sentences[k - 1]
            first = next((m for m in doc.mentions_in(prev.start, prev.end) if m.kind in ORG_KINDS), None)
            if first is not None and not doc.text[prev.start:first.start].strip(' "“'):
                speaker = first
        if speaker is None or speaker.key == target.key:
            continue
        out.append(FactRecord("acquisition", {"acquirer": [speaker], "target": [target]}, Span(sent.start, sent.end),
                              "denied", rule="english:quoted_denial"))
    return out


def _founders_as_people(doc: Doc, facts: list[FactRecord]) -> None:
    """"founded by … the siblings Dario and Daniela Amodei": a founder named by plain capitalised words, none of
    them a word of organisations' names, and no organisation the lexicon knows, is a person."""
    org_words = grammar().names["org_words"]
    people: dict[tuple[int, int], Mention] = {}
    for fact in facts:
        if fact.type != "founding":
            continue
        for i, m in enumerate(fact.roles.get("founder", [])):
            words = m.text.split()
            if m.kind == "candidate" and 1 <= len(words) <= 3 and all(_PLAIN_WORD.fullmatch(w) for w in words) \
                    and not any(w in org_words for w in words):
                person = people.setdefault((m.start, m.end), Mention(m.start, m.end, m.text, "person",
                                                                     f"person:{m.text}", m.source, m.canonical))
                fact.roles["founder"][i] = person
    if people:
        doc.mentions = [people.get((m.start, m.end), m) for m in doc.mentions]


_PLAIN_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _months_of_their_year(doc: Doc, facts: list[FactRecord]) -> None:
    """A month named without its year: "in November last year" is the November before the article's year; a deal
    told as done "in December" in an article of March is last December, not one still to come."""
    if not doc.ref_date or not _YEAR_MONTH.match(doc.ref_date):
        return
    year, month = int(doc.ref_date[:4]), int(doc.ref_date[5:7])
    for fact in facts:
        d = fact.date
        if d is None or d.kind != "date" or not d.value.value or not re.fullmatch(r"\d{4}-\d{2}", d.value.value) \
                or not _BARE_MONTH.fullmatch(d.value.text):
            continue
        which = _WHICH_YEAR.match(doc.text, d.end)
        shift = {"last": -1, "this": 0, "next": 1}[which.group(1).lower()] if which else None
        if shift is None and fact.modality == "asserted" and int(d.value.value[5:7]) > month \
                and int(d.value.value[:4]) == year:
            shift = -1
        if shift is None and fact.modality in ("planned", "expected") and int(d.value.value[5:7]) < month \
                and int(d.value.value[:4]) == year and (cue := _STILL_TO_COME.search(doc.text, fact.evidence.start, d.start)) \
                and not _TOLD_DONE.search(doc.text, cue.end(), d.start):
            shift = 1  # "is due to invest $600 million more in January", told in November: next January
        if shift is not None and int(d.value.value[:4]) != year + shift:
            fact.date = Value(d.start, d.end, d.kind, replace(d.value, value=f"{year + shift}{d.value.value[4:]}"))


def _dated_by_the_sentence_before(doc: Doc, sentences: list[Sentence], facts: list[FactRecord]) -> None:
    """"In August, Veltrix agreed to take a 10% stake in Norcrest. Weeks later, Veltrix invested $50 million in Orvane":
    a sentence opening with a short time after ("Days later", "Weeks later", "Shortly afterwards") dates its undated
    facts by the sentence right before it: the month of the date opening that sentence, else of its deal (a day told
    there gives its month; a year, the year; a founding's date is no event's). Nothing when the sentence before tells
    no date, nor "Years later"."""
    by_start: dict[int, list[FactRecord]] = {}
    for fact in facts:
        by_start.setdefault(fact.evidence.start, []).append(fact)
    index = {s.start: k for k, s in enumerate(doc.sentences)}
    for sent in sentences:
        later = _SHORTLY_AFTER.match(sent.text)
        undated = [f for f in by_start.get(sent.start, []) if f.date is None]
        k = index.get(sent.start, 0)
        if later is None or not undated or k == 0:
            continue
        before = doc.sentences[k - 1]
        told = [f.date for f in by_start.get(before.start, []) if f.date is not None and f.type in _EVENTS]
        opening = _DATE_OPENS.match(before.text)
        date = next((v for v in doc.values_in(before.start, before.end, "date")
                     if opening and v.start == before.start + opening.end()), None) or next(iter(told), None)
        point = date.value.value if date is not None and isinstance(date.value, DateValue) else None
        if not point or not re.fullmatch(r"\d{4}(?:-\d{2}(?:-\d{2})?)?", point):
            continue
        value = Value(sent.start + later.start(1), sent.start + later.end(1), "date",
                      DateValue(point[:7], text=later.group(1), approx=True))
        for fact in undated:
            fact.date = value


_EVENTS = ("investment", "acquisition", "merger", "partnership", "purchase", "listing")
# "Days later, …", "A few weeks later …", "Shortly afterwards, …", "Two days after that, …"
_SHORTLY_AFTER = re.compile(r"[\"“]?((?:(?:A few|Several|Two|Three|Four|Five|A couple of) )?(?:[Dd]ays|[Ww]eeks|[Hh]ours)"
                            r" (?:later|after(?:wards| that)?)|Shortly (?:after(?:wards)?|thereafter)|Soon after(?:wards)?|"
                            r"A (?:day|week) later|The (?:next|following) (?:day|week))\b")
# a date opening a sentence ("In August, …", "On Aug. 3, …", "Early in 2025 …")
_DATE_OPENS = re.compile(r"[\"“]?(?:(?:In|On|By|During|Since|Early|Late|Earlier|Later)(?: in| on)? (?:early |late |mid-)?)")


_YEAR_MONTH = re.compile(r"\d{4}-\d{2}")
_BARE_MONTH = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                         r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_WHICH_YEAR = re.compile(r",? (?:of )?(last|this|next) year\b", re.I)
# a verb of a step still to come before a month ("will invest … in January", "is due to put … in December"); a verb of
# one told as done between them ("will invest the sum it agreed in January") leaves the month as it is
_STILL_TO_COME = re.compile(r"\b(?:will|(?:is|are) (?:also )?(?:due|set|scheduled|slated|expected) to|plans? to|intends? to)\b")
_TOLD_DONE = re.compile(r"\b(?:agreed|signed|announced|said|disclosed|reported|made|was|were|had)\b")


def read_sentence(r: Reader, sent: Sentence) -> None:
    """Try the patterns whose word lists occur in the sentence; keep their facts; move the topic on."""
    if sent.paragraph != r.paragraph:
        r.topic, r.paragraph = None, sent.paragraph
    present: set[str] = set()
    lower = sent.text.lower()  # the words, and the tails of hyphenated ones (Tencent-backed: backed)
    for w in set(_WORDS.findall(lower)) | set(_TAILS.findall(lower)):
        present |= r.g.lists_of.get(w, frozenset())
    topic = r.sentence_topic(sent)
    if present:
        s, r.current = r.mask(sent), []
        for p in (p for p in r.g.patterns if p.key in present):
            for m in p.regex.finditer(s.text):
                r.match = m
                r.current += HANDLERS.get(p.name, HANDLERS.get(p.type, deal))(r, s, p, m)
        r.match = None
        _share_of_the_round(r, s)
        _worth_told_after(r, s)
        r.keep(s, _not_hypothetical(s, r.current + (financial(r, s) if "FINANCIAL" in present else [])))
        if topic is None and s.items and s.items[0][0] in "ij" and s.items[0][2] == 0:
            topic = r.resolve(s, 0, True, set())  # "The chipmaker invested …": the sentences after speak of Nvidia too
    r.topic = topic or r.topic


# a share of a sum just told: "put in $120 million of that", "$50 million of the total", "of the round"
_OF_THAT = re.compile(r"«m\d+» (?:of (?:that|it|this|the (?:total|sum|round|raise|amount|money|funding|financing|"
                      r"investment))|thereof)\b")


def _share_of_the_round(r: Reader, s: Masked) -> None:
    """"Northwind raised $300 million in a round led by Corvid, the company said on Monday. The venture firm put in
    $120 million of that": an undated investment whose amount is a share of the sum just told takes the date of the
    round of that company read in the two sentences before."""
    if not _OF_THAT.search(s.text):
        return
    for fact in r.current:
        if fact.type != "investment" or fact.date is not None or not fact.roles.get("investee"):
            continue
        keys = {x.key for x in fact.roles["investee"]}
        rnd = next((f for f in reversed(r.facts) if f.type == "investment" and f.date is not None
                    and s.sent.index - _sentence_index(r, f) <= 2 and keys & {x.key for x in f.roles["investee"]}), None)
        if rnd is not None and rnd.amount is not None and fact.amount is not None \
                and isinstance(rnd.amount.value, type(fact.amount.value)) \
                and getattr(fact.amount.value, "value", 0) <= getattr(rnd.amount.value, "value", 0):
            fact.date = rnd.date


# "The contract is worth $4.2 billion", "The deal was valued at about $900 million": the worth of a deal just told
_WORTH_AFTER = re.compile(r"[\"“]?(?:The|This|That|Its|«j\d+») (?:[\w-]+ ){0,2}?(?P<noun>contract|deal|agreement|order|pact|"
                          r"transaction)s? (?:is|was|would be|will be|could be|has been) (?:worth|valued at) (?:about |roughly |"
                          r"around |nearly |some |more than |over |up to |approximately )?(?P<m>«m\d+»)")
_WORTH_OF = {"contract": ("purchase",), "order": ("purchase",),
             "deal": ("purchase", "acquisition", "merger", "partnership"), "agreement": ("purchase", "acquisition", "partnership"),
             "pact": ("purchase", "partnership"), "transaction": ("acquisition", "merger", "purchase")}


def _worth_told_after(r: Reader, s: Masked) -> None:
    """"Pike signed a four-year contract to supply Harbor with GPU capacity. The contract is worth $4.2 billion": a
    sentence opening with the deal's worth gives it to the last deal of that kind read in the two sentences before,
    when that one has no amount or only an upper bound (a headline's "up to"); the partnership of the same sentence
    and parties takes it too when it has none."""
    hit = _WORTH_AFTER.match(s.text)
    if hit is None or r.current:
        return
    kinds = _WORTH_OF[hit.group("noun").lower()]
    last = next((f for f in reversed(r.facts) if f.type in ("investment", "acquisition", "merger", "purchase",
                                                             "partnership", "listing")
                 and 0 < s.sent.index - _sentence_index(r, f) <= 2), None)
    if last is None or last.type not in kinds or last.modality in ("negated", "denied"):
        return
    pos = hit.start("m")
    value = r.money(s, pos, pos + 1)
    told = last.amount.value if last.amount is not None else None
    if value is None or told is not None and not (getattr(told, "max", None) is not None and told.min is None
                                                  and getattr(value.value, "max", None) is None):
        return  # a sum told already stays; an upper bound ("up to $5 billion") gives way to the sum
    parties = {x.key for ms in last.roles.values() for x in ms}
    for fact in r.facts:
        if fact is last or fact.evidence.start == last.evidence.start and fact.type == "partnership" \
                and fact.amount is None and {x.key for x in fact.roles.get("party", [])} == parties:
            fact.amount = value


def _not_hypothetical(s: Masked, facts: list[FactRecord]) -> list[FactRecord]:
    """"If Veltrix were to buy Quillfeather, …", "Whether Veltrix will invest in Quillfeather remains unclear": a deal
    told inside a condition or an open question opening the sentence is no more than a possibility (expected, never
    counted), as in Chinese (structure.mark_hypotheticals)."""
    hit = _HYPOTHETICAL.match(s.sent.text)
    if hit is None:
        return facts
    end = s.sent.start + hit.end()
    for f in facts:
        inside = all(m.end <= end for ms in f.roles.values() for m in ms if m.start >= s.sent.start)
        if inside and f.modality in ("asserted", "planned"):
            f.modality = "expected"
    return facts


# "The agreement will see Veltrix invest $300 million in Quillfeather", "a tie-up that is set to see A buy B": a deal
# the subject's verb only foresees (its mood is that of "will see"; "saw Veltrix invest" is told as done)
_WILL_SEE = re.compile(r"\b(?:will|would|could|should|may|might|(?:is|are) (?:set|expected|likely|due) to|(?:is|are) to)"
                       r"(?: also| eventually| ultimately| in turn)? see $")
_HYPOTHETICAL = re.compile(r"(?:If|Unless|Should|Were|Had|Whether)\b[^,;]*?(?=,| remains? (?:unclear|uncertain|to be seen)|"
                           r" (?:is|was) (?:unclear|uncertain|not clear)|$)")


# --------------------------------------------------------------------------------------- handlers
# "in a new packaging plant in", "to build a data center in": a project the money goes into, before the place named
_PROJECT_IN_BODY = re.compile(r"\b(?:in|into|to build|to expand|building|for) (?:an? |the |its |their |«j\d+» )?(?:[\w-]+ ){0,3}?"
                              r"(?:plant|factory|facility|fab|campus|site|data cent(?:er|re)|project|hub|headquarters|"
                              r"warehouse|mine|production line|assembly line|office)s?\s*$")


def deal(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Two-role facts: one per patient (investee, target, company …)."""
    a_role, b_role = ROLES[p.type]
    first = next((x for x in (a_role, b_role) if group(m, x) and m.start(x) == m.start()), None)
    if p.name == "possessive_acquisition":
        first = None  # "behind its $26 billion purchase of Y", "after Veltrix's purchase of Y": a buyer named by a
        #               possessive is the purchase's, a preposition before it or not
    shares_of = p.name == "apposed_shareholder" and _SHARES_OF.search(s.text, 0, m.start()) is not None
    if first is not None and shares_of:
        first = None  # "Shares of Tidewater, Northwind's biggest investor, dropped 9%": the company whose shares are
        #               spoken of is the sentence's topic, its apposition names what it holds
    if first is not None and (_BY_PARTICIPLE.search(s.text, max(0, m.start() - 24), m.start()) or not (
            first == b_role and s.text.startswith(",", m.end(first))) and (
            _PREP_AGENT if first == a_role else _PREP_PATIENT).search(s.text, max(0, m.start() - 12), m.start())):
        return []  # invested $2 billion in xAI in its latest round and has backed B: xAI backs no one; in talks with
    #               investors including Veltrix to raise $200 million: Veltrix raises nothing (Investors in A, including
    #               B, also invested: B is the subject; from SeaMicro, the start-up AMD bought: a relative clause)
    if first == a_role and _DEAL_WITH.search(s.text, max(0, m.start() - 40), m.start()):
        return []  # "Veltrix struck a deal with Norcrest to acquire its radar unit": Veltrix acquires, not Norcrest
    if first == a_role and s.text.startswith("«i", m.start()) and _DEAL_NOUN_BEFORE.search(s.text, max(0, m.start() - 24),
                                                                                           m.start()):
        return []  # (wt-ed) "terminated a deal it announced in 2022 to acquire Y": the relative clause of a deal read by
        #            english.yaml deal_to_buy in the main verb's mood, never a deal of its own
    if p.name == "invest_in" and _PROJECT_IN_BODY.search(group(m, "body") or ""):
        return []  # "will invest $900 million in a new packaging plant in Penang": a project built somewhere, no company
        #            invested in (english.yaml spending_plan reads the plan)
    roles, gap = read_roles(r, s, m, (a_role, b_role))
    gap = group(m, "mood") or gap  # Y, which X agreed to buy: the mood is the verb's, after the acquirer
    if " see " in s.text[max(0, m.start() - 6):m.start()] and (frame := _WILL_SEE.search(s.text, max(0, m.start() - 40),
                                                                                         m.start())):
        gap = frame.group() + gap  # the deal will see X invest $N in Y: the mood of "will see"
    agents = roles.get(a_role, [])
    if agents and (lead := _JOINED_BY_BEFORE.search(s.text, 0, m.start())) is not None:
        # (wt-ge) "A, joined by B, C and other investors, has finalized a $40 billion acquisition of Y": A leads, the
        # ones it is joined by act with it (the pattern read only the name nearest the verb); "A, backed by B, C and
        # other investors, has …": A alone acts
        company = [s.items[int(n)][1] for n in re.findall(r"«o(\d+)»", lead.group())]
        if lead.group("verb") not in ("joined", "accompanied"):
            company, agents = company[:1], []
        agents = [x for x in company if x.kind in ORG_KINDS] + [x for x in agents if x.kind in ORG_KINDS]
        agents = [x for i, x in enumerate(agents) if all(x.key != y.key for y in agents[:i])]
    if group(m, "co"):  # co-founded Y with B: B founded it too
        agents = agents + [x for x in r.members(s, m.group("co"), False) if all(x.key != a.key for a in agents)]
    if p.context == "join":
        return _join(r, s, p, m, agents)
    if p.context == "more":
        return _another(r, s, p, m)
    if p.context == "round":
        return _another_round(r, s, p, m, agents)
    if p.context == "gapped":
        return _gapped(r, s, p, m, roles.get(b_role, []))
    patients = roles.get(b_role) or _implicit(r, s, p, m, agents)
    if p.type == "investment" and (group(m, b_role) or "").startswith("«i"):
        patients = [_not_the_investor(r, s, x) for x in patients]
    if p.type == "investment" and any(x.kind == "person" for x in patients):
        patients = _persons_company(r, s, patients, m.end() if _ENDS_WITH_SUM.search(m.group()) else -1)
    elif p.type == "investment" and (his := _FOR_HIS.search(s.text, m.end(b_role) if group(m, b_role) else m.end())) \
            and any(x.kind == "candidate" and x.start < s.to_orig(his.start()) for x in patients):
        # (wt-ge) "Dana Pell has closed a $475 million seed round for her new company, Tessivo AI": the one who raised
        # it for her company is a person the name finder did not know; the company named after "for her" raised it
        patients = _persons_company(r, s, [replace(x, kind="person") for x in patients], -1)
    if p.name in ("possessive_round_led_by", "possessive_round_comma_led_by", "participants_in_own_round") \
            and _round_read(r, s, m, patients):
        # Quillfeather raised $40 million. Its Series B was led by A: the round just read (round_led_by joins A);
        # "Quillfeather's funding was led by A and joined by B": A leads it and B joins it
        # "Participants in Quillfeather's latest funding included A and B": they join the round just read
        return [] if m.group("investee").startswith("«j") else _join(r, s, p, m, agents)
    open_round = p.context == "open"  # Quillfeather raised $40 million in Series B funding: no investor named
    if open_round:  # a deal of the same patient read by a fuller pattern of this sentence already says it
        read = {x.key for f in r.current if f.type == p.type for x in f.roles[b_role]}
        patients = [x for x in patients if x.key not in read]
        if not patients or p.name == "raised_bare" and (_offering_near(r, s) or _total_raised(s, m)
                                                        or _AT_PRICE.match(s.text, m.end()) or _listed(r, patients)
                                                        or _SALE_OF_ITS.match(s.text, m.end("investee"))
                                                        or _STAKE_NOUN_AFTER.match(s.text, m.end("investee"))):
            return []  # …, the company has raised about $900 million from investors: a total so far, no round
        sums = s.tokens("m", m.start(), m.end())
        if sums and _is_total(s, sums[0][2]):
            return []  # "Norcrest had raised $90 million in funding prior to the deal": a total, no round of its own
    facts = [fact_record(s, p, {a_role: list(agents), b_role: [x]}, r.modality(s, gap)) for x in patients
             if agents or open_round]
    jv = _JV.search(s.text, 0, m.start()) if p.type == "shareholding" and not roles.get(b_role) else None
    to_be = _STAKE_TO_BE.search(m.group()) if p.name == "possessive_stake" else None
    for fact in facts:
        if shares_of and fact.modality in ("reported", "rumored", "expected") and not _HEARSAY.search(m.group()):
            fact.modality = "asserted"  # "Shares of X, Y's biggest investor, fell on the day the news was reported":
            #                             the holding is told as known, the report is of the news
        if to_be is not None and fact.modality == "asserted":  # "its stake would be 10% upon conversion of the bonds":
            fact.modality = "expected" if _UPON.search(s.text, m.end()) else "planned"  # a holding still to come
        _qualify(r, s, p, m, fact)
        if jv is not None and fact.modality == "asserted":  # will form a joint venture, … with A holding 51%
            fact.modality = r.modality(s, s.text[:jv.start()])
        if _INTENT.search(m.group()) and (_FAILED_AFTER.match(s.text, m.end()) or _FAILED_INTENT.search(m.group())
                                          or _BLOCKED_BEFORE.search(s.text, max(0, m.start() - 40), m.start())) \
                and fact.modality in ("asserted", "planned"):
            fact.modality = "negated"  # X's bid to buy Y failed / collapsed: the deal is off; X made a failed attempt to
            #                            buy Y, regulators blocked X's bid to buy Y
        if fact.modality == "planned" and _PLUPERFECT.search(gap) and _called_off_before(r, s, fact):
            fact.modality = "negated"
        if p.type == "ownership" and re.search(r"\bformer(?:ly)?\b", m.group()):
            fact.modality = "negated"  # Norcrest Labs, a former unit of Veltrix: no longer owned
        if p.type == "acquisition" and fact.modality in ("asserted", "planned") and any(
                hit.start() <= m.start() < hit.end() + 2 for hit in _BLOCKED_DEAL.finditer(s.text)):
            fact.modality = "negated"  # Regulators blocked X's proposed takeover of Y: the deal is off
        if p.name == "possessive_acquisition" and _CHALLENGED.match(group(m, "mood") or "") \
                and fact.modality in ("asserted", "negated"):
            fact.modality = "planned"  # the FTC sued to block Veltrix's purchase of Y: pending, neither done nor off
        if p.name == "possessive_acquisition" and not group(m, "mood") and fact.modality == "asserted":
            fact.modality = _negated_before(s, m.start()) or fact.modality  # (wt-ed)
        if p.key == "COMMITMENT" and fact.modality == "asserted" and not _COMMITMENT_MET.search(
                s.text, max(0, m.start() - 40), m.start()):
            fact.modality = "planned"  # (wt-ge) "A's $3 billion commitment to Y", "A made a $3 billion commitment to Y":
            #                            money promised, not yet put in
        if p.name == "circling":  # "Reports that A is circling B": hearsay of a suitor, never a deal stated, nor dated
            fact.modality = "reported" if fact.modality == "asserted" else fact.modality
            fact.date = None
        if p.name == "acquire" and not fact.roles.get("seller") and (seller := _seller_after(r, s, m, fact)):
            fact.roles["seller"] = seller
    if p.name in _STAKE_TAKEN:
        facts += [h for f in facts if (h := _held_after(f)) is not None]
    if p.type == "shareholding" and len(agents) > 1 and group(m, "stake"):
        return _each_stake(s, m, agents, facts)
    if p.name == "holds_unsized_stake" and len(agents) > 1:  # "A, B and C, all of which hold stakes in Y": each holds
        return [replace(f, roles={**f.roles, "holder": [h]}) for f in facts for h in agents]
    return facts


# a holding told in the future or the conditional ("its stake would be 10%", "will be 7%"), and a condition after it
# ("upon conversion of the bonds", "if regulators approve")
# (wt-ge) a commitment of money kept or paid out ("has fulfilled its $3 billion commitment to Y", "paid out the whole of
# A's commitment to Y"): the money went in; any other commitment is a promise still to be paid (planned)
_COMMITMENT_MET = re.compile(r"\b(?:fulfill?ed|fulfils|fulfills|completed|completes|honou?red|honou?rs|met|paid (?:out|in full|up)|"
                             r"fully (?:funded|paid)|made good on|delivered on)(?: (?:in full|fully|all|the (?:whole|rest|remainder)"
                             r"|the balance))?(?: of)? $")
# (wt-ge) the opening subject and the names it is joined by, right before the name a deal pattern read as its agent
_JOINED_BY_BEFORE = re.compile(r"^[\"“]?«o\d+», (?P<verb>joined|accompanied|backed|funded|owned|controlled|supported) by "
                               r"(?:«o\d+»,? (?:and )?)+$")
_STAKE_TO_BE = re.compile(r"\b(?:would|will|could|may|might) be\b")
_UPON = re.compile(r"\b(?:if|unless|upon|on (?:full )?conversion|once|assuming|provided|subject to)\b")


# a stake of a stated size taken in a company ("took a 10% stake in Y", "agreed to buy a 30% stake in Y", "took a 4%
# position in Y", "will receive 5% equity in Y"): the taker holds it afterwards, in the same mood
_STAKE_TAKEN = ("stake_in", "purchase_of_stake", "position_in", "equity_in", "invested_for_part", "paid_for_part")


def _held_after(fact: FactRecord) -> FactRecord | None:
    """The holding a stake taken leaves: holder the investor (or acquirer of a majority), company the one whose stake
    it is, the stake as stated; none without a stated percentage, or for one investor among several."""
    agent, patient = ROLES[fact.type] if fact.type in ("investment", "acquisition") else ("", "")
    if fact.stake is None or fact.stake.kind != "percent" or len(fact.roles.get(agent, [])) != 1 \
            or len(fact.roles.get(patient, [])) != 1:
        return None
    holding = FactRecord("shareholding", {"holder": list(fact.roles[agent]), "company": list(fact.roles[patient])},
                         fact.evidence, fact.modality, rule=fact.rule)
    holding.stake = fact.stake
    if fact.date is not None:
        holding.qualifiers["as_of"] = fact.date
    return holding


# "The founders, A and B, own 31.5% and 20.2% of the company": a stake for each holder, in order
_MORE_STAKES = re.compile(r"(?:,? (?:and )?«c\d+»)+")


def _each_stake(s: Masked, m: re.Match[str], holders: list[Mention], facts: list[FactRecord]) -> list[FactRecord]:
    """One shareholding per holder with its own stake when as many stakes as holders are written in a row."""
    more = _MORE_STAKES.match(s.text, m.end("stake"))
    stakes = [m.group("stake")] + (re.findall(r"«c\d+»", more.group()) if more else [])
    if len(stakes) != len(holders):
        return facts
    return [replace(f, roles={**f.roles, "holder": [h]}, stake=s.value(stake))
            for f in facts for h, stake in zip(holders, stakes)]


# "Aldon's sale of its headquarters raised $50 million": what the company sold raised the money, no round of it
# (wt-ge) a name before a holding's noun ("cut its Corlith position and raised $9 billion", "sold part of its Corlith
# stake and raised …"): the company of the stake sold, not the one raising money (the seller's proceeds)
_STAKE_NOUN_AFTER = re.compile(r" (?:[\w-]+ )?(?:stake|position|holding|shareholding|interest|shares)s?\b(?! (?:raised|raises)\b)")
_SALE_OF_ITS = re.compile(r"[''’]s? (?:[\w-]+ ){0,2}?(?:sale|sales|disposal|divestment|divestiture|auction|offering|IPO)\b", re.I)
_OFFERING = re.compile(r"\b(?:IPOs?|initial public offerings?|offerings?|listings?|went public|go(?:es|ing)? public|debuts?|"
                       r"priced|bonds?|notes|convertible|debt|loans?)\b", re.IGNORECASE)


# "Quillfeather raised HK$3.1 billion at HK$52.40, valuing it at …": money raised at a price per share is a share sale
_AT_PRICE = re.compile(r" at «m\d+»(?:,| (?:apiece|each|a share|per share)\b|\.| *$)")
_HAS_RAISED = re.compile(r"\bha(?:s|ve) (?:so far |now |already )?raised\b")
# "Veltrix has raised $75 million, giving the start-up a post-money valuation of $800 million", "… has raised $40
# million at a $300 million valuation", "… led by A": a sum a company has raised that comes with its valuation or
# lead investor is this round (a total to date comes with neither)
_ROUND_AFTER = re.compile(r"(?: \([^()]{1,16}\))?(?:,? (?:giving|which gives) (?:it|«[oi]\d+»|the (?:[\w-]+ ){0,2}?(?:company|"
                          r"start-?up|firm|business)) an? (?:[\w-]+ ){0,2}?valuation\b|,? valuing\b|"
                          r" at an? (?:[\w-]+ ){0,2}?(?:«m\d+» )?(?:[\w-]+ )?valuation\b|,? (?:in a (?:[\w-]+ )?round )?led by\b)")


def _total_raised(s: Masked, m: re.Match[str]) -> bool:
    """"…, the company has raised about $900 million from investors": a total so far, not a round, unless the
    company's valuation or a lead follows (_ROUND_AFTER)."""
    return bool(_HAS_RAISED.search(m.group())) and not _ROUND_AFTER.match(s.text, m.end())


# "He has secured $150 million … for his robotics start-up, Norcrest Labs": the company named after "for his start-up"
_FOR_HIS = re.compile(r"\bfor (?:his|her|their) (?:[\w-]+ ){0,3}?(?:start-?up|company|firm|venture|business),? (?:[Tt]he )?«o(\d+)»")
_ENDS_WITH_SUM = re.compile(r"«m\d+»\)?$")
# "Lee has spent months trying to raise $2 billion from investors for Norcrest": after the sum, the company it is for
_FOR_ORG = re.compile(r"(?: (?:from|in|of) (?:[\w-]+ ){0,3}?(?:investors|backers|funding|financing|capital|equity))?"
                      r"(?: (?:globally|worldwide|abroad|overseas))? for «o(\d+)»(?![’'])")


def _persons_company(r: Reader, s: Masked, patients: list[Mention], after: int = -1) -> list[Mention]:
    """A person who "raised" money raised it for a company: the one written after "for his start-up" takes the
    person's place ("He has secured $150 million in a round led by A for his robotics start-up, Norcrest Labs":
    Norcrest Labs), or the one "for" names right after the sum (after: the end of the sum); with none written the
    person is no investee."""
    found = _FOR_HIS.search(s.text) or (_FOR_ORG.match(s.text, after) if after >= 0 else None)
    company = r.resolve(s, int(found.group(1)), False, set()) if found else None
    out = [x for x in patients if x.kind != "person"]
    return out + [company] if company is not None and all(company.key != x.key for x in out) else out


def _listed(r: Reader, patients: list[Mention]) -> bool:
    """"Quillfeather opened 30% above its offer price. … Quillfeather raised HK$3.5 billion.": money raised, with no
    round named, by a company whose debut was read in the document is what its offering raised."""
    keys = {x.key for x in patients}
    return any(f.type == "listing" and f.qualifiers.get("stage") == "listed" and f.modality == "asserted"
               and f.roles["company"][0].key in keys for f in r.facts + r.current)


def _not_the_investor(r: Reader, s: Masked, x: Mention) -> Mention:
    """"A and Veltrix are investing in Norcrest. The company, also backed by B, is raising $600 million": "the company"
    raising money is not an investor of the round read in the sentence before but the company it went into."""
    if r.last_deal is None or s.sent.index - r.last_deal[0] > 1 or r.last_deal[1].type != "investment":
        return x
    fact = r.last_deal[1]
    if x.key not in {y.key for y in fact.roles["investor"]} or not fact.roles["investee"]:
        return x
    y = fact.roles["investee"][0]
    return Mention(x.start, x.end, x.text, y.kind, y.key, "coref", y.canonical)


def _offering_near(r: Reader, s: Masked) -> bool:
    """"The company raised $1.5 billion, and Nvidia anchored the offering": money raised in a sentence, or after one
    of the same paragraph, that speaks of an IPO, an offering or debt is no funding round."""
    prev = r.doc.sentences[s.sent.index - 1] if s.sent.index > 0 else None
    return bool(_OFFERING.search(s.sent.text) or prev is not None and prev.paragraph == s.sent.paragraph
                and _OFFERING.search(prev.text))


def founder_its(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Alphawave was founded in Toronto in 2017 and is led by Tony Pialis, one of its co-founders": "its" in the
    apposition on a person is the company the sentence is about, its subject (the first organisation named before it
    that no preposition opens and that is not the person), not a place or an object named last; with none, the usual
    reading (the paragraph's topic)."""
    return _pronoun_as_subject(r, s, p, m, "company", "founder")


def acquired_that_it(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"… well above the $3 billion purchase of Lumen that it agreed in 2019": "it", the subject of the relative
    clause, is the subject of the sentence (as for founder_its), not a company named as an object."""
    return _pronoun_as_subject(r, s, p, m, "acquirer", "target")


def _pronoun_as_subject(r: Reader, s: Masked, p: Pattern, m: re.Match[str], role: str, other: str) -> list[FactRecord]:
    """The pattern's facts, a pronoun filling `role` standing for the first organisation named before it in the
    sentence that no preposition opens and that is not the `other` role's member (with none: the usual reading)."""
    facts = deal(r, s, p, m)
    token = TOKEN.fullmatch(m.group(role))
    if token is None or token.group()[1] not in "ij":
        return facts
    n = int(m.group(role)[2:-1])
    others = {x.key for x in r.members(s, m.group(other), True)}
    subjects = [obj for k, obj, pos in s.tokens("o", 0, s.items[n][2]) if obj.kind in ORG_KINDS
                and obj.key not in others and not r.is_modifier(obj)
                and not PREP_BEFORE.search(s.text[max(0, pos - 12):pos])]
    if subjects:
        obj, ante = s.items[n][1], subjects[0]
        its = Mention(obj.start, obj.end, r.doc.text[obj.start:obj.end], ante.kind, ante.key, "coref", ante.canonical)
        for fact in facts:
            fact.roles[role] = [its]
    return facts


def sold_to(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Veltrix sold Norcrest Labs to Harbor Peak Capital (for $500 million): Harbor Peak acquires Norcrest, Veltrix
    sells it; the subject's modality (agreed to sell: planned)."""
    roles, gap = read_roles(r, s, m, ("seller", "target", "acquirer"))
    sellers, targets, buyers = roles.get("seller", []), roles.get("target", []), roles.get("acquirer", [])
    if not sellers or not targets or not buyers and p.context != "open":  # exploring a sale of Y: no buyer yet
        return []
    fact = fact_record(s, p, {"acquirer": buyers, "target": targets[:1], "seller": sellers[:1]}, r.modality(s, gap))
    _qualify(r, s, p, m, fact)
    return [fact]


def invested_relative(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"… the German broker Stoxly, which it first invested in in 2018": the company before the relative clause; "it"
    is the subject of the sentence (Redwood Arc)."""
    investee = r.members(s, m.group("investee"), True)
    investors = r.members(s, m.group("investor"), True, {x.key for x in investee})
    if not investee or not investors:
        return []
    fact = fact_record(s, p, {"investor": investors, "investee": investee[:1]}, r.modality(s, m.group()))
    fact.date = r.date(s, m.start("investor"), m.end())
    fact.qualifiers.update(consideration="unknown")
    return [fact]


def participle_investment(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """An investment told by a participle beside the main clause: "…, with Veltrix committing up to $20 billion to
    support Pellion's data centres" (a commitment: planned), "Kestrel made several deals, including investing $2
    billion in Norcrest" (in the mood of the main clause: asserted here, planned after "plans a series of deals")."""
    investors = r.members(s, m.group("investor") or m.group("subject"), True)
    investee = r.members(s, m.group("investee"), True, {x.key for x in investors})
    if not investors or not investee or investee[0].kind not in ORG_KINDS:
        return []
    modality = r.modality(s, s.text[:m.start("trig")])
    if p.name == "with_committing_to" and modality == "asserted":
        modality = "planned"
    fact = fact_record(s, p, {"investor": investors[:1], "investee": investee[:1]}, modality)
    fact.amount = s.value(m.group("amount"))
    stop = next((c.start() for c in re.finditer(r"[,;]", s.text[m.end():])), len(s.text) - m.end()) + m.end()
    fact.date = next((v for _, v, _ in s.tokens("d", m.start("trig"), stop)), None) or r.date(s, 0, m.start("trig"))
    fact.qualifiers.update(consideration="unknown")
    return [fact]


def listed_stake(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Xiaomi holds 3.1 percent, Lenovo with 2.5 percent, and Oppo's fund with 1.6 percent": a list member with its
    own stake and no verb holds the company of the last stake read before it in the sentence, in the same mood."""
    pos = s.to_orig(m.start())
    prior = [f for f in r.current if f.type == "shareholding" and f.stake is not None and f.roles.get("company")
             and f.roles["holder"] and f.roles["holder"][0].start < pos]
    if not prior:
        return []
    company = prior[-1].roles["company"][:1]
    holder = r.members(s, m.group("holder"), True, {company[0].key})
    if not holder or holder[0].kind not in ORG_KINDS or any(
            f.type == "shareholding" and f.roles["holder"] and f.roles["holder"][0].key == holder[0].key
            for f in r.current):
        return []
    fact = fact_record(s, p, {"holder": holder[:1], "company": company}, prior[-1].modality)
    fact.stake, fact.date = s.value(m.group("stake")), prior[-1].date
    return [fact]


def holders(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Its backers include A and B, Y counts A among its investors: one shareholding per holder named."""
    joined = _joined_here(r, s) if not group(m, "company") else []
    company = r.members(s, m.group("company"), p.name != "whose_investors") if group(m, "company") else joined or [
        x for x in [_org_topic(r)] if x is not None]  # Major shareholders include …; after a round, its company's
    keys = {x.key for x in company}
    facts = [fact_record(s, p, {"holder": [x], "company": company[:1]}, r.modality(s, m.group()))
             for x in r.members(s, m.group("holder"), False, keys)] if company else []
    return facts


def _joined_here(r: Reader, s: Masked) -> list[Mention]:
    """The company of the round read last where this sentence's names joined it (its evidence lists this sentence):
    "Other backers include A and B" after that round hold that company, not the paragraph's topic; none else."""
    fact = r.last_deal[1] if r.last_deal is not None else None
    more = fact.qualifiers.get("more_evidence") or [] if fact is not None and fact.type == "investment" else []
    joined = any(e.start <= s.sent.start < e.end or s.sent.start <= e.start < s.sent.end for e in more)
    return fact.roles["investee"][:1] if joined else []


def _org_topic(r: Reader) -> Mention | None:
    """The company the paragraph is about; a person who is its topic holds no shareholders ("Mara Olsen, founder of
    Tenex, put in $20 million. Other investors include A and B": A and B hold Tenex, the most named company)."""
    if r.topic is not None and r.topic.kind in ORG_KINDS:
        return r.topic
    return next(iter(r.ranked()), None)


def stake_sold(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Quillfeather sold a 10% stake to Sequoia": with no other company named the stake is the seller's own, and the
    buyer invests in it. A stake in another company ("Veltrix agreed to sell a 25% stake in Norcrest to Harbor Peak")
    is an exit, read by english_exits; a name after a preposition is no seller ("SoftBank exited its investment in
    Veltrix, selling its 15% stake to Brightpath": Veltrix sells nothing)."""
    if _PREP_AGENT.search(s.text, max(0, m.start("seller") - 14), m.start("seller")):
        return []
    roles, gap = read_roles(r, s, m, ("seller", "investee", "investor"))
    sellers, investors = roles.get("seller", []), roles.get("investor", [])
    if roles.get("investee") and sellers and roles["investee"][0].key != sellers[0].key:
        return []
    investees = roles.get("investee") or sellers
    if not sellers or not investors or not investees:
        return []
    fact = fact_record(s, p, {"investor": investors, "investee": investees[:1]}, r.modality(s, gap))
    _qualify(r, s, p, m, fact)
    if fact.type == "acquisition" and sellers[0].key != investees[0].key:
        fact.roles["seller"] = sellers[:1]
    return [fact]


def not_sold(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Harbor Peak's $100 million investment in Quillfeather", "Veltrix's radar unit Norcrest": an investment, an
    ownership (deal); not one named as what is sold or left ("exited its investment in Quillfeather", "sold its radar
    unit Norcrest to Aldon": an exit or a sale, no longer held)."""
    if _EXIT_BEFORE.search(s.text, max(0, m.start() - 30), m.start()):
        return []
    return deal(r, s, p, m)


_EXIT_BEFORE = re.compile(r"\b(?:exited|exits|exit|exiting|sold|sells|sell|selling|zeroed out|zeroes out|divested|divests|"
                          r"divest|offloaded|offloads|dumped|unloaded|liquidated|cashed out of|sold out of|sale of|exit from|"
                          r"out of)\s+$", re.I)


def deal_values(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """The deal values Norcrest Labs at $3 billion: the price of the acquisition of that company read in this
    sentence or in the three before it, where that fact has no amount yet; no fact of its own."""
    target = r.members(s, m.group("target"), False)
    if not target and p.name != "deal_valued_at":  # (the deal was valued at $2 billion: the deal just read)
        return []
    for fact in reversed(r.facts + r.current):
        if s.sent.index - _sentence_index(r, fact) > 3:
            break
        if fact.type == "acquisition" and fact.roles["target"] and (not target or fact.roles["target"][0].key == target[0].key):
            if fact.amount is None and (fact.stake is None or (fact.stake.value.value or 0) > 50):  # a sale of 10% of
                fact.amount = s.value(m.group("amount"))  # Norcrest "values Norcrest at $4 billion": its worth, no price
            break
    return []


def round_backers(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Lanting closed a $6 billion round. This influx of capital, led by A and B, …": the investors of the round read
    in one of the two sentences before (the latest one, with its company named), added to it; no fact of its own."""
    investors = r.members(s, m.group("investor"), False)
    if not investors or r.modality(s, m.group()) in ("denied", "negated", "rumored"):
        return []
    for fact in reversed(r.facts + r.current):
        if s.sent.index - _sentence_index(r, fact) > 2:
            break
        if fact.type == "investment" and fact.roles["investee"]:
            if r.doc.sentences[_sentence_index(r, fact)].paragraph != s.sent.paragraph:
                break  # a round of another paragraph's company
            known = {x.key for x in fact.roles["investor"]} | {fact.roles["investee"][0].key}
            fact.roles["investor"] = fact.roles["investor"] + [x for x in investors if x.key not in known]
            if m.group("lead") in ("led", "co-led", "headed", "spearheaded", "anchored"):
                fact.qualifiers["lead"] = fact.qualifiers.get("lead", []) + [x.key for x in investors]
            break
    return []


def round_values(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Norcrest raised $300 million in a Series C led by A. The round values the company at $4.5 billion": the
    valuation of the investment in that company read in this sentence or the three before it (the latest one), when
    that fact has none yet; no fact of its own."""
    investee = r.members(s, m.group("investee"), False)
    if not investee or r.modality(s, m.group()) in ("denied", "negated", "rumored"):
        return []  # Reports that the round values it at $5 billion are wrong, the company said: no valuation
    for fact in reversed(r.facts + r.current):
        if s.sent.index - _sentence_index(r, fact) > 3:
            break
        if fact.type == "investment" and fact.roles["investee"] and fact.roles["investee"][0].key == investee[0].key:
            if fact.qualifiers.get("valuation") is None:
                fact.qualifiers["valuation"] = s.value(m.group("amount"))
            break
    return []


def merger(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Veltrix will merge with Norcrest Labs to form Aldon Group: parts Veltrix and Norcrest, result Aldon;
    Norcrest merged into Veltrix: parts both, result Veltrix."""
    parts = r.members(s, m.group("part"), True) + r.members(s, group(m, "part2"), False)
    result = r.members(s, m.group("result"), False)
    if not result:
        return []
    if "into" in m.group() and group(m, "part2") is None:
        parts += result
    parts = [x for i, x in enumerate(parts) if all(x.key != y.key for y in parts[:i])]
    if len(parts) < 2:
        return []
    fact = fact_record(s, p, {"part": parts, "result": result[:1]}, r.modality(s, m.group()))
    fact.date = r.date(s, m.start(), m.end())
    return [fact]


def merger_told(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Veltrix and Norcrest agreed to merge", "Veltrix completed its merger with Norcrest": a merger whose result the
    sentence does not name (merge_to_form reads those that do) is kept aside, a fact only when the words after it or the
    next sentence name the combined company or the survivor (_mergers_named_after)."""
    roles, gap = read_roles(r, s, m, ("part", "part2"))
    parts = roles.get("part", []) + roles.get("part2", [])
    parts = [x for i, x in enumerate(parts) if all(x.key != y.key for y in parts[:i])]
    keys = {x.key for x in parts}
    if len(parts) < 2 or any(f.type == "merger" and keys <= {x.key for x in f.roles["part"]} for f in r.current):
        return []
    if p.name == "merger_of":  # "the proposed merger of A and B", "the merger of A and B is expected to close": its clause
        lo = max(s.text.rfind(",", 0, m.start()), s.text.rfind(";", 0, m.start())) + 1
        hi = next((c.start() for c in re.finditer(r"[,;]", s.text[m.end():])), len(s.text) - m.end()) + m.end()
        gap = s.text[lo:hi]
    else:  # "A and B agreed to merge": the words after the last part too
        gap += " " + s.text[max(m.end("part"), m.end("part2")):m.end()]
    fact = fact_record(s, p, {"part": parts, "result": []}, r.modality(s, gap))
    fact.date = r.date(s, m.start(), m.end())
    fact.qualifiers["told_end"] = s.to_orig(m.end())
    r.merges.append(fact)
    return []


def _mergers_named_after(doc: Doc, r: Reader) -> list[FactRecord]:
    """"Veltrix and Norcrest agreed to merge. The combined company, called Aldon Group, …": the merger told before, with
    the company named as the combined one as its result, in the words after the merger or in the next sentence; "…,
    with Norcrest as the surviving company": the survivor (one of the parts) is the result. None named, no merger
    (the ontology's merger has a result)."""
    out: list[FactRecord] = []
    starts = {x.start: x.index for x in doc.sentences}
    for fact in r.merges:
        told_end = fact.qualifiers.pop("told_end")
        i = starts.get(fact.evidence.start)
        keys = {x.key for x in fact.roles["part"]}
        if i is None or any(f.type == "merger" and keys <= {x.key for x in f.roles["part"]} for f in r.facts + out):
            continue
        spans = [(told_end, fact.evidence.end)] + ([(doc.sentences[i + 1].start, doc.sentences[i + 1].end)]
                                                   if i + 1 < len(doc.sentences) else [])
        for lo, hi in spans:
            result = _result_named(doc, lo, hi, keys)
            if result is not None:
                fact.roles["result"] = [result]
                if lo != told_end:
                    fact.qualifiers.setdefault("more_evidence", []).append(Span(lo, hi))
                out.append(fact)
                break
    return out


def _result_named(doc: Doc, lo: int, hi: int, parts: set[str]) -> Mention | None:
    """The organisation named as the combined company ("the combined company, called Aldon Group", "the merged group
    will be named Aldon", "the new company, Aldon Group,") or as the survivor, one of the parts ("with Norcrest as the
    surviving company", "Norcrest will be the surviving entity"), between lo and hi."""
    orgs = [x for x in doc.mentions_in(lo, hi) if x.kind in ORG_KINDS]
    for cue in _COMBINED_NAMED.finditer(doc.text, lo, hi):
        name = next((x for x in orgs if x.start == cue.end() or x.start == cue.end() + 1
                     and doc.text[cue.end()] in "\"“'‘"), None)
        if name is not None:
            return name
    for x in orgs:
        if x.key in parts and (_SURVIVOR_AFTER.match(doc.text, x.end) or _WITH_SURVIVOR.search(
                doc.text, max(lo, x.start - 12), x.start) and _AS_SURVIVOR.match(doc.text, x.end)):
            return x
    return None


# "the combined company, called Aldon Group", "The merged group will be named Aldon", "the new company, Aldon Group,"
_COMBINED_NAMED = re.compile(r"\b[Tt]he (?:combined|merged|enlarged|new(?:ly)?(?: merged| combined| formed)?) "
                             r"(?:company|group|entity|firm|business|organi[sz]ation|bank|carmaker|chipmaker|operator)"
                             r"(?:,? (?:which will be |to be |that will be )?(?:called|named|known as|branded) |"
                             r" (?:will|would|is to|is set to|is going to) (?:be (?:called|named|renamed|known as|branded)|"
                             r"operate (?:as|under the name)|take the name|trade (?:as|under the name)) |, )")
_SURVIVOR_AFTER = re.compile(r",? (?:will|would|is to|is set to) (?:be|remain|become) the surviving (?:company|entity|"
                             r"corporation|parent)\b")
_WITH_SURVIVOR = re.compile(r"\b(?:with|leaving) $")
_AS_SURVIVOR = re.compile(r" (?:as|being|remaining) the surviving (?:company|entity|corporation|parent)\b")


_INTENT = re.compile(r"\b(?:bid|attempt|offer|plan|effort|proposal|deal)\b", re.IGNORECASE)
_FAILED_AFTER = re.compile(r"(?: [\w-]+| «[dmh]\d+»){0,4}? (?:has |had |have )?(?:failed|collapsed|fell (?:apart|through)|"
                           r"(?:was|were) (?:blocked|rejected|abandoned|scrapped|terminated|called off))\b")


# "made a failed attempt to buy", "an unsuccessful bid for" (not "a bid that failed to win approval": told after the
# deal, _FAILED_AFTER)
_FAILED_INTENT = re.compile(r"\b(?:failed|unsuccessful|abortive|aborted|thwarted|blocked|rejected|abandoned|scrapped|"
                            r"collapsed) (?:[\w-]+ )?(?:bid|attempt|offer|effort|plan|proposal|approach)s?\b", re.I)
# "Regulators blocked «o»'s attempt to acquire …", "The board rejected «o»'s offer to buy …": the deal is off
# "Regulators blocked «o»'s proposed takeover of …", "vetoed the planned acquisition of …": the deal named right after
_BLOCKED_DEAL = re.compile(r"\b(?:blocked|vetoed|prohibited|rejected|thwarted|scuttled|torpedoed) (?:«o\d+»[''’]s? |the |a |its )?"
                           r"(?:(?:proposed|planned|pending|[\w.-]+|«m\d+») ){0,3}?(?:takeover|acquisition|purchase|buyout|merger)\b",
                           re.I)
_BLOCKED_BEFORE = re.compile(r"\b(?:blocked|rejected|thwarted|scuttled|derailed|killed|torpedoed|rebuffed|vetoed|"
                             r"prohibited)(?: [\w-]+){0,3}? $", re.I)


def attempt_by(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"An attempt by Veltrix to acquire Norcrest failed last year": the deal of an attempt or bid made by a company,
    negated where it failed or was blocked (deal), else planned (the attempt is still on)."""
    facts = deal(r, s, p, m)
    end = next((c.start() for c in re.finditer(r"[,;]", s.text[m.end():])), len(s.text) - m.end()) + m.end()
    for fact in facts:
        if fact.modality == "asserted":
            fact.modality = "planned"
        fact.amount = r.money(s, m.start(), end)  # after a failed bid by A to buy B, B raised $20 million: not the bid's
    return facts


_BID_FAILED = re.compile(r"fell|falls|collapsed|collapses|failed|fails|was (?!approved|accepted)")


def bid_outcome(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Vireo's $6 billion all-stock offer for Northwind fell apart when …": the bid's acquisition, negated where it
    failed, planned where it won approval (still to close); its amount the one written before "for"."""
    roles, _ = read_roles(r, s, m, ("acquirer", "target"))
    acquirers, targets = roles.get("acquirer", [])[:1], roles.get("target", [])[:1]
    if not acquirers or not targets or acquirers[0].key == targets[0].key:
        return []
    failed = _BID_FAILED.match(m.group("outcome")) is not None
    fact = fact_record(s, p, {"acquirer": acquirers, "target": targets}, "negated" if failed else "planned")
    fact.amount = r.money(s, m.start(), m.start("target"))
    fact.date = r.date(s, m.start(), m.end())
    return [fact]


# "It was Vireo Systems' second failed attempt", "after Vireo's earlier failed bid": the bidder of a failed try
_FAILED_TRY = re.compile(r"«o(\d+)»[''’]s? (?:(?:second|third|fourth|earlier|previous|first|latest|last|own) )?(?:failed|"
                         r"unsuccessful|abortive|rejected|doomed) (?:attempt|try|bid|effort|approach|offer|pursuit)")


def approach_rejected(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"In 2022 Northwind rejected an approach valuing it at $1.1 billion": an offer turned down (negated) whose bidder
    is the one of a failed attempt named earlier in the sentence, else of the last bid read for that target in the
    document; none when no bidder is found."""
    roles, _ = read_roles(r, s, m, ("target",))
    targets = roles.get("target", [])[:1]
    if not targets:
        return []
    acquirer = None
    tries = list(_FAILED_TRY.finditer(s.text, 0, m.start()))
    if tries:
        acquirer = s.items[int(tries[-1].group(1))][1]
    else:
        last = next((f for f in reversed(r.facts) if f.type == "acquisition" and f.roles.get("acquirer")
                     and any(x.key == targets[0].key for x in f.roles.get("target", []))), None)
        acquirer = last.roles["acquirer"][0] if last is not None else None
    if not isinstance(acquirer, Mention) or acquirer.key == targets[0].key:
        return []
    fact = fact_record(s, p, {"acquirer": [acquirer], "target": targets}, "negated")
    fact.amount = r.money(s, m.start("amount"), m.end("amount")) if group(m, "amount") else None
    fact.date = r.date(s, m.start(), m.end())
    return [fact]


# --- wt-ed: abandoned deals ---
# a deal noun right before a pronoun subject: "a deal it announced …", "the agreement that it signed …"
_DEAL_NOUN_BEFORE = re.compile(r"\b(?:deal|agreement|pact|bid|offer|plan|proposal)s? (?:that |which )?$")
# a walk-away told as done: a finite verb after the buyer with only auxiliaries and adverbs before it ("Northwind has
# walked away from …", "Northwind on Monday pulled out of …")
_ABANDON_DONE = re.compile(r"(?:walked|walks|walking|pulled|pulls|pulling|backed|backs|backing|withdrew|withdraws|withdrawn|"
                           r"withdrawing)\b")
_AUX_ONLY = re.compile(r"(?:,? (?:has|have|had|is|are|was|were|also|since|then|later|eventually|finally|abruptly|formally|"
                       r"officially|quietly|effectively|ultimately|already|now|(?:on|in|earlier in|late in|early in|last|this) "
                       r"«d\d+»|«d\d+»),?)* ?")
_NOT_DONE = re.compile(r"\b(?:not|never|no longer)\b|n[’']t\b")


def abandoned_deal(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Northwind walked away in March from a planned $300 million purchase of Brightwave", "withdrew its offer for
    Y": the takeover walked away from, negated when the walk-away is told as done; a plan, a threat or a chance to walk
    away leaves the deal pending (planned). None when the walk-away is denied ("did not walk away": the deal's state
    is not told) or only reported (the report is of the walk-away, not of the deal)."""
    gap = s.text[m.end("acquirer"):m.start("verb")]
    if _NOT_DONE.search(gap):
        return []
    facts = deal(r, s, p, m)
    if r.modality(s, gap) in ("reported", "rumored", "denied"):
        return []
    mood = "negated" if _ABANDON_DONE.match(m.group("verb")) and _AUX_ONLY.fullmatch(gap) else "planned"
    # the sum written in the deal's noun phrase ("from a planned $300 million purchase of"; "from" there is no earlier
    # figure, as in "up from $X", so Reader.money's valuation test does not apply)
    inside = next((v for n, v, q in s.tokens("m", m.end("verb"), m.start("target"))
                   if not _PER_SHARE_AFTER.match(s.text, q + len(f"«m{n}»"))), None)
    for fact in facts:
        fact.modality = mood
        fact.amount = inside or fact.amount
    return facts


def _negated_before(s: Masked, start: int) -> str | None:
    """"Halden said it would no longer pursue its acquisition of Y", "Halden did not complete its purchase of Y": a
    negation in the clause before a possessive takeover calls the deal off (negated); "has not yet closed its purchase
    of Y": still to close (planned)."""
    hit = _NOT_CARRIED_OUT.search(s.text, max(0, start - 80), start)
    if hit is None:
        return None  # (not "is not commenting on its purchase of Y": the deal is not what is denied)
    return "planned" if "yet" in hit.group() else "negated"


# a negation, then a verb of carrying a deal out, right before the deal's possessive
_NOT_CARRIED_OUT = re.compile(r"(?:\b(?:not|never|no longer)|n[’']t)(?: [a-z]+){0,2}? (?:pursue|pursuing|complete|completed|"
                              r"completing|close|closed|closing|proceed with|proceeding with|go ahead with|going ahead "
                              r"with|go through with|going through with|finali[sz]e|finali[sz]ed|consummate|consummated) $")


_PER_SHARE_AFTER = re.compile(r" (?:per|a|each|for each) (?:share|ADS|ADR|unit)\b| apiece\b| each\b")
# --- end wt-ed ---


_PLUPERFECT = re.compile(r"\bhad (?:agreed|planned|proposed|offered|announced|signed|sought)\b", re.IGNORECASE)


def _called_off_before(r: Reader, s: Masked, fact: FactRecord) -> bool:
    """"Veltrix and Norcrest called off their $20 billion merger on Monday. Veltrix had agreed to buy Norcrest in
    2022.": a deal told in the pluperfect after an earlier sentence naming its parties with a termination cue
    (english.yaml later_events) is off; the later-event reader only looks forward."""
    parties = {x.key for ms in fact.roles.values() for x in ms}
    for sent in r.doc.sentences[:s.sent.index]:
        if r.g.rx["terminated"].search(sent.text) and parties <= {x.key for x in r.doc.mentions_in(sent.start, sent.end)}:
            return True
    return False


def _another(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"… invested $1.25 billion in Y in 2023 and another $2.75 billion in March 2024": the parties of the
    investment read just before in this sentence, with the amount and date after "another"."""
    last = next((f for f in reversed(r.current) if f.type == "investment" and f.evidence.start == s.sent.start
                 and s.to_orig(m.start()) > s.sent.start), None)
    if last is None or last.amount is None:
        return []
    fact = fact_record(s, p, {k: list(v) for k, v in last.roles.items()}, r.modality(s, m.group()))
    if fact.modality == "asserted":
        fact.modality = last.modality
    fact.amount, fact.date = s.value(m.group("amount")), r.date(s, m.end(), m.end())
    if last.date is not None and last.date.start >= s.to_orig(m.start()):
        last.date = None  # "$10 million … and a further $5 million next year": next year is the second's date
    fact.qualifiers["consideration"] = last.qualifiers.get("consideration", "unknown")
    return [fact]


def _gapped(r: Reader, s: Masked, p: Pattern, m: re.Match[str], patients: list[Mention]) -> list[FactRecord]:
    """"Veltrix acquired Norcrest Labs in 2021 and Quillfeather in 2023", "led a $20 million round in A in 2022 and a
    $50 million round in B in 2023": the verb left out after "and" is the one of the deal just read in this sentence,
    with the same agent; the amount and date are those written with the second patient."""
    a_role, b_role = ROLES[p.type]
    last = next((f for f in reversed(r.current) if f.type == p.type and f.evidence.start == s.sent.start
                 and f.roles.get(a_role) and s.to_orig(m.start()) > s.sent.start), None)
    keys = {x.key for ms in last.roles.values() for x in ms} if last is not None else set()
    patients = [x for x in patients if x.key not in keys]
    if last is None or not patients:
        return []
    fact = fact_record(s, p, {a_role: list(last.roles[a_role]), b_role: patients[:1]}, last.modality)
    fact.amount = r.money(s, m.start(), m.end())
    fact.date = next((v for _, v, _ in s.tokens("d", m.start(), m.end())), None)
    if last.date is not None and last.date.start >= s.to_orig(m.start()):
        last.date = None
    if last.amount is not None and last.amount.start >= s.to_orig(m.start()):
        last.amount = None
    if p.type == "investment":
        named = r.g.rx["rounds"].search(m.group())
        fact.qualifiers.update(round=named.group() if named else None, consideration="unknown")
        if last.qualifiers.get("lead"):
            fact.qualifiers["lead"] = [x.key for x in fact.roles[a_role]]
        fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if v is not None}
    return [fact]


def _round_read(r: Reader, s: Masked, m: re.Match[str], patients: list[Mention]) -> bool:
    """Whether the round just read (four sentences back at most) is of the same company and names no other round."""
    if r.last_deal is None or s.sent.index - r.last_deal[0] > 4 or r.last_deal[1].type != "investment":
        return False
    fact, named = r.last_deal[1], r.g.rx["rounds"].search(m.group())
    same = {x.key for x in fact.roles["investee"]} & {x.key for x in patients}
    return bool(same) and (named is None or not fact.qualifiers.get("round")
                           or named.group().lower() == fact.qualifiers["round"].lower())


def _another_round(r: Reader, s: Masked, p: Pattern, m: re.Match[str], investors: list[Mention]) -> list[FactRecord]:
    """"It raised a $12 million seed round from A in 2021 and a $30 million Series A led by B in 2023": the company of
    the investment read just before in this sentence raised a second round, from the investors named after it."""
    last = next((f for f in reversed(r.current) if f.type == "investment" and f.evidence.start == s.sent.start
                 and f.roles["investee"] and s.to_orig(m.start()) > s.sent.start), None)
    keys = {x.key for x in last.roles["investee"]} if last is not None else set()
    investors = [x for x in investors if x.key not in keys]
    if last is None or not investors:
        return []
    fact = fact_record(s, p, {"investor": investors, "investee": list(last.roles["investee"])}, last.modality)
    fact.amount, fact.date = s.value(m.group("amount")), r.date(s, m.end(), m.end())
    fact.qualifiers.update(round=m.group("round"), consideration="unknown")
    if group(m, "lead"):
        fact.qualifiers["lead"] = [x.key for x in investors]
    if last.date is not None and last.date.start >= s.to_orig(m.start()):
        last.date = None  # the date written after the second round is that round's
    return [fact]


# (wt-ze) a company's shares moving up right before "after A invested $N" (A's investment in that company)
_SHARES_MOVED = re.compile(r"(?:\b(?:shares?|stock)\b(?:[^.;«]|«[cdj]\d+»)*?\b(?:rose|jumped|surged|soared|climbed|gained|rallied|"
                           r"spiked|rise|jump|surge|soar|climb|rally)\b|\b(?:rose|jumped|surged|soared|climbed|gained|rallied|"
                           r"spiked|surge|jump|rise|rally|spike)\b(?:[^.;«]|«[cdj]\d+»)*?\b(?:shares?|stock)\b)"
                           r"(?:[^.;«]|«[cdj]\d+»)*? after $")


_HOLDER_OWNER = re.compile(r"(«o\d+»)['’]s? $")  # the possessor written right before a holder


def _implicit(r: Reader, s: Masked, p: Pattern, m: re.Match[str], agents: list[Mention]) -> list[Mention]:
    """A patient left unnamed: the same investor's deal just read, or the company whose stake this is."""
    keys, last = {a.key for a in agents}, r.last_deal
    named = {obj.key: obj for _, obj, _ in s.tokens("o", 0, m.start()) if obj.kind in ORG_KINDS and obj.key not in keys}
    if p.context == "same" and len(named) == 1 and _SHARES_MOVED.search(s.text, 0, m.start()):
        return list(named.values())  # "B's shares jumped 50% after A invested $3 million": A invested in B
    if p.context == "same" and last and last[1].type == "investment" and keys & {
            x.key for x in last[1].roles["investor"]}:
        # "B saw its shares slip after A invested $3 million": the sentence is about another company named before the
        # investor, not the one of A's deal just read (none then)
        if set(named) - {x.key for x in last[1].roles["investee"]}:
            return []
        return last[1].roles["investee"] if s.sent.index - last[0] <= 8 else []
    in_which = _IN_WHICH.search(s.text, 0, m.start()) if p.type == "shareholding" else None
    if in_which is not None:  # CoreWeave, in which Nvidia owns roughly 7%, …: the company before the clause
        return r.members(s, in_which.group(1), False, keys)
    if p.type == "shareholding" and (_VENTURE.search(s.text) or _partner_of_venture(r, s, keys)):
        return _venture(r, s)  # owns 60% of the venture, and B owns the remaining 40% / with A holding 51%: the venture
    if p.type != "shareholding" or re.match(r" (?:of|in) ", s.text[m.end():]):
        return []
    if (owner := _HOLDER_OWNER.search(s.text, max(0, m.start() - 16), m.start())) is not None:
        # (wt-ze) "SoftBank's Vision Fund 2 is the largest shareholder": the fund's owner is not the company it holds
        keys = keys | {x.key for x in r.members(s, owner.group(1), False)}
    # (wt-el) "A is the largest shareholder with 18.6%, followed by B with 11.2%": B is a holder, never the company
    keys = keys | {x.key for hit in LISTED_HOLDERS.finditer(s.text) for x in r.members(s, hit.group(1), False)}
    keys = keys | sibling_holders(r, s)  # (wt-el) "A holds 18.6% and B holds 11.2%": neither holds the other
    if group(m, "poss"):
        return r.members(s, m.group("poss"), False, keys)
    for fact in reversed(r.facts + r.current):  # A is the largest shareholder with 28%. B holds about 9%: of the same
        if s.sent.start - fact.evidence.start > 400:
            break
        if fact.type == "shareholding" and fact.roles["company"] and fact.roles["company"][0].key not in keys:
            return fact.roles["company"][:1]
    if last and s.sent.index - last[0] <= 4 and (x := list(last[1].roles.values())[1][0]).key not in keys:
        return [x]
    return [x for x in [r.object_antecedent(s, m.end(), keys)] if x is not None]


# the partner of a deal, whose verb follows it: "signed a deal with «o» to buy …" (the signer buys)
_DEAL_WITH = re.compile(r"\b(?:deal|agreement|contract|pact|partnership|alliance|talks|negotiations|discussions) with $", re.I)
# a preposition before a deal's first-written agent: it is no subject ("with A holding 51%" is: an absolute clause)
_HEARSAY = re.compile(r"\b(?:reportedly|reported|rumou?red|said to|believed|expected)\b", re.I)
# a sentence opening with the shares of a company ("Shares of X", "The stock of X"): X is what the sentence is about
_SHARES_OF = re.compile(r"^(?:(?:the|but|and) )?(?:shares|stock|the share price|the stock price) of $", re.I)
_PREP_AGENT = re.compile(r"\b(?:of|in|from|by|to|for|on|at|into|over|behind|about|between|among|than|alongside|via|"
                         r"through|versus|against)\s*$", re.I)
_PREP_PATIENT = re.compile(_PREP_AGENT.pattern.replace("than|", "than|including|such as|like|"), re.I)
# "Toutiao, backed by Sequoia and CCB, is raising $2 billion": names after a participle and "by" are its apposition's
_BY_PARTICIPLE = re.compile(r"\b(?:backed|funded|owned|controlled|led|co-led|founded|co-founded|run|created|acquired|"
                            r"bought|incubated|spun out) by\s*$", re.I)
_IN_WHICH = re.compile(r"(«o\d+»), (?:in|of) which $")
_VENTURE = re.compile(r" (?:of|in) the (?:new |joint )?(?:venture|joint-venture|jv)\b", re.IGNORECASE)


def _valuation(r: Reader, s: Masked) -> Value | None:
    """The company's value the sentence states with the round (at a $24 billion valuation, valuing it at $8.1
    billion, which values the company at …): the first amount a valuation word stands right before."""
    return next((v for n, v, p in s.tokens("m") if (r.g.rx["valuation"].search(s.text[max(0, p - 40):p])
                 or _VALUATION_AFTER.match(s.text, p + len(f"«m{n}»")))
                 and not _FROM_BEFORE.search(s.text[max(0, p - 30):p])), None)


_FROM_BEFORE = re.compile(r"\bfrom(?: [a-z]+){0,3} $")  # up from about $5 million: an earlier figure
_VALUATION_AFTER = re.compile(r" (?:post-money |pre-money )?valuation\b")


def _partner_of_venture(r: Reader, s: Masked, keys: set[str]) -> bool:
    """Whether a holder is a party of a joint venture of this sentence (read already, or named before it)."""
    return any(f.type == "partnership" and f.qualifiers.get("kind") == "joint_venture"
               and keys & {x.key for x in f.roles["party"]} for f in r.current) or _JV.search(s.text) is not None


_JV = re.compile(r"\bjoint[- ]venture\b", re.IGNORECASE)


def _venture(r: Reader, s: Masked) -> list[Mention]:
    """CARIAD holds 60% of the venture: the joint venture read just before (its result, later named Carizon),
    within the last 600 characters; else nothing."""
    jv = _JV.search(s.text)  # …form a joint venture, Aldon Compute, with A holding 51%: the venture named here
    named = r.g.rx["result"].search(s.text[jv.end():jv.end() + 60]) if jv else None
    if named is not None:
        return r.members(s, named.group("result"), False)
    for fact in reversed(r.facts + r.current):
        if s.sent.start - fact.evidence.start > 600:
            break
        if fact.type == "partnership" and fact.qualifiers.get("kind") == "joint_venture" and fact.roles["result"]:
            return fact.roles["result"][:1]
    return []


def _join(r: Reader, s: Masked, p: Pattern, m: re.Match[str], investors: list[Mention]) -> list[FactRecord]:
    """Investors joining the round just read become investors of that fact (one fact per round); the leader of
    that round ("Harbor Peak led the round, with participation from A and B") is marked as lead and the
    co-investors written after it join too."""
    reach = 8 if p.name in _DEFINITE_ROUND else 4  # "The round was led by A" may come after a few lines about the company
    if r.last_deal is None or s.sent.index - r.last_deal[0] > reach or r.last_deal[1].type != "investment":
        return []
    fact = _told_round(r, s, r.last_deal[1], reach)
    if _other_company_first(r, s, r.last_deal[0], fact):
        return []  # A raised $150 million. ¶ B announced a $100 million Series A … The round was led by C: not A's round
    named = r.g.rx["rounds"].search(m.group())
    if named and fact.qualifiers.get("round") and named.group().lower() != fact.qualifiers["round"].lower():
        return []  # Its Series A was led by Accel: another round than the Series B just read
    sums = [_money_of(s.value(x)) for x in _SUM_OF_ROUND.findall(m.group())[:1]]
    if sums and sums[0] is not None and fact.amount is not None and sums[0] != _money_of(fact.amount):
        # (wt-jb) A took $300 million and B $90 million; a later "$300 million Series B, co-headed by C" is the round of that sum
        # read within reach (A's), else none (A raised $40 million. The $10 million seed round was led by C)
        fact = next((f for f in reversed(r.facts) if f.type == "investment" and f.modality == fact.modality
                     and f.amount is not None and _money_of(f.amount) == sums[0]
                     and 0 <= s.sent.index - _sentence_index(r, f) <= reach), None)
        if fact is None:
            return []
    keys = {x.key for x in fact.roles["investee"]}  # … also participated, alongside new backer C: C joins too
    investors = investors + [x for co in r.g.rx["co_investors"].finditer(s.text, m.end()) if not co.group("co3")
                             for x in r.members(s, co.group("co") or co.group("co2") or co.group("co4"), True, keys)]
    leaders = [x.key for x in r.members(s, m.group("investor"), True, keys)] if p.lead else []
    if leaders:
        lead = fact.qualifiers.setdefault("lead", [])
        lead += [k for k in leaders if k not in lead]
    new = [x for x in investors if all(x.key != y.key for y in fact.roles["investor"] + fact.roles["investee"])]
    new = [x for i, x in enumerate(new) if all(x.key != y.key for y in new[:i])]
    if new:
        fact.roles["investor"] += new
        more = fact.qualifiers.setdefault("more_evidence", [])
        more += [Span(s.sent.start, s.sent.end)] if Span(s.sent.start, s.sent.end) not in more else []
        fact.confidence = min(fact.confidence, 0.7 if any(x.kind == "candidate" for x in new) else 0.8)
        r.added += [x for x in new if x.source == "coref"]
    return []


# (wt-jb) a sum naming the round ("The $500 million Series B"), not an investor's part or a valuation told in an aside
_SUM_OF_ROUND = re.compile(r"«m\d+»(?! (?:of|in|into|to|from|for)\b)(?= (?:[\w+-]+ ){0,2}?(?:round|financing|funding|raise|"
                           r"series [a-h]|seed)\b)", re.I)  # ("put in $10 million of that round": a part of it)


def _money_of(v: object) -> float | None:
    """The sum a money value states (None when it is no sum)."""
    money = getattr(v, "value", None)
    return getattr(money, "value", None) if not isinstance(money, (int, float)) else None


def _told_round(r: Reader, s: Masked, fact: FactRecord, reach: int) -> FactRecord:
    """The round a joining investor joins: the one just read, unless that one is only a report of talks (reported,
    rumored) told after an asserted round of the same company ("Pike raised $250 million led by A. Reuters had reported
    that Pike was in talks to raise $250 million. … B and C also took part": the asserted round)."""
    if fact.modality not in ("reported", "rumored") or r.modality(s, "") in ("reported", "rumored"):
        return fact
    keys = {x.key for x in fact.roles["investee"]}
    told = next((f for f in reversed(r.facts) if f is not fact and f.type == "investment" and f.modality == "asserted"
                 and keys & {x.key for x in f.roles["investee"]} and s.sent.index - _sentence_index(r, f) <= reach), None)
    return told or fact


_DEFINITE_ROUND = ("round_led_by", "led_the_round", "round_includes")  # the round: the one just read


def _other_company_first(r: Reader, s: Masked, index: int, fact: FactRecord) -> bool:
    """Whether the round read in sentence `index` lies in an earlier paragraph and this paragraph, before this
    sentence, names an organisation that is no party of it (the paragraph is about another company's round)."""
    if r.doc.sentences[index].paragraph == s.sent.paragraph:
        return False
    start = next(x.start for x in r.doc.sentences if x.paragraph == s.sent.paragraph)
    keys = {x.key for ms in fact.roles.values() for x in ms}
    return any(m.kind in ("organization", "candidate") and m.key not in keys
               for m in r.doc.mentions_in(start, s.sent.start))


def _qualify(r: Reader, s: Masked, p: Pattern, m: re.Match[str], fact: FactRecord) -> None:
    # a founding told in an aside takes no date from before it ("… this week was xAI, the startup founded by A, which …")
    fact.date = r.date(s, m.start(), m.end(), earlier=p.name != "founded_by")
    if p.name in ("founder_of", "founder_possessive", "founder_apposed"):  # "In 2024, A hired B, the founder of C"
        fact.date = None
    if p.name in _SECOND_VERB:  # A invested $2 billion in B and has backed C: neither the amount nor the date is C's
        start = m.start(_SECOND_VERB[p.name])
        end = next((c.start() for c in re.finditer(r"[,;]", s.text[m.end():])), len(s.text) - m.end()) + m.end()
        fact.date = next((v for _, v, _ in s.tokens("d", start, end)), None)
        fact.amount, fact.stake = r.money(s, start, end), None
        _investment(r, s, p, m, fact)
        fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if v is not None}
        return
    if fact.type in ("investment", "acquisition"):
        later = NEW_CLAUSE.search(s.text, m.end())  # A bought B in 2021 and C raised $5 million: not A's price
        fact.amount = r.money(s, m.start(), later.start() if later else None)
        fact.stake = s.value(group(m, "stake")) or r.stake(s, m.start())
        within = next((a for a in _RELATIVE_ASIDE.finditer(s.text, 0, len(s.text)) if a.start() < m.end() <= a.end()
                       and a.start() > m.start()), None)  # A, which once considered buying B, is investing $5 million:
        if within is not None and fact.amount is not None and fact.amount.start >= s.to_orig(within.end()):
            fact.amount = r.money(s, m.start(), within.end())  # the main clause's money is not the deal's
        aside = _RELATIVE_ASIDE.search(s.text, m.start(), m.end())
        if aside is not None and p.name not in ("acquired_relative", "invested_relative") and fact.amount is not None \
                and s.to_orig(aside.start()) <= fact.amount.start < s.to_orig(aside.end()):
            fact.amount = r.money(s, aside.end())  # Y, which X bought for $300 million, raised $5 million: $5 million
        if p.name in ("acquired_relative", "invested_relative"):  # Y, which X bought in 2021 for $5 million, raised
            end = next((c.start() for c in re.finditer(r"[,;]", s.text[m.end():])), len(s.text) - m.end()) + m.end()
            fact.amount = r.money(s, m.start(), end)  # $40 million: the money of the main clause is not the deal's
            fact.stake = fact.stake if fact.stake is not None and fact.stake.start < s.to_orig(end) else None
    if fact.type == "investment":
        fronted = _SUM_BEFORE.fullmatch(s.text, 0, m.start())  # (the sum opens the sentence; not "on top of the $13
        if fact.amount is None and fronted is not None:  # billion it had invested": an earlier sum) "Half of the $2
            fact.amount = s.value(fronted.group(1))  # billion Aldon invested in Norcrest came in the form of credits"
        _investment(r, s, p, m, fact)
        if p.name == "and_backed_by":  # founded in 2016 … and is backed by A: the date is the first verb's
            fact.date = None
        if p.name == "portfolio_company_of":  # a portfolio company of A, raised $5 million: the round is not A's
            fact.amount = fact.stake = None
        if p.name == "possessive_investment":  # its investment in Y after Y shut down in 2020: no date of the investment
            fact.amount = r.money(s, m.start(), m.end())  # (A's investments in Y helped it post a $19 billion gain: no sum)
            after = re.match(r" (?:in|on) «d(\d+)»", s.text[m.end():])
            fact.date = next((v for _, v, _ in s.tokens("d", m.start(), m.end())), None) or (
                s.items[int(after.group(1))][1] if after else None)
        if p.name == "backed_attributive":  # (Reuters) - … Veltrix-backed Quillfeather: a holding, not a deal of that day
            fact.date = None
        if p.name in _BACKED_STATES:  # Y, which is backed by A and B, signed a $1.5 billion contract: not A's money
            with_amount = _WITH_AMOUNT.match(s.text, m.end())
            fact.amount = r.money(s, m.start(), m.end()) or (s.value(with_amount.group(1)) if with_amount else None)
            fact.stake = s.value(group(m, "stake"))
    elif fact.type == "shareholding":
        fact.stake, fact.date, rank = s.value(group(m, "stake")), None, group(m, "rank")
        with_stake = re.match(r",? (?:with|after (?:buying|acquiring|taking)) (?:an? |its |«j\d+» )?(?:about |roughly |around |nearly )?"
                              r"(«c\d+»)", s.text[m.end():])
        fact.stake = fact.stake or (s.value(with_stake.group(1)) if with_stake else None)  # largest holder, with a 20% stake
        later = re.search(rf"\b({one_of(list(r.g.ranks))}) (?:[\w-]+ )?(?:shareholder|owner|investor)",
                          s.text[m.end():])
        fact.qualifiers["rank"] = r.g.ranks.get((rank or (later.group(1) if later else "")).lower())
        if _VOTING.search(m.group()):  # 31.5% of the voting power: a share of the votes, not of the equity
            fact.qualifiers["measure"] = "voting_power"
        fact.qualifiers["as_of"] = r.date(s, m.start(), m.end())
    elif fact.type == "purchase":
        fact.amount = s.value(group(m, "amount")) or r.money(s, m.start(), m.end())
        aside = _RELATIVE_ASIDE.search(s.text, m.start(), m.end())
        if aside is not None and fact.amount is not None and s.to_orig(aside.start()) <= fact.amount.start < s.to_orig(aside.end()):
            fact.amount = r.money(s, aside.end(), m.end())  # Y, which posted a $18.8 billion loss, buys chips from X: no sum
        price = _PRICE_AFTER.match(s.text, m.end()) if fact.amount is None else None
        if price is not None:  # rent capacity from Veltrix for $9.7 billion over five years: the price after the seller
            fact.amount = s.value(price.group(1))
        pair = _PAIR_DEAL_AFTER.match(s.text, m.end()) if fact.amount is None else None
        if pair is not None:  # "B remains A's main supplier: in June the pair agreed a deal worth $40 billion": the
            fact.amount = s.value(pair.group("sum"))  # sum and month of the two's deal told after the colon
            fact.date = s.value(pair.group("d") or pair.group("d2") or "") or fact.date
        fact.qualifiers["period"] = fact.date
    if p.name == "and_acquired_by":  # set up in 2009 and acquired by A in 2012 for $5 million: the second verb's
        start = m.start("verb")
        end = next((c.start() for c in re.finditer(r"[,;]", s.text[m.end():])), len(s.text) - m.end()) + m.end()
        fact.date = next((v for _, v, _ in s.tokens("d", start, end)), None)
        fact.amount = r.money(s, start, end)
    fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if v is not None}


# the price of a purchase written after the seller ("… from Veltrix for $9.7 billion", "…, in a deal worth $2 billion"; not
# "for $2 billion of Norcrest's shares": goods of another, nor "for a $2 billion data centre": the money of what it is for,
# nor "for $30,000 each": the price of one)
_PRICE_AFTER = re.compile(r",? (?:for|worth|valued at|in (?:an? |the )?(?:[\w-]+ )?(?:deal|contract|agreement|transaction) "
                          r"(?:worth|valued at)) (?:about |roughly |nearly |some |around |approximately |up to |more than |over )?"
                          r"(«m\d+»)(?! (?:worth )?of\b| (?:[\w-]+ ){0,2}?(?:data cent(?:er|re)s?|campus|plant|factory|project)\b|"
                          r" (?:each|apiece|per|an? (?:unit|chip|piece|share|server|GPU)\b))")
# a colon, then the two companies just named agreeing a deal with its sum ("…: in June the pair were reported to have agreed
# a compute deal worth roughly $40 billion"; not "…: the two firms declined to comment")
_PAIR_DEAL_AFTER = re.compile(r"(?:[^«».;:]|«[crj]\d+»){0,40}?: (?:(?:in|on) (?P<d>«d\d+»),? )?(?:the pair|the two(?: companies| firms| groups| sides)?|"
                              r"both(?: companies| firms| sides)?) (?:(?:were|are|was|is|have been) (?:reported|said|understood|"
                              r"believed) to have |(?:have |had |also )?)(?:agreed|signed|struck|reached|inked|sealed) (?:on )?"
                              r"(?:an? |the )?(?:(?:[\w-]+|«[rc]\d+») ){0,3}?(?:deal|contract|agreement|pact)(?: (?:in|on) "
                              r"(?P<d2>«d\d+»))?,? (?:worth|valued at) (?:about |roughly |nearly |some |around |approximately |"
                              r"up to |more than |over )?(?P<sum>«m\d+»)")
_CO_LED = re.compile(r"\bco-?(?:led|leads|lead|leading|headed|heads)\b", re.I)
_CO_LED_WITH = re.compile(r" with («o\d+»(?:(?:,? and |, )«o\d+»)*)(?![''’]|-)")
_SUM_BEFORE = re.compile(r"(?:[\w-]+ |«o\d+» ){0,3}?(?:of|all) the (?:about |roughly |nearly |some )?(«m\d+») ")
_VOTING = re.compile(r"\bvot(?:ing|es)\b")
_SECOND_VERB = {"and_led_round": "body", "and_backed_active": "investee", "and_joined_round": "body"}  # the group that opens the second verb's part
# (or between dashes: "A – which led B's $60 million round – made an investment in C": $60 million is not C's)
_RELATIVE_ASIDE = re.compile(r", (?:which|that|who|whose) [^,;]*,| [—–] (?:which|that|who|whose) [^—–;]*[—–]")
# (wt-ib) "a round led by A and joined by B": a participle with "by" goes on describing the round, no next verb
_NEXT_VERB = re.compile(r"(?:,? and|;) (?:also |then |later |has |have |had )*(?:co-)?(?:[a-z]+ed|led|put|took|sold|bought)\b"
                        r"(?!(?<=joined) by\b)")
_BACKED_STATES = ("backed_by", "and_backed_by", "backed_attributive", "backed_apposition")
_WITH_AMOUNT = re.compile(r",? with (?:an? )?(?:about |roughly |nearly |some )?(«m\d+»)")
_FOLLOWING = re.compile(r"\b(?:following|on top of|in addition to|after) (?:its|their|«j\d+»|an?|the) (?:earlier |previous |prior |last )?"
                        r"(?:(?:«m\d+»|[\w-]+) ){0,3}?(?:round|funding|financing|raise|seed|series [a-h])\b", re.I)
_TOTAL = re.compile(r"(?: [a-z]+){0,3}? (?:to date|so far|in total|altogether|since (?:its |«j\d+» )?(?:founding|inception))\b")
# "Norcrest had raised $90 million in funding prior to the deal": what a company had raised before a later event
_HAD_RAISED = re.compile(r"\bhad (?:\w+ )?(?:raised|received|secured|collected|amassed|attracted) (?:about |some |roughly |nearly |"
                         r"more than |over )?$")
_PRIOR = re.compile(r"(?: [a-z]+){0,3}? (?:prior to|before) (?:the|its|this|that|«j\d+») (?:[\w-]+ )?(?:deal|acquisition|"
                    r"takeover|sale|merger|purchase|buyout|IPO|listing)\b")
# "has raised a total of $300 million", "bringing its total funding to $800 million": the sum is a total, not a round
# (an investor's own total, "A has invested a total of $13 billion in B", is that pair's sum)
_TOTAL_BEFORE = re.compile(r"\b(?:(?:raised|received|secured|collected|amassed) a total of|(?:total|overall|cumulative) (?:funding|financing|capital|investment|raised)"
                           r"(?: raised)? (?:to|of)|(?:brings?|bringing|brought|takes?|taking|took) (?:its|the|«j\d+») "
                           r"total(?: [\w-]+){0,2}? to)(?: (?:about|some|roughly|nearly|more than|over|almost))? $")


# "raised a total of €1.7 billion in its latest funding round": the total of that round, not one so far
_IN_LATEST_ROUND = re.compile(r"(?: \([^()]{1,30}\))? in (?:its |«j\d+» |the |this |a )(?:latest|new|newest|most recent|"
                              r"current|recent) (?:[\w-]+ ){0,2}?round\b")


def _is_total(s: Masked, t: int) -> bool:
    """Whether the money token at `t` is a total raised so far (module notes at _TOTAL)."""
    end = t + len(TOKEN.match(s.text, t).group())
    return bool(_TOTAL.match(s.text, end) or _TOTAL_BEFORE.search(s.text, max(0, t - 60), t)
                and not _IN_LATEST_ROUND.match(s.text, end)
                or _PRIOR.match(s.text, end) and _HAD_RAISED.search(s.text, max(0, t - 40), t))


_DATED_TAIL = re.compile(r",? (?:(?:in|on|between|during|earlier in|late in|early in) )?(?:(?:early|late|mid-) )?"
                         r"(?:«d\d+»|(?:19|20)\d\d)(?: and (?:«d\d+»|(?:19|20)\d\d))?,? ")


def _investment(r: Reader, s: Masked, p: Pattern, m: re.Match[str], fact: FactRecord) -> None:
    if fact.amount is not None and (t := next((pos for _, v, pos in s.tokens("m") if v is fact.amount), None)) is not None \
            and _is_total(s, t):
        fact.amount = None  # has raised $150 million to date from investors including A: a total, not this deal's
    verb = _NEXT_VERB.search(s.text, m.end())  # … and co-led a Series A in C alongside D: neither is this round's
    limit = verb.start() if verb is not None else len(s.text)
    asides = [] if p.name in ("acquired_relative", "invested_relative") else \
        [(a.start(), a.end()) for a in _RELATIVE_ASIDE.finditer(s.text, m.start(), m.end())]
    found = next((f for f in r.g.rx["rounds"].finditer(s.text, m.start(), limit)  # A, which led B's Series C, made
                  if not any(a <= f.start() < b for a, b in asides)), None)     # an investment in C: not C's round
    cue = dict(r.g.cues["consideration"])
    credits, cash = cue["cloud_credits"].search(s.sent.text), cue["cash"].search(s.sent.text)
    consideration = "mixed" if credits and (cash or cue["partial"].search(s.sent.text)) else "cloud_credits" \
        if credits else "cash" if cash else "unknown"
    fact.qualifiers.update(round=found.group() if found else None, consideration=consideration,
                           valuation=_valuation(r, s))
    after = _FOLLOWING.search(s.text, m.start())  # "Norcrest closed a Series B, on top of its earlier seed round in
    if fact.date is not None and after is not None and fact.date.start >= s.to_orig(after.start()):  # 2022": the
        fact.date = None  # date of the round before
    if fact.amount is not None and fact.amount is fact.qualifiers["valuation"]:
        fact.amount = None  # in talks to raise funding at a $10 billion valuation: the company's value, no sum raised
    if p.lead:
        fact.qualifiers["lead"] = [x.key for x in fact.roles["investor"]]
    for co in r.g.rx["co_investors"].finditer(s.text, m.end(), limit):  # with participation from A and B
        if co.group("co3") and s.text[m.end():co.start()].strip() and not _DATED_TAIL.fullmatch(s.text, m.end(), co.start()):
            continue  # "A raised $5 million with B at its side, C raised …": B is A's only, right after A's round
            # (or after the round's date: "raised $54 million between 2022 and 2023, with B as a leading backer")
        more = r.members(s, co.group("co") or co.group("co2") or co.group("co3") or co.group("co4"), True,
                         {x.key for x in fact.roles["investee"]})
        fact.roles["investor"] += [x for x in more if all(x.key != y.key for y in fact.roles["investor"])]
    co_led = _CO_LED_WITH.match(s.text, m.end()) if p.lead and _CO_LED.search(m.group()) else None
    if co_led is not None:  # "A co-led a $600 million round for Y with B": B leads it too
        more = [x for x in r.members(s, co_led.group(1), True, {x.key for x in fact.roles["investee"]})
                if all(x.key != y.key for y in fact.roles["investor"])]
        fact.roles["investor"] += more
        fact.qualifiers["lead"] = fact.qualifiers.get("lead", []) + [x.key for x in more]
    majority = p.name in ("stake_in", "stake_sold") and re.search(r"\b(?:majority|controlling)\b", m.group(), re.IGNORECASE)
    held_by = _stake_bought_from(r, s, p, m, fact)
    if majority or held_by or fact.stake is not None and (fact.stake.value.value or 0) > 50:  # a majority stake is an acquisition
        fact.type, fact.qualifiers = "acquisition", {}
        fact.roles = {"acquirer": fact.roles["investor"], "target": fact.roles["investee"]}
        if held_by:
            fact.roles["seller"] = held_by


# (ia) "agreed to acquire a 39.6% stake in Lumora from US chipmaker Corvid": the stake bought from a holder named right
# after the company (up to four words describing it: "from US memory chipmaker", "from Japanese conglomerate")
_STAKE_HELD_BY = re.compile(r",? from (?:(?:[A-Z][\w.]*-based|[A-Z]{2,3}|[A-Z][a-z]+(?:ese|an|ish|ian|ch)|[a-z][\w-]*) ){0,4}?"
                            r"(«o\d+»)(?![\'’\w-])")
_BUYING_VERB = re.compile(r"\b(?:acquir|buy|bought|purchas)\w*", re.IGNORECASE)


def _stake_bought_from(r: Reader, s: Masked, p: Pattern, m: re.Match[str], fact: FactRecord) -> list[Mention]:
    """The holder a stake is bought from ("bought a 20% stake in Lumora from Corvid"): the stake changes hands, an
    acquisition of that part with the holder selling; none for a stake taken without a buying verb or from no company."""
    if p.name not in ("stake_in", "purchase_of_stake") or not _BUYING_VERB.search(m.group()):
        return []
    hit = _STAKE_HELD_BY.match(s.text, m.end())
    if hit is None:
        return []
    taken = {x.key for ms in fact.roles.values() for x in ms}
    return [x for x in r.members(s, hit.group(1), False) if x.key not in taken and x.kind in ORG_KINDS][:1]


def contract_to(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """X signed a $6 billion contract with Y to buy cells: X buys from Y; X signed a deal with Y to supply cells: X
    supplies Y, unless the goods go to X ("… with Y to supply power to its new campus": Y supplies X)."""
    if PREP_BEFORE.search(s.text, max(0, m.start("party") - 12), m.start("party")):
        return []  # A committed to purchase $8 billion of B's services and signed a deal with C: B signs nothing
    roles, gap = read_roles(r, s, m, ("party", "party2"))
    signer, other = roles.get("party", [])[:1], roles.get("party2", [])[:1]
    if not signer or not other:
        return []
    buyer, supplier = signer, other
    if m.group("verb").lower() in _SUPPLY_VERBS:
        to = _GOES_TO.match(s.text, m.end())
        n = int(TOKEN.search(to.group(1)).group(2)) if to else None
        recipient = r.resolve(s, n, True, set()) if n is not None else None
        buyer, supplier = (signer, other) if recipient is not None and recipient.key == signer[0].key else (other, signer)
    modality = r.modality(s, gap)
    fact = fact_record(s, p, {"buyer": buyer, "supplier": supplier}, "planned" if modality == "asserted" else modality)
    _qualify(r, s, p, m, fact)
    bought = _SUM_BOUGHT.match(s.text, m.end())  # … with Y to purchase $300 billion in computing power: the sum after
    if fact.amount is None and bought is not None:  # the verb is the deal's
        fact.amount = s.value(bought.group(1))
    end = next((c.start() for c in re.finditer(r"[,;]", s.text[m.end():])), len(s.text) - m.end()) + m.end()
    paid = _SUM_PAID_FOR.search(s.text, m.end(), end)  # … to procure servers and related gear for some $5.8 billion:
    if fact.amount is None and paid is not None and m.group("verb").lower() not in _SUPPLY_VERBS:  # the price paid
        fact.amount = s.value(paid.group(1))
    after = s.tokens("d", m.start("verb"), end)  # … to buy chips starting in 2027: the period; said on Tuesday: none
    fact.qualifiers["period"] = after[0][1] if after else None
    fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if v is not None}
    return [fact]


def _seller_after(r: Reader, s: Masked, m: re.Match[str], fact: FactRecord) -> list[Mention]:
    """"Veltrix has acquired Norcrest from Japanese conglomerate Aldon for $40 billion": the company the target is
    bought from sells it (one company, none of the deal's own parties); (ia) "will acquire Norcrest, a unit of
    Aldon, for …": the owner the apposition names sells it (not "a former unit of": no longer its owner)."""
    hit = _FROM_SELLER.match(s.text, m.end()) or _UNIT_OF_APPOSED.match(s.text, m.end())
    if hit is None:
        return []
    taken = {x.key for ms in fact.roles.values() for x in ms}
    return [x for x in r.members(s, hit.group(1), False) if x.key not in taken][:1]


_CHALLENGED = re.compile(r"(?!(?:blocked|rejected|scrapped|abandoned|terminated|called off|cancell?ed|dropped) )\w")
_UNIT_OF_APPOSED = re.compile(r", (?:a|an|the) (?:(?!former\b|ex-)[\w-]+ ){0,2}?(?:unit|subsidiary|division|arm|business|affiliate) "
                              r"(?:of|owned by) (?:(?:[A-Z][\w.]*-based|[a-z][\w-]*) ){0,3}?(«o\d+»)(?![\'’\w-])")
# after the target: "from (Japanese conglomerate) «o»", not "from «o»'s …" nor "from «o»-backed …"
_FROM_SELLER = re.compile(r",? from (?:(?:[A-Z][\w.]*-based|[a-z][\w-]*) ){0,3}?(«o\d+»)(?![\'’\w-])")
_SUM_BOUGHT = re.compile(r" (?:an additional |another |a further )?(?:about |roughly |up to |some |more than |nearly |over )?(«m\d+»)")
# the price of the goods bought, after them in the clause (not a price of one unit: "for $30 a chip", "per server")
_SUM_PAID_FOR = re.compile(r" for (?:about |roughly |some |nearly |around |approximately |more than |over |up to )?"
                           r"(«m\d+»)(?! (?:a|an|per|each)\b)")
_SUPPLY_VERBS = ("supply", "provide", "deliver", "sell", "ship", "build", "make", "manufacture")
# what is supplied and to whom: "… to supply power to its new campus", "… to provide chips for Norcrest's servers"
_GOES_TO = re.compile(r"(?:[^«».;,]|«[mcr]\d+»){0,60}? (?:to|for) (?:the )?(«[oij]\d+»)")


def _operating(r: Reader, s: Masked, m: Mention) -> Mention:
    """"Geely Holding holds a 9.5% stake in Qiantang. Its largest customer, BYD, …": customers and revenue are an
    operating company's; a pronoun read as the holder of a stake stated in the three sentences before (or this one)
    stands for the company held."""
    if m.source != "coref":
        return m
    for fact in reversed(r.facts + r.current):
        if s.sent.index - _sentence_index(r, fact) > 3:
            break
        if fact.type == "shareholding" and fact.roles["company"] and any(x.key == m.key for x in fact.roles["holder"]):
            c = fact.roles["company"][0]
            return Mention(m.start, m.end, m.text, c.kind, c.key, "coref", c.canonical)
    return m


_UNNAMED_SHARER = re.compile(r"\b(?:said|says|disclosed|discloses|reported|reports|noted|notes|revealed|reveals|stated|states)"
                             r",? (?:that )?(?:an?|one|two|three|four|several|its|the|«j\d+») (?:[\w-]+ ){0,3}?"
                             r"(?:customers?|clients?|buyers?|end users?|purchasers?)\b")


def share_of(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """X accounted for 62% of Y's revenue (X buys from Y) / of Y's purchases (Y buys from X)."""
    if _UNNAMED_SHARER.search(m.string, m.end("party"), m.start("share")):
        return []  # "Veltrix said a single customer accounted for 13% of its revenue": the one who said it is the seller,
        #            the customer is unnamed (the sayer buys nothing)
    party = r.members(s, m.group("party"), True)
    keys = {x.key for x in party}
    owner = r.members(s, m.group("owner") or m.group("poss"), False, keys) or [
        x for x in [r.object_antecedent(s, m.start("share"), keys)] if x is not None]
    if not party or not owner:
        return []
    owner = [_operating(r, s, owner[0])]
    purchases = m.group("what").lower().startswith(("purchas", "procure", "spend", "suppl"))
    roles = {"buyer": owner[:1], "supplier": party[:1]} if purchases else {"buyer": party[:1], "supplier": owner[:1]}
    fact = fact_record(s, p, roles, r.modality(s, m.string[m.end("party"):m.start("share")]))
    fact.qualifiers["share_of_purchases" if purchases else "share_of_revenue"] = s.value(m.group("share"))
    fact.qualifiers["period"] = r.date(s, m.start(), m.end())
    return [fact]


def share_over_periods(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Sales to Norcrest made up 31% and 27% of Veltrix's revenue in 2024 and 2023, respectively": the customer's share
    of the first period, then a second fact with the second share and period."""
    facts = share_of(r, s, p, m)
    periods = _TWO_PERIODS.search(m.group("periods"))
    if not facts or periods is None:
        return facts
    first = facts[0]
    second = replace(first, qualifiers=dict(first.qualifiers))
    key = "share_of_purchases" if "share_of_purchases" in first.qualifiers else "share_of_revenue"
    second.qualifiers[key] = s.value(m.group("share2"))
    base = m.start("periods")
    for fact, token, year in ((first, "d1", "y1"), (second, "d2", "y2")):
        if periods.group(token):
            fact.qualifiers["period"] = s.items[int(periods.group(token))][1]
        else:
            at = s.to_orig(base + periods.start(year))
            fact.qualifiers["period"] = Value(at, at + 4, "date", DateValue(periods.group(year), None, None,
                                                                             periods.group(year)))
    return [first, second]


_TWO_PERIODS = re.compile(r"(?:«d(?P<d1>\d+)»|(?P<y1>(?:19|20)\d\d)),? and (?:fiscal )?(?:«d(?P<d2>\d+)»|(?P<y2>(?:19|20)\d\d))")


def shares_respectively(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Two customers, Dell and Veltrix, accounted for 38% and 17% of its revenue, respectively": the n-th customer
    with the n-th share, each as share_of reads one; nothing when the counts differ."""
    parties = r.members(s, m.group("party"), True)
    keys = {x.key for x in parties}
    shares = [s.items[int(n)][1] for n in re.findall(r"«c(\d+)»", m.group("share"))]
    owner = r.members(s, m.group("owner") or m.group("poss"), False, keys) or [
        x for x in [r.object_antecedent(s, m.start("share"), keys)] if x is not None]
    if len(parties) < 2 or len(parties) != len(shares) or not owner:
        return []
    owner = [_operating(r, s, owner[0])]
    purchases = m.group("what").lower().startswith(("purchas", "procure", "spend", "suppl"))
    out = []
    for party, share in zip(parties, shares):
        roles = {"buyer": owner[:1], "supplier": [party]} if purchases else {"buyer": [party], "supplier": owner[:1]}
        fact = fact_record(s, p, roles, r.modality(s, m.string[m.end("party"):m.start("share")]))
        fact.qualifiers["share_of_purchases" if purchases else "share_of_revenue"] = share
        fact.qualifiers["period"] = r.date(s, m.start(), m.end())
        fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if v is not None}
        out.append(fact)
    return out


_WHICH_AFTER = re.compile(r", (?:which|who) ")


def partnership(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Parties of a joint venture, deal or customer relation; A partnered with B and C: one fact per partner."""
    if group(m, "party") and m.start("party") == m.start() and PREP_BEFORE.search(s.text, max(0, m.start() - 12), m.start()) \
            and not _WHICH_AFTER.match(s.text, m.end("party")):
        return []  # Y, which is backed by A and B, signed a contract: A and B sign nothing (but "buys from B, which
        # also counts C among its customers": B is what "which" stands for, the clause's subject)
    roles, gap = read_roles(r, s, m, ("party", "party2"))
    parties, others = roles.get("party", []), roles.get("party2", [])
    if not parties:  # A is a customer (of its supplier, named before)
        keys = {x.key for x in others}
        parties = r.members(s, group(m, "poss"), False, keys) or [
            x for x in [r.object_antecedent(s, m.end(), keys)] if x is not None]
    if p.quals.get("kind") == "customer":  # its customers: the operating company's, not its holder's
        parties = [_operating(r, s, x) for x in parties]
    groups = [parties + [x] for x in others] if len(parties) == 1 and len(others) > 1 else [parties + others]
    facts = [fact_record(s, p, {"party": g, "result": []}, r.modality(s, gap)) for g in groups if len(g) > 1]
    result = r.g.rx["result"].search(s.text[m.end():m.end() + 60])
    for fact in facts:
        fact.roles["result"] = r.members(s, result.group("result"), False) if result else []
        fact.qualifiers.setdefault("kind", "compute" if r.g.rx["compute"].search(
            r.doc.text[s.to_orig(m.start()):s.to_orig(m.end()) + 40]) else "strategic")
        fact.amount, fact.date = _partnership_amount(r, s, m), r.date(s, m.start(), m.end())
    if p.quals.get("kind") == "customer":
        return _customer_purchases(r, s, p, m, parties, others, facts)
    if p.name == "named_partner" and _NAMED_SUPPLIER.search(m.group()) and len(parties) == 1 and len(others) == 1:
        for fact in facts:  # (wt-je) "Harbor picked Vireo as its chip supplier": the one named supplies the subject
            fact.type, fact.rule = "purchase", "english:named_supplier"
            fact.roles = {"buyer": parties, "supplier": others}
            fact.qualifiers.pop("kind", None)
    return facts


_NAMED_SUPPLIER = re.compile(r"\b(?:supplier|provider|vendor)$")


def _customer_purchases(r: Reader, s: Masked, p: Pattern, m: re.Match[str], parties: list[Mention],
                        others: list[Mention], facts: list[FactRecord]) -> list[FactRecord]:
    """A customer relation is a purchase: "Pike's customers include Harbor and Vireo", "Harbor is Pike's largest
    customer (making up 40% of Pike's sales)": each customer buys from the company whose customer it is (with its
    share of that company's revenue when one follows); none for a customer of a company's suppliers or customers
    ("one of the customers of Harbor's suppliers": Harbor sells it nothing)."""
    if _INDIRECT_CUSTOMER.search(s.text, m.start(), m.end() + 40) or len(parties) != 1:
        return []
    share = _SHARE_AFTER.match(s.text, m.end())
    if share is not None and len(others) == 1:
        return [_customer_share(r, s, p, m, parties[0], others[0], share)]
    out = []
    for fact in facts:
        buyers = [x for x in fact.roles["party"] if x.key != parties[0].key]
        if not buyers:
            continue
        fact.type, fact.roles = "purchase", {"buyer": buyers[:1], "supplier": parties[:1]}
        fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if k not in ("kind",)}
        fact.amount = None
        out.append(fact)
    return out


# "one of the customers of Harbor's suppliers", "a client of Pike's distributors": the company named is not the seller
_INDIRECT_CUSTOMER = re.compile(r"(?:customers?|clients?) (?:of|for) «o\d+»[''’]s? (?:[\w-]+ )?(?:suppliers?|vendors?|"
                                r"distributors?|resellers?|partners?|customers?|clients?|units?|subsidiar(?:y|ies))\b", re.I)


def two_firms_together(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Harbor and Pike fell out over the merger. The two firms plan to go on working together": a partnership of the
    two companies the sentence before (same paragraph) names, when it names exactly two and this sentence names no
    other company before the words; asserted (an existing tie), undated."""
    k = s.sent.index
    if k == 0 or any(x.kind in ORG_KINDS for x in r.doc.mentions_in(s.sent.start, s.to_orig(m.start()))):
        return []
    before = r.doc.sentences[k - 1]
    if before.paragraph != s.sent.paragraph:
        return []
    orgs: list[Mention] = []
    for x in r.doc.mentions_in(before.start, before.end):
        if x.kind in ORG_KINDS and all(x.key != o.key for o in orgs):
            orgs.append(x)
    if len(orgs) != 2:
        return []
    fact = fact_record(s, p, {"party": orgs, "result": []}, "asserted")
    fact.qualifiers.setdefault("kind", "strategic")
    return [fact]


def described_holder(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Vireo offered to buy Northwind Robotics. Tidewater, the robot maker's biggest investor, opposed the deal": a
    shareholding of the holder in the company named before that the description fits (Reader.described_antecedent);
    none when none fits ("the region's largest investor")."""
    holder = r.members(s, m.group("holder"), True)
    if not holder or holder[0].kind not in ORG_KINDS:
        return []
    company = r.described_antecedent(m.group("desc"), s.to_orig(m.start()))
    if company is None or company.key == holder[0].key:
        return []
    fact = fact_record(s, p, {"holder": holder[:1], "company": [company]}, r.modality(s, m.group()))
    rank = r.g.ranks.get((group(m, "rank") or "").lower())
    if rank:
        fact.qualifiers["rank"] = rank
    return [fact]


_OF_THAT_YEAR = re.compile(r" of (?:that|the same) year")
_OF_THAT_YEAR_TOKEN = re.compile(r" of («d\d+»)")
_THAT_YEAR = re.compile(r"(?:that|the same) year", re.I)


def stake_elided(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Northwind raised $210 million in June 2024. Harbor had bought a minority stake in March of that year, putting in
    $10 million": an investment in the company of the round read in the two sentences before (same paragraph), with
    the sum put in; "of that year" is that round's year."""
    investor = r.members(s, m.group("investor"), True)
    if not investor or investor[0].kind not in ORG_KINDS:
        return []
    rnd = next((f for f in reversed(r.facts) if f.type == "investment" and f.roles.get("investee")
                and 0 < s.sent.index - _sentence_index(r, f) <= 2
                and r.doc.sentences[_sentence_index(r, f)].paragraph == s.sent.paragraph), None)
    if rnd is None or rnd.roles["investee"][0].key == investor[0].key:
        return []
    fact = fact_record(s, p, {"investor": investor[:1], "investee": rnd.roles["investee"][:1]},
                       r.modality(s, s.text[m.end("investor"):m.start("amount")]))
    fact.amount = s.value(m.group("amount"))
    fact.stake = s.value(m.group("stake")) if group(m, "stake") else None
    fact.qualifiers["consideration"] = "unknown"
    when = group(m, "when")
    if when:
        date = s.value(re.search(r"«d\d+»", when).group())
        year = rnd.date.value.value[:4] if rnd.date is not None and isinstance(rnd.date.value, DateValue) \
            and rnd.date.value.value else None
        if (_OF_THAT_YEAR.search(when) or _OF_THAT_YEAR_TOKEN.search(when) and _THAT_YEAR.fullmatch(
                getattr(s.value(_OF_THAT_YEAR_TOKEN.search(when).group(1)).value, "text", ""))) and year and isinstance(date.value, DateValue) and date.value.value \
                and re.fullmatch(r"\d{4}-\d{2}", date.value.value):
            date = Value(date.start, date.end, date.kind, replace(date.value, value=f"{year}{date.value.value[4:]}"))
        fact.date = date
    return [fact]


def stake_in_partner(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Vireo agreed a three-year deal with Pike in May …, and took a $140 million stake in the company": the company
    is the one the first conjunct's deal was made with."""
    investor = r.members(s, m.group("investor"), True)
    partners = re.findall(r"\bwith «o(\d+)»", m.group("mid"))
    if not investor or investor[0].kind not in ORG_KINDS or not partners or not re.search(
            r"\b(?:deal|contract|agreement|pact|partnership)s?\b", m.group("mid")):
        return []
    partner = s.items[int(partners[-1])][1]
    if partner.kind not in ORG_KINDS or partner.key == investor[0].key:
        return []
    mention = Mention(*(lambda o: (o.start, o.end, r.doc.text[o.start:o.end]))(s.items[int(m.group("investee")[2:-1])][1]),
                      partner.kind, partner.key, "coref", partner.canonical)
    fact = fact_record(s, p, {"investor": investor[:1], "investee": [mention]}, r.modality(s, s.text[m.end("mid"):m.end()]))
    fact.amount = s.value(m.group("amount")) if group(m, "amount") else None
    fact.stake = s.value(m.group("stake")) if group(m, "stake") else None
    fact.qualifiers["consideration"] = "unknown"
    fact.date = r.date(s, m.start(), m.end())
    r.added.append(mention)
    return [fact]


def partnership_noun(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Veltrix's alliance with Norcrest", "the tie-up between Veltrix and Norcrest": a partnership of the companies
    named, in the mood of its clause up to the noun's end ("the proposed tie-up between …": planned); none for one that
    is over ("former", "unwound its partnership with", "… collapsed")."""
    if _FORMER.search(m.group()) or _ENDED_BEFORE.search(s.text, max(0, m.start() - 50), m.start()) \
            or _ENDED_AFTER.match(s.text, m.end()):
        return []
    roles, _ = read_roles(r, s, m, ("party", "party2"))
    parties, others = roles.get("party", [])[:1], roles.get("party2", [])
    clause = max(s.text.rfind(",", 0, m.start()), s.text.rfind(";", 0, m.start())) + 1
    mood = r.modality(s, s.text[clause:m.end()])
    facts = [fact_record(s, p, {"party": parties + [x], "result": []}, mood) for x in others
             if parties and x.key != parties[0].key]
    for fact in facts:
        fact.qualifiers.setdefault("kind", "strategic")
        fact.amount, fact.date = _partnership_amount(r, s, m), r.date(s, m.start(), m.end())
    return facts


_FORMER = re.compile(r"\b(?:former|previous|past|earlier|defunct|failed|abandoned|ended|ex)\b", re.I)
_ENDED_BEFORE = re.compile(r"\b(?:unwound|unwinds|unwinding|unwind|ended|ends|ending|end|exited|exits|exit|terminated|"
                           r"terminates|terminate|dissolved|dissolves|quit|quits|broke off|breaks off|pulled out of|"
                           r"walked away from|scrapped|scraps|cancell?ed|called off|end of|exit from|collapse of|"
                           r"breakdown of|demise of)(?: (?:the|its|their|an?|«j\d+»))?(?: [\w-]+){0,3}? ?$", re.I)
_ENDED_AFTER = re.compile(r"(?:,? [\w-]+){0,3}? (?:has |had |have |was |were )?(?:ended|collapsed|fell apart|broke down|"
                          r"expired|lapsed|dissolved|unwound|came to an end|soured|was terminated|was scrapped)\b", re.I)


def possessive_round(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Pellion AI's $11 million Series B": a round of the company with its sum and no investor named; none when a
    round of that company with that sum or that series was read already ("Pellion raised $11 million in a Series B led
    by A. Pellion's $11 million Series B will fund …": the same round)."""
    facts = deal(r, s, p, m)
    if m.group("investee").startswith("«j") and _AND_BEFORE.search(s.text, 0, m.start()):
        facts = _second_round_of_joined(r, s, m, facts)
    return [f for f in facts if not any(
        g.type == "investment" and {x.key for x in g.roles.get("investee", [])} & {x.key for x in f.roles["investee"]}
        and (g.amount is not None and f.amount is not None and g.amount.value == f.amount.value
             or g.qualifiers.get("round") and g.qualifiers.get("round") == f.qualifiers.get("round"))
        for g in r.facts + r.current)]


# a part of the product supplied by another: "… and uses memory supplied by Tidewater Memory"
_PART_SUPPLIED_BY = re.compile(r"\b(?:and |, )(?:it )?(?:uses|use|used|contains|relies on|is equipped with) (?:(?:[\w-]+|«[or]\d+») ){0,3}?"
                               r"(?:supplied|provided|made|manufactured|produced) by («o\d+»)(?![\'’]|-)")
# the company that sells or makes the product, a sentence before: "Northwind Robotics sells the K2 vision processor"
_PRODUCT_OWNER = re.compile(r"(«o\d+»)(?:, [^,«»]{2,80},|,? (?:which|that))? (?:(?:also|now|already) )?(?:sells|sold|makes|made|designs|designed|"
                            r"develops|developed|launched|launches|offers|offered|ships|shipped|markets|unveiled|unveils) "
                            r"(?:the |its |a |an |«j\d+» )?(?:[\w-]+ ){0,3}?«[or](\d+)»")


# "Vireo Silicon's Q7 vision processor", "its flagship chip, the Q7": the product named with its owner's possessive
_PRODUCT_OF_OWNER = re.compile(r"(«o\d+»)[\'’]s? (?:(?-i:[a-z][\w-]*),? ){0,3}?(?:the )?«[or](\d+)»")


def product_made_by(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """The maker of a product, and the supplier of a part it uses, sell to the product's owner (english.yaml)."""
    product = s.items[int(m.group("product")[2:-1])][1] if group(m, "product") else None
    noun = group(m, "noun")  # "The chip is made by B": the product the sentence before names with that noun
    owner = None
    for prev in reversed(r.doc.sentences[max(0, s.sent.index - (3 if product else 1)):s.sent.index]):
        ps = r.mask(prev)
        for hit in list(_PRODUCT_OWNER.finditer(ps.text)) + list(_PRODUCT_OF_OWNER.finditer(ps.text)):
            named = ps.items[int(hit.group(2))][1]
            fits = named.text == product.text if product is not None else re.search(
                rf"\b{noun}\b", ps.text[hit.end():hit.end() + 40]) is not None
            if fits and ps.items[int(hit.group(1)[2:-1])][1].kind in ORG_KINDS:
                owner = ps.items[int(hit.group(1)[2:-1])][1]
        if owner is not None:
            break
    if owner is None:
        return []
    suppliers = [s.items[int(m.group("supplier")[2:-1])][1]] if TOKEN.fullmatch(m.group("supplier")) else \
        [x for x in r.members(s, m.group("supplier"), False)]
    suppliers += [s.items[int(hit.group(1)[2:-1])][1] for hit in _PART_SUPPLIED_BY.finditer(s.text, m.end())]
    out = []
    for sup in suppliers:
        if sup.kind not in ORG_KINDS or sup.key == owner.key:
            continue
        fact = fact_record(s, p, {"buyer": [owner], "supplier": [sup]}, r.modality(s, m.group()))
        fact.qualifiers = {}
        out.append(fact)
    return out


_AND_BEFORE = re.compile(r",? and $")
_JOINED_RULES = ("english:participated_in", "english:participated_in_named_round", "english:joined_round_for",
                 "english:led_possessive")


def _second_round_of_joined(r: Reader, s: Masked, m: re.Match[str], facts: list[FactRecord]) -> list[FactRecord]:
    """"It took part in Northwind's $50 million Series A in 2021 and its $120 million Series B in 2023": the second
    round's "its" is the company of the first round the investor joined in this sentence (not the investor), and the
    investor joined it too; with no such round just read the round stays as read."""
    start = s.to_orig(m.start())
    first = next((f for f in reversed(r.current) if f.type == "investment" and f.rule in _JOINED_RULES
                  and f.amount is not None and f.amount.start < start and f.roles.get("investor")
                  and f.roles.get("investee")), None)
    if first is None:
        return facts
    for fact in facts:
        fact.roles = {"investor": list(first.roles["investor"]), "investee": list(first.roles["investee"])}
        fact.rule = first.rule
    return facts


def _partnership_amount(r: Reader, s: Masked, m: re.Match[str]) -> Value | None:
    """The value of a partnership: an amount written in it ("a $2 billion partnership", "signed a deal worth $3 billion
    with B") or right after it with only "worth", "valued at", "for" between ("… with Orvane, worth $3 billion"); not
    one of a clause after it ("a partnership under which Veltrix will invest $500 million in Quillfeather", "… that
    will see B invest $80 million": that money is the investment's)."""
    inside = r.money(s, m.start(), m.end())
    if inside is not None:
        return inside
    after = next((p for _, _, p in s.tokens("m", m.end(), m.end() + 40)), None)
    return r.money(s, after, after + 1) if after is not None and _VALUE_OF_DEAL.fullmatch(s.text, m.end(), after) else None


_VALUE_OF_DEAL = re.compile(r",?(?: (?:that is |which is |reportedly |said to be |potentially )?(?:worth|valued at|totall?ing|"
                            r"amounting to|for|of|with a (?:total )?value of)(?: (?:about|around|roughly|nearly|up to|more than|"
                            r"as much as|an estimated|some|over|at least|approximately))*)? ?")


# "…counts Norcrest as its biggest customer, accounting for 41% of its revenue last year"
_SHARE_AFTER = re.compile(r",? (?:which |that )?(?:accounting for|accounted for|accounts for|representing|represented|"
                          r"making up|made up|contributing|contributed) (?:about |roughly |around |nearly |some |over |more than )?"
                          r"«c(\d+)» of (?:its |«j\d+» |«o\d+»[''’]s? |the company[''’]s |total |overall |that |this |the )*(?:[\w-]+ )?"
                          r"(?:revenues?|sales)\b")


def revenue_share(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Veltrix receives 20% of Quillfeather's revenue", "Quillfeather will share 15% of its revenue with Veltrix": a
    partnership of the two (kind strategic) whose revenue_share (the percentage) goes to revenue_share_to (party2)."""
    roles, gap = read_roles(r, s, m, ("party", "party2"))
    payer, payee = roles.get("party", [])[:1], roles.get("party2", [])[:1]
    if not payer or not payee or payer[0].key == payee[0].key:
        return []
    fact = fact_record(s, p, {"party": payer + payee, "result": []}, r.modality(s, gap))
    fact.qualifiers.update(kind="strategic", revenue_share=s.value(m.group("share")), revenue_share_to=[payee[0].key])
    fact.date = r.date(s, m.start(), m.end())
    return [fact]


def _customer_share(r: Reader, s: Masked, p: Pattern, m: re.Match[str], supplier: Mention, customer: Mention,
                    share: re.Match[str]) -> FactRecord:
    """A customer with its share of the supplier's revenue is a purchase (as share_of reads it)."""
    fact = fact_record(s, p, {"buyer": [customer], "supplier": [supplier]}, r.modality(s, m.group()))
    fact.type, fact.qualifiers = "purchase", {"share_of_revenue": s.items[int(share.group(1))][1]}
    fact.qualifiers["period"] = r.date(s, m.start(), share.end())
    return fact


def cornerstone(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Cornerstone investors A and B (bought …) in the offering: each invests in the company whose listing was read
    last, within the last 600 characters; a listing of a paragraph before only when this paragraph names no other
    organisation before the sentence ("In Hong Kong, Shenlan Biotech is seeking … . Cornerstone investors …": not the
    listing of the paragraph before); none without one. "Nvidia has indicated an interest in buying up to $50 million
    of shares in the offering": an investor of the offering too, planned."""
    cw = group(m, "cw")
    if cw and s.items[int(TOKEN.match(cw).group(2))][1].text.lower() not in ("cornerstone", "anchor"):
        return []
    listing = next((f for f in reversed(r.facts + r.current) if f.type == "listing"
                    and s.sent.start - f.evidence.start <= 600), None)
    topic = next((f for f in reversed(r.facts + r.current) if f.type == "listing" and r.topic is not None
                  and s.sent.start - f.evidence.start <= 1500 and f.roles["company"]
                  and f.roles["company"][0].key == r.topic.key and f.qualifiers.get("stage") != "planned"), None)
    if topic is not None and (listing is None or listing.qualifiers.get("stage") == "planned"):
        listing = topic  # "Zhipu debuted … Kunlunxin is planning a listing too … Zhipu raised … It plans …. Cornerstone
        #                  investors included A": the offering of the company the paragraph is about, not a plan named since
    if listing is None or _paragraph_of(r, listing) != s.sent.paragraph and _named_before(r, s, listing):
        return []
    investors = r.members(s, m.group("investor"), True, {x.key for x in listing.roles["company"]})
    if not investors:
        return []
    fact = fact_record(s, p, {"investor": investors, "investee": list(listing.roles["company"])},
                       r.modality(s, s.text))
    fact.amount = r.money(s, m.start(), m.end()) if p.name == "indicated_interest" else r.money(s, m.end())
    fact.date = r.date(s, m.start(), m.end()) or listing.date
    fact.qualifiers.update(round="IPO", consideration="cash")
    if p.name == "indicated_interest" and fact.modality == "asserted":
        fact.modality = "planned"
    return [fact]


def secondary_sale(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Employees sold about $200 million of stock to A and B in a tender offer": A and B buy shares of the company
    the paragraph is about (its topic, else the organisation named most), a secondary sale; nothing without one."""
    investee = r.topic or next(iter(r.ranked()), None)
    investors = r.members(s, m.group("investor"), False, {investee.key} if investee is not None else set())
    if investee is None or not investors:
        return []
    fact = fact_record(s, p, {"investor": investors, "investee": [investee]}, r.modality(s, m.group()))
    fact.amount, fact.date = r.money(s, m.start(), m.end()), r.date(s, m.start(), len(s.text))
    fact.qualifiers.update(round="secondary", consideration="cash")
    return [fact]


def _named_before(r: Reader, s: Masked, listing: FactRecord) -> bool:
    """Whether an organisation other than the listed company is named in this paragraph before the sentence."""
    start = next(x.start for x in r.doc.sentences if x.paragraph == s.sent.paragraph)
    keys = {x.key for x in listing.roles["company"]}
    return any(m.kind in ("organization", "candidate") and m.key not in keys
               for m in r.doc.mentions_in(start, s.sent.start))


def used_by(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Y's chips are used by A and B, Y supplies chips to A and B: each one supplied buys from Y (one purchase
    per buyer)."""
    supplier = r.members(s, m.group("supplier"), True)
    buyers = r.members(s, m.group("buyer"), False, {x.key for x in supplier})
    gap = m.string[m.end("supplier"):m.start("body")] if group(m, "body") else m.group()
    facts = [fact_record(s, p, {"buyer": [b], "supplier": supplier[:1]}, r.modality(s, gap)) for b in buyers
             if supplier]
    for fact in facts:
        _qualify(r, s, p, m, fact)
    return facts


def cloud_deal(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Pelagic AI signed a seven-year cloud computing deal with Tamsin Cloud": a purchase of compute whose supplier is
    the party known as a cloud or data-centre company (lexicon sector, or Cloud / Web Services in its name); when
    both or neither are, the direction is not said and only the partnership stays. "Tamsin Cloud won a cloud
    contract with Pelagic AI": the one who wins it supplies. One purchase per company after "with"."""
    roles, gap = read_roles(r, s, m, ("party", "party2"))
    one = roles.get("party", [])[:1]
    facts = []
    for other in roles.get("party2", []):
        if not one or one[0].key == other.key:
            continue
        if m.group("verb").lower() in _WIN_VERBS:
            supplier, buyer = one, [other]
        elif _cloud_party(r, one[0]) == _cloud_party(r, other):
            continue
        else:
            supplier, buyer = (one, [other]) if _cloud_party(r, one[0]) else ([other], one)
        # a signed compute contract states the buying relation (asserted, as read)
        fact = fact_record(s, p, {"buyer": buyer, "supplier": supplier}, r.modality(s, gap))
        _qualify(r, s, p, m, fact)
        facts.append(fact)
    return facts


_CLOUD_DESCRIBED = re.compile(r"\b(?:cloud|neocloud|cloud[- ]computing|GPU cloud|AI cloud|compute|data[- ]cent(?:er|re)"
                              r"|hosting)(?: services)? (?:startup|start-up|provider|company|firm|operator|giant"
                              r"|specialist|group|platform)s?,? $", re.I)


def cloud_described_deal(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Kestrel AI inked a $3 billion pact with cloud startup Osprey Works": the one described, right before its name, as a
    cloud or compute provider supplies the signer; any other description (chip startup) leaves the partnership only."""
    roles, gap = read_roles(r, s, m, ("party", "party2"))
    one, other = roles.get("party", [])[:1], roles.get("party2", [])[:1]
    if not one or not other or one[0].key == other[0].key:
        return []
    if not _CLOUD_DESCRIBED.search(r.doc.text, max(0, other[0].start - 60), other[0].start):
        return []
    fact = fact_record(s, p, {"buyer": one, "supplier": other}, r.modality(s, gap))
    _qualify(r, s, p, m, fact)
    return [fact]


def contract_with_buyer(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Pike Analytics signed a $90 million contract with the Pentagon": a contract with a state body (a government, a
    ministry or department, an armed service) is sold to it, whichever of the two is the subject; one won from the
    company after "with" or signed with one called a customer is sold to that one. Signed with another company, the
    side is not said: nothing (the partnership stays); "… with Orvane to buy its servers" is read by contract_to."""
    if _TO_BUY_AFTER.match(s.text, m.end()) or _STATE_MONEY.search(s.text, m.start()):
        return []  # "… with the Commerce Department to receive $7 billion in grants": the state pays no price
    roles, gap = read_roles(r, s, m, ("party", "party2"))
    one, other = roles.get("party", [])[:1], roles.get("party2", [])[:1]
    if not one or not other or one[0].key == other[0].key or _PARTNER_BEFORE.search(m.group("party2") and s.text[
            max(0, m.start("party2") - 30):m.start("party2")] or ""):
        return []
    if _state_body(other[0]) and not _state_body(one[0]) or group(m, "cw") or group(m, "cw2") or \
            m.group("verb").lower() in _WIN_VERBS + ("win", "bagged", "was awarded", "has been awarded", "had been awarded") \
            and not _state_body(one[0]):
        supplier, buyer = one, other
    elif _state_body(one[0]) and not _state_body(other[0]) and m.group("verb").lower() not in _WIN_VERBS + ("win",):
        supplier, buyer = other, one  # the Army signed a contract with Pike: Pike supplies the Army
    elif (sides := _parallel_contract(r, s, m, one[0], other[0])) is not None:
        supplier, buyer = sides
    else:
        return []
    fact = fact_record(s, p, {"buyer": buyer, "supplier": supplier}, r.modality(s, gap))
    _qualify(r, s, p, m, fact)
    return [fact]


_PARALLEL = re.compile(r"\b(?:separate|another|second|similar|parallel|additional|further)\b", re.I)


def _parallel_contract(r: Reader, s: Masked, m: re.Match[str], one: Mention,
                       other: Mention) -> tuple[list[Mention], list[Mention]] | None:
    """"Harbor signed a $2 billion deal with Pike for GPU capacity. Vireo, Harbor's cloud partner, signed a separate
    four-year contract with Pike in May": a separate (another, a second) contract with a company that supplied in the
    purchase told in the two sentences before is bought from it too (sold to it where it bought); (supplier, buyer),
    else None."""
    if not _PARALLEL.search(s.text, m.start("verb"), m.start("party2")):
        return None
    for fact in reversed(r.facts):
        if s.sent.index - _sentence_index(r, fact) > 2:
            break
        if fact.type != "purchase" or fact.modality not in ("asserted", "planned", "reported"):
            continue
        sellers, buyers = {x.key for x in fact.roles.get("supplier", [])}, {x.key for x in fact.roles.get("buyer", [])}
        if one.key in sellers | buyers:
            continue
        if other.key in sellers:
            return [other], [one]
        if other.key in buyers:
            return [one], [other]
    return None


def _state_body(m: Mention) -> bool:
    return bool(_STATE_BODY.search(m.canonical or m.text))


# a state body by its name ("U.S. government", "U.S. Department of Defense", "Ministry of Economy", "the U.S. Army")
_STATE_BODY = re.compile(r"\b(?:[Gg]overnment|Department of|Ministry|Pentagon|Army|Navy|Air Force|Marine Corps|Space Force|"
                         r"Coast Guard|NASA|NATO)\b")
_STATE_MONEY = re.compile(r"\b(?:grants?|subsid(?:y|ies)|incentives?|loans?|funding|financing|tax credits?|equity|stakes?|"
                          r"shares|warrants)\b", re.I)
_TO_BUY_AFTER = re.compile(r"(?:,? (?:in|on) «d\d+»)?,? to (?:buy|purchase|procure|source|rent|lease|license|use|deploy)\b")
_PARTNER_BEFORE = re.compile(r"\b(?:partners?|allies|ally|consortium)\b,? (?:«o\d+»,? )?$")


_WIN_VERBS = ("won", "wins", "landed", "lands", "secured", "secures", "clinched", "clinches")
_CLOUD_NAME = re.compile(r"\b(?:Cloud|Web Services|Data Cent(?:er|re)s?)\b")


def _cloud_company(m: Mention) -> bool:
    """Whether the lexicon files the organisation under cloud compute or data centres, or its name says so."""
    entry = lexicon.load().entries.get(m.key.removeprefix("lex:")) if m.key.startswith("lex:") else None
    return entry is not None and entry.sector in ("compute_cloud", "data_centers") \
        or bool(_CLOUD_NAME.search(m.canonical or m.text))


# (wt-ge) a company the document calls a cloud or compute provider ("Tamsin Systems, a cloud computing provider, …",
# "the cloud provider Tamsin Systems"): it supplies the compute of a cloud contract, as one the lexicon files so
_CLOUD_APPOSED = re.compile(r",? (?:an?|the|its) (?:[\w-]+ ){0,3}?(?:cloud|cloud[- ]computing|compute|GPU cloud|AI cloud|neocloud|"
                            r"data[- ]cent(?:er|re)|hosting)(?: services| infrastructure)? (?:provider|company|firm|operator|"
                            r"specialist|giant|startup|start-up)\b", re.I)


def _cloud_party(r: Reader, x: Mention) -> bool:
    """Whether x is a cloud company: by the lexicon or its name, else by how the document describes it where it names
    it (right before the name, or in an apposition right after it)."""
    if _cloud_company(x):
        return True
    text = r.doc.text
    return any(_CLOUD_DESCRIBED.search(text, max(0, o.start - 60), o.start) or _CLOUD_APPOSED.match(text, o.end)
               for o in r.doc.mentions if o.key == x.key)


def supply_deal(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Halden Systems secured a $2 billion deal to supply Orvane with servers": a deal to supply is a supply still to
    come, planned as a signed contract to buy is (contract_to); a denial or a report keeps its own mood."""
    facts = deal(r, s, p, m)
    for fact in facts:
        if fact.modality == "asserted":
            fact.modality = "planned"
    return facts


def capacity_deal(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Harbor Group signed a $3 billion, four-year deal with Pike Analytics for compute capacity": a contract signed with
    a company for compute, chips or power states the buying relation, as a signed cloud contract does (cloud_deal:
    asserted, as read); a deal still to be signed ("will sign", "is in talks") keeps the mood its words give."""
    return deal(r, s, p, m)


def spend_on(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Nimbly AI said on Monday it has agreed to spend $10 billion on Microsoft's cloud services over six years": a
    purchase (deal); its period is a date or span written after the amount in its clause, not the day it was said."""
    facts = deal(r, s, p, m)
    end = next((c.start() for c in re.finditer(r"[,;]", s.text[m.end():])), len(s.text) - m.end()) + m.end()
    after = s.tokens("h", m.start("amount"), end) or s.tokens("d", m.start("amount"), end)
    for fact in facts:
        fact.qualifiers.pop("period", None)
        if after:
            fact.qualifiers["period"] = after[0][1]
        if fact.date is not None and fact.date.start < s.to_orig(m.start("amount")):
            fact.date = None  # said on Monday: the day of the statement, not of the deal
    return facts


def provider_of(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Azure will become Nimbly AI's exclusive cloud provider": a product stands for its maker (buys_product_of);
    "Veltrix is Norcrest's sole supplier": the company named supplies."""
    if m.group("supplier").startswith("«r"):
        return buys_product_of(r, s, p, m, m.group("supplier"))
    return deal(r, s, p, m)


def made_provider(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Pelagic AI named Tamsin Cloud its preferred provider": the subject buys; "…, making Tamsin Cloud its exclusive
    cloud provider": the company "its" stands for buys."""
    if group(m, "buyer"):
        return deal(r, s, p, m)
    token = TOKEN.fullmatch(m.group("poss"))
    supplier = r.members(s, m.group("supplier"), True)
    buyer = r.resolve(s, int(token.group(2)), True, {x.key for x in supplier}) if token and supplier else None
    if buyer is None or buyer.key == supplier[0].key:
        return []
    fact = fact_record(s, p, {"buyer": [buyer], "supplier": supplier[:1]}, r.modality(s, s.text[:m.start()]))
    _qualify(r, s, p, m, fact)
    r.added += [buyer] if buyer.source == "coref" else []
    return [fact]


def buys_product_of(r: Reader, s: Masked, p: Pattern, m: re.Match[str], token: str | None = None) -> list[FactRecord]:
    """A has contracted to purchase $250 billion of Azure services: the product's maker in the lexicon
    (Azure: Microsoft) is the supplier; a product of no known maker gives nothing."""
    buyer = r.members(s, m.group("buyer"), True)
    product = s.value(token or m.group("product"))
    maker = maker_of(product) if product.kind == "product" else None
    if not buyer or maker is None or maker.key in {x.key for x in buyer}:
        return []
    fact = fact_record(s, p, {"buyer": buyer[:1], "supplier": [maker]}, r.modality(s, m.group()))
    _qualify(r, s, p, m, fact)
    return [fact]


_TWO_SIDED = ("partnership", "investment", "acquisition", "purchase", "shareholding")


def both_signed(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"… and the two companies signed a long-term collaboration agreement": the two organisations named before
    it in the sentence (A's chief will join B's committee, and the two companies …), else those of the last
    two-sided fact read in this sentence or the one before; else nothing."""
    named: list[Mention] = []
    for _, x, _ in s.tokens("o", 0, m.start()):
        if x.kind in ("organization", "candidate") and all(x.key != y.key for y in named):
            named.append(x)
    if len(named) == 2:
        return [_both(r, s, p, m, named)]
    for fact in reversed(r.facts + r.current):
        if s.sent.index - _sentence_index(r, fact) > 1:
            break
        if fact.type not in _TWO_SIDED:
            continue
        members: list[Mention] = []
        for x in (x for ms in fact.roles.values() for x in ms):
            if x.kind != "person" and all(x.key != y.key for y in members):
                members.append(x)
        if len(members) == 2:
            return [_both(r, s, p, m, members)]
    return []


def consortium_acquired(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Aldon, Veltrix and Harbor Peak struck a deal: The consortium acquired Norcrest Data for $40 billion": the
    parties of the partnership read in this sentence or the one before buy; none read, nothing."""
    targets = r.members(s, m.group("target"), False)
    for fact in reversed(r.facts + r.current):
        if s.sent.index - _sentence_index(r, fact) > 1:
            break
        parties = [x for x in fact.roles.get("party", []) if x.kind != "person"] if fact.type == "partnership" else []
        if len(parties) >= 2 and targets and all(x.key != targets[0].key for x in parties):
            deal_fact = fact_record(s, p, {"acquirer": parties, "target": targets[:1]}, r.modality(s, m.group()))
            _qualify(r, s, p, m, deal_fact)
            return [deal_fact]
    return []


def _both(r: Reader, s: Masked, p: Pattern, m: re.Match[str], parties: list[Mention]) -> FactRecord:
    fact = fact_record(s, p, {"party": parties, "result": []}, r.modality(s, m.group()))
    fact.qualifiers.setdefault("kind", "strategic")
    fact.date = r.date(s, m.start(), m.end())
    return fact


def _paragraph_of(r: Reader, fact: FactRecord) -> int:
    return next((x.paragraph for x in r.doc.sentences if x.start <= fact.evidence.start < x.end), -1)


def _sentence_index(r: Reader, fact: FactRecord) -> int:
    return next((x.index for x in r.doc.sentences if x.start <= fact.evidence.start < x.end), -1)


# (wt-ze) the name of a company's own fund or venture arm: "Vision Fund", "Vision Fund 2", "Halden Ventures"
_FUND_UNIT_NAME = re.compile(r"\b(?:Fund(?: \d{1,2}| [IVX]{1,4})?|Ventures)$")


def possessive_fund(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"SoftBank's Vision Fund": the fund named right after a company's possessive is that company's (an ownership,
    taken as given whatever the clause's mood, with none of its sum or date); only a name ending in Fund or Ventures,
    never the possessor itself."""
    unit = s.value(m.group("unit"))
    if unit is None or unit.kind not in ORG_KINDS or not _FUND_UNIT_NAME.search(unit.text):
        return []
    its = m.group("owner").startswith("«j")
    owner = r.members(s, m.group("owner"), its, {unit.key})
    if not owner or owner[0].kind not in ORG_KINDS:
        return []
    if its and m.start() > 0:  # "A's deals with B and C helped it post a gain on its Vision Fund": "its" inside a
        first = s.tokens("o")  # sentence is the fund of the company the sentence opens with, or of none we know
        if not first or first[0][1].key != owner[0].key:
            return []
    return [fact_record(s, p, {"owner": owner[:1], "unit": [unit]}, "asserted")]


# "Since launching in 2005, Veltrix made several acquisitions": the date opens the time they were made in, none's date
_SINCE_DATE = re.compile(r"\b[Ss]ince (?:(?:its|their|«j\d+») )?(?:[a-z]+ )?(?:in |on )?$")


def listed_acquisitions(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """(wt-ie) "Veltrix has made several acquisitions, including A, B and C": one acquisition a company listed, undated
    when the date is where a span of time starts ("since its founding in 2005")."""
    facts = deal(r, s, p, m)
    for fact in facts:
        if fact.date is not None and _SINCE_DATE.search(r.doc.text, max(0, fact.date.start - 40), fact.date.start):
            fact.date = None
    return facts


# what the list of partners says of one of them ("…, whose models run inside its robots,") and how a later one is
# introduced ("as well as with the shipping group Orbax"): no partner of its own
_PARTNER_ASIDE = re.compile(r", (?:whose|which|who|that) (?:[^,;«»]|«[orpdij]\d+»){1,90}(?=,)")
_WITH_DESCRIBED = re.compile(r"\bwith (?:the (?:[\w-]+ ){0,3}?)?(?=«)")


def partnerships_listed(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """(wt-ie) "Northwind has partnerships with Lumacore, whose models run inside its robots, as well as with the
    shipping group Orbax and with Veltrix": one partnership of the subject with each partner listed, none with a
    company an aside on a partner names."""
    parties = r.members(s, m.group("party"), True)
    if len(parties) != 1:
        return []
    text = _WITH_DESCRIBED.sub("", _PARTNER_ASIDE.sub("", m.group("party2")))
    others = r.members(s, text, False, {parties[0].key})
    facts = []
    for other in others:
        fact = fact_record(s, p, {"party": parties + [other], "result": []}, r.modality(s, m.group("gap")))
        fact.qualifiers.setdefault("kind", "strategic")
        fact.date = r.date(s, m.start(), m.end())
        facts.append(fact)
    return facts


# a name of two plain capitalised words ("Dana Pell"), as a person's is written
_PLAIN_PAIR = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+")


def founders_started(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """(wt-ie) "Dana Pell, Tom Reyes and Li Wen, who all left Stanford early, started the company in 2019": persons
    who founded the company the text is about; the first of the list, opening the sentence, may have been taken for
    a company's name: two plain words before persons are a person's (not "Harbor Peak and Tom Reyes": one person
    after it is no list of persons)."""
    tokens = TOKEN.findall(m.group("founder"))
    if tokens and tokens[0][0] == "o":
        first = s.items[int(tokens[0][1])][1]
        if len(tokens) < 3 or not _PLAIN_PAIR.fullmatch(first.text) or first.kind != "candidate" \
                or any(w in r.g.names["org_words"] for w in first.text.split()):
            return []
        s.items[int(tokens[0][1])] = ("p", replace(first, kind="person"), s.items[int(tokens[0][1])][2])
    return founded_described(r, s, p, m)


HANDLERS: dict[str, Callable[..., list[FactRecord]]] = {
    "both_signed": both_signed, "consortium_acquired": consortium_acquired, "sold_to": sold_to, "sale_of": sold_to, "bought_holders_stake": sold_to, "bought_owners_unit": sold_to, "stake_sold": stake_sold, "whose_investors": holders,
    "counts_among": holders, "its_investors_include": holders, "shareholders_include": holders, "deal_values": deal_values, "deal_valued_at": deal_values, "round_values": round_values, "round_backers": round_backers, "merger": merger,
    "buys_product_of": buys_product_of, "spend_on_product": buys_product_of, "spend_on_from": deal, "spend_on_from_product": buys_product_of, "provider_of": provider_of, "provider_apposed": provider_of, "made_provider": made_provider, "spend_on": spend_on, "spend_with": spend_on, "deal_to_supply_with": supply_deal, "deal_to_supply_to": supply_deal, "deal_with_for_capacity": capacity_deal, "cloud_deal_with": cloud_deal, "cloud_deal_talks": cloud_deal, "cloud_deal_negotiating": cloud_deal, "deal_with_cloud_described": cloud_described_deal, "contract_with_buyer": contract_with_buyer, "attempt_by": attempt_by, "merger_together": merger_told, "merger_with_told": merger_told, "merger_noun_with": merger_told, "merger_of": merger_told, "contract_to": contract_to, "invested_relative": invested_relative, "with_committing_to": participle_investment, "listed_stake": listed_stake, "including_investing": participle_investment, "used_by": used_by, "cornerstone": cornerstone, "anchored_offering": cornerstone, "indicated_interest": cornerstone, "secondary_sale": secondary_sale, "receives_revenue_share": revenue_share,
    "shares_revenue_with": revenue_share, "top_customer_share": share_of, "shares_respectively": shares_respectively, "share_over_periods": share_over_periods, "supply_to": used_by, "share_of": share_of, "partnership": partnership, "listing": one_company, "capital_plan": one_company,
    "focus": one_company, "focus_apposed": described_focus, "focus_titled": described_focus, "focus_which": described_focus,
    "focus_is_maker": described_focus, "focus_makes": described_focus, "focus_apposed_that": described_focus, "closure": one_company, "exit_stake": exit_sale, "exit_named_stake": exit_sale,
    "exit_verb": exit_sale, "exit_cut": exit_sale, "exit_sale_of": exit_sale, "exit_representing": exit_sale,
    "exit_own_stake": exit_sale, "exit_percent_of": exit_sale, "exit_then": exit_sale, "exit_participle": exit_sale, "exit_cut_named": exit_sale,
    "exit_by_selling": exit_sale, "exit_by_selling_named": exit_sale, "exit_all_of_them": exit_sale,
    "possessive_fund": possessive_fund, "ranked_among": ranked_holders, "ranked_are": ranked_holders, "ranked_put": ranked_holders, "ranked_fronted": ranked_holders, "ranked_apposed": ranked_holders,
    "ranked_becoming": ranked_holders, "ranked_behind": ranked_holders, "deal_gives_stake": stake_the_deal_gives,
    "gives_stake": stake_given, "gives_part": stake_given, "exit_sellers_listed": sellers_listed,
    "possessive_partnership": partnership_noun, "partnership_between": partnership_noun, "venture_between": partnership_noun,
    "partnership_fronted": partnership_noun, "exit_possessive_sale": exit_sale, "exit_possessive_sale_named": exit_sale,
    "ranked_behind_apposed": ranked_holders, "holders_bracketed": bracketed_holders,
    "possessive_round": possessive_round, "product_made_by": product_made_by, "exit_fronted": exit_sale, "exit_noun": exit_sale, "stake_fell_to": stake_fell_to, "possessive_investment": not_sold,
    "owner_unit": not_sold, "founder_its": founder_its,
    "acquisition_that_agreed": acquired_that_it, "bid_outcome": bid_outcome, "approach_rejected": approach_rejected,
    "two_firms_together": two_firms_together, "apposed_shareholder_described": described_holder,
    "stake_elided": stake_elided, "stake_in_partner": stake_in_partner,
    "walked_away_from": abandoned_deal, "withdrew_offer": abandoned_deal}  # (wt-ed)
HANDLERS.update({"raise_plan": raise_plan, "raise_plan_sell": raise_plan})  # (wt-je)
HANDLERS.update({"acquisitions_including": listed_acquisitions, "partnerships_listed": partnerships_listed,
                 "founders_started_described": founders_started})  # (wt-ie)
HANDLERS.update({"followed_by_stake": followed_holders, "founded_described": founded_described,
                 "listed_bare_stake": listed_stake})  # wt-el: ranked shareholder lists
