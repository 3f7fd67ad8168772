"""English results news (round 35, jc): adjectives and trades written before names, per-share figures, lines of
products, segments, the company's guidance, a year-ago loss, a period carried from the sentence before, a quarter told
without its year (sentences written by the team, invented names)."""

from __future__ import annotations

from tests.extract.readers import figures


def _figures(text: str, ref: str = "2025-08-26") -> list[tuple[str, str, str, str | None, str | None]]:
    """tests.extract.readers.figures, on these tests' reference day unless one is given."""
    return figures(text, ref)


# --- English: adjectives and trades before a name, per-share figures

def test_an_operating_loss_and_diluted_earnings_open_sentences_with_no_name():
    text = ("Corlith Robotics reported a net loss of USD 4.1 million for the second quarter of 2016. "
            "Operating loss was almost unchanged at USD 3.2 million. "
            "Diluted earnings per share fell to $0.12 from $0.15.")
    found = _figures(text, "2016-08-16")
    assert ("Corlith Robotics", "net_loss", "asserted", "USD 4.1 million", "2016-Q2") in found
    assert ("Corlith Robotics", "operating_loss", "asserted", "USD 3.2 million", "2016-Q2") in found
    assert not [f for f in found if f[0] in ("Operating", "Diluted") or f[3] == "$0.12"]


def test_a_net_loss_with_its_loss_per_share_keeps_only_the_total():
    text = "Corlith Robotics said its net loss narrowed to $96.5m, or $0.18 diluted loss per share, in the second quarter."
    found = _figures(text, "2016-08-16")
    assert [f[3] for f in found] == ["$96.5m"]


def test_a_trade_written_before_a_name_is_no_part_of_it():
    found = _figures("Publisher Majvane has posted a net loss of $2 million for the fiscal year.", "2011-01-31")
    assert found and all(f[0] == "Majvane" for f in found)


def test_a_filings_company_is_the_company_written_about():
    text = ("Majvane reported its annual results on Monday. In the twelve months ended September 30, 2010, the Company's "
            "net revenues fell 18 percent to $61.2 million.")
    found = _figures(text, "2010-12-20")
    assert ("Majvane", "revenue", "asserted", "$61.2 million", "2009-10..2010-09") in found
    assert not [f for f in found if f[0] == "Company"]


# --- English: lines of products, segments, guidance, periods

def test_a_line_of_products_opening_a_sentence_is_no_company_revenue():
    text = ("Corlith Robotics reported third-quarter revenue of $9.04 billion, up 11 percent from a year earlier. "
            "Services revenue rose 14 percent to $2.42 billion. "
            "Hardware revenue rose 8 percent to $6.61 billion, with Halo sales climbing to $4.58 billion.")
    found = _figures(text, "2025-07-31")
    assert ("Corlith Robotics", "revenue", "asserted", "$9.04 billion", "2025-Q3") in found
    assert not [f for f in found if f[3] in ("$2.42 billion", "$6.61 billion", "$4.58 billion")]


def test_total_and_net_revenue_opening_a_sentence_are_the_companys():
    # near miss: the whole, not a line
    text = ("Corlith Robotics reported its third-quarter results. "
            "Corlith Robotics said total revenue rose 8 percent to $9.61 billion in the third quarter. "
            "Net revenue was $9.10 billion in the third quarter.")
    found = _figures(text, "2025-07-31")
    assert ("Corlith Robotics", "revenue", "asserted", "$9.61 billion", "2025-Q3") in found
    assert ("Corlith Robotics", "revenue", "asserted", "$9.10 billion", "2025-Q3") in found


def test_a_segments_loss_is_not_the_companys():
    text = ("Velbro Media posted a net loss of US$8.8 million in the second quarter. "
            "But Velbro booked a net loss of US$10.2 million in this segment, it said.")
    found = _figures(text, "2010-08-31")
    assert ("Velbro Media", "net_loss", "asserted", "US$8.8 million", "2010-Q2") in found
    assert not [f for f in found if f[3] == "US$10.2 million"]


def test_a_companys_expected_revenue_is_guidance():
    text = "In its outlook, Corlith expects its revenue to reach $1.20bn in the third quarter."
    found = _figures(text, "2021-07-23")
    assert [f[1:3] for f in found] == [("revenue", "expected")]


def test_a_verb_of_seeing_far_from_the_figure_is_no_guidance():
    # near miss: "sees" opens another clause, the revenue is reported
    found = _figures("Corlith sees strong demand; revenue was $982m in the second quarter.", "2021-07-23")
    assert ("Corlith", "revenue", "asserted", "$982m", "2021-Q2") in found


def test_a_loss_in_the_same_period_a_year_ago_is_the_year_befores():
    text = "Corlith cut its net loss by 40% to $141 million in the second quarter, from a $254m loss in the year-ago quarter."
    found = _figures(text, "2021-07-23")
    assert ("Corlith", "net_loss", "asserted", "$141 million", "2021-Q2") in found
    assert ("Corlith", "net_loss", "asserted", "$254m", "2020-Q2") in found


def test_a_sentence_with_no_date_goes_on_with_the_period_before():
    text = ("Corlith Robotics reported third-quarter revenue of $9.04 billion.\n"
            "Net income rose to $2.43 billion from $2.14 billion a year earlier.")
    found = _figures(text, "2025-07-31")
    assert ("Corlith Robotics", "net_profit", "asserted", "$2.43 billion", "2025-Q3") in found
    assert ("Corlith Robotics", "net_profit", "asserted", "$2.14 billion", "2024-Q3") in found


def test_no_period_is_carried_from_a_forecast():
    # near miss: the sentence before states guidance, not a reported period
    text = ("Corlith expects its revenue to reach $1.20bn in the third quarter. "
            "Corlith posted revenue of $982m.")
    found = _figures(text, "2021-07-23")
    assert ("Corlith", "revenue", "asserted", "$982m", None) in found


def test_a_quarter_told_without_its_year_before_it_began_is_the_last_one():
    text = "Majvane said its fourth quarter brought a net loss of $1.5 million."
    assert ("Majvane", "net_loss", "asserted", "$1.5 million", "2010-Q4") in _figures(text, "2011-01-31")


def test_a_quarter_already_under_way_keeps_its_year():
    # near miss: told in November, the third quarter of the same year has begun
    text = "Majvane said its third quarter brought a net loss of $1.5 million."
    assert ("Majvane", "net_loss", "asserted", "$1.5 million", "2010-Q3") in _figures(text, "2010-11-05")


def test_a_comparisons_date_is_not_the_figures_period():
    text = ("Corlith Robotics reported a net loss of USD 4.1 million for the second quarter of 2016. "
            "Its operating loss was USD 3.2 million, against USD 3.6 million in the second quarter of 2015.")
    found = _figures(text, "2016-08-16")
    assert not [f for f in found if f[3] == "USD 3.2 million" and f[4] == "2015-Q2"]
