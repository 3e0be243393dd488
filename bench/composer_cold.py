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

from copy_eval import SampledReviews, grid

from crm_core.catalog import Catalog
from crm_core.config import load_settings
from crm_core.domain import Brief
from crm_core.errors import CrmError
from crm_core.generation.base import CheckOutcome, GenerationRequest
from crm_core.generation.template import TemplateGenerator


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--passes", type=int, default=5)
    args = parser.parse_args()
    catalog = Catalog.load(load_settings().data_dir)
    evidence, generator = SampledReviews(catalog), TemplateGenerator()
    specs = grid(catalog, 1200, 20261203)

    def requests(chosen: list[dict], offset: int) -> list[GenerationRequest]:
        out = []
        for spec in chosen:
            try:
                resolved = catalog.resolve(Brief(**(spec | {"seed": spec["seed"] + offset})))
            except CrmError:
                continue
            out.append(GenerationRequest(resolved, evidence.evidence(resolved), 0))
        return out

    def unchecked(request, title, body, cta):  # type: ignore[no-untyped-def]
        return CheckOutcome(body, ())

    for request in requests(specs[500:600], 7919):
        generator.compose(request, unchecked)
    rates = []
    for k in range(1, args.passes + 1):
        batch = requests(specs[:500], 7919 * k)
        gc.collect()
        started = time.process_time()
        for request in batch:
            generator.compose(request, unchecked)
        rates.append(round(len(batch) / (time.process_time() - started)))
    print(f"passes (msgs/s): {rates}; median {statistics.median(rates):.0f}")


if __name__ == "__main__":
    main()
