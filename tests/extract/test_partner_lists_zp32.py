"""Round 32 (wt-zp): a subject's ties with each of a listed set of partners, and lists of a company's customers."""

from tests.extract.readers import facts, names

INTRO = "澄川智造科技有限公司（下称“澄川智造”）近日完成新一轮融资。"


def _pairs(text: str, ftype: str = "partnership") -> set[frozenset[str]]:
    return {frozenset(m.text for ms in f.roles.values() for m in ms) for f in facts(text, ftype)}


def test_a_subject_ties_with_each_listed_partner():
    text = INTRO + "目前，澄川智造已与岚州大学具身智能研究院、北辰动力和远峰机器人建立了合作关系。"
    pairs = _pairs(text)
    assert pairs == {frozenset({"澄川智造", "岚州大学具身智能研究院"}), frozenset({"澄川智造", "北辰动力"}),
                     frozenset({"澄川智造", "远峰机器人"})}


def test_a_school_institute_named_by_its_field_is_one_name():
    found = facts("青松电子与岚州大学智能研究院签约。", "partnership")
    assert [m.text for m in found[0].roles["party"]] == ["青松电子", "岚州大学智能研究院"]


def test_listed_partners_of_an_unread_subject_are_not_each_others():
    assert facts("目前，某某已与北辰动力、远峰机器人和岚石智能建立了合作关系。", "partnership") == []


def test_a_joint_project_of_the_listed_stays_one_fact():
    found = facts("澄川科技与北辰动力、远峰机器人合作开发新机型。", "partnership")
    assert len(found) == 1 and len(found[0].roles["party"]) == 3


def test_strategic_partner_ties_with_a_list_pair_the_subject_with_each():
    pairs = _pairs("青松电子与北辰动力、远峰机器人建立了战略合作伙伴关系。")
    assert pairs == {frozenset({"青松电子", "北辰动力"}), frozenset({"青松电子", "远峰机器人"})}


def test_listed_customers_each_buy_from_the_company():
    found = facts("甲川、乙岭、丙湾等酒店集团都是青松电子的客户；2024年，公司还与丁禾外卖达成合作。", "purchase")
    assert sorted(names(f, "buyer")[0] for f in found) == ["丙湾", "乙岭", "甲川"]
    assert all(names(f, "supplier") == ["青松电子"] for f in found)


def test_customers_of_its_pronoun_are_the_last_topic_s():
    found = facts("青松电子成立于2016年。北辰汽车和远峰汽车均为其主要客户。", "purchase")
    assert {names(f, "buyer")[0] for f in found} == {"北辰汽车", "远峰汽车"}
    assert all(names(f, "supplier") == ["青松电子"] for f in found)


def test_customers_of_a_competitor_buy_nothing_from_the_company():
    assert facts("北辰汽车、远峰汽车都是青松电子竞争对手的客户。", "purchase") == []


def test_a_customer_to_be_is_no_customer_yet():
    assert facts("北辰汽车有望成为青松电子的客户。", "purchase") == []


def test_a_kind_after_etc_is_no_name():
    from dealgraph.extract.pipeline import extract
    found = extract("t", "北辰汽车、远峰汽车等物流公司都是青松电子的客户。", "2025-06-30").mentions
    assert "物流公司" not in [m.text for m in found]


SUPPLIER = "岚石数据股份有限公司（下称“岚石数据”）8月28日披露半年报。"


def test_new_orders_of_a_period_are_the_company_s_sales():
    found = facts(SUPPLIER + "今年上半年，公司新签算力订单合计21.5亿元。", "purchase", "2025-08-29")
    assert len(found) == 1 and found[0].roles["buyer"] == [] and found[0].amount.value.value == 2.15e9
    assert "2025" in found[0].date.value.value


def test_orders_still_to_be_signed_are_no_sale():
    assert facts(SUPPLIER + "本次募资主要为后续新签订单准备资金。", "purchase", "2025-08-29") == []


def test_an_unnamed_client_served_and_a_business_contract_are_the_company_s_sales():
    text = SUPPLIER + ("去年11月，岚石数据曾与一家未披露名称的客户签约，向对方提供算力服务，交易总额预计为6.4亿元；"
                       "同年9月，它还签下一份金额约5亿元的日常经营合同。")
    found = sorted(facts(text, "purchase", "2025-08-29"), key=lambda f: f.amount.value.value)
    assert [f.amount.value.value for f in found] == [5e8, 6.4e8]
    assert all(f.roles["buyer"] == [] and names(f, "supplier") == ["岚石数据股份有限公司"] for f in found)
    assert [f.date.value.value for f in found] == ["2024-09", "2024-11"]


def test_compute_for_the_other_side_without_an_unnamed_client_is_nothing():
    assert facts(SUPPLIER + "双方洽谈后，岚石数据将向对方提供算力服务。", "purchase", "2025-08-29") == []


def test_an_agency_agreement_signed_is_a_partnership_and_one_to_sign_is_planned():
    found = facts("2021年9月，岚石晓联和英伟达签订了代理协议，岚石数码由此成为其总代理。", "partnership")
    assert len(found) == 1 and {m.text for m in found[0].roles["party"]} == {"岚石晓联", "英伟达"}
    assert found[0].modality == "asserted" and found[0].date.value.value == "2021-09"
    assert [f.modality for f in facts("岚石晓联拟与英伟达签订代理协议。", "partnership")] == ["planned"]


BUYER = ("北辰科技股份有限公司（下称“北辰科技”）公告，其全资子公司北辰数智科技有限公司（下称“北辰数智”）"
         "已与远岫晓通科技有限公司（下称“远岫晓通”）解除一份购销合同。")


def test_a_purchase_of_a_contract_called_off_is_negated():
    text = BUYER + "这份合同金额约3.2亿元，原本是北辰数智向远岫晓通采购算力中心部分设备的订单。"
    found = [f for f in facts(text, "purchase") if names(f, "supplier") == ["远岫晓通科技有限公司"]]
    assert found and all(f.modality == "negated" for f in found)


def test_a_contract_told_of_without_a_call_off_keeps_its_purchase():
    text = BUYER.replace("解除", "签订") + "这份合同金额约3.2亿元，原本是北辰数智向远岫晓通采购算力中心部分设备的订单。"
    found = [f for f in facts(text, "purchase") if names(f, "supplier") == ["远岫晓通科技有限公司"]]
    assert found and all(f.modality == "asserted" for f in found)


def test_new_orders_reported_with_their_change_are_a_business_figure():
    assert facts(SUPPLIER + "第二季度公司新签订单8.2亿元，同比增长60%。", "purchase", "2025-08-29") == []


def test_a_segment_s_new_orders_figure_is_no_sale_told():
    assert facts(SUPPLIER + "第二季度，公司装饰业务新签订单金额3.1亿元。", "purchase", "2025-08-29") == []


def test_the_name_opening_the_clause_is_the_one_tied_with_the_listed():
    found = facts("青松电子新平台上线当天即与北辰动力、远峰机器人、岚石智能达成战略合作。", "partnership")
    assert len(found) == 1 and [m.text for m in found[0].roles["party"]][0] == "青松电子"
    assert len(found[0].roles["party"]) == 4
