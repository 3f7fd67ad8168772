"""Bytes to text: BOMs, UTF-8, GB18030/GBK, Big5, UTF-16; the simplified reading of traditional text."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from dealgraph.errors import UnreadableDocument
from dealgraph.hanzi import reading

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_CANDIDATES = ("gb18030", "big5")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


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


def to_simplified(text: str) -> tuple[str, bool]:
    """The text to read for extraction: each line with traditional characters converted to simplified, the others
    as they are; the same length as the text, so one offset indexes both (dealgraph.hanzi). True if any line was."""
    converted, lines = reading(text)
    return converted, lines > 0
