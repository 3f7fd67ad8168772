"""Readers of facts about one company: listing, capital plan, focus, closure, and financial metrics."""

from __future__ import annotations

import re
from dataclasses import replace

from dealgraph.extract.document import FactRecord, Mention, Value
from dealgraph.extract.english_reader import (ORG_KINDS, PREP_BEFORE, TOKEN, Masked, Pattern, Reader,
                                              fact_record, group)
from dealgraph.extract.voices import _year_before
from dealgraph.values.dates import DateValue


def one_company(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """Listing, capital plan, focus, closure: one company, the subject (or what it shuts down)."""
    if group(m, "cont"):  # … and began trading: the company of the listing just read
        company = next((f.roles["company"] for f in reversed(r.current) if f.type == p.type), [])
    else:
        company = [c for c in r.members(s, group(m, "unit") or m.group("company"), True) if c.kind != "person"]
    trig = m.start("trig") if group(m, "trig") else m.end()
    gap = m.string[m.end("company") if m.group("company") else m.start():trig if p.type == "listing" else m.end()]
    if not company or p.type == "listing" and any(cue.fullmatch(company[0].text) for _, cue in r.g.cues["exchanges"]):
        return []  # their Nasdaq debut: an exchange is no company listed
    fact = fact_record(s, p, {"company": company[:1]}, r.modality(s, gap))
    fact.date = r.date(s, trig, m.end())
    if p.type == "listing":
        stage = next(name for name, cue in r.g.cues["stages"] if cue.search(m.group("trig")))
        text, pos = s.sent.text, s.to_orig(trig) - s.sent.start
        hits = sorted((abs(f.start() - pos), name) for name, cue in r.g.cues["exchanges"]
                      for f in [cue.search(text, pos) or cue.search(text)] if f)
        planned = stage == "listed" and fact.modality in ("planned", "expected")
        if stage == "planned" and fact.modality == "asserted":  # is preparing for an IPO: a plan, not a listing
            fact.modality = "planned"
        names = [name for _, name in hits]  # Shanghai's STAR Market: the board, not the exchange alone
        exchange = next((b for b in ("SSE STAR", "SZSE ChiNext") if b in names and b.split()[0] in names),
                        names[0] if names else None)
        fact.qualifiers.update(stage="planned" if planned else stage, exchange=exchange)
    elif p.type == "capital_plan":
        return _capital_plan(r, s, m, fact)
    elif p.type == "focus":
        fact.qualifiers["domain"] = _unmask(s, m.group("domain")).strip()
    return [fact]


def _capital_plan(r: Reader, s: Masked, m: re.Match[str], fact: FactRecord) -> list[FactRecord]:
    committed = m.group("trig").lower().startswith(("commit", "pledge", "earmark", "allocat"))
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
_UP_FROM = re.compile(r"(?:,? (?:up|down) from|,? compared with|,? versus|,? against) «m(\d+)» (?:in|for) «d(\d+)»")


# "…revenue of $310 million for 2024, compared with $120 million a year earlier": the same period a year before
_YEAR_EARLIER = re.compile(r"(?:,? (?:up|down) from|,? from|,? compared with|,? compared to|,? versus|,? against) «m(\d+)» "
                           r"(?:a year (?:earlier|before|ago)|the (?:previous|prior|preceding) year|the year before|"
                           r"in the (?:same|year-earlier|year-ago) (?:period|quarter) (?:a year earlier|of the previous year|last year))\b")


def _figure_before(s: Masked, fact: FactRecord, metric: str, after: int) -> list[FactRecord]:
    """The earlier period's figure a sentence compares with, stated as a fact of its own (asserted: it was
    reported), for the same company and metric: in the year named, or a year before the figure's own period."""
    m = _UP_FROM.search(s.text, after)
    period = s.items[int(m.group(2))][1] if m is not None else None
    if m is None:
        m, period = _YEAR_EARLIER.search(s.text, after), fact.qualifiers.get("period")
        if m is None or period is None or not isinstance(period.value, DateValue):
            return []
        period = _year_before(period)
        period = Value(period.start, period.end, period.kind,
                       replace(period.value, text=f"{fact.qualifiers['period'].value.text}, a year earlier"))
    earlier = FactRecord("financial", {"company": list(fact.roles["company"])}, fact.evidence, "asserted",
                         rule="english:figure_before")
    earlier.qualifiers.update(metric=metric, value=s.items[int(m.group(1))][1], change=None, period=period)
    return [earlier]


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
_LOSS_STATE = re.compile(r"\b(?:unprofitable|loss-making)\b")
_OUTLOOK = re.compile(r" (?:forecasts?|guidance|outlook|targets?|estimates?|projections?)\b", re.IGNORECASE)


def financial(r: Reader, s: Masked) -> list[FactRecord]:
    """Revenue of $X, net loss widened to $Y, not yet profitable: one fact per metric named."""
    hits = list(r.g.rx["metric"].finditer(s.text))
    out = []
    for i, hit in enumerate(hits):
        end, state = hits[i + 1].start() if i + 1 < len(hits) else len(s.text), hit.lastgroup == "state"
        before = re.search(r"«m(\d+)» (?:in|of) (?:[a-z-]+ ){0,2}$", s.text[:hit.start()])
        value = None if state else s.items[int(before.group(1))][1] if before else r.money(s, hit.end(), end)
        subject = _subject_before(r, s, hit.start())
        if (value is None and not state) or subject is None:
            continue
        fact = fact_record(s, _FINANCIAL, {"company": [subject[0]]}, r.modality(s, s.text[subject[1]:hit.end()]))
        if fact.modality == "asserted" and _OUTLOOK.match(s.text, hit.end()):
            fact.modality = "expected"  # raised its revenue forecast to $300 million: a forecast, not a figure
        if fact.modality == "asserted" and not state and _TO_COME.match(s.text, hit.end(), end):
            fact.modality = "expected"  # capital expenditure would rise to $85 billion next year: not yet spent
        if fact.modality == "negated" and not state and _LOSS_STATE.search(s.text, subject[1], hit.start()):
            fact.modality = "asserted"  # remains unprofitable, with an operating loss of $120 million: a figure
        if hit.lastgroup == "capex" and fact.modality in ("planned", "expected"):
            fact.type, fact.rule, fact.amount = "capital_plan", "english:capex_plan", value
            fact.date = r.date(s, hit.end(), hit.end())
        else:
            after_next = hits[i + 2].start() if i + 2 < len(hits) else len(s.text)
            on_next = s.text[:end].endswith(" on ")  # a net loss of $X on revenue of $Y for the six months: theirs
            dates = s.tokens("d", hit.end(), end) or (on_next and s.tokens("d", end, after_next)) \
                or s.tokens("d", 0, hit.start())[-1:]
            lo, hi = s.to_orig(hit.start()), s.to_orig(end)
            change = next((v for v in r.values_in(lo, hi + 1) if v.kind == "change" and v.start < hi), None)
            fact.qualifiers.update(metric="net_profit" if state else hit.lastgroup, value=value, change=change,
                                   period=dates[0][1] if dates else None)
            fact.rule = "english:profit_state" if state else "english:financial"
        out.append(fact)
        if fact.type == "financial" and not state:
            out.extend(_figure_before(s, fact, hit.lastgroup, hit.end()))
    return out


def _subject_before(r: Reader, s: Masked, pos: int) -> tuple[Mention, int] | None:
    """The organisation a metric belongs to: the nearest subject before it, else the topic."""
    for n in range(len(s.items) - 1, -1, -1):
        letter, obj, p = s.items[n]
        if p < pos and letter in "oij" and (letter != "o" or obj.kind in ORG_KINDS) \
                and not PREP_BEFORE.search(s.text[max(0, p - 12):p]):
            m = r.resolve(s, n, True, set())
            return (m, p + len(f"«{letter}{n}»")) if m is not None else None
    fallback = r.topic or next(iter(r.ranked()), None)
    return (fallback, 0) if fallback is not None else None

