"""Of the party names a gold set's required facts hold, how many the extractor finds as a mention of that document.

Set beside `bench/sample_gold.py`'s "recall, parties only", it tells whether facts are lost because a party's name is not
found (mention finding) or because a name that is found is not tied to the fact (reading the deal's wording). It prints
totals only, so it may be run on a blind set without showing its text.

A name counts as found when some mention of the document has it as its text or its canonical name (a reference such as
该公司 resolved to it counts). Products (`unit`) are left out: they are not parties.

Run: .venv/bin/python bench/name_recall.py [--set NAME ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from sample_gold import SETS, load_gold  # noqa: E402

from dealgraph.extract.pipeline import extract  # noqa: E402
from dealgraph.ingest import Document, expand, read_path  # noqa: E402

NOT_PARTIES = ("unit",)


def gold_key(doc: Document) -> str:
    """The gold key of a read document (as sample_gold.doc_key for a stored one)."""
    name = Path(doc.source.rsplit(":", 1)[0] if ".jsonl:" in doc.source else doc.source).name
    return f"{name}#{doc.id}" if name.endswith(".jsonl") else name


def name_recall(corpus: Path, gold: dict[str, dict]) -> tuple[int, int, int]:
    """(party names found as mentions, party names in all, documents read)."""
    found = total = docs = 0
    files, _ = expand([str(corpus)])
    for path in files:
        for doc in read_path(path):
            if not isinstance(doc, Document):
                continue
            docs += 1
            result = extract(doc.id, doc.read_text, doc.ref_date, doc.title)
            names = {m.text for m in result.mentions} | {m.canonical for m in result.mentions}
            for fact in (gold.get(gold_key(doc)) or {}).get("required", []):
                for role, members in fact["roles"].items():
                    if role not in NOT_PARTIES:
                        total += len(members)
                        found += sum(name in names for name in members)
    return found, total, docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", dest="sets", action="append", choices=sorted(SETS),
                        help="a gold set (repeatable; default: samples)")
    args = parser.parse_args(argv)
    for name in args.sets or ["samples"]:
        corpus, gold_path = SETS[name]
        found, total, docs = name_recall(corpus, load_gold(gold_path))
        share = found / total if total else 1.0
        print(f"{name}: {docs} documents · party names found as mentions {share:.3f} ({found}/{total})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
