"""Guard speed: lines per second on typical copy (one core), and time against text length.

Reproduce (from the repository root):  python -m bench.guard_scale
Writes bench/results/guard-scale.md and bench/results/guard-scale.json.

Typical copy is every labelled line of the development and held-out sets (push, Kakao, SMS, LMS and
email copy as written by five authors). Length scaling joins that copy into one long text, and repeats
claim-dense and digit-dense copy (the worst cases: every clause carries findings), up to the guard's
limit, then shows what a text over the limit gets: a clear error naming the field, at once.
Throughput is measured in several runs (median reported, every run listed) because other work shares
the machine's cores.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.guard_speed import SETS, prepared
from bench.guard_speed import rates as speed_rates
from bench.guard_verdicts import digest, snapshot
from crm_core.cli.check import ContextResolver
from crm_core.errors import InvalidInput
from crm_core.guard import Guard, GuardContext
from crm_core.guard.engine import MAX_TEXT_CHARS

REPO = Path(__file__).resolve().parents[1]
COMMAND = "python -m bench.guard_scale"
# bench/guard_verdicts.py snapshot digest at 97c8087, before the speed work of issue 11: every verdict, rule id,
# severity, span and skip on the 2,099 labelled and catalog texts. A speed change must leave it as it is.
VERDICTS_BEFORE_SPEED_WORK = "bb7bd02009a9b31b"
WORST = {
    "claims": "염증 치료 최고 1위 무자극 브이라인 미백 주름 개선 피부과 전용 타사 크림보다 촉촉해요. ",
    "numbers": "30% 할인 1,000원 3일 5만원 2배 ",
    "no punctuation": "촉촉한 크림 피부 재생 사용을 피하 최고 30% 할인 3일 ",
}


def typical_lines(data: Path) -> list[tuple[Any, GuardContext]]:
    return prepared(SETS, ContextResolver(REPO / "data"), data)


def throughput(guard: Guard, lines: list[tuple[Any, GuardContext]], n: int, runs: int) -> dict[str, Any]:
    batch = (lines * (n // len(lines) + 1))[:n]
    rates = speed_rates(guard, batch, runs, warm_up=lines)
    return {
        "lines": n,
        "distinct_lines": len(lines),
        "runs": runs,
        "lines_per_cpu_s": round(statistics.median(rates)),
        "lines_per_cpu_s_each_run": [round(r) for r in rates],
        "mean_chars_per_line": round(sum(len(p.sent) for p, _ in lines) / len(lines), 1),
    }


def scaling(guard: Guard, lines: list[tuple[Any, GuardContext]]) -> list[dict[str, Any]]:
    rows = []
    ctx = GuardContext(is_ad=True, facts=("자음생크림 60ml: 크림, 60ml, 정가 250,000원",))
    held_out = "\n\n".join(parts.sent for parts, _ in lines) + "\n\n"
    for name, unit in {"held-out copy, joined": held_out, **WORST}.items():
        for size in (1_000, 5_000, 20_000, MAX_TEXT_CHARS):  # the limit itself: the slowest accepted text
            text = (unit * (size // len(unit) + 1))[:size]
            cpu = time.process_time()
            report = guard.check(text, ctx)
            rows.append(
                {
                    "text": name,
                    "chars": size,
                    "cpu_s": round(time.process_time() - cpu, 3),
                    "findings": len(report.findings),
                }
            )
    return rows


def refusal(guard: Guard, size: int) -> dict[str, Any]:
    text = "가나다라마바사 " * (size // 8 + 1)
    cpu = time.process_time()
    try:
        guard.check(text[:size])
    except InvalidInput as exc:
        return {"chars": size, "cpu_s": round(time.process_time() - cpu, 4), "error": str(exc)}
    raise AssertionError(f"a {size:,}-character text was not refused")


def _seconds(cpu_s: float) -> str:
    return f"{cpu_s} s" if cpu_s >= 0.001 else "under 0.001 s (below the CPU clock's resolution)"


def markdown(report: dict[str, Any]) -> str:
    t = report["throughput"]
    lines = [
        "# Guard speed",
        "",
        f"Reproduce: `{COMMAND}`; this run: `{report['command']}` with {report['cores_allowed']} core(s) allowed "
        f"(pin with `taskset -c 0`), niceness {report['niceness']}. One Python process, one thread; CPU seconds "
        "(time.process_time), so other",
        f"work on the machine matters less than for wall time (but a busy sibling core still slows a run). Machine: "
        f"{report['machine']}, Python {report['python']}, 1-minute load average {report['load_average_1m_before']} "
        f"before and {report['load_average_1m']} after the run (2 cores shared with other work).",
        "",
        "## Typical copy",
        "",
        f"{t['lines']:,} checks over the {t['distinct_lines']} lines of the development and held-out sets "
        f"(mean {t['mean_chars_per_line']} characters as sent; median of {t['runs']} runs): "
        f"**{t['lines_per_cpu_s']:,} lines per CPU second** on one core (goal ≥ 3,000). "
        f"Each run: {', '.join(f'{r:,}' for r in t['lines_per_cpu_s_each_run'])}.",
        "",
        "## Time against length (held-out copy joined; worst cases: every clause carries findings)",
        "",
        "| text | characters | CPU s | findings |",
        "| --- | ---: | ---: | ---: |",
        *[f"| {r['text']} | {r['chars']:,} | {r['cpu_s']} | {r['findings']:,} |" for r in report["scaling"]],
        "",
        f"Texts over {MAX_TEXT_CHARS:,} characters are refused (the longest channel, email, allows 5,000):",
        f"a {report['refusal']['chars']:,}-character text gets this error in {_seconds(report['refusal']['cpu_s'])}:",
        "",
        f"> {report['refusal']['error']}",
        "",
        f"A {report['refusal_100k']['chars']:,}-character text is refused in "
        f"{_seconds(report['refusal_100k']['cpu_s'])}.",
        "",
        "## Same verdicts",
        "",
        f"Every verdict, finding (rule id, severity, field, span, message) and skip on the labelled sets and the "
        f"catalog's true statements (`python -m bench.guard_verdicts`): sha256/16 `{report['verdicts_sha256_16']}`; "
        f"before the speed work of issue 11 (97c8087) `{VERDICTS_BEFORE_SPEED_WORK}`: "
        + ("identical." if report["verdicts_sha256_16"] == VERDICTS_BEFORE_SPEED_WORK else "different."),
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5, help="throughput runs (the median is reported)")
    parser.add_argument("--out", type=Path, default=REPO / "bench/results/guard-scale")
    args = parser.parse_args(argv)
    guard = Guard.load()
    lines = typical_lines(REPO / "bench/data")
    load_before = round(os.getloadavg()[0], 2)
    report = {
        "command": " ".join([COMMAND, *(sys.argv[1:] if argv is None else argv)]),
        "cores_allowed": len(os.sched_getaffinity(0)),
        "niceness": os.nice(0),
        "throughput": throughput(guard, lines, args.lines, args.runs),
        "scaling": scaling(guard, lines),
        "refusal": refusal(guard, MAX_TEXT_CHARS + 1),
        "refusal_100k": refusal(guard, 100_000),
        "max_text_chars": MAX_TEXT_CHARS,
        "machine": f"{os.cpu_count()} CPUs, {platform.machine()}",
        "python": platform.python_version(),
        "verdicts_sha256_16": digest(snapshot(guard, ContextResolver(REPO / "data"), REPO / "data")),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "load_average_1m_before": load_before,
    }
    args.out.with_suffix(".json").write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    args.out.with_suffix(".md").write_text(markdown(report), encoding="utf-8")
    print(markdown(report))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
