"""Round 4 of roles: holdings stated with 分别, lists of investors running past a unit, blocks of shares a
deal moves, what a holder sells, and the owner of a unit sold. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def facts(text: str, ftype: str) -> list[tuple[dict[str, list[str]], str | None]]:
    return [({r: [m.canonical for m in ms] for r, ms in f.roles.items() if ms}, f.stake.text if f.stake else None)
            for f in extract("t", text, "2025-06-30").facts if f.type == ftype]


def test_respective_holdings_take_each_its_own_stake():
    text = "交易完成后，远景科技、北辰资本与东岳集团将分别持有云帆智能70%、20%和10%的股份。"
    assert facts(text, "shareholding") == [
        ({"holder": ["远景科技"], "company": ["云帆智能"]}, "70%"),
        ({"holder": ["北辰资本"], "company": ["云帆智能"]}, "20%"),
        ({"holder": ["东岳集团"], "company": ["云帆智能"]}, "10%")]


def test_respective_holdings_with_fewer_figures_keep_the_shared_reading():
    text = "远景科技、北辰资本分别持有云帆智能股份。"
    assert [f[0]["holder"] for f in facts(text, "shareholding")] == [["远景科技"], ["北辰资本"]]


def test_investor_list_runs_past_a_fund_named_by_its_parent():
    text = "6月，蓝鲸数据科技有限公司完成5亿元C轮融资，投资方包括中国移动旗下基金、腾讯、阿里巴巴和红杉中国等。"
    found = extract("t", text, "2025-06-30").facts
    inv = [f for f in found if f.type == "investment"]
    assert [m.canonical for m in inv[0].roles["investor"]] == ["中国移动", "腾讯", "阿里巴巴集团", "红杉中国"]
    assert inv[0].amount.text == "5亿元" and inv[0].qualifiers["round"] == "C轮"


def test_investor_list_continued_by_also_including():
    text = "本轮投资方既包括阿里巴巴、腾讯等科技公司，也包括深创投、北辰资本等国资背景机构。"
    inv = [f for f in extract("t", "远景智能股份有限公司完成A轮融资。" + text, "2025-06-30").facts
           if f.type == "investment"]
    assert [m.canonical for m in inv[0].roles["investor"]] == ["阿里巴巴集团", "腾讯", "深创投", "北辰资本"]


def test_a_block_of_shares_bought_states_no_holding_of_the_seller():
    text = "远景科技宣布，将以现金20亿元购买北辰集团持有的云帆智能15%股权。"
    assert facts(text, "shareholding") == []
    assert facts(text, "acquisition") == [
        ({"acquirer": ["远景科技"], "target": ["云帆智能"], "seller": ["北辰集团"]}, "15%")]
    assert facts("截至目前，北辰集团持有云帆智能15%股权。", "shareholding") == [
        ({"holder": ["北辰集团"], "company": ["云帆智能"]}, "15%")]


def test_selling_its_own_holding_does_not_sell_the_seller():
    text = "星海资本曾于2015年投资云帆乳业,到了2018年,星海资本就将其持有股份出售给北辰集团,获利2亿元。"
    assert [f[0] for f in facts(text, "acquisition")] == [
        {"acquirer": ["北辰集团"], "target": ["云帆乳业"], "seller": ["星海资本"]}]
    assert facts("远景科技将其持有股份出售给北辰集团。", "acquisition") == []
    assert facts("远景科技将其持有股份出售给北辰集团。", "shareholding") == []
    assert [f[0] for f in facts("远景科技将其持有的云帆智能股份出售给北辰集团。", "acquisition")] == [
        {"acquirer": ["北辰集团"], "target": ["云帆智能"], "seller": ["远景科技"]}]


def test_the_unit_sold_belongs_to_the_seller_not_the_buyer():
    text = "远景科技向北辰集团出售旗下的云帆智能51%股权。"
    assert [f[0] for f in facts(text, "ownership")] == [{"owner": ["远景科技"], "unit": ["云帆智能"]}]
    assert facts(text, "acquisition") == [
        ({"acquirer": ["北辰集团"], "target": ["云帆智能"], "seller": ["远景科技"]}, "51%")]


def test_an_indirect_controlling_holder_did_not_buy_that_company():
    text = "通过本次收购，远景科技将持有北辰集团60%的股权，并成为云帆智能的间接控股股东。"
    assert [f[0]["target"] for f in facts(text, "acquisition")] == [["北辰集团"]]


def test_each_of_a_list_of_shareholders_holds():
    text = "星澜智能去年3月完成一轮6亿美元的融资。在此之前，腾讯、米哈游、高瓴、红杉中国等均已是其股东。"
    assert [f[0]["holder"] for f in facts(text, "shareholding")] == [["腾讯"], ["米哈游"], ["高瓴资本"], ["红杉中国"]]


def test_a_stake_past_a_semicolon_is_not_the_shareholders():
    text = "远景汽车的股东中既有互联网公司，也有地方国资。腾讯是其长期股东；2020年，某国资平台向远景中国投资70亿元，取得24.1%股权。"
    assert ({"holder": ["腾讯"], "company": ["远景汽车"]}, None) in facts(text, "shareholding")


def test_the_rest_of_the_shares_are_held_in_the_company_just_bought():
    text = "去年11月，星海通过收购股权和增资的方式取得云帆51%的股份，北辰汽车持有其余49%。"
    assert ({"holder": ["北辰汽车"], "company": ["云帆"]}, "49%") in facts(text, "shareholding")


def test_shareholders_listed_after_gudong_zhong_baokuo_each_hold():
    text = "远景机器人成立于2023年2月，该公司专注通用人形机器人，股东中包括高瓴、红杉中国、比亚迪等机构。"
    assert [f[0] for f in facts(text, "shareholding")] == [
        {"holder": [h], "company": ["远景机器人"]} for h in ("高瓴资本", "红杉中国", "比亚迪")]
    assert facts(text, "investment") == []


def test_a_partner_after_a_unit_is_not_a_second_unit():
    assert [f[0]["unit"] for f in facts("北辰集团旗下的星云科技与东岳集团深化合作。", "ownership")] == [["星云科技"]]
    assert [f[0]["unit"] for f in facts("北辰集团旗下的星云科技与云帆科技均已上线。", "ownership")] == [
        ["星云科技"], ["云帆科技"]]


def test_a_unit_named_after_its_description():
    text = "远景科技1月2日发布公告称，其旗下AI芯片公司星澜芯已于1月1日提交上市申请。"
    assert [f[0] for f in facts(text, "ownership")] == [{"owner": ["远景科技"], "unit": ["星澜芯"]}]
    text = "远景科技向北辰集团出售旗下储能企业Voltix 51%股权。"
    assert facts(text, "acquisition") == [
        ({"acquirer": ["北辰集团"], "target": ["Voltix"], "seller": ["远景科技"]}, "51%")]


def test_buying_the_shares_it_does_not_hold_yet_states_no_holding():
    text = "远景汽车拟收购其尚未持有的星澜智能全部股份。"
    assert facts(text, "shareholding") == []
    assert [f[0] for f in facts(text, "acquisition")] == [{"acquirer": ["远景汽车"], "target": ["星澜智能"]}]


def test_all_shares_of_a_company_named_elsewhere_are_that_company():
    text = ("远景汽车目前持有星澜约65.7%的股份。远景汽车5月7日宣布，已向星澜董事会提交非约束性提议，"
            "拟收购其尚未持有的全部星澜股份。")
    assert [f[0] for f in facts(text, "acquisition")] == [{"acquirer": ["远景汽车"], "target": ["星澜"]}]


def test_a_unit_described_by_its_kind_is_the_subject_before_shi():
    text = "星澜汽车于2024年5月在纽交所上市，是腾讯旗下的高端电动车品牌。"
    assert [f[0] for f in facts(text, "ownership")] == [{"owner": ["腾讯"], "unit": ["星澜汽车"]}]
    assert [f[0] for f in facts("北辰集团旗下的云帆科技是一家芯片公司。", "ownership")] == [
        {"owner": ["北辰集团"], "unit": ["云帆科技"]}]


def test_a_holding_through_another_company_is_not_bought():
    text = "通过本次收购，远景科技将直接持有北辰集团51%的股权，并通过北辰集团间接控制云帆智能45.5%的股份。"
    assert [f[0]["target"] for f in facts(text, "acquisition")] == [["北辰集团"]]


def test_a_holding_stake_does_not_cross_a_semicolon():
    text = "截至公告日，王立全资拥有星澜科技；北辰资本也是早期投资者，持有云帆科技股份。"
    assert ({"holder": ["北辰资本"], "company": ["云帆科技"]}, None) in facts(text, "shareholding")


def test_this_rounds_investors_take_the_round_stated_the_sentence_before():
    text = ("远景智能7月25日宣布完成A轮融资，金额为50亿元人民币，投后估值达到200亿元。"
            "本轮投资方既包括阿里巴巴、腾讯等科技公司，也包括深创投等国资背景机构。")
    inv = [f for f in extract("t", text, "2025-07-26").facts if f.type == "investment"]
    assert len(inv) == 1 and [m.canonical for m in inv[0].roles["investee"]] == ["远景智能"]
    assert (inv[0].amount.text, inv[0].date.text, inv[0].qualifiers["round"]) == ("50亿元", "7月25日", "A轮")
