"""Organisation names: normal form for matching, legal suffixes, short forms."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from dealgraph.hanzi import T2S, TRADITIONAL_ONLY

# Legal and generic suffixes, longest first; stripping them gives the name's core.
LEGAL_SUFFIXES = ("股份有限公司", "有限责任公司", "控股有限公司", "集团有限公司", "有限公司", "控股集团", "集团公司",
                  "股份公司", "集团", "公司", "控股", "株式会社")
EN_SUFFIXES = ("incorporated", "corporation", "holdings", "holding", "limited", "group", "company", "corp", "inc",
               "ltd", "llc", "plc", "co", "gmbh", "sa", "ag")
# Words an organisation name often ends with; a name minus one of these is a usable short form (宇树科技 → 宇树).
DESCRIPTOR_SUFFIXES = ("人工智能", "半导体", "机器人", "科技", "技术", "智能", "网络", "存储", "动力", "信息", "电子",
                       "微电子", "软件", "数据", "汽车", "医疗", "生物", "智行", "智算", "海购", "资本", "创投")
_PUNCT = re.compile(r"[\s·•・\-_.,，。、()（）\[\]【】“”\"'‘’《》]+")
_EN_SUFFIX = re.compile(r"\b(" + "|".join(EN_SUFFIXES) + r")\b\.?", re.I)
_HAN = re.compile(r"[\u4e00-\u9fff]")


def fold(text: str) -> str:
    """Full-width to half-width, lower case, simplified characters (騰訊 → 腾讯), no punctuation or spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    if not (text.isascii() or TRADITIONAL_ONLY.isdisjoint(text)):  # (the check is faster than the translation)
        text = text.translate(T2S)
    return _PUNCT.sub("", text)


@lru_cache(maxsize=1 << 16)
def core(name: str) -> str:
    """The folded name without legal suffixes (阿里巴巴集团控股有限公司 → 阿里巴巴; Alibaba Group Holding Ltd → alibaba)."""
    text = _EN_SUFFIX.sub(" ", unicodedata.normalize("NFKC", name))
    folded = fold(text)
    changed = True
    while changed:
        changed = False
        for suffix in LEGAL_SUFFIXES:
            if folded.endswith(suffix) and len(folded) - len(suffix) >= 2:
                folded, changed = folded[: -len(suffix)], True
    return folded or fold(name)


def short_forms(name: str) -> list[str]:
    """Shorter names a document may use for `name` after introducing it (宇树科技 → 宇树)."""
    return list(_short_forms(name))


@lru_cache(maxsize=1 << 16)
def _short_forms(name: str) -> tuple[str, ...]:
    base = core(name)
    forms = []
    for suffix in DESCRIPTOR_SUFFIXES:
        if base.endswith(suffix) and len(base) - len(suffix) >= 2:
            forms.append(base[: -len(suffix)])
    return tuple(f for f in forms if f != name and _HAN.search(f))


def is_han(text: str) -> bool:
    return bool(_HAN.search(text))
