"""Round 37 (readings 90-91: push 3.65): a referral push gives the reader a reason to share, never a favour to us.

PYTHONPATH=. python bench/push_r37_check.py --n 1500
"""

from __future__ import annotations

import re

import pytest

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.generation.composer import push
from crm_core.pipeline import Pipeline

FAVOUR = re.compile("주시면 (?:감사하겠|좋겠)")
# what sharing gives: others' choice, the friend's good news, a routine used together
GAIN = re.compile(r"시면 (?:\S+ )*(?:도움이 됩니다|소식이 됩니다|재미가 더해집니다|챙길 수 있습니다)\.$")


def _push(pipeline: Pipeline, catalog: Catalog, product: str, **kw):  # type: ignore[no-untyped-def]
    found = next(p for p in catalog.products if p.name == product)
    base = dict(brand=found.brand, product=found.name, channel="push", emoji="none", seed=0, persona=2)
    return pipeline.run_one(Brief(**(base | kw)))[0].message


@pytest.mark.parametrize(
    ("product", "style", "tone"),
    [
        ("히알루론 모이스춰 수분크림 100ml", 2, Tone.friendly),
        ("에어리-라이트 인비저블 선스틱 SPF50+/PA++++ 19g", 5, Tone.trendy),
    ],
)
def test_a_referral_push_says_what_sharing_gives_not_a_favour(
    facts_pipeline: Pipeline, catalog: Catalog, product: str, style: int, tone: Tone
):
    """s6687 (에스트라 크림미스트, 추천, 트렌디한, 합쇼체: "…써 본 느낌을 공유해 주시면 감사하겠습니다" — "공유할 거리가
    부족함"): where the push has no room for the longer gain, the reader's own verb and a shorter one ("…공유하시면 큰
    도움이 됩니다", "…알리시면 반가운 소식이 됩니다"), never the favour."""
    for seed in range(3):
        body = _push(
            facts_pipeline, catalog, product, stage_index=4, style_index=style, tone=tone,
            honorific=Honorific.hapsho, seed=seed,
        ).body  # fmt: skip
        assert not FAVOUR.search(body), body
        assert GAIN.search(body), body


def test_the_compact_gain_says_the_readers_own_verb():
    """Where only a short ask has room, the share is said with the reader's own verb ("공유하시면", "알리시면"), not
    the favour's "…해 주시면"."""
    for stem in ("써 본 느낌을 공유해 주", "가까운 친구에게도 알려 주"):
        gain = push.shared_gain(stem, compact=2)
        assert gain.startswith(stem[:-4]) and "주시면" not in gain and "감사" not in gain, gain


def test_a_trend_users_fit_line_never_restates_the_product_line_in_another_order(
    facts_pipeline: Pipeline, catalog: Catalog
):
    """A trend push at retention (설화수 자음생크림: "자음생크림은 바른 뒤에 끈적임 없이 은은한 윤기가 남아요.
    끈적임 없이 남는 은은한 윤기, 새로운 사용감을 찾는 분이라면 반가울 거예요."): the finish is said once."""
    cream = "자음생크림 60ml"
    for style in range(6):
        for tone in (Tone.friendly, Tone.trendy):
            body = _push(
                facts_pipeline, catalog, cream, persona=3, stage_index=2, style_index=style, tone=tone,
                honorific=Honorific.haeyo, seed=style,
            ).body  # fmt: skip
            assert body.count("끈적임 없이") <= 1, body
