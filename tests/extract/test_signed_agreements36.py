"""A与B签署了框架协议 / A与B签署的协议: an agreement of unsaid kind signed by two is a partnership, unless the sentence
tells the deal it was signed for (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import facts, names, one


def test_a_framework_agreement_signed_by_two_is_a_partnership():
    pact = one("岚州集团与澄星电子签署了框架协议。", "partnership")
    assert names(pact, "party") == ["岚州集团", "澄星电子"]
    pact = one("青禾物流与岚州港务签订协议，双方将在仓储领域开展业务往来。", "partnership")
    assert names(pact, "party") == ["青禾物流", "岚州港务"]


def test_the_agreement_signed_named_after_the_parties_is_theirs():
    pact = one("岚州集团与青禾市人民政府签署的框架协议已经生效。", "partnership")
    assert names(pact, "party") == ["岚州集团", "青禾市人民政府"]


def test_an_agreement_signed_for_a_deal_in_shares_is_the_deals_no_partnership():
    text = "岚州集团与澄星电子签署协议，以3亿元收购其持有的青禾科技30%股权。"
    assert not facts(text, "partnership")
    assert names(one(text, "acquisition"), "acquirer") == ["岚州集团"]
    assert not facts("岚州集团与澄星电子签署合同，澄星电子将以2亿元认购岚州集团新增股份。", "partnership")


def test_a_contract_signed_with_a_sum_stays_a_partnership():
    assert names(one("岚州控股与澄星电子签署合同，合同金额为3.2亿元。", "partnership"), "party") == ["岚州控股", "澄星电子"]


def test_合作_inside_a_banks_name_makes_no_partnership():
    text = ("鉴于岚州控股子公司澄星实业有限公司投资建设的青禾职业学院日常运营需要，青禾职业学院拟向青禾澄江农村合作银行东岸支行"
            "申请借款1500万元，澄星实业有限公司为其提供抵押担保。")
    assert not facts(text, "partnership")


def test_a_project_an_agreement_is_about_is_no_party_to_it():
    text = ("3月15日，青禾市政府、岚州炭材料科技有限公司、澄星化工株式会社共同举行了青禾产业园资源保障协议签约仪式、"
            "储能材料项目合作框架协议的签约仪式，随后项目开工。")
    assert not any("储能材料项目" in names(f, "party") for f in facts(text, "partnership"))


def test_the_one_a_relative_clause_of_signing_describes_signed_with_the_partner():
    pact = one("曾出面与澄星汽车签约的岚州汽车亚太区总裁李明在2023年表示，新合资公司将在年内完成审批。", "partnership")
    assert sorted(names(pact, "party")) == ["岚州汽车", "澄星汽车"] and pact.date is None
    assert not facts("李明与澄星俱乐部签约的消息传出。", "partnership")
