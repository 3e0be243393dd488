"""Fusion math and MMR: the numbers a ranking depends on."""

from __future__ import annotations

import numpy as np
import pytest

from crm_core.retrieval.fusion import jaccard_matrix, mmr, reciprocal_rank_fusion, weighted_score_fusion


def test_rrf_sums_reciprocal_ranks_and_scales_first_everywhere_to_one():
    fused = reciprocal_rank_fusion([["a", "b", "c"], ["b", "a"]], k=60)
    best = 2 / 61
    assert fused["a"] == pytest.approx((1 / 61 + 1 / 62) / best)
    assert fused["b"] == pytest.approx((1 / 62 + 1 / 61) / best)
    assert fused["c"] == pytest.approx((1 / 63) / best)
    assert reciprocal_rank_fusion([["x"], ["x"]])["x"] == pytest.approx(1.0)


def test_rrf_item_found_by_both_arms_beats_one_arm_winner():
    fused = reciprocal_rank_fusion([["lex_only", "both"], ["dense_only", "both"]], k=60)
    assert max(fused, key=fused.get) == "both"


def test_rrf_weights_tilt_towards_an_arm():
    fused = reciprocal_rank_fusion([["a", "b"], ["b", "a"]], weights=[3.0, 1.0], k=1)
    assert fused["a"] > fused["b"]


def test_rrf_rejects_mismatched_weights():
    with pytest.raises(ValueError, match="1 weights for 2 rankings"):
        reciprocal_rank_fusion([["a"], ["b"]], weights=[1.0])


def test_weighted_sum_normalises_bm25_by_its_best_and_keeps_cosines():
    fused = weighted_score_fusion(
        [{"a": 10.0, "b": 5.0}, {"a": 0.2, "b": 0.8, "c": -0.3}], weights=[0.5, 0.5], normalise=[True, False]
    )
    assert fused["a"] == pytest.approx(0.5 * 1.0 + 0.5 * 0.2)
    assert fused["b"] == pytest.approx(0.5 * 0.5 + 0.5 * 0.8)
    assert fused["c"] == pytest.approx(0.0)  # negative cosine clipped


def test_mmr_skips_near_duplicates_and_prefers_diverse_items():
    relevance = [1.0, 0.99, 0.6]
    similarity = np.array([[1.0, 0.97, 0.1], [0.97, 1.0, 0.1], [0.1, 0.1, 1.0]])
    assert mmr(relevance, similarity, k=2) == [0, 2]
    # With λ=1 (relevance only) the duplicate is still never chosen.
    assert mmr(relevance, similarity, k=3, lambda_=1.0) == [0, 2]


def test_mmr_trades_relevance_for_novelty():
    relevance = [1.0, 0.9, 0.5]
    similarity = np.array([[1.0, 0.8, 0.0], [0.8, 1.0, 0.0], [0.0, 0.0, 1.0]])
    assert mmr(relevance, similarity, k=2, lambda_=0.5) == [0, 2]
    assert mmr(relevance, similarity, k=2, lambda_=0.95) == [0, 1]


def test_jaccard_matrix():
    m = jaccard_matrix([{"a", "b"}, {"b", "c"}, set()])
    assert m[0, 1] == pytest.approx(1 / 3)
    assert m[0, 2] == 0.0
    assert m[2, 2] == 1.0
