"""Readers of facts about one company: listing, capital plan, focus, closure, and financial metrics."""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph import taxonomy
from dealgraph.extract.document import FactRecord, Mention, Value
from dealgraph.extract.english_reader import (ORG_KINDS, PREP_BEFORE, TOKEN, Masked, Pattern, Reader, grammar,
                                              fact_record, group)
from dealgraph.extract.voices import _year_before
from dealgraph.values.dates import DateValue


# "… by «o1», which remains a major shareholder, and …": an agent after "by" with a relative clause, then the verb
# coordinated with the sentence's main one
_AGENT_THEN_AND = re.compile(r"\bby (?:[\w-]+ ){0,3}?«o\d+», (?:which|who) [^,«»]{2,80}, and (?:then |later )?")


def _main_subject(r: Reader, s: Masked, m: re.Match[str]) -> Mention | None:
    """The sentence's opening subject where the company read stands as the agent of a passive before a relative
    clause and the verb is coordinated after it ("Cipher was set up in 2021 by Bitfury, which remains a major
    shareholder, and went public later that year": Cipher lists); None else."""
    agent = _AGENT_THEN_AND.search(s.text, 0, m.start("trig") if group(m, "trig") else m.end())
    if agent is None or not s.text.startswith("«o", 0) or agent.end() != (m.start("trig") if group(m, "trig") else -1):
        return None
    obj = s.items[0][1]
    return obj if s.items[0][0] == "o" and obj.kind in ORG_KINDS else None


def one_company(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Listing, capital plan, focus, closure: one company, the subject (or what it shuts down)."""
    if group(m, "cont"):  # … and began trading: the company of the listing just read
        company = next((f.roles["company"] for f in reversed(r.current) if f.type == p.type), [])
    else:
        owner = {x.key for x in r.members(s, group(m, "owner"), True)}  # Aldon plans to list Quillfeather: not Aldon
        company = [c for c in r.members(s, group(m, "unit") or m.group("company"), not owner, owner)
                   if c.kind != "person"]
        if p.type == "listing" and not group(m, "unit") and (told := _listed_before(r, s, m)) is not None:
            company = told  # (wt-el) "A filed for an IPO on Monday. It had submitted its paperwork in May": A
        if company and not group(m, "unit") and (main := _main_subject(r, s, m)) is not None:
            company = [main]  # "A was set up by B, which remains a shareholder, and went public": A, not B
    trig = m.start("trig") if group(m, "trig") else m.end()
    gap = m.string[m.end("owner") if group(m, "owner") else m.end("company") if group(m, "company") else m.start():
                   trig if p.type == "listing" else m.end()]
    if not company or p.type == "listing" and any(cue.fullmatch(company[0].text) for _, cue in r.g.cues["exchanges"]):
        return []  # their Nasdaq debut: an exchange is no company listed
    fact = fact_record(s, p, {"company": company[:1]}, r.modality(s, gap))
    fact.date = r.date(s, trig, m.end(), earlier=p.name != "shares_trade_on")  # (its shares trade on Nasdaq: a state,
    #                                                    not dated by the founding told before it in the sentence)
    if group(m, "cont"):  # "filed to go public in 2020 and made its debut a year later": no date of its own
        stop = next((c.start() for c in re.finditer(r"[,;]", s.text[m.end():])), len(s.text) - m.end()) + m.end()
        fact.date = next((v for _, v, _ in s.tokens("d", trig, stop)), None)
    if p.type == "listing" and _SINCE.search(s.text, max(0, trig - 8), trig):
        fact.date = None  # "released its first results since going public on Wednesday": the day is the results'
    if p.type == "listing":
        stage = next(name for name, cue in r.g.cues["stages"] if cue.search(m.group("trig")))
        text, pos = s.sent.text, s.to_orig(trig) - s.sent.start
        # OneRobotics (Shenzhen), Shanghai Iluvatar: a place of the company's name is not where it lists
        named = _BRACKET_AFTER.match(r.doc.text, company[0].end)
        lo = (company[0].start if company[0].source != "coref" else company[0].end) - s.sent.start
        lo = lo - len(_PLACE_BEFORE.search(s.sent.text[:max(lo, 0)]).group()) if lo > 0 else lo
        hi = (named.end() if named else company[0].end) - s.sent.start
        # ("Hong Kong-listed Norcrest won approval for a Shanghai IPO": the market it is already listed on is not this one)
        hits = sorted((abs(f.start() - pos), name) for name, cue in r.g.cues["exchanges"]
                      for f in [next((x for x in cue.finditer(text, pos) if not lo <= x.start() < hi), None)
                                or next((x for x in cue.finditer(text) if not lo <= x.start() < hi
                                         and not text.startswith("-listed", x.end())), None)] if f)
        planned = stage == "listed" and (fact.modality in ("planned", "expected") or bool(_TALKS_TO.search(text, 0, pos))
                                         or fact.modality == "negated" and bool(_NO_PLANS.search(gap)))
        #                                   "has no plans to go public": no plan, not a listing denied
        if stage == "planned" and fact.modality == "asserted":  # is preparing for an IPO: a plan, not a listing
            fact.modality = "planned"
        if fact.modality == "asserted" and group(m, "company") and _PRESENT_VERB.match(m.group("trig")) \
                and _BEFORE.search(s.text, max(0, m.start("company") - 40), m.start("company")):
            fact.modality = "expected"  # "…, a day before rival Norcrest makes its market debut": still to come
        names = [name for _, name in hits]  # Shanghai's STAR Market: the board, not the exchange alone
        exchange = next((b for b in ("SSE STAR", "SZSE ChiNext") if b in names and b.split()[0] in names),
                        names[0] if names else None)
        # "… filed for an IPO, the largest since Arm Holdings went public in 2023. It will trade under the ticker QFTR":
        # the exchange and code told after the sentence are those of its first listing, not of one it compares with
        first = not any(f.type == "listing" and f.evidence.start == s.sent.start for f in r.current)
        fact.qualifiers.update(stage="planned" if planned else stage,
                               exchange=exchange or (_exchange_after(r, s) if first else None))
        if p.name == "shares_trade_on" and not fact.qualifiers["exchange"]:
            return []  # its shares trade on Robinhood: a broker, no exchange
        fact.amount = _proceeds(s, m.start(), first)
        ticker = _TICKER.search(s.sent.text) or (_TICKER.search(_next_text(r, s)) if first else None)
        if ticker is not None:
            fact.qualifiers["ticker"] = ticker.group(1) or ticker.group(2)
        elif (code := _CODE_AFTER.match(r.doc.text, company[0].end)) is not None:
            fact.qualifiers["ticker"] = code.group(2) or code.group(3)  # Quillfeather (NASDAQ: QFTR) began trading
            fact.qualifiers["exchange"] = fact.qualifiers["exchange"] or ("HKEX" if code.group(3) else next(
                (name for name, cue in r.g.cues["exchanges"] if cue.fullmatch(code.group(1))), None))
    elif p.type == "capital_plan":
        return _capital_plan(r, s, m, fact)
    elif p.type == "focus":
        domain = _unmask(s, m.group("domain")).strip()
        found = taxonomy.load().classify(company[0].canonical or company[0].text)
        if _FRAGMENT_END.search(domain) or domain.count('"') % 2 or domain.count("“") != domain.count("”") \
                or found is not None and found.sector == "investment_firms":
            return []  # "specializes in the development of «IPU»": the field cut short before a name; 'focusing on
            # the "edge,"': cut inside a quote; "Harbor Ventures, which focuses on crypto": an investor's, no line of work
        fact.qualifiers["domain"] = domain
    return [fact]


# a field cut short: ending in a word that needs more after it ("the development of", "solutions for")
_FRAGMENT_END = re.compile(r"\b(?:of|the|an?|to|for|in|on|and|or|with|its|their|by|from|at|as)$", re.I)


def raise_plan(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """(wt-je) A company's planned sale of its own shares or bonds ("plans to raise $200 million through a share
    sale"): a capital plan of that amount, planned unless the sentence says otherwise (reported, negated); never a
    person's ("the chairman intends to raise …")."""
    company = [c for c in r.members(s, m.group("company"), True) if c.kind != "person"]
    if not company:
        return []
    fact = fact_record(s, p, {"company": company[:1]}, r.modality(s, m.string[m.end("company"):m.end("trig")]))
    if fact.modality == "asserted":
        fact.modality = "planned"
    fact.amount = s.value(m.group("amount"))
    fact.date = r.date(s, m.start("trig"), m.end())
    return [fact]


def described_focus(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """(wt-gf) What a company makes, told in passing ("Lumacore, a Shenzhen-based maker of warehouse robots," / "Shenzhen-based
    service robot maker Lumacore" / "Lumacore, which develops humanoid robots,"): the field, when the taxonomy knows it
    and it is no investor's (not "a venture capital firm") and no product's name ("the maker of ChatGPT"). The
    writer's description: asserted, undated."""
    company = [c for c in r.members(s, m.group("company"), True) if c.kind != "person"]
    words = _unmask(s, group(m, "of") or group(m, "domain") or "").strip()
    if p.name == "focus_titled":  # "Shenzhen-based service robot maker «o»": the words the name's token covers before it
        token = s.to_orig(m.start("company"))
        before = r.doc.text[token:company[0].start] if company and token < company[0].start else ""
        titled = _TITLED.fullmatch(before)
        if titled is None:
            return []
        words = titled.group("domain")
        first = words.split(" ", 1)[0]
        if not r.doc.text[s.sent.start:token].strip("\"“‘' ") and first[:1].isupper() and first[1:].islower() \
                and taxonomy.load().classify(first.lower()) is not None:
            words = first.lower() + words[len(first):]  # "Robotics startup «o» raised …": the capital opens the
            # sentence; a word of a field, not a place ("Beijing robot startup" keeps its place, dropped below)
    if _NAMED_THING.match(words):
        return []  # "the maker of ChatGPT": a product named, not a field
    if p.name == "focus_apposed_that" and _INVESTOR_WORD.search(m.group(0)):
        return []  # "a venture firm that builds portfolios of …": an investor, whatever it builds
    words = _LEADING_WORDS.sub("", _UP_TO_A_PLACE.sub("", words)).strip()
    found = taxonomy.load().classify(words) if len(words) >= 3 else None
    if not company or found is None or _INVESTOR_WORD.search(words):
        return []  # "data center investment firm": an investor, whatever it invests in
    fact = fact_record(s, p, {"company": company[:1]}, "asserted")
    fact.qualifiers["domain"] = words
    return [fact]


# a field and a kind of company written before a name, after where it is based ("Beijing-based industrial robot maker")
_TITLED = re.compile(r"(?:(?:(?-i:[A-Z])[\w.]* )?[\w.]+-(?:based|headquartered),? )?(?P<domain>(?:[\w-]+ ){0,3}?[\w-]+) "
                     r"(?:maker|manufacturer|developer|designer|provider|producer|startup|start-up|company|firm|specialist),?\s*",
                     re.I)
# words up to a capitalised word inside the field: where, not what ("round Chinese generative AI" → "generative AI",
# "Israeli-American cloud security" → "cloud security")
_UP_TO_A_PLACE = re.compile(r"^.*?(?<![\w-])(?-i:[A-Z][a-z][\w.]*(?:-(?-i:[A-Z])[\w.]*)?)\s+(?=\S)")
# a word of the investors' sector anywhere in the field (data/taxonomy.yaml investment_firms)
_INVESTOR_WORD = re.compile(r"\b(?:invest\w*|venture\w*|capital|funds?|private equity|asset management|partners)\b", re.I)
# a name opening the field ("ChatGPT", "Vision Pro"): a capitalised word with lower-case letters in it, not an acronym
_NAMED_THING = re.compile(r"(?-i:[A-Z][\w]*[a-z][\w]*)(?![\w-])")
# words before a field that say where or how big, not what ("Chinese robot", "leading AI chip", "Nvidia-backed chip")
_LEADING_WORDS = re.compile(r"^(?:(?:(?-i:[A-Z][a-z][\w.]*)|U\.S\.|US|UK|EU|[\w.]+-(?:backed|based|headquartered|listed|owned)|"
                            r"leading|major|top|young|fellow|rival|local|domestic|global|fast-growing|"
                            r"(?:(?:second|third|fourth|fifth)-)?(?:largest|biggest|smallest)|"  # (wt-ie) the second-largest chip maker
                            r"well-known|prominent|emerging|little-known|new|failed|defunct|struggling|troubled|embattled)\s+)+")


# --- wt-el block: the pronoun subject of a listing step ---
def _listed_before(r: Reader, s: Masked, m: re.Match[str]) -> list[Mention] | None:
    """The company of the listing read in the sentence before (same paragraph) when this listing's subject is a bare
    pronoun ("It", "The company"): a second step of the same listing is told of the same company, not of a speaker or
    a backer named between."""
    if not re.fullmatch(r"«i\d+»", (m.group("company") or "").strip()):
        return None
    prev = r.doc.sentences[s.sent.index - 1] if s.sent.index > 0 else None
    if prev is None or prev.paragraph != s.sent.paragraph:
        return None
    told = [f for f in r.facts if f.type == "listing" and prev.start <= f.evidence.start < prev.end]
    keys = {f.roles["company"][0].key for f in told if f.roles.get("company")}
    return told[-1].roles["company"][:1] if len(keys) == 1 else None
# --- end wt-el block ---


# "raised $1.1 billion in its IPO", "plans to raise about $500 million", "its $1.1 billion listing", "an IPO that
# could raise up to $300 million": what a listing raises
_PROCEEDS = re.compile(r"\b(?:rais(?:e|es|ed|ing)|fetch(?:es|ed)?|collect(?:s|ed)?) (?:(?:about|around|roughly|nearly|"
                       r"approximately|up to|as much as|more than|over|some|at least|an estimated) )*«m(\d+)»(?! (?:from|in (?:a|its) "
                       r"(?:[\w-]+ ){0,2}(?:round|funding)))|«m(\d+)» (?:(?:initial public|public|share|stock|Hong Kong|U\.S\.|"
                       r"New York|Nasdaq|Shanghai|Shenzhen) )?(?:offering|IPO|listing|flotation)\b")


def _proceeds(s: Masked, start: int, first: bool) -> Value | None:
    """The money the sentence's listing raises (only the first listing of the sentence: "A raised $1 billion in its IPO,
    the largest since B listed": not B's)."""
    hit = _PROCEEDS.search(s.text, start) if first else None
    if hit is None:
        hit = _PROCEEDS.search(s.text) if first else None
    return s.items[int(hit.group(1) or hit.group(2))][1] if hit else None


def _next_text(r: Reader, s: Masked) -> str:
    """The text of the next two sentences of the same paragraph ("" at a paragraph's end)."""
    after = r.doc.sentences[s.sent.index + 1:s.sent.index + 3]
    return " ".join(x.text for x in after if x.paragraph == s.sent.paragraph)


def _exchange_after(r: Reader, s: Masked) -> str | None:
    """"Quillfeather priced its IPO at $24 a share. The chip designer will begin trading on the New York Stock
    Exchange on Thursday": where no exchange is named with the listing, the one the shares trade on (are listed on)
    in the next two sentences of the paragraph."""
    text = _next_text(r, s)
    on = _TRADES_ON.search(text)
    return next((name for name, cue in r.g.cues["exchanges"] if on and cue.match(text, on.end())), None)


# a listing told in the present after "before" (a time still to come): "… rose 12%, a day before rival Norcrest also
# makes its market debut"
_BEFORE = re.compile(r"\b(?:before|ahead of|until) (?:[a-z-]+ ){0,2}$")
_PRESENT_VERB = re.compile(r"(?:makes|goes|lists|debuts|begins|starts|floats)\b")
# "Quillfeather is in talks to list by merging with a blank-check firm": a listing being negotiated is a plan
_TALKS_TO = re.compile(r"\b(?:talks|discussions|negotiations) to $")
_TRADES_ON = re.compile(r"\b(?:trad(?:e|es|ed|ing)|list(?:ed|ing)?|debut(?:s|ed)?) on (?:the )?")
# "under the ticker symbol "LUMR"", "under the symbol QFTR", "under the stock code 2190": the code the shares trade under
_TICKER = re.compile(r"\bunder the (?:ticker |trading |stock )?(?:symbol|ticker|code) [\"“']?([A-Z][A-Z0-9.]{0,5})\b(?![a-z])"
                     r"|\bstock code [\"“']?(\d{4,6})\b")


# "has no plans to go public", "does not plan to list", "is not considering an IPO": the plan is what is denied
_NO_PLANS = re.compile(r"\bno (?:immediate |current |near-term |such )?plans?\b|\b(?:not|never|n't) (?:planning|plan|intend|intending|considering|preparing|looking)\b", re.I)

_SINCE = re.compile(r"\b(?:since|after|before) $")
_BRACKET_AFTER = re.compile(r" ?\([^()]{1,30}\)")
_PLACE_BEFORE = re.compile(r"(?:[A-Z][a-z]+ )?$")
# "Quillfeather Inc. (NASDAQ: QFTR)", "Quillfeather's (Nasdaq: QFTR) IPO": the exchange and code written after a name
_CODE_AFTER = re.compile(r"(?:['’]s)? ?\((NASDAQ|Nasdaq|NYSE|HKEX|HKSE) ?: ?([A-Z][A-Z0-9.]{0,5})\)"
                         r"|(?:['’]s)? ?\((\d{4,6}\.HK)\)")  # "Quillfeather Ltd. (2190.HK)": a Hong Kong code


def _capital_plan(r: Reader, s: Masked, m: re.Match[str], fact: FactRecord) -> list[FactRecord]:
    committed = m.group("trig").lower().startswith(("commit", "pledge", "earmark", "allocat", "announc", "unveil", "outlin"))
    horizon = next((v for _, v, _ in s.tokens("h", m.start())), None) or _span_in(s, m, r)
    purpose = _purpose(s, m.group("rest"))
    if (fact.modality in ("asserted", "negated") and not committed) or not (purpose or horizon):
        return []
    planned_for = s.tokens("d", m.start("rest"), m.end())
    fact.modality = "planned" if fact.modality == "asserted" else fact.modality
    fact.amount = s.value(m.group("amount"))
    fact.date = planned_for[0][1] if planned_for else r.date(s, m.start("trig"), m.start("trig"))
    fact.qualifiers.update({k: v for k, v in (("horizon", horizon), ("purpose", purpose)) if v})
    return [fact, *_figure_before(s, fact, "capex", m.end("amount"))]


# The figure compared with: "…$75 billion on capital projects in 2025, up from $52.5 billion in 2024".
# "…rose to 3.2 billion yuan in 2024 from 1.9 billion yuan in 2023"; "…compared with a loss of $1.1 billion in 2023"
# (or the year in brackets: "revenue grew from 45 million yuan (2022) to 430 million yuan (2024)")
_UP_FROM = re.compile(r"(?:,? (?:up|down) from|,? from|,? compared with|,? versus|,? against) (?:an? (?P<what>(?:[\w-]+ ){0,2})of )?"
                      r"«m(?P<m>\d+)» (?:(?:in|for) «d(?P<d>\d+)»|\((?:in |for |fiscal |FY ?)?(?P<y>(?:19|20)\d\d)\))")


# "…revenue of $310 million for 2024, compared with $120 million a year earlier": the same period a year before
_YEAR_EARLIER = re.compile(r"(?:,? (?:up|down) from|,? from|,? compared with|,? compared to|,? versus|,? against) "
                           r"(?:an? (?P<what>(?:[\w-]+ ){0,2})of )?«m(?P<m>\d+)» "
                           r"(?:a year (?:earlier|before|ago)|the (?:previous|prior|preceding) year|the year before|"
                           r"in the (?:same|year-earlier|year-ago) (?:period|quarter) (?:a year earlier|of the previous year|last year))\b")


def _figure_before(s: Masked, fact: FactRecord, metric: str, after: int) -> list[FactRecord]:
    """The earlier period's figure a sentence compares with, stated as a fact of its own (asserted: it was
    reported), for the same company and metric: in the year named, or a year before the figure's own period."""
    m = _UP_FROM.search(s.text, after)
    period = _period(s, m, "d", "y") if m is not None else None
    if m is None:
        m, period = _YEAR_EARLIER.search(s.text, after), fact.qualifiers.get("period")
        if m is None or period is None or not isinstance(period.value, DateValue):
            return []
        period = _year_before(period)
        period = Value(period.start, period.end, period.kind,
                       replace(period.value, text=f"{fact.qualifiers['period'].value.text}, a year earlier"))
    named = grammar().rx["metric"].match(m.group("what") or "")  # compared with an operating loss of $5 million
    metric = named.lastgroup if named is not None and named.lastgroup != "state" else metric
    earlier = FactRecord("financial", {"company": list(fact.roles["company"])}, fact.evidence, "asserted",
                         rule="english:figure_before")
    earlier.qualifiers.update(metric=metric, value=s.items[int(m.group("m"))][1], change=None, period=period)
    out = [earlier]
    while m.re is _UP_FROM and (m := _AND_EARLIER.match(s.text, m.end())) is not None:
        more = FactRecord("financial", {"company": list(fact.roles["company"])}, fact.evidence, "asserted",
                          rule="english:figure_before")  # "… from $30 million in 2019 and $19 million in 2018"
        more.qualifiers.update(metric=metric, value=s.items[int(m.group("m"))][1], change=None,
                               period=s.items[int(m.group("d"))][1])
        out.append(more)
    return out


# a further earlier figure with its period: "… versus $5 million in 2019 and $3 million in 2018"
_AND_EARLIER = re.compile(r",? and «m(?P<m>\d+)» (?:in|for) «d(?P<d>\d+)»")


_OVER_YEARS = re.compile(r"\bover (?:the )?(?:next |coming |following )?(\d{1,2}|two|three|four|five|six|seven|eight|"
                         r"nine|ten) years\b|\bbetween (\d{4}) and (\d{4})\b", re.IGNORECASE)
_NUMBER_WORDS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten".split())}


def _span_in(s: Masked, m: re.Match[str], r: Reader) -> Value | None:
    """"committed £2.5 billion over three years" (3y), "invest £8 billion … between 2024 and 2028" (5y): the span
    a plan runs, where no horizon token was found; a span of years already over is none."""
    hit = _OVER_YEARS.search(m.group("rest"))
    if hit is None:
        return None
    if hit.group(1):
        n = hit.group(1).lower()
        years = int(n) if n.isdigit() else _NUMBER_WORDS[n]
    else:
        first, last = int(hit.group(2)), int(hit.group(3))
        now = int((r.doc.ref_date or "0")[:4] or 0)
        if not first <= last or not now or last < now:
            return None
        years = last - first + 1
    start = s.to_orig(m.start("rest") + hit.start())
    return Value(start, start + hit.end() - hit.start(), "horizon", f"{years}y")


def _purpose(s: Masked, rest: str) -> str:
    """What a plan's money is for: the phrase after the amount without its dates and periods."""
    rest = _NOT_PURPOSE.sub("", rest)
    text = _unmask(s, re.split(r"[,;]| while | but ", rest)[0]).strip()
    text = re.sub(r"\s+(?:in|at|near|on)(?: the)?$", "", text)  # "chip plants in the [United States]": the place is no part
    # (…"on [Monday]": the day is no part; "pledged a $5 billion investment in chip plants": the noun is no part)
    text = re.sub(r"^(?:investment|spending)\s+(?=(?:on|in|into|for)\s)", "", text)
    return re.sub(r"^(?:on|in|into|for|to|towards)\s+", "", text)[:60] if len(text) > 3 else ""


def _unmask(s: Masked, text: str) -> str:
    def original(t: re.Match[str]) -> str:
        obj = s.items[int(t.group(2))][1]
        return s.sent.text[obj.start - s.sent.start:obj.end - s.sent.start]
    return TOKEN.sub(original, text)


_NOT_PURPOSE = re.compile(r",? (?:up|down) from «m\d+»[^,]*|(?: (?:over|in|by|through|between|during|for|from|"
                          r"until|and|to|fiscal|the|year))* «[dhmc]\d+»| between \d{4} and \d{4}"
                          r"| over (?:the )?(?:next |coming )?[\w-]+ (?:years|months|quarters)")
_FINANCIAL = Pattern("financial", "financial", "", re.compile(""))
_TO_COME = re.compile(r"(?:[^«.;,]|«[cd]\d+»)*?\b(?:will|would|is expected to|are expected to|is set to|is projected to)\b")
# (or a profit denied before the figure: "Norcrest has not reached profitability, with net losses of $40 million in
# 2024": the denial is of the profit, the loss a figure it states)
_LOSS_STATE = re.compile(r"\b(?:unprofitable|loss-making|profitab(?:le|ility)|(?:a |any )?profits?)\b")
# an estimate by others than the company: "analysts had on average forecast sales of …", "Wall Street was looking for"
_ANALYSTS_EXPECTED = re.compile(r"\b(?:analysts?|Wall Street|the Street|investors|the market|consensus)\b(?: [\w'’-]+){0,4}? "
                                r"(?:expect(?:ed|ing|s)?|estimat(?:ed|ing|es)|forecast(?:ed|ing|s)?|predict(?:ed|ing|s)?|"
                                r"project(?:ed|ing|s)?|anticipat(?:ed|ing|es)|(?:were |was |had been )?looking for)"
                                r"(?: (?:an?|the|its|«j\d+»|quarterly|annual|full-year|[\w-]+-quarter)){0,3} ?$")
# the company's own expectation, its verb right after its name: "Corlith expects its revenue …", "Veltrix now sees full-year
# sales of …", "it forecast third-quarter revenue of …"
_EXPECTS_OWN = re.compile(r"«[oij]\d+» (?:also |now |still |further )?(?:expects?|expected|forecasts?|projects?|projected|"
                          r"anticipates?|sees|guides?|guided|predicts?|predicted) (?:(?:its|their|full-year|annual|«[jd]\d+»|"
                          r"[a-z-]+-quarter) ){0,3}$")
_OUTLOOK = re.compile(r" (?:forecasts?|guidance|outlook|targets?|estimates?|projections?|budgets?|plans?)\b", re.IGNORECASE)


# a capitalised word or two opening the sentence right before "revenue" or "sales", no name read there: a line of the
# company's products ("Services revenue", "Product revenue", "Mac revenue"), never the whole (not "Total revenue",
# "Net sales", "Quarterly revenue"; a company's name is a token)
_LINE_OPENS = re.compile(r"[\"“‘']?(?!(?:Total|Net|Operating|Overall|Consolidated|Combined|Group|Annual|Quarterly|Monthly|"
                         r"Full-year|Half-year|Fiscal|Gross|Adjusted|Core|Reported|Underlying|Organic|Its|Their|The|Our|His|"
                         r"Her|This|That|Revenues?|Sales|Such|Other|Record|First-half|Comparable|Same-store)\b)"
                         r"(?:[A-Z][\w&-]*|«r\d+»)(?: [A-Za-z][\w&-]*){0,2} ")  # (a product's name: "iPhone revenue")
# "… booked a loss of $9 million in this segment": the figure of the segment told before, not the company's
_IN_SEGMENT_AFTER = re.compile(r" (?:of |was |at |reached |totall?ed )?«m\d+» (?:in|from|for|at) (?:this|that|the|its) "
                               r"(?:segment|division|unit|business line)\b")
# "…, with iPhone sales climbing to …", "…, including Cloud revenue of …": one line's figure told after the whole's
# (or another company's: "…, with Halvern sales up 3%", not the subject's either)
_LINE_AFTER_WITH = re.compile(r"(?:,|;) (?:with|including|led by) (?:«[ro]\d+»|(?:[A-Z]|i[A-Z])[\w&-]*)(?: [A-Za-z][\w&-]*){0,2} $")
# a result per share ("earnings per share", "loss per diluted share", "net income per ADS"): no company's total
_PER_SHARE_METRIC = re.compile(r" per (?:diluted |basic |common |ordinary )?(?:share|ADS|ADR)\b")


def financial(r: Reader, s: Masked) -> list[FactRecord]:
    """Revenue of $X, net loss widened to $Y, not yet profitable: one fact per metric named."""
    hits = list(r.g.rx["metric"].finditer(s.text))
    out = []
    for i, hit in enumerate(hits):
        end, state = hits[i + 1].start() if i + 1 < len(hits) else len(s.text), hit.lastgroup == "state"
        figure_of_next = _FIGURE_BEFORE_METRIC.search(s.text, hit.end(), end)
        end = figure_of_next.start() if figure_of_next else end  # "a profit of …, reversing a $112 million loss"
        if _NOT_A_FIGURE.search(s.text, 0, hit.start()) or _RUN_RATE_AFTER.match(s.text, hit.end()):
            continue  # annualised revenue of $1 billion, compared with a loss of $1.1 billion: no figure of its own
        if _ANALYSTS_EXPECTED.search(s.text, max(0, hit.start() - 80), hit.start()):
            continue  # "while analysts had forecast sales of $6.2 billion": the analysts' estimate, no figure of it
        if _SEGMENT_BEFORE.search(s.text, max(0, hit.start() - 40), hit.start()):
            continue  # "Smart Home business revenue grew 40%": a business line's figure, not a company's
        if hit.lastgroup == "revenue" and (_LINE_OPENS.fullmatch(s.text, 0, hit.start())
                                           or _LINE_AFTER_WITH.search(s.text, max(0, hit.start() - 40), hit.start())):
            continue  # "Services revenue grew 13%", "Mac revenue reached …": a line of products opens the sentence
        if _IN_SEGMENT_AFTER.match(s.text, hit.end(), end):
            continue  # "Velbro booked a loss of $9 million in this segment": one segment's figure
        if _PER_SHARE_METRIC.match(s.text, hit.end()):
            continue  # "Diluted earnings per share rose to $1.57", "$0.21 diluted loss per share": one share's, no total
        # ("$5 million in revenue"; "reversing a 112 million yuan loss": the figure written before its metric)
        before = re.search(r"«m(\d+)» (?:(?:in|of) (?:[a-z-]+ ){0,2})?$", s.text[:hit.start()])
        value = None if state else s.items[int(before.group(1))][1] if before else r.money(s, hit.end(), end)
        subject = _said_company_metric(r, s, hit) or _subject_before(r, s, hit.start())
        if (value is None and not state) or subject is None:
            continue
        fact = fact_record(s, _FINANCIAL, {"company": [subject[0]]}, _modality(r, s, subject[1], hit))
        if fact.modality == "asserted" and _EXPECTS_OWN.search(s.text, max(0, hit.start() - 60), hit.start()):
            fact.modality = "expected"  # "Corlith expects its revenue to land near …": the company's guidance
        if fact.modality == "asserted" and _OUTLOOK.match(s.text, hit.end()):
            fact.modality = "expected"  # raised its revenue forecast to $300 million: a forecast, not a figure
        if fact.modality == "asserted" and not state and _TO_COME.match(s.text, hit.end(), end):
            fact.modality = "expected"  # capital expenditure would rise to $85 billion next year: not yet spent
        if fact.modality == "negated" and not state and _LOSS_STATE.search(s.text, subject[1], hit.start()):
            fact.modality = "asserted"  # remains unprofitable, with an operating loss of $120 million: a figure
        if fact.modality == "asserted" and not state and _after_reference(r, s, hit.end(), end):
            fact.modality = "expected"  # a contract worth $30 billion in revenue in 2028 (told in 2025): still to come
        if hit.lastgroup == "capex" and fact.modality in ("planned", "expected"):
            fact.type, fact.rule, fact.amount = "capital_plan", "english:capex_plan", value
            fact.date = r.date(s, hit.end(), hit.end())
            year_of = _YEAR_OF_BUDGET.search(s.text, max(0, hit.start() - 16), hit.start())
            if fact.date is None and year_of is not None:  # "kept its 2025 capital spending budget at …": that year's
                fact.date = _period(s, year_of, "d", "y")
        else:
            after_next = hits[i + 2].start() if i + 2 < len(hits) else len(s.text)
            on_next = s.text[:end].endswith(" on ")  # a net loss of $X on revenue of $Y for the six months: theirs
            cut = _NEXT_CLAUSE.search(s.text, hit.end(), end)  # "…, and growth … with deliveries in March 2026"
            dates = _year_owning(s, hit.start()) or _periods(s, hit.end(), cut.start() if cut else end) \
                or _bracketed_year(s, value) or (on_next and _periods(s, end, after_next)) \
                or (not _YEAR_AGO.match(s.text, hit.end(), end) and _periods(s, 0, hit.start())[-1:])
            lo, hi = s.to_orig(hit.start()), s.to_orig(end)
            change = next((v for v in r.values_in(lo, hi + 1) if v.kind == "change" and v.start < hi), None)
            fact.qualifiers.update(metric="net_profit" if state else hit.lastgroup, value=value, change=change,
                                   period=dates[0][1] if dates else None)
            fact.rule = "english:profit_state" if state else "english:financial"
            if fact.qualifiers["period"] is None and not state and _YEAR_AGO.match(s.text, hit.end(), end):
                told = [f.qualifiers["period"] for f in out if f.type == "financial" and f.roles["company"][0].key
                        == fact.roles["company"][0].key and isinstance(f.qualifiers.get("period"), Value)]
                if told:  # "… to $90 million in the first quarter, from a $120m loss in the year-ago quarter"
                    earlier = _year_before(told[-1])
                    fact.qualifiers["period"] = Value(earlier.start, earlier.end, earlier.kind, replace(
                        earlier.value, text=f"{told[-1].value.text}, a year earlier"))
            if fact.modality == "asserted" and _ahead_of(fact.qualifiers["period"], r.doc.ref_date):
                ahead = fact.qualifiers["period"]  # the last fourth quarter, its text as written
                fact.qualifiers["period"] = Value(ahead.start, ahead.end, ahead.kind,
                                                  replace(_year_before(ahead).value, text=ahead.value.text))
            if fact.qualifiers["period"] is None and not state and fact.modality == "asserted":
                fact.qualifiers["period"] = _period_carried(r, s, fact.roles["company"][0])
            if fact.modality == "planned" and not state:
                fact.modality = "expected"  # the deal would generate $600 million in revenue a year: a forecast (a
                # figure is never planned; "will spend" is the capital plan above)
        out.append(fact)
        if fact.type == "financial" and not state:
            out.extend(_respective(s, fact, hit.end(), end) or _figure_before(s, fact, hit.lastgroup, hit.end()))
    return out


# "2023's loss of $210 million": the year that owns the figure; "a loss in the year-ago period": an earlier period than
# the one named before the figure
# the year a budget is written with ("its 2025 capital spending budget")
_YEAR_OF_BUDGET = re.compile(r"(?:its|their|«j\d+»|the) (?:«d(?P<d>\d+)»|(?P<y>(?:19|20)\d\d)) $")
_YEAR_OWNS = re.compile(r"(?:«d(?P<d>\d+)»|\b(?P<y>(?:19|20)\d\d))['’]s (?:(?:net|operating|full-year|annual) )?$")
_YEAR_AGO = re.compile(r"(?:[^.;«]|«m\d+»){0,40}?\b(?:in|for|during) the (?:year-ago|year-earlier|prior-year|previous-year|"
                       r"same) (?:period|quarter|half)\b")


# "… to 430 million yuan (2024)": the period of a figure written in brackets right after it
_BRACKETED_YEAR = re.compile(r" \((?:in |for |fiscal |FY ?)?(?P<y>(?:19|20)\d\d)\)")


def _bracketed_year(s: Masked, value: Value | None) -> list[tuple[int, Value, int]]:
    """"Revenue grew from 45 million yuan (2022) to 430 million yuan (2024)": the year in brackets after the figure
    (a bare year, which the date reader leaves alone) is its period."""
    n = next((k for k, (letter, obj, _) in enumerate(s.items) if letter == "m" and obj is value), None)
    m = _BRACKETED_YEAR.match(s.text, s.items[n][2] + len(f"«m{n}»")) if n is not None else None
    if m is None:
        return []
    start, y = s.to_orig(m.start("y")), m.group("y")
    return [(0, Value(start, start + 4, "date", DateValue(y, None, None, y)), m.start())]


def _year_owning(s: Masked, pos: int) -> list[tuple[int, Value, int]]:
    """The period of "2023's loss of $210 million": the year written with a possessive right before the metric."""
    m = _YEAR_OWNS.search(s.text, max(0, pos - 30), pos)
    if m is None:
        return []
    v = _period(s, m, "d", "y")
    return [(0, v, m.start())] if v is not None else []


# the figure of the next metric written before it: "… reversing a 112 million yuan loss" (not this metric's figure)
_FIGURE_BEFORE_METRIC = re.compile(r"«m\d+» (?:net |operating )?$")


# "Smart Home business revenue", "its Cloud segment revenue": a name before a business line's word names a line of
# business, not the company whose figure it is
# (or a line of products named before the metric: "AI cluster revenue reached 184 million yuan", "data center sales
# rose 40%": the figure of one line, not of the company)
_SEGMENT_BEFORE = re.compile(r"«o\d+» (?:business|segment|division|unit) (?:[a-z]+ )?$|(?<![\w-])(?:(?:AI|GPU) )?(?:cluster|data "
                             r"cent(?:er|re)|gaming|automotive|advertising|licensing|networking|foundry|smartphone|handset|"
                             r"console) $", re.IGNORECASE)


# a clause of its own after a figure: its dates are not the figure's period
_NEXT_CLAUSE = re.compile(r";|, (?:and|but|while|which|whereas) (?!(?:a|an|the|its|«j\d+») (?:[\w-]+ )?(?:loss|profit|"
                          r"income|revenue|sales)\b)")
_FISCAL = re.compile(r"\bfiscal\b|\bFY", re.IGNORECASE)


def _after_reference(r: Reader, s: Masked, lo: int, hi: int) -> bool:
    """Whether the first period written after a figure's metric is a year after the document's own year (not a fiscal
    year, which may run ahead of the calendar: "second-quarter revenue of fiscal 2026", told in August 2025)."""
    dates = _periods(s, lo, min(hi, lo + 40))  # told with the figure: "… in annual revenue, starting in 2028"
    if not dates or not isinstance(dates[0][1].value, DateValue) or _FISCAL.search(s.text, max(0, dates[0][2] - 12),
                                                                                     dates[0][2] + 12):
        return False
    year = str(dates[0][1].value.value)[:4]
    ref = (r.doc.ref_date or "")[:4]
    return year.isdigit() and ref.isdigit() and int(year) > int(ref)


# "net losses of $112.4 million and $87.1 million in 2024 and 2023, respectively": two figures, two periods in order
_RESPECTIVELY = re.compile(r"«m(?P<a>\d+)»,? and «m(?P<b>\d+)»,? (?:in|for) (?:(?:the )?(?:fiscal )?(?:years? )?)?"
                           r"(?:«d(?P<d1>\d+)»|(?P<y1>(?:19|20)\d\d)),? and (?:fiscal )?(?:«d(?P<d2>\d+)»|(?P<y2>(?:19|20)\d\d))"
                           r",? respectively\b")


def _respective(s: Masked, fact: FactRecord, lo: int, hi: int) -> list[FactRecord]:
    """"We have incurred net losses of $112.4 million and $87.1 million in 2024 and 2023, respectively" (a filing's
    way of giving two years): the first figure is the first period's, the second a fact of its own for the second
    period (a bare year the date reader left alone is that year)."""
    m = _RESPECTIVELY.search(s.text, lo, hi)
    if m is None or s.items[int(m.group("a"))][1] is not fact.qualifiers.get("value"):
        return _in_order(s, fact, lo, hi)
    first, second = (_period(s, m, "d1", "y1"), _period(s, m, "d2", "y2"))
    if first is None or second is None:
        return []
    fact.qualifiers["period"] = first
    other = FactRecord("financial", {"company": list(fact.roles["company"])}, fact.evidence, fact.modality,
                       rule="english:respectively")
    other.qualifiers.update(metric=fact.qualifiers["metric"], value=s.items[int(m.group("b"))][1], change=None,
                            period=second)
    return [other]


# three figures for three periods, the periods before or after them: "revenue of $12 million, $30 million and $71
# million in 2022, 2023 and 2024, respectively"; "revenue for 2022, 2023 and 2024 was $12 million, $30 million and
# $71 million, respectively"
_VALUES = r"«m\d+»(?:,? (?:and )?«m\d+»){1,3}"
_PERIOD_LIST = r"(?:«d\d+»|(?:19|20)\d\d)(?:,? (?:and )?(?:fiscal )?(?:«d\d+»|(?:19|20)\d\d)){1,3}"
_IN_ORDER = re.compile(rf"(?P<v>{_VALUES}),? (?:in|for|during) (?:the )?(?:fiscal )?(?:years? )?(?P<p>{_PERIOD_LIST}),? "
                       rf"respectively\b|\b(?:in|for|during) (?:the )?(?:fiscal )?(?:years? )?(?P<p2>{_PERIOD_LIST})\b"
                       rf"(?:[^«.;]|«[cj]\d+»){{0,60}}?(?P<v2>{_VALUES}),? respectively\b")
_SAME_PERIODS = re.compile(rf"(?P<v>{_VALUES}),? (?:for|in|during) the same (?:years|periods)\b")
_PERIOD_TOKEN = re.compile(r"«d(?P<d>\d+)»|(?P<y>(?:19|20)\d\d)")


def _in_order(s: Masked, fact: FactRecord, lo: int, hi: int) -> list[FactRecord]:
    """Two to four figures and as many periods, in order, "respectively": the first figure's period is the first
    period, each further figure a fact of its own with its period."""
    m = _IN_ORDER.search(s.text, lo, hi)
    same = None if m else _SAME_PERIODS.search(s.text, lo, hi)  # "… net losses of A, B and C for the same years"
    earlier = [x for x in _IN_ORDER.finditer(s.text, 0, lo)][-1:] if same else []
    if m is None and not earlier:
        return []
    values = [s.items[int(n)][1] for n in re.findall(r"«m(\d+)»", m.group("v") or m.group("v2") if m else same.group("v"))]
    m = m or earlier[0]
    group = "p" if m.group("p") else "p2"
    periods = [_period(s, t, "d", "y") for t in _PERIOD_TOKEN.finditer(s.text, m.start(group), m.end(group))]
    if len(values) != len(periods) or values[0] is not fact.qualifiers.get("value") or None in periods:
        return []
    fact.qualifiers["period"] = periods[0]
    out = []
    for value, period in zip(values[1:], periods[1:]):
        other = FactRecord("financial", {"company": list(fact.roles["company"])}, fact.evidence, fact.modality,
                           rule="english:respectively")
        other.qualifiers.update(metric=fact.qualifiers["metric"], value=value, change=None, period=period)
        out.append(other)
    return out


def _period(s: Masked, m: re.Match[str], token: str, year: str) -> Value | None:
    """The period a token stands for, or a bare four-digit year written in the sentence."""
    if m.group(token):
        v = s.items[int(m.group(token))][1]
        return v if isinstance(v.value, DateValue) else None
    start = s.to_orig(m.start(year))
    y = m.group(year)
    return Value(start, start + 4, "date", DateValue(y, None, None, y))


# "annualised revenue of $1 billion", "a revenue run rate of $500 million": a month's pace extrapolated, not the revenue
# of a period (annual recurring revenue, a contracted figure companies report, stays); "compared with a loss of $1.1
# billion a year earlier": the earlier figure of the metric before
_NOT_A_FIGURE = re.compile(r"(?:\b(?:annuali[sz]ed|run-rate|run rate)(?: [\w-]+)?|"
                           r"\b(?:compared (?:with|to)|versus|against|from) (?:an?|the)(?: [\w-]+)?) $")
# "revenue run rate of …", "revenue at an annual rate of $400 million", "… in revenue on an annualized basis": a pace
_RUN_RATE_AFTER = re.compile(r" run[- ]rate\b|(?:[^.;,«]|«[mdc]\d+»){0,40}?\b(?:at an? (?:annual(?:i[sz]ed)?|yearly) "
                             r"(?:run[- ])?rate|on an? (?:annuali[sz]ed|run[- ]rate) basis)\b")


def _modality(r: Reader, s: Masked, subject_end: int, hit: re.Match[str]) -> str:
    """The figure's modality; "Alphabet reported third-quarter revenue of $102 billion": the company's own report of
    its figures is a statement, not a press report (the word "reported" right after the subject is no cue)."""
    own = _OWN_REPORT.match(s.text[subject_end:hit.start()])
    if own is None:
        return r.modality(s, s.text[subject_end:hit.end()])
    cut = subject_end + own.start("verb")
    return r.modality(replace(s, text=s.text[:cut] + "posted" + s.text[cut + len("reported"):]),
                      s.text[subject_end:hit.end()])


_OWN_REPORT = re.compile(r" (?:also |on «d\d+» )?(?P<verb>reported) (?:(?:an?|its|«j\d+»|«d\d+»|record|[\w-]+) ){0,3}?$")


# "…, up from $14 million in 2024", "… from $26.3 billion in the same quarter last year": the date of an earlier
# figure compared with; "… of $102 billion on Tuesday": the day it was announced. Neither is the figure's period.
_COMPARED = re.compile(r"\b(?:(?:up|down) from|from|compared (?:with|to)|versus|against) (?:an? (?:[\w-]+ ){0,2}of )?«m\d+»"
                       r"(?: (?:in|for|during) (?:the (?:same|year-earlier|year-ago|previous|prior) (?:period|quarter|year) )?)?$"
                       # ("against $7 million in the first half of 2019": "the" before the date's words)
                       r"|\b(?:(?:up|down) from|from|compared (?:with|to)|versus|against) (?:an? (?:[\w-]+ ){0,2}of )?«m\d+» "
                       r"(?:in|for|during) the $")


# "…, up 40% from fiscal 2023" / "down 5% compared with 2024": the year a change is measured from, no period of the figure
_CHANGE_BASE = re.compile(r"(?:\b(?:up|down)|«c\d+»)(?: «c\d+»)? (?:from|over|compared (?:with|to)|versus|vs\.?) "
                          r"(?:the )?(?:fiscal |financial )?(?:year )?$")


def _ahead_of(period: object, ref: str | None) -> bool:
    """"Its fourth quarter brought a loss of $2 million", told in January 2011: a quarter or a half named
    without its year that would not have begun by the document's date is the last one past (a reported figure is of a
    period already under way)."""
    d = getattr(period, "value", None)
    if not isinstance(d, DateValue) or not d.value or not ref or re.search(r"\d{4}|\d{2}Q|Q\d{2}|FY", d.text or ""):
        return False
    return ("Q" in d.value or "H" in d.value) and d.sort_key > ref[:7]


def _period_carried(r: Reader, s: Masked, company: Mention) -> Value | None:
    """"Halvern reported third-quarter revenue of $9 billion. Net income rose to $2 billion.": a sentence that names no
    date at all goes on with the period of the same company's figures in the sentence just before (the latest of them,
    not the year-ago period compared with; none across a heading or a gap of paragraphs)."""
    if s.sent.index == 0 or s.tokens("d") or _YEAR_AGO_WORDS.search(s.text):
        return None
    before = r.doc.sentences[s.sent.index - 1]
    if not 0 <= s.sent.paragraph - before.paragraph <= 1:
        return None
    periods = [f.qualifiers["period"] for f in r.facts + r.current
               if f.type == "financial" and before.start <= f.evidence.start < before.end and f.modality == "asserted"
               and f.roles["company"][0].key == company.key and isinstance(f.qualifiers.get("period"), Value)]
    return max(periods, key=lambda p: getattr(p.value, "sort_key", ""), default=None)


# "in the year-ago quarter", "the prior year", "last year": a sentence that speaks of an earlier period of its own
_YEAR_AGO_WORDS = re.compile(r"\b(?:year-ago|year-earlier|prior[- ]year|previous year|last year)\b(?! (?:period|quarter))"
                             r"|\b(?:in|for|during) the (?:year-ago|year-earlier|prior-year|previous-year|same) (?:period|quarter|half)\b")


def _periods(s: Masked, lo: int, hi: int) -> list[tuple[int, Value, int]]:
    """The dates from lo to hi that may be a figure's period."""
    return [(n, v, p) for n, v, p in s.tokens("d", lo, hi)
            if not _COMPARED.search(s.text, max(0, p - 80), p) and not _CHANGE_BASE.search(s.text, max(0, p - 40), p)
            and not s.text[:p].endswith(" on ")]


# "Harbor Group said Harbor Cloud revenue grew 12% to $8 billion": a company named right before the metric, after a
# speaker's verb, with the figure's change after it, is the company whose figure it is (not the speaker; not "said Harbor
# revenue accounted for 30% of sales": a customer's share)
_SAID_NAMED = re.compile(r"\b(?:said|says|reported|reports|announced|announces|disclosed|discloses) (?:that )?«o(\d+)» $")
_FIGURE_CHANGED = re.compile(r"(?: (?:for|in) (?:the )?(?:[\w-]+ ){0,2}?(?:quarter|half|year|«d\d+»))? (?:grew|rose|jumped|climbed|"
                             r"surged|increased|fell|dropped|declined|slipped|slid|came in|reached|hit|totaled|totalled|"
                             r"was|were|stood)\b")


def _said_company_metric(r: Reader, s: Masked, hit: re.Match[str]) -> tuple[Mention, int] | None:
    """The company a speaker names right before a metric whose figure follows ("X said Y revenue grew 12%")."""
    named = _SAID_NAMED.search(s.text, max(0, hit.start() - 60), hit.start())
    if named is None or not _FIGURE_CHANGED.match(s.text, hit.end()):
        return None
    n = int(named.group(1))
    obj = s.items[n][1]
    if obj.kind not in ORG_KINDS:
        return None
    m = r.resolve(s, n, True, set())
    return (m, s.items[n][2] + len(f"«o{n}»")) if m is not None else None


def _subject_before(r: Reader, s: Masked, pos: int) -> tuple[Mention, int] | None:
    """The organisation a metric belongs to: the nearest subject before it, else the topic; not one named inside a
    relative clause ("Alphabet's Other Bets segment, which includes Waymo, posted …": not Waymo), and none when the
    subject is a segment of a company ("Alphabet's Other Bets segment": no figure of Alphabet as a whole)."""
    closed = [(c.start(), c.end()) for c in _RELATIVE.finditer(s.text, 0, pos)]
    for n in range(len(s.items) - 1, -1, -1):
        letter, obj, p = s.items[n]
        if p < pos and letter in "oij" and (letter != "o" or obj.kind in ORG_KINDS and not r.is_modifier(obj)) \
                and not PREP_BEFORE.search(s.text[max(0, p - 12):p]) and not any(a < p < b for a, b in closed):
            end = p + len(f"«{letter}{n}»")
            if letter == "o" and _COUNTERPARTY_DEAL.match(s.text, end) and s.text.endswith(("the ", "The "), 0, p):
                continue  # "the Harbor contract would bring in $600 million": the customer named by the deal, not
                # the company whose revenue it is (the speaker's, or the one written about)
            if _SEGMENT.match(s.text, end):
                return None
            m = r.resolve(s, n, True, set())
            return (m, end) if m is not None else None
    fallback = r.topic or next(iter(r.ranked()), None)
    return (fallback, 0) if fallback is not None else None


# "the Harbor contract", "the Harbor deal": a deal named by its other party
_COUNTERPARTY_DEAL = re.compile(r" (?:contract|deal|agreement|order|agreements|contracts|deals)\b")
# a relative clause or an apposition describing the subject: "C3.ai, the Enterprise AI software company, reported …"
_RELATIVE = re.compile(r", (?:which|that|who|whose|the|an?) [^,;]*,")
_SEGMENT = re.compile(r"(?:[''’]s)? (?:[A-Z][\w-]* |[a-z][\w-]* ){0,3}?(?:segment|division|unit|arm)\b")

