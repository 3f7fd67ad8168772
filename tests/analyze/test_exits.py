"""An investor's exits: its sales, which of them ended a holding, the sales per period and beside a peer."""

from __future__ import annotations

import pytest

from dealgraph.analyze import compare, status, view
from dealgraph.analyze.portfolio import Exit, Holding, Portfolio, portfolio
from dealgraph.analyze.strategy import Period, strategy
from dealgraph.analyze.view import GraphView
from dealgraph.report import text as t
from dealgraph.store import Store
from tests.analyze.exit_story import Sale, rows, save_story


@pytest.fixture
def graph(store: Store) -> GraphView:
    save_story(store)
    return view.load(store)


@pytest.fixture
def qinghe(graph: GraphView) -> Portfolio:
    return portfolio(graph, "青禾集团")


def sale_of(p: Portfolio, name: str) -> Exit:
    found = [x for x in p.exits if x.name == name]
    assert len(found) == 1, [x.name for x in p.exits]
    return found[0]


def held(p: Portfolio, name: str, how: str) -> Holding:
    return next(h for h in p.holdings if h.name == name and h.how == how)


def test_sales_of_the_group_are_its_exits_with_buyer_stake_amount_and_evidence(qinghe: Portfolio) -> None:
    assert [x.name for x in qinghe.exits] == ["远岫半导体", "海岚机器人", "澜海科技"]  # oldest first
    to_beichen = sale_of(qinghe, "远岫半导体")
    assert to_beichen.how == "exit" and to_beichen.others == ["北辰资本"] and to_beichen.via == ["青禾集团"]
    assert to_beichen.stake["text"] == "20%" and to_beichen.amount["text"] == "5亿元"
    assert to_beichen.cny is not None and to_beichen.cny.cny == 5e8 and to_beichen.year == 2021
    assert to_beichen.evidence[0]["text"].startswith("2021年，青禾集团向北辰资本转让")
    on_the_market = sale_of(qinghe, "澜海科技")
    assert on_the_market.others == [] and on_the_market.stake is None and on_the_market.amount["text"] == "8亿元"


def test_a_sale_is_no_holding_and_the_buyer_holds_what_it_bought(qinghe: Portfolio, graph: GraphView) -> None:
    assert not any(h.how == "exit" for h in qinghe.holdings)
    beichen = portfolio(graph, "北辰资本")
    assert [(h.name, h.how) for h in beichen.holdings] == [("远岫半导体", "acquisition")]
    assert beichen.exits == []


def test_full_exits_mark_the_holdings_they_ended_and_keep_them(qinghe: Portfolio) -> None:
    # sold 20% of the 20% it held; sold all its shares on the market (no stake written)
    assert sale_of(qinghe, "远岫半导体").full and sale_of(qinghe, "澜海科技").full
    for how in ("investment", "shareholding"):
        assert held(qinghe, "远岫半导体", how).exited is sale_of(qinghe, "远岫半导体")
    assert held(qinghe, "澜海科技", "investment").exited is sale_of(qinghe, "澜海科技")
    assert qinghe.exited_companies() == [sale_of(qinghe, "远岫半导体").company, sale_of(qinghe, "澜海科技").company]
    assert qinghe.exited(sale_of(qinghe, "澜海科技").company) == [sale_of(qinghe, "澜海科技")]
    assert "澜海科技" in [h.name for h in qinghe.holdings]  # the history stays


def test_a_partial_sale_leaves_the_company_held(qinghe: Portfolio) -> None:
    partial = sale_of(qinghe, "海岚机器人")  # 10% of the 60% it bought
    assert not partial.full and partial.stake["text"] == "10%"
    assert held(qinghe, "海岚机器人", "acquisition").exited is None
    assert qinghe.exited(partial.company) == []


def test_planned_sales_are_apart_and_a_transfer_inside_the_group_is_no_exit(qinghe: Portfolio) -> None:
    planned = qinghe.exits_apart()
    assert [(x.name, x.modality) for x in planned] == [("星湾科技", "planned")]
    assert planned[0] in qinghe.apart and not any(x.name == "星湾科技" for x in qinghe.exits)
    # 青禾集团 to its unit 青禾资本: the unit's purchase is a holding of the group, the group still holds it
    assert any(h.name == "星湾科技" and h.how == "acquisition" and h.via == ["青禾资本"] for h in qinghe.holdings)
    assert not any(h.exited for h in qinghe.holdings if h.name == "星湾科技")


def test_the_status_board_flags_companies_sold_out_of(graph: GraphView, qinghe: Portfolio) -> None:
    board = {r.name: r for r in status.board(graph, qinghe)}
    flagged = [f for f in board["澜海科技"].flags if f.key == "exited"]
    assert flagged and flagged[0].fact_id == sale_of(qinghe, "澜海科技").fact_id
    assert flagged[0].fact_id in board["澜海科技"].fact_ids()
    assert not any(f.key == "exited" for f in board["海岚机器人"].flags)


def test_exits_per_period_and_the_shift_behind_them(qinghe: Portfolio) -> None:
    s = strategy(qinghe)
    assert [x.name for x in s.exits] == ["远岫半导体", "海岚机器人", "澜海科技"]
    early, late = s.periods
    assert early.exits == [] and late.exited() == ["远岫半导体", "海岚机器人", "澜海科技"]
    assert late.exit_share() == pytest.approx(3 / late.transactions())
    assert late.exit_mix() == {"foundation": 1, "application": 1, None: 1}
    shift = next(x for x in s.shifts if x.measure == "exits")
    assert shift.direction == "up" and set(shift.facts) == {x.fact_id for x in qinghe.exits}
    assert all(not isinstance(d.holding, Exit) for d in s.deals)  # exits are no deals


def test_deals_keep_their_periods_and_exits_stretch_the_last_one(qinghe: Portfolio) -> None:
    no_exits = Portfolio(qinghe.investor, qinghe.name, qinghe.members, qinghe.holdings, qinghe.apart)
    without = strategy(no_exits)
    with_exits = strategy(qinghe)
    assert [[d.holding.fact_id for d in p.deals] for p in without.periods] == \
           [[d.holding.fact_id for d in p.deals] for p in with_exits.periods]
    assert with_exits.periods[-1].end >= 2023


def test_given_periods_count_exits_outside_apart(qinghe: Portfolio) -> None:
    s = strategy(qinghe, [(2016, 2020), (2021, 2022)])
    assert [p.exited() for p in s.periods] == [[], ["远岫半导体", "海岚机器人"]]
    assert [x.name for x in s.outside_exits] == ["澜海科技"]


def test_exit_shift_down_when_the_share_falls() -> None:
    from dealgraph.analyze.strategy import classify, compare_periods

    def row(cls: type[Holding], how: str, fact: str) -> Holding:
        return cls("c", "澄岭科技", "organization", None, None, how, fact, "acquisition", "asserted", [], [], None,
                   None, None, None, {}, [])

    sold, bought = row(Exit, "exit", "f1"), classify(row(Holding, "investment", "f2"))
    assert compare_periods(Period(2015, 2016, [], [sold]), Period(2017, 2018)) == []  # nothing to compare with
    assert compare_periods(Period(2015, 2016, [], [sold]), Period(2017, 2018, [], [sold])) == []  # the same
    shifts = compare_periods(Period(2015, 2016, [], [sold]), Period(2017, 2018, [bought], [sold]))
    assert [(x.measure, x.direction, x.facts) for x in shifts] == [("exits", "down", ["f1", "f1"])]
    more = compare_periods(Period(2015, 2016, [], [sold]), Period(2017, 2018, [], [sold, sold]))
    assert [(x.measure, x.direction) for x in more] == [("exits", "up")]  # all sales both times, twice as many
    assert t.shift(more[0]) == ("2015–2016 → 2017–2018：出售笔数由1升至2，出售退出占全部交易（投资、收购与出售）的比重"
                                "持平（100%（2/2）；2017–2018出售：澄岭科技）。")


def test_the_comparison_counts_exits_per_group(graph: GraphView) -> None:
    both = compare.compare(graph, "青禾集团", "北辰资本")
    counts = both.exit_counts()
    assert counts[both.sides[0].portfolio.investor] == {"exits": 3, "exited_companies": 2, "exits_apart": 1}
    assert counts[both.sides[1].portfolio.investor] == {"exits": 0, "exited_companies": 0, "exits_apart": 0}


def test_a_sale_of_less_than_the_stake_held_is_partial_and_a_later_buy_back_is_held(store: Store) -> None:
    text = ("2017年，松岩投资持有云栖材料30%的股权。2019年，松岩投资出售了云栖材料15%的股权。"
            "2020年，松岩投资出售了云栖材料15%的股权。2022年，松岩投资又投资了云栖材料。")
    sales = [Sale("2019年，松岩投资出售", "松岩投资", "云栖材料", date="2019年", stake="15%"),
             Sale("2020年，松岩投资出售", "松岩投资", "云栖材料", date="2020年", stake="15%")]
    store.save([rows("songyan", text, sales)])
    p = portfolio(view.load(store), "松岩投资")
    first, second = p.exits
    assert not first.full and second.full  # 30% held: 15% leaves 15%, the next 15% leaves none
    assert held(p, "云栖材料", "shareholding").exited is second
    assert held(p, "云栖材料", "investment").exited is None and p.exited(second.company) == []


def test_an_undated_sale_comes_after_every_holding_and_stays_out_of_the_periods(store: Store) -> None:
    text = "2019年，石峰资本以1亿元投资了青川智能。石峰资本已清仓所持青川智能的股份。"
    store.save([rows("shifeng", text, [Sale("石峰资本已清仓", "石峰资本", "青川智能")])])
    p = portfolio(view.load(store), "石峰资本")
    (sold,) = p.exits
    assert sold.year is None and sold.full and held(p, "青川智能", "investment").exited is sold
    s = strategy(p)
    assert s.undated_exits == [sold] and [(x.start, x.end, x.exits) for x in s.periods] == [(2019, 2019, [])]
    assert t.exit_line(sold, p.name) == "青川智能（出售，买方：未披露，完全退出）"
    assert t.detail(held(p, "青川智能", "investment"), p.name) == "已退出"


@pytest.mark.parametrize(("left", "full"), [("3%", False), (None, True)])
def test_a_stake_written_as_left_in_the_sales_sentence_makes_it_partial(store: Store, left: str | None,
                                                                        full: bool) -> None:
    from tests.analyze.exit_story import Held

    text = "2020年，云启创投出售了镜湖数据10%的股权，持股比例降至3%。"
    sale = Sale("2020年，云启创投出售", "云启创投", "镜湖数据", date="2020年", stake="10%")
    # with its stake the holding is what the sale left; without one it is the holding sold (所持股份)
    kept = Held("2020年，云启创投出售", "云启创投", "镜湖数据", stake=left, date="2020年")
    store.save([rows("yunqi", text, [sale], held=(kept,))])
    p = portfolio(view.load(store), "云启创投")
    assert p.exits[0].full is full
    assert (held(p, "镜湖数据", "shareholding").exited is p.exits[0]) is full
    assert bool(p.exited(p.exits[0].company)) is full


def test_a_holding_stated_after_the_sale_keeps_the_company_held(store: Store) -> None:
    from tests.analyze.exit_story import Held

    text = "2020年，云启创投出售了镜湖科技的股权。2023年，云启创投仍持有镜湖科技的股份。"
    store.save([rows("yunqi", text, [Sale("2020年，云启创投出售", "云启创投", "镜湖科技", date="2020年")],
                     held=(Held("2023年，云启创投仍持有", "云启创投", "镜湖科技", date="2023年"),))])
    p = portfolio(view.load(store), "云启创投")
    assert not p.exits[0].full and p.exited_companies() == []
