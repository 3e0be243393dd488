"""One validated catalog with the lookups the chain and the pages need."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from crm_core.catalog.loader import DEFAULT_DATA_DIR, folder_digests, load_records
from crm_core.catalog.matching import match_one
from crm_core.domain import (
    Brand,
    Brief,
    CampaignEvent,
    Channel,
    ChannelSpec,
    Persona,
    Product,
    Review,
    StageGoal,
    StyleFamily,
)
from crm_core.errors import CatalogError, CatalogProblem, InvalidInput


@dataclass(frozen=True)
class ResolvedBrief:
    """A brief with every reference looked up; what the retriever and the chain consume."""

    brief: Brief
    persona: Persona
    brand: Brand
    product: Product
    stage: StageGoal
    style: StyleFamily
    event: CampaignEvent | None
    channel: ChannelSpec
    is_ad: bool


@dataclass(frozen=True)
class Catalog:
    brands: tuple[Brand, ...]
    products: tuple[Product, ...]
    reviews: tuple[Review, ...]
    personas: tuple[Persona, ...]
    stages: tuple[StageGoal, ...]
    styles: tuple[StyleFamily, ...]
    events: tuple[CampaignEvent, ...]
    channels: tuple[ChannelSpec, ...]
    source: str = "(memory)"
    digests: dict[str, str] = field(default_factory=dict, compare=False)

    # ---- construction -------------------------------------------------------------------
    @classmethod
    def load(cls, folder: str | Path | None = None) -> Catalog:
        """Load and validate a catalog folder; every problem is reported at once.

        :raises CatalogError: listing file, record, field and what was expected for each problem.
        """
        folder = Path(folder) if folder else DEFAULT_DATA_DIR
        if not folder.is_dir():
            raise CatalogError([CatalogProblem(str(folder), "(folder)", "(folder)", "not a directory")])
        problems: list[CatalogProblem] = []
        loaded = load_records(folder, problems)
        catalog = cls(
            brands=tuple(loaded["brands.json"]),
            products=tuple(loaded["products.json"]),
            reviews=tuple(loaded["reviews.jsonl"]),
            personas=tuple(sorted(loaded["personas.json"], key=lambda p: p.index)),
            stages=tuple(sorted(loaded["stages.json"], key=lambda s: s.index)),
            styles=tuple(sorted(loaded["styles.json"], key=lambda s: s.index)),
            events=tuple(loaded["events.json"]),
            channels=tuple(loaded["channels.json"]),
            source=str(folder),
            digests=folder_digests(folder),
        )
        problems.extend(catalog.integrity_problems())
        if problems:
            raise CatalogError(problems)
        return catalog

    def integrity_problems(self) -> list[CatalogProblem]:
        """Cross-record problems: duplicate keys, dangling references, gaps in indices."""
        problems: list[CatalogProblem] = []

        def dupes(file: str, keys: list[str], what: str) -> None:
            seen: set[str] = set()
            for key in keys:
                if key in seen:
                    problems.append(CatalogProblem(file, f"({what}={key})", what, "duplicate value"))
                seen.add(key)

        dupes("brands.json", [b.name for b in self.brands], "name")
        dupes("products.json", [p.id for p in self.products], "id")
        dupes("reviews.jsonl", [r.id for r in self.reviews], "id")
        dupes("events.json", [e.id for e in self.events], "id")
        dupes("channels.json", [c.channel.value for c in self.channels], "channel")
        dupes("styles.json", [t.id for s in self.styles for t in s.templates], "templates.id")
        brand_names = {b.name for b in self.brands}
        for p in self.products:
            if p.brand not in brand_names:
                problems.append(CatalogProblem("products.json", f"(id={p.id})", "brand", f"unknown brand {p.brand!r}"))
        product_ids = {p.id for p in self.products}
        for r in self.reviews:
            if r.product_id not in product_ids:
                problems.append(
                    CatalogProblem("reviews.jsonl", f"(id={r.id})", "product_id", f"unknown product {r.product_id!r}")
                )
        for e in self.events:
            for b in e.brands:
                if b not in brand_names:
                    problems.append(CatalogProblem("events.json", f"(id={e.id})", "brands", f"unknown brand {b!r}"))
        for file, indices in (
            ("personas.json", [p.index for p in self.personas]),
            ("stages.json", [s.index for s in self.stages]),
            ("styles.json", [s.index for s in self.styles]),
        ):
            if indices != list(range(len(indices))):
                problems.append(
                    CatalogProblem(
                        file, "(file)", "index", f"indices must be 0..{len(indices) - 1} once each, got {indices}"
                    )
                )
        if self.stages and [s.index for s in self.stages] != [0, 1, 2, 3, 4]:
            problems.append(CatalogProblem("stages.json", "(file)", "index", "all five AARRR stages 0..4 are needed"))
        missing_channels = {c.value for c in Channel} - {c.channel.value for c in self.channels}
        if self.channels and missing_channels:
            problems.append(
                CatalogProblem("channels.json", "(file)", "channel", f"missing specs for {sorted(missing_channels)}")
            )
        return problems

    # ---- lookups ------------------------------------------------------------------------
    @cached_property
    def products_by_id(self) -> dict[str, Product]:
        return {p.id: p for p in self.products}

    @cached_property
    def reviews_by_product(self) -> dict[str, tuple[Review, ...]]:
        grouped: dict[str, list[Review]] = defaultdict(list)
        for r in self.reviews:
            grouped[r.product_id].append(r)
        return {k: tuple(v) for k, v in grouped.items()}

    def persona(self, ref: int | str) -> Persona:
        allowed = [f"{p.index} {p.name}" for p in self.personas]
        if isinstance(ref, int) or (isinstance(ref, str) and ref.strip().isdigit()):
            index = int(ref)
            if 0 <= index < len(self.personas):
                return self.personas[index]
            raise InvalidInput("persona", f"no persona with index {index}", allowed=allowed)
        for p in self.personas:
            if ref.strip().lower() in (p.name.lower(), p.label_kr):
                return p
        raise InvalidInput("persona", f"unknown persona {ref!r}", allowed=allowed)

    def brand(self, name: str) -> Brand:
        for b in self.brands:
            if name.strip() in (b.name, b.name_en) or name.strip().lower() == b.name_en.lower():
                return b
        return match_one(name, self.brands, lambda b: b.name, "brand")

    def brand_products(self, brand: str) -> tuple[Product, ...]:
        name = self.brand(brand).name
        return tuple(p for p in self.products if p.brand == name)

    def product(self, brand: str, query: str) -> Product:
        """The brand's product named exactly `query`, else the unique one containing it."""
        return match_one(query, self.brand_products(brand), lambda p: p.name, "product")

    def stage(self, index: int) -> StageGoal:
        if 0 <= index < len(self.stages):
            return self.stages[index]
        raise InvalidInput("stage_index", f"no stage {index}", allowed=[f"{s.index} {s.name}" for s in self.stages])

    def style(self, index: int) -> StyleFamily:
        if 0 <= index < len(self.styles):
            return self.styles[index]
        raise InvalidInput("style_index", f"no style {index}", allowed=[f"{s.index} {s.name}" for s in self.styles])

    def channel(self, channel: Channel | str) -> ChannelSpec:
        wanted = Channel.parse(channel)
        for spec in self.channels:
            if spec.channel == wanted:
                return spec
        raise InvalidInput("channel", f"no spec for {wanted.value}", allowed=[c.channel.value for c in self.channels])

    def events_for(
        self, stage: int, brand: str | None = None, product: Product | None = None
    ) -> tuple[CampaignEvent, ...]:
        """The stage's events open to the brand, and to the product's brand and category when given."""
        return tuple(
            e
            for e in self.events
            if e.stage == stage and (not e.brands or brand in e.brands) and (product is None or e.applies_to(product))
        )

    def event(self, event_id: str) -> CampaignEvent:
        for e in self.events:
            if e.id == event_id:
                return e
        raise InvalidInput("event_id", f"unknown event {event_id!r}", allowed=[e.id for e in self.events])

    # ---- brief resolution ---------------------------------------------------------------
    def choose_event(self, brief: Brief, brand: str, product: Product | None = None) -> CampaignEvent | None:
        """The brief's event: the named one, else one of the stage's events that fit the product,
        picked by seed. A named event outside the product's scope is an error naming event_id."""
        if brief.event_id:
            event = self.event(brief.event_id)
            allowed = [e.id for e in self.events_for(brief.stage_index, brand, product)]
            if event.stage != brief.stage_index:
                raise InvalidInput(
                    "event_id",
                    f"event {event.id} belongs to stage {event.stage}, not {brief.stage_index}",
                    allowed=allowed,
                )
            if product is not None and not event.applies_to(product):
                raise InvalidInput(
                    "event_id", f"event {event.id} does not apply to {product.brand} {product.name}", allowed=allowed
                )
            return event
        if not brief.is_event:
            return None
        candidates = self.events_for(brief.stage_index, brand, product)
        if not candidates:
            raise InvalidInput("is_event", f"stage {brief.stage_index} has no events for {brand}")
        return random.Random(f"{brief.seed}:{brief.stage_index}:{brand}").choice(candidates)

    def resolve(self, brief: Brief) -> ResolvedBrief:
        """Look up every reference of a brief.

        :raises InvalidInput: naming the first bad field and its allowed values.
        """
        persona = self.persona(brief.persona)
        brand = self.brand(brief.brand)
        product = self.product(brand.name, brief.product)
        stage = self.stage(brief.stage_index)
        style = self.style(brief.style_index)
        channel = self.channel(brief.channel)
        event = self.choose_event(brief, brand.name, product)
        is_ad = brief.is_ad if brief.is_ad is not None else bool(event and event.is_promotion)
        if is_ad and not channel.ads_allowed:
            raise InvalidInput(
                "channel",
                f"{channel.channel.value} may not carry ads (promotion event {event.id if event else ''})",
                allowed=[c.channel.value for c in self.channels if c.ads_allowed],
            )
        return ResolvedBrief(brief, persona, brand, product, stage, style, event, channel, is_ad)
