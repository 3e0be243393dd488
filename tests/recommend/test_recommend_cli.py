"""`python -m crm_core recommend`: JSON on stdout, the recommender and flags on stderr, exit 2 naming the field."""

from __future__ import annotations

import json
from pathlib import Path

import crm_core.cli as cli
from crm_core.recommend.two_tower import TwoTowerRecommender


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(["recommend", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_persona_prints_k_products_with_reasons(capsys, tmp_path: Path):
    code, out, err = run(
        capsys, "--persona", "1", "--brand", "에스트라", "--k", "2", "--model", str(tmp_path / "no.pt")
    )
    items = json.loads(out)
    assert code == 0
    assert [i["brand"] for i in items] == ["에스트라", "에스트라"]
    assert set(items[0]) >= {"product_id", "name", "brand", "score", "reasons"}
    assert items[0]["score"] >= items[1]["score"]
    assert "recommender: content; flags: none" in err


def test_custom_profile_without_model_is_flagged_on_hybrid(capsys, tmp_path: Path):
    code, out, err = run(
        capsys, "--age", "30대", "--skin_type", "민감성", "--concern", "진정", "--recommender", "hybrid",
        "--model", str(tmp_path / "no.pt"),
    )  # fmt: skip
    assert code == 0
    assert len(json.loads(out)) == 3
    assert "recommender: content; flags: no_trained_model" in err


def test_bad_inputs_exit_2_naming_the_field(capsys, tmp_path: Path):
    broken = tmp_path / "broken.pt"
    broken.write_bytes(b"\x00garbage")
    cases = {
        ("--persona", "12"): "error: persona: no persona with index 12",
        ("--persona", "1", "--brand", "없는브랜드"): "error: brand: unknown brand '없는브랜드'",
        ("--persona", "1", "--k", "0"): "error: k: must be a whole number from 1 to 138",
        ("--persona", "1", "--skin_type", "민감성"): "error: persona: give --persona or a custom profile",
        ("--persona", "1", "--recommender", "two_tower", "--model", str(broken)): "broken.pt: cannot be read",
    }
    for args, message in cases.items():
        code, out, err = run(capsys, *args)
        assert (code, out) == (2, ""), args
        assert message in err, args


def test_train_writes_a_loadable_model_with_metrics(capsys, tmp_path: Path):
    path = tmp_path / "rec" / "two_tower.pt"
    code, out, err = run(capsys, "train", "--epochs", "5", "--seed", "1", "--model", str(path))
    report = json.loads(out)
    assert code == 0
    assert set(report["metrics"]["held_out"]) == {"hit@3", "category_hit@3", "ndcg@10", "mrr"}
    assert TwoTowerRecommender.load(path).metrics == report["metrics"]
    assert f"→ {path}" in err
