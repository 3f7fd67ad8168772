"""Round 15a: company profiles, founders, holders, listings and results of AI and chip companies as the press writes
them (sentences written by the team)."""
from dealgraph.extract.pipeline import extract
from dealgraph.values.money import find_money


def _facts(text: str, ref: str = "2025-06-10", kind: str | None = None):
    return [f for f in extract("t", text, ref).facts if kind is None or f.type == kind]


def _roles(f, role: str) -> list[str]:
    return [m.text for m in f.roles.get(role, [])]


def _money(text: str) -> list[tuple[str, float, float | None]]:
    return [(m.text, m.value, m.max) for _, _, m in find_money(text)]


# ------------------------------------------------------------------ figures
def test_a_year_then_an_amount_is_no_range():
    assert _money("sales went from 80 million yuan in 2021 to 140 million yuan") == [
        ("80 million yuan", 80e6, None), ("140 million yuan", 140e6, None)]


def test_from_one_amount_to_another_is_two_figures():
    assert _money("its loss narrowed from $61 million to $18 million") == [
        ("$61 million", 61e6, None), ("$18 million", 18e6, None)]
    # the first end borrows the second's scale and currency
    assert _money("turnover climbed from 2.5 to 4 billion yuan") == [("2.5", 2.5e9, None), ("4 billion yuan", 4e9, None)]


def test_a_range_without_from_stays_a_range():
    assert _money("it hopes to raise 30 to 50 million dollars") == [("30 to 50 million dollars", 40e6, 50e6)]


def test_revenue_from_a_year_to_a_year_gives_both_figures():
    fs = _facts("Tarnwell Semiconductor said its revenue rose from 210 million yuan in 2022 to 505 million yuan in "
                "2024.", kind="financial")
    got = sorted((f.qualifiers["value"].value.value, f.qualifiers["period"].value.value) for f in fs)
    assert got == [(210e6, "2022"), (505e6, "2024")]


def test_revenue_with_years_in_brackets():
    fs = _facts("Tarnwell's revenue grew from 61.5 million yuan (2023) to 388 million yuan (2025).", kind="financial")
    got = sorted((f.qualifiers["value"].value.value, f.qualifiers["period"].value.value) for f in fs)
    assert got == [(61.5e6, "2023"), (388e6, "2025")]


# ------------------------------------------------------------------ founders and people
def _founding(text: str) -> list[tuple[list[str], list[str]]]:
    return [(_roles(f, "founder"), _roles(f, "company")) for f in _facts(text, kind="founding")]


def test_two_appositions_in_a_row_keep_the_subject():
    text = "Pellmoor, a memory chip designer, founded by Gu Ranfeng in 2017, has filed for an IPO in Shanghai."
    [listing] = _facts(text, kind="listing")
    assert _roles(listing, "company") == ["Pellmoor"] and listing.qualifiers["stage"] == "filed"
    assert listing.date is None  # 2017 is the founding's year, not the filing's
    assert _founding(text) == [(["Gu Ranfeng"], ["Pellmoor"])]


def test_founders_with_asides_between_dashes_or_commas():
    assert _founding("Brindle Vision was founded by Ines Varga — a former Siemens engineer — and Olaf Brand.") == [
        (["Ines Varga", "Olaf Brand"], ["Brindle Vision"])]
    assert _founding("Brindle Vision was founded by Ines Varga, a former Siemens engineer, and Olaf Brand.") == [
        (["Ines Varga", "Olaf Brand"], ["Brindle Vision"])]


def test_chinese_names_in_pinyin_are_people():
    fs = _facts("Ding Haoran owns 40% of Corlith Semiconductor.", kind="shareholding")
    assert [(m.text, m.kind) for m in fs[0].roles["holder"]] == [("Ding Haoran", "person")]
    fs = _facts("Yiming Tao owns 12% of Corlith Semiconductor.", kind="shareholding")
    assert [m.kind for m in fs[0].roles["holder"]] == ["person"]


def test_a_chinese_family_name_alone_is_the_person_named_before():
    fs = _facts("Zhao Lintao set up Corlith Semiconductor in 2018. Zhao holds 30% of the company.", kind="shareholding")
    assert [(m.text, m.key) for m in fs[0].roles["holder"]] == [("Zhao", "person:Zhao Lintao")]


def test_two_founders_own_their_stakes_respectively():
    fs = _facts("The founders of Corlith, Kong Yuxi and Bai Ruoming, own 35.1 percent and 20.4 percent of the "
                "company.", kind="shareholding")
    assert sorted((_roles(f, "holder")[0], f.stake.text) for f in fs) == [
        ("Bai Ruoming", "20.4 percent"), ("Kong Yuxi", "35.1 percent")]


def test_titles_and_connectives_are_no_part_of_a_founders_name():
    assert _founding("Tarnwell was founded by former Qualcomm staff, including Chairman Hu Zhenyu.") == [
        (["Hu Zhenyu"], ["Tarnwell"])]
    assert _founding("Moreover, Ines Varga and Olaf Brand founded Brindle Vision in 2020.") == [
        (["Ines Varga", "Olaf Brand"], ["Brindle Vision"])]


def test_a_persons_titles_naming_the_company_stand_with_the_subject():
    [f] = _facts("Gu Ranfeng, chief executive of Pellmoor, is the company's largest shareholder with a 24% stake.",
                 kind="shareholding")
    assert _roles(f, "holder") == ["Gu Ranfeng"] and f.stake.text == "24%"
    [f] = _facts("Gu Ranfeng, Pellmoor's founder, chairman, and managing director is the single largest shareholder, "
                 "with a 19.5 percent stake.", kind="shareholding")
    assert _roles(f, "holder") == ["Gu Ranfeng"] and _roles(f, "company") == ["Pellmoor"]
    assert f.stake.text == "19.5 percent" and f.qualifiers["rank"] == "largest"
    [f] = _facts("Gu Ranfeng, Pellmoor's founder and chairman, holds 31% of the company.", kind="shareholding")
    assert _roles(f, "holder") == ["Gu Ranfeng"] and f.stake.text == "31%"


def test_a_company_described_then_founded_in_a_year_by_a_former_executive():
    [f] = _facts("Velmora Compute is a Chinese GPU designer founded in May 2021 by former Intel executive Lu "
                 "Qingshan.", kind="founding")
    assert _roles(f, "founder") == ["Lu Qingshan"] and _roles(f, "company") == ["Velmora Compute"]
    assert f.date.value.value == "2021-05"


def test_founded_by_a_group_then_its_members_after_a_comma():
    assert _founding("Ostrel Chips is a Texas-based startup founded last year by three ex-Intel and ex-Arm chip "
                     "architects, Ines Varga, Olaf Brand, and Nora Quist.") == [
        (["Ines Varga", "Olaf Brand", "Nora Quist"], ["Ostrel Chips"])]


def test_fronted_founding_with_the_founders_title():
    assert _founding("Founded in late 2020 by former Alibaba executive Wen Shuyao, Hangzhou-based Pellmoor AI makes "
                     "speech models.") == [(["Wen Shuyao"], ["Pellmoor AI"])]


def test_cofounded_with_people_named_with_their_titles():
    [f] = _facts("Wen Shuyao co-founded Pellmoor AI in 2016 with ex-Huawei chief chip architect Lei Boren and "
                 "research director Qiao Minxin.", kind="founding")
    assert _roles(f, "founder") == ["Wen Shuyao", "Lei Boren", "Qiao Minxin"]


def test_founds_a_startup_named_in_quotes():
    assert _founding("Ines Varga, former CTO of Brindle, founds robotics startup ‘Harlow Dynamics’") == [
        (["Ines Varga"], ["Harlow Dynamics"])]


def test_the_person_before_an_apposed_cofounder_title_founded_it():
    assert _founding("Olaf Brand, an Ostrel co-founder, Nora Quist, who led sales at Ostrel, and Ines Varga spoke.") == [
        (["Olaf Brand"], ["Ostrel"])]


# ------------------------------------------------------------------ holders
def test_a_holder_with_a_means_in_an_apposition():
    [f] = _facts("Harlow Capital, through its private equity unit, owns 3.4 per cent of Corlith.", kind="shareholding")
    assert _roles(f, "holder") == ["Harlow Capital"] and _roles(f, "company") == ["Corlith"]
    assert f.stake.text == "3.4 per cent"


def test_a_disclosed_stake_is_a_holding():
    [f] = _facts("Harlow Capital, a pension fund, also disclosed in June a 2.6 per cent stake in Corlith.",
                 kind="shareholding")
    assert _roles(f, "holder") == ["Harlow Capital"] and _roles(f, "company") == ["Corlith"]
    assert f.stake.text == "2.6 per cent" and f.modality == "asserted"


def test_a_stake_of_a_size_in_a_company_held_in_a_relative_clause():
    [f] = _facts("Veltrix Systems, which now holds an indirect stake of 64% in Corlith, said it backed the plan.",
                 kind="shareholding")
    assert _roles(f, "holder") == ["Veltrix Systems"] and f.stake.text == "64%"


def test_investors_reportedly_include_a_kind_then_names():
    fs = _facts("Corlith makes lidar chips. Its backers reportedly include several state funds and private firms "
                "such as Harlow Capital and Aldon Ventures.", kind="shareholding")
    assert sorted(_roles(f, "holder")[0] for f in fs) == ["Aldon Ventures", "Harlow Capital"]
    assert {f.modality for f in fs} == {"reported"}


# ------------------------------------------------------------------ listings
def _listing(text: str):
    return [(_roles(f, "company"), f.qualifiers["stage"], f.modality) for f in _facts(text, kind="listing")]


def test_completed_an_ipo_with_a_word_on_it():
    assert _listing("Corlith Micro recently completed a record-breaking initial public offering in Shenzhen.") == [
        (["Corlith Micro"], "listed", "asserted")]


def test_approval_with_a_word_on_it_and_a_board_named():
    assert _listing("Corlith Micro has won swift approval for a STAR Market initial public offering.") == [
        (["Corlith Micro"], "approved", "asserted")]


def test_exchange_cleared_the_ipo_of_a_company():
    assert _listing("The listing committee cleared the IPO of Corlith Micro on Friday.") == [
        (["Corlith Micro"], "approved", "asserted")]


def test_withdrawn_application_for_an_ipo_of_a_size():
    assert _listing("Corlith Micro has withdrawn its application for a CNY4 billion (USD560 million) initial "
                    "public offering.") == [(["Corlith Micro"], "terminated", "asserted")]


def test_submitted_a_filing_for_an_ipo():
    assert _listing("Corlith Micro submitted its filing for a Shenzhen initial public offering.") == [
        (["Corlith Micro"], "filed", "asserted")]


def test_kicked_off_tutoring():
    assert _listing("Corlith Micro has kicked off the “tutoring” process with a broker ahead of a planned IPO.") == [
        (["Corlith Micro"], "tutoring", "asserted")]


def test_likely_to_postpone_its_ipo():
    assert _listing("Corlith Micro is likely to postpone its IPO, two people said.") == [
        (["Corlith Micro"], "suspended", "expected")]


def test_debut_by_a_company():
    [f] = _facts("The index rose after a 9% climb in Tuesday's debut by Corlith Micro (6939.HK).", kind="listing")
    assert _roles(f, "company") == ["Corlith Micro"] and f.qualifiers["stage"] == "listed"
    assert f.qualifiers["ticker"] == "6939.HK" and f.date.text == "Tuesday"


def test_an_aim_told_in_the_past_is_no_listing_made():
    assert _listing("Corlith Micro had aimed to raise 1.5 billion yuan through its IPO.") == [
        (["Corlith Micro"], "planned", "planned")]


def test_a_debut_after_before_in_the_present_is_to_come():
    assert _listing("Pellmoor AI shares rose on Monday, a day before rival Corlith Micro also makes its market "
                    "debut.")[-1] == (["Corlith Micro"], "listed", "expected")


def test_a_place_in_brackets_before_a_legal_form_is_part_of_the_name():
    assert _founding("Corlith Technology (Suzhou) Co. Ltd. is a chip designer founded in 2019 by Dong Yuhan.") == [
        (["Dong Yuhan"], ["Corlith Technology"])]


def test_a_name_before_a_hong_kong_code_is_read_whole():
    [f] = _facts("The index rose after a 9% climb in Tuesday's debut by Corlith Micro (9687.HK).", kind="listing")
    assert _roles(f, "company") == ["Corlith Micro"] and f.qualifiers["ticker"] == "9687.HK"


def test_the_first_day_of_trade_of_the_subject():
    [f] = _facts("Corlith Group (9687.HK) climbed 41% during its first day of trading in Hong Kong on Friday.",
                 kind="listing")
    assert _roles(f, "company") == ["Corlith Group"] and f.qualifiers["stage"] == "listed"
    assert f.qualifiers["exchange"] == "HKEX" and f.date.text == "Friday"
    assert _listing("Corlith ended its first trading day up 5%.") == [(["Corlith"], "listed", "asserted")]


def test_been_approved_to_list_is_an_approved_listing():
    fs = _facts("Corlith Labs priced its shares at $21. The company has been approved to list its class A shares on "
                "the Nasdaq under the symbol CRLT.", kind="listing")
    assert fs[-1].qualifiers["stage"] == "approved" and fs[-1].qualifiers["ticker"] == "CRLT"


def test_cofounders_namely_two_people():
    assert _founding("Corlith is controlled by its founders because its co-founders, namely, Mr. Dong Yuhan and "
                     "Mr. Lu Qingshan, hold all class B shares.")[-1][0] == ["Dong Yuhan", "Lu Qingshan"]


# ------------------------------------------------------------------ more figures and listings
def test_amounts_listed_with_one_currency_share_it():
    assert [(t, c) for _, _, m in find_money("sales of 512 million, 688 million and 905 million yuan")
            for t, c in [(m.text, m.currency)]] == [
        ("512 million", "CNY"), ("688 million", "CNY"), ("905 million yuan", "CNY")]
    assert [m.currency for _, _, m in find_money("losses of HK$212 million, 198 million and 171 million")] == [
        "HKD", "HKD", "HKD"]
    assert [m.text for _, _, m in find_money("it has 90 million users and $4 million in cash")] == ["$4 million"]


def test_three_figures_one_currency_three_periods():
    fs = _facts("Corlith's revenue was 512 million, 688 million and 905 million yuan in 2022, 2023 and 2024, "
                "respectively.", kind="financial")
    got = sorted((f.qualifiers["period"].value.value, f.qualifiers["value"].value.value) for f in fs)
    assert got == [("2022", 512e6), ("2023", 688e6), ("2024", 905e6)]


def test_becoming_a_joint_stock_company_is_the_shareholding_reform():
    assert _listing("Corlith Micro has become a joint-stock company, paving the way for its IPO.") == [
        (["Corlith Micro"], "shareholding_reform", "asserted")]


def test_so_far_this_year_is_no_date_of_the_debut():
    [f] = _facts("Last Thursday, Corlith Micro debuted in Hong Kong after raising HK$3 billion in the city's "
                 "biggest IPO so far this year.", kind="listing")
    assert f.date.text == "Thursday"


def test_an_apposed_holder_of_a_lower_rank_with_its_stake_after_a_comma():
    [f] = _facts("Corlith has seven backers. They include Harlow Capital, Corlith's fifth-largest shareholder, with a "
                 "4.2 percent stake, and Aldon Ventures.", kind="shareholding")
    assert _roles(f, "holder") == ["Harlow Capital"] and _roles(f, "company") == ["Corlith"]
    assert f.stake.text == "4.2 percent"


def test_a_product_lines_revenue_is_no_figure_of_the_company():
    fs = _facts("Corlith's data center revenue rose to $3 billion in the quarter, while total revenue was $4.2 billion.",
                kind="financial")
    assert [f.qualifiers["value"].value.value for f in fs] == [4.2e9]
    assert _facts("Corlith moved to GPU systems, with AI cluster revenue reaching 150 million yuan in 2024.",
                  kind="financial") == []
