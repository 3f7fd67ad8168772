"""Exits in English: a holder selling the shares it holds in a company.

"Lanting Ventures sold its entire stake in Norcrest Labs", "Aldon Group cut its stake in Norcrest to 4.9%": an exit
is an acquisition fact whose seller is the holder, target the company whose shares are sold, acquirer the buyer named
("… to Harbor Peak Capital") or no one ("sold its stake" on the market names none); its stake is the stake sold and
its amount what the sale brought in. A stake left, when written ("cut its stake to 4.9%", "…, lowering its stake to
3%"), is a shareholding of the seller; a full exit leaves no asserted shareholding of the seller in the company
(no_holding_after_exit). The patterns are exit_* in data/english.yaml.
"""

from __future__ import annotations

import re

from dealgraph.extract.document import FactRecord, Mention, Span, Value
from dealgraph.values.percent import Percent
from dealgraph.extract.english_reader import NEW_CLAUSE, ORG_KINDS, Masked, Pattern, Reader, fact_record, group, read_roles

# a name after a preposition is no subject: "SoftBank exited its investment in Veltrix, selling …": Veltrix sells nothing
_PREP_BEFORE_SELLER = re.compile(r"\b(?:of|in|from|by|to|for|on|at|into|with|than|including|like)\s*,?\s*$", re.I)
# (but the owner of the unit that sells stands on the seller's side: "An arm of South African media group Naspers sold
# …", "A unit of Veltrix has sold its stake in …": the unit is not named, its owner is)
_UNIT_OF_BEFORE = re.compile(r"(?:^|[,;:] )(?:[Aa]n?|[Tt]he|[Oo]ne) (?:[\w-]+ ){0,2}?(?:arm|unit|subsidiary|affiliate|division|"
                             r"vehicle|entity) of (?:[A-Za-z][\w.'’-]* ){0,4}?$")
# what the sale brought in: "for $5.8 billion", "…, raising about $1.5 billion", "cashing out about HK$1 billion",
# "worth about $140 million", "for a total of 1.48 billion yuan" (not "at an average price of HK$1.82")
_PROCEEDS = re.compile(r"\b(?:for|raising|raised|raise|netting|netted|fetching|fetched|cashing out|cashed out|reaping|reaped|"
                       r"pocketing|pocketed|bringing in|brought in|generating|generated|worth|valued at|proceeds of|"
                       r"securing|secured|receiving|received|collecting|collected|"  # (wt-ed)
                       r"making|made)(?: a total of| a combined| total| in total)?(?: (?:about|around|roughly|nearly|some|"
                       r"approximately|over|more than|an estimated|up to|almost|just over|just under|potentially))* «m(\d+)»"
                       # "… cut its stake in Norcrest in a $743 million block trade": the trade's size is what it brought
                       r"|\b(?:in|through|via) an? «m(\d+)» (?:block trade|block sale|share sale|stock sale|placement|"
                       r"secondary offering|sale|deal|transaction)\b")
_PER_SHARE = re.compile(r" (?:per|a|each|for each) (?:share|ADS|ADR|unit)\b| apiece\b| each\b")
# the stake left after the sale, written after it: "…, lowering its stake to 3%", "…, reducing its holding in Norcrest
# from 9% to 6%", "…, leaving it with a 2% stake", "… and still holds 4%"
_LEFT_AFTER = re.compile(
    r",? (?:(?:thereby|further|and) )?(?:(?:lowering|cutting|reducing|bringing|taking|trimming)(?: down)? (?:its|their|«j\d+»|the) "
    r"(?:[\w-]+ ){0,2}?(?:stake|holding|shareholding|ownership|interest)(?: (?:in|of) (?:«[oi]\d+»|the [^,;«»]{1,60}?))? (?:(?:down )?to|from "
    r"(?:about |around |approximately |roughly |nearly )?«c\d+» to|from(?= «c\d+»))|leaving (?:it|them|«i\d+») with(?: an?)?|"
    r"(?:and|but|while) (?:still |now )?(?:holds|owns|retains|keeps|held|owned|retained|kept)(?: an?)?) "
    r"(?:just |about |around |roughly |nearly |approximately )?«c(\d+)»")
# the shares kept, counted and not sized, after a part sold: "… for $210 million, while keeping 40 million shares of the
# company", "…, and still holds 2 million shares" (a holding with no stake; a stake, _LEFT_AFTER)
_KEPT_AFTER = re.compile(r"(?:(?: (?:for|in|on|at) )?(?:«[md]\d+»|[\w-]+)){0,6}?,? (?:while|and|but) (?:still |now )?"
                         r"(?:retaining|retains|retained|keeping|keeps|kept|holding|holds|held|owns|owning) (?:about |some |around |"
                         r"roughly |nearly |another |a further )?[\d.,]+(?: (?:million|billion|thousand|mn|bn))? (?:shares|stock)\b")
# what a participle after the exit says of it: "SoftBank has exited Veltrix, selling its 15% stake to Brightpath"
_SOLD_AFTER = re.compile(r",? (?:by |after )?(?:selling|offloading|divesting|dumping) (?:(?:its|their|«j\d+»|the|an?) )?"
                         r"(?:entire |remaining |whole )?(?:[\w.,-]+ ){0,3}?(?:«c(\d+)»(?:[- ](?:equity|ownership))? )?"
                         r"(?:stake|shares|holding|interest|position)(?: (?:in|of) «[oi]\d+»)?(?P<buyers> to «o\d+»"
                         r"(?:(?:,? and |, )«o\d+»)*)?")
# between a seller and its verb when the company is left to the sentences before: auxiliaries and adverbs only (not "It
# is not the only shareholder cutting its stake": "cutting" is no verb of "It")
_AUXILIARIES = re.compile(r"(?:,? (?:has|have|had|also|further|previously|since|then|now|already|reportedly|recently|later|"
                          r"again|will|would|could|may|might|is|are|was|were|been|being|gradually|steadily|quietly|"
                          r"plans|planned|agreed|intends|expects|to|«d\d+»))* ")
_FULL_DET = re.compile(r"(?:its|their|the|«j\d+») $")
_STOPPED = re.compile(r"\b(?:halted|halts|paused|pauses|suspended|suspends|stopped|stops|froze|freezes|put on hold|puts on hold|"
                      r"shelved|shelves)\b", re.I)
_FIRM_NOUNS = ("stake", "stakes", "holding", "holdings", "shareholding", "ownership")


def exit_sale(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """An exit (module docstring): one acquisition with the seller, the company sold and the buyers named; the
    stake left, when written, as a shareholding of the seller."""
    if _PREP_BEFORE_SELLER.search(s.text, max(0, m.start("seller") - 14), m.start("seller")) \
            and not _UNIT_OF_BEFORE.search(s.text, max(0, m.start("seller") - 90), m.start("seller")):
        return []
    roles, _ = read_roles(r, s, m, ("seller", "target", "acquirer"))
    sellers, targets, buyers = roles.get("seller", [])[:1], roles.get("target", [])[:1], roles.get("acquirer", [])
    if sellers and not targets and p.name in ("exit_then", "exit_participle"):  # "…, a backer of Norcrest, … before selling its shares"
        targets = _held_before(r, s, sellers[0]) or _named_before(r, s, m.start("seller"), m.start("verb"), sellers[0])
    elif sellers and not targets and p.name == "exit_by_selling":  # "… raised $2 billion by selling its stake"
        targets = _held_before(r, s, sellers[0])
    elif sellers and p.name == "exit_all_of_them":  # "… bought 3 million Norcrest shares and sold all of them"
        targets = _held_before(r, s, sellers[0]) or (_named_before(r, s, m.start("seller"), m.start("verb"), sellers[0])
                                                     if m.end("seller") < m.start("verb") - 40 else [])
    elif sellers and not targets and (group(m, "noun") or "").lower() in _FIRM_NOUNS \
            and _AUXILIARIES.fullmatch(m.string[m.end("seller"):m.start("verb")]):
        targets = _held_before(r, s, sellers[0])  # "Philips cut its stake to 12.8%": the company it was said to hold
        if not targets:  # (wt-ed) "Aldon, an early backer of Norcrest, sold its entire stake": the apposition names it
            targets = _held_in_apposition(r, s, m, sellers[0])
    if not sellers or not targets or sellers[0].key == targets[0].key:
        return []  # "Quillfeather sold 10 million shares of the company": a company selling its own shares
    after = _SOLD_AFTER.match(s.text, m.end())
    if after is not None and after.group("buyers") and not buyers:
        buyers = r.members(s, after.group("buyers")[4:], False, {sellers[0].key, targets[0].key})
    buyers = [x for x in buyers if x.key not in (sellers[0].key, targets[0].key)]
    verb = m.start("verb") if group(m, "verb") is not None else m.end("seller")
    mood = m.string[m.end("seller"):verb] if p.name not in ("exit_then", "exit_fronted", "exit_noun", "exit_sale_of") \
        and not p.name.startswith("exit_possessive") else m.string[m.end("seller"):m.start("target")] \
        if p.name == "exit_sale_of" else m.string[verb:m.end()] if p.name not in ("exit_noun", "exit_possessive_sale",
                                                                                  "exit_possessive_sale_named") \
        else m.group()  # (Aldon's planned exit from Norcrest, Aldon's proposed sale of its stake in Norcrest; "is
    #   exploring a sale of its stake in", "halted the sale of …": the words up to the company say how far the sale is)
    fact = fact_record(s, p, {"acquirer": buyers, "target": targets, "seller": sellers}, r.modality(s, mood))
    every = [x for x in roles.get("seller", []) if x.key != targets[0].key and all(x.key != b.key for b in buyers)]
    hi = m.start("target") if "target" in m.re.groupindex and m.start("target") >= 0 else m.end()
    if len(every) > 1 and _THEIR.search(m.string, m.end("seller"), hi):
        fact.roles["seller"] = every  # "A and B sold their entire holdings in Y": both sell
    fact.date = r.date(s, verb, m.end() if p.name != "exit_fronted" else m.start("seller"))
    if fact.date is not None and s.to_orig(m.start("seller")) <= fact.date.start < s.to_orig(verb) \
            and "," in r.doc.text[sellers[0].end:fact.date.start]:
        fact.date = None  # "Prosperity7, a lead investor in a round in 2022, sold …": the apposition's date (not "Aldon
        #                   on Tuesday trimmed its stake": the verb's)
    fact.amount = _proceeds(r, s, m, m.end("seller") if p.name.startswith("exit_by_selling") else None)
    stake = None if group(m, "part") else group(m, "stake") or group(m, "stake2")
    fact.stake = s.value(stake) or (s.items[int(after.group(1))][1] if after is not None and after.group(1) else None)
    facts = [fact]
    left = group(m, "left") or group(m, "left2")
    later = NEW_CLAUSE.search(s.text, m.end())  # "…, lowering its stake to 3%", past the means of the sale
    left_after = _LEFT_AFTER.search(s.text, m.end(), later.start() if later is not None else len(s.text))
    if left_after is not None and s.text[left_after.start(1) - 7:left_after.start(1) - 2] == "from " and not left:
        span = s.items[int(left_after.group(1))][1]  # "reducing its holding from 8% to 5.5%" read as one span
        left_after = left_after if span.value.min is not None else None
    left_value = _last_of_span(s.value(left) if left else s.items[int(left_after.group(1))][1] if left_after else None)
    if left_value is not None:
        holding = FactRecord("shareholding", {"holder": list(sellers), "company": list(targets)},
                             Span(s.sent.start, s.sent.end), fact.modality, rule=f"english:{p.name}")
        holding.stake = left_value
        if fact.date is not None:
            holding.qualifiers["as_of"] = fact.date
        facts.append(holding)
    elif fact.modality in ("asserted", "planned") and not _full(p, m) and _kept(r, s, m, targets[0]):
        holding = FactRecord("shareholding", {"holder": list(sellers), "company": list(targets)},  # "… while keeping
                             Span(s.sent.start, s.sent.end), fact.modality, rule=f"english:{p.name}")  # 40 million
        if fact.date is not None:                                                                   # shares"
            holding.qualifiers["as_of"] = fact.date
        facts.append(holding)
    elif fact.modality == "negated" and p.name == "exit_sale_of" and _FULL_DET.fullmatch(group(m, "det") or "") \
            and _STOPPED.search(m.group()):  # "halted the sale of its stake in Norcrest": the stake is still its own
        facts.append(FactRecord("shareholding", {"holder": list(sellers), "company": list(targets)},
                                Span(s.sent.start, s.sent.end), "asserted", rule=f"english:{p.name}"))
    elif fact.modality == "asserted" and _full(p, m):
        r.current[:] = [f for f in r.current if not _holding_of(f, sellers[0], targets[0])]  # (in place: the caller
        #                                                                                        adds to this list)
        r.full_exits.update((x.key, targets[0].key) for x in fact.roles["seller"])
    return facts


_THEIR = re.compile(r"\btheir\b")


def _kept(r: Reader, s: Masked, m: re.Match[str], target: Mention) -> bool:
    """Whether shares are said to be kept after the sale (_KEPT_AFTER), of the company sold (not "… while keeping 40
    million shares of Brisa": another company's)."""
    kept = _KEPT_AFTER.match(s.text, m.end())
    if kept is None:
        return False
    other = re.match(r" (?:in|of) «o(\d+)»", s.text[kept.end():])
    named = r.resolve(s, int(other.group(1)), False, set()) if other else None
    return named is None or named.key == target.key


def _last_of_span(v: Value | None) -> Value | None:
    """"…, reducing its holding from 8% to 5.5%": a span read as one value (8% to 5.5%) is a change, the stake left
    its last figure."""
    if v is None or v.value.min is None or " to " not in v.text:
        return v
    last = _LAST_PERCENT.search(v.text)
    if last is None:
        return v
    return Value(v.end - (len(v.text) - last.start()), v.end, v.kind,
                 Percent(float(last.group(1)), approx=v.value.approx, text=last.group()))


_LAST_PERCENT = re.compile(r"(\d+(?:\.\d+)?) ?(?:%|percent|per cent|pct)$")


def _full(p: Pattern, m: re.Match[str]) -> bool:
    """Whether the whole holding is sold: exited, sold its (entire) stake, sold all of the shares (not part of its
    stake, nor a count of shares, nor a cut)."""
    if p.name == "exit_verb":
        return True
    if p.name in ("exit_cut", "exit_cut_named") or group(m, "part"):
        return False
    return bool(group(m, "all") or group(m, "full") or _FULL_DET.fullmatch(group(m, "det") or ""))


def _holding_of(f: FactRecord, holder: Mention, company: Mention) -> bool:
    return f.type == "shareholding" and f.modality == "asserted" and bool(f.roles.get("holder")) \
        and bool(f.roles.get("company")) and f.roles["holder"][0].key == holder.key \
        and f.roles["company"][0].key == company.key


def _proceeds(r: Reader, s: Masked, m: re.Match[str], means: int | None = None) -> Value | None:
    """The money the sale brought in: after a proceeds word from the verb to the end of its clause ("… for $5.8
    billion", "…, raising about $1.5 billion"), else the value of the stake sold written in the object ("its entire
    $3.6 billion stake"); never a price per share or a valuation. A sale told as the means of the subject's deed
    (`means`: where the subject ends) may name its proceeds before: "Aldon raised $2 billion by selling …"."""
    start = m.start("verb") if group(m, "verb") is not None else m.start()
    if group(m, "verb") is None and s.text.startswith(("'", "’"), m.end("seller")):  # (a possessive sale or exit)
        later = re.compile(r"«o\d+»").search(s.text, m.end())  # "A's sale of its stake in B comes a month after C sold
        if later is not None:                                 # …for $3.6 billion": not A's proceeds
            end = later.start()
            hit = _PROCEEDS.search(s.text, m.end(), end)
            return s.value(f"«m{hit.group(1) or hit.group(2)}»") if hit is not None else None
    if means is not None:
        hit = _PROCEEDS.search(s.text, means, start)
        if hit is not None and hit.group(1) and not _PER_SHARE.match(s.text, hit.end()):
            return s.value(f"«m{hit.group(1)}»")
    later = NEW_CLAUSE.search(s.text, m.end())
    end = later.start() if later is not None else len(s.text)
    for hit in _PROCEEDS.finditer(s.text, start, end):
        token = f"«m{hit.group(1) or hit.group(2)}»"
        if hit.group(2) or not _PER_SHARE.match(s.text, hit.end()):
            return s.value(token)
    return next((v for n, v, pos in s.tokens("m", start, m.end())
                 if not _PER_SHARE.match(s.text, pos + len(f"«m{n}»"))
                 and not r.g.rx["valuation"].search(s.text[max(0, pos - 40):pos])), None)


# --- wt-ed: a holding named in the seller's apposition ---
# "Aldon Capital, an early backer of Norcrest, sold its entire stake": the company the seller is said to back or hold
# in the apposition after its name
_HOLDER_OF = re.compile(r"^, (?:an?|the|its) (?:[\w-]+ ){0,3}?(?:backer|investor|shareholder|stakeholder|holder|owner)s? "
                        r"(?:of|in) «o(\d+)»,")


def _held_in_apposition(r: Reader, s: Masked, m: re.Match[str], seller: Mention) -> list[Mention]:
    """The company the seller's apposition says it backs or holds, when the apposition is all between the seller's
    name and the verb (english_exits.exit_sale)."""
    seller_text = m.group("seller")
    first = re.match(r"«o\d+»", seller_text)
    hit = _HOLDER_OF.match(seller_text[first.end():]) if first is not None else None
    if hit is None or first.end() + hit.end() != len(seller_text):
        return []
    held = r.resolve(s, int(hit.group(1)), False, {seller.key})
    return [held] if held is not None and held.kind in ORG_KINDS and held.key != seller.key else []
# --- end wt-ed ---


def _named_before(r: Reader, s: Masked, start: int, end: int, seller: Mention) -> list[Mention]:
    """The last organisation named between the seller and its later verb, other than the seller."""
    named = [x for _, x, _ in s.tokens("o", start, end) if x.kind in ORG_KINDS and x.key != seller.key]
    return named[-1:]


def stake_fell_to(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Its stake dropped to 3.2% from 5.3%": a holding of the holder (its: the subject named before) in the company
    named, else the one it was said to hold or to sell in this sentence or the three before."""
    holder = r.members(s, m.group("holder").rstrip("'’s"), True) if not m.group("holder").startswith("«j") else [
        x for x in [r.resolve(s, int(m.group("holder")[2:-1]), True, set())] if x is not None]
    if not holder:
        return []
    company = r.members(s, group(m, "company"), False, {holder[0].key}) or _held_before(r, s, holder[0])
    if not company or company[0].key == holder[0].key:
        return []
    fact = fact_record(s, p, {"holder": holder[:1], "company": company[:1]}, r.modality(s, ""))  # (not "dropped":
    #                                                                                              a bid dropped)
    fact.stake = s.value(m.group("stake"))
    return [fact]


def _held_before(r: Reader, s: Masked, seller: Mention) -> list[Mention]:
    """The company the seller was said, in this sentence or the three before, to hold, to have invested in or to
    have sold shares of ("Philips cut its stake in TSMC. … Philips had reduced its stake to 12.8%": TSMC)."""
    for fact in reversed(r.facts + r.current):
        index = next((x.index for x in r.doc.sentences if x.start <= fact.evidence.start < x.end), -1)
        if s.sent.index - index > 3:
            break
        agent, patient = {"shareholding": ("holder", "company"), "investment": ("investor", "investee"),
                          "acquisition": ("seller", "target")}.get(fact.type, ("", ""))
        if agent and any(x.key == seller.key for x in fact.roles.get(agent, [])) and fact.roles.get(patient):
            return fact.roles[patient][:1]
    return []


def sellers_listed(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Norcrest's two biggest investors sold their entire holdings: Aldon, which owned 60% of the company, and Veltrix,
    which held 32%": one exit of Norcrest whose sellers are the companies listed after the colon (what each held is
    read by the holding patterns); the buyer is left to the deal told around it."""
    targets = r.members(s, m.group("target"), False)
    if not targets or targets[0].kind not in ORG_KINDS:
        return []
    sellers = [x for _, n in re.findall(r"«(o)(\d+)»", _ASIDES.sub("", m.group("sellers")))
               if (x := r.resolve(s, int(n), False, {targets[0].key})) is not None and x.kind in ORG_KINDS]
    sellers = [x for i, x in enumerate(sellers) if all(x.key != y.key for y in sellers[:i])]
    if len(sellers) < 2:
        return []
    fact = fact_record(s, p, {"acquirer": [], "target": targets[:1], "seller": sellers},
                       r.modality(s, s.text[m.start():m.start("verb")]))
    fact.date = r.date(s, m.start(), m.end("verb"))
    return [fact]


_ASIDES = re.compile(r", (?:which|who) (?:[^,;:«»]|«[cimj]\d+»)*")


def no_holding_after_exit(r: Reader) -> None:
    """A full exit stated as done leaves no asserted shareholding of the seller in the company with no date of its
    own ("Aldon holds 12% of Norcrest. … Aldon has sold its entire stake in Norcrest": no longer a holder); a holding
    as of a date stays (it was true then)."""
    if r.full_exits:
        r.facts = [f for f in r.facts if not (f.type == "shareholding" and f.modality == "asserted"
                                              and not f.qualifiers.get("as_of") and f.roles.get("holder")
                                              and f.roles.get("company") and (f.roles["holder"][0].key,
                                                                              f.roles["company"][0].key) in r.full_exits)]
