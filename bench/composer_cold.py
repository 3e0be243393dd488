"""The composer alone from a cold start: copy_eval's first 500 briefs, five CPU-timed passes, each with its own
seeds, with nothing composed before but a 100-brief warm-up (copy_eval's own figure runs after its whole grid, so
its caches are warm; a marketer's first batch is not).

    PYTHONPATH=. taskset -c 1 python bench/composer_cold.py [--passes 5]
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import SampledReviews, composer_requests, grid, no_findings

from crm_core.catalog import Catalog
from crm_core.config import load_settings
from crm_core.generation.template import TemplateGenerator


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    catalog = Catalog.load(load_settings().data_dir)
    evidence, generator = SampledReviews(catalog), TemplateGenerator()
    specs = grid(catalog, 1200, 20261203)

    for request in composer_requests(catalog, evidence, specs[500:600], 7919):
        generator.compose(request, no_findings)
    rates = []
    for k in range(1, args.passes + 1):
        batch = composer_requests(catalog, evidence, specs[:500], 7919 * k)
        gc.collect()
        started = time.process_time()
        for request in batch:
            generator.compose(request, no_findings)
        rates.append(round(len(batch) / (time.process_time() - started)))
    print(f"passes (msgs/s): {rates}; median {statistics.median(rates):.0f}")


if __name__ == "__main__":
    main()
