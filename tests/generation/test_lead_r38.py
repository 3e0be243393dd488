"""Round 38's merge: lines the helpers' changes wrote that point at nothing or repeat the definition."""

from __future__ import annotations

import itertools
import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.generation.composer import push
from crm_core.generation.composer.angles import ANGLES
from crm_core.generation.composer.facts import product_facts
from crm_core.pipeline import Pipeline

_POINTED = re.compile(r"그 (\S+) 덕분에")


def test_a_felt_line_points_back_only_at_a_feel_said_before_it(catalog: Catalog, facts_pipeline: Pipeline):
    """Every fifth product, the emotional style to a first-time user on KakaoTalk (the 에뛰드 toner's "그 제형 덕분에 …"
    followed "…대용량이라 …" and named no 제형 before it): "그 X 덕분에" only where X was said earlier in the body.
    Round 39 (readings 94-95: "그 마무리 덕분에 …" pointed two sentences back) says no such line at all."""
    pointing, seen = [], 0
    for i, product in enumerate(catalog.products[::5]):
        for seed in range(4):
            brief = Brief(
                channel="kakao_friendtalk", persona=(i + seed) % 5, brand=product.brand, product=product.name,
                stage_index=1, style_index=3, seed=seed,
            )  # fmt: skip
            body = facts_pipeline.run_one(brief)[0].message.body
            for match in _POINTED.finditer(body):
                seen += 1
                if match.group(1) not in body[: match.start()]:
                    pointing.append(body)
    assert seen == 0, pointing[:3]
    assert not pointing, pointing[:3]


def test_a_sensitive_readers_push_never_offers_a_strong_active_as_easy(catalog: Catalog, facts_pipeline: Pipeline):
    """Reading 95 (s7752, 2.0: "25% 비타민C를 '예민한 날에도 편하게'로 암시해 민감성 고객에게 오해 소지"): every product
    whose story holds a strong active (레티놀, 비타민C, an acid …), to a sensitive reader who is new to it, at both
    speech levels: no push opens on being easy or mild on sensitive skin."""
    sensitive = ANGLES[1]
    assert sensitive.key == "sensitive"
    strong = [p for p in catalog.products if any(i in push.ACTIVES for i in product_facts(p, sensitive).ingredients)]
    eased = []
    for i, product in enumerate(strong):
        for seed, honorific in itertools.product(range(6), ("해요체", "합쇼체")):
            brief = Brief(
                channel="push", persona=1, brand=product.brand, product=product.name, stage_index=seed % 2,
                style_index=(i + seed) % 6, honorific=honorific, seed=seed,
            )  # fmt: skip
            body = facts_pipeline.run_one(brief)[0].message.body
            if any(
                opener in body for opener in ("예민한 날에도 편하게", "순한 사용감부터 확인하고", "순한 사용감은 직접")
            ):
                eased.append(body)
    assert len(strong) >= 6, len(strong)
    assert not eased, eased[:3]


_FELT = re.compile(r"(?:^|[.?!] )([^.?!]*?) 덕분에 ")


def test_an_emotional_line_is_said_of_a_feel_the_message_has_not_said(catalog: Catalog, facts_pipeline: Pipeline):
    """Reading 94 (s6667, PDRN 카페인샷 email: "묽은 세럼 같은 제형이 빠르게 흡수되어 …" then "빠르게 흡수되는 묽은
    세럼 같은 제형 덕분에 …": "같은 제형 문장이 반복"): every product, the emotional style on email and
    KakaoTalk at each new-customer and routine stage: the feel a "… 덕분에" line stands on is not one said earlier
    in other word order (most of its words in a sentence before it)."""
    repeated, seen = [], 0
    for i, product in enumerate(catalog.products):
        for stage, channel in itertools.product((0, 1, 2, 3), ("email", "kakao_friendtalk")):
            brief = Brief(
                channel=channel, persona=(i + stage) % 5, brand=product.brand, product=product.name,
                stage_index=stage, style_index=3, seed=i + stage,
            )  # fmt: skip
            body = facts_pipeline.run_one(brief)[0].message.body
            for match in _FELT.finditer(body):
                feel = match.group(1)
                if feel.startswith("그 "):
                    continue
                seen += 1
                words = set(re.findall(r"[가-힣]{2,}", feel))
                before = body[: match.start(1)]
                if len(words) >= 3 and sum(w[:2] in before for w in words) >= 0.6 * len(words):
                    repeated.append(body)
    assert seen >= 3, seen
    assert not repeated, repeated[:3]
