"""The guard's rules file: a user-editable YAML document, validated on load.

Every rule carries its legal basis, source and date, a compliant rewording, and Korean examples
that should and should not trigger it (the tests run every example). A broken file raises
RulesError naming the rule id and the field, never a bare traceback.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from crm_core.domain.catalog import FUNCTIONAL_CLAIMS
from crm_core.domain.result import MessageField, Severity
from crm_core.errors import RulesError
from crm_core.guard.clauses import ClauseContext

DEFAULT_RULES_PATH = Path(__file__).resolve().parents[2] / "data" / "guard_rules.yaml"
STAGE_NAMES = ("Acquisition", "Activation", "Retention", "Revenue", "Referral")

# Finding categories and the id prefix (law area) each belongs to; the eval reports per category.
CATEGORY_GROUPS: dict[str, str] = {
    "drug_like": "cosmetics",
    "body_reshaping": "cosmetics",
    "deception": "cosmetics",
    "mfds_2025": "cosmetics",
    "functional_misclaim": "cosmetics",
    "superlative": "cosmetics",
    "endorsement": "cosmetics",
    "comparison": "cosmetics",
    "channel_limit": "channel",
    "ad_label": "ad_law",
    "ad_sender": "ad_law",
    "ad_opt_out": "ad_law",
    "alimtalk_ad": "ad_law",
    "informational_ad": "ad_law",
    "night_send": "ad_law",
    "invented_fact": "facts",
    "persona_leak": "leak",
    "script_leak": "leak",
    "placeholder": "leak",
    "stage_forbidden": "stage",
    "campaign_copy": "campaign",
}
RULE_ID = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Example(_Strict):
    """A message plus the little context a rule needs to judge it (channel, evidence, stage …)."""

    text: str = Field(min_length=1)
    title: str | None = None
    cta: str | None = None
    channel: str | None = None
    ad: bool = False
    informational: bool = Field(default=False, description="The brief marks an informational notice")
    sender: str | None = None
    sender_aliases: tuple[str, ...] = ()
    facts: tuple[str, ...] | None = Field(default=None, description="Evidence texts; None means no evidence")
    functional_claims: tuple[str, ...] | None = None
    stage: str | None = None
    send_at: dt.datetime | None = None
    persona_labels: tuple[str, ...] = ()
    product_price: int | None = None
    campaign: str | None = None
    name_only_product: str | None = Field(default=None, description="The product's name when it is not in the catalog")

    @model_validator(mode="before")
    @classmethod
    def _from_string(cls, value: Any) -> Any:
        return {"text": value} if isinstance(value, str) else value


class Examples(_Strict):
    flag: tuple[Example, ...] = ()
    pass_: tuple[Example, ...] = Field(default=(), alias="pass")


class Lexicon(_Strict):
    """A named word list several rules share (e.g. the incentive words that make a message an ad)."""

    terms: tuple[str, ...] = ()
    patterns: tuple[str, ...] = ()
    exceptions: tuple[str, ...] = ()

    @field_validator("patterns")
    @classmethod
    def _compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _check_patterns(value)


class Rule(_Strict):
    """One rule: what to look for, why it is not allowed, and what to write instead."""

    id: str
    category: str
    type: Literal["terms", "regex", "check", "claim"]
    terms: tuple[str, ...] = ()
    lexicon: str | None = None
    patterns: tuple[str, ...] = ()
    check: str | None = None
    params: dict[str, Any] = Field(default_factory=dict)
    exceptions: tuple[str, ...] = Field(default=(), description="Look-alikes that must not trigger the rule")
    all_of: tuple[str, ...] = Field(
        default=(), description="claim rules: concept lexicons that must all occur within one clause"
    )
    none_of: tuple[str, ...] = Field(
        default=(), description="claim rules: concept lexicons whose presence in the clause cancels the claim"
    )
    contexts: tuple[ClauseContext, ...] = Field(
        default=(), description="Clause contexts (caution, negation, policy) in which the rule does not apply"
    )
    exception_patterns: tuple[str, ...] = Field(
        default=(), description="Regexes for passages the rule ignores (e.g. the statutory usage-caution sentence)"
    )
    fields: tuple[MessageField, ...] | None = Field(
        default=None, description="Fields a terms/regex rule scans; default: title, body and cta"
    )
    stages: dict[str, str] = Field(default_factory=dict, description="Stage name → forbidden context it enforces")
    campaigns: tuple[str, ...] = Field(
        default=(), description="Campaigns the rule is for (e.g. stock_trigger); empty: every message"
    )
    unless_functional: str | None = Field(
        default=None, description="Allowed when the product is registered for it; '*' means for any function"
    )
    min_hits: int = Field(default=1, ge=1, description="Distinct matches needed before the rule fires")
    severity: Severity
    message: str = Field(min_length=1)
    suggestion: str = Field(min_length=1)
    basis: str = Field(min_length=1)
    source: str = Field(min_length=1)
    date: dt.date
    enabled: bool = True
    examples: Examples = Examples()

    @field_validator("id")
    @classmethod
    def _dotted(cls, value: str) -> str:
        if not RULE_ID.match(value):
            raise ValueError(f"{value!r} is not a dotted lower-case id like cosmetics.drug_like")
        return value

    @field_validator("category")
    @classmethod
    def _known_category(cls, value: str) -> str:
        if value not in CATEGORY_GROUPS:
            raise ValueError(f"unknown category {value!r}; allowed: {sorted(CATEGORY_GROUPS)}")
        return value

    @field_validator("patterns", "exception_patterns")
    @classmethod
    def _compiles(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        return _check_patterns(value)

    @field_validator("stages")
    @classmethod
    def _known_stages(cls, value: dict[str, str]) -> dict[str, str]:
        unknown = [s for s in value if s not in STAGE_NAMES]
        if unknown:
            raise ValueError(f"unknown stage {unknown}; allowed: {list(STAGE_NAMES)}")
        return value

    @field_validator("unless_functional")
    @classmethod
    def _known_function(cls, value: str | None) -> str | None:
        if value is not None and value != "*" and value not in FUNCTIONAL_CLAIMS:
            raise ValueError(f"unknown functional claim {value!r}; allowed: {list(FUNCTIONAL_CLAIMS)}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Rule:
        group = CATEGORY_GROUPS[self.category]
        if self.id.split(".")[0] != group:
            raise ValueError(f"id must start with '{group}.' for category {self.category}")
        if self.type == "terms" and not (self.terms or self.lexicon):
            raise ValueError("a terms rule needs terms or a lexicon")
        if self.type == "regex" and not self.patterns:
            raise ValueError("a regex rule needs patterns")
        if self.type == "claim" and not self.all_of:
            raise ValueError("a claim rule needs all_of: the concept lexicons that make up the claim")
        if self.type != "claim" and (self.all_of or self.none_of):
            raise ValueError("all_of and none_of are for claim rules")
        if self.type == "check" and not self.check:
            raise ValueError("a check rule needs the name of a check")
        if self.type == "check" and self.fields is not None:
            raise ValueError("fields is for terms and regex rules; a named check reads the fields it needs")
        return self


class RuleSet(_Strict):
    """The whole rules file."""

    version: int = 1
    description: str = ""
    lexicons: dict[str, Lexicon] = Field(default_factory=dict)
    unmapped_stage_contexts: dict[str, str] = Field(
        default_factory=dict, description="Forbidden stage contexts with no rule, and why"
    )
    rules: tuple[Rule, ...]

    @model_validator(mode="after")
    def _references(self) -> RuleSet:
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"duplicate rule id {rule.id!r}")
            seen.add(rule.id)
            for name in (rule.lexicon, *rule.all_of, *rule.none_of):
                if name and name not in self.lexicons:
                    raise ValueError(f"rule {rule.id}: unknown lexicon {name!r}; known: {sorted(self.lexicons)}")
        return self


def regex_error(pattern: object) -> str | None:
    """Why a rules-file regex cannot be used, or None when it compiles."""
    if not isinstance(pattern, str):
        return f"expected a string, got {type(pattern).__name__}"
    try:
        re.compile(pattern)
    except re.error as exc:
        return str(exc)
    return None


def _check_patterns(value: tuple[str, ...]) -> tuple[str, ...]:
    for pattern in value:
        if error := regex_error(pattern):
            raise ValueError(f"pattern {pattern!r} does not compile: {error}")
    return value


def _describe(error: dict[str, Any], raw: Any) -> str:
    """'rules[3] (id=cosmetics.drug_like) severity: …' for one pydantic error."""
    loc = list(error["loc"])
    where = ".".join(str(p) for p in loc) or "(file)"
    if len(loc) >= 2 and loc[0] == "rules" and isinstance(loc[1], int):
        rules = raw.get("rules") if isinstance(raw, dict) else None
        rule = rules[loc[1]] if isinstance(rules, list) and loc[1] < len(rules) else None
        rule_id = rule.get("id", "?") if isinstance(rule, dict) else "?"
        field = ".".join(str(p) for p in loc[2:]) or "(rule)"
        where = f"rules[{loc[1]}] (id={rule_id}) {field}"
    message = error["msg"].removeprefix("Value error, ")
    if error.get("type") == "missing":
        message = "required field is missing"
    return f"{where}: {message}"


YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader parses the rules file about ten times faster than the pure-Python one."""


def parse_rules(text: str, source: str = "(text)") -> RuleSet:
    """Validate rules from YAML text.

    :raises RulesError: naming the rule id and the field for every problem found.
    """
    try:
        raw = yaml.load(text, Loader=YAML_LOADER)  # a safe loader (libyaml's when built)
    except yaml.YAMLError as exc:
        raise RulesError(f"{source}: not valid YAML: {exc}") from None
    if not isinstance(raw, dict):
        raise RulesError(f"{source}: expected a mapping with a 'rules' list at the top")
    try:
        return RuleSet.model_validate(raw)
    except ValidationError as exc:
        problems = [_describe(e, raw) for e in exc.errors()]
        raise RulesError(f"{source}: {len(problems)} problem(s) in the rules file:\n" + "\n".join(problems)) from None


def load_rules(path: str | Path | None = None) -> tuple[RuleSet, Path, str]:
    """The rules file at path (default data/guard_rules.yaml), its path and its content hash."""
    file = Path(path) if path else DEFAULT_RULES_PATH
    if not file.is_file():
        raise RulesError(f"rules file not found: {file}")
    data = file.read_bytes()
    return parse_rules(data.decode("utf-8-sig"), str(file)), file, hashlib.sha256(data).hexdigest()[:16]
