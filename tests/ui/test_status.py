"""Status lines for the sidebar: the device in words (GPU memory when present) and licence notes."""

from __future__ import annotations

from pathlib import Path

from crm_core.config import Settings
from ui import labels
from ui.status import device_line, licence_notes


def test_cpu_and_gpu_device_lines() -> None:
    assert device_line({"cuda": False, "torch": "2.13.0+cpu"}) == "CPU (CUDA 없음 · torch 2.13.0+cpu)"
    gpu = {"cuda": True, "torch": "2.13.0", "gpu": "NVIDIA H100 80GB HBM3", "free_gb": 60.5, "total_gb": 79.2}
    assert device_line(gpu) == "GPU NVIDIA H100 80GB HBM3 · 메모리 18.7/79.2 GB 사용"


def test_licence_notes_flag_non_commercial_exaone() -> None:
    notes = licence_notes(Settings())
    assert [(n.non_commercial, n.text) for n in notes] == [
        (False, "Qwen/Qwen2.5-1.5B-Instruct: 상업적 사용 가능한 라이선스 (apache-2.0)"),
        (True, f"LGAI-EXAONE/EXAONE-4.0-1.2B: {labels.EXAONE_LICENCE}"),
    ]


def test_unknown_model_licence_is_said_to_be_unchecked(tmp_path: Path) -> None:
    notes = licence_notes(Settings(drafter=str(tmp_path / "my-drafter"), refiner=str(tmp_path / "my-refiner")))
    assert [n.non_commercial for n in notes] == [False, False]
    assert notes[0].text.endswith(": 라이선스를 확인하지 못했습니다. 모델 카드를 확인하세요.")
