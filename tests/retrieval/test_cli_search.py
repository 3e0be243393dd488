"""`python -m crm_core search`: JSON hits on stdout, exit 2 with the field named on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import crm_core.cli as cli
from crm_core.catalog import Catalog, write_catalog
from tests.retrieval.conftest import make_catalog


@pytest.fixture()
def catalog_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = write_catalog(make_catalog(), tmp_path / "catalog")
    monkeypatch.setattr(Catalog, "integrity_problems", lambda self: [])  # the fixture has one channel only
    return folder


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(["search", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_prints_json_hits(capsys, catalog_dir):
    code, out, err = run(capsys, "건조한 피부 보습", "--data", str(catalog_dir), "--brand", "라네즈", "--k", "3")
    assert code == 0
    hits = json.loads(out)
    assert len(hits) == 3
    assert set(hits[0]) == {"collection", "id", "score", "text"}
    assert "mode: lexical" in err  # no embedding model on this machine


def test_search_is_a_registered_command():
    assert "search" in cli.COMMANDS


def test_collection_filter(capsys, catalog_dir):
    code, out, _ = run(capsys, "보습", "--data", str(catalog_dir), "--collection", "reviews", "--k", "10")
    assert code == 0 and {h["collection"] for h in json.loads(out)} == {"reviews"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["   "], "error: query: is empty"),
        (["보습", "--k", "0"], "error: k: must be between 1 and 1000, got 0"),
        (["보습", "--k", "100000"], "error: k: must be between 1 and 1000, got 100000"),
        (["보습", "--collection", "memes"], "error: collection: unknown collection 'memes' (allowed: product_facts"),
        (["보습", "--brand", "샤넬"], "error: brand: unknown brand '샤넬'"),
        (["보습", "--brand", "라네즈", "--product", "없는제품"], "error: product: unknown product '없는제품'"),
    ],
)
def test_bad_input_exits_2_naming_the_field(capsys, catalog_dir, args, message):
    code, out, err = run(capsys, *args[:1], "--data", str(catalog_dir), *args[1:])
    assert code == 2
    assert out == ""
    assert err.startswith(message)
