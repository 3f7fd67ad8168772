"""Chinese news of listings and IPO progress (round 13): constructions met while reading real articles on AI, chip
and robot companies going public; each test is the team's own sentence with the same structure, other names."""

from __future__ import annotations

from tests.extract.readers import facts, one, roles


def _steps(text: str, ref: str | None = None) -> list[tuple[str, str, str | None, str]]:
    """(company, stage, exchange, modality) of each listing fact read."""
    found = facts(text, "listing", ref) if ref else facts(text, "listing")
    return [(roles(f)["company"][0], f.qualifiers["stage"], f.qualifiers.get("exchange"), f.modality) for f in found]


# --- names listed before the count they belong to -----------------------------------------------------------------

def test_names_listed_before_their_count_each_take_the_step():
    assert _steps("截至目前，澜舟智能、青禾机器人、云帆微电子等17家企业均已向港交所提交了上市申请。") == [
        ("澜舟智能", "filed", "HKEX", "asserted"), ("青禾机器人", "filed", "HKEX", "asserted"),
        ("云帆微电子", "filed", "HKEX", "asserted")]
    assert [c for c, *_ in _steps("今年已有星河机器人、蓝鲸科技这两家企业登陆港股。")] == ["星河机器人", "蓝鲸科技"]


def test_a_count_after_full_registered_names_and_a_planned_ipo_company_is_no_plan():
    text = "深交所公告显示，杭州青禾机器人股份有限公司、苏州澜舟微电子股份有限公司2家拟IPO公司创业板IPO中止审核。"
    assert _steps(text) == [("杭州青禾机器人股份有限公司", "suspended", "SZSE ChiNext", "asserted"),
                            ("苏州澜舟微电子股份有限公司", "suspended", "SZSE ChiNext", "asserted")]


def test_a_count_that_is_not_the_named_company_s_still_gives_none():
    assert facts("云帆资本投资组合中已有6家企业完成上市。", "listing") == []


def test_a_counted_subject_whose_names_follow_baokuo_each_take_the_step():
    found = _steps("二十余家芯片设计公司已向上交所递交招股书，包括澜舟微电子、星河半导体、云帆芯科等。")
    assert [(c, s) for c, s, *_ in found] == [("澜舟微电子", "filed"), ("星河半导体", "filed"), ("云帆芯科", "filed")]


# --- the exchange's full name ----------------------------------------------------------------------------------

def test_the_hong_kong_exchange_s_full_name_is_the_exchange_not_a_company_named_hong_kong():
    found = _steps("澜舟智能计划发行至多5,210,000股H股并于香港联合交易所主板上市。")
    assert found == [("澜舟智能", "listed", "HKEX", "planned")]


# --- 上市 that is no step of the company ---------------------------------------------------------------------------

def test_shares_converted_and_put_on_the_market_are_no_listing_of_the_company():
    text = "青禾机器人于11月3日通过备案。公司的31名股东拟把持有的共2,400,000股内资股转换为H股，于香港联合交易所上市流通的安排也获确认。"
    assert [s for _, s, *_ in _steps(text)] == [], _steps(text)
    assert _steps("澜舟微电子的首发限售股将于下周一上市流通。") == []


def test_the_listing_review_named_is_no_listing():
    assert _steps("据上交所科创板网站的发行上市审核栏目，澜舟微电子的IPO审核状态为“中止”。") == [
        ("澜舟微电子", "suspended", "SSE STAR", "asserted")]
    assert _steps("青禾机器人表示，这属于上市审核流程里的常规环节。") == []
    assert [s for _, s, *_ in _steps("上交所决定终止澜舟微电子的发行上市审核。")] == ["terminated"]


# --- the regulator's and the exchange's approval ---------------------------------------------------------------

def test_the_csrc_granting_registration_approves_each_company_named():
    assert _steps("证监会近日同意星河半导体、蓝鲸微电子首次公开发行股票注册。") == [
        ("星河半导体", "approved", None, "asserted"), ("蓝鲸微电子", "approved", None, "asserted")]
    found = facts("澜舟存储的创业板IPO申请于4月2日获受理。5月8日，证监会同意其创业板IPO注册。", "listing")
    assert [(f.qualifiers["stage"], f.date.text) for f in found] == [("filed", "4月2日"), ("approved", "5月8日")]


def test_the_exchange_s_review_opinion_sent_on_and_the_committee_agreeing_are_approvals():
    text = "证监会收到深交所报送的关于青禾机器人首次公开发行股票并在创业板上市的审核意见及注册申请文件。"
    assert _steps(text) == [("青禾机器人", "approved", "SZSE ChiNext", "asserted")]
    text = "上市委审议会议结果显示，同意澜舟光电股份有限公司（以下简称“澜舟光电”）首发上市。"
    assert [s for _, s, *_ in _steps(text)] == ["approved"]


def test_a_csrc_filing_done_for_a_listing_abroad_is_an_approval():
    found = _steps("蓝鲸智能已于3月5日通过备案，拟发行至多2,100,000股H股并于香港联合交易所主板上市。")
    assert found == [("蓝鲸智能", "approved", "HKEX", "asserted"), ("蓝鲸智能", "listed", "HKEX", "planned")]
    assert _steps("青禾机器人已于去年完成辅导备案。") == [("青禾机器人", "tutoring", None, "asserted")]


def test_the_listing_committee_is_no_listing():
    assert _steps("昨日，创业板上市委召开2024年第9次审议会议。") == []


def test_the_sponsor_named_before_its_verb_is_not_the_company_listing():
    found = _steps("这是华泰联合今年保荐过会的第4个项目，此前青禾科技也已过会。")
    assert [c for c, *_ in found] == ["青禾科技"]


# --- companies named together ------------------------------------------------------------------------------------

def test_companies_joined_by_dun_or_he_before_the_verb_each_list():
    found = _steps("星河机器人、蓝鲸科技和云帆智能同日登陆科创板。")
    assert [(c, s) for c, s, *_ in found] == [("星河机器人", "listed"), ("蓝鲸科技", "listed"), ("云帆智能", "listed")]


def test_a_count_with_its_noun_left_out_is_no_named_company():
    found = _steps("青禾科技已向港交所递表。年内共有11家企业登陆资本市场，其中有4家选择在港股上市。")
    assert [(c, s) for c, s, *_ in found] == [("青禾科技", "filed")]


# --- bullet digests ------------------------------------------------------------------------------------------------

def test_a_bullet_digest_on_one_line_reads_each_item_by_itself():
    text = ("市场动态 - 青禾科技、星河机器人等多家企业已登陆港股 [1] - 蓝鲸智能已向港交所递交上市申请 [2] - "
            "云帆微电子筹谋赴港上市 [3]")
    found = _steps(text)
    assert [(c, s, m) for c, s, _, m in found] == [("青禾科技", "listed", "asserted"), ("星河机器人", "listed", "asserted"),
                                                    ("蓝鲸智能", "filed", "asserted"), ("云帆微电子", "listed", "planned")]


def test_an_ipo_oversubscribed_is_no_investment():
    assert facts("青禾科技港股IPO公开发售部分获超额认购2800倍。", "investment") == []
    assert facts("星河机器人H股招股获超额认购，倍数为610倍，触发回拨机制。", "investment") == []


def test_the_prospectus_s_figures_cited_are_no_filing():
    found = _steps("蓝鲸智能已经过会，但该公司招股书的财务数据只截至去年三季度。")
    assert [(c, s) for c, s, *_ in found] == [("蓝鲸智能", "approved")]


# --- money raised by the listing ----------------------------------------------------------------------------------

def test_money_raised_by_selling_shares_to_the_market_is_no_investment_round():
    text = "据招股书，澜舟微电子拟公开发行不超过3200万股，融资19.5亿元。"
    assert facts(text, "investment") == []
    assert facts("青禾科技上月完成6亿元融资，计划明年启动IPO。", "investment") != []
    assert facts("青禾科技在上市前完成了一笔4亿元融资。", "investment") != []


def test_the_offering_s_proceeds_with_the_first_use_listed_after_qizhong_are_a_plan():
    fact = one("蓝鲸科技此次IPO计划募集资金不超过8.6亿元，其中，2.4亿元用于车规级芯片研发项目。", "capital_plan")
    assert fact.modality == "planned" and fact.amount.text == "不超过8.6亿元"
    assert fact.qualifiers["purpose"] == "车规级芯片研发项目"


def test_pre_ipo_and_cornerstone_investors_listed_in_the_next_clause_invest_in_the_company():
    found = facts("星河智能在上市前还引入了数家知名机构，其中包括高瓴、淡马锡、博裕资本。", "investment")
    assert found == []  # 机构 names no investor role: only the investor words below open the list
    fact = one("星河智能本次港股IPO引入了4名基石投资者，包括高瓴、淡马锡和博裕资本。", "investment")
    assert roles(fact) == {"investor": ["高瓴", "淡马锡", "博裕资本"], "investee": ["星河智能"]}
    fact = one("蓝鲸智能在递表前引入多家战略投资者，其中包括中金、华兴、红杉中国。", "investment")
    assert roles(fact) == {"investor": ["中金", "华兴", "红杉中国"], "investee": ["蓝鲸智能"]}


# --- who is no company going public -------------------------------------------------------------------------------

def test_a_media_outlet_counting_listings_and_a_crowd_of_companies_list_nothing():
    text = ("近日，云帆智能通过港交所聆讯。星海财经初步统计，今年以来已上市AI企业已有18家。"
            "此前，已有大批人工智能企业在港上市。机器人热潮推动一大波AI企业赴港上市。")
    assert [(c, s) for c, s, *_ in _steps(text)] == [("云帆智能", "approved")]


def test_the_star_market_s_full_name_and_a_rule_s_title():
    assert _steps("上交所已受理星河存储在科技创新板上市的申请，星河存储的IPO申请获受理。") == [
        ("星河存储", "filed", "SSE STAR", "asserted")]
    assert _steps("星河存储表示，根据《科创板股票上市规则》第十条，公司符合条件。") == []
    assert _steps("青禾科技称上市时机已经成熟。") == []


def test_ipo_shares_bought_are_no_company():
    assert facts("此次发行不允许海外散户认购IPO发售股份。", "investment") == []


# --- a bare IPO, rumours of one, an application accepted --------------------------------------------------------

def test_a_bare_ipo_is_the_listing_and_a_media_rumour_denied_later_is_denied():
    assert _steps("蓝鲸机器人正筹备明年在纳斯达克IPO。") == [("蓝鲸机器人", "listed", "NASDAQ", "planned")]
    text = "5月3日晚，有媒体传蓝鲸机器人正筹备年底于港股IPO，目标估值约300亿港元。次日蓝鲸机器人予以否认。"
    assert [(c, s, m) for c, s, _, m in _steps(text)] == [("蓝鲸机器人", "listed", "denied")]


def test_an_application_with_ni_accepted_is_a_filing_made():
    text = "上交所4月9日披露已受理澄川微电子股份有限公司（以下简称“澄川微”）拟科创板上市申请。"
    assert _steps(text) == [("澄川微", "filed", "SSE STAR", "asserted")]


def test_an_attempt_set_out_on_and_an_application_made_are_no_listing():
    assert _steps("这已不是蓝鲸科技首次冲击IPO。") == [("蓝鲸科技", "planned", None, "asserted")]
    assert _steps("今年3月，蓝鲸科技宣布转战港股IPO。") == [("蓝鲸科技", "planned", "HKEX", "asserted")]
    assert [s for _, s, *_ in _steps("据报道，澄川智能已以保密形式申请在港IPO。")] == ["filed"]
    assert _steps("青禾科技表示，更多经营数据将在IPO文件中披露。") == []


def test_companies_counted_in_one_sentence_and_named_after_qizhong_in_the_next():
    text = ("本周沪深两市共有4家拟IPO企业终止审核。其中，创业板有2家，分别为杭州澜舟智能股份有限公司（下称“澜舟智能”），"
            "苏州青禾微电子股份有限公司（下称“青禾微”）；科创板有2家，分别为星河半导体、蓝鲸存储。上述4家终止审核的企业保荐人各不相同。")
    assert [(c, s) for c, s, *_ in _steps(text)] == [
        ("杭州澜舟智能股份有限公司", "terminated"), ("苏州青禾微电子股份有限公司", "terminated"), ("星河半导体", "terminated"),
        ("蓝鲸存储", "terminated")]


def test_investors_listed_before_a_kind_and_fenfen_invest():
    fact = one("青禾科技是一家机器人公司。青禾科技备受资本青睐，腾讯、高瓴、启明创投等知名机构纷纷入股。", "investment")
    assert roles(fact) == {"investor": ["腾讯", "高瓴", "启明创投"], "investee": ["青禾科技"]}


# --- the prospectus's results ---------------------------------------------------------------------------------

def test_a_yearly_series_whose_figures_carry_their_currency_word():
    text = "据招股书，2021年至2023年澄川智能的营收分别为520.3万元人民币、9800万元人民币，以及2.6亿元人民币。"
    found = facts(text, "financial")
    assert [(f.qualifiers["period"].text, f.qualifiers["value"].text) for f in found] == [
        ("2021年", "520.3万元"), ("2022年", "9800万元"), ("2023年", "2.6亿元")]


def test_ipo_as_a_noun_a_place_and_the_early_days_of_new_shares_are_no_listing_step():
    assert _steps("青禾科技是一家芯片公司。此次IPO，公司原计划募资12亿元。") == []
    assert [(c, s) for c, s, *_ in _steps("青禾科技上周撤回其香港首次公开发行（IPO）。")] == [("青禾科技", "terminated")]
    assert _steps("青禾科技提醒投资者，在新股上市初期切勿盲目跟风。") == []


def test_an_application_to_list_in_hong_kong_lapsed_and_a_spin_off_accepted():
    text = "2023年5月8日，澄川视觉申请港股上市。今年1月，港交所网站显示澄川视觉的上市申请已处于“失效”状态。"
    assert [(s, f) for _, s, _, f in _steps(text)] == [("filed", "asserted"), ("terminated", "asserted")]
    text = "近日，星海电子披露子公司蓝鲸微电子股份有限公司（下称“蓝鲸微”）分拆上市已获上交所科创板受理。"
    assert _steps(text) == [("蓝鲸微", "filed", "SSE STAR", "asserted")]


def test_a_list_closed_by_its_count_before_a_comma_is_the_subject_of_the_next_clause():
    text = "上月，澄川视觉、蓝鲸存储、星河机器人这三家企业，也先后在港递交了招股书。"
    assert [(c, s) for c, s, *_ in _steps(text)] == [("澄川视觉", "filed"), ("蓝鲸存储", "filed"), ("星河机器人", "filed")]


def test_the_listing_talked_about_as_a_cause_is_no_step():
    assert _steps("澄川视觉董事长称，上市将有助于公司吸引人才。") == []
    assert _steps("澄川视觉将于下月在创业板上市。") == [("澄川视觉", "listed", "SZSE ChiNext", "planned")]


def test_the_regulator_confirming_a_company_s_filing_abroad_approves_it():
    text = "澄川视觉已递表港交所。证监会网站显示，证监会对澄川视觉的境外上市备案信息予以确认了。"
    assert [(c, s) for c, s, *_ in _steps(text)] == [("澄川视觉", "filed"), ("澄川视觉", "approved")]
