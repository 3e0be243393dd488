"""Every finding the guard reports on every labelled line and every catalog true statement, one row each.

Reproduce (from the repository root):  python -m bench.guard_verdicts --out /tmp/after.jsonl
Compare two snapshots:                python -m bench.guard_verdicts --compare /tmp/before.jsonl /tmp/after.jsonl

Why: a speed change must not change a verdict. Two snapshots taken before and after a change, with the same
rules, must be identical row for row (rule id, severity, field, span and message of every finding).
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.guard_eval import REPO, SET_NOTES, example_of, load_lines
from crm_core.cli.check import ContextResolver
from crm_core.guard import Guard, GuardContext, example_parts


def catalog_texts(data_dir: Path) -> Iterator[tuple[str, str, GuardContext]]:
    """The catalog's true statements with the context guard_eval checks them under."""
    for product in json.loads((data_dir / "products.json").read_text(encoding="utf-8")):
        ctx = GuardContext(functional_claims=tuple(product.get("functional_claims", ())))
        for i, text in enumerate((*product["claims"], *product.get("selling_points", ()))):
            yield f"catalog:{product['id']}:{i}", text, ctx
    for brand in json.loads((data_dir / "brands.json").read_text(encoding="utf-8")):
        for i, text in enumerate((brand["story"], *brand["do_phrases"], *brand["exemplars"])):
            yield f"catalog:{brand['name']}:{i}", text, GuardContext()


def rows(guard: Guard, resolver: ContextResolver, data_dir: Path) -> Iterator[dict[str, Any]]:
    for name in SET_NOTES:
        for line in load_lines(REPO / f"bench/data/{name}.jsonl"):
            example = example_of(line)
            report = guard.check(example_parts(example), GuardContext.from_example(example, resolver.channels))
            yield {"id": f"{name}:{line['id']}", "verdict": report.verdict, "findings": _findings(report)}
    for key, text, ctx in catalog_texts(data_dir):
        report = guard.check(text, ctx)
        yield {"id": key, "verdict": report.verdict, "findings": _findings(report)}


def _findings(report: Any) -> list[list[Any]]:
    return [
        [f.rule_id, f.severity, f.field, f.span.start if f.span else None, f.span.end if f.span else None, f.message]
        for f in report.findings
    ] + [["skip", s.rule_id, s.reason] for s in report.skipped]


def snapshot(guard: Guard, resolver: ContextResolver, data_dir: Path) -> str:
    """The snapshot as written to a file: one JSON row per text."""
    return "\n".join(json.dumps(r, ensure_ascii=False) for r in rows(guard, resolver, data_dir)) + "\n"


def digest(text: str) -> str:
    """Short content hash of a snapshot: equal digests, identical verdicts."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def compare(before: Path, after: Path) -> int:
    old = [json.loads(x) for x in before.read_text(encoding="utf-8").splitlines()]
    new = [json.loads(x) for x in after.read_text(encoding="utf-8").splitlines()]
    changed = [(a, b) for a, b in zip(old, new, strict=False) if a != b]
    print(f"{len(old)} rows before, {len(new)} after, {len(changed)} changed")
    for a, b in changed[:20]:
        print(f"- {a['id']}: {a['verdict']} {a['findings']}\n  → {b['id']}: {b['verdict']} {b['findings']}")
    return 0 if len(old) == len(new) and not changed else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, help="write the snapshot here (JSONL)")
    parser.add_argument("--compare", type=Path, nargs=2, metavar=("BEFORE", "AFTER"))
    parser.add_argument("--rules", type=Path, default=None)
    parser.add_argument("--data-dir", type=Path, default=REPO / "data")
    args = parser.parse_args(argv)
    if args.compare:
        return compare(*args.compare)
    resolver = ContextResolver(args.data_dir)
    guard = Guard.load(args.rules, persona_labels=resolver.persona_labels)
    text = snapshot(guard, resolver, args.data_dir)
    if args.out:
        args.out.write_text(text, encoding="utf-8")
    print(f"{text.count(chr(10))} rows, sha256/16 {digest(text)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
