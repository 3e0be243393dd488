"""Readings 30-31: the long forms' stage, title and close seams readers scored 3.5 or less (s1811, s2766, s5860,
s3112, s3434, s6328, s1416, s1356, s3208)."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, EvidenceItem
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose

REVIEWS = ("촉촉함이 오래가요", "가볍게 발려요", "다시 사고 싶어요")
LONG = ("kakao_friendtalk", "lms", "email")
OWNED = re.compile("새로 들인 이|새로 들이신|쓰기 시작하는 이|꺼내 쓰면|꺼낸 ")


def _request(catalog: Catalog, **spec) -> GenerationRequest:  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(Brief(**spec))
    items = tuple(
        EvidenceItem(source_id=f"R{i}#s1", collection="reviews", text=t, score=0.9) for i, t in enumerate(REVIEWS)
    )
    return GenerationRequest(resolved, assemble_evidence(resolved, reviews=items), 0)


def _first_use(catalog: Catalog, event: str):  # type: ignore[no-untyped-def]
    """(request, title, body) of first-use long messages whose event's name has `event`, every style."""
    out = []
    for i, product in enumerate([p for p in catalog.products if p.category][::2]):
        for style in range(6):
            for seed in range(6):
                request = _request(catalog, brand=product.brand, product=product.name, persona=(i + style) % 5,
                                   stage_index=1, style_index=style, channel=LONG[(i + seed) % 3], seed=seed,
                                   is_event=True)  # fmt: skip
                if request.evidence.event is None or event not in request.evidence.event.name:
                    continue
                message = compose(request)[0]
                out.append((request, message.title or "", message.body))
                break
    return out


def test_a_first_order_reader_is_never_told_they_have_the_product(catalog: Catalog):
    """s1811 (마몽드 로즈 워터 토너): "겨울에 새로 들인 이 토너는 … 첫 주문으로 눈여겨보고 계셨나요?" ("'새로 들인'과
    '첫 주문'이 모순"); s2766 (이니스프리 세럼): "겨울에 쓰기 시작하는 이 세럼 … 꺼내 쓰면 … 첫 주문을 구매
    확정하시면" ("이미 쓰는 상황과 첫 주문 혜택이 섞임"); 49 of 3,600 long messages."""
    written = _first_use(catalog, "첫 주문")
    assert len(written) > 20
    for _, _, body in written:
        assert not OWNED.search(body), body


def test_a_live_broadcast_is_the_first_use_message_s_one_close(catalog: Catalog):
    """s3112 (에스트라 아토베리어365 로션, LMS): "…라이브 방송이 열려요 … 오늘 사용 팁을 살펴보고 손끝으로 느껴 보세요
    ▶ 첫 사용 팁 보기" ("라이브·팁 CTA가 겹침"): the close asks for the broadcast its button leads to."""
    written = _first_use(catalog, "라이브")
    assert len(written) > 10
    for request, _, body in written:
        close = body.strip().split("\n")[-1]
        assert "팁" not in close, body
        assert "라이브" in close, body
        assert compose(request)[0].cta == request.evidence.event.button, body


def test_no_long_title_promises_what_the_body_does_not_give_and_no_stock_line(catalog: Catalog):
    """s5860, s3112: "… 첫 사용, 이 순서만 챙기세요" over one usage step ("제목(순서)과 본문이 어긋나고", 194 of 3,600);
    s3434: "…을 매일 쓰는 이유" with no reason (67); s6328, s8522: "… 소식이 있어요" with no news (25); s1416, s4276,
    s9447: "새 …을 여는 날은 그 자체로 작은 기분 전환이 돼요" (100); s1356, s4132: "…을 처음 써 보면 …부터 기분 좋게
    만나게 됩니다" ("어색", 137)."""
    seen = 0
    for i, product in enumerate([p for p in catalog.products if p.category][::3]):
        for stage in range(4):
            for style in range(6):
                request = _request(catalog, brand=product.brand, product=product.name, persona=(i + style) % 5,
                                   stage_index=stage, style_index=style, channel=LONG[(i + style) % 3], seed=i,
                                   is_event=style % 2 == 0)  # fmt: skip
                message = compose(request)[0]
                title, body = message.title or "", message.body
                seen += 1
                assert "이 순서만" not in title and "이유" not in title, title
                assert "소식이 있" not in body and "그 자체로 작은 기분 전환" not in body, body
                assert not re.search("처음 써 보면 [^.]*기분 좋게 (?:만나|느끼)게", body), body
    assert seen > 200
