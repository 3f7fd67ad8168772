"""Holders of a company told by their rank among its owners, in English.

"Aldon Ventures is among Norcrest Labs' biggest owners, behind Harbor Peak and Veltrix Systems": Aldon, Harbor Peak
and Veltrix each hold shares in Norcrest Labs. "One of Norcrest's largest shareholders, Aldon Ventures, sold …",
"Aldon Ventures, one of Norcrest's largest shareholders, …", "Aldon invested $40 million in Norcrest, becoming its
largest shareholder", "Aldon is Norcrest's second-largest shareholder after Harbor Peak" (Harbor Peak holds it too),
"The investment gives it a 12% stake" (the company of the deal just read). One shareholding per holder, in the mood
of the sentence. The patterns are ranked_* in data/english.yaml.
"""

from __future__ import annotations

import re

from dealgraph.extract.document import FactRecord, Mention
from dealgraph.extract.english_reader import ORG_KINDS, Masked, Pattern, Reader, fact_record, group


# backers named without a rank ("one of Lambda's investors", "among its early backers"; not "one of its largest
# investors", a holder ranked by its stake)
_UNRANKED_BACKERS = re.compile(r"(?:one of|among) (?:the |«o\d+»['’]s? |«j\d+» )(?:(?!largest|biggest|major|main|top|"
                               r"leading|principal|controlling|key|[\w-]+est\b)[a-z][\w-]* )?(?:investors|backers)\b")


def ranked_holders(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """One shareholding per holder named (the subject, and those it ranks behind or beside) in the company named after
    "of", or by the possessive ("its": after "becoming", the company of the deal just read in this sentence)."""
    holder = r.members(s, group(m, "holder"), True)
    if not holder or holder[0].kind not in ORG_KINDS:
        return []
    company = _company(r, s, p, m, holder[0])
    if company is None:
        return []
    keys = {company.key}
    holders = [x for x in holder[:1] if x.key not in keys] if p.name != "ranked_behind" else []
    holders += [x for x in r.members(s, group(m, "co"), False, keys | {x.key for x in holder})
                if x.kind in ORG_KINDS and all(x.key != y.key for y in holders)]
    mood = r.modality(s, s.text[m.start():m.start("verb")] if group(m, "verb") else m.group())
    facts = []
    taken = _stake_taken(s, m) if p.name == "ranked_becoming" and holders else None
    backer = p.name in ("ranked_among", "ranked_apposed", "ranked_fronted") and _UNRANKED_BACKERS.search(m.group())
    for x in holders:
        if backer:  # "Nvidia is already one of Lambda's investors": an investment, as 都是其投资方 is
            fact = fact_record(s, p, {"investor": [x], "investee": [company]}, mood)
            fact.type = "investment"
            fact.qualifiers = {"consideration": "unknown"}
            facts.append(fact)
            continue
        fact = fact_record(s, p, {"holder": [x], "company": [company]}, mood)
        fact.qualifiers["as_of"] = r.date(s, m.start(), m.end())
        fact.qualifiers["rank"] = r.g.ranks.get((group(m, "rank") or "").lower())  # becoming its largest shareholder
        fact.qualifiers = {k: v for k, v in fact.qualifiers.items() if v is not None}
        if taken is not None and x is holders[0]:
            fact.stake = s.value(taken.group("stake"))
        facts.append(fact)
    if taken is not None and not any(f.type in ROLE_OF and any(y.key == holders[0].key for y in f.roles[ROLE_OF[f.type][0]])
                                     for f in r.current) and s.value(taken.group("stake")).value.value < 50:
        # "A took a 9.9% stake for $8.9 billion, becoming Y's largest shareholder": the stake was bought in Y
        deal = fact_record(s, p, {"investor": holders[:1], "investee": [company]}, mood)
        deal.type, deal.rule = "investment", "english:stake_then_becoming"
        deal.stake = s.value(taken.group("stake"))
        deal.amount = r.money(s, m.end("holder"), m.start("verb"))
        deal.date = r.date(s, m.end("holder"), m.start("verb"))
        deal.qualifiers.update(consideration="unknown")
        facts.insert(0, deal)
    return facts


# "took a 9.9% stake for $8.9 billion, becoming …", "paid $250 million for a 5% stake last week, becoming …": a stake of
# no company named (the company is the one of the becoming clause)
_STAKE_TAKEN = re.compile(r" (?:(?:also |then |later |has |have |had )?(?:(?:will |would |agreed to |plans to |is set to |is to )"
                          r"(?:take|buy|acquire|pay «m\d+» for|invest «m\d+» for)|took|takes|taken|bought|buys|acquired|acquires|"
                          r"purchased|picked up|received|paid «m\d+» for|invested «m\d+» for|spent «m\d+» (?:on|for)) )"
                          r"(?:an? |about |roughly |"
                          r"some |nearly |almost )*(?P<stake>«c\d+»)(?:[- ](?:equity|ownership))? (?:stake|holding|interest)"
                          r"(?! (?:in|of)\b)")


def _stake_taken(s: Masked, m: re.Match[str]) -> re.Match[str] | None:
    """The stake the holder of "…, becoming Y's largest shareholder" took in the words between them, if any."""
    return _STAKE_TAKEN.match(s.text[:m.start("verb")], m.end("holder"))


def _company(r: Reader, s: Masked, p: Pattern, m: re.Match[str], holder: Mention) -> Mention | None:
    """The company the holders hold: named after "of", by a name's possessive, or by "its" (after "becoming", the
    patient of the deal of the holder read in this sentence; else the pronoun's antecedent)."""
    named = r.members(s, group(m, "company"), False, {holder.key}) or (
        r.members(s, group(m, "poss"), False, {holder.key}) if (group(m, "poss") or "").startswith("«o") else [])
    if named:
        return named[0]
    if group(m, "poss") is None and group(m, "verb") and m.group("verb").startswith("becom"):
        pass  # "…, becoming the largest shareholder": of the company of the deal just read
    elif not (group(m, "poss") or "").startswith("«j"):
        return None
    elif p.name in ("ranked_among", "ranked_are", "ranked_put"):  # "Norcrest makes chips. Aldon is among its biggest
        # owners": the company before (none of the holders listed: "A and B are its largest investors")
        listed = {holder.key} | {x.key for x in r.members(s, group(m, "co"), False)}
        found = r.members(s, m.group("poss"), False, listed)
        return found[0] if found and found[0].kind in ORG_KINDS else None
    for fact in reversed(r.current):
        agent, patient = {"investment": ("investor", "investee"), "acquisition": ("acquirer", "target")}.get(
            fact.type, ("", ""))
        if agent and any(x.key == holder.key for x in fact.roles.get(agent, [])) and fact.roles.get(patient):
            return fact.roles[patient][0]
    return None  # "…, becoming its largest shareholder" with no deal read: "its" is no company we know


def stake_the_deal_gives(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Harbor Peak invested $50 million in Norcrest. The investment gives it a 12% stake": the holder named (or "it")
    holds the stated stake in the patient of the deal just read (this sentence or the one before), when the holder is
    that deal's agent."""
    if r.last_deal is None or s.sent.index - r.last_deal[0] > 1:
        return []
    deal = r.last_deal[1]
    agent, patient = {"investment": ("investor", "investee"), "acquisition": ("acquirer", "target")}.get(
        deal.type, ("", ""))
    if not agent or not deal.roles.get(patient):
        return []
    company = deal.roles[patient][0]
    if m.group("holder").startswith("«i"):  # "gives it": the deal's agent, when it has one
        holder = deal.roles.get(agent, [])[:1] if len(deal.roles.get(agent, [])) == 1 else []
    else:
        holder = r.members(s, m.group("holder"), False, {company.key})
    if not holder or all(x.key != holder[0].key for x in deal.roles.get(agent, [])):
        return []
    fact = fact_record(s, p, {"holder": holder[:1], "company": [company]}, r.modality(s, m.group()))
    if fact.modality == "asserted":
        fact.modality = deal.modality
    fact.stake = s.value(m.group("stake"))
    return [fact]


def stake_given(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"The deal gives Veltrix a 10% stake in Norcrest", "Veltrix bought new Norcrest shares. The purchase gives it about
    7% of Norcrest", "…, giving it a stake of roughly 4% in Norcrest": a shareholding; "it" is the agent of the
    investment or acquisition just read (this sentence or the one before) in that company, and the stake is that deal's
    when it has none. The mood is the verb's ("would give": planned), a condition after it ("if shareholders approve")
    making it no more than expected; a participle ("giving") takes the deal's."""
    company = r.members(s, m.group("company"), False)
    if not company or company[0].kind not in ORG_KINDS:
        return []
    deal = _deal_in(r, s, company[0].key)
    agent = ROLE_OF.get(deal.type, ("", ""))[0] if deal is not None else ""
    agents = deal.roles.get(agent, []) if deal is not None else []
    if m.group("holder").startswith("«i") and len(agents) == 1:
        holder = agents
    else:
        holder = r.members(s, m.group("holder"), False, {company[0].key})
    if not holder or holder[0].kind not in ORG_KINDS or holder[0].key == company[0].key:
        return []
    clause = max((c.end() for c in re.finditer(r"[,;:] ", s.text[:m.start()])), default=0)
    mood = r.modality(s, s.text[clause:m.start("holder")])
    same = deal is not None and len(agents) == 1 and agents[0].key == holder[0].key
    if mood == "asserted" and same:
        mood = deal.modality  # "Veltrix agreed to buy … The purchase gives it 7%": planned like the purchase
    if _CONDITION_AFTER.search(s.text, m.end()) and mood in ("asserted", "planned"):
        mood = "expected"  # "would give it a 9% stake if regulators approve": a possibility, not a holding
    stake = s.value(m.group("stake"))
    if same and deal.stake is None and stake is not None and mood == deal.modality:
        deal.stake = stake  # the deal's own stake, told after it
    fact = fact_record(s, p, {"holder": holder[:1], "company": company[:1]}, mood)
    fact.stake = stake
    return [fact]


ROLE_OF = {"investment": ("investor", "investee"), "acquisition": ("acquirer", "target")}
# a condition after the verb ("… if shareholders approve it", "provided regulators agree", "subject to approval")
_CONDITION_AFTER = re.compile(r"\b(?:if|unless|provided|assuming|subject to|conditional on|contingent on)\b")


def _deal_in(r: Reader, s: Masked, company: str) -> FactRecord | None:
    """The investment or acquisition in `company` read in this sentence, else the last one read in the sentence
    before."""
    for fact in reversed(r.current):
        roles = ROLE_OF.get(fact.type)
        if roles and any(x.key == company for x in fact.roles.get(roles[1], [])):
            return fact
    since = r.doc.sentences[max(0, s.sent.index - 1)].start
    for fact in reversed(r.facts):  # (the deal of the sentence before, though a headline told it first)
        if fact.evidence.start < since:
            break
        roles = ROLE_OF.get(fact.type)
        if roles and any(x.key == company for x in fact.roles.get(roles[1], [])):
            return fact
    return None


def bracketed_holders(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Norcrest's largest shareholders are Harbor Peak (12%), Aldon (8%) and Veltrix": one shareholding per holder,
    with the stake written in brackets after it (none when none is)."""
    company = r.members(s, m.group("company"), True)
    if not company or company[0].kind not in ORG_KINDS:
        return []
    facts = []
    for hit in _BRACKETED.finditer(m.group("list")):
        holder = r.members(s, hit.group(1), False, {company[0].key})
        if not holder or holder[0].kind not in ORG_KINDS:
            continue
        fact = fact_record(s, p, {"holder": holder[:1], "company": company[:1]}, r.modality(s, m.group()))
        fact.stake = s.value(hit.group(2)) if hit.group(2) else None
        facts.append(fact)
    return facts


_BRACKETED = re.compile(r"(«o\d+»)(?: \((?:about |roughly |around |nearly )?(«c\d+»)\))?")


# --- wt-el block: ranked shareholder lists ---
def followed_holders(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Harbor Peak is the largest shareholder with 18.6%, followed by Ridgeway with 11.2%": each holder listed after
    "followed by" with its own stake holds the company of the last stake read before it in this sentence, in that
    fact's mood; the first ranks second when that holder is the largest. None without a stake read before (a company
    is never guessed for a list), and never a holder that is the company."""
    pos = s.to_orig(m.start())
    prior = [f for f in r.current if f.type == "shareholding" and f.stake is not None and f.roles.get("company")
             and f.roles["holder"] and f.roles["holder"][0].start < pos]
    if not prior and _FOLLOWED_OPENS.match(s.text[:m.start()]):
        prior = _ranked_just_before(r, s)
    if not prior:
        return []
    lead, company = prior[-1], prior[-1].roles["company"][:1]
    facts: list[FactRecord] = []
    for n, hit in enumerate(_FOLLOWER.finditer(m.group("list"))):
        holder = r.members(s, hit.group(1), True, {company[0].key})
        if not holder or holder[0].kind not in ORG_KINDS or holder[0].key == company[0].key or any(
                f.type == "shareholding" and f.roles["holder"] and f.roles["holder"][0].key == holder[0].key
                for f in r.current + facts):
            continue
        fact = fact_record(s, p, {"holder": holder[:1], "company": company}, lead.modality)
        fact.stake, fact.date = s.value(hit.group(2) or hit.group(3)), lead.date
        if n == 0 and lead.qualifiers.get("rank") == "largest":
            fact.qualifiers["rank"] = "second"
        facts.append(fact)
    return facts


# "It was followed by Ridgeway with 11.2%", "They are followed by …": the list continues the ranking of the sentence
# before (a pronoun subject, nothing else before "followed")
_FOLLOWED_OPENS = re.compile(r"^[\"“]?(?:«i\d+»|It|They|This|That|These) (?:was|were|is|are)(?: (?:then|next|closely))?$")


def _ranked_just_before(r: Reader, s: Masked) -> list[FactRecord]:
    """The holding with its stake that the sentence just before ends on (its last fact, in the same paragraph)."""
    before = [x for x in r.doc.sentences if x.end <= s.sent.start]
    if not before or before[-1].paragraph != s.sent.paragraph or not r.facts:
        return []
    last = r.facts[-1]
    if (last.type != "shareholding" or last.stake is None or not last.roles.get("company") or not last.roles.get("holder")
            or not before[-1].start <= last.evidence.start < before[-1].end):
        return []
    return [last]


_FOLLOWER = re.compile(r"(«o\d+»)(?: (?:with|at|on) (?:an? |about |roughly |around |nearly |some )?(«c\d+»)|"
                       r" \((?:about |roughly |around |nearly )?(«c\d+»)\))")
# the holders a sentence lists after "followed by" or with their own stake (", B with 11.2%"): holders, never the
# company held (english._implicit leaves them out when it looks for the company of an unnamed holding)
LISTED_HOLDERS = re.compile(r"(?:\bfollowed (?:closely )?by |, (?:and )?| and )(«o\d+») (?:(?:with|at) (?:an? |about |roughly |"
                            r"around |nearly |some )?«c\d+»|\((?:about |roughly |around |nearly )?«c\d+»\))")


def founded_described(r: Reader, s: Masked, p: Pattern, m: re.Match[str]) -> list[FactRecord]:
    """"Alan Voss, who co-founded the company in 2019, …": the person founded the company the description stands for,
    when it is a description ("the company", "the firm", not "it") that stands for the company the text is about."""
    obj = s.items[int(m.group("company")[2:-1])][1]
    if not _DESCRIBED.fullmatch(r.doc.text[obj.start:obj.end]):
        return []
    founder = r.members(s, m.group("founder"), True)
    founder += [x for x in r.members(s, group(m, "co"), False) if all(x.key != y.key for y in founder)]
    founder = [x for x in founder if x.kind == "person"]
    company = r.members(s, m.group("company"), False, {x.key for x in founder})
    if not founder or not company or company[0].kind not in ORG_KINDS:
        return []
    topic = r.topic if r.topic is not None and r.topic.kind in ORG_KINDS else next(iter(r.ranked(s.sent.start)), None)
    if topic is None or topic.key != company[0].key:
        return []  # "Voss left Veltrix in 2018 and started the company a year later": the company is the text's, not
        #            the last one named
    fact = fact_record(s, p, {"founder": founder, "company": company[:1]}, r.modality(s, m.group()))
    fact.date = r.date(s, m.start("date"), m.end("date")) if m.group("date") else None
    return [fact]


_DESCRIBED = re.compile(r"[Tt]he (?:company|firm|start-?up)\b")
# an organisation told with a stake of its own ("B holds 11.2%", "B is second with 11.2%", "B 11.2%") or ranked beside
# the holder ("ahead of B", "behind B"): another holder, never the company held
SIBLING_HOLDERS = re.compile(r"(«o\d+»)(?: (?:[a-z-]+ ){0,5}?)«c\d+»|\b(?:ahead of|behind|after|trailing|followed by) («o\d+»)")


def sibling_holders(r: Reader, s: Masked) -> set[str]:
    """The keys of the organisations this sentence lists as holders beside the one read: the holders of the stakes read
    in it so far, those listed with a stake of their own or ranked beside another ("A holds 18.6% and B holds 11.2%",
    "A is the largest with 18.6%, ahead of B"). None of them is the company a holding with no company named is of."""
    keys = {x.key for f in r.current if f.type == "shareholding" for x in f.roles.get("holder", [])}
    for hit in SIBLING_HOLDERS.finditer(s.text):
        keys |= {x.key for x in r.members(s, hit.group(1) or hit.group(2), False)}
    return keys
# --- end wt-el block ---
