"""Round 36, the lead's reads.

- A review that says a product did not sting ("자극이 하나도 없어요") was retold as "자극 걱정 없이 쓰기 편하다는
  후기", which the guard blocks as an absolute no-harm claim (화장품법 제13조): the composer's own message, blocked.
  Found by bench/push_r34_check.py --n 300 (verdict_block 1: 설화수 순행클렌징오일, a budget reader, seed 870)."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief, Honorific
from crm_core.pipeline import Pipeline
from tests.generation.scripted import pipeline_with_reviews

NO_STING = "자극이 하나도 없어서 매일 편하게 써요."


def _unblocked_bodies(pipeline: Pipeline, briefs: list[Brief]) -> list[str]:
    """Each brief's message body, after asserting the guard blocked none of them."""
    bodies = []
    for brief in briefs:
        result = pipeline.run_one(brief)[0]
        assert result.verdict != "block", (result.message.body, [f.rule_id for f in result.findings])
        bodies.append(result.message.body)
    return bodies


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
    bodies = _unblocked_bodies(pipeline, briefs)
    assert sum("자극이 느껴지지 않았다는" in body for body in bodies) >= 3


BX_REVIEWS = (
    "얼굴에 얹으면 부드럽게 녹아내리듯 발림 탄력이 없어서 푸석해 보이던 얼굴에 생기가 돌아요 "
    "앞으로 크림은 이걸로 정착할래요.",
    "쓸 때마다 기분 좋아지는 향이에요.",
    "다음 날 아침 화장이 훨씬 잘 먹어요.",
)
JAEUMSAENG_REVIEWS = (
    "눈가 잔주름이 덜 도드라져 보여요.",
    "흡수가 빨라서 바로 화장해도 밀리지 않았어요.",
    "용기가 묵직하고 예뻐서 화장대에 두면 기분 좋아요.",
)


def test_a_referral_of_a_product_named_with_a_clinic_word_is_never_blocked(catalog: Catalog, settings: Settings):
    """헤라 에이지 어웨이 에스테틱 BX 크림: "…을 써 보고 좋았다면 같은 고민을 하는 가까운 분께도" put the name's
    에스테틱 and "같은" in one clause, which the guard blocks as a clinic comparison (3 of 3 × 1,500 grid briefs
    blocked; the blocked brief with its sampled reviews, on email and KakaoTalk, over several seeds): none blocked,
    and the line is heard."""
    pipeline = pipeline_with_reviews(catalog, settings, *BX_REVIEWS)
    briefs = [
        Brief(
            persona=1,
            brand="헤라",
            product="에이지 어웨이 에스테틱 BX 크림 50ml",
            stage_index=4,
            style_index=1,
            channel=channel,
            tone="전문적인",
            honorific=Honorific.hapsho,
            emoji="few",
            is_event=True,
            seed=seed,
        )
        for channel in ("email", "kakao_friendtalk")
        for seed in (583, 941, 1, 2)
    ]
    bodies = _unblocked_bodies(pipeline, briefs)
    assert sum("비슷한 고민을 하는 가까운 분께도" in body for body in bodies) >= 1


def test_a_trend_reader_s_feature_line_names_no_points_the_brief_lacks(catalog: Catalog, settings: Settings):
    """ "…, 새로운 사용감을 찾는 분께 반가운 포인트예요" read to the guard as a points offer no event gave
    (facts.invented_event; 설화수 자음생크림, a trend reader's push, seed 803, with its sampled reviews). That push
    in three tones and several seeds: none blocked, and the feature line is said without 포인트."""
    pipeline = pipeline_with_reviews(catalog, settings, *JAEUMSAENG_REVIEWS)
    briefs = [
        Brief(
            persona=3,
            brand="설화수",
            product="자음생크림 60ml",
            stage_index=2,
            style_index=3,
            channel="push",
            tone=tone,
            honorific=Honorific.hapsho,
            emoji="none",
            seed=seed,
        )
        for tone in ("고급스러운", "트렌디한", "친근한")
        for seed in (803, 1, 2, 3)
    ]
    bodies = _unblocked_bodies(pipeline, briefs)
    assert not [body for body in bodies if "반가운 포인트" in body], bodies
    assert sum("새로운 사용감을 찾는 분이라면" in body for body in bodies) >= 1


def test_a_luxury_push_of_a_product_not_from_the_island_never_names_the_island_s_research(
    catalog: Catalog, settings: Settings
):
    """Reading 88, s2680 ("'섬에서 얻은 원료'가 올리브에 맞지 않아 오해 소지"): the persona helper kept 이니스프리's
    island research off products the catalog does not tie to the island in fit; push's own house clause said it
    still. The olive mist and the retinol ampoule to a luxury reader, every stage, push: never the island."""
    pipeline = pipeline_with_reviews(catalog, settings, "보습감이 오래 가서 좋아요.")
    for product in ("올리브 비타민 E 리얼 오일 미스트 75ml", "레티놀 시카 흔적 앰플 50ml"):
        for stage in range(5):
            for seed in range(4):
                brief = Brief(
                    persona=0,
                    brand="이니스프리",
                    product=product,
                    stage_index=stage,
                    style_index=seed,
                    channel="push",
                    honorific=Honorific.haeyo,
                    seed=seed,
                )
                body = pipeline.run_one(brief)[0].message.body
                assert "섬에서 얻은" not in body, body
