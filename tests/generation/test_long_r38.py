"""Round 38's long-copy rules (email, LMS, KakaoTalk; readings 92-93): what the product is said as a fact, never a
bare label or a kind twice; an opening that says whom it is for before the product; an emotional line that says this
product's feel, never a stock mood. Counted over the grid by bench/long_r38_check.py."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.errors import CrmError
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose

SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
# the emotional lines readings 92-93 read as stock (s2876, s4138, s6264), and their siblings that said no fact
STOCK = re.compile(
    "여유 있게 즐겨 보기|오래 곁에 두게 (?:돼요|됩니다)|바쁜 날에도 이 [^.]+ 기분 좋게 나를 챙길"
    "|익숙한 사용감이라 피곤한"
    "|사용감부터 마음에 들어야|이야기가 더 생생하게 전해져|받는 분도 이 [^.]+ 안심하고 만날"
)


def _body(catalog: Catalog, **spec) -> str:  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(Brief(**spec))
    return compose(GenerationRequest(resolved, assemble_evidence(resolved), 0))[0].body


def _sentences(body: str) -> list[str]:
    return [s.strip() for line in body.split("\n") for s in SENTENCE.findall(line) if s.strip()]


def test_a_name_that_says_the_kind_is_not_followed_by_a_bare_kind(catalog: Catalog):
    """s6314 ("'더 나이아신아마이드 15 세럼, 가벼운 세럼이에요' 반복이 어색"): the serum is said with what it does, its
    registered whitening function joined to it."""
    body = _body(catalog, brand="코스알엑스", product="더 나이아신아마이드 15 세럼 20ml", persona=4, stage_index=0,
                 style_index=3, channel="kakao_friendtalk", honorific=Honorific.haeyo, is_event=True,
                 event_id="ev-acq-n3", seed=1)  # fmt: skip
    assert "가벼운 세럼이에요" not in body, body
    assert "더 나이아신아마이드 15 세럼은 스포이트로 덜어 쓰는 세럼으로, 멜라닌 생성을 억제해" in body, body


def test_a_feel_hook_ends_on_the_liking_not_on_the_name(catalog: Catalog):
    """s2270 ("'PDRN 카페인샷입니다/앰플입니다'가 반복"): the hook says the reader will like it; what it is follows as
    what it holds."""
    body = _body(catalog, brand="아이오페", product="PDRN 카페인샷 30ml", persona=4, stage_index=3, style_index=3,
                 channel="kakao_friendtalk", honorific=Honorific.hapsho, is_event=False, seed=1)  # fmt: skip
    assert "마음에 들 PDRN 카페인샷입니다" not in body, body
    assert "좋아하는 분이라면 PDRN 카페인샷이 마음에 드실 겁니다. PDRN과 카페인을 함께 담은 앰플입니다." in body, body


def test_a_kind_in_the_definition_is_never_announced_as_an_ingredient(catalog: Catalog):
    """s7483 ("'이 보습 미스트에는 세럼이 들어 있어요'가 어색"): a serum made a mist is said as the catalog says it."""
    body = _body(catalog, brand="헤라", product="컴피 리바이탈라이징 세럼 미스트 90ml", persona=4, stage_index=1,
                 style_index=4, channel="kakao_friendtalk", tone=Tone.trendy, honorific=Honorific.haeyo,
                 is_event=False, seed=1)  # fmt: skip
    assert "세럼이 들어 있" not in body, body
    assert "세럼을 담은 보습 미스트예요." in body, body


def test_an_opening_says_whom_it_is_for_before_the_product(catalog: Catalog):
    """s6264 ("성분 한 줄로 갑자기 시작해 흐름이 어색") and s2876 ("'소개해 드립니다'로 밋밋하게 시작"): the natural
    reader's first sentence names the reader who looks for the ingredient, or whom the product is for."""
    tint = _body(catalog, brand="에뛰드", product="픽싱 틴트 4g", persona=4, stage_index=0, style_index=3,
                 channel="email", tone=Tone.expert, honorific=Honorific.haeyo, is_event=False, seed=1)  # fmt: skip
    assert _sentences(tint)[0] == "원료부터 꼼꼼히 살피는 분이라면 픽싱 틴트에 든 호호바 오일이 반가울 거예요.", tint
    sun = _body(catalog, brand="에스쁘아", product="워터 스플래쉬 선크림 톤업 래스팅 SPF50+/PA++++ 50ml", persona=4,
                stage_index=3, style_index=3, channel="kakao_friendtalk", honorific=Honorific.hapsho, is_event=False,
                seed=1)  # fmt: skip
    assert "소개해 드립니다" not in sun, sun
    # round 39: a sunscreen with no ingredient of natural origin is not led in on where its ingredients come from
    assert _sentences(sun)[0].startswith("오래 써도 편안한 사용감을 찾는 분께 에스쁘아의 워터 스플래쉬"), sun


def test_an_emotional_line_says_the_product_s_own_feel(catalog: Catalog):
    """s2876 ("'오래 곁에 두게 됩니다' 같은 상투 문장"), s4138 ("…여유 있게 즐겨 보기 좋아요" a "군더더기"): over
    every third product at every stage, no long emotional message says a stock mood, and the feeling lines that are
    said carry a selling point ("…톤업 덕분에 …")."""
    bodies = []
    for i, product in enumerate(catalog.products[::3]):
        for stage in range(5):
            try:
                bodies.append(
                    _body(catalog, brand=product.brand, product=product.name, persona=i % 5, stage_index=stage,
                          style_index=3, channel=("kakao_friendtalk", "lms", "email")[(i + stage) % 3],
                          honorific=(Honorific.haeyo, Honorific.hapsho)[stage % 2], is_event=False, seed=i)
                )  # fmt: skip
            except CrmError:  # a brief the catalog refuses is no message to read
                continue
    assert len(bodies) > 60
    assert not [b for b in bodies if STOCK.search(b)], [b for b in bodies if STOCK.search(b)][:3]
    assert len([b for b in bodies if " 덕분에 " in b]) >= 10
