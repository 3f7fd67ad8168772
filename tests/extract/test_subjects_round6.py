"""Round 6: who buys or invests (the subject of a deal), each rule tested on sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.document import Mention
from dealgraph.extract.voices import predicate_guess
from tests.extract.readers import facts, one


def agents(text: str, ftype: str) -> list[list[str]]:
    return [[m.text for m in next(iter(f.roles.values()))] for f in facts(text, ftype)]


# --- a relation word after 及 still lists the next party --------------------------------------------------

def test_a_holder_and_its_concert_party_both_buy():
    fact = one("北辰科技控股股东云帆投资及一致行动人星澜资本于2024年5月合计增持北辰科技股份800万股。", "investment")
    assert [m.text for m in fact.roles["investor"]] == ["云帆投资", "星澜资本"]


def test_a_parent_and_its_unit_after_xiang_both_sell():
    fact = one("华岳电子拟向云帆集团及其全资子公司云帆香港发行股份购买其持有的东林化工100%股权。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["华岳电子"]
    assert [m.text for m in fact.roles["seller"]] == ["云帆集团", "云帆香港"]


def test_the_related_party_after_xiang_is_no_buyer():
    """向A及关联方B购买: B sells with A; it was read as the buyer when 及关联方 broke the list."""
    found = agents("公司拟向控股股东云帆集团及关联方星澜投资购买其合计持有的东林化工100%股权。", "acquisition")
    assert all("星澜投资" not in a for a in found)


def test_a_plain_list_is_unchanged():
    fact = one("云帆投资、星澜资本和青石基金共同增持北辰科技股份。", "investment")
    assert [m.text for m in fact.roles["investor"]] == ["云帆投资", "星澜资本", "青石基金"]


# --- a short name in brackets is the name before it, the list goes on before it ---------------------------

def test_two_buyers_each_with_a_short_name():
    fact = one("云帆集团旗下的云帆资本运营有限公司(下称云帆资本)、星澜商贸有限公司(下称星澜商贸)"
               "近日在二级市场累计增持北辰科技股份600万股。", "investment")
    assert [m.text for m in fact.roles["investor"]] == ["云帆资本", "星澜商贸"]


def test_one_buyer_with_a_short_name_stays_one():
    fact = one("北辰智造集团(下文简称“北辰智造”)已完成收购东林化工60%股权。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰智造"]


# --- a stretch guessed as a name that reads as a predicate buys nothing ----------------------------------

def _guess(text: str, source: str = "cue") -> Mention:
    return Mention(0, len(text), text, "candidate", f"cand:{text}", source, text)


def test_predicate_guesses():
    assert predicate_guess(_guess("营收大幅增长"))  # an adverb with a verb after it
    assert predicate_guess(_guess("股价依然处"))
    assert predicate_guess(_guess("筹划发行股份"))  # a deal verb inside
    assert predicate_guess(_guess("现金增资偿", "context"))
    assert predicate_guess(_guess("供货合同仅"))  # a one-character adverb ends no name
    assert predicate_guess(_guess("两款资管", "short"))  # a count opens no name, found again where it recurs


def test_names_are_no_predicate_guesses():
    assert not predicate_guess(_guess("东湖高新"))  # 高新 ends the name
    assert not predicate_guess(_guess("居然控股"))  # a name may open with an adverb word
    assert not predicate_guess(_guess("星澜科技"))
    assert not predicate_guess(Mention(0, 4, "增持科技", "organization", "x", "lexicon", "增持科技"))


def test_past_a_predicate_the_announcing_company_buys():
    fact = one("云帆网络周一公告称,筹划增发股份购买资产事宜,拟收购星澜证券有限责任公司全部股权。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["云帆网络"]


# --- a unit after 通过 in the clause before is a means, not the subject carried on ------------------------------

def test_a_second_deal_through_another_unit_is_the_subjects_own():
    found = agents("云帆网络公告,公司拟通过子公司星澜投资有限公司出资购买东林化工60%的股权;"
                   "通过子公司北辰建设有限公司出资购买南山材料40%的股权。", "acquisition")
    assert found == [["云帆网络"], ["云帆网络"]]


def test_a_unit_opening_the_clause_before_is_still_carried():
    found = agents("云帆网络公告,全资子公司星澜投资有限公司已完成工商变更,并以现金收购东林化工60%的股权。", "acquisition")
    assert found == [["星澜投资有限公司"]]


# --- a deal clause with no subject: the buyer named after it ------------------------------------------------

def test_the_company_a_fronted_deal_makes_do_something_buys():
    fact = one("业内人士认为,此次收购云杉材料,使得北辰科技在新能源领域具备成本优势。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰科技"]


def test_the_company_a_deal_helps_buys():
    fact = one("收购云杉材料60%的股权,将有助于北辰科技完善产业布局。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰科技"]


def test_the_target_made_a_unit_is_no_buyer():
    fact = one("此次收购云杉材料,使云杉材料成为北辰科技的全资子公司。", "acquisition")
    assert fact.roles["acquirer"] == [] and [m.text for m in fact.roles["target"]] == ["云杉材料"]


def test_the_noun_a_deal_clause_describes_buys():
    fact = one("拟以12亿元收购云杉材料75%股权的北辰科技跌幅最大。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰科技"]
    assert fact.modality == "planned"


def test_a_named_subject_still_wins_over_the_noun_after():
    fact = one("南山控股拟收购云杉材料75%股权的消息传出后,北辰科技股价大涨。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["南山控股"]


def test_after_xiang_a_party_the_names_miss_and_its_unit_both_sell():
    """向云帆金控及其全资子公司云帆有限发行股份购买: the unit sells with its parent, even where the parent's
    name is not found as a name; the subject before 向 buys."""
    fact = one("北辰证券拟向云帆金控及其全资子公司云帆有限发行股份购买东林证券100%股权。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰证券"]
    assert "云帆有限" in [m.text for m in fact.roles["seller"]]


# --- a time clause before its subject ----------------------------------------------------------------------

def test_a_person_opening_the_main_clause_after_the_time_clause_buys():
    fact = one("在收购云杉材料有限公司70%股权之后,王立新女士及其一致行动人持股比例下降至28%。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["王立新"]


def test_a_person_who_only_speaks_after_the_time_clause_is_no_buyer():
    fact = one("在收购云杉材料有限公司70%股权之后,王立新女士表示公司将加大研发投入。", "acquisition")
    assert fact.roles["acquirer"] == []


def test_a_field_named_in_the_time_clause_does_not_end_it():
    fact = one("自前年成功收购云杉材料有限公司,切入CIS芯片领域后,北辰科技的业绩明显改善。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰科技"]


def test_a_company_named_in_the_second_time_clause_still_ends_it():
    fact = one("自前年收购云杉材料有限公司,南山控股退出后,北辰科技的业绩明显改善。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] != ["北辰科技"]


def test_the_subject_after_a_time_word_ending_in_zhichu_is_carried():
    fact = one("上市之初北辰科技以化工业务为主,2017年收购云杉材料100%股权。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰科技"]


def test_a_project_guessed_as_a_name_buys_nothing():
    found = facts("募资净额约7亿元,3亿元投入“北美临床申报项目”、1.6亿元投入“收购云杉材料少数股权项目”。",
                  "acquisition")
    assert all("项目" not in m.text for f in found for m in f.roles["acquirer"])


def test_a_name_listed_beside_a_newly_bought_one_is_no_buyer():
    fact = one("且北辰科技有望借助其拥有55%股权的Verdant和新收购的58% Lumora Sports来巩固市场地位。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰科技"]
    assert [m.text for m in fact.roles["target"]] == ["Lumora Sports"]


# --- the block a deal moves: A所持有B 30%的股权 needs no 的 -------------------------------------------------

def test_a_sellers_block_after_suo_states_no_holding_and_carries_no_subject():
    found = facts("北辰科技于2017年以自筹资金4800万元收购云帆集团股份有限公司所持有东林化工有限公司27%的股权后,"
                  "又在2019年拟出资6000万元收购云帆集团所持有东林化工21%股权。")
    deals = [f for f in found if f.type == "acquisition"]
    assert [[m.text for m in f.roles["acquirer"]] for f in deals] == [["北辰科技"], ["北辰科技"]]
    assert not [f for f in found if f.type == "shareholding"]


def test_a_block_held_with_suo_outside_a_deal_is_still_held():
    fact = one("云帆集团所持有东林化工30%的股权已全部质押。", "shareholding")
    assert [m.text for m in fact.roles["holder"]] == ["云帆集团"]


def test_what_the_verb_before_bought_leads_no_round():
    """收购B并领投C: B is 收购's object; the subject of both verbs leads C."""
    found = facts("9月,北辰科技以14亿元的价格收购云帆网络旗下跨境电商平台星澜科技并领投星河智算。", "investment")
    assert [[m.text for m in f.roles["investor"]] for f in found] == [["北辰科技"]]
    assert [m.text for m in found[0].roles["investee"]] == ["星河智算"]


# --- the object of the verb before is not carried as the next clause's subject ------------------------------

def test_what_was_sold_in_the_clause_before_does_not_buy():
    fact = one("去年下半年,向阳花先卖出了专做光伏组件的子公司优能电子,接着购买了康得药业55%的股权。", "acquisition")
    assert fact.roles["acquirer"] == []


def test_the_subject_before_is_still_carried_past_its_object():
    fact = one("去年下半年,北辰科技先卖出了专做光伏组件的子公司优能电子,接着购买了康得药业55%的股权。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰科技"]


def test_a_rubric_before_a_headline_speaker_is_no_verb():
    found = agents("[并购重组]北辰科技:拟收购东林医院85%股权北辰科技(000766)周四晚间公告称,公司准备购买东林医院85%股权。",
                   "acquisition")
    assert found and all(a == ["北辰科技"] for a in found)


def test_what_the_verb_before_bought_buys_nothing_in_a_relative_clause():
    found = agents("此外,北辰科技去年宣布退出其在并购云杉教育当年收购的另一所培训机构东林教育。", "acquisition")
    assert found == [["北辰科技"], ["北辰科技"]]


def test_a_company_bought_before_and_named_again_still_buys_its_own_deal():
    found = agents("北辰科技收购了云杉材料,云杉材料此前收购的东林化工也将并表。", "acquisition")
    assert found == [["北辰科技"], ["云杉材料"]]


def test_a_verb_between_qi_and_de_is_no_buyer():
    found = agents("2016年,陈立树及其掌控的新和都就已经开始买入北辰科技股份。", "investment")
    assert found and all("掌控" not in a for a in found)


def test_a_buyer_or_its_affiliates_is_the_buyer_alone():
    fact = one("云帆网络披露重大资产购买预案,称全资子公司星澜香港已与卖方签订《股份买卖协议》,"
               "星澜香港或其关联公司计划用现金购买东林家居不超过85%的股份。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["星澜香港"]


def test_a_clause_that_is_a_described_name_is_the_next_clauses_subject():
    fact = one("故事始于2015年,在云帆资本的协助下,以钻采设备制造为主业的北辰科技,以高溢价收购东林租赁,"
               "摇身一变成为双主业公司。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰科技"]


def test_the_object_of_a_verb_closing_the_clause_before_is_no_subject():
    found = agents("2018年收购了云帆集团旗下的东林化工,又以5亿元收购南山材料40%股权。", "acquisition")
    assert found == [[], []]


# --- a bracket aside after a name describes that name ------------------------------------------------------

def test_a_name_inside_an_aside_does_not_buy():
    fact = one("同日,云帆阳安股份有限公司(云帆证券控股股东)同样披露了拟收购东林证券股份的公告。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["云帆阳安股份有限公司"]


def test_a_short_name_in_brackets_still_stands_for_the_name():
    fact = one("北辰智造集团(下文简称“北辰智造”)已完成收购东林化工60%股权。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰智造"]


def test_canyu_is_no_partner_link():
    """参与A收购B: the 与 of 参与 (take part) links no partner; A buys, the participant only funds it."""
    fact = one("北辰电器宣布将出资20亿元参与云帆科技收购东林半导体一案。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["云帆科技"]


def test_a_partner_after_yu_still_buys_together():
    fact = one("北辰电器拟与云帆科技共同收购东林半导体60%股权。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰电器", "云帆科技"]


def test_a_holding_listed_in_the_clause_before_does_not_buy():
    fact = one("公司正在拓展环保业务,现持有南山水务15%股权,东林环境20%股权,今年3月以5.1亿收购云杉风电51%股权。",
               "acquisition")
    assert fact.roles["acquirer"] == []


# --- a partner named in the clause before a joint deal -----------------------------------------------------

def test_a_joint_deal_takes_the_partner_named_in_the_clause_before():
    fact = one("北辰科技拟与云帆集团按持股比例,共同出资收购东林化工60%股权。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰科技", "云帆集团"]


def test_a_deal_not_made_jointly_leaves_the_partner_of_an_agreement_out():
    fact = one("北辰科技与云帆集团签署协议,拟收购东林化工60%股权。", "acquisition")
    assert [m.text for m in fact.roles["acquirer"]] == ["北辰科技"]
