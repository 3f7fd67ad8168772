"""Round 27 (n27): organisation names no lexicon knows, in party positions — a brand alone or a brand with an industry
word no ending list holds (岚山云, 星澜, 澄睿, 九格数智), read where only a party stands: between 与/同 and the verb of
signing, between 向/从 and the verb of a trade, and before 的 and goods of the industry after a purchase verb; the
near misses are phrases in the same places (与海外客户, 向全社会询价采购, 采用了同款的芯片, 北辰 the star)."""

from dealgraph.extract.pipeline import extract


def _doc(text: str):
    return extract("t", text, "2025-12-31")


def _facts(text: str, ftype: str):
    return [f for f in _doc(text).facts if f.type == ftype]


def _parties(text: str):
    return [sorted(m.text for m in f.roles.get("party", [])) for f in _facts(text, "partnership")]


def _purchases(text: str):
    return [(sorted(m.text for m in f.roles.get("buyer", [])), sorted(m.text for m in f.roles.get("supplier", [])),
             f.modality) for f in _facts(text, "purchase")]


def _orgs(text: str):
    return {m.text for m in _doc(text).mentions if m.kind in ("organization", "candidate")}


# --- 与X签署: the party signed with ---

def test_brand_alone_signed_with_is_a_party():
    assert ["星澜", "锦岳科技"] in _parties("锦岳科技与星澜正式签署战略合作协议。")


def test_brand_and_unlisted_industry_word_signed_with():
    assert ["岚山云", "锦岳科技"] in _parties("锦岳科技与岚山云签署了算力合作协议。")


def test_signed_with_on_a_topic_then_agreed():
    assert ["澄睿", "锦岳科技"] in _parties("锦岳科技同澄睿就算力租赁达成合作。")


def test_government_body_signed_with():
    assert ["岚州市国资委", "锦岳科技"] in _parties("锦岳科技与岚州市国资委签署战略合作协议。")


def test_signed_with_near_miss_customers_described():
    assert _parties("锦岳科技与华东地区客户签订合同。") == []
    assert "海外客户" not in _orgs("锦岳科技与海外客户签订了3亿元订单。")


def test_signed_with_near_miss_scenery_and_star():
    # 岚山云海景区: a scenic area; 北辰: the pole star, a word of the dictionary
    assert _parties("锦岳科技与岚山云海景区签署协议。") == []
    assert "北辰" not in _orgs("锦岳科技与北辰签署协议。")


def test_signed_with_near_miss_person_and_time_word():
    assert "张伟" not in {m.text for m in _doc("锦岳科技与张伟签署股权转让协议。").mentions if m.kind == "candidate"}
    assert "北辰同期" not in _orgs("锦岳科技与北辰同期签署协议。")


def test_signed_with_near_miss_generic_parties():
    for text in ("锦岳科技与多家客户签署了合作协议。", "锦岳科技与合作伙伴签署战略协议。", "锦岳科技与员工签订劳动合同。",
                 "锦岳科技与地方政府签署投资协议。", "锦岳科技与头部云厂商签署协议。"):
        assert _orgs(text) == {"锦岳科技"}, text


# --- 向X采购 / 向X供货: the other side of a trade ---

def test_brand_sold_to_from():
    assert (["锦岳科技"], ["岚山云"], "asserted") in _purchases("锦岳科技向岚山云采购一批服务器。")


def test_brand_ordered_from_in_bulk():
    assert (["锦岳科技"], ["星澜"], "asserted") in _purchases("锦岳科技从星澜批量订购了加速卡。")


def test_brand_supplied_to_is_the_buyer():
    assert (["澄睿"], ["青禾电子"], "asserted") in _purchases("青禾电子向澄睿独家供货激光雷达。")


def test_trade_near_miss_public_and_society():
    for text in ("锦岳科技向社会公开采购设备。", "锦岳科技向社会公开招标采购设备。", "锦岳科技向全社会询价采购设备。",
                 "锦岳科技从农户手中采购原料。", "锦岳科技向海外市场销售产品。"):
        assert _purchases(text) == [], text


def test_trade_near_miss_kinds_of_buyers():
    for text in ("锦岳科技向广大开发者提供免费接口。", "锦岳科技向头部云厂商供应光模块。", "锦岳科技向国内主流车企供货。"):
        assert _purchases(text) == [], text


# --- 采购了X的<goods>: the maker of the goods bought ---

def test_brand_before_goods_is_their_maker():
    assert (["锦岳科技"], ["岚山云"], "asserted") in _purchases("锦岳科技采购了岚山云的算力服务器，合同金额2亿元。")


def test_counted_goods_of_a_brand():
    assert (["锦岳科技"], ["星澜"], "asserted") in _purchases("锦岳科技部署了2000台星澜的GPU。")


def test_goods_built_in_by_a_brand_maker():
    assert (["星桐汽车"], ["澄睿"], "asserted") in _purchases("星桐汽车新车型采用澄睿的激光雷达。")


def test_maker_near_miss_descriptions_of_goods():
    for text in ("锦岳科技采用了同款的芯片。", "锦岳科技采用了7纳米的芯片。", "锦岳科技采用了张伟团队的芯片。",
                 "锦岳科技采用了国产的芯片。", "锦岳科技采购了大量的GPU。", "锦岳科技采用了新一代的芯片。",
                 "锦岳科技采用了业界领先的存储。"):
        assert _purchases(text) == [], text


# --- fund names ending in 股权投资基金, public bodies ending in 管理处/管理局 ---

def _acquisitions(text: str):
    return [(sorted(m.text for m in f.roles.get("acquirer", [])), sorted(m.text for m in f.roles.get("target", [])))
            for f in _facts(text, "acquisition")]


def test_equity_fund_name_is_whole():
    assert (["北辰二期股权投资基金"], ["锦岳科技"]) in _acquisitions("北辰二期股权投资基金以3亿元收购锦岳科技60%股权。")
    assert (["锐川资本"], ["澄川一号股权投资基金"]) in _acquisitions("锐川资本宣布收购澄川一号股权投资基金100%股权。")


def test_equity_fund_near_miss_no_name_before_the_kind():
    for text in ("锐川资本设立一支股权投资基金。", "锐川资本拟发起设立私募股权投资基金。", "锐川资本与地方政府共同设立股权投资基金。"):
        assert _orgs(text) == {"锐川资本"}, text


def test_public_body_with_seat_and_trade():
    assert ["澄江港务管理处", "锦岳科技"] in _parties("锦岳科技与澄江港务管理处签署战略合作协议。")


def test_public_body_near_miss_department():
    assert _orgs("公司加强了档案管理处的建设。") == set()
    assert "物业管理处" not in _orgs("锦岳科技将资产交由物业管理处负责。")


# --- 2000台X服务器: a maker's name between the count and the goods ---

def test_maker_between_count_and_goods():
    assert (["锦岳科技"], ["远峰光电"], "asserted") in _purchases("锦岳科技采购2000台远峰光电服务器。")
    assert (["锦岳科技"], ["澄川存储"], "asserted") in _purchases("锦岳科技部署了5000张澄川存储加速卡。")


def test_maker_near_miss_specs_of_the_goods():
    for text in ("锦岳科技采购2000颗国产光电芯片。", "锦岳科技采购2000台高端智能服务器。", "锦岳科技采购了2000台液冷智算服务器。",
                 "锦岳科技采购了2000台八卡智算服务器。", "锦岳科技采购了100颗车载智能芯片。", "锦岳科技采购2000台光电服务器。"):
        assert _orgs(text) == {"锦岳科技"}, text


# --- Latin names: a day glued after them, a coined Chinese head glued before them ---

def test_latin_name_then_a_glued_day():
    assert (["Northwind"], ["锦岳科技"]) in _acquisitions("Northwind11日宣布以2亿元收购锦岳科技51%股权。")



def test_coined_head_glued_before_latin_word():
    assert "澄川BOT" in _orgs("锐川资本于今年3月投资了澄川BOT。")
    assert "霁川Tech" in _orgs("锐川资本、霁川Tech和锦岳科技共同投资了星桥电子。")


def test_coined_head_near_miss_words_before_latin():
    assert "采用NVIDIA" not in _orgs("锦岳科技采用NVIDIA的GPU。")
    assert "全新Pro" not in _orgs("锦岳科技推出全新Pro系列。")
    assert "新款Mate" not in _orgs("锦岳科技发布了新款Mate手机。")


def test_latin_name_glued_day_near_miss_digits_kept_before_other_words():
    assert "Northwind11" not in _orgs("Northwind11日宣布以2亿元收购锦岳科技51%股权。")
    assert "Lumora2" in _orgs("锐川资本投资了Lumora2。")


# --- a list's last joiner, a body before a date or a stake, a kind of firm by where it is from ---

def _investors(text: str):
    return [sorted(m.text for m in f.roles.get("investor", [])) for f in _facts(text, "investment")]


def test_list_item_then_joiner_inside_a_place_word():
    # 云和 is a county's name, but in A、B和C the 和 closes the list
    assert ["岚山云", "锐川资本", "锦岳科技"] in _investors("锐川资本、岚山云和锦岳科技共同投资了星桥电子。")


def test_list_item_near_miss_joiner_inside_a_common_word_stays():
    assert "青禾祥和科技" in _orgs("锐川资本、青禾祥和科技共同投资了星桥电子。")


def test_public_body_before_a_day_and_a_stake():
    assert (["澄江港务管理处"], ["锦岳科技"]) in _acquisitions("澄江港务管理处11日宣布以2亿元收购锦岳科技51%股权。")
    assert (["锐川资本"], ["澄江港务管理处"]) in _acquisitions("锐川资本宣布收购澄江港务管理处100%股权。")


def test_kind_by_origin_is_no_name_and_the_name_after_it_is():
    doc_orgs = _orgs("外国公司维斯塔拉近日完成数亿元B轮融资，锐川资本领投。")
    assert "外国公司" not in doc_orgs and "维斯塔拉" in doc_orgs


def test_kind_by_origin_near_miss_alone():
    assert _orgs("锐川资本投资了一家外国公司。") == {"锐川资本"}
    assert _orgs("锐川资本收购了境外公司100%股权。") == {"锐川资本"}


def test_party_slot_stops_at_a_stop_word_before_the_verb():
    assert "星澜" in _orgs("锦岳科技与星澜在现场签订了意向购机协议。")
    assert "星澜在现场" not in _orgs("锦岳科技与星澜在现场签订了意向购机协议。")
    assert "澄睿发行股票" not in _orgs("锦岳科技拟向澄睿发行股票购买岚川电子100%股权。")
