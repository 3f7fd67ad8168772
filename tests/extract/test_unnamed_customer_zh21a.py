"""A 采购合同 signed with a party the text does not name (S与<一家/某+描述>签订…采购合同), read from the signer's side:
where the signer sells (the party is of a kind that buys, the goods are the signer's own line, or the sentence tells
the signer's orders) it is the supplier and the buyer stays unnamed (data/ontology.yaml); a signer buying from an
unnamed supplier states no fact. Sentences written for this file, with invented names."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def purchases(text: str, ref: str = "2025-12-01") -> list[tuple]:
    return sorted((f.modality, tuple(m.canonical for m in f.roles["buyer"]), tuple(m.canonical for m in f.roles["supplier"]),
                   f.amount.value.text if f.amount else "", f.date.value.value if f.date else "")
                  for f in extract("t", text, ref).facts if f.type == "purchase")


def test_a_purchase_contract_with_an_unnamed_automaker_for_the_signers_robots():
    text = "青禾机器人10月与华东某大型车企签署了总额1.8亿元的焊接机器人采购合同，将于明年一季度交付。"
    assert purchases(text) == [("asserted", (), ("青禾机器人",), "1.8亿元", "2025-10")]


def test_a_purchase_contract_with_an_unnamed_firm_in_an_orders_paragraph():
    text = ("订单方面，澄川智造今年多次拿下大单。7月，公司中标远峰汽车科技有限公司的设备采购项目，中标金额9051.15万元；"
            "9月初，公司又与国内一家知名企业签订2.5亿元的工业软件采购合同。")
    found = purchases(text)
    assert ("asserted", (), ("澄川智造",), "2.5亿元", "2025-09") in found
    assert [p[:4] for p in found if p[1]] == [("asserted", ("远峰汽车科技有限公司",), ("澄川智造",), "9051.15万元")]


def test_buying_from_an_unnamed_supplier_is_no_fact():
    assert purchases("青禾机器人10月与一家供应商签订了3000万元的芯片采购合同。") == []


def test_buying_other_goods_from_an_unnamed_firm_is_no_fact():
    assert purchases("青禾机器人10月与一家公司签订了3000万元的芯片采购合同。") == []


def test_a_contract_that_secures_the_signers_own_supply_is_no_sale():
    assert purchases("青禾机器人与一家公司签订了3000万元的焊接机器人采购合同，以保障产能供应。") == []
