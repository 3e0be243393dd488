"""강조할 점 (key message): the composer opens on it, both chain prompts carry it, the guard checks it everywhere."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_core.briefs import read_rows, sheet_from_rows
from crm_core.chain.prompts import draft_messages, refine_messages
from crm_core.generation.base import GenerationRequest
from crm_core.workbench import Workbench
from tests.store.builders import brief, make_workbench

KEY = "건조한 겨울에도 하루 종일 촉촉해요"
BANNED = "아토피 피부염을 완치해 줘요"


@pytest.fixture()
def wb(tmp_path: Path) -> Workbench:
    return make_workbench(tmp_path / "wb.sqlite")


def test_blank_key_message_is_none_and_spaces_are_tidied() -> None:
    assert brief(key_message="   ").key_message is None
    assert brief(key_message=" 하루  종일\n촉촉 ").key_message == "하루 종일 촉촉"


@pytest.mark.parametrize("channel", ["push", "kakao_friendtalk", "lms", "email"])
def test_the_composer_opens_on_the_key_message(wb: Workbench, channel: str) -> None:
    views = wb.generate(brief(channel=channel, key_message=KEY, n=2)).variants
    for view in views:
        assert KEY in view.body
        assert view.verdict != "block"


def test_both_chain_prompts_carry_the_key_message(wb: Workbench) -> None:
    resolved = wb.pipeline.catalog.resolve(brief(key_message=KEY))
    request = GenerationRequest(resolved, wb.pipeline.evidence_source.evidence(resolved), 0)
    line = f"[강조할 점] {KEY}"
    assert line in draft_messages(request)[1]["content"]
    assert line in refine_messages(request, "초안")[1]["content"]
    plain = wb.pipeline.catalog.resolve(brief())
    assert "[강조할 점]" not in draft_messages(GenerationRequest(plain, request.evidence, 0))[1]["content"]


@pytest.mark.parametrize("channel", ["push", "sms", "kakao_friendtalk"])
def test_a_banned_claim_typed_as_the_key_message_blocks_approval(wb: Workbench, channel: str) -> None:
    view = wb.generate(brief(channel=channel, key_message=BANNED)).variants[0]
    assert view.verdict == "block"
    assert any(f.severity == "block" for f in view.findings)


def test_a_sheet_column_named_in_korean_fills_the_key_message(wb: Workbench) -> None:
    data = f"persona,brand,product,stage_index,style_index,강조할 점\n0,설화수,자음생크림,2,1,{KEY}\n".encode()
    sheet = sheet_from_rows(read_rows(data, "briefs.csv"), "briefs.csv").prepared(None, "error")
    sheet = sheet.validate(wb.pipeline.catalog)
    assert [b.key_message for _, b in sheet.briefs] == [KEY]
