"""The guard: runs every enabled rule of a rules file over one message and its context."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crm_core.domain import Evidence, Finding
from crm_core.errors import InvalidInput, RulesError
from crm_core.guard.checks import NAMED_CHECKS
from crm_core.guard.claims import claim_hits
from crm_core.guard.context import GuardContext, GuardReport, MessageParts, Skip
from crm_core.guard.matcher import TermMatcher
from crm_core.guard.rules import Rule, RuleSet, load_rules, regex_error
from crm_core.guard.scan import CompiledRule, RuleHit, Scan

if TYPE_CHECKING:  # the second opinion pulls in scikit-learn (seconds to import); its users import it
    from crm_core.catalog import ResolvedBrief
    from crm_core.guard.second_opinion import SecondOpinion


# The longest text one check accepts. Every step is linear in the text, but a text this long is not a
# message (the longest channel, email, allows 5,000 characters). Time grows with the findings: 50,000
# characters of joined held-out copy take about 0.15 s of CPU, and the worst case (a finding in every clause,
# about 12,000 findings) under 1 s on one shared core; at 100,000 that worst case took 1.6 s, so longer texts
# get a clear error instead (bench/results/guard-scale.md).
MAX_TEXT_CHARS = 50_000


def _too_long(parts: MessageParts) -> InvalidInput | None:
    size = max(len(parts.channel_text), len(parts.title) + len(parts.body) + len(parts.cta))
    if size <= MAX_TEXT_CHARS:
        return None
    return InvalidInput(
        "text",
        f"{size:,} characters; the guard checks messages of at most {MAX_TEXT_CHARS:,} characters "
        "(the longest channel, email, allows 5,000): split the text or shorten it",
    )


@lru_cache(maxsize=1024)
def _skip(rule_id: str, reason: str) -> Skip:
    """One shared Skip per rule and reason (a check reports about a dozen, the same ones each time)."""
    return Skip(rule_id, reason)


class _Blank(dict[str, Any]):
    """format_map helper: unknown {names} in a message stay as written."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _validate_checks(rules: RuleSet, source: str) -> None:
    problems = []
    for i, rule in enumerate(rules.rules):
        if rule.type != "check":
            continue
        named = NAMED_CHECKS.get(rule.check or "")
        where = f"rules[{i}] (id={rule.id})"
        if named is None:
            problems.append(f"{where} check: unknown check {rule.check!r}; known: {sorted(NAMED_CHECKS)}")
            continue
        missing = [p for p in named.required_params if p not in rule.params]
        if missing:
            problems.append(f"{where} params: check {rule.check} needs {missing}")
        if named.needs_terms and not (rule.terms or rule.patterns or rule.lexicon):
            problems.append(f"{where} terms: check {rule.check} needs terms, patterns or a lexicon")
        problems += [f"{where} params.{key}: {error}" for key, error in _bad_param_regexes(rule.params)]
    if problems:
        raise RulesError(f"{source}: {len(problems)} problem(s) in the rules file:\n" + "\n".join(problems))


REGEX_PARAMS = ("patterns", "promotion", "marker")


def _bad_param_regexes(params: dict[str, Any]) -> list[tuple[str, str]]:
    """Regex-valued check params (a string, a list, or lists per channel) that do not compile."""
    bad = []
    for key in REGEX_PARAMS:
        value = params.get(key)
        groups = value.values() if isinstance(value, dict) else [value]
        for group in groups:
            for pattern in [group] if isinstance(group, str) else group or ():
                if error := regex_error(pattern):
                    bad.append((key, f"{pattern!r} is not a valid regular expression ({error})"))
    return bad


def _needs(compiled: CompiledRule, lexicons: dict[str, TermMatcher]) -> tuple[frozenset[int], ...]:
    """What a copy text must contain for a terms, regex or claim rule to fire (nothing for checks, and
    nothing for a rule whose patterns may start with any character)."""
    rule = compiled.rule
    if rule.stages:
        return ()  # run it, so a missing stage is reported as a skip
    if rule.type == "claim":
        grams = [lexicons[name].grams for name in rule.all_of]
        return tuple(g for g in grams if g is not None)
    if (
        rule.type in ("terms", "regex")
        and rule.fields is None
        and compiled.matcher
        and compiled.matcher.grams is not None
    ):
        return (compiled.matcher.grams,)
    return ()


def _rule_index(compiled: list[CompiledRule]) -> tuple[list[int], dict[int, list[int]]]:
    """(rules that always run, start gram → rules that may fire when the text has it): a check then
    visits only the rules whose words can occur, instead of testing every rule."""
    always: list[int] = []
    by_gram: dict[int, list[int]] = {}
    for i, c in enumerate(compiled):
        if not c.needs:
            always.append(i)
            continue
        for gram in min(c.needs, key=len):
            by_gram.setdefault(gram, []).append(i)
    return always, by_gram


@dataclasses.dataclass(frozen=True)
class _Plan:
    """The always-run rules for one (campaign, stage): those to run, and those that only report a skip.
    A rule for other campaigns or stages is in neither: it would find nothing (see Guard._run)."""

    run: tuple[int, ...]
    skips: Mapping[int, Skip]


_MAX_PLANS = 256


def _plan_for(compiled: list[CompiledRule], always: list[int], campaign: str | None, stage: str | None) -> _Plan:
    run: list[int] = []
    skips: dict[int, Skip] = {}
    for i in always:
        rule = compiled[i].rule
        if rule.campaigns and campaign not in rule.campaigns:
            continue
        if rule.stages and stage is None:
            skips[i] = _skip(rule.id, "no stage given")
        elif not rule.stages or stage in rule.stages:
            run.append(i)
    return _Plan(tuple(run), skips)


class Guard:
    """Checks messages against a rules file; implements the pipeline's MessageGuard protocol."""

    def __init__(
        self,
        rules: RuleSet,
        *,
        source: str = "(memory)",
        digest: str = "",
        persona_labels: Iterable[str] = (),
        sender: str | None = None,
        second_opinion: SecondOpinion | None = None,
    ):
        _validate_checks(rules, source)
        self.second_opinion = second_opinion
        self.rules = rules
        self.source = source
        self.digest = digest
        self.persona_labels = tuple(persona_labels)
        self.sender = sender
        self.lexicons = {name: TermMatcher(lx.terms, lx.exceptions, lx.patterns) for name, lx in rules.lexicons.items()}
        self.compiled = [CompiledRule(rule, rules.lexicons) for rule in rules.rules if rule.enabled]
        for compiled in self.compiled:
            compiled.needs = _needs(compiled, self.lexicons)
        self._always, self._by_gram = _rule_index(self.compiled)
        self._index_grams = frozenset(self._by_gram)
        self._plans: dict[tuple[str | None, str | None], _Plan] = {}

    @classmethod
    def load(
        cls,
        path: str | Path | None = None,
        *,
        persona_labels: Iterable[str] = (),
        sender: str | None = None,
        second_opinion: SecondOpinion | None = None,
    ) -> Guard:
        """A guard on the rules file at path (default data/guard_rules.yaml).

        :raises RulesError: naming the rule id and the field when the file is invalid.
        """
        rules, file, digest = load_rules(path)
        return cls(
            rules,
            source=str(file),
            digest=digest,
            persona_labels=persona_labels,
            sender=sender,
            second_opinion=second_opinion,
        )

    def to_dict(self) -> dict[str, Any]:
        """What reproduces this guard's verdicts: rules file, its content hash, enabled rules."""
        return {
            "type": "guard",
            "rules_path": self.source,
            "rules_sha256_16": self.digest,
            "enabled_rules": [c.rule.id for c in self.compiled],
            "persona_labels": list(self.persona_labels),
        }

    # ---- checking -----------------------------------------------------------------------
    def check(self, parts: MessageParts | Mapping[str, str] | str, context: GuardContext | None = None) -> GuardReport:
        """Every finding for one message; the report's verdict is block / warn / pass.

        :raises InvalidInput: (field text) when the message is longer than MAX_TEXT_CHARS.
        """
        message = MessageParts.of(parts).with_sent_text()
        if error := _too_long(message):
            raise error
        scan = Scan(
            message,
            context or GuardContext(),
            self.lexicons,
            persona_labels=self.persona_labels,
            senders=(self.sender,) if self.sender else (),
        )
        findings: list[Finding] = []
        skipped: list[Skip] = []
        grams = scan.copy.grams
        plan = self._plan(scan.ctx)
        candidates = set(plan.run)
        for gram in grams & self._index_grams:
            candidates.update(self._by_gram[gram])
        candidates.update(plan.skips)
        for i in sorted(candidates):  # file order, so findings and skips keep the rules' order
            if i in plan.skips:
                skipped.append(plan.skips[i])
                continue
            compiled = self.compiled[i]
            if len(compiled.needs) > 1 and any(map(grams.isdisjoint, compiled.needs)):
                continue  # the text lacks every word of some concept the rule needs
            result = self._run(compiled, scan)
            if isinstance(result, str):
                skipped.append(_skip(compiled.rule.id, result))
            else:
                findings += [self._finding(compiled, hit) for hit in result]
        if self.second_opinion is not None:
            name = scan.content_fields[0]
            findings += self.second_opinion.findings(name, scan.parts.get(name), findings)
        return GuardReport(tuple(findings), tuple(skipped))

    def check_request(
        self, resolved: ResolvedBrief, evidence: Evidence, title: str, body: str, cta: str, channel_text: str
    ) -> list[Finding]:
        """The pipeline's entry point (MessageGuard protocol)."""
        ctx = GuardContext.from_resolved(resolved, evidence)
        return list(self.check(MessageParts(title, body, cta, channel_text), ctx).findings)

    def _plan(self, ctx: GuardContext) -> _Plan:
        """What the always-run rules do for a send's campaign and stage (cached: sends share them)."""
        key = (ctx.campaign, ctx.stage)
        plan = self._plans.get(key)
        if plan is None:
            if len(self._plans) >= _MAX_PLANS:
                self._plans.clear()
            plan = self._plans[key] = _plan_for(self.compiled, self._always, *key)
        return plan

    def _run(self, compiled: CompiledRule, scan: Scan) -> list[RuleHit] | str:
        rule = compiled.rule
        if rule.campaigns and scan.ctx.campaign not in rule.campaigns:
            return []
        if rule.stages:
            if scan.ctx.stage is None:
                return "no stage given"
            if scan.ctx.stage not in rule.stages:
                return []
        uncertain = False
        if rule.unless_functional:
            if scan.ctx.functional_claims is None:
                uncertain = True  # product unknown: registration cannot be verified
            elif rule.unless_functional in scan.ctx.functional_claims or (
                rule.unless_functional == "*" and scan.ctx.functional_claims
            ):
                return []
        if rule.type == "check":
            return NAMED_CHECKS[rule.check or ""].run(compiled, scan)
        if rule.type == "claim":
            hits = [dataclasses.replace(h, uncertain=uncertain) for h in claim_hits(rule, scan)]
            return self._not_in_named(rule, scan, hits)
        assert compiled.matcher is not None
        hits = [
            RuleHit(name, h.start, h.end, h.text, uncertain=uncertain)
            for name, h in scan.find(compiled.matcher, rule.fields, compiled.contexts)
        ]
        hits = self._not_in_named(rule, scan, hits)
        if rule.min_hits > 1:
            distinct = {h.text.replace(" ", "").lower() for h in hits}
            if len(distinct) < rule.min_hits:
                return []
            first = hits[0]
            return [dataclasses.replace(first, detail={"count": len(distinct)})]
        return hits

    @staticmethod
    def _not_in_named(rule: Rule, scan: Scan, hits: list[RuleHit]) -> list[RuleHit]:
        """The hits of a functional rule that are not a word of another named product's registered name."""
        if not rule.unless_functional or not scan.ctx.named_products:
            return hits
        return [
            h
            for h in hits
            if h.field is None
            or not scan.ctx.names_registered(rule.unless_functional, scan.parts.get(h.field), h.start, h.end)
        ]

    @staticmethod
    def _finding(compiled: CompiledRule, hit: RuleHit) -> Finding:
        rule = compiled.rule
        values = _Blank({"match": hit.text, **hit.detail})
        return Finding(
            rule_id=rule.id,
            category=rule.category,
            severity="warn" if hit.uncertain else rule.severity,
            message=rule.message.format_map(values),
            field=hit.field,
            # (a mapping, validated into a Span by the same call: one validation instead of two)
            span={"start": hit.start, "end": hit.end, "text": hit.text} if hit.field is not None else None,  # type: ignore[arg-type]
            basis=rule.basis,
            suggestion=rule.suggestion.format_map(values),
        )
