"""Chinese sell-downs (减持) by named holders: every holder of a list sells, people too, and the shares may be
counted in the company written about. Each is an exit: an acquisition of the company with the holders as sellers
and no buyer named. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def exits(text: str, ref: str = "2025-06-30") -> list[dict]:
    out = []
    for f in extract("t", text, ref).facts:
        if f.type == "acquisition" and f.roles.get("seller") and not f.roles.get("acquirer"):
            out.append({"seller": [m.canonical for m in f.roles["seller"]],
                        "target": [m.canonical for m in f.roles["target"]], "modality": f.modality})
    return out


def test_a_holder_and_the_parties_acting_in_concert_with_it_all_sell():
    text = ("岚川股份(603911)3月4日晚间公告,股东青溪创投及其一致行动人澄湖创盈、远帆资本,"
            "计划自下月起一并减持至多812万股,约为总股本2.1%。")
    assert exits(text) == [{"seller": ["青溪创投", "澄湖创盈", "远帆资本"], "target": ["岚川股份"],
                            "modality": "planned"}]


def test_the_controlling_holders_listed_before_the_plan_all_sell():
    text = ("岚川股份公告,其控股股东北辰投资、南屿投资和西岭实业,计划于四季度以竞价交易方式,"
            "减持公司股份至多516万股。")
    assert [e["seller"] for e in exits(text)] == [["北辰投资", "南屿投资", "西岭实业"]]


def test_people_named_each_with_a_title_all_sell():
    text = "岚川股份公告,副总经理周启明、董事郑海涛、青溪投资打算于年底前减持岚川股份1.2%的股份。"
    assert [(e["seller"], e["target"]) for e in exits(text)] == [(["周启明", "郑海涛", "青溪投资"], ["岚川股份"])]


def test_a_holder_of_another_list_does_not_join_the_sellers():
    text = "岚川股份公告,股东青溪创投计划减持至多317万股,北辰投资则表示不减持。"
    assert [e["seller"] for e in exits(text) if e["modality"] == "planned"] == [["青溪创投"]]


def test_shares_counted_in_the_company_written_about():
    text = "岚川股份晚间公告称,第三大股东北辰投资有限公司累计减持公司4,250,300股股份,占总股本0.5%。"
    assert [(e["seller"], e["target"], e["modality"]) for e in exits(text)] == \
        [(["北辰投资有限公司"], ["岚川股份"], "asserted")]


def test_an_insider_named_after_the_title_of_a_supervisor_sells():
    text = "岚川股份公告,监事周立新先生拟借大宗交易减持公司股份至多12.3万股。"
    assert exits(text) == [{"seller": ["周立新"], "target": ["岚川股份"], "modality": "planned"}]


def test_one_of_the_actual_controllers_sells():
    text = "岚川股份公告,持股8.1%的实控人之一赵海,计划于年内减持其所持公司股份至多203万股。"
    assert [(e["seller"], e["target"]) for e in exits(text)] == [(["赵海"], ["岚川股份"])]


def test_two_actual_controllers_listed_after_their_titles_sell_together():
    text = "岚川股份公告,控股股东、实际控制人郭立群、郭子航累计减持公司股份300万股。"
    assert [e["seller"] for e in exits(text)] == [["郭立群", "郭子航"]]


def test_a_sale_notice_received_from_holders_is_their_planned_exit():
    text = ("岚川科技股份有限公司（简称岚川科技）在2024年3月6日收到董事、高管邵明远先生、"
            "顾青女士出具的《持股减持计划的通知书》。")
    assert exits(text) == [{"seller": ["邵明远", "顾青"], "target": ["岚川科技股份有限公司"], "modality": "planned"}]


def test_a_notice_naming_the_company_in_its_title_and_one_per_title():
    text = ("公司日前收到股东郑海峰先生的《岚川科技股份减持计划告知书》和监事林晓女士的"
            "《岚川科技股份减持计划完成告知书》。")
    assert exits(text) == [{"seller": ["郑海峰"], "target": ["岚川科技"], "modality": "planned"},
                           {"seller": ["林晓"], "target": ["岚川科技"], "modality": "asserted"}]


def test_a_notice_with_no_sender_named_is_no_exit():
    assert exits("公司日前收到《持股减持计划告知书》。") == []


def test_a_three_character_title_word_does_not_swallow_mister():
    names = [m.text for m in extract("t", "公司董事王斌先生拟减持公司股份。", None).mentions if m.kind == "person"]
    assert names == ["王斌"]


def test_a_holder_named_right_after_the_word_shareholder_sells():
    text = "岚川股份股东鑫隆创富拟清仓减持至多320万股。"
    assert exits(text) == [{"seller": ["鑫隆创富"], "target": ["岚川股份"], "modality": "planned"}]


def test_two_holders_each_with_its_stake_before_it_sell_together():
    text = "岚川科技公告,持股4.2%的股东北辰投资和持股3.6%的股东南屿创投计划于年内以竞价交易方式减持合计至多400万股。"
    assert [(e["seller"], e["target"]) for e in exits(text)] == [(["北辰投资", "南屿创投"], ["岚川科技"])]


def test_a_count_of_shares_before_the_company_sold_and_a_second_sale_by_the_same_holder():
    text = "其中最显眼的是澄湖人寿减持招商银行2.4亿股和减持0.8亿股工商银行。"
    assert [(e["seller"], e["target"]) for e in exits(text)] == [(["澄湖人寿"], ["招商银行"]),
                                                                  (["澄湖人寿"], ["中国工商银行"])]  # (canonical name)


def test_a_forced_sale_of_pledged_shares_is_the_holders_exit():
    text = "岚川股份晚间披露,其控股股东北辰投资持有的公司部分股份因质押违约被动减持。"
    assert exits(text) == [{"seller": ["北辰投资"], "target": ["岚川股份"], "modality": "asserted"}]


def test_a_person_who_suffers_a_forced_sale_is_its_seller():
    text = "对岚川股份而言,更大的隐患是质押爆仓,导致董事长郭立群遭遇被动减持。"
    assert [(e["seller"], e["target"]) for e in exits(text)] == [(["郭立群"], ["岚川股份"])]


def test_a_company_whose_controlling_holder_sells_is_not_the_seller():
    text = "受股价连续下跌拖累,岚川股份的控股股东近期也被动减持了股票。"
    assert exits(text) == []


def test_every_person_listed_after_a_title_sells():
    text = "岚川股份公告,高级管理人员孙立、邵明远、邹明计划于明年上半年减持公司股份合计至多30万股。"
    assert [(e["seller"], e["target"]) for e in exits(text)] == [(["孙立", "邵明远", "邹明"], ["岚川股份"])]
