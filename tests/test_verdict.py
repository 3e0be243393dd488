"""One verdict rule for every layer: typed findings and their stored JSON form agree."""

from crm_core.domain import Finding, blocking, rule_ids, verdict_of


def _finding(rule_id: str, severity: str) -> Finding:
    return Finding(rule_id=rule_id, category="x", severity=severity, message="m")  # type: ignore[arg-type]


def test_any_blocking_finding_blocks_and_warnings_alone_warn():
    block, warn = _finding("a.block", "block"), _finding("a.warn", "warn")
    assert verdict_of([warn, block]) == "block"
    assert verdict_of([warn]) == "warn"
    assert verdict_of([]) == "pass"
    assert blocking([warn, block]) == (block,)


def test_stored_findings_give_the_same_verdict_and_rule_ids_as_typed_ones():
    typed = [_finding("a.warn", "warn"), _finding("b.block", "block"), _finding("c.block", "block")]
    stored = [f.model_dump(mode="json") for f in typed]
    assert verdict_of(stored) == verdict_of(typed) == "block"
    assert rule_ids(stored, "block") == rule_ids(typed, "block") == ("b.block", "c.block")
    assert rule_ids(stored, "warn") == ("a.warn",)
