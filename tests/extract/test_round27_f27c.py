"""Round 27 (f27c): share transfers and sell-downs — who sells and whose shares move when the holder is written
between the buying verb and the shares (收购A持有B 28%股权, 收购B另一大股东C持有的29%股权), and sell-downs of
stocks named with a description (减持家纺龙头B) or listed after 对 (对B、C等个股进行了减持). Each rule has a near miss."""

from dealgraph.extract.pipeline import extract


def _deals(text: str):
    doc = extract("t", text, "2025-06-30")
    return [(f.modality, {k: sorted(m.canonical for m in v) for k, v in f.roles.items()})
            for f in doc.facts if f.type == "acquisition"]


def _sold(text: str):
    """(modality, sellers, target, acquirers) of each acquisition."""
    return [(mod, r.get("seller", []), r.get("target", []), r.get("acquirer", [])) for mod, r in _deals(text)]


# --- 收购A持有B …股权 (持有 with no 的): A holds the shares and sells them

def test_bare_held_names_the_seller_and_the_company():
    assert ("asserted", ["岚山创投"], ["青禾电子"], ["澄川资本"]) in _sold(
        "2023年5月，澄川资本收购岚山创投持有青禾电子20%股权。")


def test_bare_held_person_sells_too():
    assert ("asserted", ["王立新"], ["青禾电子"], ["澄川资本"]) in _sold("澄川资本购买王立新持有青禾电子5%股份。")


def test_bare_held_unnamed_company_is_no_target():
    # the holder is not what is bought when only 标的公司 (unnamed here) follows 持有
    assert all("北辰投资" not in target for _, _, target, _ in _sold("澄川资本拟用现金收购北辰投资持有目标公司31%股份。"))


def test_bare_held_near_miss_company_bought_whole():
    # 收购A: A itself is bought; 持有 in a later clause is the buyer's holding after
    assert ("asserted", [], ["岚山创投"], ["澄川资本"]) in _sold("澄川资本以2亿元收购岚山创投，交易完成后持有其100%股权。")


# --- 收购B(的)另一大股东C持有的N%股权: C sells shares of B

def test_holder_of_named_company_sells_its_shares():
    assert ("planned", ["北辰投资有限公司"], ["青禾电子"], ["澄川资本"]) in _sold(
        "澄川资本将收购青禾电子另一大股东—北辰投资有限公司持有的29%股权。")


def test_controlling_holder_of_named_company_sells():
    assert ("asserted", ["北辰投资"], ["青禾电子"], ["澄川资本"]) in _sold(
        "澄川资本受让青禾电子控股股东北辰投资所持的12%股份。")


def test_holder_without_company_named_makes_no_guess():
    # no company is named before the holder: whose 29% is unknown, nothing is made up
    assert all(target != ["北辰投资"] for _, _, target, _ in _sold("澄川资本收购北辰投资持有的29%股权。"))


# --- 减持<epithet>B: a stock described before its name is what is sold

def test_sell_down_of_a_described_stock():
    assert ("asserted", ["岚山创投"], ["青禾电子"], []) in _sold("岚山创投三季度减持芯片龙头青禾电子106万股。")


def test_sell_down_of_a_heavy_holding_after_dash():
    assert ("asserted", ["岚山创投"], ["青禾电子"], []) in _sold("岚山创投上季度对同属芯片板块的龙头股——青禾电子进行了减持。")


def test_planned_sell_down_of_a_described_stock_stays_planned():
    assert ("planned", ["岚山创投"], ["青禾电子"], []) in _sold("岚山创投拟减持芯片龙头青禾电子不超过106万股。")


def test_epithet_near_miss_increase_is_no_sell_down():
    assert _sold("岚山创投三季度增持芯片龙头青禾电子106万股。") == []


# --- A对B、C、D等个股进行了减持: each stock listed is sold by A

def test_listed_stocks_after_dui_each_sold():
    got = _sold("岚山创投还对青禾电子、北辰科技、蓝湾股份等个股进行了减持。")
    for firm in ("青禾电子", "北辰科技", "蓝湾股份"):
        assert ("asserted", ["岚山创投"], [firm], []) in got


def test_listed_stocks_with_count_each_sold():
    got = _sold("岚山创投对青禾电子和北辰科技两只股票进行了减持。")
    assert ("asserted", ["岚山创投"], ["青禾电子"], []) in got
    assert ("asserted", ["岚山创投"], ["北辰科技"], []) in got


def test_listed_stocks_planned_sell_down_stays_planned():
    got = _sold("岚山创投计划对青禾电子、北辰科技等个股进行减持。")
    assert got and all(mod == "planned" for mod, _, _, _ in got)


def test_listed_stocks_near_miss_research_visit():
    assert _sold("岚山创投对青禾电子、北辰科技等公司进行了调研。") == []


def test_listed_stocks_never_swap_seller_and_stock():
    got = _sold("岚山创投对青禾电子、北辰科技等个股进行了减持。")
    assert all(sellers == ["岚山创投"] for _, sellers, _, _ in got)
    assert all(target != ["岚山创投"] for _, _, target, _ in got)


# --- 减仓: a holder cutting its position in a named stock sells down, as 减持 does

def test_cut_position_in_named_stock_is_a_sell_down():
    assert ("asserted", ["澄川资本"], ["青禾电子"], []) in _sold("澄川资本三季度减仓青禾电子300万股。")


def test_cut_position_told_in_the_passive():
    assert ("asserted", ["澄川资本"], ["青禾电子"], []) in _sold("截至三季度末，青禾电子被澄川资本减仓近半，减持了1200万股。")


def test_cut_position_to_come_is_planned_and_denied_is_denied():
    assert ("planned", ["澄川资本"], ["青禾电子"], []) in _sold("澄川资本表示将逐步减仓青禾电子。")
    assert all(mod == "denied" for mod, _, _, _ in _sold("有传闻称澄川资本减仓青禾电子，澄川资本予以否认。"))


def test_cut_position_near_misses_no_stock_named():
    assert _sold("市场情绪转弱，多数机构选择减仓。") == []
    assert _sold("澄川资本旗下基金三季度减仓了部分科技股。") == []
    assert _sold("青禾电子三季度减仓明显。") == []
