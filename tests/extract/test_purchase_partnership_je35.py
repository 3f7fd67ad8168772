"""Round 35 (wt-je): purchases and partnerships as real deal news tells them. A partnership read from
a deal that the same sentence (or the document, for a supply deal) tells as a purchase is the purchase only; a city
in capitals opening a story with a colon is no company. Sentences written by the team; the companies are invented."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract
from tests.extract.readers import facts, names, one


# ---- a purchase is not a partnership


def test_a_deal_to_provide_chips_is_a_purchase_only():
    text = "In March, Veltrix struck a similar deal with Quillfeather to provide chips and a financial stake."
    f = one(text, "purchase")
    assert names(f, "buyer") == ["Quillfeather"] and names(f, "supplier") == ["Veltrix"]
    assert facts(text, "partnership") == []


def test_a_supply_deal_headline_yields_to_the_body():
    text = ("Halden Semiconductor signs chip supply deal with Orvane Motors\n"
            "Halden Semiconductor has signed a deal to supply chips to Orvane Motors, two people said on Monday.")
    f = one(text, "purchase")
    assert names(f, "buyer") == ["Orvane Motors"] and names(f, "supplier") == ["Halden Semiconductor"]
    assert facts(text, "partnership") == []


def test_a_short_name_in_the_headline_is_the_same_company():
    text = ("Halden signs chip supply deal with Orvane Motors\n"
            "Halden Semiconductor has signed a deal to supply chips to Orvane Motors, two people said on Monday.")
    assert facts(text, "partnership") == [] and len(facts(text, "purchase")) == 1


def test_a_partnership_headline_with_no_supply_words_stays():
    # near miss: the headline's deal is not told as a supply deal, and the purchase is another sentence's
    text = ("Halden signs strategic partnership with Orvane Motors\n"
            "Halden Semiconductor has signed a deal to supply chips to Orvane Motors, two people said on Monday.")
    f = one(text, "partnership")
    assert sorted(m.text for m in f.roles["party"]) == ["Halden", "Orvane Motors"]


def test_a_partnership_with_another_company_stays():
    # near miss: the purchase is between other parties
    text = ("Halden Semiconductor signs chip supply deal with Orvane Motors\n"
            "Kestrel Cloud has signed a deal to supply chips to Orvane Motors, two people said on Monday.")
    assert len(facts(text, "partnership")) == 1


def test_a_compute_partnership_beside_a_purchase_stays():
    # near miss: "compute contracts with" is both a partnership and a purchase
    text = "Pelagic AI has also signed large compute contracts with Tamsin Cloud and others."
    assert len(facts(text, "partnership")) == 1 and len(facts(text, "purchase")) == 1


def test_a_joint_venture_beside_a_purchase_stays():
    # near miss: a joint venture is no strategic partnership
    text = ("澄川科技与青禾电子共同设立合资公司岚山智算，双方各持股50%。"
            "青禾电子将向澄川科技采购服务器，合同金额为2亿元。")
    assert any(f.qualifiers.get("kind") == "joint_venture" for f in facts(text, "partnership"))


# ---- a dateline is no company


def test_a_city_and_a_colon_open_the_story():
    text = ("OSLO: Northwind Robotics told reporters on Friday it would buy several billion dollars of servers from "
            "Veltrix Semiconductor.")
    f = one(text, "purchase")
    assert names(f, "buyer") == ["Northwind Robotics"] and names(f, "supplier") == ["Veltrix Semiconductor"]
    assert not any(m.text == "OSLO" for m in extract("t", text, "2025-06-30").mentions)


def test_a_known_company_in_capitals_before_a_colon_stays_a_company():
    # near miss: the lexicon knows the capitals as a company
    text = "NVIDIA: the chipmaker said Northwind Robotics would purchase servers from it."
    assert any(m.text == "NVIDIA" for m in extract("t", text, "2025-06-30").mentions)


def test_a_deal_called_a_cooperation_stays_a_partnership_beside_its_purchase():
    # near miss: the sentence names the cooperation; the deployment in it is a purchase too
    text = "此外，澄川云与华为于去年签署合作协议，在其贵州数据中心部署昇腾算力集群。"
    assert len(facts(text, "partnership")) == 1 and len(facts(text, "purchase")) == 1


def test_a_deal_with_partner_words_in_english_stays():
    # near miss: "partnership" written in the deal's own words
    text = "In March, Veltrix struck a partnership deal with Quillfeather to provide chips."
    assert len(facts(text, "partnership")) == 1


# ---- a supplier chosen is a supplier, not a partner


def test_selected_as_its_chip_supplier():
    f = one("Kestrel Motors selected Northwind Robotics as its chip supplier.", "purchase")
    assert names(f, "buyer") == ["Kestrel Motors"] and names(f, "supplier") == ["Northwind Robotics"]
    assert facts("Kestrel Motors selected Northwind Robotics as its chip supplier.", "partnership") == []


def test_named_as_its_partner_stays_a_partnership():
    # near miss: a partner named, no supplier
    assert len(facts("Kestrel Motors named Northwind Robotics as its strategic partner.", "partnership")) == 1
    assert facts("Kestrel Motors named Northwind Robotics as its strategic partner.", "purchase") == []


# ---- partners: 宣布建立战略合作伙伴关系, "will jointly develop"


def test_announced_strategic_partner_ties():
    f = one("澄川科技与青禾电子宣布建立战略合作伙伴关系。", "partnership")
    assert names(f, "party") == ["澄川科技", "青禾电子"]


def test_announced_end_of_ties_is_no_partnership():
    # near miss: ties ended
    assert facts("澄川科技与青禾电子宣布终止战略合作伙伴关系。", "partnership") == []


def test_two_companies_will_jointly_develop():
    f = one("Northwind Robotics and Kestrel Motors will jointly develop humanoid robots.", "partnership")
    assert names(f, "party") == ["Northwind Robotics", "Kestrel Motors"] and f.modality == "planned"


def test_co_develop_with_a_company():
    f = one("Northwind Robotics will co-develop a new inference chip with Kestrel Motors.", "partnership")
    assert names(f, "party") == ["Northwind Robotics", "Kestrel Motors"]


def test_jointly_owned_is_no_partnership():
    # near miss: a holding
    assert facts("The plant is jointly owned by Northwind Robotics and Kestrel Motors.", "partnership") == []


def test_jointly_developed_with_people_is_no_partnership():
    # near miss: no company after "with"
    assert facts("Northwind Robotics jointly developed the robot with researchers at Stanford.", "partnership") == []
