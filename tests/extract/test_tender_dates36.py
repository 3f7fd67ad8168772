"""The day of a tender won: a year opening the project's name dates no award; the day the notice of award was
received, or the day of the report telling it, does (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import one


def _day(text: str) -> str | None:
    fact = one(text, "purchase")
    return fact.date.text if fact.date is not None else None


def test_the_year_opening_the_projects_name_is_no_award_date_the_notice_received_is():
    text = "澄星科技于2023年1月9日收到青禾地产有限公司签发的中标通知书，确定公司为2023-2024年度青禾地产直营项目的中标人。"
    assert _day(text) == "2023年1月9日"


def test_the_day_a_notice_was_received_dates_the_award_told_after_it():
    text = "2021年3月5日，岚州幕墙收到青禾置业股份有限公司发出的《中标通知书》，确定公司为青禾华府项目门窗工程的中标人。"
    assert _day(text) == "2021年3月5日"
    text = "岚州装备公告，公司于2024年8月12日收到青禾汽车有限公司的中标通知书，确认公司为“总装输送线”项目的中标单位。"
    assert _day(text) == "2024年8月12日"


def test_a_project_year_yields_to_the_day_of_the_report():
    text = "岚州水利（002961）7月26日晚间公告，公司确定为2024年度青禾市土地整治项目EPC总承包的中标单位，中标价为1亿元。"
    assert _day(text) == "7月26日晚"
    text = "岚州电子（300912）7月4日晚间公告，公司中标青禾银行2024年清分机采购项目。"
    assert _day(text) == "7月4日晚"


def test_a_year_told_before_the_winner_still_dates_the_award():
    assert _day("2023年，岚州电子成为青禾电网变电项目的中标单位。") == "2023年"
    assert _day("岚州电子于2023年成为青禾电网变电项目的中标单位。") == "2023年"
