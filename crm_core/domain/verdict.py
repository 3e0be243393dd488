"""The one place that turns guard findings into a verdict and says which of them block.

Findings arrive as typed `Finding`s (pipeline, guard, workbench) or as their stored JSON form
(store rows); both carry `severity` and `rule_id`, so one set of functions serves every layer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, TypeVar

from crm_core.domain.result import Finding, Severity, Verdict

F = TypeVar("F", Finding, Mapping[str, Any])


def _field(finding: Finding | Mapping[str, Any], name: str) -> Any:
    return finding[name] if isinstance(finding, Mapping) else getattr(finding, name)


def with_severity(findings: Iterable[F], severity: Severity) -> tuple[F, ...]:
    """The findings of one severity, in their order."""
    return tuple(f for f in findings if _field(f, "severity") == severity)


def blocking(findings: Iterable[F]) -> tuple[F, ...]:
    """The findings that prevent approval."""
    return with_severity(findings, "block")


def rule_ids(findings: Iterable[Finding | Mapping[str, Any]], severity: Severity) -> tuple[str, ...]:
    """Rule ids of the findings of one severity (what a refusal names)."""
    return tuple(_field(f, "rule_id") for f in with_severity(findings, severity))  # type: ignore[type-var]


def verdict_of(findings: Iterable[Finding | Mapping[str, Any]]) -> Verdict:
    """block when any finding blocks, warn when there are findings, else pass."""
    severities = [_field(f, "severity") for f in findings]
    if "block" in severities:
        return "block"
    return "warn" if severities else "pass"
