"""Ingest: formats, encodings, boilerplate, dedup, reference dates, bad input, and a consistent database."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dealgraph import jobs, settings
from dealgraph.ingest import read_path
from dealgraph.ingest.clean import clean
from dealgraph.ingest.refdate import infer

ZH = "星澜半导体于2024年3月完成5亿元B轮融资，由腾讯领投。\n该公司计划明年提交上市申请。\n"


def _write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def _counts(store) -> tuple[int, int, int]:
    c = store.counts()
    return c["documents"], c["facts"], c["evidence"]


def test_reingesting_the_reference_article_or_a_gb18030_copy_adds_nothing(cli, store, reference_path, tmp_path):
    cli("ingest", "-q", str(reference_path))
    before = _counts(store)
    assert before[0] == 1 and before[1] > 20
    cli("ingest", "-q", str(reference_path))
    copy = tmp_path / "copy.txt"
    copy.write_bytes(reference_path.read_text("utf-8").encode("gb18030"))
    result = cli("ingest", "-q", str(copy))
    assert "1 already stored" in result.output
    assert _counts(store) == before


def test_folder_with_binary_empty_and_good_file(cli, store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "blob.bin").write_bytes(bytes(range(256)) * 40)
    (folder / "empty.txt").write_bytes(b"")
    _write(folder / "good.txt", ZH)
    result = cli("ingest", "-q", str(folder), code=2)
    assert "blob.bin" in result.output and "binary" in result.output
    assert "empty.txt" in result.output and "empty" in result.output
    assert store.counts()["documents"] == 1
    assert {f["path"].split("/")[-1] for f in store.failures()} == {"blob.bin", "empty.txt"}
    assert store.check_integrity() == []


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "gbk", "utf-16", "utf-8-sig"])
def test_encodings_decode_to_the_same_text(tmp_path, encoding):
    path = _write(tmp_path / f"doc-{encoding}.txt", ZH, encoding)
    (doc,) = list(read_path(path))
    assert doc.text == ZH.strip()


def test_big5_traditional_is_kept_as_written_and_read_in_simplified(tmp_path):
    path = _write(tmp_path / "tw.txt", "騰訊於2023年投資了這家機器人公司，該公司獲得億元融資。", "big5")
    (doc,) = list(read_path(path))
    assert doc.text.startswith("騰訊於2023年投資了這家機器人公司")
    assert doc.read_text.startswith("腾讯于2023年投资了这家机器人公司") and len(doc.read_text) == len(doc.text)
    assert doc.meta["traditional"] is True


def test_boilerplate_lines_are_removed_and_the_repost_date_is_not_the_writing_date():
    text = ("今年3月，星澜半导体完成融资。\n图源 / 视觉中国\n2024年它的收入翻倍。\n"
            "本文由某某资讯于2026-02-03转载，转载请注明出处。\n本文链接:https://example.com/1.html")
    cleaned = clean(text)
    assert "图源" not in cleaned.text and "本文链接" not in cleaned.text
    assert cleaned.footer_date == "2026-02-03"
    assert infer(cleaned.text, ceiling=cleaned.footer_date) == "2024"


def test_future_years_do_not_set_the_reference_date():
    assert infer("公司预计到2032年实现盈利，2025年营收增长。") == "2025"


def test_jsonl_keeps_ids_and_lists_bad_lines(cli, store, tmp_path):
    lines = [json.dumps({"id": "n-1", "title": "t", "date": "2024-05-01", "text": ZH}, ensure_ascii=False),
             "{not json", json.dumps({"id": "n-2"})]
    _write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    result = cli("ingest", "-q", str(tmp_path / "batch.jsonl"), code=2)
    assert "batch.jsonl:2" in result.output and "batch.jsonl:3" in result.output
    (doc,) = list(store.documents())
    assert doc["id"] == "n-1" and doc["ref_date"] == "2024-05-01" and doc["ref_date_source"] == "metadata"


def test_html_page_chrome_and_credits_are_stripped(tmp_path):
    page = ("<html><head><title>星澜融资</title><meta name='date' content='2024-06-02'>"
            "<script>var x = '腾讯投资了某公司';</script></head><body><nav>首页 | 科技</nav>"
            "<p>星澜半导体完成5亿元融资，由腾讯领投。</p><p>图源 / 视觉中国</p><div><p>未闭合的段落"
            "<footer>版权所有 转载请注明</footer></body>")
    (doc,) = list(read_path(_write(tmp_path / "p.html", page)))
    assert doc.title == "星澜融资" and doc.ref_date == "2024-06-02"
    assert "星澜半导体完成5亿元融资" in doc.text and "未闭合的段落" in doc.text
    assert "var x" not in doc.text and "首页" not in doc.text and "图源" not in doc.text and "版权" not in doc.text


def test_pdf_text_is_read(tmp_path):
    _pdf(tmp_path / "a.pdf")
    (doc,) = list(read_path(tmp_path / "a.pdf"))
    assert "Tencent invested in Northbeam" in doc.text


def _pdf(path: Path) -> None:
    """Write a one-page PDF holding one line of text (objects and xref table by hand)."""
    stream = b"BT /F1 12 Tf 72 720 Td (Tencent invested in Northbeam AI in 2024.) Tj ET"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = b"%PDF-1.4\n", []
    for n, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    path.write_bytes(out)


def test_broken_pdf_and_wrong_encoding_are_listed_not_fatal(cli, store, tmp_path):
    (tmp_path / "bad.pdf").write_bytes(b"%PDF-1.4 this is not really a pdf")
    (tmp_path / "latin.txt").write_bytes(bytes([0x81, 0xff, 0xfe, 0x80]) * 50)
    _write(tmp_path / "ok.md", "# 标题\nDate: 2024-01-02\n\n" + ZH)
    result = cli("ingest", "-q", str(tmp_path), code=2)
    assert "bad.pdf" in result.output and "latin.txt" in result.output
    assert store.counts()["documents"] == 1


def test_enormous_file_is_refused_with_a_reason(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "MAX_DOCUMENT_BYTES", 100)
    (item,) = list(read_path(_write(tmp_path / "big.txt", ZH * 10)))
    assert "too large" in item.reason


def test_half_finished_ingest_leaves_a_consistent_database_and_resumes(store, tmp_path, monkeypatch):
    for n in range(4):
        _write(tmp_path / f"d{n}.txt", f"第{n}篇：" + ZH)
    monkeypatch.setattr(settings, "INGEST_BATCH", 2)
    real, calls = jobs.process, []

    def dying(doc):  # the job is killed while reading the fourth document
        calls.append(doc.id)
        if len(calls) == 4:
            raise KeyboardInterrupt
        return real(doc)

    monkeypatch.setattr(jobs, "process", dying)
    with pytest.raises(KeyboardInterrupt):
        jobs.ingest(store, [str(tmp_path)])
    assert store.counts()["documents"] == 2 and store.check_integrity() == []
    monkeypatch.setattr(jobs, "process", real)
    report = jobs.ingest(store, [str(tmp_path)])
    assert (report.stored, report.duplicates) == (2, 2)
    assert store.counts()["documents"] == 4 and store.check_integrity() == []


def test_missing_path_is_reported(cli, tmp_path):
    result = cli("ingest", "-q", str(tmp_path / "nope.txt"), code=2)
    assert "no such file" in result.output


def test_a_reused_jsonl_id_with_other_text_is_refused_not_mixed(cli, store, tmp_path):
    first = json.dumps({"id": "same", "text": ZH}, ensure_ascii=False)
    other = json.dumps({"id": "same", "text": "云帆机器人于2021年登陆科创板。"}, ensure_ascii=False)
    _write(tmp_path / "a.jsonl", first + "\n" + other + "\n")
    result = cli("ingest", "-q", str(tmp_path / "a.jsonl"), code=2)
    assert "already used" in result.output
    (doc,) = list(store.documents())
    assert doc["text"] == ZH.strip() and store.check_integrity() == []
    _write(tmp_path / "b.jsonl", other + "\n")
    assert "already stored with other text" in cli("ingest", "-q", str(tmp_path / "b.jsonl"), code=2).output


ANNOUNCEMENT = ("青岚微电子：关于股东澄湖创投出售股份完成的公告\n日期：2025-07-02\n\n"
                "近日，公司收到股东澄湖创投的告知函，澄湖创投于2025年6月30日以大宗交易减持公司股份200万股，"
                "占公司总股本的1.2%。\n")


def _exits(doc) -> list[tuple[list[str], list[str]]]:
    from dealgraph.extract.pipeline import extract

    facts = extract(doc.id, doc.text, doc.ref_date, doc.title).facts
    return [([m.text for m in f.roles["seller"]], [m.text for m in f.roles["target"]])
            for f in facts if f.type == "acquisition" and f.roles.get("seller")]


def test_an_announcements_title_stays_in_the_text_and_names_the_company_its_body_calls_gongsi(tmp_path):
    doc = next(read_path(_write(tmp_path / "a.txt", ANNOUNCEMENT)))
    assert doc.title.startswith("青岚微电子") and doc.ref_date == "2025-07-02"
    assert doc.text.startswith("青岚微电子：关于") and "日期" not in doc.text
    assert _exits(doc) == [(["澄湖创投"], ["青岚微电子"])]
    record = {"id": "a-1", "title": "青岚微电子关于股东减持股份的公告", "date": "2025-07-02",
              "text": ANNOUNCEMENT.split("\n\n", 1)[1]}
    doc = next(read_path(_write(tmp_path / "a.jsonl", json.dumps(record, ensure_ascii=False) + "\n")))
    assert doc.text.startswith("青岚微电子关于") and _exits(doc) == [(["澄湖创投"], ["青岚微电子"])]


def test_a_news_headline_stays_out_of_the_text():
    """A headline's clipped grammar is not read: its facts are the body's."""
    path = Path(__file__).parent / "data" / "heldout" / "h01_hengchuan_series_b.txt"
    doc = next(read_path(path))
    assert doc.title and not doc.text.startswith(doc.title)


def test_an_announcements_title_in_a_pages_title_stays_in_the_text(tmp_path):
    """An HTML page whose <title> is an announcement's title with the site's name after it: the title is kept,
    the site's name is not; a page whose body opens with the title does not get it twice."""
    body = ANNOUNCEMENT.split("\n\n", 1)[1]
    page = ("<html><head><title>青岚微电子：关于股东澄湖创投出售股份完成的公告_澄观财经网</title>"
            f"<meta name='date' content='2025-07-02'></head><body><p>{body}</p></body></html>")
    doc = next(read_path(_write(tmp_path / "a.html", page)))
    assert doc.text.startswith("青岚微电子：关于股东澄湖创投出售股份完成的公告\n") and "澄观财经网" not in doc.text
    assert _exits(doc) == [(["澄湖创投"], ["青岚微电子"])]
    page = page.replace("<body><p>", "<body><h1>青岚微电子：关于股东澄湖创投出售股份完成的公告</h1><p>")
    assert next(read_path(_write(tmp_path / "b.html", page))).text.count("出售股份完成的公告") == 1
    news = ("<html><head><title>澄湖创投减持青岚微电子 - 澄观财经网</title></head>"
            f"<body><p>{body}</p></body></html>")
    assert next(read_path(_write(tmp_path / "c.html", news))).text.startswith("近日，公司收到")


def test_spaces_between_chinese_and_latin_words_go_in_a_chinese_line():
    """智谱 AI 、百川智能: a space some sites print between Chinese and Latin text splits a name and its list."""
    from dealgraph.ingest.clean import clean

    text = clean("阿里此前已投资过澄川 AI 、青禾智能和岚山万物。\n澄观完成了超 10 亿美元 B 轮融资。\n"
                 "Lanting invested in 澄川 last year.").text
    assert text.split("\n") == ["阿里此前已投资过澄川AI、青禾智能和岚山万物。", "澄观完成了超10亿美元B轮融资。",
                                "Lanting invested in 澄川 last year."]
    assert clean("月之暗面（Moonshot AI）完成融资。").text == "月之暗面（Moonshot AI）完成融资。"


def test_symbols_and_pinyin_a_site_put_into_the_text_go():
    from dealgraph.ingest.clean import clean

    text = clean("澄川智能经营亏损分别为13◆■.35亿元◆★、21.32亿元。\n◆ 要点一\n青禾智能的爆发(bàofā)推动了"
                 "融资(róngzī)。\n澄观(Lanting AI)完成融资。").text
    assert text.split("\n") == ["澄川智能经营亏损分别为13.35亿元、21.32亿元。", "◆ 要点一", "青禾智能的爆发推动了融资。",
                                "澄观(Lanting AI)完成融资。"]


def test_a_date_line_under_the_headline_is_the_reference_date(tmp_path):
    path = _write(tmp_path / "d.txt", "青禾科技完成3亿元A轮融资\n2025年4月18日 20:35\n\n青禾科技今日宣布完成3亿元A轮融资。"
                  "公司1月9日发布了首款产品。\n", "utf-8")
    (doc,) = list(read_path(path))
    assert doc.ref_date == "2025-04-18" and doc.title == "青禾科技完成3亿元A轮融资"
    assert doc.text.startswith("青禾科技今日宣布")  # the headline and the date line are no body text


def test_date_only_lines_in_chinese_and_english_forms():
    from dealgraph.ingest.refdate import date_line
    assert date_line("（2025年10月22日）") == "2025-10-22"
    assert date_line("2025-04-18 10:30") == "2025-04-18"
    assert date_line("Friday, 18 April 2025") == "2025-04-18"
    assert date_line("Sept. 9, 2025") == "2025-09-09"
    assert date_line("2025年2月7日 20:35 来源：澜海财经") == "2025-02-07"
    # near misses: a date inside a sentence, an impossible date
    assert date_line("据2025年1月5日公告，公司完成收购。") is None
    assert date_line("2025年公司营收增长") is None
    assert date_line("2025年2月30日") is None


def test_an_english_date_after_date_colon_is_read_whole(tmp_path):
    path = tmp_path / "pike.txt"
    path.write_text("Pike raises $80 million\nDate: November 19, 2025\n\nPike Analytics said on Tuesday it raised "
                    "$80 million.\n", "utf-8")
    (doc,) = list(read_path(path))
    assert doc.ref_date == "2025-11-19"  # was 2025: "on Tuesday" could not be resolved
    from dealgraph.ingest.refdate import normalise
    assert normalise("Friday, 18 April 2025") == "2025-04-18"
    assert normalise("2025/10/12") == "2025-10-12" and normalise("2025-10") == "2025-10"  # the numeric forms stay
    assert normalise("November 2025") == "2025"  # near miss: no day, the year alone as before


def test_an_english_wire_dateline_dates_the_document():
    assert infer("Pike raises $80 million\n\nLONDON, Sept. 9, 2025 - Pike Analytics said it raised $80 million.") \
        == "2025-09-09"
    assert infer("SANTA CLARA, Calif., May 4, 2025 /PRNewswire/ -- Northwind said on Monday it sold 2 million "
                 "shares.") == "2025-05-04"
    # a date inside the body is an event, not the writing date
    assert infer("Pike Analytics said it was founded on May 4, 2019 in Austin.") == "2019"


def test_a_dateline_after_the_repost_date_is_not_taken():
    assert infer("青禾科技完成融资\n2026年4月18日\n青禾科技今日宣布完成融资。", ceiling="2025-12-31") != "2026-04-18"


def test_a_bracketed_date_opening_the_body_dates_the_document():
    assert infer("（2025年10月22日）澄川科技10月21日晚间公告，董事长王澜已转让所持股份。") == "2025-10-22"
    assert infer("澄川科技（2025年10月22日公告）称，董事长王澜已转让所持股份。") != "2025-10-22"
