"""Typed paths stay inside the configured folders, however they are spelled."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_core.config import load_settings
from crm_core.paths import OutsideFolders, inside


def test_a_path_inside_a_root_is_resolved(tmp_path: Path) -> None:
    (tmp_path / "imports" / "a").mkdir(parents=True)
    assert inside(str(tmp_path / "imports" / "a"), [tmp_path / "imports"], "folder") == tmp_path / "imports" / "a"


@pytest.mark.parametrize("typed", ["/etc", "imports/../../etc", "~"])
def test_paths_leaving_the_roots_are_refused_naming_them(tmp_path: Path, typed: str) -> None:
    root = tmp_path / "imports"
    root.mkdir()
    with pytest.raises(OutsideFolders) as refused:
        inside(typed if not typed.startswith("imports") else str(tmp_path / typed), [root], "folder")
    assert refused.value.field == "folder" and refused.value.allowed == [str(root)]


def test_a_link_out_of_the_root_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "imports"
    root.mkdir()
    (root / "escape").symlink_to("/etc")
    with pytest.raises(OutsideFolders):
        inside(str(root / "escape"), [root], "folder")


def test_import_dirs_come_from_the_environment_as_a_path_list(tmp_path: Path) -> None:
    environ = {"CRM_IMPORT_DIRS": f"{tmp_path / 'a'}:{tmp_path / 'b'}"}
    assert load_settings(environ=environ).import_dirs == (tmp_path / "a", tmp_path / "b")
