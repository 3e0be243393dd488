"""Paths typed into the UI: only inside the folders the settings name, so a shared server's files stay out of reach."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from crm_core.errors import InvalidInput


class OutsideFolders(InvalidInput):
    """A typed path that lies outside every folder the settings allow; `allowed` lists those folders."""


def inside(typed: str | Path, roots: Sequence[Path], field: str) -> Path:
    """The typed path, resolved (links and '..' followed), when it lies in one of `roots`.

    :raises OutsideFolders: naming the field and the allowed folders when it lies anywhere else.
    """
    path = Path(typed).expanduser().resolve()
    allowed = [root.expanduser().resolve() for root in roots]
    if any(path.is_relative_to(root) for root in allowed):
        return path
    raise OutsideFolders(field, f"{path} is outside the configured folders", allowed=[str(r) for r in allowed])
