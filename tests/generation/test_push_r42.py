"""Round 42 (readings 102-105: push 3.57 / 3.35 / 3.79 / 3.54, the weakest channel; 17 of the 43 messages at 3.0 were
pushes, nearly all "<persona> 고객 관점 없음"): a push says its reader's own reason in place of a stock line or a bare
ingredient, and a sensitive sharer's push of a stinging active always says how to start it.

    PYTHONPATH=. python bench/push_r42_check.py --n 1500
    PYTHONPATH=. python bench/push_r41_check.py --actives
"""

from __future__ import annotations

import pytest

from crm_core.catalog import Catalog
from crm_core.domain import Honorific, Tone
from crm_core.pipeline import Pipeline
from tests.generation.test_push_r41 import CAUTION, _push


@pytest.mark.parametrize("product", ["비타민C 엑스퍼트 25% 토닝 앰플 23ml", "수퍼 화산송이 모공 마스크 100ml"])
def test_a_sensitive_sharers_push_of_a_stinging_active_says_how_to_start_it(
    facts_pipeline: Pipeline, catalog: Catalog, product: str
):
    """push_r41_check --actives: 19 of 1,440 sensitive referral pushes of a strong active said no caution (reader.py's
    sharer caution, a second ask, was too long beside the name and the share ask). The push names the product and says
    the care as a fact for whoever starts it ("…이 든 제품이라 예민한 분은 팔 안쪽에 먼저 발라 보면 안심이에요")."""
    bare = []
    for style in (0, 5):
        for honorific in (Honorific.haeyo, Honorific.hapsho):
            for seed in (1, 3):
                message = _push(
                    facts_pipeline, catalog, product, persona=1, stage_index=4, style_index=style,
                    honorific=honorific, seed=seed,
                )  # fmt: skip
                assert product.rsplit(" ", 1)[0] in message.body, message.body
                if not CAUTION.search(message.body):
                    bare.append((style, honorific, seed, message.body))
    assert not bare, bare[:3]


def test_a_trend_readers_push_says_the_products_own_point_over_a_stock_opener(
    facts_pipeline: Pipeline, catalog: Catalog
):
    """s8833 (3.0, 설화수 순행클렌징오일, 트렌드 팔로워, 매출·전환, 감성, 합쇼체): "요즘 루틴에 새로운 재미를
    더해 볼 때입니다. 순행클렌징오일은 물을 더하면 뽀얗게 유화되어 …" — "트렌드 고객이 좋아할 새로움·메이크업 포인트가
    없음".
    The stock opener names the reader's words but nothing of the product: the catalog's own line (it melts make-up
    away) takes its place."""
    message = _push(
        facts_pipeline, catalog, "순행클렌징오일 200ml", persona=3, stage_index=3, style_index=3, tone=Tone.expert,
        honorific=Honorific.hapsho, seed=8833,
    )  # fmt: skip
    assert "새로운 재미를 더해" not in message.body, message.body
    assert "메이크업" in message.body, message.body
    assert "순행클렌징오일" in message.body
