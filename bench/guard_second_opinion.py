"""What the learned second opinion adds where the rules say nothing, on every labelled set.

Reproduce (from the repository root):  python -m bench.guard_second_opinion
Writes bench/results/guard-second-opinion.md and .json.

For each line the rules leave without a cosmetics-claim finding, the second opinion either warns (with a
family and the nearest corpus example) or stays silent. Counted: lines labelled with a claim family that
it warns on (and with the right family), and lines labelled clean (no category at all) that it warns on.
It never blocks, so block recall is unchanged; it can only raise flag recall and add warnings to review.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from bench.guard_headline import CLAIM_CATEGORIES
from crm_core.cli.check import ContextResolver
from crm_core.guard import Example, Guard, GuardContext, example_parts
from crm_core.guard.second_opinion import RULE_ID, SecondOpinion

REPO = Path(__file__).resolve().parents[1]
COMMAND = "python -m bench.guard_second_opinion"
SETS = ("guard_labelled", "guard_holdout", "guard_holdout2", "guard_holdout3", "guard_holdout4", "guard_holdout5")


def evaluate(guard: Guard, path: Path, resolver: ContextResolver) -> dict[str, Any]:
    silent_claims = warned = right = silent_clean = false_warns = 0
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip():
            continue
        line = json.loads(raw)
        example = Example.model_validate({"text": line["text"], **line.get("context", {})})
        findings = guard.check(example_parts(example), GuardContext.from_example(example, resolver.channels)).findings
        rules = [f for f in findings if f.rule_id != RULE_ID]
        if any(f.category in CLAIM_CATEGORIES for f in rules):
            continue
        opinion = [f for f in findings if f.rule_id == RULE_ID]
        wanted = set(line["expected"]) & CLAIM_CATEGORIES
        if wanted:
            silent_claims += 1
            warned += bool(opinion)
            right += bool(opinion) and opinion[0].category in wanted
        elif not line["expected"]:
            silent_clean += 1
            false_warns += bool(opinion)
    return {
        "set": path.name,
        "claim_lines_rules_missed": silent_claims,
        "warned": warned,
        "warned_right_family": right,
        "clean_lines": silent_clean,
        "false_warns_on_clean": false_warns,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threshold", type=float, default=0.95)
    parser.add_argument("--out", type=Path, default=REPO / "bench/results/guard-second-opinion")
    args = parser.parse_args(argv)
    resolver = ContextResolver(REPO / "data")
    guard = Guard.load(persona_labels=resolver.persona_labels)
    guard.second_opinion = SecondOpinion(threshold=args.threshold)
    rows = [evaluate(guard, REPO / f"bench/data/{name}.jsonl", resolver) for name in SETS]
    lines = [
        "# Guard second opinion (learned claim classifier): what it adds where the rules say nothing",
        "",
        f"Reproduce: `{COMMAND}` (threshold {args.threshold}; corpus data/guard_claim_corpus.jsonl from "
        "`python scripts/build_claim_corpus.py`). In-sample for every set: the rules were fixed on all of them first.",
        "",
        "| set | claim lines the rules missed | second opinion warns | … right family | clean lines | false warns |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
        *[
            f"| `{r['set']}` | {r['claim_lines_rules_missed']} | {r['warned']} | {r['warned_right_family']} | "
            f"{r['clean_lines']} | {r['false_warns_on_clean']} |"
            for r in rows
        ],
        "",
        "It only warns (never blocks), and only when no rule reported a cosmetics claim. It is off by default;",
        "`python -m crm_core check --second-opinion` turns it on.",
        "",
    ]
    report = {"command": COMMAND, "threshold": args.threshold, "sets": rows}
    args.out.with_suffix(".json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    args.out.with_suffix(".md").write_text("\n".join(lines), encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
