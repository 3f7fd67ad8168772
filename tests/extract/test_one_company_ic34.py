"""One-company facts told in one sentence (round 34, wt-ic): figures listed with one currency word (1.66亿、1.50亿和
0.24亿元), a series whose years the sentence before gives (同期净亏损分别为…), Hong Kong 期内利润, a figure's target;
递交招股说明书, an offering's proceeds in the next paragraph; profiles (是全球前三大…供应商之一, 是一家为客户提供…的企业,
主营业务涵盖…, 主要产品为…); money raised for projects (拟募集…，募集资金用于以下项目：…). Invented names and sentences,
each with near misses that must not fire."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from dealgraph.values.money import find_money


def _facts(text: str, kind: str, date: str = "2025-06-30"):
    return [f for f in extract("t", text, date).facts if f.type == kind]


def _figures(text: str, metric: str) -> list[tuple[float, str | None]]:
    out = []
    for f in _facts(text, "financial"):
        if f.qualifiers.get("metric") != metric or f.qualifiers.get("value") is None:
            continue
        period = f.qualifiers.get("period")
        out.append((f.qualifiers["value"].value.value, getattr(getattr(period, "value", None), "sort_key", None)))
    return out


def _domains(text: str) -> list[tuple[str, str]]:
    return [(f.roles["company"][0].canonical or f.roles["company"][0].text, f.qualifiers.get("domain"))
            for f in _facts(text, "focus") if f.roles.get("company")]


# --- money: a list whose currency word closes its last item ---

def test_amounts_listed_share_the_currency_of_the_last():
    found = [(m.value, m.currency) for _, _, m in find_money("研发开支分别为2.35亿、1.80亿和0.42亿元。")]
    assert found == [(2.35e8, "CNY"), (1.8e8, "CNY"), (4.2e7, "CNY")]


def test_amounts_listed_share_the_currency_of_the_first():
    found = [(m.value, m.currency) for _, _, m in find_money("收入分别为人民币613.5万、7.2万和0元。")]
    assert found == [(6.135e6, "CNY"), (7.2e4, "CNY"), (0.0, "CNY")]


def test_a_count_or_another_metric_between_is_no_list():
    assert [m.text for _, _, m in find_money("月活用户达1.6亿、营收4亿元。")] == ["4亿元"]
    assert [m.text for _, _, m in find_money("两次分别发行1.5亿、2.5亿股，募资6亿元。")] == ["6亿元"]


def test_a_bound_and_about_together_keep_the_bound():
    (_, _, money), = find_money("拟募资不超过约8.35亿元")
    assert money.max == 8.35e8 and money.text == "不超过约8.35亿元"
    (_, _, money), = find_money("超过约5亿元")
    assert money.min == 5e8


# --- financial figures ---

def test_series_with_bare_amounts_goes_year_by_year():
    text = "2022年至2024年，青禾机器人的收入分别为人民币2.1亿、3.3亿和4.6亿元，净亏损分别为1.4亿、0.9亿和0.5亿元。"
    assert _figures(text, "revenue") == [(2.1e8, "2022"), (3.3e8, "2023"), (4.6e8, "2024")]
    assert _figures(text, "net_loss") == [(1.4e8, "2022"), (0.9e8, "2023"), (0.5e8, "2024")]


def test_series_in_the_next_sentence_takes_the_years_before():
    text = ("2022年至2024年，青禾机器人营业收入分别为1.11亿元、2.22亿元和3.33亿元。然而，同期净亏损分别为0.81亿元、"
            "0.62亿元和0.43亿元。")
    assert _figures(text, "net_loss") == [(0.81e8, "2022"), (0.62e8, "2023"), (0.43e8, "2024")]


def test_series_the_years_before_do_not_number_has_no_period():
    # two years before, three figures after: the first figure is no year's (never the last year's)
    text = "2023年和2024年，青禾机器人营业收入分别为1.4亿元和2.5亿元。其净亏损分别为0.7亿元、0.6亿元和0.2亿元。"
    losses = _figures(text, "net_loss")
    assert losses and all(period is None for _, period in losses)


def test_profit_for_the_period_is_a_net_profit():
    text = "2023年至2025年，澄川电子期内利润分别为4.1亿元、5.2亿元、6.3亿元。"
    assert _figures(text, "net_profit") == [(4.1e8, "2023"), (5.2e8, "2024"), (6.3e8, "2025")]


def test_a_figure_named_as_a_target_is_a_plan():
    facts = _facts("澄川电子的营收目标为100亿元。", "financial")
    assert [f.modality for f in facts] == ["planned"]
    assert _facts("澄川电子计划提高年度利润目标。", "financial") == []
    # a result beside a target met is still a result
    facts = _facts("澄川电子2024年营收为100亿元，完成了年初目标。", "financial")
    assert [f.modality for f in facts] == ["asserted"]


# --- listings ---

def test_prospectus_handed_in_is_a_filing():
    facts = _facts("9月2日，青禾机器人向港交所递交招股说明书，计划在主板挂牌上市。", "listing")
    assert ("filed", "asserted") in {(f.qualifiers.get("stage"), f.modality) for f in facts}


def test_prospectus_quoted_is_no_filing():
    assert _facts("青禾机器人的招股说明书显示，2024年公司营收为3亿元。", "listing") == []


def test_proceeds_in_the_next_paragraph():
    text = "青禾科技3月16日在港交所主板挂牌上市。\n青禾科技本次共发行500万股H股，每股定价80港元，募资总额约4亿港元。"
    (listing,) = _facts(text, "listing")
    assert listing.amount is not None and listing.amount.value.value == 4e8


def test_proceeds_of_another_company_next_paragraph_are_not_taken():
    text = "青禾科技3月16日在港交所主板挂牌上市。\n澄川电子本次共发行500万股H股，募资总额约4亿港元。"
    assert all(f.amount is None for f in _facts(text, "listing") if f.roles["company"][0].text == "青禾科技")


# --- what a company does ---

def test_one_of_the_largest_makers_of_a_field():
    assert _domains("澄川电子是全球前三大光模块供应商之一。") == [("澄川电子", "光模块")]
    assert _domains("澄川电子是国内领先的工业视觉检测设备供应商。") == [("澄川电子", "工业视觉检测设备")]


def test_a_company_that_provides_a_field():
    assert _domains("澄川电子是一家为客户提供一站式芯片设计服务的企业。") == [("澄川电子", "一站式芯片设计服务")]
    assert _domains("澄川电子是国内少数能够量产车规级激光雷达的企业之一。") == [("澄川电子", "车规级激光雷达")]


def test_a_supplier_of_another_company_or_no_field_is_no_focus():
    assert _domains("澄川电子是青禾电子的光模块供应商之一。") == []
    assert _domains("澄川电子是国内领先的投资机构。") == []
    assert _domains("澄川电子是全球最大的客户之一。") == []
    assert _domains("澄川电子是一家为客户提供融资服务的企业。") == []


def test_main_business_words():
    assert _domains("澄川电子主营业务涵盖工业机器人及协作机器人的研发、生产与销售。") == [
        ("澄川电子", "工业机器人及协作机器人的研发、生产与销售")]
    assert _domains("澄川电子的主要产品为AI推理芯片。") == [("澄川电子", "AI推理芯片")]
    assert _domains("澄川电子长期从事工业软件开发。") == [("澄川电子", "工业软件开发")]
    assert _domains("澄川电子的业务覆盖工业机器人及具身智能产品的研发与生产。") == [
        ("澄川电子", "工业机器人及具身智能产品的研发与生产")]


def test_main_business_words_near_misses():
    assert _domains("澄川电子成立于2015年，业务覆盖全国30个省份。") == []  # a reach, no field
    assert _domains("青禾资本长期从事早期投资。") == []  # an investor's work, no line of business
    assert _domains("青禾科技将进一步加强对华东市场的资源供应。") == []  # a market served


# --- money raised for projects ---

def test_raise_for_projects_listed_after_a_colon():
    text = "青禾科技本次发行拟募集不超过约7.16亿元，募集资金用于以下用途：智算平台项目，总投资约6.82亿元。"
    (plan,) = _facts(text, "capital_plan")
    assert plan.modality == "planned" and plan.amount.value.max == 7.16e8
    assert plan.qualifiers.get("purpose") == "智算平台项目"


def test_proceeds_of_a_done_offering_are_no_plan():
    assert _facts("青禾科技本次IPO共募集18.6亿元。", "capital_plan") == []


def test_corresponding_figures_go_year_by_year():
    text = ("2023年、2024年及2025年前三个月，青禾生物的营业收入分别为3.2亿元、4.1亿元和1.1亿元，相应的研发费用为2.35亿、"
            "1.80亿和0.42亿元。")
    assert _figures(text, "rd_expense") == [(2.35e8, "2023"), (1.8e8, "2024"), (0.42e8, "2025-01")]
    # one year, two figures: no series, the first figure only
    assert [v for v, _ in _figures("2023年，青禾生物的营业收入为3.2亿元，相应的研发费用为2.35亿元、1.80亿元。",
                                   "rd_expense")] == [2.35e8]


def test_project_built_by_a_company_with_its_total():
    (plan,) = _facts("华东算力中心项目由青禾科技投资建设，总投资93亿元。", "capital_plan")
    assert plan.roles["company"][0].text == "青禾科技" and plan.amount.value.value == 93e8
    assert plan.qualifiers.get("purpose") == "华东算力中心项目"
    (plan,) = _facts("由青禾科技投资建设的华东算力中心项目总投资93亿元。", "capital_plan")
    assert plan.roles["company"][0].text == "青禾科技"
    (plan,) = _facts("该项目由青禾科技投资建设，总投资93亿元。", "capital_plan")
    assert plan.qualifiers.get("purpose") is None


def test_project_of_two_builders_or_run_by_one_is_no_ones_plan():
    assert _facts("华东算力中心项目由澄川资本和青禾科技共同投资建设，总投资93亿元。", "capital_plan") == []
    assert _facts("由澄川资本和青禾科技共同投资建设的华东算力中心项目总投资93亿元。", "capital_plan") == []
    assert _facts("该基地由青禾科技负责运营，总投资93亿元。", "capital_plan") == []


def test_money_raised_before_is_no_company_invested_in():
    assert _facts("青禾科技公告，公司拟对原募集资金投资项目的募集资金进行部分变更。", "investment") == []
    (deal,) = _facts("青禾科技拟对澄川科技投资5000万元。", "investment")
    assert deal.roles["investee"][0].text == "澄川科技"


def test_company_inside_a_quoted_project_name_is_no_partner():
    text = "青禾科技拟投入2亿元用于公司新承接的「澄川移动华东数据中心算力基础设施服务项目」的部分智算中心楼栋建设。"
    assert _facts(text, "partnership") == []
    (tie,) = _facts("青禾科技与澄川移动共建智算中心。", "partnership")
    assert {m.text for m in tie.roles["party"]} == {"青禾科技", "澄川移动"}


def test_where_its_products_go_is_a_field_the_taxonomy_knows():
    assert _domains("青禾科技完成B轮融资，其产品主要应用于汽车制造领域。") == [("青禾科技", "汽车制造领域")]
    assert _domains("青禾科技的产品主要用于出口。") == []  # a market, no field
    assert _domains("青禾科技的产品应用于全国30多个省份。") == []  # a reach


def test_proceeds_of_the_ipo_named_after_the_listing():
    (listing,) = _facts("青禾科技于3月5日在纳斯达克上市，此次IPO募资1.5亿美元。", "listing")
    assert listing.amount is not None and listing.amount.value.value == 1.5e8
    # another company's offering after a semicolon: not this listing's money
    listings = _facts("青禾科技于3月5日在纳斯达克上市；澄川电子IPO募资1.5亿美元。", "listing")
    assert all(f.amount is None for f in listings if f.roles["company"][0].text == "青禾科技")


def test_leader_of_a_field_and_first_maker():
    assert _domains("青禾科技是具身智能领域的头部企业。") == [("青禾科技", "具身智能")]
    assert _domains("青禾科技是国内光模块行业的龙头企业。") == [("青禾科技", "光模块")]
    assert _domains("青禾科技是国内首家量产车规级激光雷达的企业。") == [("青禾科技", "车规级激光雷达")]
    assert _domains("青禾科技作为国内领先的光模块供应商，今年营收增长30%。") == [("青禾科技", "光模块")]


def test_leader_of_no_field_or_an_investor_is_no_focus():
    assert _domains("青禾科技是该领域的头部企业。") == []  # the field named before, not here
    assert _domains("青禾科技是投资领域的知名机构。") == []
    assert _domains("青禾科技作为澄川电子的供应商，今年营收增长30%。") == []  # a supplier of a company, no field


def test_money_laid_out_for_a_project_is_a_plan():
    (plan,) = _facts("青禾科技拟斥资20亿元在合肥建设智算中心。", "capital_plan")
    assert plan.modality == "planned" and plan.amount.value.value == 20e8


def test_money_laid_out_for_a_deal_or_a_buyback_is_no_plan():
    assert _facts("青禾科技拟斥资5亿元收购澄川电子。", "capital_plan") == []
    assert _facts("青禾科技拟斥资5亿元回购公司股份。", "capital_plan") == []
    assert _facts("青禾科技拟投入5亿元收购澄川电子60%股权。", "capital_plan") == []


def test_total_of_a_companys_own_project():
    (plan,) = _facts("青禾科技的合肥智算中心项目总投资20亿元。", "capital_plan")
    assert plan.roles["company"][0].text == "青禾科技" and plan.qualifiers.get("purpose") == "合肥智算中心项目"
    # the project of a company named after another's (a client's): no one's plan read
    assert _facts("青禾科技的客户澄川电子的合肥工厂项目总投资20亿元。", "capital_plan") == []
    assert _facts("澄川资本投资的合肥智算中心项目总投资20亿元。", "capital_plan") == []
