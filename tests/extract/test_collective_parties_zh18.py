"""Parties named by a collective word that points back to a list (上述两家合伙企业 / 上述股东 / 以上股东 / 该等股东 /
前述各方 / 二者): each listed party gets the fact; a figure stated for the whole list (合计) stays with none of them.
Sentences written for this file."""

from __future__ import annotations

from dealgraph.extract.pipeline import extract


def exits(text: str, ref: str = "2025-06-30") -> list[tuple]:
    out = []
    for f in extract("t", text, ref).facts:
        if f.type == "acquisition" and f.roles.get("seller") and not f.roles.get("acquirer"):
            out.append(([m.canonical for m in f.roles["seller"]], [m.canonical for m in f.roles["target"]],
                        f.modality, f.stake.text if f.stake else None))
    return sorted(out)


_TITLE = "澄江电子股份有限公司关于两名大股东拟减持的公告\n"


def test_two_partnerships_counted_back_each_plan_to_sell_without_the_total():
    text = _TITLE + ("青岚投资、碧川创投为公司持股5%以上股东。"
                     "上述两家合伙企业计划在未来六个月内合计减持不超过3%股份。")
    assert exits(text) == [(["碧川创投"], ["澄江电子股份有限公司"], "planned", None),
                           (["青岚投资"], ["澄江电子股份有限公司"], "planned", None)]


def test_a_count_that_does_not_match_the_list_reads_no_party():
    text = _TITLE + ("青岚投资、碧川创投、远山资本为公司持股5%以上股东。"
                     "上述两家合伙企业计划在未来六个月内合计减持不超过3%股份。")
    assert all("上述" not in m.text for f in extract("t", text, "2025-06-30").facts
               for ms in f.roles.values() for m in ms)
    assert not [e for e in exits(text) if e[0] in (["青岚投资"], ["碧川创投"], ["远山资本"])]


def test_the_holders_named_with_aliases_each_sell_what_each_is_said_to_sell():
    text = ("澄江电子股份有限公司关于股东减持计划实施完毕的公告\n"
            "公司股东杭州青岚投资合伙企业（有限合伙）（以下简称“青岚投资”）、宁波碧川创业投资有限公司"
            "（以下简称“碧川创投”）分别持有公司4.6%、3.8%的股份。截至本公告日，以上股东各减持公司股份1%。")
    assert exits(text) == [(["宁波碧川创业投资有限公司"], ["澄江电子股份有限公司"], "asserted", "1%"),
                           (["杭州青岚投资合伙企业"], ["澄江电子股份有限公司"], "asserted", "1%")]


def test_the_shareholders_referred_to_as_such_after_their_holdings():
    text = ("澄江电子关于股东减持计划的公告\n截至本公告披露日，远山资本、北岭创投合计持有公司股份900万股。"
            "上述股东打算于公告发出满半个月后的一季度内减持公司股份至多120万股。")
    assert exits(text) == [(["北岭创投"], ["澄江电子"], "planned", None),
                           (["远山资本"], ["澄江电子"], "planned", None)]


def test_a_single_shareholder_referred_to_keeps_the_stake():
    text = ("澄江电子关于股东减持计划的公告\n截至本公告披露日，远山资本持有公司股份800万股，占公司总股本的6.4%。"
            "上述股东打算于下一季度减持公司股份至多2%。")
    assert exits(text) == [(["远山资本"], ["澄江电子"], "planned", "至多2%")]


def test_parties_of_an_agreement_are_not_the_shareholders_referred_to():
    text = ("澄江电子关于股东签署协议的公告\n远山资本与北岭创投签署了《合作协议》。"
            "上述股东打算于下一季度减持公司股份至多2%。")
    assert not [e for e in exits(text) if "北岭创投" in e[0]]


def test_a_holding_of_five_percent_or_more_is_no_collective_word():
    text = "澄江电子公告，持股5%以上股东远山资本打算减持公司股份至多1%。"
    assert exits(text) == [(["远山资本"], ["澄江电子"], "planned", "至多1%")]


_HEAD = "青桐电气股份有限公司关于股东拟减持的公告\n"


def test_the_parties_acting_in_concert_named_before_sell_with_the_holder():
    text = _HEAD + ("公司股东远湖集团持有公司8.2%的股份，其一致行动人为南屿投资、北岭创投。"
                    "远湖集团及其一致行动人打算于下一季度合计减持公司股份至多3%。")
    assert exits(text) == [(["北岭创投"], ["青桐电气股份有限公司"], "planned", None),
                           (["南屿投资"], ["青桐电气股份有限公司"], "planned", None),
                           (["远湖集团"], ["青桐电气股份有限公司"], "planned", None)]


def test_parties_said_to_act_in_concert_after_their_list():
    text = _HEAD + ("远湖集团与南屿投资、北岭创投为一致行动人。"
                    "远湖集团及其一致行动人打算于下一季度合计减持公司股份至多3%。")
    assert [e[0] for e in exits(text)] == [["北岭创投"], ["南屿投资"], ["远湖集团"]]


def test_no_party_acting_in_concert_named_leaves_the_holder_alone():
    text = _HEAD + "远湖集团及其一致行动人打算于下一季度合计减持公司股份至多3%。"
    assert exits(text) == [(["远湖集团"], ["青桐电气股份有限公司"], "planned", "至多3%")]


def test_the_shareholders_described_in_clauses_of_their_own():
    text = _HEAD + ("截至公告日，远湖集团持有公司股份2000万股，其一致行动人南屿投资持有公司股份500万股。"
                    "上述股东打算于下一季度合计减持公司股份至多3%。")
    assert exits(text) == [(["南屿投资"], ["青桐电气股份有限公司"], "planned", None),
                           (["远湖集团"], ["青桐电气股份有限公司"], "planned", None)]


def test_its_party_acting_in_concert_is_the_holders_and_sells_the_announcers_shares():
    text = _HEAD + ("截至公告日，远湖集团持有公司股份2000万股，其一致行动人南屿投资持有公司股份500万股。"
                    "其一致行动人南屿投资打算于下一季度减持公司股份至多1%。")
    assert exits(text) == [(["南屿投资"], ["青桐电气股份有限公司"], "planned", "至多1%")]
