"""Chinese names that ordinary words, verbs or shorter known names hid or glued onto (round 33): a dictionary pronoun
or adverb (如家, 自如) or place word (锦江) standing as an item of a list of firms closed by 等 and their kind; a platform
business the lexicon files as a product (美团外卖, 钉钉) as a party where the clause makes it one; a fund's name after a
joiner that follows another fund's ending (…基金和澄富投资基金); the holder's own shares (所持股份) as no company; a known
name and a line of business outside its sector (海尔生物); and stretches glued before or after a name in real deal
news: a reporter's byline name, 前一交易日, a verb at a legal ending (成为|集团), a preposition after a verb (同意|向…),
a party and what it must pay (买方需支付), 手中, a rank and ordinary words before a kind of firm (国内领先硬科技PE), and
the bare 公司 that partners or is held. Near misses for each. Company names are invented except where the construction
needs a word of the dictionary or a known name (如家, 自如, 锦江, 华住, 美团外卖, 钉钉, 抖音, 海尔, 上汽, 赛力斯 in sentences of
our own)."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract

from .readers import REF


def orgs(text: str) -> list[str]:
    return [m.text for m in extract("t", text, REF).mentions if m.kind in ("organization", "candidate")]


def test_a_pronoun_word_inside_a_list_of_firms_closed_by_their_kind():
    assert "如家" in orgs("澄川软件的签约客户有北辰酒店、华住和如家等连锁酒店集团。")
    assert "华住和如家等连锁酒店集团" not in orgs("澄川软件的签约客户有北辰酒店、华住和如家等连锁酒店集团。")
    assert "如家" in orgs("澄川软件的客户包括如家、华住和岚山旅业等酒店集团。")
    assert "自如" in orgs("青禾物业为华住、岚山租房及自如等品牌提供软件。")


def test_a_place_word_closing_a_list_of_firms():
    assert "锦江" in orgs("澄川软件的客户包括华住、岚山旅业和锦江等酒店集团。")


def test_no_name_from_a_real_pronoun_or_a_list_without_a_kind_of_firm():
    assert "自己" not in orgs("青禾物业为华住、岚山租房和自己等品牌提供软件。")
    assert "其他" not in orgs("澄川软件的客户包括其他、华住和岚山旅业等酒店集团。")
    assert "如家" not in orgs("澄川软件的客户包括华住、岚山旅业和如家。")  # no 等 and kind: no list of firms
    assert "上海" not in orgs("澄川软件在华住酒店、杭州和上海等城市设有分公司。")


def parties(text: str, ftype: str) -> list[list[str]]:
    return [[m.text for ms in f.roles.values() for m in ms] for f in extract("t", text, REF).facts if f.type == ftype]


def test_a_platform_business_filed_as_a_product_is_a_party_where_the_clause_makes_it_one():
    assert parties("澄川餐饮宣布与美团外卖达成战略合作。", "partnership") == [["澄川餐饮", "美团外卖"]]
    assert parties("钉钉与青禾软件签署战略合作协议。", "partnership") == [["钉钉", "青禾软件"]]
    assert parties("澄川餐饮已与美团外卖、饿了么等平台达成合作。", "partnership") == \
        [["澄川餐饮", "美团外卖", "饿了么"]]


def test_a_platform_where_goods_are_sold_or_a_noun_after_it_is_no_party():
    assert parties("澄川餐饮的新品已在美团外卖上线。", "partnership") == []
    assert parties("澄川餐饮与抖音达人合作推广新品。", "partnership") == []
    assert parties("青禾软件与通义千问达成合作。", "partnership") == []  # a model, no platform business


def test_a_known_name_and_a_round_verb_after_its_investing_word_is_the_arm():
    f = [f for f in extract("t", "青禾电子完成B轮融资，由澄川资本领投，上汽投资参投。", REF).facts if f.type == "investment"]
    assert [m.text for m in f[0].roles["investor"]] == ["澄川资本", "上汽投资"]
    f = [f for f in extract("t", "青禾电子完成A轮融资，上汽投资联合领投。", REF).facts if f.type == "investment"]
    assert [m.text for m in f[0].roles["investor"]] == ["上汽投资"]
    f = [f for f in extract("t", "上汽投资了青禾电子。", REF).facts if f.type == "investment"]  # 投资, the verb
    assert [m.text for m in f[0].roles["investor"]] == ["上汽"]


def test_a_fund_named_after_a_joiner_that_follows_another_funds_name():
    assert orgs("此次融资由澄川科学城基金和澄富投资基金联合领投。") == ["澄川科学城基金", "澄富投资基金"]
    assert orgs("青禾电子完成A轮融资，由岚山产业基金和澄富联合领投。")[1:] == ["岚山产业基金", "澄富"]
    assert "平路支行" not in orgs("款项存入中国澄川银行和平路支行。")  # 和平, a word: no joiner


def test_the_holders_own_shares_are_no_company():
    text = "青禾电子控股股东澄川集团将其所持股份对应的表决权全部委托给岚山投资行使。"
    assert "所持股份" not in orgs(text)
    assert "岚山投资" in orgs(text)
    assert "持有股份" not in orgs("澄川集团拟将其持有股份的表决权委托给岚山投资。")
    assert "澄川股份" in orgs("岚山投资所持澄川股份的表决权已委托给青禾集团。")


def test_a_known_name_and_a_trade_outside_its_sector_names_another_company():
    assert orgs("海尔生物宣布以1亿元收购青禾电子。") == ["海尔生物", "青禾电子"]
    assert orgs("赛力斯汽车宣布以1亿元收购青禾电子。") == ["赛力斯", "青禾电子"]  # a carmaker's own trade
    assert orgs("海尔智能家居系统由青禾电子提供。") == ["海尔", "青禾电子"]  # the name runs on: a product line


def test_a_reporters_byline_name_glued_before_a_name_the_document_gives_again():
    text = "北辰财经讯记者 王子元澄川生物公告，公司拟购买岚山资产持有的青禾生物18%股权。交易完成后，澄川生物成为青禾生物第一大股东。"
    assert "王子元澄川生物" not in orgs(text)
    assert orgs(text)[0] == "澄川生物"
    assert "王磊岚山投资" in orgs("北辰财经记者 王磊岚山投资宣布，其已收购青禾生物。")  # no second mention: kept as read


def test_a_trading_day_before_a_name_and_a_party_that_must_pay_are_no_names():
    assert orgs("折合每股20元，相比前一交易日青禾生物股价18元的溢价率为11%。") == ["青禾生物"]
    assert "买方需支付" not in orgs("扣除现金后，买方需支付的净额约为5亿美元。截至公告日，买方已持有青禾医药4.9%的股权。")
    found = orgs("澄川机器人从北辰投资及岚合创投两家投资机构手中融到首笔资金。")
    assert not [n for n in found if n.startswith("手中")] and "岚合创投" in found


def test_the_bare_company_partnering_in_its_clause_is_the_company_written_about():
    text = ("澄川智能成立于2016年，主要为酒店提供配送机器人。北辰酒店、华住等酒店集团都是澄川智能的客户；"
            "2024年，公司还与美团外卖达成合作。")
    assert parties(text, "partnership") == [["公司", "美团外卖"]]
    f = [f for f in extract("t", text, REF).facts if f.type == "partnership"][0]
    assert f.roles["party"][0].canonical == "澄川智能"
    other = text.replace("美团外卖", "青禾物流")
    assert [m.canonical for m in [f for f in extract("t", other, REF).facts if f.type == "partnership"][0].roles["party"]] \
        == ["澄川智能", "青禾物流"]
    near = "澄川智能成立于2016年。北辰酒店是澄川智能的客户；2024年，其子公司还与美团外卖达成合作。"
    assert all(m.text != "公司" for m in extract("t", near, REF).mentions)


def test_the_company_whose_whole_holding_is_counted_is_the_issuer():
    text = ("澄川股份(300999.SZ)公告，控股股东兼实控人徐澄于2023年5月9日告知公司，他正在筹划表决权委托事项，"
            "其与岚山数科(北京)有限公司当日签署了意向协议。\n徐澄计划把其所持有公司全部股份3.2亿股(占公司总股本的18.5%)"
            "所对应的表决权、提名权等权利委托给岚山数科(北京)有限公司。")
    held = [[m.canonical for m in f.roles["company"]] for f in extract("t", text, REF).facts if f.type == "shareholding"]
    assert ["岚山数科(北京)有限公司"] not in held
    assert held == [["澄川股份"]]  # the announcer, whose shares he holds


def test_a_preposition_after_a_verb_cuts_even_where_it_opens_a_dictionary_name():
    text = "北辰润康与海瑞澄川科技香港订立转让协议，据此，北辰润康同意向海瑞澄川科技香港收购青禾医药股份有限公司30%股权。"
    f = [f for f in extract("t", text, REF).facts if f.type == "acquisition"][0]
    assert [m.text for m in f.roles["acquirer"]] == ["北辰润康"]
    assert [m.text for m in f.roles["seller"]] == ["海瑞澄川科技香港"]
    assert "向海" in orgs("本次由向海科技领投。") or "向海科技" in orgs("本次由向海科技领投。")  # a name opening with 向


def test_a_verb_closing_at_a_legal_ending_is_no_part_of_the_name():
    assert orgs("澄川资本成为青禾集团第一大股东，北辰国资平台成为集团的第三大股东。") == ["澄川资本", "青禾集团"]
    assert orgs("青禾迈为集团宣布收购澄川科技。")[0] == "青禾迈为集团"  # 迈为, no verb: the name's own characters


def test_a_rank_and_ordinary_words_before_a_kind_of_firm_name_none():
    text = "本轮吸引了多家产业资本、国内领先硬科技PE、新能源汽车产业链龙头等参与，其中包括岚山资本、北辰创投和澄川投资。"
    assert orgs(text) == ["岚山资本", "北辰创投", "澄川投资"]
    assert orgs("知名澄川科技宣布收购青禾电子。") == ["澄川科技", "青禾电子"]  # the rank before a name: the name stays
