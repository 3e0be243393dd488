"""Round 36, the lead's reads.

- A review that says a product did not sting ("자극이 하나도 없어요") was retold as "자극 걱정 없이 쓰기 편하다는
  후기", which the guard blocks as an absolute no-harm claim (화장품법 제13조): the composer's own message, blocked.
  Found by bench/push_r34_check.py --n 300 (verdict_block 1: 설화수 순행클렌징오일, a budget reader, seed 870)."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief, Honorific
from tests.generation.scripted import pipeline_with_reviews

NO_STING = "자극이 하나도 없어서 매일 편하게 써요."


def test_a_review_that_did_not_sting_is_retold_as_the_reviewer_s_experience_never_blocked(
    catalog: Catalog, settings: Settings
):
    """The blocked brief, then every reader and stage of three products on push and KakaoTalk, with that review
    as the only one: no message is blocked, and the review is retold as what the reviewers felt."""
    pipeline = pipeline_with_reviews(catalog, settings, NO_STING)
    briefs = [
        Brief(
            persona=2,
            brand="설화수",
            product="순행클렌징오일 200ml",
            stage_index=0,
            style_index=5,
            channel="push",
            tone="트렌디한",
            honorific=Honorific.hapsho,
            seed=870,
        ),
    ]
    for i, product in enumerate(
        ("설화수/순행클렌징오일 200ml", "라네즈/크림스킨 170ml", "에스트라/아토베리어365 로션 150ml")
    ):
        brand, name = product.split("/")
        for persona in range(5):
            for stage in range(5):
                briefs.append(
                    Brief(
                        persona=persona,
                        brand=brand,
                        product=name,
                        stage_index=stage,
                        style_index=(i + stage) % 6,
                        channel=("push", "kakao_friendtalk")[(i + persona) % 2],
                        honorific=Honorific.hapsho,
                        seed=persona * 5 + stage,
                    )
                )
    heard = 0
    for brief in briefs:
        result = pipeline.run_one(brief)[0]
        assert result.verdict != "block", (result.message.body, [f.rule_id for f in result.findings])
        heard += "자극이 느껴지지 않았다는" in result.message.body
    assert heard >= 3
