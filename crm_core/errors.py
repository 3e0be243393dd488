"""Errors a user can act on: each message names the field, the bad value and the fix."""

from __future__ import annotations

from typing import Any, Literal, get_args


class CrmError(Exception):
    """Base class; the CLI turns it into exit code 1 (2 for bad input), pages into st.error."""

    exit_code = 1


class InvalidInput(CrmError, ValueError):
    """A user-supplied value is wrong; the message names the field and the allowed values."""

    exit_code = 2

    def __init__(self, field: str, message: str, *, allowed: list[str] | None = None):
        self.field = field
        self.allowed = list(allowed or [])
        detail = message
        if self.allowed:
            shown = ", ".join(self.allowed[:20])
            more = f" … (+{len(self.allowed) - 20})" if len(self.allowed) > 20 else ""
            detail += f" (allowed: {shown}{more})"
        self.detail = detail
        super().__init__(f"{field}: {detail}")


SheetProblem = Literal[
    "not_found", "file_type", "too_big", "encoding", "nul_bytes", "broken_csv", "bad_xlsx", "bad_json",
    "json_not_list", "duplicate_key", "duplicate_column", "no_rows", "missing_columns", "too_many_rows",
]  # fmt: skip
SHEET_PROBLEMS: tuple[SheetProblem, ...] = get_args(SheetProblem)


class SheetError(InvalidInput):
    """A brief sheet that cannot be used as a whole (file type, size, encoding, format, columns, row count).

    `kind` names the failure and `params` carry its figures, so a page can say it in Korean while
    the CLI prints this (English) message.
    """

    def __init__(
        self, kind: SheetProblem, field: str, message: str, *, allowed: list[str] | None = None, **params: Any
    ):
        super().__init__(field, message, allowed=allowed)
        self.kind = kind
        self.params = params


class CatalogError(CrmError):
    """The catalog on disk is broken; carries every problem found, each with file/record/field."""

    exit_code = 2

    def __init__(self, problems: list[CatalogProblem]):
        self.problems = problems
        lines = [str(p) for p in problems[:50]]
        if len(problems) > 50:
            lines.append(f"… and {len(problems) - 50} more")
        super().__init__(f"{len(problems)} catalog problem(s):\n" + "\n".join(lines))


class CatalogProblem:
    """One row-level catalog problem: which file, which record, which field, what was expected."""

    def __init__(self, file: str, record: str, field: str, message: str):
        self.file, self.record, self.field, self.message = file, record, field, message

    def __str__(self) -> str:
        return f"{self.file} [{self.record}] {self.field}: {self.message}"

    def __repr__(self) -> str:
        return f"CatalogProblem({self})"


class BackendUnavailable(CrmError):
    """A generation backend cannot run here; the message says what to install or configure."""


class UnknownModel(CrmError):
    """A model id or folder that cannot be found locally; the message says how to fetch it."""


class NeedsKey(CrmError):
    """A remote backend needs an API key in an environment variable that is not set."""


class RulesError(CrmError):
    """The guard's rules file is invalid; the message names the rule id and the field."""

    exit_code = 2
