"""The façade the Compose page calls: one persona or one custom profile, never both or neither."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_core.errors import InvalidInput
from crm_core.recommend import custom_profile
from tests.store.builders import make_workbench


def test_workbench_recommends_for_a_persona_or_a_profile(tmp_path: Path) -> None:
    wb = make_workbench(tmp_path / "wb.sqlite")
    by_persona = wb.recommend(persona=1, brand="에스트라", k=2)
    by_profile = wb.recommend(profile=custom_profile("30대", "민감성", ["진정"]), k=3)

    assert [i.brand for i in by_persona.items] == ["에스트라", "에스트라"]
    assert (by_persona.recommender, by_persona.flags) == ("content", ())
    assert len(by_profile.items) == 3
    with pytest.raises(InvalidInput, match="persona: give a persona or a custom profile, exactly one"):
        wb.recommend(persona=1, profile=custom_profile(None, "민감성"))
    with pytest.raises(InvalidInput, match="persona: give a persona or a custom profile, exactly one"):
        wb.recommend()
