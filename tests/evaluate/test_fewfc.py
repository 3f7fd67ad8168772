"""FewFC scoring on records written for these tests, and a smoke run on the real training files."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from dealgraph.evaluate import fewfc
from dealgraph.evaluate.scoring import Counts
from dealgraph.extract.document import FactRecord, Mention, Span, Value
from dealgraph.values.dates import DateValue
from tests.conftest import FEWFC


def _event(etype: str, content: str, **roles: str | list[str]) -> dict:
    mentions = [{"word": "收购", "span": [0, 0], "role": "trigger"}]
    for role, words in roles.items():
        for word in [words] if isinstance(words, str) else words:
            start = content.index(word)
            mentions.append({"word": word, "span": [start, start + len(word)], "role": role.replace("_", "-")})
    return {"type": etype, "mentions": mentions}


def _record(content: str, *events: dict) -> dict:
    return {"id": str(abs(hash(content))), "content": content, "events": list(events)}


DEAL = "星河科技于2019年3月以2亿元收购了蓝海网络60%股权。"
INVEST = "远山资本投资了云启半导体。"
PASSIVE = "北辰智能获得红杉资本投资。"
NOTHING = "两家公司的交易细节尚未披露。"
BASE = [
    _record(DEAL, _event("投资", DEAL, sub="星河科技", obj="蓝海网络", money="2亿元", date="2019年3月")),
    _record(INVEST, _event("投资", INVEST, sub="远山资本", obj="云启")),  # a shorter gold obj: one miss, one FP
    _record(PASSIVE, _event("质押", PASSIVE, sub_org="北辰智能")),  # no 投资 gold: both predictions are FPs
    _record(NOTHING, _event("投资", NOTHING, sub="两家公司", obj="交易")),  # nothing predicted: two misses
]
TRANS = [
    _record(DEAL, _event("收购", DEAL, sub_org="星河科技", obj_org="蓝海网络", money="2亿元", date="2019年3月",
                         proportion="60%")),
    _record(NOTHING, _event("中标", NOTHING, sub="两家公司")),
]


def _write(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), "utf-8")
    return path


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    return [_write(tmp_path / "base.json", BASE), _write(tmp_path / "trans.json", TRANS)]


def test_role_level_scores_count_misses_and_false_positives_in_records_without_the_type(files):
    report = fewfc.evaluate(files)
    assert report.records == 6
    assert report.scored_records == {"投资": 4, "收购": 2, "中标": 2}  # each type on the file that labels it
    roles = report.roles["投资"]
    assert (roles["sub"].gold, roles["sub"].predicted, roles["sub"].correct) == (3, 3, 2)
    assert (roles["obj"].gold, roles["obj"].predicted, roles["obj"].correct) == (3, 3, 1)
    assert (roles["money"].gold, roles["money"].predicted, roles["money"].correct) == (1, 1, 1)
    assert (roles["date"].gold, roles["date"].predicted, roles["date"].correct) == (1, 1, 1)
    total = report.type_counts("投资")
    assert (total.precision, total.recall, total.f1) == (5 / 8, 5 / 8, 0.625)


def test_a_type_is_scored_only_on_files_that_label_it(files):
    report = fewfc.evaluate(files)
    total = report.type_counts("收购")  # the base file's acquisition is not a 收购 false positive
    assert (total.gold, total.predicted, total.correct) == (5, 5, 5)
    assert total.f1 == 1.0


def test_limit_takes_the_first_records_of_each_file(files):
    report = fewfc.evaluate(files, limit=1)
    assert report.records == 2
    assert report.type_counts("投资").f1 == 1.0


def test_errors_name_missed_and_spurious_tuples(files):
    results: list[fewfc.RecordResult] = []
    fewfc.evaluate(files[:1], on_result=results.append)
    by_content = {r.record.content: r for r in results}
    assert by_content[INVEST].missed == [("obj", "云启")]
    assert by_content[INVEST].spurious == [("obj", "云启半导体")]
    assert sorted(by_content[PASSIVE].spurious) == [("obj", "北辰智能"), ("sub", "红杉资本")]
    assert DEAL not in by_content


def test_tuples_are_a_multiset_and_people_take_the_person_role():
    person = Mention(0, 3, "罗一鸣", "person")
    target = Mention(5, 9, "实华股份", "organization")
    fact = FactRecord("acquisition", {"acquirer": [person], "target": [target]}, Span(0, 10), rule="a:active:收购")
    acquisition = fewfc.mapping()["收购"]
    assert fewfc.predicted_tuples([fact], acquisition) == Counter({("sub-per", "罗一鸣"): 1, ("obj-org", "实华股份"): 1})
    assert fewfc.predicted_tuples([fact, fact], fewfc.mapping()["投资"])[("sub", "罗一鸣")] == 2
    gold = fewfc.Record("1", "", [_event("投资", "甲乙", sub="甲", obj="乙"), _event("投资", "甲乙", sub="甲")], "f")
    assert fewfc.gold_tuples(gold, fewfc.mapping()["投资"]) == Counter({("sub", "甲"): 2, ("obj", "乙"): 1})


def test_an_investment_is_a_收购_only_when_its_trigger_is_an_acquisition():
    a, b = Mention(0, 2, "甲方", "organization"), Mention(4, 6, "乙方", "organization")
    invested = FactRecord("investment", {"investor": [a], "investee": [b]}, Span(0, 6), rule="investment:active:投资")
    bought = FactRecord("investment", {"investor": [a], "investee": [b]}, Span(0, 6), rule="investment:active:收购")
    acquisition = fewfc.mapping()["收购"]
    assert not fewfc.predicted_tuples([invested], acquisition)
    assert fewfc.predicted_tuples([bought], acquisition)[("sub-org", "甲方")] == 1


def test_counts_without_predictions_are_zero_not_an_error():
    assert (Counts(gold=3).precision, Counts(gold=3).recall, Counts(gold=3).f1) == (0.0, 0.0, 0.0)


def test_real_files_with_limit_print_a_table_and_scores_between_0_and_1(cli):
    assert (FEWFC / "train_base.json").exists(), f"FewFC is expected beside the project at {FEWFC}"
    paths = [str(FEWFC / "train_base.json"), str(FEWFC / "train_trans.json")]
    data = json.loads(cli("eval", "fewfc", *paths, "--limit", "60", "--json").output)
    assert data["records"] == 120 and {"投资", "收购"} <= set(data["types"]) <= set(fewfc.mapping())
    for scores in data["types"].values():
        for c in [scores, *scores["roles"].values()]:
            assert all(0.0 <= c[k] <= 1.0 for k in ("precision", "recall", "f1"))
    table = cli("eval", "fewfc", *paths, "--limit", "60").output
    assert "投资" in table and "收购" in table and "micro" in table


def test_eval_help_documents_every_option(cli):
    out = cli("eval", "fewfc", "--help").output
    for option in ("--limit", "--json", "--all-roles", "--errors", "--ref-date", "--split"):
        assert option in out


def test_dates_without_a_year_count_with_or_without_a_reference_date(tmp_path: Path):
    text = "5月29日，北辰科技收购了澜舟网络。"
    path = _write(tmp_path / "dated.json", [_record(text, _event("投资", text, sub="北辰科技", obj="澜舟网络", date="5月29日"))])
    assert fewfc.evaluate([path]).roles["投资"]["date"].correct == 1
    assert fewfc.evaluate([path], ref_date="2019-12-31").roles["投资"]["date"].correct == 1


def test_errors_file_lists_records_with_mistakes(cli, files, tmp_path: Path):
    out = tmp_path / "errors.jsonl"
    cli("eval", "fewfc", str(files[0]), "--errors", str(out), "--json")
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert {r["content"] for r in rows} == {INVEST, PASSIVE, NOTHING}


def test_a_pronoun_is_scored_by_the_name_it_stands_for(tmp_path):
    text = "星河科技近年扩张很快。2019年，其以2亿元收购了蓝海网络60%股权。"
    record = _record(text, _event("投资", text, sub="星河科技", obj="蓝海网络"))
    path = tmp_path / "pronoun.json"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    report = fewfc.evaluate([path])
    sub = report.roles["投资"]["sub"]
    assert (sub.gold, sub.predicted, sub.correct) == (1, 1, 1)


def test_dev_and_test_halves_split_the_records_once_and_for_all(files, cli):
    records = [r for f in files for r in fewfc.read_records(f)]
    records += [fewfc.Record(str(n), "", [], "f") for n in range(200)]
    dev = {r.id for r in records if fewfc.in_split(r, "dev")}
    test = {r.id for r in records if fewfc.in_split(r, "test")}
    assert not dev & test and dev | test == {r.id for r in records}
    assert 70 < len(dev) < 136  # about half
    assert fewfc.evaluate(files, split="dev").records + fewfc.evaluate(files, split="test").records == 6
    assert json.loads(cli("eval", "fewfc", *map(str, files), "--split", "test", "--json").output)["split"] == "test"
    assert "test half" in cli("eval", "fewfc", *map(str, files), "--split", "test").output
    result = cli("eval", "fewfc", str(files[0]), "--split", "half", code=None)
    assert result.exit_code != 0 and "unknown split" in result.output and "dev, test" in result.output


def _fact(ftype: str, rule: str, **roles: list[Mention]) -> FactRecord:
    return FactRecord(ftype, dict(roles), Span(0, 20), rule=rule)


def test_an_exit_is_a_减持_and_a_share_transfer_never_an_investment():
    seller, target = Mention(0, 4, "远山资本", "organization"), Mention(6, 10, "云启科技", "organization")
    exit_ = _fact("acquisition", "acquisition:exit:减持", acquirer=[], target=[target], seller=[seller])
    kinds = fewfc.mapping()
    assert fewfc.predicted_tuples([exit_], kinds["减持"]) == Counter({("sub", "远山资本"): 1, ("obj", "云启科技"): 1})
    assert fewfc.predicted_tuples([exit_], kinds["股份股权转让"]) == Counter(
        {("sub-org", "远山资本"): 1, ("target-company", "云启科技"): 1})
    assert not fewfc.predicted_tuples([exit_], kinds["投资"])
    bought = _fact("acquisition", "acquisition:active:收购", acquirer=[seller], target=[target])
    assert not fewfc.predicted_tuples([bought], kinds["减持"])
    assert fewfc.predicted_tuples([bought], kinds["股份股权转让"])[("obj-org", "远山资本")] == 1


def test_contract_parties_go_by_their_place_in_the_sentence():
    first, second = Mention(0, 4, "星河科技", "organization"), Mention(5, 9, "蓝海网络", "organization")
    signer = Mention(10, 13, "罗一鸣", "person")
    signed = _fact("purchase", "purchase:active:签订", buyer=[second], supplier=[first])
    contract = fewfc.mapping()["签署合同"]
    assert fewfc.predicted_tuples([signed], contract) == Counter({("sub-org", "星河科技"): 1, ("obj-org", "蓝海网络"): 1})
    pact = _fact("partnership", "partnership:symmetric:签约", party=[first, second, signer])  # the subject first
    assert fewfc.predicted_tuples([pact], contract) == Counter(
        {("sub-org", "星河科技"): 1, ("obj-org", "蓝海网络"): 1, ("obj-per", "罗一鸣"): 1})
    unsigned = _fact("partnership", "partnership:symmetric:联合开发", party=[first, second])
    assert not fewfc.predicted_tuples([unsigned], contract)


def test_a_sale_told_by_the_seller_is_a_share_transfer_not_an_investment():
    seller, target = Mention(0, 4, "远山资本", "organization"), Mention(6, 10, "云启科技", "organization")
    buyer = Mention(12, 16, "星河科技", "organization")
    sold = _fact("acquisition", "acquisition:sell:转让给", acquirer=[buyer], target=[target], seller=[seller])
    kinds = fewfc.mapping()
    assert not fewfc.predicted_tuples([sold], kinds["投资"])
    assert fewfc.predicted_tuples([sold], kinds["股份股权转让"]) == Counter(
        {("sub-org", "远山资本"): 1, ("obj-org", "星河科技"): 1, ("target-company", "云启科技"): 1})
    bought = _fact("acquisition", "acquisition:acquire:受让", acquirer=[buyer], target=[target], seller=[seller])
    assert fewfc.predicted_tuples([bought], kinds["投资"]) == Counter({("sub", "星河科技"): 1, ("obj", "云启科技"): 1})


def test_an_evening_stays_in_the_date_where_the_file_labels_it_so_and_drops_where_it_labels_the_day():
    winner, buyer = Mention(0, 4, "岚州电气", "organization"), Mention(8, 12, "青禾电网", "organization")
    won = _fact("purchase", "purchase:tender_won:中标", buyer=[buyer], supplier=[winner])
    won.date = Value(2, 7, "date", DateValue(None, text="7月4日晚"))
    kinds = fewfc.mapping()
    assert fewfc.predicted_tuples([won], kinds["中标"])[("date", "7月4日")] == 1
    bought = _fact("acquisition", "acquisition:active:收购", acquirer=[winner], target=[buyer])
    bought.date = Value(2, 5, "date", DateValue(None, text="6日晚"))
    assert fewfc.predicted_tuples([bought], kinds["投资"])[("date", "6日晚")] == 1
    assert fewfc.predicted_tuples([bought], kinds["收购"])[("date", "6日")] == 1


def test_parties_listed_before_the_word_linking_them_to_the_others_all_sign_first():
    text = "岚州电子、澄星精机与青禾机床签订合作协议。"
    a, b, c = (Mention(text.index(n), text.index(n) + len(n), n, "organization") for n in ("岚州电子", "澄星精机", "青禾机床"))
    pact = _fact("partnership", "partnership:symmetric:合作", party=[a, b, c])
    contract = fewfc.mapping()["签署合同"]
    assert fewfc.predicted_tuples([pact], contract, text=text) == Counter(
        {("sub-org", "岚州电子"): 1, ("sub-org", "澄星精机"): 1, ("obj-org", "青禾机床"): 1})
    text = "岚州电子与澄星精机、青禾机床签订合作协议。"
    a, b, c = (Mention(text.index(n), text.index(n) + len(n), n, "organization") for n in ("岚州电子", "澄星精机", "青禾机床"))
    pact = _fact("partnership", "partnership:symmetric:合作", party=[a, b, c])
    assert fewfc.predicted_tuples([pact], contract, text=text) == Counter(
        {("sub-org", "岚州电子"): 1, ("obj-org", "澄星精机"): 1, ("obj-org", "青禾机床"): 1})


def test_a_partnerships_subject_signs_first_wherever_it_stands():
    text = "曾与澄星汽车签约的岚州汽车总裁表示。"
    b, a = (Mention(text.index(n), text.index(n) + len(n), n, "organization") for n in ("澄星汽车", "岚州汽车"))
    pact = _fact("partnership", "partnership:signed_with:签约", party=[a, b])
    assert fewfc.predicted_tuples([pact], fewfc.mapping()["签署合同"], text=text) == Counter(
        {("sub-org", "岚州汽车"): 1, ("obj-org", "澄星汽车"): 1})


def test_a_partnership_is_scored_with_its_legal_form_as_written_after_its_name():
    text = "澄川投资中心（有限合伙）减持云启科技2%股份。"
    seller, target = Mention(0, 6, "澄川投资中心", "organization"), Mention(14, 18, "云启科技", "organization")
    exit_ = _fact("acquisition", "acquisition:exit:减持", acquirer=[], target=[target], seller=[seller])
    kinds = fewfc.mapping()
    assert fewfc.predicted_tuples([exit_], kinds["减持"], [seller, target], text)[("sub", "澄川投资中心（有限合伙）")] == 1
    assert fewfc.predicted_tuples([exit_], kinds["减持"])[("sub", "澄川投资中心")] == 1  # no text: the name alone
