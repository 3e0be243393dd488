"""Composer instructions per message, for an A/B that other work on the machine does not move.

Load, warm on 600 briefs (copy_eval's grid, as bench/composer_rate.py), then P passes of 200 briefs; the difference of
the "I refs" totals of P=1 and P=0, over the messages composed, is one message's cost
(bench/results/composer-rate-ab.md):

    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no python bench/speed_r39_check.py 0
    PYTHONHASHSEED=0 valgrind --tool=cachegrind --cache-sim=no python bench/speed_r39_check.py 1
"""

from __future__ import annotations

import sys

sys.path[:0] = [".", "bench"]  # the checkout under test (its cwd): its crm_core and its copy_eval grid

import copy_eval as ce  # noqa: E402

from crm_core.catalog import Catalog  # noqa: E402
from crm_core.config import load_settings  # noqa: E402
from crm_core.generation.template import TemplateGenerator  # noqa: E402


def main() -> None:
    passes = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    catalog = Catalog.load(load_settings().data_dir)
    evidence, generator = ce.SampledReviews(catalog), TemplateGenerator()
    specs = ce.grid(catalog, 1200, 20261203)
    for k in (11, 12):
        for request in ce.composer_requests(catalog, evidence, specs[:300], 7919 * k):
            generator.compose(request, ce.no_findings)
    n = 0
    for k in range(1, 1 + passes):
        requests = ce.composer_requests(catalog, evidence, specs[:200], 7919 * k)
        for request in requests:
            generator.compose(request, ce.no_findings)
        n += len(requests)
    print("composed", n)


if __name__ == "__main__":
    main()
