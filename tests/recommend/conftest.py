"""A small two-tower model trained once per module run on the sample catalog (few epochs: tests check behaviour)."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_core.catalog import Catalog
from crm_core.recommend.two_tower import TwoTowerRecommender, TwoTowerSettings

QUICK = TwoTowerSettings(seed=7, epochs=25)


@pytest.fixture(scope="session")
def trained_model_file(catalog: Catalog, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("recommender") / "two_tower.pt"
    TwoTowerRecommender(QUICK).fit(catalog.products, catalog.reviews).save(path)
    return path
