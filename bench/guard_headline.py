"""Headline figures of the guard on a labelled set, as issue 11 reports them.

- block recall: lines labelled block that the guard blocks;
- claim lines blocked by a rule of the right family: lines labelled block with a cosmetics-claim
  category, where a *blocking* finding has one of the line's labelled cosmetics categories;
- flag recall: lines labelled warn (borderline) that the guard warns on or blocks;
- false blocks: lines labelled pass (clean, near-misses included) that the guard blocks.

Uses only the guard's public API, so it also runs against an older checkout:
    cd /work/pristine && PYTHONPATH=. python /path/to/bench/guard_headline.py --labelled FILE --out OUT.json
Reproduce on this checkout: python -m bench.guard_headline --labelled bench/data/guard_holdout4.jsonl
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from crm_core.cli.check import ContextResolver
from crm_core.guard import Example, Guard, GuardContext, example_parts

CLAIM_CATEGORIES = frozenset(
    {
        "drug_like",
        "body_reshaping",
        "deception",
        "mfds_2025",
        "functional_misclaim",
        "superlative",
        "endorsement",
        "comparison",
    }
)


def _example(line: dict[str, Any]) -> Example:
    return Example.model_validate({"text": line["text"], **line.get("context", {})})


def headline(guard: Guard, lines: list[dict[str, Any]], resolver: ContextResolver) -> dict[str, Any]:
    """The four headline figures and the ids behind each shortfall."""
    block = flag = clean = claim = 0
    blocked = flagged = false_blocks = claim_right = 0
    missed: dict[str, list[str]] = {"block": [], "flag": [], "claim_family": [], "false_block": []}
    for line in lines:
        example = _example(line)
        report = guard.check(example_parts(example), GuardContext.from_example(example, resolver.channels))
        verdict = report.verdict
        blocking_categories = {f.category for f in report.findings if f.severity == "block"}
        want = line["verdict"]
        if want == "block":
            block += 1
            blocked += verdict == "block"
            if verdict != "block":
                missed["block"].append(line["id"])
            wanted_claims = set(line["expected"]) & CLAIM_CATEGORIES
            if wanted_claims:
                claim += 1
                if wanted_claims & blocking_categories:
                    claim_right += 1
                else:
                    missed["claim_family"].append(line["id"])
        elif want == "warn":
            flag += 1
            flagged += verdict in ("warn", "block")
            if verdict == "pass":
                missed["flag"].append(line["id"])
        else:
            clean += 1
            false_blocks += verdict == "block"
            if verdict == "block":
                missed["false_block"].append(line["id"])
    return {
        "block_lines": block,
        "block_recall": round(blocked / block, 4) if block else None,
        "claim_lines": claim,
        "claim_lines_blocked_by_right_family": claim_right,
        "flag_lines": flag,
        "flag_recall": round(flagged / flag, 4) if flag else None,
        "clean_lines": clean,
        "false_blocks_on_clean": false_blocks,
        "ids": missed,
    }


def markdown_table(figures: dict[str, Any]) -> str:
    return "\n".join(
        [
            "| headline | value |",
            "| --- | ---: |",
            f"| block recall ({figures['block_lines']} lines that must be blocked) | {figures['block_recall']} |",
            f"| … of the {figures['claim_lines']} cosmetics-claim lines, blocked by a rule of the right family | "
            f"{figures['claim_lines_blocked_by_right_family']} / {figures['claim_lines']} |",
            f"| flag recall ({figures['flag_lines']} borderline lines, warn or block) | {figures['flag_recall']} |",
            f"| false blocks on {figures['clean_lines']} clean lines | {figures['false_blocks_on_clean']} |",
        ]
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labelled", type=Path, required=True)
    parser.add_argument("--rules", type=Path, default=None)
    parser.add_argument("--data-dir", type=Path, default=Path("data"))
    parser.add_argument("--out", type=Path, default=None, help="write the figures as JSON here")
    args = parser.parse_args(argv)
    resolver = ContextResolver(args.data_dir)
    guard = Guard.load(args.rules, persona_labels=resolver.persona_labels)
    lines = [json.loads(x) for x in args.labelled.read_text(encoding="utf-8").splitlines() if x.strip()]
    figures = headline(guard, lines, resolver)
    if args.out:
        args.out.write_text(json.dumps(figures, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(markdown_table(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
