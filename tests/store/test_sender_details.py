"""Sender details from Settings: an export with placeholder numbers says so on every row it affects."""

from __future__ import annotations

import pytest

from crm_core.config import load_settings
from crm_core.export import is_placeholder_number
from crm_core.workbench import Workbench
from tests.store.builders import brief, make_pipeline

REAL = {"opt_out_number": "080-123-4567", "sender_number": "02-6040-5114"}


def with_settings(wb: Workbench, **values: str) -> Workbench:
    """The same database behind a pipeline on other settings (as after an admin edits crm.toml)."""
    return Workbench(make_pipeline(load_settings(**values)), wb.store, user=wb.user)


@pytest.mark.parametrize("number", ["080-000-0000", "0800000000", "02-0000-0000", "", "  "])
def test_placeholder_numbers_are_recognised(number: str) -> None:
    assert is_placeholder_number(number)


@pytest.mark.parametrize("number", ["080-123-4567", "02-6040-5114", "1588-0000"])
def test_real_numbers_are_not_placeholders(number: str) -> None:
    assert not is_placeholder_number(number)


def test_real_sender_details_clear_the_warnings(wb: Workbench) -> None:
    real = with_settings(wb, **REAL)
    view = real.approve(real.generate(brief(channel="sms", is_ad=True, sms_overflow="shorten")).ids[0], "kim")
    assert "무료거부 0801234567" in view.approval.channel_text  # type: ignore[union-attr]
    assert real.approved_frame()["send_warnings"].tolist() == [""]


def test_text_generated_with_the_placeholder_stays_flagged_after_the_settings_are_fixed(wb: Workbench) -> None:
    wb.approve(wb.generate(brief(channel="sms", is_ad=True)).ids[0], "kim")
    fixed = with_settings(wb, **REAL)
    assert fixed.approved_frame()["send_warnings"].tolist() == [
        "approved text carries a placeholder opt-out number; edit it or generate it again"
    ]
