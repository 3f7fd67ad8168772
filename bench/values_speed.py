"""Throughput of the value finders over ~1 MB of Chinese business text (with some English).

Two corpora are generated from sentences written for this benchmark:
"news" mixes one value-bearing sentence with two plain ones (roughly the density of
financing and earnings news); "dense" uses value-bearing sentences only (worst case).

Run: .venv/bin/python bench/values_speed.py
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dealgraph.values import (  # noqa: E402
    DateResolver, find_changes, find_money, find_percents, find_quantities,
)

VALUE_SENTENCES = [
    "{co}宣布完成{n}亿元B轮融资，由{co}领投，投后估值超过{n}亿美元。",
    "{co}{y}年营收{f}亿元，同比增长{p}%，净利润{f}亿元，同比下降{p}%。",
    "据悉，{co}于{y}年{m}月{d}日与{co}签署协议，以{n}亿港元收购其{p}%股权。",
    "今年前三季度，{co}累计出货{n}万台，较去年同期增加{p}%，市场份额约{p}%。",
    "{co}表示，未来三年将投资不少于{n}亿元建设新工厂，预计{y}年底前投产。",
    "The company raised ${n} million in {y}, and revenue rose {p}% year on year to US${f}bn.",
    "报告显示，{y}年至{y}年中国人工智能市场规模从{n}亿元增长到{n}亿元，年均复合增长率{p}%。",
    "截至{m}月底，平台注册用户超过{n}万人，日均调用量达{n}亿次，员工{n}余人。",
]
PLAIN_SENTENCES = [
    "在当天的发布会上，公司管理层详细介绍了新一代产品的技术路线与商业化进展，并回答了投资者关心的问题。",
    "业内人士认为，随着行业竞争加剧，头部企业的优势将进一步扩大，中小企业面临较大的经营压力。",
    "分析师指出，该交易若顺利完成，将显著增强公司在海外市场的渠道能力和品牌影响力。",
    "公司创始人表示，团队将继续聚焦核心技术研发，同时加快产品在制造、物流和医疗等场景的落地。",
    "多位受访者提到，客户对数据安全和系统稳定性的要求越来越高，这对供应商的交付能力提出了新挑战。",
    "监管部门近年来持续完善相关规则，引导资本更多投向具有长期价值的硬科技领域。",
    "记者从知情人士处了解到，双方的合作细节仍在磋商之中，最终方案尚未确定。",
    "Analysts said the deal would strengthen the group's position in Southeast Asia and Europe.",
    "该负责人称，新工厂将采用更高比例的自动化设备，并与当地高校共建人才培养基地。",
    "对于外界关心的上市计划，公司方面回应称暂无明确时间表，一切以公告为准。",
]
COMPANIES = ["华鼎科技", "星河智能", "远航资本", "蓝海医药", "中科新材", "Acme Corp", "云启半导体"]


def corpus(size: int, plain_per_value: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    parts, total = [], 0
    while total < size:
        for template in [rng.choice(VALUE_SENTENCES)] + rng.choices(PLAIN_SENTENCES, k=plain_per_value):
            parts.append(re.sub(r"\{(\w+)\}", lambda m: _fill(m[1], rng), template))
            total += len(parts[-1])
    return "".join(parts)


def _fill(kind: str, rng: random.Random) -> str:
    return {
        "co": lambda: rng.choice(COMPANIES),
        "n": lambda: str(rng.randint(1, 5000)),
        "f": lambda: f"{rng.uniform(1, 999):.2f}",
        "p": lambda: f"{rng.uniform(0, 99):.1f}",
        "y": lambda: str(rng.randint(2015, 2030)),
        "m": lambda: str(rng.randint(1, 12)),
        "d": lambda: str(rng.randint(1, 28)),
    }[kind]()


def _dates(sentences: list[str]) -> list:
    resolver = DateResolver("2025-10-12")
    return [found for sentence in sentences for found in resolver.find(sentence)]


def _best_of(runs: int, run) -> tuple[int, float]:
    """(number found, fastest time in seconds): the machine may be shared."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        count = len(run())
        best = min(best, time.perf_counter() - start)
    return count, best


def measure(name: str, text: str) -> None:
    sentences = re.split(r"(?<=[。！？.!?])", text)
    finders = {
        "find_money": lambda: find_money(text),
        "find_percents": lambda: find_percents(text),
        "find_quantities": lambda: find_quantities(text),
        "DateResolver.find": lambda: _dates(sentences),
        "find_changes": lambda: find_changes(text),
    }
    print(f"{name} corpus: {len(text):,} chars")
    seconds = {}
    for finder, run in finders.items():
        count, seconds[finder] = _best_of(3, run)
        rate = len(text) / seconds[finder] / 1e6
        print(f"  {finder:18s} {seconds[finder]:.3f}s {rate:6.2f} M chars/s {count:6d} found")
    core = sum(t for f, t in seconds.items() if f != "find_changes")
    print(f"  money+percents+quantities+dates: {len(text) / core:,.0f} chars/s")
    print(f"  all five:                        {len(text) / sum(seconds.values()):,.0f} chars/s")


if __name__ == "__main__":
    measure("news", corpus(1_000_000, plain_per_value=2))
    measure("dense", corpus(1_000_000, plain_per_value=0))
