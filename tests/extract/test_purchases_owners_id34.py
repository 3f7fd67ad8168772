"""Purchases and ownership told in filings (round 34, real announcements and news read for their constructions): a
supplier whose own name holds 供应/部分 (向X供应链有限公司采购服务器); the company of an announcement whose code
bracket stands before 发布公告 (X(证券简称:Y,证券代码:…)发布公告称，公司全资子公司B…); a guessed name announcing
its own subsidiary; B(系公司全资子公司); C及公司全资子公司B (C is listed beside the company, never its owner); a
consortium partner after 及 is no unit (全资子公司B及C组成的联合体); B由A 100%持股 / 由A全资持股的B (a holding,
and all of it an ownership). All company names are invented; the sentences are written for these tests."""

from __future__ import annotations

from tests.extract.readers import facts, one, roles


# --- a supplier's own name holds a word of supplying ---

def test_a_supply_chain_company_named_after_xiang_is_the_supplier():
    text = "岚山引擎数据服务有限公司拟向远岫供应链有限公司采购64台AI服务器，合同金额为2.1亿元。"
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["岚山引擎数据服务有限公司"], "supplier": ["远岫供应链有限公司"]}
    assert fact.modality == "planned"


def test_a_subsidiary_of_the_company_buys_from_a_supply_chain_company():
    text = "青禾股份公告，公司全资子公司岚山引擎数据服务有限公司向远岫供应链有限公司采购了一批GPU服务器。"
    assert roles(one(text, "purchase")) == {"buyer": ["岚山引擎数据服务有限公司"], "supplier": ["远岫供应链有限公司"]}


def test_the_subject_supplying_the_one_after_xiang_is_still_no_purchase():
    text = "岚山引擎将向远岫供应链有限公司提供两台租赁服务器。"  # near miss: 提供 outside the name, the subject supplies
    assert not [f for f in facts(text, "purchase") if roles(f)["buyer"] == ["岚山引擎"]]


def test_suppliers_taken_together_are_still_none_named():
    text = "岚山引擎向远岫供应链有限公司等部分供应商采购的金额占比较高。"  # near miss: 部分 outside the name
    assert not facts(text, "purchase")


# --- the company of an announcement owns 公司全资子公司B ---

def test_the_announcer_before_its_code_bracket_owns_the_subsidiary():
    text = ("岚山云数股份有限公司（证券简称：岚山数据，证券代码：603999）2月1日发布公告称，公司全资子公司"
            "青禾系统工程有限公司已被确定为某数据中心项目的中标候选人。")
    assert roles(one(text, "ownership")) == {"owner": ["岚山云数股份有限公司"], "unit": ["青禾系统工程有限公司"]}


def test_a_code_inside_the_bracket_never_owns_the_subsidiary():
    text = ("岚山云数股份有限公司（证券简称：岚山数据，证券代码：603999）2月1日发布公告称，公司全资子公司"
            "青禾系统工程有限公司中标。")
    assert all("证券代码" not in roles(f)["owner"] for f in facts(text, "ownership"))


def test_a_guessed_name_announcing_owns_its_subsidiary():
    text = "澄川数据发布公告称，公司全资子公司青禾系统工程有限公司中标某智算中心项目。"
    assert roles(one(text, "ownership")) == {"owner": ["澄川数据"], "unit": ["青禾系统工程有限公司"]}


def test_a_consortium_partner_after_ji_is_no_unit():
    text = ("岚山云数股份有限公司（下称“公司”）发布公告称，公司全资子公司青禾系统工程有限公司及澄川云计算有限公司"
            "组成的联合体，已被确定为某项目的中标候选人。")
    assert [roles(f)["unit"] for f in facts(text, "ownership")] == [["青禾系统工程有限公司"]]


def test_subsidiaries_listed_with_a_pause_mark_are_both_units():
    text = "岚山云数股份有限公司发布公告称，公司控股子公司青禾电子有限公司、澄川科技有限公司组成的联合体中标。"
    assert sorted(roles(f)["unit"][0] for f in facts(text, "ownership")) == ["澄川科技有限公司", "青禾电子有限公司"]


def test_a_unit_described_in_a_bracket_as_the_company_s_subsidiary():
    text = ("岚山云数股份有限公司就子公司入选项目中标候选人发布提示公告。根据公示，青禾系统工程有限公司"
            "（系公司全资子公司）为该项目的第一中标候选人。")
    assert roles(one(text, "ownership")) == {"owner": ["岚山云数股份有限公司"], "unit": ["青禾系统工程有限公司"]}


def test_the_company_listed_after_ji_owns_the_unit():
    text = ("岚山云数股份有限公司就子公司入选项目中标候选人发布提示公告。本次投标系澄川建设有限公司及公司全资"
            "子公司青禾系统工程有限公司结成联合体共同参与。")
    assert roles(one(text, "ownership")) == {"owner": ["岚山云数股份有限公司"], "unit": ["青禾系统工程有限公司"]}


def test_the_party_listed_beside_the_company_never_owns_its_subsidiary():
    text = "岚山数据公告，澄川科技与公司全资子公司青禾系统签订采购合同。"  # near miss: 澄川科技 is the counterparty
    assert not [f for f in facts(text, "ownership") if roles(f)["owner"] == ["澄川科技"]]


# --- B由A 100%持股 ---

def test_held_all_by_the_one_after_you_is_held_and_owned():
    text = ("1月9日，一家名为青禾智汇科技服务有限公司的企业注册成立。股权关系显示，这家公司由岚山电子股份有限公司"
            "100%持股。")
    held = one(text, "shareholding")
    assert roles(held) == {"holder": ["岚山电子股份有限公司"], "company": ["这家公司"]}
    assert held.stake is not None and held.stake.value.value == 100.0
    owned = one(text, "ownership")
    assert [m.canonical for m in owned.roles["unit"]] == ["青禾智汇科技服务有限公司"]


def test_held_wholly_before_de_names_the_unit_after_it():
    text = "由岚山电子全资持股的青禾数据科技有限公司去年营收3亿元。"
    assert roles(one(text, "ownership")) == {"owner": ["岚山电子"], "unit": ["青禾数据科技有限公司"]}


def test_a_part_held_is_a_holding_and_no_ownership():
    text = "青禾数据科技有限公司由岚山电子股份有限公司持股60%。"
    held = one(text, "shareholding")
    assert held.stake is not None and held.stake.value.value == 60.0
    assert not facts(text, "ownership")


def test_held_by_with_a_noun_running_on_is_nothing():
    text = "青禾数据科技有限公司由岚山电子股份有限公司持股的基金管理。"  # near miss: no clause end after 持股
    assert not facts(text, "shareholding") and not facts(text, "ownership")


# --- 该订单来自B: the buyer of the order the sentence before told ---

def test_the_order_told_before_came_from_the_buyer_named_after():
    text = "青禾电子股份有限公司（下称“公司”）近日收到一份订单。该订单来自岚山云计算有限公司，金额为1.5亿元。"
    named = [f for f in facts(text, "purchase") if roles(f)["buyer"]]
    assert [roles(f) for f in named] == [{"buyer": ["岚山云计算有限公司"], "supplier": ["青禾电子股份有限公司"]}]
    assert named[0].modality == "asserted"


def test_the_customer_of_a_big_order_told_before():
    text = "青禾电子股份有限公司近日获得一笔算力服务大单，金额为3亿元。这笔大单的客户为岚山云计算有限公司。"
    named = [f for f in facts(text, "purchase") if roles(f)["buyer"]]
    assert [roles(f)["buyer"] for f in named] == [["岚山云计算有限公司"]]


def test_an_order_from_with_no_order_told_before_is_nothing():
    text = "远岫科技表示，该订单来自岚山云计算有限公司。"  # near miss: no supplier told before
    assert not facts(text, "purchase")


def test_an_order_from_after_a_contract_with_its_buyer_named_is_nothing_more():
    text = "青禾电子股份有限公司与澄川科技签订采购合同。该订单来自岚山云计算有限公司。"  # near miss: a buyer named before
    assert [roles(f)["buyer"] for f in facts(text, "purchase")] == [["青禾电子股份有限公司"]]


def test_an_order_called_off_before_stays_unbought():
    text = "青禾电子股份有限公司此前收到的一份订单已被取消。该订单来自岚山云计算有限公司。"  # near miss: called off
    assert not [f for f in facts(text, "purchase") if f.modality == "asserted" and roles(f)["buyer"]]


# --- names, where a wrong party would follow ---

def test_qi_glued_to_a_guessed_name_is_no_pronoun_for_the_last_subject():
    text = ("目前远岫中科和青禾股份控股子公司热岚文化有着长期业务往来。睢宁殷其雷则是持有热岚文化22.96%"
            "股权的少数股东。")
    assert all("远岫中科" not in [m.canonical for m in f.roles["holder"]] for f in facts(text, "shareholding"))


def test_qi_after_a_name_and_a_comma_still_refers():
    text = "远岫科技近日公告称，其控股股东青禾集团持有公司35%股份。"  # near miss: 其 after a comma, a pronoun
    held = one(text, "shareholding")
    assert [m.canonical for m in held.roles["company"]] == ["远岫科技"]


def test_an_english_word_describing_the_company_named_after_it_is_no_name():
    text = ("Data centre owner and operator Fjordline said on Monday it has signed a $2.1 billion cloud services "
            "contract with Helio Motors to provide the carmaker with access to GPUs over five years.")
    fact = one(text, "purchase")
    assert [m.canonical for m in fact.roles["supplier"]] == ["Fjordline"]
    assert [m.canonical for m in fact.roles["buyer"]] == ["Helio Motors"]


def test_a_name_opening_a_sentence_and_named_again_stays_a_name():
    text = ("Kestrel chip supplier Fjordline signed a deal with Helio Motors. Later, Helio Motors agreed to buy "
            "servers from Kestrel.")  # near miss: Kestrel is named again after a lower-case word
    assert any([m.canonical for m in f.roles["supplier"]] == ["Kestrel"] for f in facts(text, "purchase"))


# --- 收到C发出的中标通知书，确定<short>为…的中标人: the receiver written short ---

def test_the_receiver_of_the_notice_written_short_wins():
    text = ("岚山交建公告，其全资子公司岚山城轨建设工程有限公司于2024年8月12日收到澄川云启数据服务有限公司发出的"
            "《中标通知书》，确定城轨建设为澄川云启数据服务有限公司算力枢纽工程的中标人，中标价格约为13亿元。")
    fact = one(text, "purchase")
    assert roles(fact) == {"buyer": ["澄川云启数据服务有限公司"], "supplier": ["岚山城轨建设工程有限公司"]}
    assert fact.modality == "asserted" and fact.amount is not None


def test_a_winner_whose_short_name_is_not_the_receiver_s_wins_nothing_here():
    text = ("岚山交建公告，其全资子公司岚山城轨建设工程有限公司于2024年8月12日收到澄川云启数据服务有限公司发出的"
            "《中标通知书》，确定远岫建设为澄川云启数据服务有限公司算力枢纽工程的中标人。")  # near miss
    assert not [f for f in facts(text, "purchase") if roles(f)["supplier"] == ["岚山城轨建设工程有限公司"]]


# --- A另一子公司B: one more unit of the owner ---

def test_another_subsidiary_of_the_owner_named_right_before():
    text = "日前，岚山控股发布公告，岚山控股另一子公司青禾紫星智算科技有限公司今年4月与远岫科技签订服务器采购合同。"
    assert roles(one(text, "ownership")) == {"owner": ["岚山控股"], "unit": ["青禾紫星智算科技有限公司"]}


def test_another_subsidiary_after_a_partner_mark_has_no_owner_before_it():
    text = "远岫科技与另一子公司青禾智算科技有限公司签约。"  # near miss: 与 stands between, 远岫科技 owns nothing told
    assert not [f for f in facts(text, "ownership") if roles(f)["owner"] == ["远岫科技"]]


# --- B隶属于A / B的母公司A / B背后正是A的全资平台 ---

def test_a_company_belonging_to_its_group():
    text = "青禾计算有限公司成立于1976年，目前隶属于岚山集团。"
    assert roles(one(text, "ownership")) == {"owner": ["岚山集团"], "unit": ["青禾计算有限公司"]}


def test_once_belonging_or_no_longer_belonging_is_nothing():
    for text in ("青禾计算有限公司原隶属于岚山集团。", "青禾计算有限公司不再隶属于岚山集团。"):  # near misses
        assert not facts(text, "ownership"), text


def test_a_business_belonging_to_a_group_names_no_unit():
    text = "青禾科技发布年报。该业务隶属于岚山集团。"  # near miss: 该业务 is no company; not 青禾科技 carried
    assert not facts(text, "ownership")


def test_the_parent_named_after_mu_gong_si():
    for text in ("青禾临港股份有限公司与母公司岚山集团在多地拥有园区。", "青禾临港股份有限公司的母公司为岚山集团。"):
        assert roles(one(text, "ownership")) == {"owner": ["岚山集团"], "unit": ["青禾临港股份有限公司"]}, text


def test_the_parent_s_shareholders_in_a_profit_line_are_nothing():
    text = "青禾科技2024年实现归属于母公司股东净利润3亿元。"  # near miss: no name after 母公司
    assert not facts(text, "ownership")


def test_a_platform_wholly_of_a_described_company():
    text = "远岫投资管理合伙企业背后正是AI巨头青禾科技的全资平台。"
    assert roles(one(text, "ownership")) == {"owner": ["青禾科技"], "unit": ["远岫投资管理合伙企业"]}


def test_a_platform_planned_names_no_unit():
    text = "青禾科技计划搭建一个全资平台。"  # near miss: no unit named
    assert not facts(text, "ownership")


def test_the_parent_of_the_subject_carried_from_a_describing_clause():
    text = "而青禾临港股份有限公司作为岚山市国资委下属的国企，与母公司岚山集团在多地拥有园区资源。"
    assert roles(one(text, "ownership")) == {"owner": ["岚山集团"], "unit": ["青禾临港股份有限公司"]}


def test_a_parent_after_yu_opening_a_sentence_with_no_subject_is_nothing():
    text = "与母公司岚山集团相比，行业平均水平更低。"  # near miss: no subject told or carried
    assert not facts(text, "ownership")


# --- B的控股股东兼实际控制人为X: a person named after the title, closing the clause ---

def test_a_controller_named_after_the_title_is_a_person_holding_the_company():
    text = "澄川超算科技有限公司的控股股东兼实际控制人为陈立民。"
    found = facts(text, "shareholding")  # (session 39: both titles, two ranks of one holding)
    assert sorted(f.qualifiers.get("rank") for f in found) == ["actual_controller", "controlling"]
    for fact in found:
        assert roles(fact) == {"holder": ["陈立民"], "company": ["澄川超算科技有限公司"]}
        assert fact.roles["holder"][0].kind == "person"


def test_a_group_named_after_the_title_is_no_person():
    text = "澄川超算科技有限公司的控股股东为岚山集团。"  # near miss: a company, four characters
    assert all(m.kind != "person" for f in facts(text, "shareholding") for m in f.roles["holder"])


def test_a_question_after_the_title_names_no_one():
    text = "澄川超算科技有限公司的实际控制人为何人，目前尚不清楚。"  # near miss
    assert not facts(text, "shareholding")
