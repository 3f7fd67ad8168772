"""Why a gold set's required facts are missed: each miss put in one cause, counted per fact type (totals only).

`bench/sample_gold.py` says how many required facts are found; this says what went wrong with the others, in
counts that show no text, so it may be run on a blind set. A missed fact gets the first cause that fits:

- qualifier: a fact with the gold type, roles and modality is there; a value, date, stage or metric is off
  (the failing gold key is counted too);
- modality: the gold type and roles are there with another modality (a rumour stored as a deal, …);
- roles: a fact of the gold type names every gold party, but not in the gold roles (a buyer read as seller,
  a party missing from a list, one more name glued on …);
- one party: a fact of the gold type names some gold party, not all (the other side is another name or none;
  the roles whose names the closest such fact lacks are counted, and whether that fact's role holds another
  name or none, and whether the lacking name is written in that fact's evidence);
- other type: a fact of another type names every gold party (of two or more);
- no fact, name missing: no fact of the kinds above, and some gold name is found as no mention of the document;
- no fact, one sentence: every gold name is a mention, and some sentence holds all of them;
- no fact, apart: every gold name is a mention, but no sentence holds them all (the fact is told across
  sentences, or through a reference such as 该公司 that was not resolved).

Then the asserted facts no gold fact allows (what lowers asserted precision), each put in one cause the same way
(see `wrong`), counted per fact type.

Run: .venv/bin/python bench/miss_causes.py --set heldout8 [--set samples …]
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from name_recall import gold_key  # noqa: E402
from sample_gold import SETS, doc_key, export, ingest, load_gold, matching, same_kind  # noqa: E402

from dealgraph.extract.pipeline import extract  # noqa: E402
from dealgraph.ingest import Document, expand, read_path  # noqa: E402
from dealgraph.names import fold  # noqa: E402

WRONG = ("modality", "roles", "one party: a gold name", "one party: no gold name", "other type",
         "no party: gold names", "no party: no gold name")
CAUSES = ("qualifier", "modality", "roles", "one party", "other type",
          "no fact, name missing", "no fact, one sentence", "no fact, apart")
_SENTENCE_END = re.compile(r"[。！？!?；;\n]|\.(?=\s)")


def sentence_names(corpus: Path) -> dict[str, list[set[str]]]:
    """Per gold key, the folded names (text and canonical) of the mentions of each sentence."""
    out: dict[str, list[set[str]]] = {}
    files, _ = expand([str(corpus)])
    for path in files:
        for doc in read_path(path):
            if not isinstance(doc, Document):
                continue
            text = doc.read_text
            ends = [m.end() for m in _SENTENCE_END.finditer(text)] + [len(text)]
            sentences: list[set[str]] = [set() for _ in ends]
            result = extract(doc.id, text, doc.ref_date, doc.title)
            i = 0
            for m in sorted(result.mentions, key=lambda m: m.start):
                while ends[i] <= m.start:
                    i += 1
                sentences[i] |= {fold(m.text), fold(m.canonical)}
            out[gold_key(doc)] = sentences
    return out


def _parties(g: dict) -> list[str]:
    return [n for names in g["roles"].values() for n in names]


def _names_in(f: dict, names: list[str], entities: dict[str, dict]) -> list[bool]:
    members = [m for ms in f["roles"].values() for m in ms]
    return [matching.role_ok([n], members, entities, exact=True) for n in names]


def _failing_keys(g: dict, f: dict) -> list[str]:
    keys = [k for k in g if k not in ("type", "modality", "roles")]
    return [k for k in keys if not matching.qualifiers_ok({"type": g["type"], "roles": {}, k: g[k]}, f)]


def cause(g: dict, facts: list[dict], entities: dict[str, dict], sentences: list[set[str]]) -> tuple[str, list[str]]:
    """The cause of one missed gold fact, and what it lacks: for a qualifier miss the gold keys the closest fact
    does not meet, for a one-party miss the roles whose gold names the closest fact does not hold."""
    kind = [f for f in facts if same_kind(g, f, entities)]
    if kind:
        failing = [set(_failing_keys(g, f)) for f in kind]
        return "qualifier", sorted(min(failing, key=len))
    if any(same_kind(g, f, entities, modality=f["modality"]) for f in facts):
        return "modality", []
    names = _parties(g)
    typed = [_names_in(f, names, entities) for f in facts if f["type"] == g["type"]]
    if any(all(hit) for hit in typed):
        return "roles", []
    if any(any(hit) for hit in typed):
        same = [f for f in facts if f["type"] == g["type"]]
        k = max(range(len(typed)), key=lambda i: sum(typed[i]))
        best, closest = typed[k], same[k]
        pairs = [(role, n) for role, ns in g["roles"].items() for n in ns]
        lacking = sorted({role for (role, _), hit in zip(pairs, best) if not hit})
        evidence = fold(" ".join(e["text"] for e in closest["evidence"]))
        how = set()
        for (role, n), hit in zip(pairs, best):
            if not hit:
                held = "held by another name" if closest["roles"].get(role) else "empty"
                where = "in the evidence" if fold(n) in evidence else "not in the evidence"
                how.add(f"{held}, name {where}")
        return "one party", lacking + [f"~{h}" for h in sorted(how)]
    if len(names) > 1 and any(all(_names_in(f, names, entities)) for f in facts if f["type"] != g["type"]):
        return "other type", []
    folded = [fold(n) for n in names]
    if not all(any(n in s for s in sentences) for n in folded):
        return "no fact, name missing", []
    if any(all(n in s for n in folded) for s in sentences):
        return "no fact, one sentence", []
    return "no fact, apart", []


def wrong(f: dict, gold: list[dict], entities: dict[str, dict]) -> str:
    """Why an asserted fact no gold fact allows is wrong (`gold`: the document's required and allowed facts):

    - modality: a gold fact has its type and roles with another modality (a plan or rumour asserted);
    - roles: a gold fact of its type names all its parties, in other roles;
    - one party: a gold fact of its type shares a party; the other name is a party of some gold fact of the
      document (a real party tied to the wrong deal) or of none (a wrong name: a descriptor, a cut or glued name);
    - other type: a gold fact of another type names all its parties;
    - no party: no gold fact of its type shares a party; its names are parties of other gold facts, or not.
    """
    if any(g.get("modality", "asserted") != "asserted" and same_kind(g, f, entities, modality="asserted")
           for g in gold):
        return "modality"
    members = [m for ms in f["roles"].values() for m in ms]

    def held(g: dict) -> list[bool]:
        return [any(matching.role_ok([n], [m], entities, exact=True) for n in _parties(g)) for m in members]

    typed = [held(g) for g in gold if g["type"] == f["type"]]
    if any(all(h) for h in typed):
        return "roles"
    if any(any(h) for h in typed):
        anywhere = [any(x) for x in zip(*[held(g) for g in gold])] if gold else []
        return "one party: a gold name" if anywhere and all(anywhere) else "one party: no gold name"
    if any(all(held(g)) for g in gold if g["type"] != f["type"]):
        return "other type"
    anywhere = [any(x) for x in zip(*[held(g) for g in gold])] if gold else []
    return "no party: gold names" if anywhere and all(anywhere) else "no party: no gold name"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", dest="sets", action="append", choices=sorted(SETS),
                        help="a gold set (repeatable; default: samples)")
    args = parser.parse_args(argv)
    for name in args.sets or ["samples"]:
        corpus, gold_path = SETS[name]
        gold = load_gold(gold_path)
        with tempfile.TemporaryDirectory(prefix="miss_causes_") as tmp:
            db_url = f"sqlite:///{Path(tmp) / 'set.db'}"
            ingest(db_url, corpus)
            facts, entities, documents = export(db_url)
        by_doc: dict[str, list[dict]] = defaultdict(list)
        keys = {d["id"]: doc_key(d) for d in documents}
        for f in facts:
            for doc_id in dict.fromkeys(e["doc"] for e in f["evidence"]):
                by_doc[keys[doc_id]].append(f)
        sentences = sentence_names(corpus)
        per_type: dict[str, Counter] = defaultdict(Counter)
        qualifier_keys: Counter = Counter()
        missing_roles: Counter = Counter()
        one_party_how: Counter = Counter()
        required = missed = 0
        wrong_by_type: dict[str, Counter] = defaultdict(Counter)
        for key, doc in gold.items():
            everything = (doc.get("required") or []) + (doc.get("allowed") or [])
            for f in by_doc[key]:
                if f["modality"] == "asserted" and not any(same_kind(g, f, entities) for g in everything):
                    wrong_by_type[f["type"]][wrong(f, everything, entities)] += 1
            for g in doc.get("required") or []:
                required += 1
                if any(matching.matches(g, f, entities, exact_names=True) for f in by_doc[key]):
                    continue
                missed += 1
                c, failing = cause(g, by_doc[key], entities, sentences.get(key, []))
                per_type[g["type"]][c] += 1
                (qualifier_keys if c == "qualifier" else missing_roles).update(x for x in failing if x[0] != "~")
                one_party_how.update(x[1:] for x in failing if x[0] == "~")
        total = Counter()
        for counts in per_type.values():
            total.update(counts)
        print(f"{name}: {missed} of {required} required facts missed")
        print(f"  {'cause':24}{'all':>5}  " + "  ".join(f"{t[:8]:>8}" for t in sorted(per_type)))
        for c in CAUSES:
            if total[c]:
                print(f"  {c:24}{total[c]:>5}  " + "  ".join(f"{per_type[t][c]:>8}" for t in sorted(per_type)))
        if qualifier_keys:
            print("  qualifier keys off: " + ", ".join(f"{k} {n}" for k, n in qualifier_keys.most_common()))
        if missing_roles:
            print("  one party, roles not held: " + ", ".join(f"{k} {n}" for k, n in missing_roles.most_common()))
        if one_party_how:
            print("  one party, the role in the closest fact: "
                  + "; ".join(f"{k} {n}" for k, n in one_party_how.most_common()))
        wrong_total = Counter()
        for counts in wrong_by_type.values():
            wrong_total.update(counts)
        print(f"{name}: {sum(wrong_total.values())} asserted facts no gold fact allows")
        if wrong_total:
            print(f"  {'cause':24}{'all':>5}  " + "  ".join(f"{t[:8]:>8}" for t in sorted(wrong_by_type)))
            for c in WRONG:
                if wrong_total[c]:
                    print(f"  {c:24}{wrong_total[c]:>5}  "
                          + "  ".join(f"{wrong_by_type[t][c]:>8}" for t in sorted(wrong_by_type)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
