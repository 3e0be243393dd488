"""The two-tower model: seeded training is repeatable, and its file round-trips or fails clearly."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch

from crm_core.catalog import Catalog
from crm_core.recommend import RecommenderModelError, custom_profile
from crm_core.recommend.two_tower import TwoTowerRecommender, TwoTowerSettings

SMALL = TwoTowerSettings(seed=3, epochs=15)


def weights(model: TwoTowerRecommender) -> list[torch.Tensor]:
    return [*model.customer.state_dict().values(), *model.product.state_dict().values()]


def test_training_is_deterministic_for_a_seed(catalog: Catalog):
    first = TwoTowerRecommender(SMALL).fit(catalog.products, catalog.reviews)
    second = TwoTowerRecommender(SMALL).fit(catalog.products, catalog.reviews)
    other_seed = TwoTowerRecommender(TwoTowerSettings(seed=4, epochs=15)).fit(catalog.products, catalog.reviews)

    assert first.losses == second.losses
    assert all(torch.equal(a, b) for a, b in zip(weights(first), weights(second), strict=True))
    assert not torch.equal(weights(first)[0], weights(other_seed)[0])


def test_training_lowers_the_triplet_loss(catalog: Catalog):
    model = TwoTowerRecommender(TwoTowerSettings(seed=0, epochs=60)).fit(catalog.products, catalog.reviews)
    assert model.losses[-1] < model.losses[0] - 0.1


def test_model_file_round_trips(catalog: Catalog, trained_model_file: Path):
    loaded = TwoTowerRecommender.load(trained_model_file)
    again = TwoTowerRecommender.load(trained_model_file)
    profile = custom_profile("30대", "민감성", ["진정"])

    retrained = TwoTowerRecommender(loaded.settings).fit(catalog.products, catalog.reviews)
    np.testing.assert_allclose(loaded.scores(profile, catalog.products), retrained.scores(profile, catalog.products))
    np.testing.assert_array_equal(loaded.scores(profile, catalog.products), again.scores(profile, catalog.products))
    assert loaded.settings == TwoTowerSettings(seed=7, epochs=25)
    assert loaded.data_hash == retrained.data_hash
    assert len(loaded.data_hash) == 16


def test_corrupt_model_file_is_a_clear_error(tmp_path: Path, trained_model_file: Path):
    broken = tmp_path / "two_tower.pt"
    broken.write_bytes(trained_model_file.read_bytes()[:200])
    with pytest.raises(RecommenderModelError, match=r"model file .*two_tower\.pt: cannot be read.*recommend train"):
        TwoTowerRecommender.load(broken)


def test_foreign_and_old_model_files_are_refused(tmp_path: Path, trained_model_file: Path):
    foreign = tmp_path / "foreign.pt"
    torch.save({"weights": torch.zeros(2)}, foreign)
    with pytest.raises(RecommenderModelError, match="not a two-tower recommender file"):
        TwoTowerRecommender.load(foreign)

    blob = torch.load(trained_model_file, weights_only=True)
    blob["version"] = 0
    old = tmp_path / "old.pt"
    torch.save(blob, old)
    with pytest.raises(RecommenderModelError, match="version 0, this code reads version 1"):
        TwoTowerRecommender.load(old)


def test_missing_model_file_says_how_to_train(tmp_path: Path):
    with pytest.raises(RecommenderModelError, match=r"not found; retrain with `python -m crm_core recommend train`"):
        TwoTowerRecommender.load(tmp_path / "none.pt")
