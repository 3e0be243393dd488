"""Guard precision/recall per category on the labelled set, verdict accuracy, and throughput.

Reproduce (from the repository root):  python -m bench.guard_eval
Writes bench/results/guard-eval.md and bench/results/guard-eval.json.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import platform
import statistics
import time
from collections import Counter
from pathlib import Path
from typing import Any

from bench.guard_headline import headline
from crm_core.cli.check import ContextResolver, check_lines
from crm_core.guard import Example, Guard, GuardContext, example_parts

REPO = Path(__file__).resolve().parents[1]
COMMAND = "python -m bench.guard_eval"


def load_lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def example_of(line: dict[str, Any]) -> Example:
    return Example.model_validate({"text": line["text"], **line.get("context", {})})


def evaluate(guard: Guard, lines: list[dict[str, Any]], resolver: ContextResolver) -> dict[str, Any]:
    """Per-category counts (a line counts once per category), verdict confusion, and every miss."""
    counts: dict[str, Counter[str]] = {}
    verdicts: Counter[tuple[str, str]] = Counter()
    misses = []
    for line in lines:
        example = example_of(line)
        report = guard.check(example_parts(example), GuardContext.from_example(example, resolver.channels))
        got = {f.category for f in report.findings}
        want = set(line["expected"])
        for category in got | want:
            c = counts.setdefault(category, Counter())
            c["tp" if category in got and category in want else "fp" if category in got else "fn"] += 1
        for category in want:
            counts[category]["support"] += 1
        verdicts[(line["verdict"], report.verdict)] += 1
        if got != want or report.verdict != line["verdict"]:
            misses.append(
                {
                    "id": line["id"],
                    "text": line["text"][:80],
                    "expected": sorted(want),
                    "got": sorted(got),
                    "verdict": f"{line['verdict']}→{report.verdict}",
                    "findings": [f"{f.rule_id}:{f.span.text if f.span else ''}" for f in report.findings],
                }
            )
    return {"counts": counts, "verdicts": verdicts, "misses": misses}


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 4) if den else None


def per_category(counts: dict[str, Counter[str]], blocking: set[str]) -> list[dict[str, Any]]:
    rows = []
    for category in sorted(counts):
        c = counts[category]
        rows.append(
            {
                "category": category,
                "blocking": category in blocking,
                "support": c["support"],
                "tp": c["tp"],
                "fp": c["fp"],
                "fn": c["fn"],
                "precision": ratio(c["tp"], c["tp"] + c["fp"]),
                "recall": ratio(c["tp"], c["tp"] + c["fn"]),
            }
        )
    return rows


def _rate(n: int, run: Any) -> tuple[float, float]:
    """(lines per wall second, lines per CPU second of this process) for one timed run."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return n / (time.perf_counter() - wall), n / (time.process_time() - cpu)


def throughput(
    guard: Guard, lines: list[dict[str, Any]], resolver: ContextResolver, n: int, runs: int = 5
) -> dict[str, Any]:
    """Lines per second for Guard.check alone and for the `check --jsonl` path (parse + check + JSON out).

    Wall-clock rates depend on what else the machine runs; CPU-second rates (time.process_time) much less.
    """
    examples = [example_of(line) for line in lines]
    prepared = [(example_parts(e), GuardContext.from_example(e, resolver.channels)) for e in examples]
    batch = (prepared * (n // len(prepared) + 1))[:n]
    for parts, ctx in prepared:  # warm-up: compiles lazily cached patterns
        guard.check(parts, ctx)
    checks = [_rate(n, lambda: [guard.check(parts, ctx) for parts, ctx in batch]) for _ in range(runs)]
    cli_rows = []
    for line in lines:
        ctx = line.get("context", {})
        row = {"text": line["text"], **{k: ctx[k] for k in ("channel", "ad", "stage", "send_at", "sender") if k in ctx}}
        cli_rows.append(json.dumps(row, ensure_ascii=False))
    cli_input = (cli_rows * (n // len(cli_rows) + 1))[:n]
    clis = [_rate(n, lambda: check_lines(guard, resolver, cli_input, io.StringIO())) for _ in range(runs)]
    t0 = time.perf_counter()
    Guard.load(guard.source)
    load_s = time.perf_counter() - t0
    return {
        "lines": n,
        "guard_check_lines_per_s": round(statistics.median(r[0] for r in checks)),
        "guard_check_lines_per_cpu_s": round(statistics.median(r[1] for r in checks)),
        "cli_jsonl_lines_per_s": round(statistics.median(r[0] for r in clis)),
        "cli_jsonl_lines_per_cpu_s": round(statistics.median(r[1] for r in clis)),
        "guard_check_lines_per_cpu_s_each_run": [round(r[1]) for r in checks],
        "cores_allowed": len(os.sched_getaffinity(0)),
        "rules_load_s": round(load_s, 3),
        "mean_chars_per_line": round(sum(len(line["text"]) for line in lines) / len(lines), 1),
        "statistic": f"median of {runs} runs",
        "process": "one Python process, one thread",
        "load_average_1m": round(os.getloadavg()[0], 2),
        "cpu_count": os.cpu_count(),
        "machine": f"{platform.machine()} {platform.processor() or ''}".strip(),
        "python": platform.python_version(),
    }


SET_NOTES = {
    "guard_labelled": "development set: written before the rule term lists, then used while writing them (in-sample)",
    "guard_holdout": "held-out set 1: written after the first rules freeze; its first run is in "
    "guard-holdout1-first-run.md; the rules were broadened after it, so the numbers below are no longer held-out",
    "guard_holdout2": "held-out set 2: written after the second freeze; its first run is in "
    "guard-holdout2-first-run.md; broadened once more after it, so the numbers below are no longer held-out",
    "guard_holdout3": "held-out set 3: written by a separate author who was not shown the rules, the guard code or "
    "the other sets; its first run is in guard-holdout3-first-run.md; the rules were fixed on its misses "
    "(2026-12-03: permanent disappearance, body line, atopy wording, 100인), so the numbers below are in-sample",
    "guard_holdout4": "held-out set 4 (issue 11): written by an independent author who never saw the rules or the "
    "training lines; first run with main's guard in guard-holdout4-first-run.md; the rules were then fixed on it, "
    "so the numbers below are in-sample",
    "guard_holdout5": "held-out set 5 (issue 11): a second independent author; first run with main's guard in "
    "guard-holdout5-first-run.md, then checked with the guard after set-4 fixes before it was read "
    "(guard-holdout5-after-set4.md, the fairest out-of-sample figure); the rules were then fixed on it, so the "
    "numbers below are in-sample",
}


def set_markdown(result: dict[str, Any]) -> list[str]:
    """One labelled set's table, summary and disagreements."""
    stem = Path(result["labelled"]).stem
    lines = [
        f"## `{result['labelled']}` — {result['n_lines']} lines",
        "",
        SET_NOTES.get(stem, "a labelled set") + ".",
        "",
        "| category | blocking | support | TP | FP | FN | precision | recall |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in result["categories"]:
        p = "–" if row["precision"] is None else f"{row['precision']:.3f}"
        r = "–" if row["recall"] is None else f"{row['recall']:.3f}"
        blocking = "yes" if row["blocking"] else "no"
        counts = f"{row['support']} | {row['tp']} | {row['fp']} | {row['fn']}"
        lines.append(f"| {row['category']} | {blocking} | {counts} | {p} | {r} |")
    s = result["summary"]
    lines += [
        "",
        f"Blocking categories, micro-averaged: precision {s['blocking_precision']}, recall {s['blocking_recall']}; "
        f"lowest recall {s['blocking_min_recall']} ({s['blocking_min_recall_category']}), "
        f"lowest precision {s['blocking_min_precision']} ({s['blocking_min_precision_category']}). "
        "Goal (recall ≥ 0.95 and precision ≥ 0.9 on every blocking category): "
        f"{'met' if s['goal_met'] else 'NOT met'}. "
        f"Verdict (pass / warn / block) agreement: {s['verdict_accuracy']} ({s['verdict_agree']}/{result['n_lines']}).",
        "",
        "Disagreements with the label:" if result["misses"] else "Disagreements with the label: none.",
    ]
    for miss in result["misses"]:
        lines.append(
            f"- `{miss['id']}` expected {miss['expected']} got {miss['got']} ({miss['verdict']}): "
            f"{miss['text']!r} — {', '.join(miss['findings']) or 'no findings'}"
        )
    return [*lines, ""]


def markdown(report: dict[str, Any]) -> str:
    rules = report["rules"]
    lines = [
        "# Guard evaluation: precision and recall per category",
        "",
        f"Reproduce: `{COMMAND}` (rules `{rules['rules_path_rel']}`, sha256/16 `{rules['rules_sha256_16']}`, "
        f"{len(rules['enabled_rules'])} rules).",
        "",
        "A line counts once per category: TP when the guard reports a finding of that category and the line is",
        "labelled with it, FP when it reports one the label lacks, FN when it misses a labelled one. The development",
        "set and held-out sets 1 and 2 were written by the author of the rules; held-out set 3 by someone who never",
        "saw them; held-out sets 4 and 5 (issue 11) by two more independent authors. Their first runs, and set 5",
        "checked with the guard after set-4 fixes before anyone read it, are the fairest estimates for copy from other",
        "writers or models; every figure in the tables below is in-sample now.",
        "",
        "| set | lines | blocking precision | blocking recall | lowest recall | goal met |",
        "| --- | ---: | ---: | ---: | --- | --- |",
    ]
    for result in report["sets"]:
        s = result["summary"]
        lines.append(
            f"| `{Path(result['labelled']).name}` | {result['n_lines']} | {s['blocking_precision']} | "
            f"{s['blocking_recall']} | {s['blocking_min_recall']} ({s['blocking_min_recall_category']}) | "
            f"{'yes' if s['goal_met'] else 'no'} |"
        )
    lines += [
        "",
        "Headline figures (bench/guard_headline.py): block recall, cosmetics-claim lines blocked by a rule of the",
        "right family, flag recall (borderline lines warned or blocked), false blocks on clean lines.",
        "",
        "| set | block recall | claim lines, right family | flag recall | false blocks on clean |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for result in report["sets"]:
        h = result["headline"]
        lines.append(
            f"| `{Path(result['labelled']).name}` | {h['block_recall']} | "
            f"{h['claim_lines_blocked_by_right_family']} / {h['claim_lines']} | {h['flag_recall']} | "
            f"{h['false_blocks_on_clean']} / {h['clean_lines']} |"
        )
    lines += ["", "First runs of the held-out sets, before any change they prompted:", ""]
    for first in report["first_runs"]:
        h = first.get("headline")
        figures = (
            f" Headline: block recall {h['block_recall']}, claim lines right family "
            f"{h['claim_lines_blocked_by_right_family']} / {h['claim_lines']}, flag recall {h['flag_recall']}, "
            f"false blocks {h['false_blocks_on_clean']} / {h['clean_lines']} clean."
            if h
            else ""
        )
        lines.append(
            f"- `{first['file']}`: blocking precision {first['blocking_precision']}, "
            f"recall {first['blocking_recall']}, "
            f"lowest recall {first['blocking_min_recall']} ({first['blocking_min_recall_category']}).{figures}"
        )
    lines.append("")
    for result in report["sets"]:
        lines += set_markdown(result)
    catalog = report["catalog_copy"]
    if catalog is not None:
        lines += [
            "## The catalog's own copy",
            "",
            f"{catalog['texts']} true statements from data/ (product claims and selling points checked under the "
            "product's registered functions; brand stories, do-phrases and exemplars with no product): "
            f"{len(catalog['findings'])} finding(s).",
            "",
            *[f"- {f['source']}: `{f['rule_id']}` ({f['severity']}) — {f['text']!r}" for f in catalog["findings"]],
            "",
        ]
    t = report["throughput"]
    lines += [
        "## Throughput",
        "",
        f"{t['lines']:,} lines (the development set repeated, mean {t['mean_chars_per_line']} characters), "
        f"{t['statistic']}, {t['process']}.",
        "",
        "| path | lines per wall second | lines per CPU second |",
        "| --- | ---: | ---: |",
        f"| `Guard.check` | {t['guard_check_lines_per_s']:,} | {t['guard_check_lines_per_cpu_s']:,} |",
        f"| `check --jsonl` (JSON in, context, check, JSON out; in-process) | {t['cli_jsonl_lines_per_s']:,} "
        f"| {t['cli_jsonl_lines_per_cpu_s']:,} |",
        "",
        f"- `Guard.check`, lines per CPU second in each run: "
        f"{', '.join(f'{r:,}' for r in t['guard_check_lines_per_cpu_s_each_run'])}.",
        f"- Loading and compiling the rules file: {t['rules_load_s']} s, once per process.",
        f"- Machine: {t['cpu_count']} CPUs, {t['machine']}, Python {t['python']}; 1-minute load average during the "
        f"run {t['load_average_1m']} (other work shares these CPUs, so the wall-clock column is the noisier one, and a "
        "busy sibling core slows the CPU-second column too: the same code measured from about 2,700 to 4,300 lines "
        "per CPU second on the development set within minutes, bench/results/guard-speed.md).",
        f"- One process uses one core ({t['cores_allowed']} core(s) allowed to this run; pin it with `taskset -c 0`).",
    ]
    return "\n".join(lines) + "\n"


def evaluate_set(guard: Guard, path: Path, resolver: ContextResolver, blocking: set[str]) -> dict[str, Any]:
    lines = load_lines(path)
    evaluated = evaluate(guard, lines, resolver)
    categories = per_category(evaluated["counts"], blocking)
    block_rows = [r for r in categories if r["blocking"]]
    tp = sum(r["tp"] for r in block_rows)
    fp = sum(r["fp"] for r in block_rows)
    fn = sum(r["fn"] for r in block_rows)
    min_recall = min(block_rows, key=lambda r: r["recall"] if r["recall"] is not None else 1.0)
    min_precision = min(block_rows, key=lambda r: r["precision"] if r["precision"] is not None else 1.0)
    agree = sum(n for (want, got), n in evaluated["verdicts"].items() if want == got)
    summary = {
        "blocking_precision": ratio(tp, tp + fp),
        "blocking_recall": ratio(tp, tp + fn),
        "blocking_min_recall": min_recall["recall"],
        "blocking_min_recall_category": min_recall["category"],
        "blocking_min_precision": min_precision["precision"],
        "blocking_min_precision_category": min_precision["category"],
        "goal_met": all((r["recall"] or 0) >= 0.95 and (r["precision"] or 0) >= 0.9 for r in block_rows),
        "verdict_agree": agree,
        "verdict_accuracy": ratio(agree, len(lines)),
        "verdict_confusion": {f"{w}->{g}": n for (w, g), n in sorted(evaluated["verdicts"].items())},
    }
    return {
        "labelled": os.path.relpath(path, REPO),
        "n_lines": len(lines),
        "categories": categories,
        "summary": summary,
        "headline": {k: v for k, v in headline(guard, lines, resolver).items() if k != "ids"},
        "misses": evaluated["misses"],
        "lines": lines,
    }


def catalog_copy(guard: Guard, data_dir: Path) -> dict[str, Any] | None:
    """Findings on the catalog's own copy (product claims and selling points under the product's
    registered functions; brand stories, do-phrases and exemplars): true statements we wrote ourselves,
    so any finding here is a false positive or a data problem. None without the catalog files."""
    products_file, brands_file = data_dir / "products.json", data_dir / "brands.json"
    if not (products_file.exists() and brands_file.exists()):
        return None
    texts: list[tuple[str, str, GuardContext]] = []
    for product in json.loads(products_file.read_text(encoding="utf-8")):
        ctx = GuardContext(functional_claims=tuple(product.get("functional_claims", ())))
        texts += [(product["id"], t, ctx) for t in (*product["claims"], *product.get("selling_points", ()))]
    for brand in json.loads(brands_file.read_text(encoding="utf-8")):
        texts += [
            (brand["name"], t, GuardContext()) for t in (brand["story"], *brand["do_phrases"], *brand["exemplars"])
        ]
    found = []
    for source, text, ctx in texts:
        for finding in guard.check(text, ctx).findings:
            found.append(
                {"source": source, "rule_id": finding.rule_id, "severity": finding.severity, "text": text[:80]}
            )
    return {"texts": len(texts), "findings": found}


def first_runs(results_dir: Path) -> list[dict[str, Any]]:
    """The recorded first runs of the held-out sets (bench/results/guard-holdout*-first-run.json), and set 5
    with the guard after set-4 fixes before it was read (guard-holdout5-after-set4.json)."""
    out = []
    paths = [*sorted(results_dir.glob("guard-holdout*-first-run.json")), results_dir / "guard-holdout5-after-set4.json"]
    for path in paths:
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            out.append({"file": path.name, **data["summary"], "headline": data.get("headline")})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--labelled", type=Path, action="append", help="labelled JSONL set (repeatable)")
    parser.add_argument("--rules", type=Path, default=None)
    parser.add_argument("--data-dir", type=Path, default=REPO / "data")
    parser.add_argument("--out", type=Path, default=REPO / "bench/results/guard-eval")
    parser.add_argument("--lines", type=int, default=20_000, help="lines for the throughput measurement")
    parser.add_argument("--runs", type=int, default=5, help="throughput runs (the median is reported)")
    args = parser.parse_args(argv)
    sets = args.labelled or [REPO / f"bench/data/{name}.jsonl" for name in SET_NOTES]

    resolver = ContextResolver(args.data_dir)
    guard = Guard.load(args.rules, persona_labels=resolver.persona_labels)
    blocking = {c.rule.category for c in guard.compiled if c.rule.severity == "block"}
    results = [evaluate_set(guard, path, resolver, blocking) for path in sets]
    guard_info = guard.to_dict()
    guard_info["rules_path_rel"] = os.path.relpath(guard_info["rules_path"], REPO)
    report = {
        "command": COMMAND,
        "rules": guard_info,
        "sets": [{k: v for k, v in r.items() if k != "lines"} for r in results],
        "first_runs": first_runs(REPO / "bench/results"),
        "catalog_copy": catalog_copy(guard, args.data_dir),
        "throughput": throughput(guard, results[0]["lines"], resolver, args.lines, args.runs),
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    args.out.with_suffix(".md").write_text(markdown(report), encoding="utf-8")
    print(markdown(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
