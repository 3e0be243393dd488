"""`python -m crm_core check`: run the compliance guard on a message or a JSON Lines file.

Exit codes: 0 no blocking finding · 1 a blocking finding (in --jsonl: on any line) · 2 bad input
(in --jsonl: any line that could not be checked; its error object is printed in its place).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import Any, BinaryIO, TextIO

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from crm_core.catalog import Catalog
from crm_core.catalog.loader import read_raw_records, validate_records
from crm_core.cli import print_json
from crm_core.config import load_settings
from crm_core.domain import Channel, ChannelSpec, Persona
from crm_core.errors import CatalogError, CrmError, InvalidInput
from crm_core.evidence import product_fact_items
from crm_core.guard import Guard, GuardContext, GuardReport, MessageParts
from crm_core.guard.rules import DEFAULT_RULES_PATH, STAGE_NAMES
from crm_core.guard.second_opinion import SecondOpinion


class CheckInput(BaseModel):
    """One message to check: the --text arguments, or one --jsonl line."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    text: str = Field(min_length=1, description="The message as it would be sent")
    channel: str | None = None
    ad: bool = False
    informational: bool = False
    brand: str | None = None
    product: str | None = None
    stage: int | str | None = None
    send_at: datetime | None = None
    sender: str | None = None


class ContextResolver:
    """Turns CheckInput into a GuardContext, reading the catalog only when a line needs it."""

    def __init__(self, data_dir: Path):
        self.data_dir = data_dir
        self._products: dict[tuple[str, str | None], tuple[list[str], Any]] = {}
        self._catalog: Catalog | CrmError | None = None

    def _records(self, name: str, model: type[BaseModel]) -> list[Any]:
        path = self.data_dir / name
        if not path.exists():
            return []
        problems: list[Any] = []
        records = validate_records(read_raw_records(path), model, name, problems)
        if problems:
            raise CatalogError(problems)
        return records

    @cached_property
    def channels(self) -> dict[str, ChannelSpec]:
        return {spec.channel.value: spec for spec in self._records("channels.json", ChannelSpec)}

    @cached_property
    def persona_labels(self) -> tuple[str, ...]:
        personas: list[Persona] = self._records("personas.json", Persona)
        return tuple(label for p in personas for label in (p.name, p.label_kr))

    @property
    def catalog(self) -> Catalog:
        """The catalog, loaded once; a broken one fails every line that needs it, loaded once too."""
        if self._catalog is None:
            try:
                self._catalog = Catalog.load(self.data_dir)
            except CrmError as exc:
                self._catalog = exc
        if isinstance(self._catalog, CrmError):
            raise self._catalog
        return self._catalog

    def channel(self, name: str) -> ChannelSpec:
        wanted = Channel.parse(name).value
        if wanted not in self.channels:
            raise InvalidInput(
                "channel", f"no spec for {wanted} in {self.data_dir / 'channels.json'}", allowed=sorted(self.channels)
            )
        return self.channels[wanted]

    def brand_and_product(self, brand: str, product: str | None) -> tuple[list[str], Any]:
        """(sender names, product or None), cached: a batch names the same products again and again."""
        key = (brand, product)
        if key not in self._products:
            found = self.catalog.brand(brand)
            item = self.catalog.product(found.name, product) if product else None
            self._products[key] = ([found.name, found.name_en], item)
        return self._products[key]

    def stage(self, value: int | str) -> str:
        if isinstance(value, int) or value.strip().isdigit():
            index = int(value)
            if 0 <= index < len(STAGE_NAMES):
                return STAGE_NAMES[index]
        else:
            for name in STAGE_NAMES:
                if name.lower() == value.strip().lower():
                    return name
        raise InvalidInput("stage", f"unknown stage {value!r}", allowed=[f"{i} {n}" for i, n in enumerate(STAGE_NAMES)])

    def context(self, item: CheckInput) -> GuardContext:
        if item.product and not item.brand:
            raise InvalidInput("brand", "is needed with product (products are looked up within a brand)")
        senders = [item.sender] if item.sender else []
        facts = functional = price = None
        if item.brand:
            names, product = self.brand_and_product(item.brand, item.product)
            senders += names
            if product is not None:
                facts = tuple(fact.text for fact in product_fact_items(product))
                functional, price = product.functional_claims, product.price
        return GuardContext(
            channel=self.channel(item.channel) if item.channel else None,
            is_ad=item.ad,
            informational=item.informational,
            senders=tuple(dict.fromkeys(senders)),
            facts=facts,
            functional_claims=functional,
            stage=self.stage(item.stage) if item.stage is not None else None,
            send_at=item.send_at,
            product_price=price,
        )


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = sub.add_parser(
        "check",
        help="check a message against the compliance guard",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--text", help="the message as it would be sent")
    source.add_argument(
        "--jsonl",
        metavar="FILE",
        help='one {"text", "channel"?, "ad"?, …} per line; - for stdin; other keys (id …) are echoed back',
    )
    parser.add_argument("--channel", help=f"one of {', '.join(c.value for c in Channel)}")
    parser.add_argument("--ad", action="store_true", help="the message is an ad")
    parser.add_argument(
        "--informational",
        action="store_true",
        help="the message is an informational notice (order, delivery, reservation, point expiry, policy): "
        "the guard checks it carries no promotion",
    )
    parser.add_argument("--brand", help="brand name; its product facts become the evidence")
    parser.add_argument("--product", help="product name (within --brand)")
    parser.add_argument("--stage", help="AARRR stage index 0..4 or name, for the stage's forbidden contexts")
    parser.add_argument("--send-at", dest="send_at", help="scheduled send time, ISO format (2026-11-20T22:30)")
    parser.add_argument("--sender", help="sender name shown in the ad")
    parser.add_argument(
        "--rules", help="rules file (default: guard_rules.yaml in the data folder, else the shipped one)"
    )
    parser.add_argument(
        "--second-opinion",
        dest="second_opinion",
        action="store_true",
        help="also run the learned claim classifier: a warn with the nearest example where the rules say nothing",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Check --text (exit 1 on block) or every --jsonl line (one verdict per line, same order)."""
    resolver = ContextResolver(load_settings().data_dir)
    catalog_rules = resolver.data_dir / DEFAULT_RULES_PATH.name
    rules = args.rules or (catalog_rules if catalog_rules.is_file() else None)
    guard = Guard.load(rules, persona_labels=resolver.persona_labels)
    if args.second_opinion:
        guard.second_opinion = SecondOpinion()
    if args.jsonl:
        with _open(args.jsonl) as stream:
            return check_lines(guard, resolver, stream, sys.stdout)
    fields = {k: getattr(args, k) for k in ("text", "channel", "brand", "product", "stage", "send_at", "sender")}
    try:
        item = CheckInput(
            **{k: v for k, v in fields.items() if v is not None}, ad=args.ad, informational=args.informational
        )
    except ValidationError as exc:
        raise InvalidInput(_field_of(exc), _message_of(exc)) from None
    report = guard.check(MessageParts.of(item.text), resolver.context(item))
    print_json(report.to_dict())
    return 1 if report.verdict == "block" else 0


def _open(path: str) -> BinaryIO | TextIO:
    """Bytes where possible, so a line in another encoding (CP949, binary junk) is that line's error, not a crash."""
    if path == "-":
        return getattr(sys.stdin, "buffer", sys.stdin)
    file = Path(path)
    if not file.is_file():
        raise InvalidInput("jsonl", f"file not found: {file}")
    return file.open("rb")


def _field_of(exc: ValidationError) -> str:
    return ".".join(str(p) for p in exc.errors()[0]["loc"]) or "(line)"


def _message_of(exc: ValidationError) -> str:
    err = exc.errors()[0]
    return "required field is missing" if err["type"] == "missing" else err["msg"]


def split_known(raw: Any) -> tuple[Any, dict[str, Any]]:
    """(the CheckInput fields of a JSON object, every other key) so labelled files (id, expected …)
    can be checked as they are: the other keys are not checked but echoed back with the verdict."""
    if not isinstance(raw, dict):
        return raw, {}
    known = set(CheckInput.model_fields)
    return {k: v for k, v in raw.items() if k in known}, {k: v for k, v in raw.items() if k not in known}


def check_one(guard: Guard, resolver: ContextResolver, line: str | bytes) -> tuple[dict[str, Any], str]:
    """(the object to print, its outcome: block / warn / pass / error) for one JSON line.

    Keys CheckInput does not know come back under "echo" (on errors too), so a line's id stays with it.
    """
    try:
        text = line.decode("utf-8-sig") if isinstance(line, bytes) else line
    except UnicodeDecodeError:
        return {"error": "the line is not UTF-8 text; save the file as UTF-8", "field": "(encoding)"}, "error"
    echo: dict[str, Any] = {}
    try:
        fields, echo = split_known(json.loads(text))
        item = CheckInput.model_validate(fields)
        report: GuardReport = guard.check(MessageParts.of(item.text), resolver.context(item))
        result, outcome = report.to_dict(), report.verdict
    except json.JSONDecodeError as exc:
        result, outcome = {"error": f"not valid JSON: {exc.msg}", "field": "(json)"}, "error"
    except RecursionError:
        result, outcome = {"error": "not valid JSON: nested too deeply", "field": "(json)"}, "error"
    except ValidationError as exc:
        result, outcome = {"error": _message_of(exc), "field": _field_of(exc)}, "error"
    except CrmError as exc:
        result, outcome = {"error": str(exc), "field": getattr(exc, "field", None)}, "error"
    return ({"echo": echo, **result} if echo else result), outcome


def _numbered(stream: Iterable[str | bytes]) -> Iterator[tuple[int, str | bytes]]:
    for number, line in enumerate(stream, start=1):
        if line.strip():
            yield number, line


def check_lines(guard: Guard, resolver: ContextResolver, stream: Iterable[str | bytes], out: TextIO) -> int:
    """One compact JSON verdict per non-empty input line, in input order; see the module's exit codes."""
    outcomes: set[str] = set()
    for number, line in _numbered(stream):
        result, outcome = check_one(guard, resolver, line)
        outcomes.add(outcome)
        out.write(json.dumps({"line": number, **result}, ensure_ascii=False, default=str) + "\n")
    if "error" in outcomes:
        return 2
    return 1 if "block" in outcomes else 0
