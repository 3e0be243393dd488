"""The composer's speed work never changes a message: what it caches is a pure function of what it is
given, and the template backend lays out only the forms it tries."""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import random

import pytest

from crm_core import korean
from crm_core.catalog import Catalog
from crm_core.config import Settings
from crm_core.domain import Brief, EvidenceItem, Tone
from crm_core.errors import CrmError
from crm_core.evidence import assemble_evidence
from crm_core.generation import composer
from crm_core.generation.base import CheckOutcome, GenerationRequest
from crm_core.generation.composer import compose, forms, plan
from crm_core.generation.template import TemplateGenerator
from tests.generation.scripted import pipeline_with_reviews

CHANNELS = ("push", "kakao_friendtalk", "sms", "lms", "email")
TONES = (None, *Tone)
REVIEWS = ("흡수가 빨라서 아침에 바르기 좋아요.", "촉촉함이 오래가서 재구매했어요.", "향이 은은해서 좋아요.")


def _clear_composer_caches() -> None:
    """Every functools cache of the composer (and the Korean helpers it calls), as in a fresh process."""
    names = [f"{composer.__name__}.{m.name}" for m in pkgutil.iter_modules(composer.__path__)]
    modules = [korean, composer, *(importlib.import_module(name) for name in names)]
    for module in modules:
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)):
                value.cache_clear()


def _request(catalog: Catalog, spec: dict, variant: int = 0) -> GenerationRequest:
    resolved = catalog.resolve(Brief(**spec))
    items = tuple(
        EvidenceItem(source_id=f"R{i}#s1", collection="reviews", text=t, score=0.9) for i, t in enumerate(REVIEWS)
    )
    return GenerationRequest(resolved, assemble_evidence(resolved, reviews=items), variant)


def _requests(catalog: Catalog) -> list[GenerationRequest]:
    """Briefs on a few subjects (product, reader, stage), each told several ways: other seeds, tones,
    channels, styles, speech levels and variants, with and without an event."""
    rng = random.Random(7)
    out = []
    for i, product in enumerate(catalog.products[:: max(1, len(catalog.products) // 8)][:8]):
        subject = dict(brand=product.brand, product=product.name, persona=i % 5, stage_index=i % 5)
        for j in range(6):
            spec = subject | dict(
                seed=rng.randrange(1000),
                tone=TONES[(i + j) % len(TONES)],
                channel=CHANNELS[(i + j) % len(CHANNELS)],
                style_index=(i + 2 * j) % 6,
                honorific=("해요체", "합쇼체")[j % 2],
                is_event=j % 3 == 0,
            )
            try:
                out.append(_request(catalog, spec, variant=j % 3))
            except CrmError:  # an event the catalog has none for: not a message
                continue
    return out


def test_a_message_is_the_same_whatever_was_composed_before_it(catalog: Catalog):
    requests = _requests(catalog)
    assert len(requests) > 30
    _clear_composer_caches()
    warm = [compose(r) for r in requests]  # briefs on one subject share what the composer cached for it
    for request, forms_warm in zip(requests, warm, strict=True):
        _clear_composer_caches()
        assert compose(request) == forms_warm, request.resolved.brief


def test_briefs_on_one_subject_work_out_its_facts_and_values_once(catalog: Catalog, monkeypatch: pytest.MonkeyPatch):
    calls = []
    values = plan._values
    monkeypatch.setattr(plan, "_values", lambda *a: calls.append(a) or values(*a))
    plan._grounds.cache_clear()
    subject = dict(brand="이니스프리", product="그린티 씨드 히알루론산 크림", persona=2, stage_index=0, style_index=1)
    for seed, tone, channel in ((1, None, "push"), (2, Tone.friendly, "sms"), (3, Tone.trendy, "email")):
        compose(_request(catalog, subject | dict(seed=seed, tone=tone, channel=channel)))
    assert len(calls) == 1
    compose(_request(catalog, subject | dict(persona=3)))  # another reader: its own values
    assert len(calls) == 2


def test_the_template_backend_lays_out_only_the_forms_it_tries(catalog: Catalog, monkeypatch: pytest.MonkeyPatch):
    spec = dict(brand="설화수", product="자음생크림", persona=0, stage_index=0, style_index=1, channel="sms", seed=5)
    request = _request(catalog, spec)
    every = compose(request)
    assert len(every) > 3
    laid = []
    copy_form = forms.CopyForm
    monkeypatch.setattr(forms, "CopyForm", lambda *a: laid.append(a) or copy_form(*a))

    def passes(request, title, body, cta):  # type: ignore[no-untyped-def]
        return CheckOutcome(body, ())

    candidate = TemplateGenerator().compose(request, passes)
    assert (candidate.title, candidate.body, candidate.attempts) == (every[0].title, every[0].body, 1)
    assert len(laid) == 1


def test_an_sms_brief_that_fits_has_its_plan_built_once(
    catalog: Catalog, settings: Settings, monkeypatch: pytest.MonkeyPatch
):
    """The pipeline asks whether 90 bytes carry the brief (sms_carries), then lays it out: one plan (an invitation
    that says where to act, which an SMS keeps where it fits; round 38 sends a promotion without a link as the LMS)."""
    built = []  # build_plan draws the style pools once per plan
    pools = plan._style_pools
    monkeypatch.setattr(plan, "_style_pools", lambda *a: built.append(a) or pools(*a))
    pipeline = pipeline_with_reviews(catalog, settings, REVIEWS[0])
    spec = dict(brand="설화수", product="여윤팩", persona=0, stage_index=2, style_index=1, event_id="ev-ret-n3")
    result = pipeline.run_one(Brief(**spec, channel="sms", tone="전문적인", seed=3))[0]
    assert result.brief.channel.value == "sms" and not result.sms_to_lms
    assert len(built) == 1


def test_a_sentence_s_telling_stems_are_its_own_whatever_was_asked_before(catalog: Catalog):
    """thought_said_once keeps each sentence's telling stems (forms._telling_of) by the sentence, the name's words
    left out and the shortest stem counted: asked of one sentence with other names' words or another length first,
    it answers as a fresh analysis does."""
    sentences = [s for r in _requests(catalog)[:12] for form in compose(r)[:1] for s in form.body.split(". ") if s]
    skips = (frozenset(), frozenset({"크림", "세럼"}), frozenset({"보습", "피부"}))
    asked = [(s, skip, least) for s in sentences for skip in skips for least in (1, 2)]
    _clear_composer_caches()
    fresh = [frozenset(forms._telling(forms._units(s), skip, least)) for s, skip, least in asked]
    assert any(a != b for a, b in itertools.pairwise(fresh))  # the skips and lengths tell sentences apart
    for (s, skip, least), want in zip(asked, fresh, strict=True):
        assert forms._telling_of(s, skip, least) == want, (s, skip, least)
