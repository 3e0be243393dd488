"""Round 42 (readings 102-105): most luxury 3.0s were readers of products with no anti-ageing fact ("탄력·주름 고객에게
수분 얘기뿐", "근거 성분이 안티에이징과 연결되지 않음"). A lip hears its house's research of colour (never a
pseudo-ingredient), a sunscreen's registered UV protection is said as a step of their firmness routine, and no role
line says an ingredient "holds the product together"; a sensitive reader of a wash-off acid hears it with a gentle
start."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.domain import Honorific
from tests.generation.test_brand_r41 import _body as brand_body


def _body(catalog: Catalog, **spec: object) -> str:
    return brand_body(catalog, **{"persona": 0, "stage_index": 0, **spec})


def test_a_lip_colour_hears_its_houses_colour_research_not_the_skins(catalog: Catalog):
    """에스쁘아 researches "컬러와 피부 표현": a tint's luxury reader hears the colour part, never skin research."""
    for product in ("꾸뛰르 립 틴트 벨벳 8.5g", "노웨어 립스틱 바밍 글로우 3.2g"):
        body = _body(catalog, brand="에스쁘아", product=product, channel="kakao_friendtalk")
        assert "컬러를 연구해" in body, body
        assert "피부 표현을 연구" not in body, body


def test_the_research_said_of_a_lip_keeps_the_parts_that_name_no_skin():
    """fit.research_of_kind: the parts joined by 와/과 that name no skin, whole for a product of the skin."""
    from crm_core.generation.composer.fit import research_of_kind

    assert research_of_kind("컬러와 피부 표현", "lip") == "컬러"
    assert research_of_kind("피부 장벽", "lip") is None
    assert research_of_kind("피부 장벽", "skin") == "피부 장벽"


def test_a_sunscreens_uv_function_is_a_step_of_the_firmness_routine(catalog: Catalog):
    """A luxury reader of a registered sunscreen hears its UV protection as a step their firmness care does not skip,
    in both speech levels; the function is still the registered one (no firmness promise)."""
    for honorific, ending in ((Honorific.haeyo, "단계예요."), (Honorific.hapsho, "단계입니다.")):
        body = _body(
            catalog,
            brand="아이오페",
            product="UV 쉴드 선 스틱 SPF50+/PA++++ 20g",
            channel="lms",
            honorific=honorific,
        )
        assert "SPF50+/PA++++의 기능성 제품이라, 탄력 관리 루틴에서도 꼭 챙기는 " + ending in body, body


def test_no_ingredient_holds_the_product_together(catalog: Catalog):
    """Readings 102-105 (s9534, s3157: "'크림의 중심을 잡아 줍니다' 등 군더더기"): the luxury reader of 일리윤's
    hyaluronic cream never hears that filler."""
    for stage in (0, 1, 3):
        for channel in ("kakao_friendtalk", "lms", "email"):
            body = _body(
                catalog,
                brand="일리윤",
                product="히알루론 모이스춰 수분크림 100ml",
                channel=channel,
                stage_index=stage,
                honorific=Honorific.hapsho,
            )
            assert "중심을 잡아" not in body, (stage, channel, body)


def test_a_sensitive_reader_of_a_salicylic_shampoo_hears_the_acid_and_a_gentle_start(catalog: Catalog):
    """Round 42: a wash-off product's exfoliating acid the story left out for two plant extracts (청아 딥클렌징 샴푸:
    "박하 추출물·녹차 추출물", no caution) is named with how to start it gently on KakaoTalk, LMS and email."""
    for stage in range(4):
        for channel in ("kakao_friendtalk", "lms", "email"):
            body = _body(
                catalog, persona=1, brand="려", product="청아 딥클렌징 샴푸 400ml", channel=channel, stage_index=stage
            )
            assert "살리실산" in body, (stage, channel, body)
            assert "하루 한 번 정도만" in body, (stage, channel, body)
