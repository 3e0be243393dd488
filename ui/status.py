"""What runs in this process, in words for the sidebar and the Models page: backend and why, device,
models and adapter, retrieval mode. Reads crm_core's own descriptions; decides nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from crm_core.backends.model_files import license_of
from crm_core.config import Settings
from crm_core.retrieval import RetrievalEvidence
from crm_core.workbench import Workbench
from ui import labels


@dataclass(frozen=True)
class ModelLine:
    role: str
    model: str
    adapter: str | None
    present: bool
    loaded: bool
    device: str | None


@dataclass(frozen=True)
class Status:
    backend: str
    reason: str
    models: tuple[ModelLine, ...]
    retrieval_mode: str
    retrieval_status: str

    @property
    def is_template(self) -> bool:
        return self.backend == "template"

    @property
    def lexical_only(self) -> bool:
        return self.retrieval_mode != "hybrid"


def model_lines(description: dict[str, Any]) -> tuple[ModelLine, ...]:
    lines = []
    for role in ("drafter", "refiner"):
        d = description.get(role)
        if isinstance(d, dict):
            lines.append(
                ModelLine(
                    role=role, model=str(d.get("model")), adapter=d.get("adapter"), present=bool(d.get("present")),
                    loaded=bool(d.get("loaded")), device=d.get("device"),
                )
            )  # fmt: skip
    return tuple(lines)


def status_of(workbench: Workbench) -> Status:
    generator = workbench.pipeline.generator
    source = workbench.pipeline.evidence_source
    mode, why = "none", "retrieval is not used by this evidence source"
    if isinstance(source, RetrievalEvidence):
        mode, why = source.retriever.mode, source.retriever.status
    return Status(
        backend=generator.name,
        reason=generator.reason,
        models=model_lines(dict(generator.describe())),
        retrieval_mode=mode,
        retrieval_status=why,
    )


def index_report(workbench: Workbench) -> dict[str, str]:
    """Per collection: whether its index was loaded from the cache or built, and which arms."""
    source = workbench.pipeline.evidence_source
    return dict(source.retriever.report) if isinstance(source, RetrievalEvidence) else {}


def device_line(device: dict[str, Any] | None) -> str:
    if device is None:
        return "확인 중… (다음에 화면이 바뀔 때 표시됩니다)"
    if not device.get("cuda"):
        return f"CPU (CUDA 없음 · torch {device.get('torch')})"
    used = device["total_gb"] - device["free_gb"]
    return f"GPU {device['gpu']} · 메모리 {used:.1f}/{device['total_gb']:.1f} GB 사용"


@dataclass(frozen=True)
class LicenceNote:
    text: str
    non_commercial: bool


def licence_notes(settings: Settings) -> list[LicenceNote]:
    """One line per configured model; non-commercial weights (EXAONE) are flagged."""
    notes = []
    for model in (settings.drafter, settings.refiner):
        licence = license_of(model, None)
        if licence.get("commercial_use") is False:
            detail = labels.EXAONE_LICENCE if "exaone" in model.lower() else labels.NON_COMMERCIAL
            notes.append(LicenceNote(f"{model}: {detail}", True))
        elif licence.get("commercial_use"):
            notes.append(LicenceNote(f"{model}: 상업적 사용 가능한 라이선스 ({licence['license']})", False))
        else:
            notes.append(LicenceNote(f"{model}: 라이선스를 확인하지 못했습니다. 모델 카드를 확인하세요.", False))
    return notes
