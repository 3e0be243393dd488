"""Counts behind issue #10's SMS complaints (reading 8), over copy_eval's grid with every brief sent as SMS:
kept referral SMS that ask with no reason to pass it on, budget SMS led by a bare price, and LMS written
from SMS briefs that carry usage at a first look or a purchase or add a sentence after their ask.

    PYTHONPATH=. python bench/sms_copy_check.py --seeds 1111 2222 3333
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import SampledReviews, grid

from crm_core.catalog import Catalog
from crm_core.config import load_settings
from crm_core.domain import Brief
from crm_core.factory import build_guard
from crm_core.generation.template import TemplateGenerator
from crm_core.pipeline import Pipeline
from crm_core.scores import Scorer

PRICE_LED = re.compile(r"^[0-9.]+(ml|g)에 [0-9,]+원인 ")
FRIEND = re.compile("친구에게 |분께 ")
SENTENCE_END = re.compile(r"[.?!](?:\s|$)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seeds", type=int, nargs="+", default=[1111, 2222, 3333])
    parser.add_argument("--n", type=int, default=80, help="briefs per seed")
    args = parser.parse_args()
    settings = load_settings()
    catalog = Catalog.load(settings.data_dir)
    pipeline = Pipeline(
        catalog, SampledReviews(catalog), TemplateGenerator(), build_guard(catalog, settings), Scorer(), settings
    )
    counts = dict.fromkeys(
        ("briefs", "kept_sms", "referral_sms", "referral_bare", "budget_sms", "budget_price_led", "lms",
         "lms_first_look_or_purchase", "with_usage", "ask_not_last"),
        0,
    )  # fmt: skip
    for seed in args.seeds:
        for spec in grid(catalog, args.n, seed):
            result = pipeline.run_one(Brief(**(spec | {"channel": "sms"})))[0]
            body, stage = result.message.body, result.stage.index
            counts["briefs"] += 1
            if not result.sms_to_lms:
                counts["kept_sms"] += 1
                if stage == 4 and result.event is None:
                    counts["referral_sms"] += 1
                    counts["referral_bare"] += not FRIEND.search(body)
                if result.persona.index == 2:
                    counts["budget_sms"] += 1
                    counts["budget_price_led"] += bool(PRICE_LED.match(body))
                continue
            counts["lms"] += 1
            paragraphs = [p for p in body.split("\n") if p]
            if stage in (0, 3):
                counts["lms_first_look_or_purchase"] += 1
                counts["with_usage"] += len(paragraphs) >= 3
            counts["ask_not_last"] += len(SENTENCE_END.findall(paragraphs[-1])) > 1
    for key, value in counts.items():
        print(f"{key}: {value}")


if __name__ == "__main__":
    main()
