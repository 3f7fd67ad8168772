"""Chinese constructions read by the lead in round 34 (invented names, our own sentences): which of an investor's
investments in a company (对B的第二次投资), and 控股 as a verb after a mood word (A拟控股B)."""

from __future__ import annotations

from tests.extract.readers import facts, roles
from dealgraph.extract.pipeline import extract


def _investments(text: str) -> list[dict[str, list[str]]]:
    return [roles(f) for f in facts(text, "investment")]


def test_the_nth_investment_in_a_company_named_after_dui_is_an_investment():
    want = [{"investor": ["澄川资本"], "investee": ["青禾科技"]}]
    assert _investments("澄川资本宣布完成对青禾科技的第二次投资。") == want
    assert _investments("澄川资本完成对青禾科技的第3次投资。") == want
    assert _investments("澄川资本对青禾科技进行了第二次投资。") == want
    assert _investments("澄川资本先后对青禾科技进行了两次投资。") == want
    assert _investments("澄川资本向青禾科技的第二笔注资已到位。") == want
    assert _investments("澄川资本宣布完成对青禾科技的新一轮投资。") == want


def test_a_counted_investment_named_as_a_noun_names_no_recipient():
    # near misses: the deal is spoken of, no company receives it in the clause
    assert _investments("这是澄川资本今年的第三次投资。") == []
    assert _investments("澄川资本的第二次投资发生在2023年。") == []


def _names(text: str) -> list[str]:
    return [m.text for m in extract("t", text, "2025-06-30").mentions]


def test_a_mood_word_before_kong_gu_ends_the_name_before_it():
    assert _names("澄川资本拟控股青禾科技。") == ["澄川资本", "青禾科技"]
    assert _names("澄川资本将控股青禾科技。") == ["澄川资本", "青禾科技"]
    assert _names("澄川资本已控股青禾科技。") == ["澄川资本", "青禾科技"]
    # near miss: 控股 closing a company's name stays its ending
    assert _names("澄川控股拟收购青禾科技。") == ["澄川控股", "青禾科技"]


def test_control_still_to_come_is_a_planned_acquisition_control_held_a_holding():
    planned = facts("澄川资本拟控股青禾科技。")
    assert [(f.type, f.modality, roles(f)) for f in planned] == \
        [("acquisition", "planned", {"acquirer": ["澄川资本"], "target": ["青禾科技"]})]
    assert [(f.type, f.modality) for f in facts("澄川资本将控股青禾科技。")] == [("acquisition", "planned")]
    held = facts("澄川资本已控股青禾科技。")
    assert [(f.type, f.modality, f.qualifiers.get("rank"), roles(f)) for f in held] == \
        [("shareholding", "asserted", "controlling", {"holder": ["澄川资本"], "company": ["青禾科技"]})]
    # near miss: a company's subsidiary after 控股 is no target of its own
    assert facts("澄川资本有望控股青禾科技子公司。") == []


def test_control_announced_is_an_acquisition_of_the_listed_company_named_after_it():
    assert _names("澄川机器人宣布控股上市公司青禾股份。") == ["澄川机器人", "青禾股份"]
    assert [(f.type, f.modality, roles(f)) for f in facts("澄川机器人宣布控股上市公司青禾股份。")] == \
        [("acquisition", "asserted", {"acquirer": ["澄川机器人"], "target": ["青禾股份"]})]
    assert [(f.type, f.modality) for f in facts("澄川资本宣布拟控股青禾科技。")] == [("acquisition", "planned")]
    # near miss: 投资 before 控股 is a name's word (澄川投资控股), no mood
    assert _names("澄川投资控股拟收购青禾科技。") == ["澄川投资控股", "青禾科技"]


def test_a_named_round_closed_without_its_sum_is_an_investment_in_the_company():
    def rounds(text: str) -> list[tuple[str, dict[str, list[str]], str | None, object]]:
        return [(f.modality, roles(f), f.qualifiers.get("round"), f.date.value.value if f.date else None)
                for f in facts(text, "investment")]
    assert rounds("青禾科技2023年3月完成A轮融资，同年9月又完成B轮融资。") == [
        ("asserted", {"investor": [], "investee": ["青禾科技"]}, "A轮", "2023-03"),
        ("asserted", {"investor": [], "investee": ["青禾科技"]}, "B轮", "2023-09")]
    assert rounds("青禾科技宣布完成Pre-A轮融资。")[0][2] == "Pre-A轮"
    assert [r[0] for r in rounds("青禾科技拟于年内完成B轮融资。")] == ["planned"]
    # near misses: no round named, or a round still being raised with nothing said of its close
    assert rounds("青禾科技完成融资。") == []
    assert rounds("青禾科技正在进行B轮融资。") == []
    # a round with no figure states no financing figure
    assert facts("青禾科技2023年3月完成A轮融资。", "financial") == []


def test_a_plan_given_up_in_the_next_clause_is_negated():
    def moods(text: str) -> list[tuple[str, str]]:
        return [(f.type, f.modality) for f in facts(text) if f.type in ("acquisition", "investment")]
    assert moods("澄川资本原计划投资青禾科技，但最终放弃。") == [("investment", "negated")]
    assert moods("澄川集团一度拟收购青禾科技，后因估值分歧作罢。") == [("acquisition", "negated")]
    assert moods("澄川集团计划收购青禾科技，但此事后来搁浅。") == [("acquisition", "negated")]
    # near misses: a condition still to meet, another right given up, other offers dropped
    assert moods("澄川集团计划收购青禾科技，但尚需股东大会批准。") == [("acquisition", "planned")]
    assert moods("澄川集团拟收购青禾科技，同时放弃对岚州半导体的优先购买权。") == [("acquisition", "planned")]
    assert moods("澄川集团拟收购青禾科技，但放弃了其他竞购方案。") == [("acquisition", "planned")]


def test_a_holding_in_a_company_that_will_reach_a_stake_is_a_planned_holding():
    def holdings(text: str) -> list[tuple[str, dict[str, list[str]], str | None]]:
        return [(f.modality, roles(f), f.stake.text if f.stake else None) for f in facts(text, "shareholding")]
    assert holdings("增资完成后，澄川半导体在岚州微电子的持股比例将达到9.0909%。") == \
        [("planned", {"holder": ["澄川半导体"], "company": ["岚州微电子"]}, "9.0909%")]
    assert holdings("澄川半导体在岚州微电子的持股比例增至15%。") == \
        [("asserted", {"holder": ["澄川半导体"], "company": ["岚州微电子"]}, "15%")]
    # near miss: 达到 with no company named before it leaves the holding to the other readers
    assert holdings("本次增持后，澄川资本持股比例达到5%。") == []


def test_the_announcing_company_owns_the_subsidiary_its_announcement_names():
    def owners(text: str) -> list[dict[str, list[str]]]:
        return [roles(f) for f in facts(text, "ownership")]
    # a guessed name announcing, then the subsidiary opening the next clause
    assert owners("青禾火腿今日公告，全资子公司澄川半导体将以1亿元认购岚州微电子新增注册资本。") == \
        [{"owner": ["青禾火腿"], "unit": ["澄川半导体"]}]
    # 公司 announcing: the listed company the article introduced with its code
    text = ("青禾火腿股份有限公司（以下简称“青禾火腿”，002515.SZ）跨界芯片的动作有了进展。"
            "公司今日公告，全资子公司澄川半导体将以1亿元认购岚州微电子新增注册资本。")
    assert [[m.canonical for m in f.roles["owner"]] for f in facts(text, "ownership")] == [["青禾火腿股份有限公司"]]


def test_a_bare_company_word_is_the_listed_issuer_not_the_company_named_most():
    text = ("青禾火腿股份有限公司（以下简称“青禾火腿”，002515.SZ）公告，全资子公司澄川半导体将认购岚州微电子新增注册资本。"
            "岚州微电子成立于2019年。岚州微电子2024年营业收入只有20.49万元。岚州微电子尚未盈利。"
            "青禾火腿本身的主业正在走弱。今年上半年，公司营业收入约1.7亿元，同比下降14.73%。")
    revenue = [f for f in facts(text, "financial") if f.qualifiers.get("value") and f.qualifiers["value"].text == "约1.7亿元"]
    assert [[m.canonical for m in f.roles["company"]] for f in revenue] == [["青禾火腿股份有限公司"]]
    assert [[m.canonical for m in f.roles["owner"]] for f in facts(text, "ownership")] == [["青禾火腿股份有限公司"]]


def test_the_one_named_before_kong_zhi_de_owns_the_company_after_it():
    def owners(text: str) -> list[dict[str, list[str]]]:
        return [roles(f) for f in facts(text, "ownership")]
    assert owners("青禾集团控制的澄川微电子完成了B轮融资。") == [{"owner": ["青禾集团"], "unit": ["澄川微电子"]}]
    held = facts("青禾股份实际控制人王澜表示，他控制的澄川微电子正在建设传感器产线。", "ownership")
    assert [([m.canonical for m in f.roles["owner"]], roles(f)["unit"]) for f in held] == [(["王澜"], ["澄川微电子"])]
    # a name found from context takes no 控制 into it
    assert "王澜控制" not in _names("王澜控制的澄川微电子正在建设传感器产线。")
    # near misses: what cannot be controlled is no company; control as a noun
    assert owners("公司无法控制的风险因素较多。") == []
    assert owners("青禾集团取得了澄川微电子的控制权。") == []  # (an acquisition, read elsewhere)


def test_goods_sold_to_a_named_customer_are_its_purchase():
    def bought(text: str) -> list[tuple[dict[str, list[str]], str | None]]:
        return [(roles(f), f.amount.text if f.amount else None) for f in facts(text, "purchase")]
    assert bought("2024年，青禾科技向经销商澄川电子销售了约1.46亿元产品。") == \
        [({"buyer": ["澄川电子"], "supplier": ["青禾科技"]}, "约1.46亿元")]
    assert [b[0] for b in bought("青禾科技对另一家经销商英能达的销售额约为1.03亿元。")] == \
        [{"buyer": ["英能达"], "supplier": ["青禾科技"]}]
    # near misses: no sum told; shares sold are a share sale, not goods
    assert bought("青禾科技向澄川电子销售产品。") == []
    assert bought("青禾科技向澄川电子出售了所持岚州科技20%股权。") == []


def test_qi_opening_a_clause_is_the_subject_of_the_clause_before():
    text = "澄川股份拟收购青禾电子。青禾电子从事功率器件的研发和销售，其直销客户中有一家市场份额排名第一。该公司2024年营业收入6.05亿元。"
    revenue = facts(text, "financial")
    assert [[m.canonical for m in f.roles["company"]] for f in revenue] == [["青禾电子"]]


def test_unaudited_figures_are_no_negation():
    [f] = facts("青禾电子1至8月未经审计的营业收入为4.63亿元，同比增长26.53%。", "financial")
    assert f.modality == "asserted"


def test_a_deal_being_pushed_on_is_planned():
    assert [f.modality for f in facts("青禾股份披露重组报告书修订稿，继续推进对澄川半导体的收购。", "acquisition")] == ["planned"]
    # near miss: a purpose pushed on, the deal done
    assert [f.modality for f in facts("青禾股份为推进AI布局，收购了澄川半导体。", "acquisition")] == ["asserted"]


def test_the_figure_a_forecast_is_compared_with_is_last_years_actual():
    def figures(text: str) -> list[tuple[str, str, object]]:
        return [(f.modality, f.qualifiers["value"].text, f.qualifiers["period"].value.value)
                for f in facts(text, "financial", ref="2026-01-20")]
    assert figures("青禾科技预计2025年净利润在3亿元至4亿元之间，比上年的约1.5亿元增长100%至167%。") == \
        [("expected", "3亿元至4亿元", "2025"), ("asserted", "约1.5亿元", "2024")]
    assert figures("青禾科技2025年营收为12亿元，较上年同期的8亿元增长50%。") == \
        [("asserted", "12亿元", "2025"), ("asserted", "8亿元", "2024")]
    # near miss: a change with no figure compared
    assert figures("青禾科技2025年营收为12亿元，较上年增长50%。") == [("asserted", "12亿元", "2025")]


def test_sellers_listed_with_their_short_names_in_brackets_all_sell():
    text = ("青禾科技昨日公告，股东王东辉、澄川光机投资控股有限公司（以下简称“澄川光机”）以及岚州高科产业风险投资有限责任公司"
            "（以下简称“岚州高投”）都计划于未来三个月内减持所持股份。")
    [sale] = facts(text, "acquisition", ref="2025-08-25")
    assert sale.modality == "planned" and roles(sale)["target"] == ["青禾科技"]
    assert roles(sale)["seller"] == ["王东辉", "澄川光机投资控股有限公司", "岚州高科产业风险投资有限责任公司"]


def test_feng_xian_inside_a_legal_name_is_the_names_word():
    assert _names("岚州高科产业风险投资有限责任公司计划减持。") == ["岚州高科产业风险投资有限责任公司"]
    # near miss: venture capital as a kind, no name
    assert _names("公司面临风险投资有限公司的诉讼。") == []
