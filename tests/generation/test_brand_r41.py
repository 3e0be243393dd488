"""Round 41 (readings 98-101): 에뛰드, the one playful house, had the lowest brand score (3.3 of 5) and readers
wrote "에뛰드다운 발랄함은 약함" / "경쾌함은 약함" seven times: its manner moved only an adverb. Its copy now pats its
products on (톡톡) and, in the tones that allow it, ends its ask on an exclamation; other houses and 합쇼체 do not."""

from __future__ import annotations

from crm_core.catalog import Catalog
from crm_core.domain import Brief, EvidenceItem, Honorific, Tone
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose

REVIEWS = ("흡수가 빨라서 아침에 바르기 좋아요.", "촉촉함이 오래가서 재구매했어요.")
TONER = "순정 약산성 5.5 진정 토너 350ml"
CUSHION = "더블 래스팅 쿠션 글로우 SPF50+/PA+++ 15g"


def _body(catalog: Catalog, **spec: object) -> str:
    spec = {"persona": 2, "stage_index": 1, "style_index": 1, "seed": 3, **spec}
    resolved = catalog.resolve(Brief(**spec))
    items = tuple(
        EvidenceItem(source_id=f"R{i}#s1", collection="reviews", text=t, score=0.9) for i, t in enumerate(REVIEWS)
    )
    return compose(GenerationRequest(resolved, assemble_evidence(resolved, reviews=items), 0))[0].body


def test_a_playful_house_pats_its_products_on(catalog: Catalog):
    """The patting step of an 에뛰드 first-use message taps (톡톡), in a warm tone and in a luxurious one alike."""
    for tone, honorific in ((Tone.friendly, Honorific.haeyo), (Tone.luxurious, Honorific.hapsho)):
        for product in (TONER, CUSHION):
            body = _body(catalog, brand="에뛰드", product=product, channel="kakao_friendtalk", tone=tone,
                         honorific=honorific)  # fmt: skip
            assert "톡톡 두드려" in body, body


def test_only_a_playful_house_in_a_lively_tone_ends_its_ask_on_an_exclamation(catalog: Catalog):
    """The brand's own tone, friendly or trendy at 해요체: the last line ends "…요!" on KakaoTalk, LMS, email and push.
    합쇼체, the luxurious and emotional tones and every other house keep the full stop (readings 49-52: "느낌표로
    합쇼체 톤 흔들림")."""
    for tone in (None, Tone.friendly, Tone.trendy):
        for channel in ("kakao_friendtalk", "lms", "email", "push"):
            body = _body(catalog, brand="에뛰드", product=TONER, channel=channel, tone=tone, honorific=Honorific.haeyo)
            assert body.rstrip(" 💖🎀✨🍓🤍💫📌👀⏰🌙🍃").endswith("요!"), (tone, channel, body)
    quiet = (
        dict(brand="에뛰드", product=TONER, tone=None, honorific=Honorific.hapsho),
        dict(brand="에뛰드", product=TONER, tone=Tone.luxurious, honorific=Honorific.haeyo),
        dict(brand="에뛰드", product=TONER, tone=Tone.emotional, honorific=Honorific.haeyo),
        dict(brand="마몽드", product="카밍 샷 아줄렌 토너 300ml", tone=None, honorific=Honorific.haeyo),
        dict(brand="라네즈", product="크림스킨 170ml", tone=Tone.friendly, honorific=Honorific.haeyo),
    )
    for case in quiet:
        body = _body(catalog, channel="kakao_friendtalk", **case)
        assert "!" not in body, (case, body)
