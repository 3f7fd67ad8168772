"""Wording batteries: how many of the ways news tells one kind of fact extraction reads.

Each file in bench/wordings/ holds sentences the team wrote (invented companies), one per line after the fact type it
states and a tab; a type opening with '-' marks a near miss that must not give that type. A third column, after
another tab, may say what the fact must hold: `role=Name,Name;modality=reported;amount=3亿元` (role names as in
data/ontology.yaml, each name exactly as the sentence writes it, matched against the mention's text or the full
name it stands for; modality; `amount`, `date` and `stake` as their text; any other key a qualifier, such as
round=B轮, metric=revenue, stage=filed). A sentence then counts as read only when one fact of its type holds all of
it. For each file the bench prints how many sentences give a fact of their type (and how many near misses wrongly
do), then, with --misses, the sentences that fail and what was read. Figures only, no assertions: the sentences that read right are also tests under tests/extract/
(test_*37.py); the ones still missed are what the next rules may take up.

Run: .venv/bin/python bench/wordings.py [--misses] [NAME ...]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dealgraph.extract.document import FactRecord, Mention  # noqa: E402
from dealgraph.extract.pipeline import extract  # noqa: E402
from dealgraph.ontology import ontology  # noqa: E402

FOLDER = ROOT / "bench" / "wordings"
REF = "2025-10-30"  # the reference date the sentences are read against


Line = tuple[str, bool, str, dict[str, str]]


def battery(path: Path) -> list[Line]:
    """(fact type, whether the sentence states it, sentence, what the fact must hold) for each line of a file."""
    out = []
    types = ontology().fact_types
    for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        ftype, _, rest = line.partition("\t")
        sentence, _, wanted = rest.partition("\t")
        where = f"{path.name} line {number}"
        if not sentence:
            raise SystemExit(f"{where}: no tab between the type and the sentence: {line!r}")
        if ftype.lstrip("-") not in types:
            raise SystemExit(f"{where}: unknown fact type {ftype!r} (known: {', '.join(types)})")
        expect = {}
        for part in filter(None, (p.strip() for p in wanted.split(";"))):
            key, eq, value = part.partition("=")
            if not eq or not value:
                raise SystemExit(f"{where}: {part!r} is not key=value")
            expect[key.strip()] = value.strip()
        out.append((ftype.lstrip("-"), not ftype.startswith("-"), sentence, expect))
    return out


def holds(fact: FactRecord, expect: dict[str, str]) -> bool:
    """Whether the fact holds every role member, modality and qualifier asked for."""
    for key, want in expect.items():
        if key in fact.roles or key in ontology().fact_type(fact.type).role_names:
            members = fact.roles.get(key, [])
            if any(not any(_names(m, name.strip()) for m in members) for name in want.split(",")):
                return False
        elif key == "modality":
            if fact.modality != want:
                return False
        elif key in ("amount", "date", "stake"):
            value = getattr(fact, key) or (fact.qualifiers.get("value") if key == "amount" else None)  # a figure's
            if value is None or want not in (getattr(value, "text", None) or ""):                     # value (约为3亿元
                return False                                                                          # holds 3亿元)
        else:
            got = fact.qualifiers.get(key)
            if got is None or want not in (str(got), getattr(got, "text", None)):
                return False
    return True


_LEGAL_END = ("有限公司", "有限合伙）", "有限合伙)", "合伙企业")


def _names(member: Mention, name: str) -> bool:
    """Whether a role member is the organisation named: its text or full name, or a legal full name holding the
    short name the sentence gives it (上海霁月光电科技有限公司（下称"霁月光电"）). A partnership's bracketed form is
    left out, as dealgraph's names leave it (README conventions)."""
    name = re.sub(r"[(（]有限合伙[)）]$", "", name)  # 沐川股权投资合伙企业（有限合伙）: our names end before the bracket
    return name in (member.text, member.canonical) or any(
        full.endswith(_LEGAL_END) and name in full for full in (member.text, member.canonical))


def shown(fact: FactRecord) -> str:
    """A fact in one short line: type, modality, roles, and the amount, date and stake's text."""
    roles = ";".join(f"{k}={','.join(m.canonical for m in v)}" for k, v in fact.roles.items() if v)
    extra = "".join(f";{k}={getattr(fact, k).text}" for k in ("amount", "date", "stake") if getattr(fact, k))
    return f"{fact.type}[{fact.modality}] {roles}{extra}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("names", nargs="*", help="batteries to run (names in bench/wordings without .txt, or paths of .txt files; default: all)")
    parser.add_argument("--misses", action="store_true", help="print each sentence read wrongly, with what was read")
    parser.add_argument("--check", action="store_true",
                        help="only check that the files are well formed (types, key=value parts); read nothing")
    args = parser.parse_args()
    paths = sorted(FOLDER.glob("*.txt"))
    if args.names and all(n.endswith(".txt") and Path(n).is_file() for n in args.names):
        paths = [Path(n) for n in args.names]  # battery files elsewhere, as a writer drafts them
    elif args.names:
        paths = [p for p in paths if p.stem in args.names]
        if not paths:
            raise SystemExit(f"no battery named {args.names} in {FOLDER} (have: {', '.join(p.stem for p in sorted(FOLDER.glob('*.txt')))})")
    if args.check:
        for path in paths:
            print(f"{path.stem:14} {len(battery(path))} lines well formed")
        return
    total_read = total = total_wrong = total_near = 0
    for path in paths:
        items = battery(path)
        read = wrong = states = near = 0
        misses = []
        for ftype, stated, sentence, expect in items:
            facts = extract("w", sentence, REF).facts
            got = any(f.type == ftype and holds(f, expect) for f in facts)
            if stated:
                states += 1
                read += got
            else:
                near += 1
                wrong += got
            if got != stated:
                misses.append((ftype, stated, sentence, expect, [shown(f) for f in facts]))
        total_read, total, total_wrong, total_near = total_read + read, total + states, total_wrong + wrong, total_near + near
        print(f"{path.stem:14} read {read}/{states}" + (f"   near misses wrongly read {wrong}/{near}" if near else ""))
        if args.misses:
            for ftype, stated, sentence, expect, read_facts in misses:
                wanted = f"  wanted {';'.join(f'{k}={v}' for k, v in expect.items())}" if expect else ""
                print(f"    {'missed' if stated else 'wrong '} {ftype:12} {sentence}{wanted}")
                print(f"        read: {' | '.join(read_facts) or 'nothing'}")
    print(f"{'all':14} read {total_read}/{total}   near misses wrongly read {total_wrong}/{total_near}")


if __name__ == "__main__":
    main()
