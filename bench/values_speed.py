"""Throughput of the value finders over ~1 MB of mixed Chinese business text.

Run: .venv/bin/python bench/values_speed.py
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dealgraph.values import DateResolver, find_changes, find_money, find_percents, find_quantities  # noqa: E402

_TEMPLATES = [
    "{co}宣布完成{n}亿元B轮融资，由{co}领投，估值超过{n}亿美元。",
    "{co}{y}年营收{f}亿元，同比增长{p}%，净利润{f}亿元，同比下降{p}%。",
    "据悉，{co}于{y}年{m}月{d}日与{co}签署协议，以{n}亿港元收购其{p}%股权。",
    "今年前三季度，{co}累计出货{n}万台，较去年同期增加{p}%，市场份额约{p}%。",
    "{co}表示，未来三年将投资不少于{n}亿元建设新工厂，预计{y}年底前投产。",
    "The company raised ${n} million in {y}, and revenue rose {p}% year on year to US${f}bn.",
    "报告显示，{y}年至{y}年中国人工智能市场规模从{n}亿元增长到{n}千亿元，年均复合增长率{p}%。",
    "截至{m}月底，平台注册用户超过{n}万人，日均调用量达{n}亿次，员工{n}余人。",
    "在当天的发布会上，公司管理层详细介绍了新一代产品的技术路线与商业化进展，并回答了投资者关心的问题。",
    "业内人士认为，随着行业竞争加剧，头部企业的优势将进一步扩大，中小企业面临较大的经营压力。",
    "分析师指出，该交易若顺利完成，将显著增强公司在海外市场的渠道能力和品牌影响力。",
]
_COMPANIES = ["华鼎科技", "星河智能", "远航资本", "蓝海医药", "中科新材", "Acme Corp", "云启半导体"]


def corpus(size: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        t = rng.choice(_TEMPLATES)
        s = re.sub(r"\{(\w+)\}", lambda m: _fill(m[1], rng), t)
        parts.append(s)
        total += len(s)
    return "".join(parts)


def _fill(kind: str, rng: random.Random) -> str:
    return {
        "co": lambda: rng.choice(_COMPANIES),
        "n": lambda: str(rng.randint(1, 5000)),
        "f": lambda: f"{rng.uniform(1, 999):.2f}",
        "p": lambda: f"{rng.uniform(0, 99):.1f}",
        "y": lambda: str(rng.randint(2015, 2030)),
        "m": lambda: str(rng.randint(1, 12)),
        "d": lambda: str(rng.randint(1, 28)),
    }[kind]()


def main() -> None:
    text = corpus(1_000_000)
    sentences = re.split(r"(?<=[。！？.!?])", text)
    timings = {}
    for name, run in [
        ("find_money", lambda: find_money(text)),
        ("find_percents", lambda: find_percents(text)),
        ("find_changes", lambda: find_changes(text)),
        ("find_quantities", lambda: find_quantities(text)),
        ("DateResolver.find", lambda: [DateResolver("2025-10-12").find(s) for s in sentences[:1]]
         and _dates(sentences)),
    ]:
        t0 = time.perf_counter()
        found = run()
        timings[name] = time.perf_counter() - t0
        print(f"{name:20s} {timings[name]:.3f}s  {len(text) / timings[name] / 1e6:6.2f} M chars/s  ({_count(found)} found)")
    total = sum(timings.values())
    print(f"{'all together':20s} {total:.3f}s  {len(text) / total / 1e6:6.2f} M chars/s over {len(text):,} chars")


def _dates(sentences: list[str]) -> list:
    resolver = DateResolver("2025-10-12")
    return [d for s in sentences for d in resolver.find(s)]


def _count(found) -> int:
    return len(found)


if __name__ == "__main__":
    main()
