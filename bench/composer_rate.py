"""Composer-alone throughput of the checkout it runs in, for an A/B between two commits on one machine.

copy_eval.py's composer figure moves ±10 % with the machine's load; comparing two commits needs both timed the same
way, minutes apart, on one pinned core. This composes the first 500 briefs of copy_eval's grid seven times (after
three warm passes, as copy_eval does) and prints each pass's rate, the median and the best:

    git worktree add --detach /tmp/base <rev>
    for i in 1 2; do
      (cd /tmp/base && taskset -c 0 env PYTHONPATH=. python /path/to/main/bench/composer_rate.py base)
      (cd /path/to/main && taskset -c 0 env PYTHONPATH=. python bench/composer_rate.py main)
    done
"""

from __future__ import annotations

import gc
import statistics
import sys
import time

sys.path[:0] = [".", "bench"]  # the checkout under test (its cwd): its crm_core and its copy_eval grid

import copy_eval as ce  # noqa: E402

from crm_core.catalog import Catalog  # noqa: E402
from crm_core.config import load_settings  # noqa: E402
from crm_core.generation.template import TemplateGenerator  # noqa: E402


def main() -> None:
    label = sys.argv[1] if len(sys.argv) > 1 else "this checkout"
    catalog = Catalog.load(load_settings().data_dir)
    evidence, generator = ce.SampledReviews(catalog), TemplateGenerator()
    specs = ce.grid(catalog, 1200, 20261203)
    for k in (11, 12, 13):  # warm, as copy_eval composes the grid before it times the composer
        for request in ce.composer_requests(catalog, evidence, specs[:600], 7919 * k):
            generator.compose(request, ce.no_findings)
    rates = []
    for k in range(1, 8):
        requests = ce.composer_requests(catalog, evidence, specs[:500], 7919 * k)
        gc.collect()
        start = time.process_time()
        for request in requests:
            generator.compose(request, ce.no_findings)
        rates.append(len(requests) / (time.process_time() - start))
    shown = [round(r) for r in rates]
    print(label, shown, "median", round(statistics.median(rates)), "best", round(max(rates)))


if __name__ == "__main__":
    main()
