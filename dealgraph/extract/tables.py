"""Facts read from tables: a header row whose cells name known columns, then rows with as many cells.

Business text gives many facts as tables: a company's financing history (时间 / 轮次 / 金额 / 投资方), a list of
fundings one company a row (Company | Round | Amount | Investors), top shareholders (股东名称 / 持股数量 / 持股比例).
The readers keep a table's shape: one line per row, its cells apart by a tab (HTML, columns of plain text) or by
pipes (Markdown, `| a | b |`). Here a table is found by its header, each header cell mapped to a role or value, and
each row read on its own, its evidence the row (the header given as more evidence).

- Financing (investment): a column of investors, or a column of rounds. The investee is the row's company cell where
  the table has a company column; else the one company its caption (the line just above it) or the document's head
  names, where that line speaks of financing (融资历程 / funding history). Investor cells are split on 、，,;/和/及/and.
- Shareholders (shareholding): a holder column and a stake column; the company is the one its caption or the
  document's head names. Rows of totals (合计 / 其他股东 / Total) give nothing.
- Every typed cell must hold its type (a date in the date column, an amount in the amount column, names in the
  investor column, a round word in the round column): a row that fails gives nothing. A row whose last field is
  empty and which fails may have lost a cell on the way (a row of Markdown whose empty cell was dropped, the rest
  shifted left): an empty cell put back at the one place where every typed cell then holds its type repairs it.
- Unknown tables (prices, figures, a key-value form) give nothing; a row without a clear company gives nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dealgraph.extract.document import Doc, FactRecord, Mention, Span, Value
from dealgraph.extract.topics import ORG_KINDS
from dealgraph.names import core
from dealgraph.values import Money, parse_number

# The roles a header cell names (matched on the cell without spaces, lowercased, a unit in brackets left aside)
_HEADERS: dict[str, re.Pattern] = {role: re.compile(pattern, re.I) for role, pattern in {
    "company": r"(?:被投|融资)?(?:公司|企业)(?:名称)?|融资方|被投资?方|company|companyname|startup|firm",
    "round": r"(?:融资)?轮次|融资阶段|投资轮次|round|type|series|stage|fundingstage|fundinground|roundtype|dealtype",
    "amount": r"(?:融资|投资|交易|募资|中标|成交|合同|销售|采购)?金额|(?:中标|成交)价(?:格|款)?|融资规模|销售额|采购额|"
              r"amount|amt\.?|amountraised|raised|m\$|\$m|size|dealsize",
    "date": r"(?:融资|投资|披露|公布|交易)?(?:时间|日期)|date|announced|datedisclosed",
    "investors": r"(?:主要)?(?:投资方|投资机构|投资人|投资者|出资方)|领投方|领投机构|参投方|参与机构|"
                 r"investors?|leadinvestors?|investors?(?:,|/)?(?:acquirer|partner|,)*|leadinvestor,?partner|backers",
    "holder": r"股东(?:名称|姓名|姓名/名称|名称/姓名)?|shareholders?(?:name)?|holder",
    "stake": r"持股比例|持股比|(?:占(?:公司)?(?:总股本|股本总额)?)?比例|股权比例|出资比例|占总股本比例|"
             r"stake|ownership|%ownership|ownership\(%\)|shareholding|%",
    "shares": r"持股(?:数量|数)|持有股份数?|股份数量?|出资额|认缴出资额?|shares(?:held)?",
    # tenders: who won, who procured
    "winner": r"中标(?:\(成交\)|（成交）)?(?:人|单位|供应商|方|企业|厂商)(?:名称)?|成交(?:人|供应商|单位)(?:名称)?|winner|awardee",
    "buyer": r"采购(?:人|单位|方)(?:名称)?|招标(?:人|单位|方)(?:名称)?|业主(?:单位)?",
    # a company's largest customers or suppliers, and the share of its sales or purchases each is
    "customer": r"客户(?:名称)?|customer(?:name)?",
    "supplier": r"供应商(?:名称)?|supplier(?:name)?",
    "share": r"占(?:营业收入|营收|主营业务收入|销售总额|年度销售总额|采购总额|年度采购总额|总采购额|采购总额)?的?比(?:例|重)|"
             r"(?:销售|采购|收入)?占比|%oftotal|%ofrevenue|%ofsales|%ofpurchases|shareof(?:revenue|sales|purchases)",
}.items()}
_UNIT = re.compile(r"[(（]([^()（）]{1,12})[)）]")
_SEPARATOR = re.compile(r":?-{2,}:?")  # a Markdown rule row | --- | :---: |
_PIPE = re.compile(r"[|｜]")

# Words in a caption or a document's head that tell what the table lists
_FINANCING_WORD = re.compile(r"融资|投资|获投|funding|financing|investment|raised|rounds?\b", re.I)
_HOLDER_WORD = re.compile(r"股东|持股|股权结构|shareholder|ownership|cap table", re.I)
_PROCUREMENT_WORD = re.compile(r"采购|集采|招标|招采|比选|procure|tender", re.I)  # the caption's company procures
_CUSTOMER_WORD = re.compile(r"客户|customer", re.I)
_SUPPLIER_WORD = re.compile(r"供应商|supplier", re.I)
_SUBJECT_WORDS = {"investment": _FINANCING_WORD, "shareholding": _HOLDER_WORD, "tender": _PROCUREMENT_WORD,
                  "customers": _CUSTOMER_WORD, "suppliers": _SUPPLIER_WORD}
# a name a filing gives a customer or supplier it does not name (客户一, 供应商A, 单位3, 第一名)
_UNNAMED = re.compile(r"(?:客户|供应商|单位|公司|企业|第)[一二三四五六七八九十\dA-Z甲乙丙丁戊]{1,2}名?|前[一二三四五六七八九十\d]+名.*")
# A round as a table writes it; a type column may also say the row is an investment of no named round
_ROUND = re.compile(r"(?:种子|天使|Pre-?[A-H]\+?|[A-H]\d?\+{0,2}|[A-H]\d?-\d|Pre-IPO|IPO前|战略|新一)轮(?:融资)?|"
                    r"战略(?:投资|融资)|(?:Pre-?)?(?:seed|angel)(?: round)?|Series [A-H]\d?(?:-\d|\+)?|"
                    r"Pre-Series [A-H]|growth(?: equity)?|venture(?: round)?", re.I)
_INVESTMENT_TYPE = re.compile(r"investment|funding|融资|投资", re.I)
# Other deals a type column names: the row is no investment, but the cell is in its place
_OTHER_TYPE = re.compile(r"acquisition|acquired|merger|ipo|spac|grant|debt|loan|other|收购|并购|上市|债权|债务|其他|其它",
                         re.I)
_NONE = re.compile(r"[-—–/／]+|n/?a|未披露|未透露|未公开|不详|undisclosed|unknown|none|无|暂无", re.I)
_TOTAL = re.compile(r"合计|总计|小计|其他股东|其他|其它|total|others?", re.I)
# Investor cells: the names apart by these
_NAME_SPLIT = re.compile(r"\s*(?:[、，,;；/／]|\band\b)\s*")
_LEGAL_TAIL = re.compile(r"(?:Inc|Ltd|LLC|L\.?P|Co|Corp|GmbH|AG|SA|plc)\.?", re.I)  # Foo, Inc.: no name of its own
_JOINER = re.compile(r"[\s、和及与]*")  # between two names found in one part (澄川资本和岚山创投)
_NAME_TRIM = re.compile(r"^(?:由|包括)|(?:[(（](?:领投|跟投|参投|lead)[)）]|领投|跟投|参投|等(?:机构|投资方)?|\(lead\))$",
                        re.I)
_CJK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")  # 澄川资本 北辰投资: two names in one cell
_HAS_WORD = re.compile(r"[A-Za-z\u4e00-\u9fff]")
_DIGITS = re.compile(r"[\d.,%$¥￥亿万元\s]+")
_UNDISCLOSED_NAME = re.compile(r"^(?:其他|其它|其余)|未披露|未透露|不详|个人投资者|天使投资人|自然人|多家|若干|老股东|原有?股东|现有股东|管理层|"
                               r"员工持股平台|existing investors?|undisclosed|others?$", re.I)
_NAME_KINDS = ("organization", "candidate", "person")
_LEAD_MARK = re.compile(r"领投|\(lead\)|（领投）", re.I)

# Units a header gives its bare numbers (Amt. (M$), 金额（万元）)
_HEADER_UNITS = ((re.compile(r"m\$|\$m|us\$ ?m|million|百万美元", re.I), 1e6, "USD"),
                 (re.compile(r"亿美元"), 1e8, "USD"), (re.compile(r"万美元"), 1e4, "USD"),
                 (re.compile(r"亿元|亿人民币|亿"), 1e8, "CNY"), (re.compile(r"万元|万人民币|万"), 1e4, "CNY"),
                 (re.compile(r"^元$|人民币元"), 1.0, "CNY"))

_MAX_CAPTION_BACK = 2  # lines above the header where its caption may stand
_MAX_NAME = 40


@dataclass
class _Row:
    start: int
    end: int
    cells: list[tuple[int, int]]  # (start, end) of each cell's text in the document


@dataclass
class _Table:
    header: _Row
    roles: list[str | None]  # per column
    units: list[tuple[float, str] | None]  # a bare number's scale and currency per column
    rows: list[_Row]
    caption: tuple[int, int] | None


def read_tables(doc: Doc) -> None:
    """Component: facts from the rows of tables with known headers."""
    if "\t" not in doc.text and "|" not in doc.text and "｜" not in doc.text:
        return
    found = _tables(doc)
    if not found:
        return
    # a known table's rows are read as rows: what a sentence reader made of one of its cells (a subject carried
    # from the cell before) gives way to them
    rows = [(row.start, row.end) for table in found for row in [table.header] + table.rows]
    doc.facts = [f for f in doc.facts if not any(a <= f.evidence.start and f.evidence.end <= b for a, b in rows)]
    for table in found:
        doc.facts.extend(_facts(doc, table))


# -- finding tables -----------------------------------------------------------------------------------------------

def _lines(text: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _split(text: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """The cells of a line (trimmed spans), or None where the line is no row."""
    line = text[start:end]
    if "\t" in line:
        cuts = [start + i for i, ch in enumerate(line) if ch == "\t"]
    elif len(_PIPE.findall(line)) >= 2:
        lead = len(line) - len(line.lstrip())
        body_start, body_end = start + lead, end - (len(line) - len(line.rstrip()))
        if text[body_start] in "|｜":
            body_start += 1
        if body_end > body_start and text[body_end - 1] in "|｜":
            body_end -= 1
        start, end = body_start, body_end
        cuts = [m.start() for m in _PIPE.finditer(text, start, end)]
    else:
        return None
    bounds = [start - 1] + cuts + [end]
    cells = []
    for a, b in zip(bounds, bounds[1:]):
        a += 1
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        cells.append((a, b))
    return cells if len(cells) >= 2 else None


def _header_role(cell: str) -> tuple[str | None, tuple[float, str] | None]:
    """The role a header cell names, and the unit its bare numbers are in (Amt. (M$) / 金额（万元） / M$)."""
    unit_m = _UNIT.search(cell)
    bare = re.sub(r"\s+", "", _UNIT.sub("", cell)).lower().rstrip("：:")
    role = next((r for r, rx in _HEADERS.items() if rx.fullmatch(bare)), None)
    if role != "amount":
        return role, None
    unit_text = unit_m[1] if unit_m else bare
    return role, next(((scale, cur) for rx, scale, cur in _HEADER_UNITS if rx.search(unit_text)), None)


def _tables(doc: Doc) -> list[_Table]:
    text = doc.text
    lines = _lines(text)
    split = [_split(text, a, b) for a, b in lines]
    out: list[_Table] = []
    i = 0
    while i < len(lines):
        cells = split[i]
        if not cells:
            i += 1
            continue
        parsed = [_header_role(text[a:b]) for a, b in cells]
        roles = [r for r, _ in parsed]
        known = [r for r in roles if r is not None]
        if not _known_kind(roles) or len(set(known)) < 2 or len(known) * 2 < len(roles):
            i += 1
            continue
        header = _Row(lines[i][0], lines[i][1], cells)
        rows: list[_Row] = []
        j = i + 1
        while j < len(lines) and split[j]:
            row_cells = split[j]
            if all(_SEPARATOR.fullmatch(text[a:b]) or a == b for a, b in row_cells):
                j += 1
                continue
            if len(row_cells) > len(cells) and all(a == b for a, b in row_cells[len(cells):]):
                row_cells = row_cells[:len(cells)]  # a trailing pipe or tab more than the header has
            if not 2 <= len(row_cells) <= len(cells):  # shorter: a tab row whose empty last cells were trimmed
                break
            rows.append(_Row(lines[j][0], lines[j][1], row_cells))
            j += 1
        if rows:
            out.append(_Table(header, roles, [u for _, u in parsed], rows, _caption(text, lines, split, i)))
        i = j
    return out


def _caption(text: str, lines: list[tuple[int, int]], split: list, i: int) -> tuple[int, int] | None:
    for k in range(i - 1, max(-1, i - 1 - _MAX_CAPTION_BACK), -1):
        a, b = lines[k]
        if split[k]:
            return None
        if text[a:b].strip():
            return a, b
    return None


def _known_kind(roles: list[str | None]) -> str | None:
    have = set(roles)
    if "investors" in have or ("round" in have and ("company" in have or "amount" in have or "date" in have)):
        return "investment"
    if "holder" in have and "stake" in have:
        return "shareholding"
    if "winner" in have:
        return "tender"
    if "customer" in have and ("amount" in have or "share" in have):
        return "customers"
    if "supplier" in have and ("amount" in have or "share" in have):
        return "suppliers"
    return None


# -- reading rows --------------------------------------------------------------------------------------------------

def _facts(doc: Doc, table: _Table) -> list[FactRecord]:
    kind = _known_kind(table.roles)
    subject = None
    if not (kind == "investment" and "company" in table.roles or kind == "tender" and "buyer" in table.roles):
        subject = _subject(doc, table, _SUBJECT_WORDS[kind])
        if subject is None:
            return []  # precision first: a row without a clear company gives nothing
    out = []
    for row in table.rows:
        cells = _aligned(doc, table, row)
        if cells is None:
            continue
        if kind == "investment":
            fact = _investment(doc, table, row, cells, subject)
        elif kind == "shareholding":
            fact = _shareholding(doc, table, row, cells, subject)
        else:
            fact = _purchase(doc, table, row, cells, subject, kind)
        if fact is not None:
            fact.qualifiers["more_evidence"] = [Span(table.header.start, table.header.end)]
            out.append(fact)
    return out


def _aligned(doc: Doc, table: _Table, row: _Row) -> list[tuple[int, int]] | None:
    """The row's cells, each holding its column's type; a row that lost one empty cell is repaired (see above)."""
    n = len(table.roles)
    cells = row.cells + [(row.end, row.end)] * (n - len(row.cells))
    if _fits(doc, table, cells):
        return cells
    if len(row.cells) != n or cells[-1][0] != cells[-1][1]:
        return None
    fits = []
    for k in range(1, n - 1):
        tried = cells[:k] + [(cells[k][0], cells[k][0])] + cells[k:-1]
        if _fits(doc, table, tried):
            fits.append(tried)
    return fits[0] if len(fits) == 1 else None


def _fits(doc: Doc, table: _Table, cells: list[tuple[int, int]]) -> bool:
    for role, unit, (a, b) in zip(table.roles, table.units, cells):
        cell = doc.text[a:b]
        if role is None or role == "shares" or not cell:
            if role in ("company", "holder", "winner", "customer", "supplier") and not cell:
                return False
            continue
        if role in ("company", "holder", "winner", "buyer", "customer", "supplier"):
            if not _HAS_WORD.search(cell) or _date(doc, a, b) is not None or _ROUND.fullmatch(cell):
                return False
        elif role == "investors":
            if _NONE.fullmatch(cell):
                continue
            if _date(doc, a, b) is not None or _DIGITS.fullmatch(cell) or _ROUND.fullmatch(cell) \
                    or _INVESTMENT_TYPE.fullmatch(cell) or _OTHER_TYPE.fullmatch(cell):
                return False
        elif role == "round":
            if not (_NONE.fullmatch(cell) or _ROUND.fullmatch(cell) or _INVESTMENT_TYPE.fullmatch(cell)
                    or _OTHER_TYPE.fullmatch(cell)):
                return False
        elif role == "amount":
            if not (_NONE.fullmatch(cell) or _amount(doc, a, b, unit) is not None):
                return False
        elif role == "date":
            if not (_NONE.fullmatch(cell) or _date(doc, a, b) is not None):
                return False
        elif role in ("stake", "share"):
            if not (_NONE.fullmatch(cell) or _percent(doc, a, b) is not None):
                return False
    return True


def _cell(table: _Table, cells: list[tuple[int, int]], role: str) -> tuple[int, int] | None:
    for r, span in zip(table.roles, cells):
        if r == role:
            return span
    return None


def _investment(doc: Doc, table: _Table, row: _Row, cells: list[tuple[int, int]],
                subject: Mention | None) -> FactRecord | None:
    round_span = _cell(table, cells, "round")
    round_text = doc.text[round_span[0]:round_span[1]] if round_span else ""
    if round_span and round_text and not _NONE.fullmatch(round_text) \
            and not (_ROUND.fullmatch(round_text) or _INVESTMENT_TYPE.fullmatch(round_text)):
        return None  # a type column that says acquisition, grant, IPO …: no investment
    investors: list[Mention] | None = []
    leads: list[str] = []
    span = _cell(table, cells, "investors")
    if span:
        investors = _names(doc, *span, leads=leads)
        if investors is None:
            return None
    if not investors and not (round_span and (_ROUND.fullmatch(round_text) or _INVESTMENT_TYPE.fullmatch(round_text))):
        return None  # neither investors nor a round (nor a type column saying investment): no financing told
    if "company" in table.roles:
        company_span = _cell(table, cells, "company")
        found = _names(doc, *company_span, split=False) if company_span else None
        if not found:
            return None
        investee = found[0]
    else:
        assert subject is not None
        investee = subject
    investors = [m for m in investors if m.key != investee.key]
    fact = FactRecord("investment", {"investor": investors, "investee": [investee]}, Span(row.start, row.end),
                      confidence=0.7, rule="investment:table_row")
    amount_span = _cell(table, cells, "amount")
    if amount_span:
        fact.amount = _amount(doc, *amount_span, table.units[table.roles.index("amount")])
    date_span = _cell(table, cells, "date")
    if date_span:
        fact.date = _date(doc, *date_span)
    fact.qualifiers = {"consideration": "unknown"}
    if _ROUND.fullmatch(round_text):
        fact.qualifiers["round"] = round_text
    if leads:
        fact.qualifiers["lead"] = leads
    return fact


def _shareholding(doc: Doc, table: _Table, row: _Row, cells: list[tuple[int, int]],
                  subject: Mention | None) -> FactRecord | None:
    holder_span = _cell(table, cells, "holder")
    stake_span = _cell(table, cells, "stake")
    if holder_span is None or stake_span is None or subject is None:
        return None
    if _TOTAL.fullmatch(doc.text[holder_span[0]:holder_span[1]]):
        return None
    stake = _percent(doc, *stake_span)
    holders = _names(doc, *holder_span, split=False)
    if stake is None or not holders or holders[0].key == subject.key:
        return None
    fact = FactRecord("shareholding", {"holder": holders[:1], "company": [subject]}, Span(row.start, row.end),
                      stake=stake, confidence=0.7, rule="shareholding:table_row")
    return fact


def _purchase(doc: Doc, table: _Table, row: _Row, cells: list[tuple[int, int]], subject: Mention | None,
              kind: str) -> FactRecord | None:
    """A tender's winner (supplier) and its procurer; a company's customer (buyer) or supplier, with its share."""
    party_role = {"tender": "winner", "customers": "customer", "suppliers": "supplier"}[kind]
    span = _cell(table, cells, party_role)
    if span is None or _TOTAL.fullmatch(doc.text[span[0]:span[1]]) or _UNNAMED.fullmatch(doc.text[span[0]:span[1]]):
        return None
    found = _names(doc, *span, split=False)
    if not found:
        return None
    party = found[0]
    if kind == "tender" and "buyer" in table.roles:
        buyer_span = _cell(table, cells, "buyer")
        buyers = _names(doc, *buyer_span, split=False) if buyer_span else None
        if not buyers:
            return None
        subject = buyers[0]
    if subject is None or party.key == subject.key:
        return None
    buyer, supplier = (party, subject) if kind == "customers" else (subject, party)
    fact = FactRecord("purchase", {"buyer": [buyer], "supplier": [supplier]}, Span(row.start, row.end),
                      confidence=0.7, rule=f"purchase:table_{kind}")
    amount_span = _cell(table, cells, "amount")
    if amount_span:
        fact.amount = _amount(doc, *amount_span, table.units[table.roles.index("amount")])
    share_span = _cell(table, cells, "share")
    share = _percent(doc, *share_span) if share_span else None
    fact.qualifiers = {"period": None}
    if share is not None and kind != "tender":
        fact.qualifiers["share_of_revenue" if kind == "customers" else "share_of_purchases"] = share
    if kind != "tender" and fact.amount is None and share is None:
        return None
    return fact


# -- cells ---------------------------------------------------------------------------------------------------------

def _date(doc: Doc, a: int, b: int) -> Value | None:
    found = [v for v in doc.values_in(a, b, "date") if v.end - v.start >= (b - a) * 0.6]
    return found[0] if found else None


def _percent(doc: Doc, a: int, b: int) -> Value | None:
    found = [v for v in doc.values_in(a, b, "percent") if v.end - v.start >= (b - a) * 0.6]
    return found[0] if found else None


def _amount(doc: Doc, a: int, b: int, unit: tuple[float, str] | None) -> Value | None:
    found = [v for v in doc.values_in(a, b, "money") if v.end - v.start >= (b - a) * 0.6]
    if found:
        return found[0]
    if unit is None:
        return None
    number = parse_number(doc.text[a:b]) if re.fullmatch(r"\d[\d,]*(?:\.\d+)?", doc.text[a:b]) else None
    if number is None:
        return None
    scale, currency = unit
    return Value(a, b, "money", Money(number * scale, currency, text=doc.text[a:b]))


def _names(doc: Doc, a: int, b: int, split: bool = True, leads: list[str] | None = None) -> list[Mention] | None:
    """The organisations a name cell holds (None where a part is no name): the mentions found in each part, else the
    part itself as a name. The keys of those marked as leading the round (澄川资本领投, Foo (lead)) go to `leads`."""
    cell = doc.text[a:b]
    if _NONE.fullmatch(cell):
        return []
    parts: list[tuple[int, int]] = []
    if split:
        pos = a
        spans = [(m.start() + a, m.end() + a) for m in _NAME_SPLIT.finditer(_CJK_SPACE.sub("、", cell))]
        for s, e in spans + [(b, b)]:
            parts.append((pos, s))
            pos = e
    else:
        parts = [(a, b)]
    merged: list[tuple[int, int]] = []
    for s, e in parts:  # Foo, Inc.: the tail goes back to its name
        if merged and _LEGAL_TAIL.fullmatch(doc.text[s:e].strip()):
            merged[-1] = (merged[-1][0], e)
        else:
            merged.append((s, e))
    out: list[Mention] = []
    for s, e in merged:
        led = _LEAD_MARK.search(doc.text, s, e) is not None
        before = len(out)
        trimmed = _NAME_TRIM.sub("", doc.text[s:e]).strip()
        if not trimmed:
            continue
        s = doc.text.index(trimmed, s)
        e = s + len(trimmed)
        if _UNDISCLOSED_NAME.search(trimmed):
            continue
        if _TOTAL.fullmatch(trimmed) or _UNNAMED.fullmatch(trimmed):
            return None
        if not _HAS_WORD.search(trimmed) or len(trimmed) > _MAX_NAME or _DIGITS.fullmatch(trimmed) \
                or _date(doc, s, e) is not None:
            return None
        # the names found in the part; a guess at an English name (candidate) counts only where it is the whole part
        found = [m for m in doc.mentions_in(s, e, _NAME_KINDS) if m.source != "coref"
                 and (m.kind != "candidate" or (m.start, m.end) == (s, e))]
        whole = [m for m in found if m.start == s and m.end == e]
        if whole:
            out.append(whole[0])
        elif len(found) == 1 and found[0].end - found[0].start >= (e - s) * 0.6:
            out.append(found[0])
        elif not found:
            out.append(Mention(s, e, trimmed, "organization", f"name:{core(trimmed)}", "table"))
        elif found[0].start == s and found[-1].end == e and all(
                _JOINER.fullmatch(doc.text[x.end:y.start]) for x, y in zip(found, found[1:])):
            out.extend(found)  # 澄川资本和岚山创投: names joined by 和 / 及 in one part
        else:
            return None  # a part holding several names, or a name inside other words: not read
        if led and leads is not None:
            leads += [m.key for m in out[before:]]
    return out


def _says(doc: Doc, word: re.Pattern, a: int, b: int) -> bool:
    """The word stands in the line outside the names in it (北辰投资 is a name, not a word on investment)."""
    names = doc.mentions_in(a, b, ORG_KINDS)
    return any(not any(m.start <= w.start() and w.end() <= m.end for m in names) for w in word.finditer(doc.text, a, b))


def _subject(doc: Doc, table: _Table, word: re.Pattern) -> Mention | None:
    """The one company the table's caption names (where it says what the table lists), else the document's head."""
    in_table = {m.key for m in doc.mentions_in(table.header.start, table.rows[-1].end, ORG_KINDS)}
    places = []
    if table.caption:
        places.append(table.caption)
    head_end = doc.text.find("\n")
    if head_end > 0 and (not table.caption or table.caption[0] > 0):
        places.append((0, head_end))
    for a, b in places:
        found = [m for m in doc.mentions_in(a, b, ORG_KINDS) if m.source != "coref" and m.key not in in_table]
        if not _says(doc, word, a, b) and not word.search(doc.title or ""):
            if found and (a, b) == table.caption:
                return None  # a caption naming a company without saying what the table lists: not guessed
            continue
        keys = {m.key for m in found}
        if len(keys) == 1:
            return found[0]
        if keys:
            return None  # two companies named: no clear subject
    return None
