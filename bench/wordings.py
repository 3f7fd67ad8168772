"""Wording batteries: how many of the ways news tells one kind of fact extraction reads.

Each file in bench/wordings/ holds sentences the team wrote (invented companies), one per line after the fact type it
states and a tab; a type opening with '-' marks a near miss that must not give that type. For each file the bench
prints how many sentences give a fact of their type (and how many near misses wrongly do), then, with --misses, the
sentences that fail. Figures only, no assertions: the sentences that read right are also tests under tests/extract/
(test_*37.py); the ones still missed are what the next rules may take up.

Run: .venv/bin/python bench/wordings.py [--misses] [NAME ...]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dealgraph.extract.pipeline import extract  # noqa: E402

FOLDER = ROOT / "bench" / "wordings"
REF = "2025-10-30"  # the reference date the sentences are read against


def battery(path: Path) -> list[tuple[str, bool, str]]:
    """(fact type, whether the sentence states it, sentence) for each line of a battery file."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        ftype, _, sentence = line.partition("\t")
        if not sentence:
            raise SystemExit(f"{path.name}: a line without a tab between the type and the sentence: {line!r}")
        out.append((ftype.lstrip("-"), not ftype.startswith("-"), sentence))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="batteries to run (file names without .txt; default: all)")
    parser.add_argument("--misses", action="store_true", help="print each sentence read wrongly, with what was read")
    args = parser.parse_args()
    paths = sorted(FOLDER.glob("*.txt"))
    if args.names:
        paths = [p for p in paths if p.stem in args.names]
        if not paths:
            raise SystemExit(f"no battery named {args.names} in {FOLDER} (have: {', '.join(p.stem for p in sorted(FOLDER.glob('*.txt')))})")
    total_read = total = total_wrong = total_near = 0
    for path in paths:
        items = battery(path)
        read = wrong = states = near = 0
        misses = []
        for ftype, stated, sentence in items:
            facts = extract("w", sentence, REF).facts
            got = any(f.type == ftype for f in facts)
            if stated:
                states += 1
                read += got
            else:
                near += 1
                wrong += got
            if got != stated:
                misses.append((ftype, stated, sentence, sorted({f.type for f in facts})))
        total_read, total, total_wrong, total_near = total_read + read, total + states, total_wrong + wrong, total_near + near
        print(f"{path.stem:14} read {read}/{states}" + (f"   near misses wrongly read {wrong}/{near}" if near else ""))
        if args.misses:
            for ftype, stated, sentence, types in misses:
                print(f"    {'missed' if stated else 'wrong '} {ftype:12} {sentence}  (read: {', '.join(types) or 'nothing'})")
    print(f"{'all':14} read {total_read}/{total}   near misses wrongly read {total_wrong}/{total_near}")


if __name__ == "__main__":
    main()
