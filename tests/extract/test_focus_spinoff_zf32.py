"""What a company does and who it came from, as Chinese deal news says it in passing: a field and a kind of maker
right before the name (推理芯片研发商B, 机器人芯片与开发平台公司B), a predicate about the subject (以X见长, 主营X,
主要从事X, 主要为…提供X), and a spin-off's parent with the year it went on its own (脱胎于A的部门，2024年底开始独立
运作; 由A孵化，从A拆分出来). Near misses: a person described, a fund's strength, a noun phrase (主营业务收入), money
provided, a field joined to no field, a date of something else. All names and sentences are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

REF = "2025-06-30"


def focus(text: str) -> list[tuple[str, str]]:
    return [(f.roles["company"][0].text, f.qualifiers.get("domain"))
            for f in extract("t", text, REF).facts if f.type == "focus"]


def founding(text: str) -> list[tuple[tuple[str, ...], str, str | None]]:
    out = []
    for f in extract("t", text, REF).facts:
        if f.type == "founding":
            d = f.date.value if f.date else None
            out.append((tuple(m.canonical or m.text for m in f.roles["founder"]),
                         f.roles["company"][0].canonical or f.roles["company"][0].text,
                         (d.value or d.start)[:4] if d else None))
    return out


def test_a_field_and_a_kind_of_maker_before_the_name():
    assert focus("推理芯片研发商澄川微电子3月8日对外宣布，已完成新一轮融资。") == [("澄川微电子", "推理芯片")]
    assert focus("国内激光雷达厂商白鹭科技今日宣布完成B轮融资。") == [("白鹭科技", "激光雷达")]
    assert focus("服务机器人制造商岚汐智能昨日递交了招股书。") == [("岚汐智能", "服务机器人")]


def test_two_fields_joined_before_the_kind_each_one_known():
    assert focus("机器人芯片与开发平台公司青禾智能4月9日宣布，已完成2亿元B轮融资。") == \
        [("青禾智能", "机器人芯片与开发平台")]
    assert focus("此外还与芯片公司青禾智能达成合作。") == []  # 此外还 is no field
    assert focus("芯片与投资公司青禾智能今日宣布扩产。") == []  # an investor's field is none


def test_no_focus_for_a_person_or_another_companys_supplier():
    assert focus("知名投资人张澜今日表示看好具身智能。") == []
    assert focus("英伟达的芯片供应商青禾微电子今日宣布扩产。") == []
    assert focus("芯片公司CEO王澜表示看好推理市场。") == []


def test_known_for_a_line_of_business():
    assert focus("澄川微电子以涂胶显影设备见长，岚山科技则主攻刻蚀设备。") == \
        [("澄川微电子", "涂胶显影设备"), ("岚山科技", "刻蚀设备")]
    assert focus("澄川微电子以岚山科技的渠道见长。") == []  # another company's channel, no field
    assert focus("两家公司各有所长。") == []
    assert focus("岚汐资本则是一家以海外布局见长的基金。") == []  # a fund's strength


def test_main_business_named_after_zhuying():
    assert focus("青禾科技主营显示芯片设计，产品涵盖驱动芯片和微显示芯片等。") == [("青禾科技", "显示芯片设计")]
    assert focus("澄川股份是一家主营橡胶密封件的老牌制造企业。") == [("澄川股份", "橡胶密封件")]
    assert focus("青禾科技主营业务收入同比增长12%。") == []  # a figure of the main business, no field named
    assert focus("青禾科技主营产品的价格下降了5%。") == []


def test_mainly_engaged_in_and_mainly_provides():
    assert focus("岚山微电子成立于2016年，主要从事车规级MCU的研发。") == [("岚山微电子", "车规级MCU的研发")]
    assert focus("白鹭智能成立于2016年，主要为酒店、医院等场景提供服务机器人和AI系统。") == \
        [("白鹭智能", "服务机器人和AI系统")]
    assert focus("该笔资金主要为公司提供流动性支持。") == []  # money provided, no line of business
    assert focus("白鹭网络成立于2021年，主要为中小商家提供内容服务。") == []  # a broad word (内容), no field of its own


def test_a_focus_stated_as_it_stands_carries_no_date_of_the_listing():
    [f] = [f for f in extract("t", "澄川科技2019年3月在科创板上市，主营工业视觉检测设备。", REF).facts if f.type == "focus"]
    assert f.qualifiers["domain"] == "工业视觉检测设备"
    assert f.date is None
    # 主营 closes a name on its left: 澄川科技 does the work, no company called 澄川科技主营工业视觉
    assert focus("澄川科技主营工业视觉检测设备。") == [("澄川科技", "工业视觉检测设备")]


def test_a_spin_off_dated_by_the_clause_saying_it_went_on_its_own():
    text = "澄川芯科获近20亿元融资。该公司脱胎于青禾科技的大芯片部门，2023年底开始独立运作。"
    assert founding(text) == [(("青禾科技",), "澄川芯科", "2023")]
    text = "澄川芯科获近20亿元融资。该公司脱胎于青禾科技的大芯片部门，2023年底推出首款芯片。"
    assert founding(text) == [(("青禾科技",), "澄川芯科", None)]  # a product's date, not the spin-off's


def test_incubated_then_split_from_a_short_name_that_is_also_a_word():
    text = "岚山机器人拿下1亿美元A轮。岚山机器人由地平线孵化，2023年从地平线拆分出来独立运营。"
    assert founding(text) == [(("地平线机器人",), "岚山机器人", "2023")]
    text = "岚山机器人拿下1亿美元A轮。岚山机器人由青禾孵化，2023年从青禾拆分出来独立运营。"
    assert founding(text) == [(("青禾",), "岚山机器人", "2023")]
    assert founding("夜空中的地平线孵化不出任何公司。") == []


def test_a_company_said_to_be_one_of_a_kind_of_a_field():
    assert focus("据介绍，岚汐微电子是一家低延时、小体积的边缘AI芯片设计公司。") == \
        [("岚汐微电子", "边缘AI芯片设计")]
    assert focus("澄川科技是一家投资公司。") == []  # an investor, no line of business
    assert focus("澄川科技是一家上市公司。") == []  # a kind of company, no field


def test_a_focus_describing_the_company_named_after_de():
    facts = focus("青禾智能去年入股过聚焦视觉算法的澄川智能，今年又与岚山科技合建了一座工厂。")
    assert facts == [("澄川智能", "视觉算法")]  # never 青禾智能's focus
    assert focus("青禾智能专注于推理芯片的研发。") == [("青禾智能", "推理芯片的研发")]


def test_a_field_and_a_kind_after_zai():
    assert focus("在激光雷达制造商白鹭科技的B轮融资中，岚山资本继续参投。") == [("白鹭科技", "激光雷达")]
