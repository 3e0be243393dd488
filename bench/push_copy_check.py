"""Push copy checks from blind reading 8's push notes, on seeded random briefs (no reserved seed).

- reader's line: share of pushes whose title or body carries a word of the reader's angle
  (the marks of tests/generation/test_push.py ANGLE_MARKS), with and without an event;
- distinct titles: event pushes whose title no other push of the sample shares;
- chained descriptions: content/service event pushes that paste the event's whole description
  into the ask ("…에 따라 고른 선물 추천 모음에서 골라 보세요").

    PYTHONPATH=. python bench/push_copy_check.py            # about 20 s on one core
"""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import SampledReviews

from crm_core.catalog import Catalog
from crm_core.config import load_settings
from crm_core.domain import Brief, Tone
from crm_core.factory import build_guard
from crm_core.generation.template import TemplateGenerator
from crm_core.pipeline import Pipeline
from crm_core.scores import Scorer

ANGLE_MARKS = {
    "민감성 피부": "예민|순한|조심|작은 부위|자극|진정|팔 안쪽|안심",
    "럭셔리 애호가": "정성|공들|한 단계",
    "가성비 추구": "원에|용량|따져|매일|넉넉",
    "트렌드 팔로워": "요즘|새로|시즌|재미|새 얼굴",
    "내추럴 뷰티": "원료|추출물|자연|오일|성분|담은",
}
ASKING_KINDS = ("content", "service")


def main(seed: int = 11, n: int = 400) -> None:
    settings = load_settings()
    catalog = Catalog.load(settings.data_dir)
    guard = build_guard(catalog, settings)
    pipeline = Pipeline(catalog, SampledReviews(catalog), TemplateGenerator(), guard, Scorer(), settings)
    rng = random.Random(seed)
    marked, total, titles = Counter(), Counter(), Counter()
    for _ in range(n):
        product = rng.choice(catalog.products)
        brief = Brief(
            persona=rng.randrange(5),
            brand=product.brand,
            product=product.name,
            stage_index=rng.randrange(5),
            style_index=rng.randrange(6),
            tone=rng.choice([None, *Tone]),
            channel="push",
            is_event=rng.random() < 0.6,
            honorific=rng.choice(["해요체", "합쇼체"]),
            seed=rng.randrange(1000),
        )
        result = pipeline.run_one(brief)[0]
        kind = "event" if result.event else "no event"
        text = f"{result.message.title} {result.message.body}"
        total[kind] += 1
        marked[kind] += bool(re.search(ANGLE_MARKS[result.persona.label_kr], text))
        if result.event:
            titles[re.sub(r"[^\w, ]", "", result.message.title).strip()] += 1
    chained = asked = 0
    for event in (e for e in catalog.events if e.offer and e.offer.kind in ASKING_KINDS):
        products = [p for p in catalog.products if event.applies_to(p)]
        for product in rng.sample(products, min(12, len(products))):
            brief = Brief(
                persona=rng.randrange(5),
                brand=product.brand,
                product=product.name,
                stage_index=event.stage,
                style_index=rng.randrange(6),
                tone=rng.choice([None, *Tone]),
                channel="push",
                event_id=event.id,
                seed=rng.randrange(1000),
            )
            body = pipeline.run_one(brief)[0].message.body
            asked += 1
            chained += bool(event.offer and event.offer.benefit in body)
    print(f"| pushes carrying the reader's angle, with an event | {marked['event']} of {total['event']} |")
    print(f"| pushes carrying the reader's angle, no event | {marked['no event']} of {total['no event']} |")
    unique = sum(1 for count in titles.values() if count == 1)
    print(f"| event push titles no other push shares | {unique} of {sum(titles.values())} |")
    print(f"| content/service event pushes with the description chained in | {chained} of {asked} |")


if __name__ == "__main__":
    main()
