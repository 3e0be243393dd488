"""Round 32's persona cells the strict check (persona_strict_check.py) cannot see, over copy-eval's grid.

The readers' most frequent note in readings 70-75 is still the persona's interest missing. persona_strict_check
counts long messages tying the product to it; four cells of that stay flat for reasons this check names apart:

- natural_evidence_missed: a natural reader's message whose product has something natural to say (a plant
  ingredient, an origin phrase in the catalog, or the brand story's origin of an ingredient it holds) and says no
  origin (strict rule): the copy dropped what it had (goal 0);
- natural_nothing: a natural reader's message with neither an origin nor a comfort/mildness word ("순하게",
  "편안", "당기지 않", "자극 없이", "향료를 넣지 않" …): the "nothing in the evidence fits" products, which may
  at least say the comfort the catalog or a positive review states;
- sensitive_wash_off_no_care: a sensitive reader's message on a wash-off product holding an exfoliating acid
  (reading 66, s2152, BHA cleanser: "순함·테스트 안내가 없어") that carries no gentle-use line (a slow start, a
  care tip for a sensitive day, a patch test);
- budget_quiet_house_miss: a budget reader's message from a house that never talks price (설화수, 헤라:
  voice.py price_talk) without value said as use (strict rule: a dose, how long one lasts, a generous size …).

    PYTHONPATH=. python bench/persona_r32_check.py --n 1200 [--misses natural_nothing] [--channels lms]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels
from persona_reason_check import ORIGIN, PLANTS, house_of
from persona_strict_check import CARE_TIP, TEST_FIRST, strict_reason

from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.voice import voice_of
from crm_core.generation.template import short_product_name

LONG = ("kakao_friendtalk", "lms", "email")
COMFORT = re.compile(
    "순하게|순한|편안|자극 없|자극이 적|자극 걱정|당기지 않|당김이 적|당김 없|향료를 넣지 않|향이 거의 없"
    "|부담 없이 바를|답답하지 않|무겁지 않|끈적임|당김을 덜|약산성"
)
STORY_SOURCES = re.compile(r"((?:[가-힣]+, )+[가-힣]+)처럼 ([가-힣 ]+?에서 얻은) 원료")
ACIDS = ("살리실산", "베타인살리실레이트", "글루코노락톤", "글리콜산", "락틱산", "젖산")
WASH_OFF = ("클렌저", "헤어", "바디")
GENTLE_START = re.compile("하루 한 번(?:만| 정도만)|천천히 시작|간격을 두|이틀에 한 번")


def natural_evidence(product, story: str) -> bool:  # type: ignore[no-untyped-def]
    """Whether the catalog or the brand story gives a natural reader an origin to tell of this product."""
    if any(PLANTS.search(i) for i in product.key_ingredients):
        return True
    if any(ORIGIN.search(t) for t in (*product.claims, *product.selling_points)):
        return True
    found = STORY_SOURCES.search(story or "")
    return bool(found) and any(i in found.group(1).split(", ") for i in product.key_ingredients)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--channels", default=",".join(LONG))
    parser.add_argument("--misses", default="", help="a cell whose misses are printed")
    args = parser.parse_args()
    channels = tuple(args.channels.split(","))
    pipeline, catalog = checked_pipeline()
    total, hit = Counter(), Counter()
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, channels):
        product = result.product
        if not getattr(product, "category", None):
            continue
        key = angle_for(result.persona).key
        message = result.message
        text = " ".join((message.title or "", message.body, message.cta or ""))
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        story = result.brand.story or ""
        strict = strict_reason(key, product, bare, house_of(story))
        cells = []
        if key == "natural":
            if natural_evidence(product, story):
                cells.append(("natural_evidence_missed", not strict))
            cells.append(("natural_nothing", not strict and not COMFORT.search(bare)))
        acid = product.category in WASH_OFF and any(i in ACIDS for i in product.key_ingredients)
        if key == "sensitive" and acid:
            care = GENTLE_START.search(bare) or CARE_TIP.search(bare) or TEST_FIRST.search(bare)
            cells.append(("sensitive_wash_off_no_care", not care))
        if key == "budget" and not voice_of(result.brand).price_talk:
            cells.append(("budget_quiet_house_miss", not strict))
        for cell, bad in cells:
            total[(cell, channel)] += 1
            hit[(cell, channel)] += bad
            if bad and cell == args.misses:
                print(f"MISS {cell}/{channel} s{result.brief.stage_index} {product.name} | {text!r}")
    names = ("natural_evidence_missed", "natural_nothing", "sensitive_wash_off_no_care", "budget_quiet_house_miss")
    print("| bad cell | " + " | ".join(channels) + " | all |")
    print("|---|" + "---|" * (len(channels) + 1))
    for name in names:
        row = [f"{hit[(name, c)]}/{total[(name, c)]}" for c in channels]
        k, n = sum(hit[(name, c)] for c in channels), sum(total[(name, c)] for c in channels)
        print(f"| {name} | " + " | ".join(row) + f" | {k}/{n} |")


if __name__ == "__main__":
    main()
