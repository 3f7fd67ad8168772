"""Spans of time rather than points in it: 未来三年 -> "3y", 过去四个季度 -> "-4q"."""

from __future__ import annotations

import re

from dealgraph.values.numbers import first_chars, lead, parse_chinese

_HORIZON_UNITS = {"年": "y", "个月": "m", "个季度": "q", "季度": "q", "个星期": "w",
                  "星期": "w", "周": "w", "天": "d", "日": "d"}
_HORIZON_PRE = "未来 今后 此后 接下来的 接下来 为期 过去 最近 近".split()
_HORIZON_RX = re.compile(
    lead("0123456789一二两三四五六七八九十半" + first_chars(*_HORIZON_PRE)) +
    rf"(?P<pre>{'|'.join(_HORIZON_PRE)})?"
    r"(?<![0-9上下前后])(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3}|半)"
    rf"(?P<unit>{'|'.join(sorted(_HORIZON_UNITS, key=len, reverse=True))})(?P<post>之内|以内|内|来|间)?"
)


def find_horizons(text: str) -> list[tuple[int, int, str]]:
    """Spans of time: 未来三年 / 为期三年 / 三年内 -> "3y", 未来6个月 -> "6m";
    looking back (过去四个季度, 近三年来) gets a minus sign: "-4q", "-3y"."""
    return [(m.start(), m.end(), h) for m in _HORIZON_RX.finditer(text)
            if (m["pre"] or m["post"]) and (h := _horizon(m))]


def _horizon(m: re.Match) -> str | None:
    unit = _HORIZON_UNITS[m["unit"]]
    if m["n"] == "半":
        n, unit = (6, "m") if unit == "y" else (None, unit)
    else:
        n = int(m["n"]) if m["n"].isdigit() else int(parse_chinese(m["n"]) or 0)
    back = m["pre"] in ("过去", "最近", "近") or m["post"] == "来"
    return f"{'-' if back else ''}{n}{unit}" if n else None
