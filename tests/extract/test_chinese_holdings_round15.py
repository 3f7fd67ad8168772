"""Round 15b: Chinese founding, shareholding and ownership as start-up profiles, prospectuses and group news write
them (sentences written by the team; names invented)."""
from dealgraph.extract.pipeline import extract


def _facts(text: str, kind: str | None = None, ref: str = "2025-06-01"):
    return [f for f in extract("t", text, ref).facts if kind is None or f.type == kind]


def _roles(f, role: str) -> list[str]:
    return [m.text for m in f.roles.get(role, [])]


# --- founding -------------------------------------------------------------------------------------------------

def test_founder_named_after_a_former_office():
    [f] = _facts("美团前产品总监刘洋创立了星图科技，主打AI绘画。", "founding")
    assert _roles(f, "founder") == ["刘洋"] and _roles(f, "company") == ["星图科技"]


def test_founder_after_a_lab_head_title():
    [f] = _facts("腾讯前 AI Lab 主任赵磊创办了云雀智能，打造了对话机器人。", "founding")
    assert _roles(f, "founder") == ["赵磊"] and _roles(f, "company") == ["云雀智能"]


def test_created_de_names_the_founder():
    [f] = _facts("此后他加入王强创建的蓝湾资本，成为合伙人。", "founding")
    assert _roles(f, "founder") == ["王强"] and _roles(f, "company") == ["蓝湾资本"]


def test_two_founders_and_a_year_before_de():
    [f] = _facts("周宁、李牧2021年一起创建的远帆智能已完成A轮融资。", "founding")
    assert _roles(f, "founder") == ["周宁", "李牧"] and _roles(f, "company") == ["远帆智能"]
    assert f.date is not None and f.date.value.value == "2021"


def test_two_founders_joined_by_yu():
    [f] = _facts("2022年，周宁与李牧联合创立了远帆智能。", "founding")
    assert _roles(f, "founder") == ["周宁", "李牧"]


def test_both_founders_after_the_title():
    [f] = _facts("暗影科技创始人杨植松、张宇涛近期完成融资。", "founding")
    assert _roles(f, "founder") == ["杨植松", "张宇涛"] and _roles(f, "company") == ["暗影科技"]


def test_title_partner_is_not_the_next_company():
    facts = _facts("寒光智能创始人陈云山和陈天海、云知音科技创始人黄炜都是校友。", "founding")
    assert {(tuple(_roles(f, "founder")), _roles(f, "company")[0]) for f in facts} == {
        (("陈云山", "陈天海"), "寒光智能"), (("黄炜",), "云知音科技")}


def test_cofounder_with_a_second_office():
    [f] = _facts("远帆智能联合创始人、副总裁李牧将出任新公司董事长。", "founding")
    assert _roles(f, "founder") == ["李牧"] and _roles(f, "company") == ["远帆智能"]


def test_company_created_by_a_company_is_no_person_founding():
    assert _facts("远帆智能董事长周宁与华为签署协议。", "founding") == []


# --- ownership ------------------------------------------------------------------------------------------------

def test_company_subsidiary_in_an_announcement_is_the_announcers():
    facts = _facts("3月2日，蓝海集团发布公告称，董事会同意《关于入股青石科技的议案》，"
                   "公司全资子公司蓝海零部件有限公司将出资3亿元增资青石科技，持有其20%股权。", "ownership")
    assert [(_roles(f, "owner"), _roles(f, "unit")) for f in facts] == [(["蓝海集团"], ["蓝海零部件有限公司"])]


def test_agreed_that_the_company_subsidiary_invests():
    facts = _facts("蓝海集团发布公告称，同意公司全资子公司蓝海资本有限公司投资小象智行2000万美元。", "ownership")
    assert [(_roles(f, "owner"), _roles(f, "unit")) for f in facts] == [(["蓝海集团"], ["蓝海资本有限公司"])]


def test_its_subsidiary_after_the_company_noticed_reports():
    text = ("星湾股份(600999)今日股价大涨。另外，公司注意到网上有文章说，其控股子公司北京星湾投资管理有限公司"
            "通过基金持有青石科技股权。")
    facts = _facts(text, "ownership")
    assert [(f.roles["owner"][0].key, _roles(f, "unit")) for f in facts] == [("name:星湾股份", ["北京星湾投资管理有限公司"])]


def test_dateline_source_is_no_party():
    facts = _facts("澜海财经9月17日讯 星湾股份(600999)今日股价大涨。另外，公司注意到网上有文章说，"
                   "其控股子公司北京星湾投资管理有限公司通过基金持有青石科技股权。", "ownership")
    assert [f.roles["owner"][0].key for f in facts] == ["name:星湾股份"]


def test_subsidiary_of_a_company_with_its_short_name_in_brackets():
    [f] = _facts("蓝海科技股份有限公司（简称“公司”）的控股子公司海鸥智能拟引入新股东。", "ownership")
    assert _roles(f, "owner") == ["蓝海科技股份有限公司"] and _roles(f, "unit") == ["海鸥智能"]
    assert f.modality == "asserted"


def test_spin_off_of_its_own_subsidiary():
    facts = _facts("蓝海科技披露关于分拆所属子公司海鸥医疗科技股份有限公司至香港联交所上市的预案。", "ownership")
    assert [(_roles(f, "owner"), _roles(f, "unit")) for f in facts] == [(["蓝海科技"], ["海鸥医疗科技股份有限公司"])]


def test_company_will_spin_off_its_subsidiary():
    text = "蓝海科技发布公告。公司拟将控股子公司海鸥医疗分拆到港交所独立上市。"
    facts = _facts(text, "ownership")
    assert [(_roles(f, "owner"), _roles(f, "unit")) for f in facts] == [(["蓝海科技"], ["海鸥医疗"])]


def test_subsidiary_with_the_owners_stake():
    facts = _facts("据公司介绍，海星公司为蓝海股份持股比例为62.74%的控股子公司。")
    got = sorted((f.type, _roles(f, "holder") or _roles(f, "owner"), f.stake.text if f.stake else None) for f in facts)
    assert got == [("ownership", ["蓝海股份"], None), ("shareholding", ["蓝海股份"], "62.74%")]


def test_stake_before_the_subsidiary_word_is_no_planned_holding():
    facts = _facts("蓝海股份持股70%的子公司海星科技拟收购青石科技。")
    held = [f for f in facts if f.type in ("shareholding", "ownership")]
    assert {(f.type, f.modality) for f in held} == {("ownership", "asserted"), ("shareholding", "asserted")}
    assert [f.stake.text for f in held if f.type == "shareholding"] == ["70%"]


def test_subsidiary_of_the_controlling_shareholder():
    [f] = _facts("鉴于蓝海创投有限公司为公司控股股东蓝海(集团)股份有限公司的全资子公司，故本次交易属于关联交易。", "ownership")
    assert _roles(f, "owner") == ["蓝海(集团)股份有限公司"] and _roles(f, "unit") == ["蓝海创投有限公司"]


# --- names ----------------------------------------------------------------------------------------------------

def test_city_the_dictionary_does_not_tag_as_a_place_inside_a_registered_name():
    [f] = _facts("蓝鲸智能科技(合肥)股份有限公司拟收购青石科技。", "acquisition")
    assert _roles(f, "acquirer") == ["蓝鲸智能科技(合肥)股份有限公司"]


def test_words_in_brackets_that_are_no_seat_do_not_join_names():
    names = [m.text for m in extract("t", "青石科技(暂定)有限公司尚未注册。", "2025-06-01").mentions]
    assert "青石科技(暂定)有限公司" not in names


def test_name_opening_with_an_adjective_word_of_he():
    [f] = _facts("和谐健康保险持有云帆科技5%的股份。", "shareholding")
    assert _roles(f, "holder") == ["和谐健康保险"] and f.stake.text == "5%"


def test_listed_short_name_ending_in_gufen_before_its_code():
    names = [m.text for m in extract("t", "3月5日，首开股份(600999)早盘走高。", "2025-06-01").mentions]
    assert names == ["首开股份"]


# --- shareholding ---------------------------------------------------------------------------------------------

def test_holder_among_the_top_ten_of_each_company_listed():
    facts = _facts("截至三季度末，金石投资出现在8家公司的前十大股东名单中，包括云帆科技、华信电子、和谐健康保险。",
                   "shareholding", ref="2025-11-01")
    assert [(_roles(f, "holder"), _roles(f, "company")) for f in facts] == [
        (["金石投资"], ["云帆科技"]), (["金石投资"], ["华信电子"]), (["金石投资"], ["和谐健康保险"])]
    assert all(f.qualifiers["as_of"].value.value == "2025-Q3" for f in facts)


def test_holder_among_the_top_float_holders_listed_after_fenbieshi():
    facts = _facts("年报显示，鑫源资本现身3家公司的前十大流通股东，分别是云帆科技、华信电子和蓝海股份。", "shareholding")
    assert [_roles(f, "company") for f in facts] == [["云帆科技"], ["华信电子"], ["蓝海股份"]]


def test_top_ten_without_the_companies_named_is_nothing():
    assert _facts("金石投资出现在8家公司的前十大股东名单中。", "shareholding") == []


def test_the_companys_shareholder_named_after_the_word():
    [f] = _facts("星河智能发布公告。公司股东蓝湾资本拟减持不超过1%的股份。", "shareholding")
    assert _roles(f, "holder") == ["蓝湾资本"] and _roles(f, "company") == ["星河智能"]
    assert f.modality == "asserted"


def test_the_companys_controlling_shareholder_has_its_rank():
    [f] = _facts("星河智能(600888)公告称，公司控股股东蓝湾资本计划增持公司股份。", "shareholding")
    assert _roles(f, "holder") == ["蓝湾资本"] and _roles(f, "company") == ["星河智能"]
    assert f.qualifiers["rank"] == "controlling"


# --- exits ----------------------------------------------------------------------------------------------------

def test_no_longer_holding_is_an_exit_with_no_buyer():
    facts = _facts("截至三季度末，金石投资已不再持有云帆科技股份。", ref="2025-11-01")
    [sold] = [f for f in facts if f.type == "acquisition"]
    assert _roles(sold, "seller") == ["金石投资"] and _roles(sold, "target") == ["云帆科技"]
    assert _roles(sold, "acquirer") == [] and sold.modality == "asserted"
    assert sold.date is not None and sold.date.value.value == "2025-Q3"
    assert all(f.modality != "asserted" for f in facts if f.type == "shareholding")


def test_not_holding_now_is_no_exit():
    assert [f for f in _facts("金石投资目前并未持有云帆科技股份。") if f.type == "acquisition"] == []


def test_holding_none_after_a_deal_is_no_exit_of_its_own():
    facts = _facts("本次转让完成后，金石投资将不再持有云帆科技的股份。")
    assert [f for f in facts if f.type == "acquisition" and f.modality == "asserted"] == []


def test_known_person_before_created_de():
    [f] = _facts("此后他加入李开复创建的蓝湾资本，成为首批合伙人。", "founding")
    assert _roles(f, "founder") == ["李开复"] and _roles(f, "company") == ["蓝湾资本"]


def test_what_a_company_launched_is_no_founding_of_a_company_after_it():
    facts = _facts("蓝海汽车推出的出行服务品牌如风出行获得了小象智行的战略投资。", "founding")
    assert facts == []


def test_founding_a_kind_of_company_names_no_company():
    assert _facts("他想做的，是创立一家 AI Cloud(云端推理) 创业企业。", "founding") == []


def test_founding_a_company_named_after_mingwei_still_read():
    [f] = _facts("2020年，王强创立了一家名为星图科技的公司。", "founding")
    assert _roles(f, "founder") == ["王强"] and _roles(f, "company") == ["星图科技"]


def test_subsidiary_named_by_its_seat_and_in_quotes():
    [f] = _facts("在本届比赛中，星河科技北京子公司“灵犀科技”拿下了长跑项目的第一名。", "ownership")
    assert _roles(f, "owner") == ["星河科技"] and _roles(f, "unit") == ["灵犀科技"]


def test_person_holder_after_you_with_the_next_holder():
    facts = _facts("天眼查显示，星河智能由王强持股60%，蓝湾资本持股20%。", "shareholding")
    assert sorted((_roles(f, "holder")[0], f.stake.text) for f in facts) == [("王强", "60%"), ("蓝湾资本", "20%")]
    assert all(_roles(f, "company") == ["星河智能"] for f in facts)


def test_votes_controlled_are_a_stake_of_voting_power():
    [f] = _facts("星河智能招股书显示，王强合计控制公司45.6%的表决权。", "shareholding")
    assert _roles(f, "holder") == ["王强"] and f.roles["company"][0].key == "name:星河智能"
    assert f.stake.text == "45.6%" and f.qualifiers["measure"] == "voting_power"


def test_shares_held_then_their_part_of_the_total():
    [f] = _facts("星河智能完成B轮融资。三快科技持股1721.73万股，占比3.91%。", "shareholding")
    assert _roles(f, "holder") == ["三快科技"] and _roles(f, "company") == ["星河智能"] and f.stake.text == "3.91%"


def test_shares_held_then_the_holding_ratio():
    [f] = _facts("星河智能完成B轮融资。三快科技持有1200万股，持股比例为3.5%。", "shareholding")
    assert _roles(f, "company") == ["星河智能"] and f.stake.text == "3.5%"


def test_subsidiary_name_stops_before_indirectly():
    facts = _facts("股权穿透显示，腾讯通过其全资子公司林芝远新间接持有星河智能8%股权。", "ownership")
    assert [_roles(f, "unit") for f in facts] == [["林芝远新"]]


def test_the_companys_holder_and_its_related_party_are_not_both_controlling():
    facts = _facts("星河化工12日午间公告称，公司控股股东星河集团及关联方松岭控股已于10月累计增持800万股。", "shareholding")
    assert [(_roles(f, "holder"), f.qualifiers.get("rank")) for f in facts] == [(["星河集团"], "controlling")]


def test_the_companys_holder_in_a_headline_is_the_headline_companys():
    [f] = _facts("5、蓝湾生态：公司控股股东王澜计划在半年内减持部分股份。", "shareholding")
    assert _roles(f, "holder") == ["王澜"] and _roles(f, "company") == ["蓝湾生态"]


def test_the_holders_camp_is_not_the_company_held():
    text = "星河智能完成B轮融资，星河智能估值上升。具体持股方面：美团系的三快科技持股1200万股，占比3.5%。"
    [f] = _facts(text, "shareholding")
    assert _roles(f, "holder") == ["三快科技"] and _roles(f, "company") == ["星河智能"]


def test_earlier_shareholders_in_a_round_hold_the_company():
    facts = _facts("星河智能宣布完成3亿元A轮融资，由红杉中国领投，老股东蓝湾资本、华芯基金持续加注。", "shareholding")
    assert sorted(_roles(f, "holder")[0] for f in facts) == ["华芯基金", "蓝湾资本"]
    assert all(_roles(f, "company") == ["星河智能"] and f.modality == "asserted" for f in facts)


def test_earlier_shareholder_outside_a_round_is_left_to_other_rules():
    assert _facts("据悉，原股东蓝湾资本近日在研究新的业务方向。", "shareholding") == []
