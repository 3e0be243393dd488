"""Product-name matching at scale: 10,000 sheet names against a 10,000-product catalog.

Wall time and the process's CPU time are both recorded, with the load average: on a machine
shared with other jobs the wall time includes waiting for a core.

The catalog is the sample catalog's products multiplied into distinct lines (a line word and a
number appended to each name); the sheet names are written the way sheets write them (another
size, NEW, spacing, SPF/PA notation, a set, a refill, or an unknown name). Index build and the
batched lookup are timed separately; the result goes to bench/results/match-bench-<date>.json.

Run: taskset -c 0 nice -n 10 python -m bench.match_bench   (one core, so wall time is not shared time)
"""

from __future__ import annotations

import json
import os
import platform
import random
import time
from datetime import date
from pathlib import Path

from bench.results_io import write_results
from crm_core.catalog import Catalog
from crm_core.catalog.matching import ProductMatcher

COMMAND = "taskset -c 0 nice -n 10 python -m bench.match_bench"
LINES = ("블루", "골드", "리치", "라이트", "인텐스", "마일드", "딥", "퓨어", "바이탈", "에센셜")
WRITINGS = (
    lambda n: n.replace("ml", "mL"),
    lambda n: "NEW " + n,
    lambda n: n.replace(" ", ""),
    lambda n: n + " 기획세트",
    lambda n: n + " 리필",
    lambda n: n.split(" ")[0] + " 없는 제품 " + str(len(n)),
)


def big_catalog(catalog: Catalog, size: int) -> list:
    base = list(catalog.products)
    out = []
    for i in range(size):
        p = base[i % len(base)]
        line = LINES[(i // len(base)) % len(LINES)]
        out.append(p.model_copy(update={"id": f"B{i:05d}", "name": f"{p.name} {line} {i // len(base)}"}))
    return out


def main(n_products: int = 10_000, n_names: int = 10_000, seed: int = 7) -> dict:
    catalog = Catalog.load()
    products = big_catalog(catalog, n_products)
    rng = random.Random(seed)
    pairs = []
    for _ in range(n_names):
        p = rng.choice(products)
        pairs.append((p.brand, rng.choice(WRITINGS)(p.name)))
    t0 = time.perf_counter()
    matcher = ProductMatcher(products, catalog.brands)
    build = time.perf_counter() - t0
    t0, c0 = time.perf_counter(), time.process_time()
    found = matcher.lookup_many(pairs)
    match_seconds, match_cpu = time.perf_counter() - t0, time.process_time() - c0
    kinds: dict[str, int] = {}
    for f in found:
        kind = f.match.kind if f.match else "refused"
        kinds[kind] = kinds.get(kind, 0) + 1
    return {
        "benchmark": "match_bench",
        "command": COMMAND,
        "date": date.today().isoformat(),
        "machine": f"{platform.processor() or platform.machine()}, {platform.system()}",
        "catalog_products": n_products,
        "sheet_names": n_names,
        "index_build_seconds": round(build, 3),
        "match_seconds": round(match_seconds, 3),
        "match_cpu_seconds": round(match_cpu, 3),
        "load_average_1m": round(os.getloadavg()[0], 2),
        "cpu_count": os.cpu_count(),
        "names_per_second": round(n_names / match_seconds),
        "outcomes": kinds,
        "target": "match_seconds <= 2.0 (on a shared machine read match_cpu_seconds: wall time includes waiting)",
    }


if __name__ == "__main__":
    result = main()
    write_results(Path(__file__).parent / "results" / f"match-bench-{result['date']}", result)
    print(json.dumps(result, ensure_ascii=False, indent=2))
