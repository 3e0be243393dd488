"""The real pipeline for the store tests: sample catalog, guard, scorer, template generator, facts evidence.

Nothing here is a fake. The states the tests need come from real inputs, checked against the real
guard (data/guard_rules.yaml) for every seed the tests use:

* pass  — `brief()`: 설화수 자음생크림, Retention stage, Information_Universal style, app push.
* block — `blocked_brief()`: the same on SMS with a sender name so long (LONG_SENDER, 56 EUC-KR
  bytes) that no template or shorter form fits the 90-byte limit: rule channel.length, needs_edit.
  An edit to SMS_FIX (a short body and button) fits, so the re-check passes.
* warn  — `warned_brief()`: the Activation stage with 자음생크림 (320,000원, above the 150,000원
  threshold): rule stage.premium_solo.

The sample catalog and the guard are built once per process (the guard's rules take ~0.3 s to
compile; both are immutable once built, so sharing them across workbenches and threads is safe).
"""

from __future__ import annotations

import threading
import time
from functools import cache
from pathlib import Path

from crm_core.catalog import Catalog, ResolvedBrief
from crm_core.config import Settings, load_settings
from crm_core.domain import Brief, Evidence
from crm_core.evidence import assemble_evidence
from crm_core.factory import build_guard
from crm_core.generation.template import TemplateGenerator
from crm_core.guard import Guard
from crm_core.pipeline import Pipeline
from crm_core.scores import Scorer
from crm_core.store import Store
from crm_core.workbench import Workbench

REPO_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR = REPO_ROOT / "data"

LONG_SENDER = "아모레퍼시픽 설화수 백화점 공식 온라인몰 고객센터 상담안내팀"
"""With "[…] " this takes 63 of SMS's 90 bytes: the composer's shortest form here (31 bytes) is too long."""
SMS_FIX = ("자음생크림", "자음생크림 사용 팁", "보기")
"""An edit (title, body, cta) that fits beside LONG_SENDER (86 bytes) and breaks no rule."""
BLOCK_RULE = "channel.length"
WARN_RULE = "stage.premium_solo"


@cache
def sample_catalog(data_dir: Path = DATA_DIR) -> Catalog:
    """The catalog under data/ (records are frozen, so one instance serves every test)."""
    return Catalog.load(data_dir)


_guards: dict[tuple[Path, str], Guard] = {}
_guards_lock = threading.Lock()


def real_guard(catalog: Catalog, settings: Settings) -> Guard:
    """`crm_core.factory.build_guard`, built once per rules folder and sender name."""
    key = (settings.data_dir, settings.sender_name)
    with _guards_lock:
        if key not in _guards:
            _guards[key] = build_guard(catalog, settings)
        return _guards[key]


class FactsEvidence:
    """`assemble_evidence` without retrieval (facts, brand profile, stage rules, templates, event).

    Retrieval only adds reviews and exemplars, which the store does not care about. `delay_s`
    slows each brief down so a batch is still running when the crash and cancel tests stop it.
    """

    def __init__(self, delay_s: float = 0.0):
        self.delay_s = delay_s

    def evidence(self, resolved: ResolvedBrief) -> Evidence:
        if self.delay_s:
            time.sleep(self.delay_s)
        return assemble_evidence(resolved)


def make_pipeline(settings: Settings | None = None, delay_s: float = 0.0) -> Pipeline:
    settings = settings or load_settings()
    catalog = sample_catalog(settings.data_dir)
    return Pipeline(
        catalog=catalog,
        evidence_source=FactsEvidence(delay_s),
        generator=TemplateGenerator(),
        guard=real_guard(catalog, settings),
        scorer=Scorer(),
        settings=settings,
    )


def make_workbench(db: Path | str, user: str = "tester", delay_s: float = 0.0) -> Workbench:
    url = db if isinstance(db, str) and "://" in db else f"sqlite:///{db}"
    return Workbench(make_pipeline(delay_s=delay_s), Store.open(url), user=user)


def brief(**overrides: object) -> Brief:
    """A brief whose variants pass the real guard (any seed, any n) unless overrides say otherwise."""
    values: dict[str, object] = {
        "persona": 0,
        "brand": "설화수",
        "product": "자음생크림",
        "stage_index": 2,
        "style_index": 1,
    }
    values.update(overrides)
    return Brief.model_validate(values)


def blocked_brief(**overrides: object) -> Brief:
    """Blocked by channel.length alone (an informational SMS from LONG_SENDER) and flagged needs_edit.

    Informational, because an ad's (광고) label and free opt-out number leave no room for any fix in 90 bytes.
    """
    return brief(**{"channel": "sms", "sender": LONG_SENDER, "informational": True, **overrides})


def warned_brief(**overrides: object) -> Brief:
    """Warned by stage.premium_solo alone: a 320,000원 cream recommended at the Activation stage."""
    return brief(**{"stage_index": 1, **overrides})
