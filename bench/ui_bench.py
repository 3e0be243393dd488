"""What a marketer feels, on the template backend over the sample catalog in data/:

1. first page time: `streamlit run app.py` launched → Compose's 생성 button drawn in headless
   Chromium; cold (empty index and result caches) and warm (the same caches, a new process). The
   Workbench (indexes, rules) is built in the background meanwhile, so this is when the form is usable;
   a 생성 pressed before the build ends waits for it;
2. approve latency (Workbench.approve, the call behind the 승인 button) with 100, 1,000 and
   10,000 messages already approved;
3. Generate → drawn: 생성 clicked in Chromium → every variant card drawn (3 variants), on a server
   whose background build has finished (the sidebar names the backend).

Reproduce (from the repository root; needs /usr/bin/chromium and chromedriver):
    python -m bench.ui_bench            # writes bench/results/ui-latency.json and .md
    python -m bench.ui_bench --quick    # 100 / 1,000 only, fewer repeats
"""

from __future__ import annotations

import argparse
import itertools
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from selenium.webdriver.common.by import By

from bench.results_io import write_results
from crm_core.config import load_settings
from crm_core.domain import Brief
from crm_core.workbench import Workbench
from tests.ui.browser import REPO_ROOT, chromium, streamlit_app

RESULTS = REPO_ROOT / "bench/results"
BRIEF_INDEX = itertools.count(1)  # each stored copy is its own brief row (variants are unique per row)
PASSING = {"persona": 0, "brand": "설화수", "product": "자음생크림", "stage_index": 2, "style_index": 1}


def environment(cache: Path) -> dict[str, str]:
    config = cache / "crm.toml"
    config.write_text("# ui bench: defaults, template backend\n", encoding="utf-8")
    return {
        "CRM_BACKEND": "template", "CRM_CONFIG": str(config), "CRM_CACHE_DIR": str(cache / "cache"),
        "CRM_INDEX_DIR": str(cache / "index"), "CRM_DATA_DIR": str(REPO_ROOT / "data"),
        "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
    }  # fmt: skip


def buttons(driver: Any, label: str) -> list[Any]:
    return [b for b in driver.find_elements(By.CSS_SELECTOR, "button") if b.text.strip() == label]


def poll(predicate: Any, timeout: float = 600) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if predicate():
                return
        except Exception:  # a rerun replaced the element; look again
            pass
        time.sleep(0.05)
    raise TimeoutError("the page did not get there")


def first_page(env: dict[str, str], driver: Any) -> float:
    """Seconds from launching the server to Compose's 생성 button drawn (Chromium already running)."""
    start = time.perf_counter()
    with streamlit_app(env) as url:
        driver.get(url)
        poll(lambda: buttons(driver, "생성"))
        return time.perf_counter() - start


def generate_drawn(env: dict[str, str], driver: Any, repeats: int) -> list[float]:
    """Seconds from clicking 생성 to all three variant cards drawn, `repeats` times on one warm server."""
    times = []
    with streamlit_app(env) as url:
        driver.get(url)
        poll(lambda: buttons(driver, "생성"))
        poll(lambda: "템플릿 백엔드:" in driver.find_element(By.TAG_NAME, "body").text)  # the background build done
        for _ in range(repeats):
            start = time.perf_counter()
            poll(lambda: buttons(driver, "생성")[0].click() or True)  # a rerun may replace it: look again
            poll(lambda: "생성 완료" in driver.find_element(By.TAG_NAME, "body").text
                 and len(driver.find_elements(By.CSS_SELECTOR, ".crm-phone")) == 3)  # fmt: skip
            times.append(time.perf_counter() - start)
            driver.get(url)  # a fresh page for the next click
            poll(lambda: buttons(driver, "생성"))
    return times


def fill(wb: Workbench, approved: int) -> None:
    """Store and approve copies of real generated variants until `approved` messages are approved."""
    run = wb.generate(Brief.model_validate({**PASSING, "n": 6}))
    wb.bulk_approve(run.ids, allow_warn=True)
    have = len(wb.approved())
    chunk = wb.store.create_run("batch", "bench", n_briefs=1, **wb.run_meta())
    while have < approved:
        index = next(BRIEF_INDEX)
        results = [(index, r, wb.spec_for(r)) for r in run.results[: approved - have]]
        ids = wb.store.add_chunk(chunk.id, results, briefs_done=1)
        have += len(wb.bulk_approve(ids, allow_warn=True).approved)


def approve_latency(sizes: list[int], repeats: int) -> dict[str, Any]:
    """Per size: median and p95 milliseconds of approving one more message (pending, passing)."""
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="crm-ui-bench-") as folder:
        os.environ.update(environment(Path(folder)))
        wb = Workbench.from_settings(load_settings())
        pending = wb.generate(Brief.model_validate({**PASSING, "n": 6, "seed": 99}))
        spare = next(r for r in pending.results if r.verdict != "block")
        chunk = wb.store.create_run("batch", "bench", n_briefs=1, **wb.run_meta())
        for size in sizes:
            fill(wb, size)
            times = []
            for _ in range(repeats):
                variant = wb.store.add_chunk(chunk.id, [(next(BRIEF_INDEX), spare, wb.spec_for(spare))])[0]
                start = time.perf_counter()
                wb.approve(variant, "bench")
                times.append((time.perf_counter() - start) * 1000)
            out[str(size)] = summary(times, "ms")
    return out


def summary(values: list[float], unit: str) -> dict[str, Any]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"unit": unit, "n": len(values), "median": round(statistics.median(values), 3), "p95": round(p95, 3),
            "min": round(ordered[0], 3), "max": round(ordered[-1], 3)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="100 and 1,000 approved only, fewer repeats")
    parser.add_argument("--out", type=Path, default=RESULTS / "ui-latency.json")
    args = parser.parse_args()
    sizes = [100, 1_000] if args.quick else [100, 1_000, 10_000]
    repeats = 5 if args.quick else 20
    load = os.getloadavg()
    report: dict[str, Any] = {
        "command": "python -m bench.ui_bench" + (" --quick" if args.quick else ""),
        "machine": {
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
            "platform": platform.platform(),
            "load_average_at_start": [round(x, 2) for x in load],
        },
        "backend": "template",
        "catalog": "data/ (the full sample catalog)",
    }
    report["approve_ms_by_approved"] = approve_latency(sizes, repeats)
    with tempfile.TemporaryDirectory(prefix="crm-ui-bench-") as folder, chromium() as driver:
        env = environment(Path(folder))
        cold = first_page(env, driver)
        warm = [first_page(env, driver) for _ in range(2 if args.quick else 3)]
        report["first_page_s"] = {"cold": round(cold, 2), "warm": summary(warm, "s")}
        report["generate_to_drawn_s"] = summary(generate_drawn(env, driver, 3 if args.quick else 5), "s")
    write_results(args.out, report, markdown(report))
    print(markdown(report))


def markdown(report: dict[str, Any]) -> str:
    m = report["machine"]
    lines = [
        "# What a marketer feels: first page, approve, generate (template backend)",
        "",
        f"Command: `{report['command']}` · {m['cpus']} CPUs, load average at start {m['load_average_at_start']} "
        f"· Python {m['python']} · {m['platform']} · catalog {report['catalog']}",
        "",
        "| measure | median | p95 | n |",
        "|---|---|---|---|",
        f"| first page, cold caches (launch → 생성 drawn) | {report['first_page_s']['cold']} s | | 1 |",
    ]
    warm = report["first_page_s"]["warm"]
    lines.append(f"| first page, warm caches | {warm['median']} s | {warm['p95']} s | {warm['n']} |")
    for size, s in report["approve_ms_by_approved"].items():
        lines.append(f"| approve one, {int(size):,} already approved | {s['median']} ms | {s['p95']} ms | {s['n']} |")
    g = report["generate_to_drawn_s"]
    lines.append(f"| 생성 clicked → 3 variant cards drawn | {g['median']} s | {g['p95']} s | {g['n']} |")
    lines += [
        "",
        "Targets from issue 13: first page ≤ 3 s warm, approve ≤ 30 ms at 10,000, generate → drawn ≤ 1 s.",
        "",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
