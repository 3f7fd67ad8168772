"""Chinese share transfers with a named buyer, and stake increases: who sells, who buys, whose shares, what part.
A transfer is an acquisition (acquirer = buyer, seller = the holder selling, target = the company whose shares
move); its stake is the part of the company the shares make up. Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def deals(text: str, ftype: str = "acquisition") -> list[dict]:
    out = []
    for f in extract("t", text, "2025-06-30").facts:
        if f.type != ftype:
            continue
        roles = {k: [m.canonical for m in ms] for k, ms in f.roles.items() if ms}
        out.append({**roles, "stake": f.stake.text if f.stake else None, "modality": f.modality})
    return out


def kinds(text: str, role: str) -> list[tuple[str, str]]:
    return [(m.canonical, m.kind) for f in extract("t", text, "2025-06-30").facts if f.type == "acquisition"
            for m in f.roles.get(role, ())]


# --- the stake of shares counted against the company's whole stock -------------------------------------------

def test_shares_bought_then_their_part_of_the_total_stock_is_the_stake():
    text = "澜汐股份公告，控股股东青禾投资9月18日以大宗交易方式买进并增持公司股份120万股，占公司总股本的1.5%。"
    assert [(d["investor"], d["investee"], d["stake"]) for d in deals(text, "investment")] == \
        [(["青禾投资"], ["澜汐股份"], "1.5%")]


def test_the_company_named_before_its_total_stock_and_a_ratio_word():
    text = "澜汐股份公告，青禾投资通过集中竞价交易增持澜汐股份股份3,120,000股，占澜汐股份总股本的2.50%。"
    assert [d["stake"] for d in deals(text, "investment")] == ["2.50%"]
    text = "澜汐股份公告，控股股东青禾投资累计增持3120万股，占公司总股本的比例达2.12%。"
    assert [d["stake"] for d in deals(text, "investment")] == ["2.12%"]


def test_a_clause_of_the_deals_own_measure_tells_the_stake_not_the_holding_after_it():
    text = "青禾投资连续增持澜汐股份，增持比例达2.2%，累计持有公司15.2%的股份。"
    assert [d["stake"] for d in deals(text, "investment")] == ["2.2%"]


# --- sellers listed before 持有的 ------------------------------------------------------------------------------

def test_every_holder_of_a_list_before_held_shares_sells():
    text = "澜汐股份公告，公司拟购买远川投资、北岭资本合计持有的青蔓科技100%股权。"
    assert [(d["acquirer"], d["seller"], d["target"]) for d in deals(text)] == \
        [(["澜汐股份"], ["远川投资", "北岭资本"], ["青蔓科技"])]


def test_a_seller_found_by_context_and_shaped_as_a_name_is_a_person():
    text = "澜汐股份公告，公司计划用现金购买郝振宇所持有的青蔓科技60%股权。"
    assert kinds(text, "seller") == [("郝振宇", "person")]


def test_a_stock_channel_is_no_person():
    text = "澜汐股份公告，公司拟购买陆股通持有的青蔓科技5%股权。"
    assert all(kind != "person" for _, kind in kinds(text, "seller"))


# --- A将其所持…转让给C ---------------------------------------------------------------------------------------

def test_a_part_held_by_its_size_only_is_of_the_company_written_about():
    text = "5月12日，澜汐锂业同意青禾投资将其所持16.5%股权转让给华屹控股。"
    assert deals(text) == [{"acquirer": ["华屹控股"], "target": ["澜汐锂业"], "seller": ["青禾投资"],
                            "stake": "16.5%", "modality": "asserted"}]


def test_the_sale_goes_on_past_a_comma_before_its_manner():
    text = "澜汐股份11月4日晚间公告，公司控股股东青禾集团拟将其持有的公司3200万股，协议转让给远川投资，" \
           "转让数量占总股本的6.2%。"
    assert [(d["acquirer"], d["target"], d["seller"], d["stake"]) for d in deals(text)] == \
        [(["远川投资"], ["澜汐股份"], ["青禾集团"], "6.2%")]


def test_its_holding_sold_to_the_party_that_signed_with_it():
    text = "澜汐股份公告，控股股东青禾集团与远川资本签署《股份转让协议》，拟将其持有的公司2000万股股份" \
           "（占公司总股本的10.5%）转让给后者。"
    assert [(d["acquirer"], d["target"], d["seller"], d["stake"]) for d in deals(text)] == \
        [(["远川资本"], ["澜汐股份"], ["青禾集团"], "10.5%")]


def test_a_sale_told_again_joins_the_deal_read_before():
    text = "2021年3月5日，华屹控股与青禾投资签署关于收购澜汐锂业的协议；5月22日，澜汐锂业同意青禾投资将其所持" \
           "18.5%股权转让给华屹控股。"
    assert [(d["acquirer"], d["target"], d.get("seller"), d["stake"]) for d in deals(text)] == \
        [(["华屹控股"], ["澜汐锂业"], ["青禾投资"], "18.5%")]


def test_the_holders_closing_the_clause_before_sell_to_the_buyer_after_xiang():
    text = "澜汐股份公告，公司股东青禾集团及其一致行动人远川投资，拟向华屹控股转让公司8.5%股权。"
    assert [(d["acquirer"], d["target"], d["seller"]) for d in deals(text)] == \
        [(["华屹控股"], ["澜汐股份"], ["青禾集团", "远川投资"])]


def test_shares_sold_then_gei_the_buyer():
    text = "澜汐股份公告，公司股东青禾集团及一致行动人远川投资，拟转让公司15%股份给华屹控股。"
    assert [(d["acquirer"], d["target"], d["seller"], d["stake"], d["modality"]) for d in deals(text)] == \
        [(["华屹控股"], ["澜汐股份"], ["青禾集团", "远川投资"], "15%", "planned")]
    text = "青禾集团拟出售所持北岭云帆20%的股权给华屹控股。"
    assert [(d["acquirer"], d["target"], d["seller"]) for d in deals(text)] == \
        [(["华屹控股"], ["北岭云帆"], ["青禾集团"])]


def test_a_sale_with_no_buyer_stays_an_exit():
    text = "青禾集团出售了北岭云帆20%的股权。"
    assert [(d.get("acquirer"), d["target"], d["seller"]) for d in deals(text)] == [(None, ["北岭云帆"], ["青禾集团"])]


# --- the company's own shares --------------------------------------------------------------------------------

def test_the_companys_public_shares_are_no_company_name():
    text = "澜汐股份公布，公司若干董事及高管拟在二级市场买入本公司H股社会公众股份。"
    assert all("社会公众" not in name for d in deals(text, "investment") for name in d["investee"])


def test_a_buyer_found_by_context_and_shaped_as_a_name_is_a_person():
    text = "澜汐股份公告，郝振宇拟以3亿元收购青蔓科技20%的股权。"
    assert kinds(text, "acquirer") == [("郝振宇", "person")]


def test_named_holders_then_a_count_of_others_all_named_sell():
    text = "去年12月，星屹集团曾计划收购远川投资、北岭资本、华屹基金及18名自然人所持青蔓科技40%股权。"
    assert [(d["acquirer"], d["seller"], d["target"]) for d in deals(text)] == \
        [(["星屹集团"], ["远川投资", "北岭资本", "华屹基金"], ["青蔓科技"])]
    text = "星屹集团拟收购远川投资及其他3名股东所持青蔓科技40%股权。"
    assert [d["seller"] for d in deals(text)] == [["远川投资"]]


# --- auctions and passive transfers ---------------------------------------------------------------------------

def test_shares_won_at_an_auction_are_bought_from_their_holder():
    text = "在司法拍卖中，远岫投资以3.5亿元竞得青禾集团所持澜汐股份8%股份。"
    assert [(d["acquirer"], d["target"], d["seller"], d["stake"]) for d in deals(text)] == \
        [(["远岫投资"], ["澜汐股份"], ["青禾集团"], "8%")]


def test_land_won_at_a_tender_is_no_deal_on_shares():
    assert deals("远岫投资以12亿元竞得澜汐新区一宗商业地块。") == []
    assert deals("澜汐新区一宗商业地块被远岫投资以12亿元竞得。") == []


def test_the_holder_before_shares_bought_in_the_passive_sells():
    text = "青禾集团所持澜汐股份8%的股份被远岫投资收购。"
    assert [(d["acquirer"], d["target"], d["seller"]) for d in deals(text)] == \
        [(["远岫投资"], ["澜汐股份"], ["青禾集团"])]


def test_the_companys_shares_held_by_a_holder_and_won_by_another():
    text = "澜汐股份公告，青禾集团持有的公司1.2亿股股份在司法拍卖中被远岫投资竞得。"
    assert [(d["acquirer"], d["target"], d["seller"]) for d in deals(text)] == \
        [(["远岫投资"], ["澜汐股份"], ["青禾集团"])]
    assert deals(text, "shareholding") == []  # 青禾集团 holds no part of the buyer
    text = "澜汐股份公告，青禾集团持有的公司1.2亿股股份被远岫投资收购。"
    assert [(d["acquirer"], d["target"], d["seller"]) for d in deals(text)] == \
        [(["远岫投资"], ["澜汐股份"], ["青禾集团"])]


def test_the_holder_that_signed_sells_to_the_party_after_xiang():
    text = "澜汐股份公告，股东青禾集团去年6月与远岫资本签署《股权转让协议》，拟向后者转让公司10.5%股份。"
    assert [(d["target"], d["seller"], d["stake"]) for d in deals(text)] == [(["澜汐股份"], ["青禾集团"], "10.5%")]
    doc = extract("t", text, "2025-06-30")
    buyer = [m for f in doc.facts if f.type == "acquisition" for m in f.roles["acquirer"]]
    assert [m.key for m in buyer] == [m.key for m in doc.mentions if m.text == "远岫资本"][:1]


def test_shares_taken_over_by_the_buyer_after_you():
    text = "青禾集团所持澜汐股份8%的股份由远岫投资受让。"
    assert [(d["acquirer"], d["target"], d["seller"], d["stake"]) for d in deals(text)] == \
        [(["远岫投资"], ["澜汐股份"], ["青禾集团"], "8%")]
    text = "澜汐股份公告，青禾集团持有的公司8%股份将由远岫投资受让。"
    assert [(d["acquirer"], d["target"], d["seller"], d["modality"]) for d in deals(text)] == \
        [(["远岫投资"], ["澜汐股份"], ["青禾集团"], "planned")]
    assert deals(text, "shareholding") == []
    assert deals("本轮融资由远岫投资领投。") == []


def test_a_company_that_will_be_bought_is_a_plan():
    assert [d["modality"] for d in deals("澜汐股份将被远岫投资收购。")] == ["planned"]
