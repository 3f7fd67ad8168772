"""Who controls a Chinese company: an officer who is also the actual controller (赵明担任…董事长，也是公司的实际控制人),
controllers joined with a title between them (孙立与总经理李敏共同为…), and a change of control (控股股东将由A变更为B),
where the ones the control passes from hold it now and the ones it passes to only once the change is made.
Sentences written for this file, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def holdings(text: str, ref: str = "2025-06-30") -> list[tuple]:
    return sorted((f.roles["holder"][0].canonical, f.roles["company"][0].canonical, f.qualifiers.get("rank"), f.modality)
                  for f in extract("t", text, ref).facts if f.type == "shareholding")


def test_an_officer_named_in_the_clause_before_is_the_actual_controller():
    text = "青禾电子成立于2009年。赵明担任青禾电子董事长已逾十年，也是公司的实际控制人。"
    assert holdings(text) == [("赵明", "青禾电子", "actual_controller", "asserted")]


def test_an_officer_with_xianren_is_the_actual_controller_and_no_company_glues_the_name():
    text = "岚山智造今年营收增长两成。周凯现任岚山智造董事长，是公司的实际控制人。"
    assert holdings(text) == [("周凯", "岚山智造", "actual_controller", "asserted")]


def test_an_office_in_the_clause_before_does_not_make_an_organisation_the_controller():
    text = "北辰投资担任青禾电子的财务顾问，也是公司的股东之一。"
    assert ("北辰投资", "青禾电子", "actual_controller", "asserted") not in holdings(text)


def test_two_controllers_joined_with_a_title_between_and_counted():
    text = "目前，孙立和总经理李敏两人同为澄川股份的实际控制人。"
    assert holdings(text) == [("孙立", "澄川股份", "actual_controller", "asserted"),
                              ("李敏", "澄川股份", "actual_controller", "asserted")]


def test_two_controllers_joined_with_yu_and_gongtong():
    text = "孙立与总经理李敏共同为澄川股份的实际控制人。"
    assert holdings(text) == [("孙立", "澄川股份", "actual_controller", "asserted"),
                              ("李敏", "澄川股份", "actual_controller", "asserted")]


def test_a_company_that_signs_with_the_controller_holds_nothing():
    text = "北辰投资与澄川股份实际控制人孙立签署了合作协议。"
    assert holdings(text) == [("孙立", "澄川股份", "actual_controller", "asserted")]


def test_a_former_controller_is_no_controller_now():
    assert holdings("孙立曾是澄川股份的实际控制人，2023年已让出控制权。") == []
    assert holdings("周凯原为岚山智造的实际控制人。") == []


def test_a_planned_change_of_control_carried_to_the_parallel_clause():
    text = "股份过户后，澄川股份实际控制人将从孙立变更为周宁，控股股东则由北辰投资变为青禾科技。"
    assert holdings(text) == [("北辰投资", "澄川股份", "controlling", "asserted"),
                              ("周宁", "澄川股份", "actual_controller", "planned"),
                              ("孙立", "澄川股份", "actual_controller", "asserted"),
                              ("青禾科技", "澄川股份", "controlling", "planned")]


def test_a_change_to_a_person_titled_by_the_buyer_keeps_the_company_of_the_first_clause():
    text = "交易完成后，澄川股份的控股股东将由北辰投资变更为青禾科技，实际控制人由孙立变更为青禾科技董事长周宁。"
    assert holdings(text) == [("北辰投资", "澄川股份", "controlling", "asserted"),
                              ("周宁", "澄川股份", "actual_controller", "planned"),
                              ("孙立", "澄川股份", "actual_controller", "asserted"),
                              ("青禾科技", "澄川股份", "controlling", "planned")]


def test_a_change_after_a_planned_transfer_is_of_the_company_transferred():
    text = ("青禾科技拟以5亿元受让北辰投资所持澄川股份30%股份。"
            "交易完成后，控股股东将由北辰投资变更为青禾科技，实际控制人由孙立变更为周宁。")
    assert holdings(text) == [("北辰投资", "澄川股份", "controlling", "asserted"),
                              ("周宁", "澄川股份", "actual_controller", "planned"),
                              ("孙立", "澄川股份", "actual_controller", "asserted"),
                              ("青禾科技", "澄川股份", "controlling", "planned")]


def test_a_change_made_names_only_the_new_holder():
    assert holdings("澄川股份实际控制人已由孙立变更为周宁。") == [("周宁", "澄川股份", "actual_controller", "asserted")]
    assert holdings("2024年，澄川股份控股股东由北辰投资变更为青禾科技。") == [
        ("青禾科技", "澄川股份", "controlling", "asserted")]


def test_a_change_with_no_company_in_the_sentence_takes_no_company_from_elsewhere():
    text = "青禾科技发布年报，营收增长三成。交易完成后，实际控制人将由孙立变更为周宁。"
    assert holdings(text) == []


def test_a_past_office_still_names_the_present_controller():
    text = "赵明曾担任青禾电子董事长，也是公司的实际控制人。"
    assert holdings(text) == [("赵明", "青禾电子", "actual_controller", "asserted")]


def test_a_change_named_as_a_matter_to_approve_is_neither_made_nor_planned_here():
    text = "澄川股份表示，公司控股股东由北辰投资变更为青禾科技的事项尚需股东大会审议。"
    assert [h for h in holdings(text) if h[2] == "controlling"] == []


def test_a_couple_and_a_spouse_are_both_controllers():
    for text in ("孙立与其配偶李敏共同为澄川股份的实际控制人。", "孙立、李敏夫妇为澄川股份的实际控制人。"):
        assert holdings(text) == [("孙立", "澄川股份", "actual_controller", "asserted"),
                                  ("李敏", "澄川股份", "actual_controller", "asserted")]


def test_a_change_with_only_the_company_word_never_takes_a_party_of_the_other_change():
    text = "本次交易完成后，公司控股股东将由北辰投资变更为青禾科技，公司实际控制人将由孙立变更为周宁。"
    assert [h for h in holdings(text) if h[1] in ("北辰投资", "青禾科技")] == []


def test_a_change_to_the_controller_of_the_buyer():
    text = "澄川股份控股股东拟由北辰投资变更为青禾科技，实际控制人拟由孙立变更为青禾科技实际控制人周宁。"
    assert holdings(text) == [("北辰投资", "澄川股份", "controlling", "asserted"),
                              ("周宁", "澄川股份", "actual_controller", "planned"),
                              ("周宁", "青禾科技", "actual_controller", "asserted"),
                              ("孙立", "澄川股份", "actual_controller", "asserted"),
                              ("青禾科技", "澄川股份", "controlling", "planned")]


def test_a_change_from_no_controller_and_with_titles_of_address():
    assert holdings("澄川股份实际控制人由无实际控制人变更为孙立。") == [("孙立", "澄川股份", "actual_controller", "asserted")]
    assert holdings("澄川股份实际控制人由孙立先生变更为周宁先生。") == [("周宁", "澄川股份", "actual_controller", "asserted")]


def test_the_new_controlling_holder_is_not_the_company_of_the_new_controller():
    assert holdings("公司控股股东已变更为青禾科技，实际控制人变更为周宁。") == []
    assert holdings("澄川股份公告称，公司控股股东已变更为青禾科技，实际控制人变更为周宁。") == [
        ("周宁", "澄川股份", "actual_controller", "asserted"), ("青禾科技", "澄川股份", "controlling", "asserted")]


def test_the_controller_titled_after_the_short_name_bracket():
    text = "湖州澄川精工股份有限公司（下称“澄川精工”）第一大股东兼实际控制人孙立先生日前与李敏女士签订了转让协议。"
    assert ("孙立", "湖州澄川精工股份有限公司", "actual_controller", "asserted") in holdings(text)


def test_the_controller_not_the_company_signs_with_the_partner():
    found = [sorted(m.canonical for m in f.roles["party"]) for f in extract("t", "北辰投资与澄川股份实际控制人孙立签署了合作协议。",
                                                                          "2025-06-30").facts if f.type == "partnership"]
    assert found == [["北辰投资", "孙立"]]
    found = [sorted(m.canonical for m in f.roles["party"]) for f in extract("t", "北辰投资与澄川股份签署了合作协议。",
                                                                          "2025-06-30").facts if f.type == "partnership"]
    assert found == [["北辰投资", "澄川股份"]]
