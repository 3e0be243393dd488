"""Guard fixtures: the shipped rules file, loaded once."""

from __future__ import annotations

import pytest

from crm_core.guard import Guard


@pytest.fixture(scope="session")
def guard() -> Guard:
    return Guard.load()
