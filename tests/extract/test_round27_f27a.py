"""Round 27 (f27a): purchases told by a contract or a tender — a bare contract signed (A与B签署合同) as 签约 is, the
clause after it saying who builds or supplies (公司将承建B…项目: a purchase), a notice of award sent (B向A发出《中标
通知书》: B tenders), its sender named by words no rule reads (the project's title then names no buyer), the unit that
receives the notice (子公司A收到…) as the winner, and works named …绿化工程 (no 化工 firm)."""

from dealgraph.extract.pipeline import extract


def _facts(text: str, ftype: str):
    doc = extract("t", text, "2025-12-31")
    return [f for f in doc.facts if f.type == ftype]


def _purchases(text: str):
    return [(sorted(m.canonical for m in f.roles.get("buyer", [])), sorted(m.canonical for m in f.roles.get("supplier", [])),
             f.modality, f.amount.text if f.amount else None) for f in _facts(text, "purchase")]


def _parties(text: str):
    return [(sorted(m.canonical for m in f.roles.get("party", [])), f.modality) for f in _facts(text, "partnership")]


# --- a bare contract signed by two ---

def test_bare_contract_signed_is_a_tie_like_signing():
    assert (["岚舟数科有限公司", "青禾物流集团"], "asserted") in _parties("青禾物流集团与岚舟数科有限公司签署了合同。")


def test_bare_contract_planned_stays_planned():
    assert _parties("青禾物流集团拟与岚舟数科有限公司签订合同。") == [(["岚舟数科有限公司", "青禾物流集团"], "planned")]


def test_bare_contract_near_miss_not_signed_reads_nothing():
    assert _parties("青禾物流集团尚未与岚舟数科有限公司签订合同。") == []
    assert _purchases("青禾物流集团尚未与岚舟数科有限公司签订合同。") == []


def test_bare_contract_near_miss_relative_clause_reads_nothing():
    # 与A签订合同的B: the signing describes B, the clause states no contract of its own
    assert _parties("与青禾物流集团签订合同的岚舟数科有限公司当天发布了公告。") == []


def test_contract_then_builder_is_a_purchase_from_the_builder():
    text = "澄川重工公告，公司控股子公司澄川环境与岚山化工有限公司签署合同，公司将承建岚山化工的煤焦油加氢项目，项目金额3.8亿元。"
    assert _purchases(text) == [(["岚山化工有限公司"], ["澄川环境"], "asserted", "3.8亿元")]
    assert not any(f.roles.get("party") for f in _facts(text, "partnership"))  # the contract is the purchase


def test_contract_then_builder_named_second():
    text = "青禾能源与澄川电建签署合同，澄川电建将承建青禾能源的储能电站项目，合同金额2.1亿元。"
    assert _purchases(text) == [(["青禾能源"], ["澄川电建"], "asserted", "2.1亿元")]


def test_contract_then_supplier_for_the_other():
    text = "青禾风电与岚山电力有限公司签署合同，由青禾风电为岚山电力有限公司提供风机和运维服务。"
    assert _purchases(text) == [(["岚山电力有限公司"], ["青禾风电"], "asserted", None)]


def test_contract_then_builder_planned():
    text = "青禾能源拟与澄川电力签署合同，由青禾能源承建澄川电力的新厂房。"
    assert _purchases(text) == [(["澄川电力"], ["青禾能源"], "planned", None)]


def test_contract_near_miss_someone_else_served_is_no_purchase():
    # 为当地居民提供…: the clause after the contract serves no party, so who pays is not said
    text = "青禾能源与澄川电力签署合同，由青禾能源为当地居民提供供暖服务。"
    assert _purchases(text) == []
    assert (["澄川电力", "青禾能源"], "asserted") in _parties(text)


def test_contract_near_miss_cooperation_after_is_no_purchase():
    text = "青禾能源与澄川电建签署合同，双方将在储能领域展开合作。"
    assert _purchases(text) == []


# --- tenders: the notice of award ---

def test_notice_sent_by_tenderer_names_the_buyer():
    text = "2024年，澄川交通投资集团向青禾园林股份有限公司发出《中标通知书》，确定青禾园林股份有限公司中标澄川新城绿化工程，中标价为2.3亿元。"
    assert _purchases(text) == [(["澄川交通投资集团"], ["青禾园林股份有限公司"], "asserted", "2.3亿元")]


def test_notice_sent_by_tenderer_with_short_names():
    text = "2024年，澄川交投向青禾园林发出《中标通知书》，明确青禾园林中标澄川新城绿化工程，中标价为2.3亿元。"
    assert _purchases(text) == [(["澄川交投"], ["青禾园林"], "asserted", "2.3亿元")]


def test_notice_sent_near_miss_agent_buys_nothing():
    text = "澄川招标代理有限公司向青禾园林股份有限公司发出《中标通知书》，确定青禾园林股份有限公司中标澄川新城绿化工程。"
    assert _purchases(text) == [([], ["青禾园林股份有限公司"], "asserted", None)]


def test_notice_near_miss_not_yet_sent_is_no_award():
    assert _purchases("澄川交通投资集团尚未向青禾园林股份有限公司发出《中标通知书》。") == []


def test_works_ending_in_huagong_name_no_chemical_firm():
    text = "青禾园林股份有限公司中标澄川新城绿化工程，中标价为2.3亿元。"
    assert all(not b for b, *_ in _purchases(text))  # 澄川新城绿化工 is no buyer
    assert _purchases(text) == [([], ["青禾园林股份有限公司"], "asserted", "2.3亿元")]


def test_chemical_firm_still_named():
    text = "青禾环保中标岚山化工有限公司污水处理工程，中标价为1.1亿元。"
    assert _purchases(text) == [(["岚山化工有限公司"], ["青禾环保"], "asserted", "1.1亿元")]


def test_unit_receiving_the_notice_is_the_winner():
    text = "岚山建设公告，全资子公司青禾路桥收到澄川水务集团的《中标通知书》，中标澄川县道路改造工程。"
    found = _purchases(text)
    assert found == [(["澄川水务集团"], ["青禾路桥"], "asserted", None)]


def test_company_receiving_the_notice_near_miss_is_the_announcer():
    text = "岚山建设公告，公司近日收到澄川水务集团的《中标通知书》，中标澄川县道路改造工程。"
    assert _purchases(text) == [(["澄川水务集团"], ["岚山建设"], "asserted", None)]


def test_unread_sender_leaves_no_buyer_from_the_title():
    text = "青禾电力公告，公司收到岚山电网公司的《中标通知书》，确定公司为“岚山AMI智能电表工程项目”中标人。"
    assert _purchases(text) == [([], ["青禾电力"], "asserted", None)]


def test_agent_sender_near_miss_title_owner_still_buys():
    text = "青禾电力公告，公司收到澄川招标代理公司的《中标通知书》，确定公司为“岚山电网有限公司智能电表工程项目”中标人。"
    assert _purchases(text) == [(["岚山电网有限公司"], ["青禾电力"], "asserted", None)]


# --- signing ceremonies ---

def test_agreed_then_ceremony_is_a_signing_of_the_two():
    text = "8月6日，澄川县人民政府与青禾新能源股份有限公司就风电叶片项目达成一致，并隆重举行签约仪式。"
    assert _parties(text) == [(["澄川县人民政府", "青禾新能源股份有限公司"], "asserted")]


def test_agreed_then_ceremony_planned():
    text = "澄川县人民政府与青禾新能源股份有限公司就风电叶片项目达成一致，并将于下月举行签约仪式。"
    assert _parties(text) == [(["澄川县人民政府", "青禾新能源股份有限公司"], "planned")]


def test_ceremony_near_miss_talks_without_agreement_read_nothing():
    text = "澄川县人民政府与青禾新能源股份有限公司就风电叶片项目进行了洽谈，并举行签约仪式。"
    assert _parties(text) == []


def test_ceremony_near_miss_no_agreement_reached():
    text = "澄川县人民政府与青禾新能源股份有限公司未能就风电叶片项目达成一致，并举行签约仪式。"
    assert _parties(text) == []


def test_venue_of_the_signing_is_no_party():
    text = "近日，青禾机器人有限公司、岚山技术有限公司在澄川集团总部举行战略合作签约仪式。"
    assert _parties(text) == [(["岚山技术有限公司", "青禾机器人有限公司"], "asserted")]


def test_venue_near_miss_partner_named_plainly_stays_a_party():
    text = "青禾机器人有限公司与澄川集团举行战略合作签约仪式。"
    assert _parties(text) == [(["澄川集团", "青禾机器人有限公司"], "asserted")]


def test_tie_then_acquisition_keeps_one_acquirer():
    # 与B达成战略合作并…收购C: B is a partner, not a second buyer
    doc = extract("t", "青禾资本与澄川照明达成深度合作并斥资5亿元收购澄川中国51%股权。", "2025-12-31")
    acq = [f for f in doc.facts if f.type == "acquisition"]
    assert acq and [m.canonical for m in acq[0].roles["acquirer"]] == ["青禾资本"]
