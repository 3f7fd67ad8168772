"""One pattern closes the lists of investors read in round_investors.py (after a round's group, the names drawn in
by a round, a kind's clause of a list): what may stand after the last name."""

from __future__ import annotations

import pytest

from dealgraph.extract.round_investors import _INVESTORS_CLOSE


@pytest.mark.parametrize("tail", ["", "等", "等三家机构", "等多家知名机构", "等十多家投资方", "等十余家机构", "两家国资背景基金也",
                                  "等财务机构同时", "均超额追加", "等均足额跟投", "三家产业资本"])
def test_a_list_of_investors_closes(tail):
    assert _INVESTORS_CLOSE.fullmatch(tail) is not None


@pytest.mark.parametrize("tail", ["在内的客户", "等公司的订单", "与其供应商", "的股东大会"])
def test_words_going_on_past_the_names_close_nothing(tail):
    assert _INVESTORS_CLOSE.fullmatch(tail) is None
