"""Traditional and simplified Chinese characters: a character table for name keys, and the reading of a text.

Both come from the character data of OpenCC shipped in the installed opencc-python-reimplemented package (read
from its files, offline). `T2S` maps each traditional character to its simplified form (騰 → 腾, 臺 → 台, 衞 → 卫)
one character for one, so `text.translate(T2S)` keeps every offset; it leaves alone every character a simplified
text may itself contain (乾 in 乾元, 於, 昇 in a name), so a simplified name translates to itself.

`reading(text)` is the text an extractor reads: each line with traditional characters converted with OpenCC's
phrase-aware converter for Taiwan and Hong Kong text (隨著 → 随着 but 顯著 → 显著), every other line as it is. Every
conversion used here replaces one character by one, so the reading has the text's length and its offsets index both
(checked: a line whose conversion changed its length is translated character by character instead).
"""

from __future__ import annotations

import importlib.util
from functools import cache
from pathlib import Path

# Characters a simplified text uses in names though OpenCC treats them as traditional (昇腾, 陞, 堃): never changed
# in name keys, and kept as written in a line that is mostly simplified.
_NAME_CHARS = frozenset("昇陞堃喆淼犇甯")
# Hong Kong forms OpenCC's traditional-to-simplified table does not list (hk2s reads them through HKVariantsRev).
# The block of Han characters in common use: a simplified form beyond it (an extension's 𬱖 for 頔) is one that
# simplified text does not use; the character is left as written.
_COMMON_HAN, _COMMON_HAN_END = "\u4e00", "\u9fff"
_HK_FORMS = {"衞": "衛", "粧": "妝", "敍": "敘", "枱": "檯", "糭": "糉", "簷": "檐", "痺": "痹", "睪": "睾"}


def _dictionary(name: str) -> list[tuple[str, list[str]]]:
    spec = importlib.util.find_spec("opencc")  # its files only: importing the package would load its converter
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("the opencc package (opencc-python-reimplemented) is needed for traditional Chinese")
    path = Path(next(iter(spec.submodule_search_locations))) / "dictionary" / name
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if "\t" in line:
            key, values = line.split("\t", 1)
            rows.append((key, values.split(" ")))
    return rows


def _tables() -> tuple[dict[int, str], frozenset[str], frozenset[str], frozenset[str]]:
    ts = {k: v for k, v in _dictionary("TSCharacters.txt") if len(k) == 1}
    simplified_too = {c for values in ts.values() for c in values} | {k for k, _ in _dictionary("STCharacters.txt")}
    table = {k: v[0] for k, v in ts.items() if v[0] != k and len(v[0]) == 1 and k not in simplified_too
             and k not in _NAME_CHARS and _COMMON_HAN <= v[0] <= _COMMON_HAN_END}  # (頔 → 𬱖: no form in common use)
    for form, standard in _HK_FORMS.items():
        target = ts[standard][0] if standard in ts else standard
        if form not in table and form not in simplified_too and target != form:
            table[form] = target
    ambiguous = frozenset(k for k, v in ts.items() if v[0] != k and k in simplified_too) | _NAME_CHARS
    simplified_only = frozenset(v[0] for v in ts.values() if v[0] not in ts)
    return {ord(k): v for k, v in table.items()}, frozenset(table), ambiguous, simplified_only


T2S, TRADITIONAL_ONLY, _AMBIGUOUS, _SIMPLIFIED_ONLY = _tables()
_HK_TABLE = {ord(k): v for k, v in _HK_FORMS.items()}


def simplified_chars(text: str) -> str:
    """The text with every traditional character replaced by its simplified form (same length; no phrases)."""
    return text if TRADITIONAL_ONLY.isdisjoint(text) else text.translate(T2S)


def traditional_count(text: str) -> int:
    """How many characters of the text only a traditional text uses."""
    return sum(1 for ch in text if ch in TRADITIONAL_ONLY)


@cache
def _converter():  # type: ignore[no-untyped-def]
    from opencc import OpenCC

    return OpenCC("tw2s")


def _line_reading(line: str) -> str:
    converted = _converter().convert(line.translate(_HK_TABLE))
    if len(converted) != len(line):
        return line.translate(T2S)
    if not converted.isascii() and max(converted) > _COMMON_HAN_END:  # (a cheap test first: most lines have none)
        converted = "".join(c if c <= _COMMON_HAN_END or c == o or c > "\uffff" and o > "\uffff" else o
                            for o, c in zip(line, converted))  # 頔 stays 頔, never an extension's 𬱖
    if sum(1 for ch in line if ch in _SIMPLIFIED_ONLY) > traditional_count(line):
        # a simplified line quoting a traditional name: its own 乾, 於, 昇 … are simplified text, left as written
        converted = "".join(o if o in _AMBIGUOUS else c for o, c in zip(line, converted))
    return converted


def reading(text: str) -> tuple[str, int]:
    """(the text with each line that has traditional characters converted to simplified, how many lines were)."""
    lines = text.split("\n")
    count = 0
    for i, line in enumerate(lines):
        if not TRADITIONAL_ONLY.isdisjoint(line):
            lines[i] = _line_reading(line)
            count += 1
    return ("\n".join(lines) if count else text), count
