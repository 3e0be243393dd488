"""A small synthetic catalog (two brands, three products, Korean reviews) and embedder fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_core.catalog import Catalog
from crm_core.config import Settings, load_settings
from crm_core.domain import Brand, Channel, ChannelSpec, Persona, Product, Review, StageGoal, StyleFamily, StyleTemplate
from crm_core.retrieval import HashEmbedder

STAGE_NAMES = ("Acquisition", "Activation", "Retention", "Revenue", "Referral")

REVIEWS = [
    # (id, product, rating, text)
    ("R00001", "LNG-001", 5, "건조한 피부라 겨울마다 당겼는데 이 크림 바르고 하루 종일 촉촉해요. 향도 은은해요."),
    ("R00002", "LNG-001", 5, "보습력이 정말 좋아요. 건성 피부에 딱이에요."),
    ("R00003", "LNG-001", 4, "수분감이 오래가고 끈적임이 없어요. 가격 대비 용량도 넉넉해요."),
    ("R00004", "LNG-001", 2, "건조한 피부에는 보습이 부족했어요. 저는 별로였어요."),
    ("R00005", "LNG-001", 5, "좋아요 최고"),
    ("R00006", "LNG-001", 5, "건조한 피부라 겨울마다 당겼는데 이 크림 바르고 하루 종일 촉촉해요!"),
    ("R00007", "LNG-001", 4, "민감한 피부인데 자극 없이 순해요. 붉은기도 덜해졌어요."),
    ("R00008", "LNG-002", 5, "잡티가 옅어지고 피부톤이 맑아졌어요. 미백 세럼 중 최고예요."),
    ("R00009", "LNG-002", 4, "흡수가 빠르고 산뜻해서 지성 피부도 쓰기 좋아요."),
    ("R00010", "INF-001", 5, "가성비 최고예요. 대용량이라 온 가족이 같이 써요."),
    ("R00011", "INF-001", 5, "민감성 피부 진정에 좋아요. 트러블이 가라앉았어요."),
    ("R00012", "INF-001", 3, "향이 좀 강해요. 보습은 무난해요."),
]


def make_catalog(reviews: list[tuple[str, str, int, str]] = REVIEWS) -> Catalog:
    brands = (
        Brand(
            name="라네즈",
            name_en="LANEIGE",
            story="물과 과학으로 피부에 깊은 수분을 채우는 브랜드입니다.",
            tone_keywords=("촉촉한", "산뜻한"),
            exemplars=(
                "오늘도 수분 가득한 하루를 시작해요.",
                "건조한 계절, 촉촉함을 채워 드릴게요.",
                "맑고 투명한 피부 톤을 위한 작은 습관.",
                "밤사이 수분을 충전하는 슬리핑 케어.",
            ),
        ),
        Brand(
            name="이니스프리",
            name_en="innisfree",
            story="제주의 자연에서 찾은 원료로 건강한 아름다움을 전하는 브랜드입니다.",
            tone_keywords=("자연", "순한"),
            exemplars=("제주의 자연을 담은 순한 진정 케어.", "매일 쓰기 좋은 착한 가격의 스킨케어."),
        ),
    )
    products = (
        Product(
            id="LNG-001",
            brand="라네즈",
            name="워터뱅크 블루 히알루로닉 크림",
            category="크림",
            price=45000,
            volume="50ml",
            key_ingredients=("히알루론산", "세라마이드"),
            claims=("피부 깊이 수분을 채워 줍니다.", "가볍게 흡수되는 젤 크림 제형입니다."),
            skin_types=("건성", "복합성"),
        ),
        Product(
            id="LNG-002",
            brand="라네즈",
            name="래디언-C 세럼",
            category="세럼",
            price=52000,
            volume="30ml",
            key_ingredients=("비타민C",),
            claims=("칙칙한 피부 톤을 맑게 가꿔 줍니다.",),
            functional_claims=("미백",),
        ),
        Product(
            id="INF-001",
            brand="이니스프리",
            name="그린티 씨드 토너",
            category="토너",
            price=25000,
            volume="200ml",
            key_ingredients=("녹차 추출물",),
            claims=("민감한 피부를 편안하게 진정시켜 줍니다.", "대용량으로 넉넉하게 씁니다."),
        ),
    )
    personas = (
        Persona(
            index=0,
            name="Dry_Skin",
            label_kr="건성 고객",
            age_min=25,
            age_max=40,
            skin_concerns=("건조", "보습"),
            shopping_style="꼼꼼하게 비교",
            value_focus="오래가는 촉촉함",
        ),
        Persona(
            index=1,
            name="Sensitive_Skin",
            label_kr="민감성 고객",
            age_min=20,
            age_max=35,
            skin_concerns=("민감", "진정", "자극"),
            shopping_style="성분 확인",
            value_focus="순한 사용감",
        ),
    )
    stages = tuple(
        StageGoal(
            index=i,
            name=name,  # type: ignore[arg-type]
            name_kr=f"단계{i}",
            objective=f"{name} 단계 목표: 제품을 처음 알리고 관심을 만든다",
            target_state="관심",
            allowed_context=("제품 소개",),
            forbidden_context=("과장 광고",),
            message_focus=("보습",),
            cta_style="자세히 보기",
        )
        for i, name in enumerate(STAGE_NAMES)
    )
    styles = (
        StyleFamily(
            index=0,
            name="Information_Universal",
            name_kr="정보형",
            description="정보 전달",
            templates=tuple(
                StyleTemplate(id=f"t{i}", stage=i, title="{brand} {product}", body="{benefit}", cta="보기")
                for i in range(5)
            ),
        ),
    )
    channels = (
        ChannelSpec(channel=Channel.push, name_kr="앱 푸시", unit="chars", body_limit=90, limit_is_legal=False),
    )
    review_records = tuple(Review(id=i, product_id=p, rating=r, text=t) for i, p, r, t in reviews)
    return Catalog(brands, products, review_records, personas, stages, styles, (), channels, source="(test)")


@pytest.fixture()
def small_catalog() -> Catalog:
    return make_catalog()


@pytest.fixture()
def retrieval_settings(isolated_workbench: Path) -> Settings:
    """Settings whose models_dir is empty, so the default embedding model cannot load."""
    models = isolated_workbench / "models"
    models.mkdir(exist_ok=True)
    return load_settings(models_dir=str(models))


@pytest.fixture()
def hash_embedder() -> HashEmbedder:
    return HashEmbedder(dim=64)


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random sentence-transformers model folder, built once per test session."""
    from tests.tiny_embedder import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny-st") / "tiny-model")
