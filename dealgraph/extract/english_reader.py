"""The machinery of reading English sentences: the compiled grammar and a reader over masked sentences.

The grammar (data/english.yaml, compiled once) holds the patterns, the word lists that gate them and
the single regexes and cues they use. The reader rewrites a sentence with tokens in place of its
mentions, values and pronouns ("«o0» led a «m1» Series C round in «o2»"), resolves tokens back to
mentions (a pronoun to its antecedent) and finds the modality, amount, date and stake of a match.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from operator import attrgetter
from typing import Any

from dealgraph import lexicon
from dealgraph.datafiles import read_yaml
from dealgraph.extract.document import Doc, FactRecord, Mention, Sentence, Span, Value
from dealgraph.extract.mentions import rules as name_rules
from dealgraph.values.dates import DateValue

ORG_KINDS = ("organization", "candidate")
LETTER = {"money": "m", "percent": "c", "date": "d", "horizon": "h", "person": "p", "product": "r"}
_CLAUSE = re.compile(r"[,;:]")
_BULLET = re.compile(r"\s*[•·▪‣◦*]\s+")  # the mark of a list item ("• Backers include …")
_ENDS = ".!?\"”’)"  # how a sentence (not a headline) ends
_FIRST_PERSON = re.compile(r"\b(?:([Oo]ur)|[Ww]e)\b(?!['’])")
_QUOTE = re.compile(r"[\"“”]")
TOKEN = re.compile(r"«([a-z])(\d+)»")
PREP_BEFORE = re.compile(r"\b(?:of|in|from|with|by|to|for|on|at|than|and|into|over|behind)\s*$", re.I)
_PRONOUN = re.compile(r"\b(?:(?P<poss>[Ii]ts|[Tt]he (?:company|firm|start-up|startup|group)['’]s)|[Ii]t|"
                      r"[Tt]he (?:company|firm|start-up|startup)|"
                      # "the group" a company named … Group stands for (english_reader, Reader._description_fits; not
                      # "the group of lenders", nor one before a name: "the group Harbor Peak")
                      r"(?<=[a-z] )the group(?! of\b| [A-Z0-9])|"
                      # the lender was acquired by Santander: a kind of company for one named before (not "the bank HSBC")
                      r"[Tt]he (?:lender|bank|insurer|retailer|chipmaker|carmaker|automaker|broker|brokerage)(?! [A-Z0-9])|"
                      # the government a state body named before stands for (english.yaml kind_antecedents; not "the
                      # government of Japan": a name)
                      r"[Tt]he government(?! (?:of\b|[A-Z0-9])|-)|"
                      # would have bought the design-software maker: a description of a company named before ("a bid
                      # for the AI company": an abbreviation too)
                      # (wt-ze: a nationality first, "of the American chip designer")
                      r"(?<=[a-z] )the (?:[A-Z][a-z]+(?:an|ese|ish|ch) )?(?:(?:[a-z][\w-]+|[A-Z]{2,4}) ){1,2}(?:maker|developer|"
                      r"chipmaker|carmaker|automaker|manufacturer|designer|"
                      r"start-?up|firm|company|provider|operator)(?= (?:for|in|at|on|from|with|to)\b|[,.;])"
                      r")\b(?!['’])")
# (with an adverb: "Megvii, widely known for its Face++ platform, …", "best known for")
_PARTICIPLE = (r"(?:(?:widely|best|well|better|largely|partly|jointly|mainly) )?(?:(?:co-)?founded|backed|funded|owned|based|led|run|created|started|set up|spun (?:out|off)|"
               r"headquartered|controlled|incubated|valued|listed|known)")
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b(?!['’])")
# Advanced Micro Devices (AMD): the name and its abbreviation in brackets are one organisation (OneRobotics (Shenzhen):
# with its place)
# "the Dutch laboratory chain Medisync", "the private equity firm Ashgrove Partners": a description of the kind of company
# written before its name stands with it (an article, up to five words, a kind of company from english.yaml KIND)
# (news style writes short ones without an article: "a deal with data-center operator IREN", "with chipmaker AMD")
# ("ChatGPT-maker OpenAI": a product's maker; "Investors include Microsoft, the OpenAI Startup Fund and …": an article alone)
_DESCRIBED = r"(?:(?:the|an?) (?:[\w.&-]+ ){0,5}?(?:<KIND>) |(?:[\w&-]+ ){0,2}?(?:«r\d+»-)?(?:<KIND>) (?=«)|the (?=«o))?"
# (Elon Musk's xAI: the person's possessive stands with the name; "Pelican shareholders own 55%": no organisation acts)
# "Quillfeather (NASDAQ: QFTR)", "Quillfeather's (Nasdaq: QFTR) IPO": the exchange and trading code of a listed company
_CODE = r"(?:['’]s)? \((?:NASDAQ|Nasdaq|NYSE|HKEX|«o\d+») ?: ?[A-Z][A-Z0-9.]{0,5}\)"
_ORG = (_DESCRIBED + r"(?:«p\d+»['’]s )?«o\d+»(?: \((?:«o\d+»|[A-Z][A-Za-z]{1,11})\)|" + _CODE + r")?(?! (?:chief|co-founder|founder|ceo|"
        r"president|chairman|executive|shareholders|stockholders|employees|staff|workers|executives|officials|analysts)\b)")
_AND = r"(?: and | & | as well as | plus )"
# a verb that makes others act ("prompted rivals to order", "led buyers to rent"): what follows "to" is theirs
_MAKES_ACT = (r"(?:prompt(?:ed|s|ing)?|led|leads|leading|push(?:ed|es|ing)|forc(?:ed|es|ing)|caus(?:ed|es|ing)|"
              r"spurr(?:ed|ing)|spurs|encourag(?:ed|es|ing)|drove|drives|driving|urg(?:ed|es|ing)|ask(?:ed|s|ing)|"
              r"persuad(?:ed|es|ing)|allow(?:ed|s|ing)|enabl(?:ed|es|ing)|help(?:ed|s|ing)?|inspir(?:ed|es|ing))\b")
# A; A and B; A, B(,) and C; A, B and others; not "A, and B" nor "A, B" (in Norcrest Labs, Bloomberg News reported: one)
_OTHERS = r"(?=,? (?:and|among|as well as) others\b)"
_ORGS = rf"{_ORG}(?:{_AND}{_ORG}|(?:, {_ORG})+(?:,?{_AND}{_ORG}|{_OTHERS}))?"
# an aside after a member of a list, closed before the next member (between dashes, or after a comma: an article, then
# words ending in a word, not in a name)
_LIST_ASIDE = (r" [—–] (?:[^—–«»]|«[oc]\d+»){2,100}? [—–](?= (?:and|&) «|, «)"
               r"|, (?:an?|the|its|his|her) (?:[^,«»]|«[oc]\d+»){1,80}?(?:[a-z]|\b(?:at|of|for|with|from) «o\d+»)"
               r"(?=,? and «[op]\d+»|, «[op]\d+»)"  # (or in a name after a preposition: "a former lead at Epic Systems")
               # a company's unit described by its owner ("NVentures, Nvidia's venture capital arm, Salesforce Ventures
               # and …"): the owner is no member of the list
               r"|, «o\d+»['’]s (?:[a-z][\w-]* ){0,3}?(?:arm|unit|fund|division|subsidiary|affiliate|vehicle)"
               r"(?=,? and «[op]\d+»|, «[op]\d+»)"
               # a relative clause on a person, closed before the next person ("A, who led Veltrix's chip team, and B")
               r"|, who (?:[^,;«»]|«[orpd]\d+»){2,120}?(?=,? and «p\d+»|, «p\d+»)"
               # a person's former employer ("Dana Pell, formerly of Harbor Group, together with …")
               r"|, (?:formerly|previously|once|most recently|until recently) (?:of|at|with|from) (?:[^,«»]|«o\d+»){1,60}?"
               r"(?=,? (?:and|together with|along with) «[op]\d+»|, «[op]\d+»)")
# a person named with the company they head ("… and Harbor Partners chief executive Mark Walter"): the person acts
_HEADED = r"(?:«o\d+»(?:['’]s)? (?:co-?founder|founder|chief executive|chairman|chairwoman|ceo|president) (?=«p))?"
# investors may be people: "… Kestrel Holding, Prince Khalid Bin Saad and …", "… and Veltrix founder Mara Olsen"
# ("…, B and existing backer C": a member named with how it stands to the company)
# a member named with its owner before it ("…, Nvidia's venture arm NVentures, …"): the unit is the member
_OWNER_BEFORE = r"«o\d+»['’]s (?:[a-z][\w-]* ){0,3}?(?:arm|unit|fund|division|subsidiary|affiliate|vehicle) (?=«o)"
_OWNED_BY = rf"(?:{_OWNER_BEFORE})?"
_OWNED_BY_RX = re.compile(_OWNER_BEFORE)
_BACKER = rf"(?:(?:(?:existing|early|longtime|long-time|returning|prior) backers? )?{_OWNED_BY}{_ORG}(?:{_LIST_ASIDE})?|(?:«o\d+»(?:['’]s)? (?:co-?founder|founder|chief executive|chairman|chairwoman|ceo|president) )?«p\d+»)"
_BACKERS = rf"{_BACKER}(?:{_AND}{_BACKER}|(?:, {_BACKER})+(?:,?{_AND}{_BACKER}|{_OTHERS}))?"
# a kinship or partner word before the next person of a list ("Tom Reyes and his brother Sam Reyes", "A and her
# co-founder B"): the person after it is a member too
_KIN = (r"(?:his|her|their) (?:(?:younger|older|elder|twin|longtime|long-time) )?(?:brother|sister|wife|husband|son|daughter|"
        r"father|mother|cousin|partner|co-?founder|friend|colleague)s? ")
# people or companies acting together: A; A, B and C; A and his brother B; A together with B. A list closed by "and"
# takes no member after it ("founded by A and B, and C bought it in 2016": C opens a clause of its own)
_AGENT = rf"(?:{_KIN}|{_HEADED})«[op]\d+»(?:{_LIST_ASIDE})?"
_AGENTS = (rf"{_HEADED}«[op]\d+»(?:{_LIST_ASIDE})?(?:, {_AGENT})*(?:,? and {_AGENT})?"
           rf"(?:(?:,? together with |,? along with ){_AGENT}(?:, {_AGENT})*(?:,? and {_AGENT})?)*")
# an apposition opens with a comma, a second one right after the comma closing the first ("«o», a chip designer,
# founded by …,")
_APPOS = r"(?:, |(?<=,) )"
# A person's titles after the name: ", chief executive of «o»,", ", «o»'s co-founder and chairman,", ", «o»'s founder,
# chairman, and general manager" (the closing comma may be left out after a list of titles)
_TITLE = r"(?:(?:former|then|current|acting|interim|deputy|vice|senior|general|managing|founding) )?(?:co-?)?(?:<PERSON_TITLE>|manager|partner|owner)"
_TITLES = (rf"(?:, (?:«o\d+»['’]s |the |its |«j\d+» |an? )?{_TITLE}(?:(?:,? and |, ){_TITLE})*"
           rf"(?: (?:of|at) (?:the )?«o\d+»)?(?:,|(?<=[a-z])(?= (?:is|was|owns|owned|holds|held|controls|remains)\b)))")
# the commas of a list inside an apposition ("Norvane, a supplier of sensors, motors, and batteries, has raised …", "a
# maker of chips, servers and software,"): a lower-case member between them, "and" or "or" after
_LIST_COMMA = r", [a-z][\w-]*(?: [a-z][\w-]*)?,? (?:and|or) "
# the comma of a place inside an apposition: "Blocks, a Berlin, Germany-based start-up building …, has raised …"
_CITY_COMMA = r", (?=[A-Z][\w.]*(?: [A-Z][\w.]*)?-(?:based|headquartered)\b)"
# (wt-el) a person's aside naming the company they founded by a description: "Alan Voss, who co-founded the company in
# 2019, holds 6.4%"
_FOUNDER_ASIDE = r", who (?:co-?founded|cofounded|founded|set up|started) «i\d+»(?: in «d\d+»)?,"
# (wt-ed) a place and its region or country after "in" in an apposition: "Halden, based in Boston, Massachusetts,
# acquired …" (names or capitalised words; the comma between them closes no apposition)
_PLACE_PAIR = r"(?<= in )(?:«o\d+»|(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*)?)), (?:«o\d+»|(?-i:[A-Z][\w.]*(?: [A-Z][\w.]*)?))(?=,)"
FRAGMENTS = {
    # a subject and its apposition, which may name another company or a person: "Veltrix, a unit of Aldon Group,
    # owns …", "Quillfeather, founded by former Veltrix engineer Anna Lee, raised …"
    # "OpenAI, the company behind the chatbot ChatGPT, is …": "the company" of an apposition reads as a pronoun
    # (a person's titles, which may name the company: "Mara Olsen, chief executive of Quillfeather, …", "Mara Olsen,
    # Quillfeather's founder, chairman and general manager, …"; two appositions in a row: "Quillfeather, a chip
    # designer, founded by Mara Olsen in 2019, has filed …")
    "<SUBJ>": rf"(?:{_ORGS}|«i\d+»|«p\d+»(?:(?:,? and |, )«p\d+»)*(?:{_TITLES}|{_FOUNDER_ASIDE})?)(?:{_APPOS}(?!«)[^,«»]{{2,90}}(?:{_CITY_COMMA}[^,«»]{{2,140}})?,|"
              # (or a means: "Alibaba, through its venture arm, owns …")
              rf"{_APPOS}(?:also |itself |formerly )?(?:an?|the|its|«[ij]\d+»|{_PARTICIPLE}|which|who|that|whose|through|via) "
              rf"(?:{_PLACE_PAIR}|[^,«»]|«[omcdhprj]\d+»|{_LIST_COMMA}){{2,150}}(?:{_CITY_COMMA}(?:[^,«»]|«[omcdhpr]\d+»){{2,140}})?,|"
              # a relative clause whose own subject is a pronoun: "Intel, which is cutting jobs as it struggles, has sold"
              rf", (?:which|who) (?:[^,«»]|«[omcdhpr]\d+»)+? (?:as|while|because|after|since|when) «i\d+» "
              rf"(?:[^,«»]|«[omcdhprj]\d+»){{2,90}},|"
              # between dashes: "Veltrix — a chip designer that sells to carmakers — has raised …"
              rf" [—–] (?:also |itself |formerly )?(?:an?|the|its|«[ij]\d+»|{_PARTICIPLE}|which|who|that|whose) "
              # (the body may name the company by a pronoun: "— the Brixel affiliate its founder controls —")
              rf"(?:[^—–«»]|«[omcdhprij]\d+»){{2,140}} [—–]){{0,2}}",
    "<ORGS>": _ORGS, "<ORG>": _ORG, "<BACKERS>": _BACKERS, "<TITLES>": _TITLES,
    # (a member's aside before the next one: "Ana Ruiz — a former Veltrix engineer — and Tom Beck", "Ana Ruiz, a former
    # Veltrix engineer, and Tom Beck")
    "<OBJ>": rf"(?:{_ORG}|«[ij]\d+»)", "<AGENTS>": _AGENTS,
    # (not across a verb that makes others act: "X's launch pushed rival labs to rent more GPUs": the labs rent,
    # X does not)
    "<FILL>": r"(?:['’]s?(?: «m\d+»)?)?(?:,(?= ))?(?:,? (?:which|who|that))?"
              rf"(?!(?: [a-z][\w'’-]*){{0,2}} {_MAKES_ACT}(?: (?:[\w'’-]+|«[dhj]\d+»)){{1,4}} to )"
              r"(?: (?:[a-z][\w'’-]*|«[dhj]\d+»)){0,8}? ",
    "<GAP>": r"(?:[^«»]|«[mcdhr]\d+»)", "<M>": r"«m\d+»", "<PCT>": r"«c\d+»", "<POSS>": r"«j\d+»"}

# --- wt-ed: deal appositions (founding, acquisition, investment) ---
# an apposition between a passive deal verb's subject and the verb, which may name a place, a person or another
# company: "Tessaron, based in Toronto, was started by …", "Brightline, a Denver start-up, was acquired by …",
# "Tessaron, headquartered in Toronto, Canada, was bought by …", "Brightline, one of the largest robot makers in Denver,
# …", "Brightline, in which Halden owns a stake, …" (the subject is the name before it; english.yaml founded_by,
# acquired_by, backed_by)
FRAGMENTS["<ASIDE>"] = (rf"{_APPOS}(?:also |itself |formerly )?(?:an?|the|its|«[ij]\d+»|{_PARTICIPLE}|which|who|that|whose|"
                        rf"one of|(?:in|of|for|with) which|of|from) "
                        rf"(?:{_PLACE_PAIR}|[^,«»]|«[omcdhprj]\d+»|{_LIST_COMMA}){{1,150}}"
                        rf"(?:{_CITY_COMMA}(?:[^,«»]|«[omcdhpr]\d+»){{2,140}})?,")
# a name right after "based in", "headquartered in" is a place: never a party of a deal ("Tessaron, based in Toronto,
# was started by …": not Toronto); so is one in an aside "of" or "from" right after a name, closed by a comma
# ("Tessaron, of Toronto, was founded by …")
_PLACE_BEFORE = re.compile(r"\b(?:based|headquartered|located|incorporated|registered|domiciled) (?:in|out of) (?:the )?"
                           r"(?:(?:«o\d+»|[A-Z][\w.]*(?: [A-Z][\w.]*)?), )?$")
_PLACE_ASIDE = re.compile(r"«o\d+», (?:of|from) $")  # (closed by a comma after the place: not "bought Y, a chip
#                                                          designer, from Harbor Group for $9 billion": the seller)
# a price of one share told without "per share" (english_reader.unit_price)
_EACH_AFTER = re.compile(r" (?:each|apiece|a piece)\b")
_AT_BEFORE = re.compile(r"\bat (?:about |around |roughly |nearly |some |an average of |an average price of )?$")
_SHARES_BEFORE = re.compile(r"\b(?:shares|stock|ADSs|ADRs)(?: (?:of|in) «[oij]\d+»)? at (?:about |around |roughly |nearly "
                            r"|some |an average of |an average price of )?$")
_SHARES_IN_CLAUSE = re.compile(r"\b(?:shares|stock|ADSs|ADRs)\b[^,;:]*$")


def unit_price(text: str, start: int, end: int) -> bool:
    """Whether the money token at start:end of a masked sentence is the price of one share, not a deal's amount:
    "sold 2 million shares of Y at $20.47" (shares at a sum), "buying 433.3 million shares at $20.47 each", "bought
    shares of Y for $20.47 each" (each or apiece after "at" or after shares named in the clause; not "A and B invested
    $5 million each": each investor's sum, nor "bought new shares for $40 million": the total)."""
    lo = max(0, start - 80)
    if _SHARES_BEFORE.search(text, lo, start):
        return True
    return bool(_EACH_AFTER.match(text, end)) and bool(_AT_BEFORE.search(text, lo, start)
                                                     or _SHARES_IN_CLAUSE.search(text, lo, start))
# --- end wt-ed ---


@dataclass(frozen=True)
class Pattern:
    name: str
    type: str
    key: str  # the word list that must occur in the sentence for the pattern to be tried
    regex: re.Pattern[str]
    quals: dict[str, Any] = field(default_factory=dict)
    lead: bool = False
    context: str = ""  # join: add to the round just read; same: the patient of the same investor's deal;
    # open: no agent named (Y raised $40 million in Series B funding); more: a second deal of the parties just read


@dataclass(frozen=True)
class Grammar:
    patterns: tuple[Pattern, ...]
    lists_of: dict[str, frozenset[str]]  # lower-case word -> the key lists with an entry starting with it
    rx: dict[str, re.Pattern[str]]  # metric, person_cue and the single regexes of the data
    cues: dict[str, tuple[tuple[str, re.Pattern[str]], ...]]  # modality, listing_stages, exchanges, consideration
    ranks: dict[str, str]
    names: dict[str, frozenset[str]]



# A pattern's match never starts inside a word (between two of its characters): said first, the engine skips those
# positions at once instead of trying every slot from each of them, which was most of English reading's time.
_AT_WORD_START = r"(?:(?<![\w&-])|(?![\w&-]))"


def one_of(words: list[str]) -> str:
    """A regex alternation of the words, longest first so that no entry is cut short by its prefix."""
    return "|".join(sorted(words, key=len, reverse=True))


def _expand(template: str, words: dict[str, list[str]]) -> str:
    for key, value in FRAGMENTS.items():
        template = template.replace(key, value)
    return _possessive(re.sub(r"<([A-Z_]+)>", lambda m: _word_list(tuple(words[m.group(1)])), template))


_RUN_THEN_SPACE = re.compile(r"(?<!\\)(\[(?!\^)(?:\\.|[^\]\\])*\])([+*]) ")


def _possessive(pattern: str) -> str:
    """[\\w&-]+ → [\\w&-]++ where a class that holds no space is followed by a space: giving back characters of the run
    can never let the space match, so the engine need not try (a word's length of steps saved at each position)."""
    def tighten(m: re.Match) -> str:
        if " " in m.group(1) or re.search(r"\\[sWSDB]", m.group(1)):
            return m.group()
        return f"{m.group(1)}{m.group(2)}+ "
    return _RUN_THEN_SPACE.sub(tighten, pattern)


_REGEX_SYNTAX = re.compile(r"[\\\[\](){}?*+|^$.]")


@cache
def _word_list(words: tuple[str, ...]) -> str:
    """A list of the grammar's words as a regex: a trie (c(?:hipmaker|ompany)…) when the words are plain, so that a
    position where none can start fails at its first character instead of at each of the list's words. It matches
    what one_of's alternation does, in the same order: where several words fit, the longest first."""
    if any(_REGEX_SYNTAX.search(w) for w in words) or _case_twins(words):
        return one_of(list(words))
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


def _case_twins(words: tuple[str, ...]) -> bool:
    """Whether, read without case, one word starts another that it does not start as written (Nasdaq, NASDAQ
    Composite): a trie would then try them in another order than longest first."""
    return any(x != y and y.lower().startswith(x.lower()) and not y.startswith(x) for x in words for y in words)


def _trie_regex(node: dict) -> str:
    """A trie node as a regex: its branches, the word ending here (if one does) tried last."""
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in node.items() if ch]
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


@cache
def grammar() -> Grammar:
    raw = read_yaml("english.yaml")
    words = raw["words"]
    patterns = tuple(Pattern(p["name"], p["type"], p["key"],
                             re.compile(f"{_AT_WORD_START}(?:{_expand(p['re'], words)})", re.I),
                             p.get("quals", {}), p.get("lead", False), p.get("context", "")) for p in raw["patterns"])
    lists_of: dict[str, frozenset[str]] = {}
    for key in [p.key for p in patterns] + ["FINANCIAL"]:
        for w in words[key]:
            lists_of[w.split()[0].lower()] = lists_of.get(w.split()[0].lower(), frozenset()) | {key}
    rx = {k: re.compile(_expand(raw[k], words), re.I) for k in ("rounds", "co_investors", "compute", "result",
                                                                    "stake_near", "valuation")}
    rx["apposition"] = re.compile(_expand(raw["apposition"], words))
    rx["described"] = re.compile(_expand(raw["described"], words))  # case matters: "The" opens the sentence
    verbs = {entry.split()[0] for key in raw["describing_verbs"] for entry in words[key] if entry.split()[0].isalpha()}
    rx["bare_described"] = re.compile(_expand(raw["bare_described"], {
        **words, "NOT_DESCRIBING": sorted(set(words["NOT_DESCRIBING"]) | verbs)}))  # case matters: a kind is lower-case
    rx["name_tail"] = re.compile(raw["name_tail"])
    rx["titles"] = re.compile(_expand(rf"(?<=«p\d»|p\d\d»){_TITLES}", words), re.I)
    rx["source_before"], rx["source_after"] = re.compile(raw["source_before"]), re.compile(raw["source_after"])
    rx["terminated"] = re.compile("|".join(raw["later_events"]["terminated"]), re.IGNORECASE)
    metrics = [f"(?P<{k}>{one_of(v)})" for k, v in raw["metrics"].items()]
    metrics.append(f"(?P<state>{one_of(raw['profit_states'])})")
    rx["metric"] = re.compile(rf"(?<![\w-])(?:{'|'.join(metrics)})\b", re.I)
    rx["person_cue"] = re.compile(rf"(?:\b(?:{one_of(words['PERSON_TITLE'])}),?|founded(?: in [^,.]{{1,20}})? by) $",
                                  re.I)
    cues = {"modality": tuple(raw["modality"].items()), "consideration": tuple(raw["consideration"].items()),
            "stages": tuple((s["stage"], s["cue"]) for s in raw["listing_stages"]),
            "exchanges": tuple((s["exchange"], s["cue"]) for s in raw["exchanges"])}
    names = {k: frozenset(v) for k, v in raw["names"].items()}
    names["outlets"], names["kinds"] = frozenset(raw["news_outlets"]), frozenset(words["KIND"])
    names["stop"] |= name_rules().latin_stop
    for kind, spec in raw["kind_antecedents"].items():  # "the chipmaker": its words and the lexicon sectors of the kind
        rx[f"kind:{kind}"] = re.compile(rf"\b(?:{one_of([re.escape(w) for w in spec['words']])})\b", re.I)
        names[f"kind:{kind}"] = frozenset(spec["sectors"])
    names["kind_antecedents"] = frozenset(raw["kind_antecedents"])
    names.update(lead=names["lead_stop"] | {"&"}, trail=names["stop"] - names["org_words"] | {"&"},
                 skip=names["stop"] | names["lead_stop"])
    return Grammar(patterns, lists_of, rx, {k: tuple((n, re.compile(one_of(c), 0 if k == "exchanges" else re.I))
                                                     for n, c in v) for k, v in cues.items()},
                   {w: r for r, ws in raw["ranks"].items() for w in ws}, names)


@dataclass
class Masked:
    """One sentence with tokens in place of mentions, values and pronouns."""

    sent: Sentence
    text: str
    items: list[tuple[str, Any, int]]  # (letter, Mention | Value | Span, position in text)
    starts: list[int]  # masked offsets where a piece starts, and the document offsets they come from
    origs: list[int]
    resolved: dict[int, Mention | None] = field(default_factory=dict)

    def to_orig(self, pos: int) -> int:
        i = max(0, bisect_left(self.starts, pos + 1) - 1)
        return self.origs[i] + (pos - self.starts[i])

    def tokens(self, letter: str, start: int = 0, end: int | None = None) -> list[tuple[int, Any, int]]:
        end = len(self.text) if end is None else end
        return [(n, obj, p) for n, (ltr, obj, p) in enumerate(self.items) if ltr == letter and start <= p < end]

    def value(self, token: str | None) -> Any:
        return self.items[int(token[2:-1])][1] if token else None


_SPACED_MARKS = (" ,", " .", " ;", " :", " 's ", " ’s ")  # (and a possessive: "Intel Corp. 's purchase of …")
# what joins a kind written before a name to it ("chipmaker Veltrix", "semiconductor company Veltrix"; not "a chipmaker
# based in Oregon": a place named after it), and the words
# after a name up to a kind describing it ("Veltrix, a chip designer", "Veltrix is a Taiwanese semiconductor company",
# "Veltrix (NASDAQ: VLTX), the chipmaker")
_KIND_BEFORE = re.compile(r" (?:(?:company|firm|group|maker|designer|giant|manufacturer|supplier|business) )?")
_KIND_AFTER = re.compile(r"(?: \([^()]{1,30}\))?(?:,| (?:is|was|remains|became)) (?:an? |the |one of the )?(?:[\w.-]+ ){0,3}?")


@dataclass
class Reader:
    """Reads the English sentences of one document in order, keeping the paragraph's topic and the last deal."""

    doc: Doc
    g: Grammar
    facts: list[FactRecord] = field(default_factory=list)
    added: list[Mention] = field(default_factory=list)  # mentions of pronouns that facts use
    current: list[FactRecord] = field(default_factory=list)  # facts of the sentence being read
    topic: Mention | None = None
    paragraph: int = -1
    last_deal: tuple[int, FactRecord] | None = None
    full_exits: set[tuple[str, str]] = field(default_factory=set)  # (seller, company) of whole holdings sold
    merges: list[FactRecord] = field(default_factory=list)  # mergers told with no result yet (english.merger_named_after)
    _ranked: list[Mention] | None = None
    _orgs: list[Mention] = field(default_factory=list)  # the organisations ranked() counts, in the order of the text
    _filer: Mention | bool | None = None
    match: re.Match[str] | None = None  # the pattern's match being read (the scope of a later conjunct's report cue)

    def __post_init__(self) -> None:
        self._starts = [m.start for m in self.doc.mentions]
        self._value_starts = [v.start for v in self.doc.values]

    def values_in(self, start: int, end: int) -> list[Value]:
        lo, hi = bisect_left(self._value_starts, start), bisect_left(self._value_starts, end)
        return [v for v in self.doc.values[lo:hi] if v.end <= end]

    def mask(self, sent: Sentence) -> Masked:
        lo, hi = bisect_left(self._starts, sent.start), bisect_left(self._starts, sent.end)
        spans = [(m.start, m.end, "s" if self.is_source(m) else LETTER.get(m.kind, "o"), m)
                 for m in self.doc.mentions[lo:hi]]
        spans += _folded_conversions([(v.start, v.end, LETTER[v.kind], v) for v in self.values_in(sent.start, sent.end)
                                      if v.kind in LETTER], self.doc.text)
        named = {m.start for m in self.doc.mentions[lo:hi] if m.kind in ORG_KINDS}  # "The start-up Pellion Labs": no
        spans += [(sent.start + p.start(), sent.start + p.end(), "j" if p.group("poss") else "i",  # pronoun before a name
                   Span(sent.start + p.start(), sent.start + p.end())) for p in _PRONOUN.finditer(sent.text)
                  if p.group("poss") or sent.start + p.end() + 1 not in named]
        if not _QUOTE.search(sent.text):  # a press release's "we" and "our" are its company; in a quote, the speaker's
            spans += [(sent.start + p.start(), sent.start + p.end(), "j" if p.group(1) else "i",
                       Span(sent.start + p.start(), sent.start + p.end())) for p in _FIRST_PERSON.finditer(sent.text)]
        for p in _PERSON_PRONOUN.finditer(sent.text):  # Musk set up xAI … OpenAI, the lab he co-founded: Musk
            start, end = sent.start + p.start(), sent.start + p.end()
            lo = bisect_left(self._starts, start - 300)  # a person named in the 300 characters before
            ante = next((m for m in reversed(self.doc.mentions[lo:bisect_left(self._starts, start)])
                         if m.kind == "person"), None)
            if ante is not None:
                spans.append((start, end, "p", Mention(start, end, p.group(), "person", ante.key, "coref",
                                                        ante.canonical)))
        spans = self._with_descriptions(spans, sent)
        described = self._described_subject(sent)
        if described is not None:  # The San Francisco firm's backers …: a possessive description
            possessive = self.doc.text.startswith(("'s", "’s"), described[0].end)
            if possessive:
                described = (Span(described[0].start, described[0].end + 2), described[1])
            spans.append((described[0].start, described[0].end, "j" if possessive else "i", described[0]))
        bullet = _BULLET.match(sent.text)  # "• Investors include A and B": a list item's mark opens no sentence
        pieces, items, starts, origs, mpos = [], [], [], [], 0
        pos = sent.start + (bullet.end() if bullet else 0)
        for start, end, letter, obj in sorted(spans, key=lambda x: (x[0], x[0] - x[1])):
            if start >= pos:
                token = f"«{letter}{len(items)}»"
                pieces += [self.doc.text[pos:start], token]
                starts += [mpos, mpos + start - pos]
                origs += [pos, start]
                items.append((letter, obj, mpos + start - pos))
                # "Norcrest , the chip designer, …", "… with start-up Figaro .": a space a page left before a comma or
                # a full stop (or a possessive's 's) after a name or a figure goes into its token, so the punctuation
                # follows it as usual
                if self.doc.text.startswith(_SPACED_MARKS, end) and end + 2 <= sent.end:
                    end += 1
                mpos, pos = mpos + start - pos + len(token), end
        pieces.append(self.doc.text[pos:sent.end])
        masked = Masked(sent, "".join(pieces), items, starts + [mpos], origs + [pos])
        for n, (letter, obj, _) in enumerate(items):  # "The chipmaker said it …": read before "it" takes it
            if letter in "ij" and (kind := self.kind_of(obj)) is not None:
                ante = self.kind_antecedent(kind, obj.start)
                masked.resolved[n] = None if ante is None else Mention(
                    obj.start, obj.end, self.doc.text[obj.start:obj.end], ante.kind, ante.key, "coref", ante.canonical)
        if described is not None:
            span, ante = described
            for n, (_, obj, _) in enumerate(items):
                if obj is span and self.kind_of(span) is None:
                    masked.resolved[n] = Mention(span.start, span.end, self.doc.text[span.start:span.end], ante.kind,
                                                 ante.key, "coref", ante.canonical)
        return masked

    def _with_descriptions(self, spans: list[tuple[int, int, str, Any]], sent: Sentence) -> list[tuple[int, int, str, Any]]:
        """An organisation's token also covers a description written before it with no article ("agreed to buy chip
        designer «o»", "invested in AI start-up «o»") and a legal form or listing code after it ("«o», Inc. (NASDAQ:
        QFTR)"), within the text between it and the pieces around it (english.yaml bare_described, name_tail)."""
        spans = sorted(spans, key=lambda x: (x[0], x[0] - x[1]))
        text, out = self.doc.text, []
        for i, (start, end, letter, obj) in enumerate(spans):
            if letter == "o" and obj.kind in ORG_KINDS:
                lo = max(out[-1][1] if out else sent.start, start - 80)
                last = text[max(lo, start - 30):start].split()[-1:]  # (the kind or place written last: a quick test)
                aside = last and last[0].endswith(",") and text.startswith(",", end)  # design company, «o», …
                last = [last[0].rstrip(",")] if aside else last if last and not last[0].endswith(",") else []
                bare = self.g.rx["bare_described"].search(text, lo, start) if last and text[start - 1] == " " and (
                    last[0] in self.g.names["kinds"] or last[0].endswith(("-based", "-headquartered"))) else None
                if bare is not None and not _ARTICLE_BEFORE.search(text, max(sent.start, bare.start() - 12), bare.start()):
                    start = bare.start()
                    if out and _opens_with_word(text, sent, out, start):  # "Robotics start-up Figure said …": the
                        start = out.pop()[0]  # capitalised word opening the sentence is the description's first word
                place = _PLACE_POSSESSIVE.search(text, max(lo, start - 30), start)  # "Canada's Inovia Capital": a place's
                start = place.start() if place is not None else start
                state = _STATE_DESCRIBED.search(text, max(lo, start - 60), start)  # from Zhuhai city's state-owned Huafa
                start = state.start() if state is not None else start
                end = max(end, self.g.rx["name_tail"].match(text[end:sent.end]).end() + end)  # (a code found as a
            out.append((start, end, letter, obj))  # name inside it is covered: the token loop skips what it covers)
        return out

    def _described_subject(self, sent: Sentence) -> tuple[Span, Mention] | None:
        """A sentence opening with a description of a company ("The Dutch chip-equipment maker invested …")
        speaks of the last organisation named in the sentence before it, in the same paragraph (ASML, after
        "… in a Series C round led by ASML"), or of the paragraph's topic when that sentence names none; opening a
        paragraph, of the organisation the document names most."""
        hit = self.g.rx["described"].match(sent.text)
        if hit is None or sent.index == 0:
            return None
        prev = self.doc.sentences[sent.index - 1]
        if prev.paragraph != sent.paragraph:  # a paragraph opening "The San Francisco company was founded …": the
            first = next(iter(self.ranked(sent.start, True)), None)  # company the text named most before it
            return (Span(sent.start, sent.start + hit.end()), first) if first is not None else None
        lo, hi = bisect_left(self._starts, prev.start), bisect_left(self._starts, prev.end)
        named = [m for m in self.doc.mentions[lo:hi] if m.kind in ORG_KINDS and not self.is_source(m)]
        fits = self.described_antecedent(hit.group(), sent.start)  # The group: Harbor Group; the robot maker: X Robotics
        # a name written only as a modifier ("new Lumora shares"), as the object of a holding ("its stake in Lumora")
        # or as a possessor ("counts Lumora's cloud unit among its customers") is not what a description opening the
        # next sentence speaks of; the subject or an agent ("led by ASML") is
        strong = [m for m in named if not self.is_modifier(m) and not _HELD_OBJECT.search(
            self.doc.text, max(prev.start, m.start - 16), m.start) and not self.doc.text.startswith(("'s", "’s"), m.end)]
        ante = fits or (strong[-1] if strong else named[-1] if named and self.topic is None else self.topic) \
            or (named[-1] if named else None) or next(iter(self.ranked(sent.start)), None)  # (naming no company)
        return (Span(sent.start, sent.start + hit.end()), ante) if ante is not None else None

    def described_antecedent(self, desc: str, pos: int) -> Mention | None:
        """The organisation named before pos that a description fits, the nearest first: one whose name has the
        description's noun ("the group": Harbor Group) or a word its words stand for ("the robot maker": Northwind
        Robotics), or one the text described by the same words before ("Pike Analytics, a data-labeling start-up …
        the startup"). None when none fits ("the company", "the firm": any company; left to the reader)."""
        words = [w for w in re.findall(r"[a-z][\w-]*", desc.lower().replace("start-up", "startup")) if w != "the"]
        if not words or words[-1] in ("company", "firm", "s"):
            return None
        head, mods = words[-1], [w for w in words[:-1] if len(w) >= 4 and w not in ("leading", "largest", "biggest")]
        text, seen = self.doc.text, set()
        before = [m for m in self.doc.mentions[:bisect_left(self._starts, pos)] if m.kind in ORG_KINDS
                  and not self.is_source(m) and m.end <= pos]
        here = self._paragraph_at(pos)
        for m in reversed(before):
            if m.key in seen:
                continue
            seen.add(m.key)
            if self._paragraph_at(m.start) < here - 1:
                break  # (a company last named two paragraphs back or more is no longer what the text speaks of)
            same = [x for x in before if x.key == m.key]
            name_words = {w.lower() for x in same for w in re.findall(r"[A-Za-z][\w-]*", f"{x.text} {x.canonical}")}
            if head not in _GENERIC_HEADS and head in name_words:
                return m
            if any(n.startswith(w) or len(n) >= 4 and w.startswith(n) for w in mods for n in name_words if len(n) >= 4):
                return m
            said = re.compile(r"\b" + (re.escape(mods[-1]) + r"[\w-]* " if mods else "")
                              + ("start-?up" if head == "startup" else re.escape(head)) + r"s?\b", re.I)
            for x in same:
                cue = said.search(text, max(0, x.start - 40), x.start)
                after = _KIND_AFTER.match(text, x.end, min(len(text), x.end + 80))
                if cue is not None and _KIND_BEFORE.fullmatch(text, cue.end(), x.start) \
                        or after is not None and said.match(text, after.end()):
                    return m
        return None

    def _paragraph_at(self, pos: int) -> int:
        """The paragraph of the sentence at a document offset."""
        sents = self.doc.sentences
        i = max(0, bisect_right([x.start for x in sents], pos) - 1)
        return sents[i].paragraph if sents else 0

    def is_modifier(self, m: Mention) -> bool:
        """Whether a name is written as a modifier of a noun after it inside a clause: "after carmakers picked Veltrix
        sensors", "a purchase of new Norcrest shares", "design their own Arm chips" (a word of english.yaml
        modified_nouns after it, or a determiner before it and a lower-case word after it that is no verb). A name so
        written opening its clause ("Lumora shares fell after it …") still names what the clause speaks of."""
        text = self.doc.text
        after = _WORD_AFTER.match(text, m.end)
        if after is None:
            return False
        word = after.group(1)
        if not (word in self.g.names["modified_nouns"] or _DETERMINER_BEFORE.search(text, max(0, m.start - 12), m.start)
                and word not in _NOT_MODIFIED and not word.endswith("ed")):
            return False
        lo = max((text.rfind(c, max(0, m.start - 200), m.start) for c in ".;:,!?\n"), default=-1) + 1
        return _CLAUSE_WORD.search(text, lo, m.start) is not None

    def sentence_topic(self, sent: Sentence) -> Mention | None:
        """The organisation a sentence is about: its first one, unless a pronoun comes first; "Bloomberg reported that
        Thornbury was in talks …": the subject of what was reported, not the one reporting it."""
        lo, hi = bisect_left(self._starts, sent.start), bisect_left(self._starts, sent.end)
        orgs = [m for m in self.doc.mentions[lo:hi] if m.kind in ORG_KINDS and not self.is_source(m)]
        orgs = [m for m in orgs if not (m.kind == "candidate" and _PERSON_MOVE.match(self.doc.text, m.end))]
        first = orgs[0] if orgs else None
        if len(orgs) > 1 and _REPORTED_THAT.match(self.doc.text, first.end, orgs[1].start):
            first = orgs[1]
        if first is not None and _FOR_FRAME.fullmatch(self.doc.text, sent.start, first.start) \
                and _FRAME_CLOSED.match(self.doc.text, first.end):
            return first  # "For Corvid, the Lumora stake is a first step. In May it …": the frame names the topic
        if first is not None and _PREP_ONLY.search(self.doc.text, max(sent.start, first.start - 12), first.start):
            return None  # The round was co-led by Northzone: the topic stays the company of the round
        pron = _PRONOUN.search(sent.text)
        return None if first is None or (pron and sent.start + pron.start() < first.start) else first

    def ranked(self, before: int | None = None, left: bool = False) -> list[Mention]:
        """The organisations of the document, most named first (ties: the one named first); a stock exchange the shares
        trade on ("will start trading on the Nasdaq") is where a company lists, never the company a pronoun or "the
        company" stands for. With `before`, those already named before that offset come first (as 该公司 in Chinese,
        coref.most_named): "The company raised …" opening a paragraph means a company the text has introduced, the one
        the document names most among them, not one named often only in later paragraphs (all of them when none is
        named before it: "The company, based in San Jose, …" opening an excerpt)."""
        if self._ranked is None:
            exchanges = [cue for _, cue in self.g.cues["exchanges"]]
            self._orgs = [m for m in self.doc.mentions if m.kind in ORG_KINDS and not self.is_source(m)
                          and not any(cue.fullmatch(m.text) for cue in exchanges)
                          and not _BACKER_COMPOUND.match(self.doc.text, m.end)]  # (Microsoft-backed Builder.ai: Builder.ai)
            self._ranked = _most_named(self._orgs)
        if before is None:
            return self._ranked
        if left:  # ranked by how often each is named before that offset: a description opening a paragraph is read
            # from its own left context (a company named often only in later paragraphs draws no earlier "The company")
            named = _most_named(self._orgs[:bisect_left(self._orgs, before, key=_START)])
            return named + [m for m in self._ranked if m.key not in {x.key for x in named}]
        known = {m.key for m in self._orgs[:bisect_left(self._orgs, before, key=_START)]}
        return [m for m in self._ranked if m.key in known] + [m for m in self._ranked if m.key not in known]

    def is_source(self, m: Mention) -> bool:
        """Whether an organisation is named as the source of the news: a news outlet (english.yaml news_outlets), or
        a name in a news frame ("told Veltrix Daily", "(Veltrix Wire) -", "Veltrix Daily reported")."""
        if m.kind not in ORG_KINDS:
            return False
        text = self.doc.text
        return m.text in self.g.names["outlets"] or bool(
            self.g.rx["source_before"].search(text, max(0, m.start - 20), m.start)
            or text[m.start - 1:m.start] == "(" and self.g.rx["source_after"].match(text[m.end:m.end + 3])
            or m.kind == "candidate" and self.g.rx["source_after"].match(text[m.end:m.end + 40]))

    def members(self, s: Masked, text: str | None, agent: bool, exclude: set[str] = frozenset()) -> list[Mention]:
        """The mentions a role group names; a subject's apposition is no member ("«o0», a unit of «o1»,": «o0»)."""
        out: list[Mention] = []
        text = re.sub(_CODE, "", _POSSESSOR.sub("", text or ""))  # Elon Musk's xAI: xAI; xAI (NYSE: XAI): xAI
        text = _BRACKETED.sub("", text)  # Microsoft (MSFT): one company, its code or abbreviation no second member
        text = _PRODUCT_MAKER.sub("", text)  # ChatGPT-maker OpenAI: OpenAI; the product describes it
        text = _LIST_ASIDE_RX.sub("", text)  # nor the company of an aside ("A, B's venture arm, C and D": A, C, D)
        text = _OWNED_BY_RX.sub("", text)  # nor the owner named before a member ("A, B's venture arm C and D": A, C, D)
        if "«p" in text:  # Mara Olsen, Quillfeather's founder and chairman: the person, not the company of the titles
            text = self.g.rx["titles"].sub("", text)
        for _, n in TOKEN.findall(self.g.rx["apposition"].split(text, 1)[0]):
            at = s.items[int(n)][2]
            if _PLACE_BEFORE.search(s.text, max(0, at - 40), at) or _PLACE_ASIDE.search(s.text, max(0, at - 16), at) \
                    and s.text.startswith(",", at + len(f"«o{n}»")):
                continue  # (wt-ed) "based in «o»", "«o», of «o»,": a place
            m = self.resolve(s, int(n), agent, exclude)
            if m is not None and m.key not in exclude and all(m.key != o.key for o in out):
                out.append(m)
        return out

    def resolve(self, s: Masked, n: int, agent: bool, exclude: set[str]) -> Mention | None:
        """The mention a token stands for; a pronoun becomes a mention of its antecedent."""
        letter, obj, pos = s.items[n]
        if letter not in "ij":
            return obj if letter in "opr" else None
        filer = self.filer() if _FIRST_PERSON.fullmatch(self.doc.text[obj.start:obj.end]) else None
        kind = self.kind_of(obj)
        if kind is not None:  # the chipmaker: the one named before that is a chipmaker, or none
            ante = self.kind_antecedent(kind, obj.start)
            s.resolved[n] = None if ante is None or ante.key in exclude else Mention(
                obj.start, obj.end, self.doc.text[obj.start:obj.end], ante.kind, ante.key, "coref", ante.canonical)
        elif n not in s.resolved and (fits := self._description_fits(obj)) is not False:  # the group: Harbor Group
            # (none when no group is named; a description opening the sentence was resolved when masked)
            s.resolved[n] = None if fits is None or fits.key in exclude else Mention(
                obj.start, obj.end, self.doc.text[obj.start:obj.end], fits.kind, fits.key, "coref", fits.canonical)
        elif filer is not None and filer.key not in exclude:
            s.resolved[n] = Mention(obj.start, obj.end, self.doc.text[obj.start:obj.end], filer.kind, filer.key, "coref",
                                    filer.canonical)
        elif n not in s.resolved or not agent:
            ante = self.subject_antecedent(s, n) if agent else self.object_antecedent(s, pos, exclude)
            s.resolved[n] = None if ante is None else Mention(
                obj.start, obj.end, self.doc.text[obj.start:obj.end], ante.kind, ante.key, "coref", ante.canonical)
        return s.resolved[n]

    def _description_fits(self, span: Span | Mention) -> Mention | None | bool:
        """What a description standing for a company inside a sentence stands for when its words say more than "the
        company": "the group" is a company named before whose name ends in Group (or none: "the group" of lenders),
        "the robot maker" one whose name or earlier description says so (else left to the reader: False)."""
        text = self.doc.text[span.start:span.end]
        if not _DESCRIPTION.match(text):
            return False
        fits = self.described_antecedent(text, span.start)
        if fits is not None:
            return fits
        return None if text.lower().startswith("the group") else False

    def kind_of(self, span: Span | Mention) -> str | None:
        """The kind of company of english.yaml kind_antecedents a pronoun-like description names ("the chipmaker",
        "The U.S. chipmaker", "the carmaker's"), if any."""
        text = self.doc.text[span.start:span.end].lower()
        return next((k for k in self.g.names["kind_antecedents"] if self.g.rx[f"kind:{k}"].search(text)), None) \
            if "the" in text else None

    def kind_antecedent(self, kind: str, pos: int) -> Mention | None:
        """The organisation "the chipmaker" at pos stands for: the nearest one before it that the text describes as
        a chipmaker ("chipmaker Veltrix", "Veltrix, a chip designer", "Veltrix is a semiconductor company", "Veltrix
        Semiconductor"; "the government": "the U.S. government" named before), else the
        nearest whose lexicon sector is that kind's (Nvidia: chips), else none (never the last name merely because it
        comes last: "Microsoft acquired GitHub. The chipmaker …" names no chipmaker)."""
        text, rx = self.doc.text, self.g.rx[f"kind:{kind}"]
        before = [m for m in self.doc.mentions[:bisect_left(self._starts, pos)] if m.kind in ORG_KINDS
                  and not self.is_source(m) and m.end <= pos][::-1]
        described: list[tuple[Mention, str]] = []  # (a company described as of the kind, the words describing it)
        for m in before:
            cue = rx.search(text, max(0, m.start - 40), m.start)
            if rx.search(m.text) or cue is not None and _KIND_BEFORE.fullmatch(text, cue.end(), m.start):
                described.append((m, text[max(0, m.start - 40):m.end]))
            elif (after := _KIND_AFTER.match(text, m.end, min(len(text), m.end + 80))) is not None:
                # "Veltrix, a Seattle-based chipmaker": up to three words between the article and the kind
                at = after.end()
                for _ in range(4):
                    if rx.match(text, at):
                        described.append((m, text[m.end:at]))
                        break
                    word = _KIND_MODIFIER.match(text, at)
                    if word is None:
                        break
                    at = word.end()
        if described:
            # "The Seattle-based chipmaker": the one described with those words; else the only one of the kind named
            # before, or none when several were (the description does not say which)
            said = text[pos:pos + 120]
            hit = rx.search(said)
            mods = [w for w in (x.strip().lower() for x in _KIND_MODIFIER.findall(said[:hit.start()] if hit else ""))
                    if w != "the"]
            if not mods:
                return described[0][0]
            fitting = [m for m, words in described if all(w in words.lower() for w in mods)]
            if fitting:
                return fitting[0]
            return described[0][0] if len({m.key for m, _ in described}) == 1 else None
        sectors = self.g.names[f"kind:{kind}"]
        for m in before:
            entry = lexicon.load().entries.get(m.key.removeprefix("lex:")) if m.key.startswith("lex:") else None
            if entry is not None and entry.sector in sectors:
                return m
        return None

    def filer(self) -> Mention | None:
        """Whom a filing's or press release's "we" and "our" stand for: the first organisation opening a sentence of
        the document ("Lumora Robotics Inc. has filed a registration statement … We have incurred net losses …":
        Lumora, not Walmart named as its customer in the sentence before); none when no sentence opens with one
        (then "we" is read as any pronoun)."""
        if self._filer is None:
            sents = self.doc.sentences
            starts = [x.start for x in sents]
            # a sentence ending in a full stop: not a headline's run of capitalised words ("Lumora Robotics Files for …")
            self._filer = next((m for m in self.doc.mentions if m.kind in ORG_KINDS and starts
                                and (x := sents[max(0, bisect_right(starts, m.start) - 1)]).text.rstrip()[-1:] in _ENDS
                                and not self.doc.text[x.start:m.start].strip(' "“‘\'')), False)
        return self._filer or None

    def subject_antecedent(self, s: Masked, n: int) -> Mention | None:
        """The organisation named before it in the sentence, else the topic, else the document's most named one
        that this sentence does not name after it ("The startup counts Samsung among its investors": not Samsung)."""
        # (a name written as a modifier is no subject: "after carmakers picked Lumora sensors, it lost …": not Lumora)
        named = [(obj if letter == "o" else s.resolved[k]) for k, (letter, obj, _) in enumerate(s.items[:n])
                 if letter == "o" and obj.kind in ORG_KINDS and not self.is_modifier(obj)
                 or letter in "ij" and s.resolved.get(k) is not None]
        if any(letter == "i" and k in s.resolved and s.resolved[k] is None and self.kind_of(obj) is not None
               for k, (letter, obj, _) in enumerate(s.items[:n])):
            return None  # "The chipmaker said it would …" where no chipmaker is named: "it" is no one named either
        if named and s.text.endswith(", ", 0, s.items[n][2]):  # "Backed by Sequoia, the company raised …": a name
            named = [m for m in named if not _FRONTED_PREP.search(self.doc.text, max(0, m.start - 24), m.start)]
        if named and _SUBORDINATE.search(s.text, 0, s.items[n][2]) and self.doc.text.startswith(
                ("the ", "The "), s.items[n][1].start):
            return named[-1]  # wrote off its investment in Tallis after the start-up shut down: Tallis, named last
        if named:  # "In response to reports of a bid for Y by X, X said it …": a name after a preposition is no subject
            free = [m for m in named if not _PREP_ONLY.search(self.doc.text, max(0, m.start - 12), m.start)]
            return (free or named)[0]
        if self.topic is not None:
            return self.topic
        later = {obj.key for letter, obj, _ in s.items[n + 1:] if letter == "o"}
        opens = s.items[n][2] == 0 and (s.sent.index == 0 or self.doc.sentences[s.sent.index - 1].paragraph
                                        != s.sent.paragraph)  # "The company was founded …" opening a paragraph: the
        #  company named most before it (its own left context), as for a description opening one (_described_subject)
        return next((m for m in self.ranked(s.to_orig(s.items[n][2]), opens) if m.key not in later), None)

    def object_antecedent(self, s: Masked, pos: int, exclude: set[str]) -> Mention | None:
        """An organisation named as an object before it (some of Windsurf's …) or in its clause, else the topic
        or the document's most named organisation."""
        cs = max((m.end() for m in _CLAUSE.finditer(s.text, 0, pos)), default=0)
        objects = [obj for n, obj, p in s.tokens("o", 0, pos) if obj.kind in ORG_KINDS and obj.key not in exclude
                   and (p >= cs or PREP_BEFORE.search(s.text[max(0, p - 12):p])
                        or s.text.startswith(("'s", "’s"), p + len(f"«o{n}»")))]
        if objects:
            return objects[-1]
        speaker = _SPEAKER_OPENS.match(s.text, 0, pos)  # "Orvex, which sells chips, said Larkspur led its round": its,
        if speaker is not None:  # the speaker the sentence opens with (the relative clause describes it), not the topic
            obj = s.items[int(speaker.group(1))][1]
            if obj.kind in ORG_KINDS and obj.key not in exclude:
                return obj
        if self.topic is not None and self.topic.key not in exclude:
            return self.topic
        for fact in reversed(self.facts):  # B was in talks to buy C. B denied …, saying it never made an offer for
            if s.sent.start - fact.evidence.start > 600:  # the company: C, the other party of B's deal just read
                break
            members = [x for ms in fact.roles.values() for x in ms if x.kind in ORG_KINDS]
            if exclude & {x.key for x in members}:
                other = next((x for x in members if x.key not in exclude), None)
                if other is not None:
                    return other
        return next((m for m in self.ranked(s.to_orig(pos)) if m.key not in exclude), None)

    def keep(self, s: Masked, facts: list[FactRecord]) -> None:
        for fact in facts:
            kept = next((other for other in self.facts if other.evidence.start == s.sent.start and _same(fact, other)),
                        None)
            if kept is not None:  # the same statement read by a second pattern: what the first left out, it gives
                if kept.date is None and fact.date is not None and kept.modality == fact.modality:
                    kept.date = fact.date
                continue
            members = [m for ms in fact.roles.values() for m in ms]
            fact.confidence = 0.7 if any(m.kind == "candidate" for m in members) else 0.8
            self.added += [m for m in members if m.source == "coref" and all(m is not a for a in self.added)]
            self.facts.append(fact)
            if fact.type in ("investment", "acquisition") and not self._part_of_last(fact) and fact.rule not in _STATES:
                self.last_deal = (s.sent.index, fact)  # (Veltrix-backed Quillfeather: a holding, no round to join)

    def _part_of_last(self, fact: FactRecord) -> bool:
        """X led a €1.7bn round in Y. X invested €1.3bn …: a deal between parties of the deal just read is a
        part of it; investors joining later join the round, not the part."""
        if self.last_deal is None or self.last_deal[1].type != fact.type:
            return False
        before = self.last_deal[1]
        if fact.type == "investment" and not fact.roles.get("investor") and (
                fact.qualifiers.get("round") != before.qualifiers.get("round")
                or fact.amount is not None and before.amount is not None and fact.amount.text != before.amount.text):
            return False  # Y is in talks to raise €450m. … Y raised $113m in a seed round: another round of Y, not a part
        last = {m.key for ms in before.roles.values() for m in ms}
        return {m.key for ms in fact.roles.values() for m in ms} <= last

    def modality(self, s: Masked, gap: str) -> str:
        """denied, rumored, reported: cues anywhere in the sentence; the others between subject and verb."""
        base = s.text
        later = _LATER_REPORTED.search(base, self.match.end()) if self.match is not None and self.match.string is base \
            and "reportedly" in base else None
        if later is not None and later.start() - self.match.end() <= 120:
            base = base[:later.start()]  # "it signed a deal with B, and in July it reportedly agreed to pay C …": the
            #                              report marks the second conjunct only
        wide = _WHEN_REPORTED.sub("", base) if "reported" in base else base  # …, when talks were first reported
        if "according to" in wide:  # "…, while analysts had expected $6.2 billion, according to FactSet": the source of
            wide = _ESTIMATE_SOURCE.sub(r"\1", wide)  # the estimate, not a report of the company's own figure
        if not _RELATIVE_OPEN.search(gap):  # "A, which is in talks to buy C, invested in B": the mood of an aside is not
            inner = gap.strip()             # the mood of a verb outside it (one whose words stand in it keeps it)
            wide = _RELATIVE_ASIDE.sub(lambda a: a.group() if inner and inner in a.group() else ",", wide)
        for name, cue in self.g.cues["modality"]:
            if cue.search(wide if name in ("denied", "rumored", "reported") else gap):
                return name
        return "asserted"

    def money(self, s: Masked, start: int, end: int | None = None) -> Value | None:
        """The first amount from `start` that is no valuation nor an earlier figure (up from $X), nor a price per share
        (will pay $49 per share in cash: the price of one share, not of the deal)."""
        return next((v for n, v, p in s.tokens("m", start, end)
                     if not self.g.rx["valuation"].search(s.text[max(0, p - 40):p])
                     and not _PER_SHARE.match(s.text, p + len(f"«m{n}»"))
                     and not unit_price(s.text, p, p + len(f"«m{n}»"))), None)

    def date(self, s: Masked, lo: int, hi: int, earlier: bool = True) -> Value | None:
        """A date from `lo` to the end of the clause at `hi`, else (if `earlier`) the last one before `lo`."""
        aside = _APPOSED.match(s.text, hi)  # bought Norcrest Labs, a maker of radar chips, for $1.2 billion in 2021
        ce = next((m.start() for m in _CLAUSE.finditer(s.text, aside.end() if aside else hi)), len(s.text))
        goes_on = _COMES_AFTER.search(s.text, aside.end() if aside else hi, ce)  # A's acquisition of B comes after the
        ce = goes_on.start() if goes_on else ce  # firms formed a partnership in 2019: 2019 is the partnership's
        fronted = _FRONTED.match(s.text)  # "Founded in 2017 by A, Quillfeather has raised …": 2017 is the founding's
        first = fronted.end() if fronted is not None and fronted.end() <= lo else 0
        inside, before = s.tokens("d", lo, ce), s.tokens("d", first, lo)
        closed = [(c.start(), c.end()) for c in _RELATIVE_CLAUSE.finditer(s.text, 0, ce)  # Y, which was founded in
                  if not (c.start() <= lo < c.end() or c.start() < hi < c.end())]  # (unless the deal is told in it)
        inside, before = [[d for d in ds if not any(a < d[2] < b for a, b in closed)  # 2019,
                           and not s.text.endswith(" so far ", 0, d[2])] for ds in (inside, before)]  # (a span to now)
        moved = [c.end() for c in _MOVED_AFTER.finditer(s.text, 0, lo)]  # (wt-ge) "B's shares jumped on Monday after A
        before = [d for d in before if not moved or d[2] >= moved[-1]]  # invested in it": the day of the move, not the deal's
        opened = [c.start() for c in NEW_CLAUSE.finditer(s.text) if c.start() < lo]  # A bought B in 2021 and C raised:
        before = [d for d in before if not any(d[2] < c for c in opened)] if earlier else []  # 2021 is not the date of C's round
        if inside or before:
            return _month_of_relative_year(s, *(inside[0] if inside else before[-1]))
        said = _SAID_ON.search(s.text, hi)  # …, the two companies said on Friday: the day it was made known
        if said is None or _EARLIER.search(s.text, max(0, lo - 30), lo):
            return None  # …, a year after it first filed to list: an earlier step, not of that day
        return s.items[int(said.group(1))][1]

    def stake(self, s: Masked, start: int) -> Value | None:
        """The first percent from `start` that a stake word or "of <company>" follows (the pattern opens with ^,
        which matches only at the start of the string it is given: so it is given the text after the percent)."""
        return next((v for n, v, p in s.tokens("c", start)
                     if self.g.rx["stake_near"].match(s.text[p + len(f"«c{n}»"):])), None)


# a later conjunct of its own subject marked as reported ("…, and in July it reportedly agreed to …")
# (wt-ge) a market move told before the event it followed: "shares of B jumped 9% on Monday after …", "B rose 4% Friday
# following …" (a company as subject with a percent after its verb: "B closed the deal on Monday after …" is no move)
_MOVE_VERBS = (r"(?:rose|rise|rises|fell|falls|jumped|jumps|surged|surges|soared|soars|climbed|climbs|gained|gains|rallied|"
               r"rallies|spiked|dropped|drops|slid|slides|sank|sinks|tumbled|tumbles|plunged|plunges|slumped|slumps|declined|"
               r"declines|rebounded|closed|ended|finished|traded|(?:was|were) (?:up|down|higher|lower))")
_MOVED_AFTER = re.compile(r"(?:\b(?:[Ss]hares?|[Ss]tock|share price|stock price|ADRs|ADSs|depositary receipts)\b(?:[^.;«]|«[cdoj]\d+»)*?"
                          rf"\b{_MOVE_VERBS}\b|«o\d+»(?: \([^()]{{1,30}}\))? (?:[a-z]+ )?{_MOVE_VERBS} (?:as much as |about |"
                          r"roughly |nearly |almost |more than |over |some )?«c\d+»)(?:[^.;«]|«[cd]\d+»)*? (?:after|following|as|when) ")
_LATER_REPORTED = re.compile(r"(?:,? and|;|, while|, but) (?:(?:in|on|by|during|earlier|later|last) (?:«d\d+»|[a-z]+),? )?"
                             r"(?:«[oi]\d+»|it|they) (?:also |later |then |separately )?reportedly\b")
_RELATIVE_YEAR = re.compile(r"(?:last|this|next) year", re.I)
_MONTH_NAME = re.compile(r"(?:January|February|March|April|May|June|July|August|September|October|November|December)",
                         re.I)


def _month_of_relative_year(s: Masked, n: int, v: Value, p: int) -> Value:
    """"In March last year": a bare month right before a relative year is that month of that year (the year alone
    loses the month)."""
    dv = v.value
    if not isinstance(dv, DateValue) or not dv.value or not _RELATIVE_YEAR.fullmatch(dv.text.strip()) \
            or not re.fullmatch(r"\d{4}", dv.value):
        return v
    month = next(((k, w) for k, w, q in s.tokens("d", max(0, p - 12), p)
                  if s.text[q:p] == f"«d{k}» "), None)
    if month is None or not isinstance(month[1].value, DateValue) or not month[1].value.value \
            or not _MONTH_NAME.fullmatch(month[1].value.text.strip()) or not re.fullmatch(r"\d{4}-\d{2}", month[1].value.value):
        return v
    m = month[1]
    return Value(m.start, v.end, "date", DateValue(f"{dv.value}-{m.value.value[5:7]}", text=f"{m.value.text} {dv.text}"))


_START = attrgetter("start")
# a sentence opening with its subject, a relative clause or an apposition on it at most, and a verb of saying
# ("Orvex, which sells chips to carmakers, said …", "Orvex said on Monday that …"): the one a possessive in what it
# says stands for when the clause names no other company
_SPEAKER_OPENS = re.compile(r"[\"“‘']?«o(\d+)»(?:, (?:which|who|an?|the) [^,;«»]{2,120},)? (?:also |has |had )?"
                            r"(?:said|says|told|announced|confirmed|disclosed|added)\b")
# a description with more to it than "the company" / "the firm" / "the start-up" (english_reader, Reader.resolve)
_DESCRIPTION = re.compile(r"[Tt]he (?!(?:company|firm|start-?up)(?:['’]s)?$)")
# a sentence opening with "For <company>," ("For Corvid Capital, buying into Lumora was a first step"): a frame naming
# what the sentence, and the pronouns after it, speak of
_FOR_FRAME = re.compile(r"[\"“‘']?For ")
_FRAME_CLOSED = re.compile(r"(?:['’]s (?:part|side))?, ")
_GENERIC_HEADS = frozenset({"company", "firm", "business", "startup", "maker", "developer", "provider", "operator",
                            "manufacturer", "supplier", "giant", "leader", "player", "conglomerate"})
_KIND_MODIFIER = re.compile(r"(?:[\w.-]+) ")  # a word before a kind of company ("Seattle-based chipmaker")
_WORD_AFTER = re.compile(r" ([a-z][a-z-]*)\b")
# a lower-case word before a name in its clause other than a determiner ("picked", "of"): the name opens no clause
_CLAUSE_WORD = re.compile(r"\b(?!(?:the|an?|its|their|his|her|our|new|own|rival)\b)[a-z][a-z-]+\b")
_DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|its|their|his|her|our|own|new|an?|rival)|['’]s) $", re.I)
_NOT_MODIFIED = frozenset({"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may",
                           "might", "should", "must", "said", "says", "owns", "holds", "plans", "makes", "sells", "buys",
                           "also", "now", "still", "then", "and", "or", "which", "who", "that", "to", "in", "of", "for",
                           "on", "at", "with", "by", "from", "as", "into", "over", "after", "before", "since", "until"})
# the object of a holding or a deal ("its stake in Lumora", "shares of Lumora", "its investment in Lumora")
_HELD_OBJECT = re.compile(r"\b(?:in|of|into)\s*$")


# a name as the first part of a compound describing another company: Microsoft-backed, Tencent-owned
_BACKER_COMPOUND = re.compile(r"-(?:backed|owned|funded|controlled|supported|affiliated|invested)\b")


def _most_named(orgs: list[Mention]) -> list[Mention]:
    """One mention per organisation (its first), the most named first, ties in the order they are first named."""
    counts = Counter(m.key for m in orgs)
    first = {m.key: m for m in reversed(orgs)}
    return [first[k] for k, _ in counts.most_common()]


def _opens_with_word(text: str, sent: Sentence, out: list[tuple[int, int, str, Any]], start: int) -> bool:
    """Whether the piece before a description is a single capitalised word the lexicon does not know, right before
    it, opening the sentence (after a dateline's source at most): "Robotics start-up «o»", "Chip developer «o»"."""
    b_start, b_end, letter, obj = out[-1]
    before = [(sent.start, b_start)] if len(out) == 1 else [(sent.start, out[0][0]), (out[0][1], b_start)] \
        if len(out) == 2 and out[0][2] == "s" else []
    return letter == "o" and getattr(obj, "kind", "") == "candidate" and " " not in obj.text \
        and text[b_end:start] == " " and bool(before) and not any(re.search(r"[A-Za-z]", text[a:b]) for a, b in before)


# "…, a premium to the last price before the deal was first reported": when a report came out, not a report
# an estimate's source after the analysts' estimate it is for ("…, while analysts had expected $6.2 billion, according to
# FactSet"; "matching the consensus, according to LSEG data")
_ESTIMATE_SOURCE = re.compile(r"(\b(?:analysts?|estimates?|expectations?|consensus)\b[^.;]{0,80}?),? according to\b[^.;]*")
# A relative clause set off by commas between a subject and its verb (", which is in talks to buy C,")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who)\b[^,;]*,")
_RELATIVE_OPEN = re.compile(r"\b(?:which|who)\b")
_WHEN_REPORTED = re.compile(r",? (?:when|after|before|since|until) (?:[^,;«]|«[dcm]\d+»)*?\b(?:was|were|had been) "
                            r"(?:first |initially |originally )?reported\b")
# "state-owned Huafa Group", "Zhuhai city's state-owned Huafa Group", "Shanghai government-backed Fortera": the owner
# of a state investor, written before its name with no article, stands with the name
_STATE_DESCRIBED = re.compile(r"(?<![\w.&'’-])(?:[A-Z][a-z]+(?: (?:city|province|municipality))?(?:['’]s)? )?"
                              r"(?:state|government|city|municipal|provincial)-(?:owned|backed|run|controlled|funded) $")
_PLACE_POSSESSIVE = re.compile(r"(?<![\w.&'’-])[A-Z][a-z]+['’]s $")
_STATES = ("english:backed_attributive", "english:backed_by", "english:and_backed_by",
           "english:backed_apposition")
_PER_SHARE = re.compile(r" (?:per|a|for each) (?:share|ADS|ADR|American depositary share|unit)\b| per «o\d+»", re.I)
_ARTICLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Hh]is|[Hh]er)\s*$|['’]s?\s*$|«\w\d+»\s*$")
# a preposition before a name: it is no subject ("and" is left out: "A and B invested"; after/before open clauses)
# "1 billion yuan ($140 million)", "HK$5.4 billion (US$696 million)": an amount and its conversion in brackets
_CONVERSION = re.compile(r" \((?:about |around |roughly |approximately |nearly |some |over |more than |or |US)?$")


def _folded_conversions(spans: list[tuple[int, int, str, Any]], text: str) -> list[tuple[int, int, str, Any]]:
    """An amount's conversion into another currency, written in brackets right after it ("raised 1 billion yuan
    ($140 million) in a round led by …"), is one amount: the first one's token covers the brackets, so that the
    grammar reads the sentence as if the conversion were not written."""
    money = sorted((x for x in spans if x[2] == "m"), key=lambda x: x[0])
    drop: set[int] = set()
    out = {id(x): x for x in money}
    for first, second in zip(money, money[1:]):
        if id(first) in drop or not text.startswith(")", second[1]):
            continue
        between = text[first[1]:second[0]]
        if _CONVERSION.fullmatch(between) and first[3].value.currency != second[3].value.currency:
            out[id(first)] = (first[0], second[1] + 1, "m", first[3])
            drop.add(id(second))
    return [out.get(id(x), x) for x in spans if id(x) not in drop]


_LIST_ASIDE_RX = re.compile(_LIST_ASIDE)
_PRODUCT_MAKER = re.compile(r"«r\d+»-[a-z]+ (?=«o)")
_BRACKETED = re.compile(r"(?<=») \(«o\d+»\)")
_POSSESSOR = re.compile(r"«[op]\d+»[''’]s (?=«o\d+»)|«o\d+»(?:[''’]s)? (?:co-?founder|founder|chief executive|chairman|"
                        r"chairwoman|ceo|president) (?=«p\d+»)")  # (Veltrix founder Mara Olsen: Mara Olsen)
# after a preposition in a phrase fronted before the pronoun's clause is not what it stands for ("According to Harbor
# Peak, the company will …", "After talks with Aldon, it raised …", "Unlike Nvidia, the firm …": the paragraph's topic)
_FRONTED_PREP = re.compile(r"\b(?:(?:of|in|from|with|by|to|for|on|at|into|over|behind|about|between|among|than|like|unlike|"
                           r"despite|following|after|before|besides|including|alongside|versus|against|toward|towards)"
                           r"(?: the| an?)?|under the name|(?:formerly|previously|originally) (?:known as|called|named))\s*$",
                           re.I)  # ("Founded in 2016 under the name Engineer.ai, the company …": the company's old name)
# an unknown name that moves between employers is a person, no topic a later "the company" stands for ("As part of
# the deal, Kell moved to Acme to lead its lab"; "Kell stepped down", "Kell was named chief executive")
_PERSON_MOVE = re.compile(r"\s+(?:(?:has |had |will )?(?:moved|moves|move) to|(?:has |had |will )?(?:stepped|steps|step) down|"
                          r"resigned|(?:was|has been|is) (?:named|appointed)|(?:has )?left (?:his|her) )")
_PREP_ONLY = re.compile(r"\b(?:of|in|from|with|by|to|for|on|at|into|over|behind|about|between|among|than)\s*$", re.I)
# a clause with a subject of its own after "and", "but", "while" or a semicolon: "… and Quillfeather raised …"
NEW_CLAUSE = re.compile(r"(?:,? and|;|, but|, while) (?:«[oi]\d+»|(?:the|its) [a-z]+) (?:[a-z]+ )?(?:[a-z]+ed|raised|bought|"
                        r"sold|said|says|has|had|have|is|was|were|are|will|would|plans|led|took|won)\b")
_APPOSED = re.compile(r", (?:(?:an?|the) (?:[^,;«»]|«[rpcm]\d+»){2,60}|"  # (the maker of «r»: a product named)
                      # sold its entire Lumora stake, 9 million shares, for $400 million in June; …, or 4.2%, …
                      r"(?:or |about |some |nearly |roughly |around |more than |almost )*(?:\d[\d.,]*(?: (?:million|billion|thousand))?"
                      r" (?:(?:common |ordinary |class [a-z] )?shares|ADSs|ADRs|units)|«c\d+»)(?: of (?:the company|«j\d+» shares|«o\d+»))?),")
# (or a participle's apposition: "Norvane, a chip designer, founded by Mara Olsen in 2019, has filed …": 2019 is the
# founding's date)
_RELATIVE_CLAUSE = re.compile(r", (?:which|that|who|whose|(?:co-)?founded|established|set up|started|created|spun (?:out|off)) "
                              r"[^,;]*,| [—–] (?:which|that|who|whose) [^—–;]*[—–]"  # (or between dashes)
                              # or an apposition told by its founding: ", a startup founded in 2018,", ", the lab A
                              # co-founded in 2019,": the year is the founding's, not the deal's
                              r"|, (?:an?|the) [^,;]{0,60}?\b(?:(?:co-)?founded|established|set up|started|created|"
                              r"incorporated|spun (?:out|off))\b[^,;]*,")
_SUBORDINATE = re.compile(r"\b(?:after|when|before|until|because|since|once|while|as) $")
_REPORTED_THAT = re.compile(r",? (?:reported|reports|said|says|wrote|writes)(?: (?:on |late |earlier )?[\w-]+)?,? that (?:the )?$")
_SAID_ON = re.compile(r"\b(?:said|says|announced|confirmed|disclosed|reported)\b(?: [^,.;«]{1,40}?)?(?: late| early)?(?: on)? «d(\d+)»")


_FRONTED = re.compile(r"(?:Co-)?(?:Founded|Established|Set up|Started|Created|Incorporated|Launched|Spun (?:out|off)|"
                      r"Based|Headquartered|Listed)\b[^,;]*,")
# a deal named as a subject goes on to tell another event: "A's acquisition of B comes after …", "… follows its …"
_COMES_AFTER = re.compile(r" (?:comes|came|follows|followed)(?: (?:after|on the heels of|as|amid|just|only|weeks|months|days|"
                          r"a (?:week|month|year)))?\b")
_EARLIER = re.compile(r"\b(?:after|before|ago|since|first|previously|earlier|once)\b")


def _same(a: FactRecord, b: FactRecord) -> bool:
    """The same statement read twice in one sentence (by two patterns)."""
    if a.type != b.type or any(a.qualifiers.get(k) != b.qualifiers.get(k) for k in ("metric", "stage", "kind")):
        return False
    if a.amount is not None and b.amount is not None and a.amount.start != b.amount.start:
        return False  # $1.25 billion in 2023 and another $2.75 billion in 2024: two deals of the same parties
    if a.type == "listing" and a.date is not None and b.date is not None and a.date.start != b.date.start:
        return False  # (wt-ie) "sent a draft in May 2022, then filed publicly on July 3, 2025": two steps, two days
    for key in ("value", "share_of_revenue", "share_of_purchases"):  # (a customer's 31% and 27% in two years)
        va, vb = a.qualifiers.get(key), b.qualifiers.get(key)
        if va is not None and vb is not None and va.start != vb.start:
            return False  # revenue of $120 million in 2024, up from $80 million in 2023: two figures
    keys = [{m.key for ms in f.roles.values() for m in ms} for f in (a, b)]
    return keys[0] <= keys[1]


def group(m: re.Match[str], name: str) -> str | None:
    """The named group's text, or None when the pattern has no such group."""
    return m.group(name) if name in m.re.groupindex else None


def read_roles(r: Reader, s: Masked, m: re.Match[str],
               names: tuple[str, ...]) -> tuple[dict[str, list[Mention]], str]:
    """The members of each role group (the first written is the subject) and the text between the first two."""
    spans = sorted((m.span(n), n) for n in names if group(m, n))
    roles: dict[str, list[Mention]] = {}
    for i, (_, name) in enumerate(spans):
        roles[name] = r.members(s, m.group(name), i == 0, {x.key for ms in roles.values() for x in ms})
    gap = m.string[spans[0][0][1]:spans[1][0][0] if len(spans) > 1 else m.end()] if spans else m.group()
    return roles, gap


def fact_record(s: Masked, p: Pattern, roles: dict[str, list[Mention]], modality: str) -> FactRecord:
    """A fact of the pattern's type and fixed qualifiers, its evidence the whole sentence."""
    fact = FactRecord(p.type, roles, Span(s.sent.start, s.sent.end), modality, rule=f"english:{p.name}")
    fact.qualifiers.update(p.quals)
    return fact

