"""Round 25 (lead): names cut by 遭 and by a quarter, managers named …投资管理公司, and a seller's run of sales
dated by its period. Sentences written for this file, with invented companies."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def run(text: str, ref: str = "2025-11-20"):
    return extract("t", text, ref)


def names(text: str) -> list[str]:
    return [m.text for m in run(text).mentions if m.kind == "organization"]


def sellers(text: str) -> list[tuple[str, list[str], str | None]]:
    out = []
    for f in run(text).facts:
        if f.type == "acquisition" and f.roles.get("seller"):
            out.append(([m.text for m in f.roles["target"]], [m.text for m in f.roles["seller"]],
                        f.date.value.text if f.date else None))
    return out


# ---- 遭 / 遭到 / 遭遇 and a quarter before a name are not part of it ----

def test_a_passive_zao_ends_the_name_before_it():
    assert names("青禾电子遭澄川资本减持300万股。") == ["青禾电子", "澄川资本"]
    assert sellers("青禾电子遭澄川资本减持300万股。") == [(["青禾电子"], ["澄川资本"], None)]
    assert "青禾电子" in names("上周青禾电子遭到北辰资管大幅卖出。")


def test_a_quarter_before_a_name_is_not_part_of_it():
    assert names("三季度青禾电子营收增长20%。") == ["青禾电子"]
    assert names("第二季度北辰投资新进了青禾电子。") == ["北辰投资", "青禾电子"]


def test_a_quarter_inside_a_word_is_left_alone():
    # near miss: no name here at all, and 季度 alone never becomes one
    assert names("本季度营收增长20%。") == []


# ---- managers named without 有限: 投资管理公司 / 资产管理公司 / 基金管理公司 ----

def test_a_manager_name_ending_in_guanli_gongsi_is_whole():
    assert "北辰投资管理公司" in names("岚山资本和北辰投资管理公司对青禾电子分别减持80万股。")
    assert names("中国澄川资产管理公司是青禾电子的第二大股东。")[0] == "中国澄川资产管理公司"


def test_a_bare_kind_of_manager_is_no_name():
    assert names("一家资产管理公司入股了青禾电子。") == ["青禾电子"]
    assert names("该基金管理公司持有青禾电子5%股份。") == ["青禾电子"]


# ---- a seller's run of sales over a stated period is dated by the period ----

def test_a_sell_down_over_a_stated_period_takes_the_period():
    found = sellers("澄川投资在2025年1月2日至2025年3月30日期间减持青禾电子120万股。")
    assert found == [(["青禾电子"], ["澄川投资"], "2025年1月2日至2025年3月30日")]
    found = sellers("青禾电子11月6日晚间公告，公司高级管理人员王立新、赵海在2025年1月2日至6月30日期间以集中竞价"
                    "方式减持公司股份合计12万股。")
    assert found and found[0][2] == "2025年1月2日至6月30日"


def test_a_run_of_buying_over_days_stays_undated():
    # near miss: the same period before a purchase of shares dates no investment
    facts = [f for f in run("澄川资本在8月3日至10月20日期间增持青禾电子1.2%股份。").facts if f.type == "investment"]
    assert facts and facts[0].date is None


def test_a_span_not_told_as_the_period_still_dates_no_sale():
    found = sellers("澄川投资于2025年1月2日至3月30日通过大宗交易减持青禾电子120万股。")
    assert found and found[0][2] is None


def test_a_short_manager_name_ending_in_ziguan():
    assert names("北辰资管持有青禾电子5%股份。") == ["北辰资管", "青禾电子"]
    # near miss: a kind of business, not a name
    assert names("券商资管规模今年下降。") == []


# ---- A在B的持股比例由x%降至y%: A holds B (not B holds A) ----

def holdings(text: str) -> list[tuple[list[str], list[str], str | None]]:
    return [([m.text for m in f.roles["holder"]], [m.text for m in f.roles["company"]], f.stake.text if f.stake else None)
            for f in run(text).facts if f.type == "shareholding"]


def test_a_holding_told_with_zai_keeps_holder_and_company_apart():
    assert holdings("澄川资本在青禾电子的持股比例由12%降至9.5%。") == [(["澄川资本"], ["青禾电子"], "9.5%")]
    assert holdings("本次减持完成后，北辰投资在青禾电子的持股比例降至4.99%。") == [(["北辰投资"], ["青禾电子"], "4.99%")]


def test_a_change_written_with_dao_takes_the_stake_after_it():
    assert holdings("王立新在青禾电子的持股比例由38.2%下降到30.1%。") == [(["王立新"], ["青禾电子"], "30.1%")]
    assert holdings("澄川资本对青禾电子的持股比例由5%提升到8%。") == [(["澄川资本"], ["青禾电子"], "8%")]


def test_a_ratio_that_only_moved_by_an_amount_states_no_stake():
    # near miss: 下降了2个百分点 leaves no stake after it
    assert holdings("澄川资本在青禾电子的持股比例下降了2个百分点。") == []
