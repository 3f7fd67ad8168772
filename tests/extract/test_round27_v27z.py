"""Round 27 (v27z): the vocabulary of deal wording — purchase words (部署/采用/搭载 a maker's goods, 签下/揽获/赢得
an order, 量产供货, 导入…供应链, 成为B的<goods>供应商, 购买/租用 counted goods of a maker's), each with a near miss where
the word is used in no deal sense."""

from dealgraph.extract.pipeline import extract


def _facts(text: str, ftype: str):
    doc = extract("t", text, "2025-06-30")
    return [(f.modality, {k: [m.canonical for m in v] for k, v in f.roles.items()})
            for f in doc.facts if f.type == ftype]


def _buys(text: str):
    return [(m, r.get("buyer", []), r.get("supplier", [])) for m, r in _facts(text, "purchase")]


# --- 部署 / 采用 / 搭载: a maker's goods used are bought from it

def test_deployed_counted_goods_of_a_maker():
    assert ("asserted", ["北辰智算"], ["青禾电子"]) in _buys("北辰智算在其贵州数据中心部署了3000台青禾电子的训练服务器。")


def test_deployment_to_come_is_planned():
    assert ("planned", ["岚山云科技"], ["青禾电子"]) in _buys("岚山云科技将部署2万颗青禾电子的推理芯片。")


def test_vehicle_model_uses_a_makers_lidar():
    assert ("asserted", ["星澜汽车"], ["青禾电子"]) in _buys("星澜汽车的新款车型采用青禾电子的激光雷达。")


def test_built_in_chip_named_by_product():
    assert ("asserted", ["北辰智算"], ["华为"]) in _buys("北辰智算采用华为昇腾芯片训练其行业模型。")


def test_deploy_near_misses_strategy_own_cluster_and_method():
    assert _buys("青禾电子年初部署了新一轮出海战略。") == []
    assert _buys("青禾电子在贵州部署了自研的训练集群。") == []
    assert _buys("青禾电子的第二代芯片采用5纳米工艺。") == []
    assert _buys("北辰智算采用了青禾电子的技术方案。") == []


def test_using_a_method_in_a_share_deal_is_no_purchase():
    assert _buys("澄川资本采用协议转让方式受让青禾电子6%股份。") == []


# --- an order won: 签下 / 揽获 / 赢得 as 获得

def test_signed_order_of_a_named_buyer():
    assert ("asserted", ["北辰智算"], ["青禾电子"]) in _buys("青禾电子签下北辰智算4亿元液冷服务器大单。")


def test_won_order_words():
    assert ("asserted", ["北辰智算"], ["青禾电子"]) in _buys("青禾电子揽获北辰智算1.8亿元光模块订单。")
    assert ("asserted", ["北辰智算"], ["青禾电子"]) in _buys("青禾电子赢得了北辰智算的训练服务器订单。")


def test_signed_order_with_a_partner_names_no_side():
    # A与B签下…大单: who sells is not told by the words (nor here by the parties' sectors)
    assert _buys("青禾电子与北辰智算签下12亿元算力租赁大单。") == []


# --- supply wording

def test_series_supply_to_a_buyer():
    assert ("asserted", ["星澜汽车"], ["青禾电子"]) in _buys("青禾电子的域控制器已向星澜汽车量产供货。")


def test_series_production_without_buyer_is_nothing():
    assert _buys("青禾电子的域控制器已开始量产供货。") == []


def test_taken_into_a_supply_chain():
    assert ("asserted", ["星澜汽车"], ["青禾电子"]) in _buys("青禾电子的电源芯片已导入星澜汽车供应链。")
    assert _buys("青禾电子的新一代芯片已导入量产。") == []


def test_supplier_of_named_goods():
    assert ("asserted", ["星澜汽车"], ["青禾电子"]) in _buys("青禾电子成为星澜汽车的激光雷达供应商。")


def test_bought_and_rented_counted_goods_of_a_maker():
    assert ("asserted", ["北辰智算"], ["青禾电子"]) in _buys("北辰智算购买了青禾电子的600台推理服务器。")
    assert ("asserted", ["北辰智算"], ["岚山云科技"]) in _buys("北辰智算租用了岚山云科技的8000张GPU算力。")


def test_bought_shares_stay_an_acquisition_and_rented_offices_nothing():
    assert _buys("北辰智算购买了青禾电子的1000万股股份。") == []
    assert _facts("北辰智算购买了青禾电子的1000万股股份。", "acquisition")
    assert _buys("北辰智算租用了岚山云科技的两层办公楼。") == []


# --- 入围: shortlisted for a buyer's procurement, a planned purchase

def test_shortlisted_for_a_procurement_is_planned():
    assert ("planned", ["北辰移动"], ["青禾电子"]) in _buys("青禾电子入围北辰移动2025年液冷服务器集中采购项目。")
    assert ("planned", ["岚山电网有限公司"], ["青禾电子"]) in _buys("青禾电子成功入围岚山电网有限公司算力设备采购名单。")


def test_shortlisted_near_misses_ranking_and_contest():
    assert _buys("青禾电子入围年度AI企业百强榜单。") == []
    assert _buys("青禾电子入围北辰移动举办的创新大赛决赛。") == []


# --- investment words: 出手B, 向B投下/砸下

def _invs(text: str):
    return [(m, r.get("investor", []), r.get("investee", [])) for m, r in _facts(text, "investment")]


def test_stepped_in_on_a_named_company_invests():
    assert ("asserted", ["澄川资本"], ["青禾电子"]) in _invs("澄川资本近日出手青禾电子，参与其B轮融资。")


def test_stepped_in_near_misses():
    assert _invs("澄川资本的合伙人出手大方，年终奖丰厚。") == []
    # 出手收购B: the acquisition is the deal, no investment besides it
    assert _invs("澄川集团出手收购青禾电子。") == []
    assert _facts("澄川集团出手收购青禾电子。", "acquisition")


def test_money_put_down_into_a_company():
    assert ("asserted", ["澄川资本"], ["青禾电子"]) in _invs("澄川资本向青禾电子投下3亿元。")
    assert ("asserted", ["澄川资本"], ["青禾电子"]) in _invs("澄川资本向青禾电子砸下5亿元。")


def test_vote_cast_is_no_investment():
    assert _invs("股东澄川资本对该议案投下反对票。") == []


# --- sell-down words: 清仓B, 套现B股份

def _exits(text: str):
    return [(m, r.get("seller", []), r.get("target", [])) for m, r in _facts(text, "acquisition")]


def test_cleared_out_of_a_company():
    assert ("asserted", ["岚山创投"], ["青禾电子"]) in _exits("岚山创投已清仓青禾电子。")


def test_cashed_out_shares_of_a_company():
    assert ("asserted", ["岚山创投"], ["青禾电子"]) in _exits("岚山创投通过大宗交易套现青禾电子股份约4亿元。")


def test_cashing_out_without_a_company_is_nothing():
    assert _exits("岚山创投年内累计套现约5亿元。") == []
    assert _exits("岚山创投选择套现离场。") == []
