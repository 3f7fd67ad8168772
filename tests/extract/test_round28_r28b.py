"""Round 28 (r28b): listing stage approved, focus 主要做, business lines after bare 公司, rare surnames, descriptors
before a coded name, purchase rumour and denial. All sentences invented."""
from dealgraph.extract.pipeline import extract


def _facts(text, ftype, ref="2026-01-08"):
    return [f for f in extract("t", text, ref).facts if f.type == ftype]


def _roles(f, role):
    return [m.text for m in f.roles.get(role, [])]


# M: listing stage
def test_regulator_confirms_filing_abroad_is_approved():
    fs = _facts("中国证监会去年12月10日对澄川半导体股份有限公司赴港上市备案予以确认。", "listing")
    assert len(fs) == 1 and _roles(fs[0], "company") == ["澄川半导体股份有限公司"]
    assert fs[0].qualifiers["stage"] == "approved" and fs[0].date is not None


def test_listing_application_approved_by_regulator():
    fs = _facts("去年12月10日，青禾芯片股份有限公司的港股上市申请获得中国证监会批准。", "listing")
    assert [f.qualifiers["stage"] for f in fs] == ["approved"]


def test_listing_application_not_yet_approved_stays_filed():
    fs = _facts("北辰半导体股份有限公司的港股上市申请尚未获得中国证监会批准。", "listing")
    assert all(f.qualifiers["stage"] != "approved" for f in fs)


def test_filing_material_submitted_is_filed():
    fs = _facts("青禾芯片股份有限公司已向中国证监会提交境外上市备案材料。", "listing")
    assert [f.qualifiers["stage"] for f in fs] == ["filed"]


# K: focus 主要做
def test_focus_mainly_makes():
    fs = _facts("澄川微电子成立于2019年，主要做射频前端芯片和模组。", "focus")
    assert len(fs) == 1 and _roles(fs[0], "company") == ["澄川微电子"]
    assert fs[0].qualifiers["domain"].startswith("射频前端芯片")


def test_focus_mainly_makes_near_misses():
    assert _facts("澄川微电子的主要做法是压缩库存。", "focus") == []
    assert _facts("北辰光电今年主要做好交付。", "focus") == []


# L: business lines after the bare 公司
def test_business_lines_after_bare_company_are_no_company():
    text = "澄川移动看重此类终端，这和其固网业务相关。2024年，公司固网和家庭业务收入达到900亿元。"
    fs = _facts(text, "financial")
    assert fs and all(_roles(f, "company") != ["固网"] for f in fs)
    assert _roles(fs[0], "company") == ["澄川移动"]


def test_business_lines_list_with_ji():
    fs = _facts("北辰云今年发展迅速。2025年上半年，公司云计算及AI业务营收为120亿元。", "financial")
    assert all(_roles(f, "company") != ["云计算"] for f in fs)


def test_single_business_line_keeps_company():
    fs = _facts("澄川移动看重此类终端。2024年公司宽带业务收入为900亿元。", "financial")
    assert [_roles(f, "company") for f in fs] == [["澄川移动"]]


def test_named_company_after_kind_word_still_a_name():
    ms = extract("t", "AI公司青禾智能与北辰科技签署合作协议。", "2026-01-08").mentions
    assert "青禾智能" in [m.text for m in ms]


# I: rare surnames
def test_rare_surname_founder():
    fs = _facts("同一天，青禾电子创始人笪宁出任澄川智能董事长。", "founding")
    assert [(_roles(f, "founder"), _roles(f, "company")) for f in fs] == [(["笪宁"], ["青禾电子"])]


def test_rare_surname_three_characters():
    fs = _facts("青禾电子创始人印海峰表示，公司将扩大产能。", "founding")
    assert [_roles(f, "founder") for f in fs] == [["印海峰"]]


def test_rare_surname_char_opening_common_word_is_no_person():
    assert _facts("在青禾电子创始人印象中，公司从未出现大的波折。", "founding") == []
    ms = extract("t", "在青禾电子创始人印象中，公司从未出现大的波折。", "2026-01-08").mentions
    assert not [m for m in ms if m.kind == "person"]


def test_rare_surname_without_title_no_founding():
    assert _facts("笪宁出任澄川智能董事长。", "founding") == []


def test_founder_name_before_idiom():
    fs = _facts("同一天，青禾电子创始人笪宁走马上任，担任澄川智能董事长。", "founding")
    assert [_roles(f, "founder") for f in fs] == [["笪宁"]]


def test_business_service_lines_after_bare_company():
    text = "澄川移动看重此类终端，这和其宽带业务相关：2024年公司固网及智慧家庭服务收入为900亿元。"
    fs = _facts(text, "financial")
    assert [_roles(f, "company") for f in fs] == [["澄川移动"]]


# B: descriptors and short names
def test_province_trade_descriptor_before_coded_name():
    fs = _facts("湖北燃气运营商澄川燃气（601999.SH）昨晚公告，拟收购青禾微电子60%股权。", "acquisition")
    assert [(_roles(f, "acquirer"), _roles(f, "target")) for f in fs] == [(["澄川燃气"], ["青禾微电子"])]
    fs = _facts("湖北燃气运营商澄川燃气昨晚公告，拟收购青禾微电子60%股权。", "acquisition")
    assert [_roles(f, "acquirer") for f in fs] == [["澄川燃气"]]


def test_trade_descriptor_cut_from_coded_name():
    fs = _facts("浙江家电零售商青禾电器（600999.SH）昨晚公告，拟以现金收购澄川微电子60%股权。", "acquisition")
    assert [_roles(f, "acquirer") for f in fs] == [["青禾电器"]]


def test_legal_name_with_trade_words_stays_whole():
    fs = _facts("澄川能源零售股份有限公司（601999.SH）昨晚公告，拟收购青禾微电子60%股权。", "acquisition")
    assert [_roles(f, "acquirer") for f in fs] == [["澄川能源零售股份有限公司"]]


def test_named_company_before_supplier_word_is_kept():
    ms = extract("t", "澄川燃气供应商北辰管道昨晚公告，拟收购青禾微电子60%股权。", "2026-01-08").mentions
    assert "澄川燃气" in [m.text for m in ms if m.kind == "organization"]


def test_industry_word_is_no_company():
    assert _facts("国际油价持续下滑，石油行业利润承压。", "financial") == []


def test_coded_short_name_refound_with_own_noun_takes_figures():
    text = ("澄川石油（600998.SH）拟收购青禾微电子60%股权。青禾微电子承诺，2025年至2027年合计收入不低于9亿元。"
            "澄川石油主业连年萎缩：今年前三季度公司营业收入8.6亿元，归母净利润1200万元。")
    ms = extract("t", text, "2025-11-20").mentions
    assert [m.kind for m in ms if m.text == "澄川石油"] == ["organization", "organization"]
    fs = [f for f in _facts(text, "financial", "2025-11-20") if f.amount is None and _roles(f, "company") == ["澄川石油"]]
    metrics = {f.qualifiers["metric"] for f in fs}
    assert {"revenue", "net_profit"} <= metrics


def test_company_of_named_controlling_holder():
    text = "澄川石油（600998.SH）拟收购青禾微电子60%股权。青禾微电子成立于2019年。交易完成后，澄川石油控股股东澄川投资仍持有公司52%的股份。"
    fs = [f for f in _facts(text, "shareholding") if f.stake is not None]
    assert [(_roles(f, "holder"), f.roles["company"][0].key) for f in fs] == [(["澄川投资"], "name:澄川石油")]


def test_two_holders_joined_are_not_owner_and_holder():
    text = "青禾微电子成立于2019年。澄川石油和澄川投资合计持有公司52%的股份。"
    fs = [f for f in _facts(text, "shareholding") if f.stake is not None]
    assert all(f.roles["company"][0].key not in ("name:澄川石油", "name:澄川投资") for f in fs)


# N: purchase rumour and denial
def test_order_raised_by_ba_told_as_rumour():
    fs = _facts("昨晚，网上传出消息称，北辰云已把青禾微电子的订单追加到8万片。", "purchase")
    assert [(f.modality, _roles(f, "buyer"), _roles(f, "supplier")) for f in fs] == [
        ("rumored", ["北辰云"], ["青禾微电子"])]


def test_order_raised_by_ba_plain():
    fs = _facts("岚山算力已把青禾微电子的加速卡订单提高至3万片。", "purchase")
    assert [(f.modality, _roles(f, "buyer"), _roles(f, "supplier")) for f in fs] == [
        ("asserted", ["岚山算力"], ["青禾微电子"])]


def test_ba_without_order_raised_is_no_purchase():
    assert _facts("北辰云已把青禾微电子的订单取消了。", "purchase") == []
    assert _facts("北辰云把青禾微电子的价格压到最低。", "purchase") == []


def test_denied_purchase_with_count_before_goods():
    fs = _facts("北辰云回应称，所谓采购青禾微电子8万片加速卡的消息不实。", "purchase")
    assert [(f.modality, _roles(f, "buyer"), _roles(f, "supplier")) for f in fs] == [
        ("denied", ["北辰云"], ["青禾微电子"])]


def test_counted_goods_of_maker_bought():
    fs = _facts("岚山算力采购青禾微电子2万片加速卡。", "purchase")
    assert [(_roles(f, "buyer"), _roles(f, "supplier")) for f in fs] == [(["岚山算力"], ["青禾微电子"])]


def test_purchase_plan_under_review_is_nothing():
    assert _facts("北辰云回应称，采购计划仍在评估中。", "purchase") == []
