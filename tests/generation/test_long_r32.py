"""Reading 32's long-form complaints (KakaoTalk, LMS, email), each a rule over the catalog: the luxury opener
that said its ingredient and its definition as two chopped sentences ("성분부터 살펴보면, …에는 …이 담겨
있습니다. 토너 다음에 바르는 보습 에멀젼입니다.": "문장이 뚝뚝 끊김", "조립한 듯한 문장")."""

from __future__ import annotations

import re
from datetime import datetime

from crm_core.catalog import Catalog
from crm_core.domain import Brief, EvidenceItem, Honorific, Tone
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose

REVIEWS = ("흡수가 빨라서 아침에 바르기 좋아요.", "촉촉함이 오래가서 재구매했어요.")
SENTENCE = re.compile(r"[^.?!\n]+[.?!]?")
LONG = ("email", "kakao_friendtalk", "lms")


def _request(catalog: Catalog, variant: int = 0, **spec) -> GenerationRequest:  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(Brief(**spec))
    items = tuple(
        EvidenceItem(source_id=f"R{i}#s1", collection="reviews", text=t, score=0.9) for i, t in enumerate(REVIEWS)
    )
    return GenerationRequest(resolved, assemble_evidence(resolved, reviews=items), variant)


def test_the_luxury_ingredient_lead_is_one_written_sentence(catalog: Catalog):
    """s2662, s3112 (readings 31-32): the informative luxury message opened "성분부터 살펴보면, {name}에는
    {ingredient}이 담겨 있습니다." and said what the product is in a bare sentence after it (84 of 3,600 long
    messages). It now says what the product is and the ingredient a reader who chooses by ingredients looks for in
    one sentence."""
    products = [p for p in catalog.products if p.key_ingredients][::3]
    assert len(products) > 10
    joined = 0
    for i, product in enumerate(products):
        for stage in (0, 3):
            request = _request(catalog, brand=product.brand, product=product.name, persona=0, stage_index=stage,
                               style_index=1, channel=LONG[i % 3], tone=Tone.emotional, honorific=Honorific.hapsho,
                               seed=i, is_event=False)  # fmt: skip
            body = compose(request)[0].body
            assert "성분부터 살펴보면" not in body, body
            # round 23: the joined lead in three wordings (forms._TRUST_WORDINGS), none of them "믿고 고를 수 있게"
            # (reading 33, s3698: "인과가 어색")
            assert "믿고 고를 수 있게" not in body, body
            joined += bool(re.search("핵심 성분인 |중심 성분으로 담았|성분표를 먼저 보는 분이 반길 ", body))
    assert joined > 3


def test_the_emulsion_says_what_it_is_and_holds_at_once(catalog: Catalog):
    """The reading's own message (헤라 하이드로 리플렉팅 플루이드, KakaoTalk, 합쇼체): one sentence names the
    product, its kind and its niacinamide; no bare "…보습 에멀젼입니다." follows a sentence that named the
    ingredient."""
    request = _request(catalog, brand="헤라", product="하이드로 리플렉팅 플루이드 140ml", persona=0, stage_index=3,
                       style_index=1, channel="kakao_friendtalk", tone=Tone.emotional, honorific=Honorific.hapsho,
                       seed=1, is_event=False)  # fmt: skip
    body = compose(request)[0].body
    first = SENTENCE.findall(body)[0]
    assert "하이드로 리플렉팅 플루이드는" in first and "에멀젼으로" in first and "나이아신아마이드" in first, body
    assert "에멀젼입니다." not in body, body


def test_a_name_that_says_its_ingredient_is_not_said_back(catalog: Catalog):
    """s1811 (reading 32): "살리실산 데일리 젠틀 클렌저는 이름 그대로 살리실산을 담은 클렌저입니다" ("'이름 그대로'
    동어반복"; 172 of 3,600 long messages said "이름 그대로"). A name that says the first of two held ingredients
    is followed by what is added to it ("빨간쌀 보습탄력 에멀젼은 빨간쌀 발효물에 쌀겨 오일을 더한 보습 에멀젼"), and
    a sentence that goes on after the kind says only that ("어린쑥 수분진정 선크림은 SPF50+/PA++++로 …")."""
    names = ("빨간쌀 보습탄력 에멀젼", "비자 시카 밤 EX", "레티놀 시카 흔적 앰플", "세라마이드 아토 속보습 스킨",
             "어린쑥 속수분 쑥히알 크림", "수분가득 콜라겐 에멀전")  # fmt: skip
    products = [p for p in catalog.products if p.name.startswith(names)]
    assert len(products) == len(names)
    added = 0
    for i, product in enumerate(products):
        for persona in range(5):
            for stage in (0, 2, 3):
                request = _request(catalog, brand=product.brand, product=product.name, persona=persona,
                                   stage_index=stage, style_index=(i + persona) % 6, channel=LONG[(i + stage) % 3],
                                   seed=i + persona, is_event=False)  # fmt: skip
                body = compose(request)[0].body
                assert "이름 그대로" not in body, body
                added += "더한 " in body
    assert added > 20


def test_a_winter_title_is_not_over_a_body_saying_all_seasons(catalog: Catalog):
    """Reading 31 (s2766): a seasonal title ("겨울 루틴에 더하는 이니스프리 크림") over "사계절 쓰기 좋은 데일리 보습
    크림" (12 of 3,600 long messages): the same fact is said of the title's season ("겨울에도 쓰기 좋은 …")."""
    product = next(p for p in catalog.products if p.name.startswith("그린티 씨드 히알루론산 크림"))
    told = 0
    for seed in range(12):
        request = _request(catalog, brand=product.brand, product=product.name, persona=seed % 5, stage_index=3,
                           style_index=4, channel=LONG[seed % 3], seed=seed, is_event=False,
                           scheduled_at=datetime(2026, 12, 10, 10, 0))  # fmt: skip
        message = compose(request)[0]
        if "겨울" in message.title:
            assert "사계절" not in message.body, message.body
            told += "겨울에도 쓰기 좋은" in message.body
    assert told > 2


def test_a_retention_close_does_not_say_dundun_again(facts_pipeline):  # type: ignore[no-untyped-def]
    """Reading 32: "남은 양이 절반 아래라면 미리 채워 두면 든든합니다. 하나 더 준비해 두면 마음이 든든합니다" ("'든든'
    두 번"; 2 of 3,600 long messages): the close said once-only words' way round says it without "든든", at the
    brief's speech level."""
    spec = {"persona": 3, "brand": "려", "product": "루트젠 탈모증상케어 두피 에센스 80ml", "stage_index": 2,
            "style_index": 5, "tone": "친근한", "channel": "kakao_friendtalk", "emoji": "none", "honorific": "합쇼체",
            "is_event": False, "seed": 597}  # fmt: skip
    body = facts_pipeline.run_one(Brief(**spec))[0].message.body
    assert "미리 채워 두면 든든합니다" in body, body
    assert body.count("든든") == 1, body
    # round 31 (readings 62-65: "'걱정이 없어요' 단정 표현"): the reassurance said softly
    assert body.rstrip().endswith("하나 더 준비해 두면 마음이 놓입니다."), body


def test_the_product_is_introduced_name_first(catalog: Catalog):
    """s1261 (reading 32): "어린쑥과 어성초 추출물을 담은 미스트, 어린쑥 트러블 미스트예요." ("제품명 소개 문장이
    어색함"; 48 of 3,600 long messages): the product line names the product and then says what it is."""
    products = [p for p in catalog.products if p.key_ingredients][::2]
    named_first = 0
    for i, product in enumerate(products):
        for seed in range(4):
            request = _request(catalog, variant=seed % 3, brand=product.brand, product=product.name, persona=1,
                               stage_index=0, style_index=1, channel=LONG[(i + seed) % 3], tone=Tone.emotional,
                               seed=seed, is_event=False)  # fmt: skip
            body = compose(request)[0].body
            name = request.resolved.product.name
            short = re.sub(r"\s+(?:SPF\S+\s+)?\d[\d.,]*\s*(?:ml|g|매)\b.*$", "", name).strip()
            assert not re.search(f", {re.escape(short)}(?:이에요|예요)", body), body
            named_first += f"{short}, " in body
    assert named_first > 3
