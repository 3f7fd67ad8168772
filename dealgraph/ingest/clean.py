"""Page boilerplate: reposting footers, image credits, share prompts. Removed whole lines only."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from dealgraph.hanzi import simplified_chars

_BOILERPLATE = [re.compile(p, re.I) for p in (
    r"^(图源|图片来源|图片|配图|题图|头图|封面|摄影|image|photo|picture|credit)\s*[/／|｜:：]\s*\S.{0,40}$",
    r"^本文(由|来自|转载自|系|作者|原载|首发|经授权).{0,80}(发表|发布|转载|授权|首发|来源)",
    r"^(本文|原文)(链接|地址|网址)\s*[:：]",
    r"^(来源|转载自|原文来源|文章来源|出处|source)\s*[:：]\s*\S.{0,60}$",
    r"^(责任编辑|责编|编辑|校对|审核|作者)\s*[:：|｜].{0,30}$",
    r"(转载请注明|版权所有|版权声明|免责声明|未经授权.{0,6}转载|如有侵权|如有疑问,?请联系)",
    r"^(点击|扫码|长按).{0,20}(关注|阅读原文|二维码|订阅)",
    r"^(copyright|©|all rights reserved)",
    r"^(share|分享到)\s*[:：]",
)]
_FOOTER_DATE = re.compile(r"(20\d\d)[-/年.](\d{1,2})[-/月.](\d{1,2})")
_SPACES = re.compile(r"[ \t\u3000\xa0]+")


@dataclass
class Cleaned:
    text: str
    removed: list[str] = field(default_factory=list)

    @property
    def footer_date(self) -> str | None:
        """A date found in removed boilerplate: a reposting date, not the writing date."""
        for line in self.removed:
            m = _FOOTER_DATE.search(line)
            if m:
                return f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}"
        return None


def is_boilerplate(line: str) -> bool:
    """A line of page boilerplate, in either script (圖片來源 / 图片来源)."""
    line = simplified_chars(line)
    return any(p.search(line) for p in _BOILERPLATE)


def clean(text: str) -> Cleaned:
    """Normalise line ends and spaces, drop boilerplate lines and blank runs."""
    kept: list[str] = []
    removed: list[str] = []
    for raw in _spaced_columns(text.replace("\r\n", "\n").replace("\r", "\n").split("\n")):
        line = _cell_row(raw) if "\t" in raw else None
        if line is None:
            line = _chinese_spacing(_without_page_noise(_SPACES.sub(" ", raw).strip()))
        if not line:
            if kept and kept[-1] != "":
                kept.append("")
            continue
        (removed if is_boilerplate(line) else kept).append(line)
    while kept and kept[-1] == "":
        kept.pop()
    return Cleaned("\n".join(_unwrapped(kept)), removed)


def _tidy(part: str) -> str:
    return _chinese_spacing(_without_page_noise(_SPACES.sub(" ", part).strip()))


def _cell_row(raw: str) -> str | None:
    """A table's row (cells apart by tabs, as the HTML reader writes them): each cell tidied, the tabs kept, an empty
    cell kept as an empty field (it keeps the cells after it under their headers). A line with fewer than two cells
    holding text is no row (None): it is tidied as any line."""
    cells = [_tidy(cell) for cell in raw.split("\t")]
    while cells and not cells[-1]:
        cells.pop()
    if sum(1 for cell in cells if cell) < 2:
        return None
    return "\t".join(cells)


# Columns of plain text set apart by runs of spaces (two or more, or a tab) on two or more lines in a row, each line
# cut into the same number (three or more) of cells: a table typed as text. Its runs become tabs, as in a row the
# HTML reader writes; a single space (inside a name, between English words) cuts nothing, nor do two after a mark
# ending a sentence or clause (typed text that sets two spaces after a full stop is no table).
_COLUMN_GAP = re.compile(r"(?<=\S)(?<![.!?。！？;；:：,，、])(?: ?\t[ \t]*|[ \u3000]{2,})(?=\S)")
_MIN_SPACED_CELLS = 3


def _spaced_columns(lines: list[str]) -> list[str]:
    counts = [len(_COLUMN_GAP.findall(line.strip())) + 1 if "  " in line or "\u3000" in line or "\t" in line else 1
              for line in lines]
    out = list(lines)
    for i, n in enumerate(counts):
        if n >= _MIN_SPACED_CELLS and (i and counts[i - 1] == n or i + 1 < len(counts) and counts[i + 1] == n):
            out[i] = _COLUMN_GAP.sub("\t", lines[i].strip())
    return out


# A space between a Chinese character and a Latin letter or digit, as some sites print them (智谱 AI 、百川智能和
# 零一万物; 完成了超 10 亿美元 B 轮融资): Chinese uses no spaces, and one inside a name or a list splits it.
_CJK_LATIN_SPACE = re.compile(r"(?<=[\u4e00-\u9fff\u3001-\u303f\uff01-\uff0f\uff1a-\uff1f]) (?=[A-Za-z0-9])"
                              r"|(?<=[A-Za-z0-9%]) (?=[\u4e00-\u9fff\u3001-\u303f\uff01-\uff0f\uff1a-\uff1f])")
# A space between a Chinese character and a bracket or quote mark (简称 “星河”, ( 以下简称, 服务商 “澜算”), as
# text taken from a PDF carries them: Chinese sets none there, and one keeps a quoted name from the word before it.
_CJK_MARK_SPACE = re.compile(r"(?<=[\u4e00-\u9fff“”‘’（）()《》「」]) +(?=[“”‘’（）()《》「」])"
                             r"|(?<=[“”‘’（）()《》「」]) +(?=[\u4e00-\u9fff“”‘’（）()《》「」])")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_LATIN = re.compile(r"[A-Za-z]")


# Noise some reposting sites put into a text: runs of decorative symbols inside it (亏损13◆■.35亿元, 投资◆★★), and
# pinyin with tone marks after words (新一轮(xīnyīlún)). A symbol opening a line is a list's bullet and stays; a Latin
# gloss in brackets without tone marks (Moonshot AI) is a name and stays.
_DECORATION = re.compile(r"(?<=\S)[◆◇■□★☆▲△▼▽●○◎]+")
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[(（](?=[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])"
                     r"[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]")


def _without_page_noise(line: str) -> str:
    return _PINYIN.sub("", _DECORATION.sub("", line))


def _chinese_spacing(line: str) -> str:
    """A Chinese line without the spaces between its Chinese characters and Latin words or numbers; the spaces between
    Latin words stay (Moonshot AI), and a line mostly in English keeps all of them (… invested in 智谱 last year)."""
    if " " not in line or len(_HAN.findall(line)) * 2 < len(_LATIN.findall(line)):
        return line
    return _CJK_MARK_SPACE.sub("", _CJK_LATIN_SPACE.sub("", line))


# A line that opens a list item or a heading starts a line of its own even in wrapped text
_ITEM = re.compile(r"^(?:[-*•·●▪◆■]\s|\d{1,2}[.、)）]\s?|[(（]\d{1,2}[)）]|[一二三四五六七八九十]+、|#)")
_SENTENCE_END = re.compile(r"[。！？!?；;.][”’\"')）]?$")
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]")
_TABLE_ROW = re.compile(r"\t|[|｜].*[|｜]")  # cells apart by tabs, or by two pipes or more (Markdown)


def _unwrapped(lines: list[str]) -> list[str]:
    """Text wrapped at a fixed width (plain-text mail and wire copy, the text of a PDF) has every line of a
    paragraph cut where the width ran out, often inside a name ("Lanting\nVentures") or a sentence. Where the
    lines cluster below one width (the longest hardly longer than most), a line that reaches near that width
    and is followed by more text in its paragraph goes on in the next line, unless it ends a sentence: the two are
    joined (with a space between Latin words, none between Chinese characters). Text with one paragraph per line
    is left as it is."""
    lengths = sorted(len(line) for line in lines if len(line) >= 20)
    if len(lengths) < 3:
        return lines
    width = lengths[int(len(lengths) * 0.8)]
    if width > 120 or lengths[-1] > width * 1.15:
        return lines  # one paragraph per line (lengths spread far past any width), or no width at all
    full = width * 0.75
    joins = [i for i in range(len(lines) - 1) if len(lines[i]) >= full and lines[i + 1] and not _ITEM.match(lines[i + 1])
             and not _TABLE_ROW.search(lines[i]) and not _TABLE_ROW.search(lines[i + 1])  # a table's row stays a line
             and not _SENTENCE_END.search(lines[i])]  # a line ending a sentence may end a paragraph: left so
    if len(joins) < 2:
        return lines
    out: list[str] = []
    for i, line in enumerate(lines):
        if i - 1 in joins and out:
            cjk = _CJK.match(line[:1]) and _CJK.match(out[-1][-1:])
            out[-1] = out[-1] + ("" if cjk or out[-1].endswith("-") and line[:1].islower() else " ") + line
        else:
            out.append(line)
    return out
