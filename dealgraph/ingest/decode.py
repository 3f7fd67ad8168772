"""Bytes to text: BOMs, UTF-8, GB18030/GBK, Big5, UTF-16; traditional to simplified."""

from __future__ import annotations

import codecs
import re
from functools import cache

from charset_normalizer import from_bytes

from dealgraph.errors import UnreadableDocument

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CANDIDATES = ("gb18030", "big5")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Characters common in traditional Chinese text and absent from simplified text.
_TRADITIONAL = re.compile("[們這個說為來對時會後過還發經與開關義業產機學國實際動點種東長問題體區質際資獲於營億萬與]")


def decode(data: bytes, path: str) -> tuple[str, str]:
    """Return (text, encoding) or raise UnreadableDocument with the reason."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(enc, errors="strict"), path), enc
    if b"\x00" in data[:4096]:
        raise UnreadableDocument(path, "binary file (contains NUL bytes), not a text document")
    try:
        return _checked(data.decode("utf-8"), path), "utf-8"
    except UnicodeDecodeError:
        pass
    enc = _guess(data)
    if enc is None:
        raise UnreadableDocument(path, "unknown text encoding (tried UTF-8, UTF-16, GB18030, Big5)")
    return _checked(data.decode(enc), path), enc


def _guess(data: bytes) -> str | None:
    """The first of GB18030 and Big5 that decodes and reads as Chinese, as charset-normalizer judges."""
    decodable = []
    for enc in _CANDIDATES:
        try:
            data.decode(enc)
            decodable.append(enc)
        except UnicodeDecodeError:
            continue
    if len(decodable) <= 1:
        return decodable[0] if decodable else None
    best = from_bytes(data, cp_isolation=list(decodable)).best()
    return best.encoding.replace("_", "") if best else decodable[0]


def _checked(text: str, path: str) -> str:
    sample = text[:20000]
    if sample and len(_CONTROL.findall(sample)) > max(3, len(sample) // 100):
        raise UnreadableDocument(path, "binary file (control characters), not a text document")
    return text


@cache
def _t2s():  # type: ignore[no-untyped-def]
    from opencc import OpenCC

    return OpenCC("t2s")


def to_simplified(text: str) -> tuple[str, bool]:
    """Convert traditional Chinese to simplified when the text reads as traditional."""
    hits = len(_TRADITIONAL.findall(text[:50000]))
    if hits < 3:
        return text, False
    return _t2s().convert(text), True
