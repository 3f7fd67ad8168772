"""Chinese deal details seen in real news (round 16), each on sentences the team wrote with other names."""
from dealgraph.extract.pipeline import extract


def _facts(text, kind=None):
    doc = extract("t", text, "2025-12-20")
    return [f for f in doc.facts if kind is None or f.type == kind]


def _names(f, role):
    return [m.text for m in f.roles.get(role, [])]


# 1. tender winners listed, each with its own amount
def test_listed_winners_each_with_its_amount():
    facts = _facts("云杉能源集团近日公布招标结果，岭南智算科技、星桥云网有限公司和长川数据有限公司分别中标，"
                   "中标金额分别为2.4亿元、9000万元和6000万元。", "purchase")
    got = {(_names(f, "supplier")[0], f.amount.text if f.amount else None) for f in facts}
    assert got == {("岭南智算科技", "2.4亿元"), ("星桥云网有限公司", "9000万元"), ("长川数据有限公司", "6000万元")}
    assert all(_names(f, "buyer") == ["云杉能源集团"] for f in facts)


def test_winners_all_won_amounts_paired():
    facts = _facts("东岳电力发布算力服务采购结果，蓝湾智算公司和北澄数科公司均中标，中标金额分别为4亿元和1亿元。", "purchase")
    got = {(_names(f, "supplier")[0], f.amount.text) for f in facts}
    assert got == {("蓝湾智算公司", "4亿元"), ("北澄数科公司", "1亿元")}
    assert all(_names(f, "buyer") == ["东岳电力"] for f in facts)


def test_winners_with_one_total_get_no_amount_each_and_no_buyer_unnamed():
    facts = _facts("蓝湾智算公司和北澄数科公司均中标，中标金额合计5亿元。", "purchase")
    assert sorted(_names(f, "supplier")[0] for f in facts) == ["北澄数科公司", "蓝湾智算公司"]
    assert all(f.amount is None and _names(f, "buyer") == [] for f in facts)


def test_single_winner_after_the_published_result_sells_to_the_publisher():
    facts = _facts("云杉能源集团发布招标结果，岭南智算科技中标，中标金额1.6亿元。", "purchase")
    assert [(_names(f, "buyer"), _names(f, "supplier"), f.amount.text) for f in facts] == [
        (["云杉能源集团"], ["岭南智算科技"], "1.6亿元")]


# 2. a budget is not the order's amount
def test_budget_of_an_order_is_no_amount():
    facts = _facts("星澜科技拿下预算7亿元的大单。", "purchase")
    assert facts and all(f.amount is None for f in facts)
    facts = _facts("星澜科技拿下金额7亿元的大单。", "purchase")
    assert [f.amount.text for f in facts] == ["7亿元"]


def test_budget_of_an_agreement_is_no_amount():
    facts = _facts("星澜科技与北辰智联签署预算金额2亿元的算力采购协议。", "purchase")
    assert facts and all(f.amount is None for f in facts)


# 3. a reported exit
def test_reported_no_longer_held_is_a_reported_exit():
    facts = _facts("据报道，星澜科技不再持有北辰智联股份。")
    assert not [f for f in facts if f.type == "shareholding" and f.modality != "negated"]
    exits = [f for f in facts if f.type == "acquisition"]
    assert [(f.modality, _names(f, "seller"), _names(f, "target"), _names(f, "acquirer")) for f in exits] == [
        ("reported", ["星澜科技"], ["北辰智联"], [])]


def test_plain_no_longer_held_stays_an_asserted_exit():
    facts = _facts("星澜科技已不再持有北辰智联股份。")
    assert [f.modality for f in facts if f.type == "acquisition"] == ["asserted"]


# 4. B's shareholders buy: no acquirer
def test_shareholders_of_a_company_are_no_acquirer():
    for text in ("北辰智联的股东或其指定关联方拟取得海澄数据30%股权。", "北辰智联全体股东拟收购海澄数据30%股权。"):
        facts = _facts(text, "acquisition")
        assert [(_names(f, "acquirer"), _names(f, "target"), f.stake.text) for f in facts] == [
            ([], ["海澄数据"], "30%")], text
    facts = _facts("北辰智联将收购海澄数据30%股权。", "acquisition")
    assert [_names(f, "acquirer") for f in facts] == [["北辰智联"]]


# 3. a denial by a party denies that party's deals of the report, not a third party's
def test_denial_by_a_party_covers_its_deal_only():
    facts = _facts("有报道称岭南智算科技与北辰智联商谈合作，岭南智算科技还将收购星桥云网，北辰智联回应称消息不实。")
    got = {(f.type, f.modality) for f in facts}
    assert ("partnership", "denied") in got and ("acquisition", "reported") in got
    facts = _facts("有报道称岭南智算科技将收购星桥云网科技，并与北辰智联商谈合作，星桥云网科技回应称消息不实。")
    got = {(f.type, f.modality) for f in facts}
    assert ("acquisition", "denied") in got and ("partnership", "reported") in got


# 5. a tender offer's total is a holding, not the stake bought
def test_total_after_a_tender_offer_is_the_holding():
    facts = _facts("云杉股份公告，要约收购完成后，岭南智算科技及其一致行动人合计控制公司61.5%股份。")
    holds = [f for f in facts if f.type == "shareholding"]
    assert [(_names(f, "holder"), f.stake.text) for f in holds] == [(["岭南智算科技"], "61.5%")]
    assert all(f.stake is None for f in facts if f.type == "acquisition")
    facts = _facts("云杉股份公告，收购完成后，岭南智算科技共计持有公司61.5%股份。")
    assert [f.stake.text for f in facts if f.type == "acquisition"] == ["61.5%"]


def test_later_denial_by_a_party_leaves_the_third_partys_deal_reported():
    facts = _facts("有报道称岭南智算科技与北辰智联商谈合作，岭南智算科技还将收购星桥云网科技。"
                   "对此，北辰智联回应称上述消息不实。")
    got = {(f.type, f.modality) for f in facts}
    assert ("partnership", "denied") in got and ("acquisition", "reported") in got


def test_later_denial_by_the_parent_still_denies_its_units_deal():
    facts = _facts("有报道称岭南智算科技旗下的北辰智联将收购星桥云网科技。对此，岭南智算科技回应称上述消息不实。")
    assert [f.modality for f in facts if f.type == "acquisition"] == ["denied"]


def test_controlling_holder_unnamed_is_no_acquirer_named_one_is():
    facts = _facts("北辰智联的控股股东将收购海澄数据30%股权。", "acquisition")
    assert [(_names(f, "acquirer"), _names(f, "target")) for f in facts] == [([], ["海澄数据"])]
    facts = _facts("北辰智联的控股股东岭南智算科技将收购海澄数据30%股权。", "acquisition")
    assert [_names(f, "acquirer") for f in facts] == [["岭南智算科技"]]
