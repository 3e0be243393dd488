"""Compliance and quality guard: Korean ad law, channel rules, grounding and leaks, as data."""

from crm_core.guard.context import GuardContext, GuardReport, MessageParts, Skip, example_parts
from crm_core.guard.engine import Guard
from crm_core.guard.rules import CATEGORY_GROUPS, DEFAULT_RULES_PATH, Example, Rule, RuleSet, load_rules, parse_rules

__all__ = [
    "CATEGORY_GROUPS",
    "DEFAULT_RULES_PATH",
    "Example",
    "Guard",
    "GuardContext",
    "GuardReport",
    "MessageParts",
    "Rule",
    "RuleSet",
    "Skip",
    "example_parts",
    "load_rules",
    "parse_rules",
]
