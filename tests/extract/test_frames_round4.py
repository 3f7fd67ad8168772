"""Round 4, frame coverage: listing steps (挂牌交易, 在交易所上市, 撤回申请), 上市 of a product, closure of a part
of a company, purchase agreements (签署…采购协议), 双方 as the parties of an agreement and absorption mergers
(吸收合并). Sentences written by the team; the companies are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names, one


# --- listing -------------------------------------------------------------------------------------------------

def test_trading_on_an_exchange_named_as_a_place_is_a_listing_of_the_subject():
    f = one("青澜智能科技股份有限公司今日在香港联交所主板挂牌交易，每股发行价58港元。", "listing")
    assert names(f, "company") == ["青澜智能科技股份有限公司"]
    assert f.qualifiers["stage"] == "listed" and f.qualifiers["exchange"] == "HKEX"


def test_listed_on_an_exchange_in_a_month():
    f = one("曜石汽车于2024年5月在纽交所上市。", "listing")
    assert names(f, "company") == ["曜石汽车"] and f.qualifiers["exchange"] == "NYSE"
    assert f.date is not None and f.date.text == "2024年5月"


def test_a_withdrawn_application_is_a_terminated_listing_read_once():
    f = one("栖霞存储已于11月撤回申请，上交所终止其科创板上市审核。", "listing")
    assert names(f, "company") == ["栖霞存储"] and f.qualifiers["stage"] == "terminated"
    assert f.qualifiers["exchange"] == "SSE STAR"


def test_a_withdrawn_request_outside_the_market_is_no_listing():
    assert not facts("澄江物流已撤回申请，双方同意庭外和解。", "listing")


def test_a_product_put_on_sale_is_no_listing():
    assert not facts("远岫科技的新款芯片计划于2026年初上市。", "listing")
    assert not facts("首款车型青鸾01随后上市，售价约20万元。", "listing")


def test_a_product_word_describing_the_company_keeps_the_listing():
    f = one("芯片设计公司远岫科技于2024年5月在科创板上市。", "listing")
    assert names(f, "company") == ["远岫科技"] and f.qualifiers["exchange"] == "SSE STAR"


def test_a_listing_not_ruled_out_is_no_step():
    assert not facts("青澜智能表示将调整融资安排，不排除未来转赴港股上市。", "listing")
    assert one("青澜智能表示将于明年赴港上市。", "listing").modality == "planned"


# --- closure ---------------------------------------------------------------------------------------------------

def test_closing_a_product_line_is_no_closure_of_the_company():
    assert not facts("青澜智能在声明中披露，将关停消费级四足机器人产品线。", "closure")
    assert not facts("澄江网络关闭旗下电商业务。", "closure")


def test_the_company_itself_closing_stays_a_closure():
    assert names(one("澄江出行已于上月宣布破产。", "closure"), "company") == ["澄江出行"]
    assert names(one("澄江网络已停止运营，员工全部遣散。", "closure"), "company") == ["澄江网络"]


# --- purchase agreements -------------------------------------------------------------------------------------

def test_a_purchase_agreement_makes_the_first_party_the_buyer():
    f = one("同日，青澜网络与远岫科技签署为期三年、总额3.2亿元的算力采购协议。", "purchase")
    assert names(f, "buyer") == ["青澜网络"] and names(f, "supplier") == ["远岫科技"]
    assert f.amount.value.value == 3.2e8 and f.modality == "asserted"


def test_a_supply_contract_makes_the_first_party_the_supplier():
    f = one("北辰科技与东岳能源签订了供货合同，合同金额约1.5亿元。", "purchase")
    assert names(f, "supplier") == ["北辰科技"] and names(f, "buyer") == ["东岳能源"]
    assert f.amount.value.value == 1.5e8


def test_a_planned_purchase_agreement():
    f = one("青澜网络拟与远岫科技签署算力采购协议。", "purchase")
    assert f.modality == "planned" and f.amount is None


def test_an_agreement_with_an_unnamed_counterparty_is_none():
    assert not facts("青澜网络与客户签署采购协议。", "purchase")


# --- 双方 ------------------------------------------------------------------------------------------------------

def test_both_sides_of_an_agreement_are_the_parties_named_before():
    text = "曜石汽车将以约7亿美元投资青鸾汽车。双方还签署了技术合作框架协议，将共同开发两款车型。"
    f = one(text, "partnership")
    assert sorted(names(f, "party")) == ["曜石汽车", "青鸾汽车"]


def test_both_sides_without_two_parties_before_is_nothing():
    assert not facts("双方还签署了技术合作框架协议。", "partnership")


# --- absorption merger -----------------------------------------------------------------------------------------

def test_absorbing_by_share_swap_is_a_merger_the_subject_survives():
    f = one("澄江数据将换股吸收合并东岳信息。", "merger")
    assert names(f, "part") == ["澄江数据", "东岳信息"] and names(f, "result") == ["澄江数据"]
    assert f.modality == "planned"


def test_an_absorption_without_a_company_after_it_is_nothing():
    assert not facts("吸收合并完成后，公司将更名。", "merger")


def test_the_road_to_a_listing_is_no_step():
    assert not facts("栖霞存储的上市之路走了两年多。", "listing")


def test_a_hardware_product_put_on_sale_is_no_listing_of_the_speaker():
    text = "远岫科技公布了新的路线图：由256张加速卡组成的青鸾超节点将于2026年上半年上市。"
    assert not facts(text, "listing")


def test_a_second_listing_clause_without_its_own_subject_repeats_the_step():
    text = "澄江集团1月2日公告称，其旗下芯片公司曜石微电子已于1月1日向香港联交所提交上市申请，申请在主板独立上市。"
    f = one(text, "listing")
    assert names(f, "company") == ["曜石微电子"] and f.qualifiers["stage"] == "filed"


def test_a_product_word_inside_a_company_name_keeps_the_listing():
    assert names(one("青鸾芯片科技将于明年上市。", "listing"), "company") == ["青鸾芯片科技"]


def test_an_absorption_called_off_is_negated():
    text = "澄江数据与东岳信息同步公告，决定终止此前筹划的重大资产重组，即由澄江数据换股吸收合并东岳信息。"
    f = one(text, "merger")
    assert names(f, "result") == ["澄江数据"] and f.modality == "negated"


# --- financial figures and capital plans -------------------------------------------------------------------

def test_a_multi_year_total_not_published_is_no_plan():
    found = facts("与远岫科技宣布的未来三年300亿元投入计划不同，青澜智能没有公布多年期的投入总额。", "capital_plan")
    assert [names(f, "company") for f in found] == [["远岫科技"]]


def test_a_price_in_a_deal_clause_is_no_financing_figure():
    text = "在宣布融资的同时，曜石半导体还以8600万元全资收购了苏州澄微电子有限公司。"
    assert not facts(text, "financial")
    f = one("曜石半导体完成融资，金额为2亿元。", "financial")
    assert f.qualifiers["metric"] == "financing" and f.qualifiers["value"].value.value == 2e8


def test_future_rd_spending_over_a_span_is_a_plan():
    f = one("远岫科技表示，公司未来五年的研发投入预计将达到2000亿元。", "capital_plan")
    assert f.amount.value.value == 2e11 and f.qualifiers["purpose"] == "研发" and f.modality == "expected"
    assert not facts("远岫科技表示，公司未来五年的研发投入预计将达到2000亿元。", "financial")
    past = one("远岫科技过去三年研发投入累计超过500亿元。", "financial")
    assert past.qualifiers["metric"] == "rd_expense"


def test_the_purpose_skips_the_currency_and_reads_the_use_clause():
    f = one("远岫科技计划未来三年投入超过3800亿元人民币，用于建设云计算和AI硬件基础设施。", "capital_plan")
    assert f.qualifiers["purpose"] == "建设云计算和AI硬件基础设施"


def test_a_growing_revenue_described_is_no_figure():
    assert not facts("青澜智能仍在增长的收入主要来自终端业务。", "financial")


# --- focus ---------------------------------------------------------------------------------------------------

def test_a_domain_set_as_the_main_direction_is_the_focus_and_a_comparison_is_none():
    found = facts("与多数主攻通用聊天应用的同行不同，青澜智能把医疗列为重点方向。", "focus")
    assert [(names(f, "company"), f.qualifiers["domain"]) for f in found] == [(["青澜智能"], "医疗")]
    f = one("远岫科技将具身智能作为重点方向。", "focus")
    assert f.qualifiers["domain"] == "具身智能"


# --- suppliers and partners ----------------------------------------------------------------------------------

def test_a_ranked_supplier_named_after_its_rank_with_its_share():
    text = "栖霞存储的供应商较为集中。其向前五大供应商的采购额占比超过80%，其中第一大供应商杭州澜川存储有限公司占比52.7%。"
    f = one(text, "purchase")
    assert names(f, "buyer") == ["栖霞存储"] and names(f, "supplier") == ["杭州澜川存储有限公司"]
    assert f.qualifiers["share_of_purchases"].value.value == 52.7


def test_a_supplier_named_before_is_and_its_rank():
    f = one("澄江科技透露，远岫数据科技已是其最大供应商。", "purchase")
    assert names(f, "buyer") == ["澄江科技"] and names(f, "supplier") == ["远岫数据科技"]


def test_the_subject_before_then_with_joins_its_partners():
    f = one("北辰科技则与Nscale、英伟达合作推出新的算力项目。", "partnership")
    assert [m.text for m in f.roles["party"]] == ["北辰科技", "Nscale", "英伟达"]


def test_goods_counted_then_their_maker_name_the_supplier():
    f = one("远岫科技去年采购了5000张英伟达H20芯片，金额约6亿元。", "purchase")
    assert names(f, "buyer") == ["远岫科技"] and f.roles["supplier"][0].key == "lex:nvidia"
    assert f.amount.value.value == 6e8
    assert not facts("远岫科技采购了大量服务器。", "purchase")


def test_the_time_of_a_listing_not_yet_fixed_is_no_step():
    assert not facts("远岫科技预计，发行规模和上市时间尚未确定。", "listing")


def test_ending_a_listing_is_a_delisting_and_ending_a_review_is_a_terminated_ipo():
    assert one("若交易完成，东岳信息将终止上市。", "listing").qualifiers["stage"] == "delisted"
    assert one("上交所决定终止远岫存储的上市审核。", "listing").qualifiers["stage"] == "terminated"


def test_money_over_a_span_of_years_still_running_is_a_plan_with_its_horizon():
    f = one("此前，北辰云科技已于2024年9月宣布，在2024年至2028年间向英国数据中心投资80亿英镑。", "capital_plan")
    assert names(f, "company") == ["北辰云科技"] and f.qualifiers["horizon"].value == "5y"
    assert f.qualifiers["purpose"] == "英国数据中心" and f.amount.text == "80亿英镑"
    assert not facts("远岫科技在2019年至2021年间投资30亿元建设工厂。", "capital_plan")


def test_a_tutoring_step_takes_no_exchange_from_another_clause():
    found = facts("远岫科技曾于去年4月在北京证监局办理A股上市辅导备案，最终选择先在港股上市。", "listing")
    stages = {f.qualifiers["stage"]: f.qualifiers.get("exchange") for f in found}
    assert stages == {"tutoring": None, "listed": "HKEX"}


def test_an_application_accepted_is_a_filed_listing_in_a_market_sentence():
    f = one("12月，远岫科技的科创板申请获得受理。", "listing")
    assert f.qualifiers["stage"] == "filed" and f.qualifiers["exchange"] == "SSE STAR"
    assert not facts("远岫科技的报销申请获得受理。", "listing")


def test_a_line_kept_to_is_the_focus_and_a_company_at_a_standstill_is_closed():
    assert one("远岫科技坚持多模态路线。", "focus").qualifiers["domain"] == "多模态"
    assert names(one("远岫汽车陷入停摆，员工被告知公司无法继续运营。", "closure"), "company") == ["远岫汽车"]


def test_a_plan_announced_is_planned():
    f = one("远岫科技宣布未来三年投入3800亿元建设AI基础设施。", "capital_plan")
    assert f.modality == "planned" and f.qualifiers["horizon"].value == "3y"


def test_money_planned_to_be_raised_for_projects_is_a_plan_and_proceeds_are_none():
    text = "资本方面，远岫科技同步推进向特定对象发行股票，拟募资不超过49.8亿元，投向面向大模型的芯片平台和软件平台项目。"
    f = one(text, "capital_plan")
    assert f.modality == "planned" and f.qualifiers["purpose"] == "面向大模型的芯片平台和软件平台项目"
    assert not facts("远岫科技今日在香港联交所主板挂牌交易，募资总额超过43亿港元。", "capital_plan")
    assert not facts("远岫科技公告称，公司拟募资300亿元，将用于收购青鸾物流65%股权。", "capital_plan")
    assert not facts("远岫科技拟向大股东非公开发行募资约50亿元，以引进新设备。", "capital_plan")


def test_a_name_guessed_in_another_clause_is_not_carried_into_a_closure():
    text = ("远岫汽车首席执行官召开全员会。据报道，部分员工当天被告知公司无法继续正常运营，多地门店暂停营业。"
            "这家新势力车企由此陷入停摆。")
    assert all(names(f, "company") == ["远岫汽车"] for f in facts(text, "closure"))
    assert not any("无法" in m.text for f in extract("t", text, "2025-06-30").facts for ms in f.roles.values()
                   for m in ms if f.type in ("closure", "listing", "financial", "capital_plan", "focus"))


def test_a_plan_named_as_announced_by_a_company_is_its_plan():
    text = "与远岫科技宣布的未来三年3800亿元投入计划不同，青澜智能没有公布多年期的投入总额。"
    f = one(text, "capital_plan")
    assert names(f, "company") == ["远岫科技"] and f.modality == "planned"
    assert f.qualifiers["horizon"].value == "3y" and "purpose" not in f.qualifiers


def test_a_plan_word_after_a_name_ending_in_investment_is_no_plan():
    assert not facts("澄江恒泰投资计划在半年内通过二级市场出售所持股份，金额不超过2亿元。", "capital_plan")


def test_a_joint_venture_named_before_made_by_is_the_result():
    f = one("远岫汽车的前身是澄江智驾，由青鸾科技与北辰汽车集团于2021年3月合资成立。", "partnership")
    assert names(f, "result") == ["澄江智驾"] and f.qualifiers["kind"] == "joint_venture"
    f = one("澄江智驾由远岫科技与青鸾汽车于2022年合资成立，双方各持股50%。", "partnership")
    assert names(f, "result") == ["澄江智驾"]


def test_a_speaker_before_an_attributive_joint_venture_is_no_result():
    f = one("北辰科技表示，由远岫科技与青鸾汽车合资成立的公司已投产。", "partnership")
    assert f.roles["result"] == [] and sorted(names(f, "party")) == ["远岫科技", "青鸾汽车"]


def test_a_plan_noun_with_its_span_and_total_in_the_next_clause():
    f = one("他表示，远岫科技对芯片的投入计划至少持续十年，总额至少500亿元。", "capital_plan")
    assert f.qualifiers["horizon"].value == "10y" and f.amount.value.min == 5e10
    f = one("远岫科技表示，2021年至2025年的研发投入计划为1000亿元。", "capital_plan")
    assert f.amount.value.value == 1e11 and f.qualifiers["purpose"] == "研发" and f.modality == "planned"


def test_money_set_aside_for_capex_within_a_plan_is_no_capex_figure():
    text = "远岫科技宣布，2025年至2028年将在英国投资300亿美元，其中约155亿美元用于资本开支。"
    assert not facts(text, "financial")
    assert one(text, "capital_plan").qualifiers["horizon"].value == "4y"
