"""The guard and the scorer inside the real pipeline (template backend, no model)."""

from __future__ import annotations

from crm_core.channels import euckr_measure
from crm_core.config import Settings
from crm_core.domain import Brief
from crm_core.generation.template import TemplateGenerator
from crm_core.guard import Guard
from crm_core.pipeline import Pipeline
from crm_core.scores import SCORE_NAMES, Scorer
from tests.conftest import CatalogFactsOnly
from tests.guard.helpers import small_catalog


def test_pipeline_runs_with_the_guard_and_the_scorer(guard: Guard, settings: Settings) -> None:
    catalog = small_catalog()
    pipeline = Pipeline(catalog, CatalogFactsOnly(), TemplateGenerator(), guard, Scorer(), settings)
    briefs = [
        Brief(
            persona=2,
            brand="설화수",
            product="자음생크림",
            stage_index=0,
            style_index=0,
            channel="kakao_friendtalk",
            n=2,
        ),
        Brief(  # kept SMS: this product states no reason short enough, so by default it would go out as LMS
            persona=2,
            brand="설화수",
            product="자음생크림",
            stage_index=0,
            style_index=0,
            channel="sms",
            sms_overflow="shorten",
        ),
    ]
    friendtalk, sms = pipeline.run(briefs)
    for result in friendtalk.results:
        assert result.verdict == "pass" and not result.needs_edit
        assert tuple(s.name for s in result.scores) == SCORE_NAMES
        assert result.scores[-1].value < 1.0  # two variants: novelty compares them
    [short] = sms.results
    assert short.verdict == "pass" and euckr_measure(short.message.channel_text).length <= 90
    assert dict((s.name, s.value) for s in short.scores)["length_fit"] == 1.0
