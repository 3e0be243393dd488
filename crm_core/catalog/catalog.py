"""One validated catalog with the lookups the chain and the pages need."""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from crm_core.catalog.listing import as_listed
from crm_core.catalog.loader import DEFAULT_DATA_DIR, folder_digests, load_records
from crm_core.catalog.matching import Lookup, ProductMatcher, closest_names
from crm_core.domain import (
    NAME_ONLY_ID_PREFIX,
    UNBRANDED_ID_PREFIX,
    Brand,
    Brief,
    CampaignEvent,
    Channel,
    ChannelSpec,
    NameOnlyProduct,
    Persona,
    Product,
    ProductMatch,
    Review,
    StageGoal,
    StyleFamily,
    house_brand,
    name_only_brand,
)
from crm_core.errors import CatalogError, CatalogProblem, InvalidInput

# The face routine's daily steps, in order (a serum and an ampoule share a step, as a toner and a pad do); an eye
# cream is a step of its own, never the next one a line guide names for the face. A sunscreen is no step after a
# cream: the catalog's creams are "스킨케어 마지막 단계", some of them the evening's.
ROUTINE_STEPS = {
    "클렌저": 0,
    "토너": 1,
    "패드": 1,
    "에센스": 2,
    "세럼": 3,
    "앰플": 3,
    "로션·에멀젼": 4,
    # the eye cream after the emulsion, just before the cream (reading 62, s3652: "아이크림 다음 단계로 유액을 권해
    # 바르는 순서가 어색", both readers)
    "아이크림": 5,
    "크림": 6,
}
EYE_CARE = "아이크림"
ALL_IN_ONE = "올인원"  # a product that is every step in one: no set of the line's steps goes with it
FIRST_STEP = "첫 단계"  # an essence the catalog puts first after cleansing takes the toner's place


def routine_step(product: Product) -> int | None:
    """Where the product sits in ROUTINE_STEPS; a first-step essence ("세안 직후 바르는 첫 단계 에센스") at the
    toner's step."""
    step = ROUTINE_STEPS.get(product.category)
    if step == ROUTINE_STEPS["에센스"] and any(FIRST_STEP in text for text in (product.usage or "", *product.claims)):
        return ROUTINE_STEPS["토너"]
    return step


@dataclass(frozen=True)
class ResolvedBrief:
    """A brief with every reference looked up; what the retriever and the chain consume."""

    brief: Brief
    persona: Persona
    brand: Brand
    product: Product | NameOnlyProduct
    stage: StageGoal
    style: StyleFamily
    event: CampaignEvent | None
    channel: ChannelSpec
    is_ad: bool
    product_match: ProductMatch | None = None
    sms_to_lms: bool = False  # an SMS brief written as LMS, `channel` then LMS's (generation/sms_overflow.py)
    next_product: Product | None = None  # the routine's next step, for an event that names it (names_next_step)

    @property
    def name_only(self) -> bool:
        return self.product_match is not None and self.product_match.kind == "name_only"


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
        # An event scoped to a category no product has yet is valid (a catalog slice, a launch to come).
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
        """The brand named exactly (Korean or English, any case), else the unique one the text begins.

        :raises InvalidInput: for an empty or `기타` brand, an ambiguous prefix, or an unknown name
            (listing the closest brand names).
        """
        text = name.strip()
        allowed = [b.name for b in self.brands]
        if not text or text in NO_BRAND:
            problem = f"{text or '(empty)'} is not a brand; write the product's brand"
            raise InvalidInput("brand", problem, allowed=allowed)
        for b in self.brands:
            if text == b.name or text.lower() == b.name_en.lower():
                return b
        starts = [b for b in self.brands if b.name.startswith(text) or b.name_en.lower().startswith(text.lower())]
        if len(starts) == 1:
            return starts[0]
        if len(starts) > 1:
            starting = [b.name for b in starts]
            raise InvalidInput("brand", f"{text!r} is the start of {len(starts)} brands", allowed=starting)
        close = closest_names(text, allowed)
        if close:
            raise InvalidInput("brand", f"unknown brand {text!r}; closest names", allowed=close)
        raise InvalidInput("brand", f"unknown brand {text!r}; no catalog brand is close", allowed=allowed)

    def next_in_routine(self, product: Product) -> Product | None:
        """The same brand's product for the routine's next step: the one whose usage says it follows this one
        ("윤조에센스 다음 단계에서"), else the nearest later step the brand sells (토너 → 에센스 → 세럼·앰플 → 로션 →
        크림), of the product's own line where one shares a word of its name. None after a cream (the catalog's
        "스킨케어 마지막 단계") and outside the face's daily steps (a pack, a mist, a sunscreen, hair, a lip)."""
        step = routine_step(product)
        if step is None:
            return None
        house = [p for p in self.products if p.brand == product.brand and p.id != product.id]
        head = product.name.split()[0]
        named = [p for p in house if f"{head} 다음 단계" in (p.usage or "")]
        if named:
            return named[0]
        later = {p.id: s for p in house if p.category != EYE_CARE and (s := routine_step(p)) is not None and s > step}
        if not later:
            return None
        nearest = min(later.values())
        line = set(product.name.split()[:-1])  # the name's words but the size ("워터뱅크 블루 히알루로닉 …")
        candidates = [p for p in house if later.get(p.id) == nearest]
        # of two on one step, the one another's usage says it follows ("윤조에센스 다음 단계에서" of 자음수 EX)
        followers = [
            p for p in candidates if any(f"{q.name.split()[0]} 다음 단계" in (p.usage or "") for q in candidates)
        ]
        candidates = [p for p in candidates if p not in followers] or candidates
        # the line first, then one of the step's own kind (a toner before a first-step essence); ties: catalog order
        return max(
            candidates,
            key=lambda p: (len(line & set(p.name.split()[:-1])), ROUTINE_STEPS[p.category] == nearest),
        )

    def brand_products(self, brand: str) -> tuple[Product, ...]:
        name = self.brand(brand).name
        return tuple(p for p in self.products if p.brand == name)

    @cached_property
    def matcher(self) -> ProductMatcher:
        return ProductMatcher(self.products, self.brands)

    def product(self, brand: str, query: str) -> Product:
        """The brand's product named by `query` (exact, unique part or normalised; see catalog/matching.py)."""
        return self.match_product(brand, query)[0]

    def match_product(self, brand: str, query: str) -> tuple[Product, ProductMatch]:
        """The product and how it matched.

        :raises InvalidInput: on field product, with up to five close candidates as the allowed values.
        """
        name = self.brand(brand).name
        if not query or not query.strip():
            raise InvalidInput("product", "is empty", allowed=[p.name for p in self.brand_products(name)][:20])
        found: Lookup = self.matcher.lookup(name, query)
        if found.product is None or found.match is None:
            raise found.error(name)
        return found.product, found.match

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
        self, stage: int, brand: str | None = None, product: Product | NameOnlyProduct | None = None
    ) -> tuple[CampaignEvent, ...]:
        """The stage's events open to the brand, and to the product when given (see `offers`)."""
        return tuple(
            e
            for e in self.events
            if e.stage == stage and (not e.brands or brand in e.brands) and (product is None or self.offers(e, product))
        )

    def offers(self, event: CampaignEvent, product: Product | NameOnlyProduct) -> bool:
        """Whether the event may go with this product: the product's brand and category are in the event's scope,
        and a guide to the routine's next step has a next product to name. A guide with none asked a sun stick's
        reader to pick 'this sunscreen as the next step' (reading 56, s9801: '같은 제품을 다음 단계로 골라 보라는
        논리 오류'); a cream, a sunscreen, a pack or a product known by its name only has no next step here. Nor is
        a set of the line's steps offered with an all-in-one."""
        if not event.applies_to(product):
            return False
        if event.sells_line_set and ALL_IN_ONE in product.name:
            # reading 62 (s4326: "'한 단계로 끝내는' 올인원과 3종 세트 권유가 충돌", both readers)
            return False
        return not event.names_next_step or (isinstance(product, Product) and self.next_in_routine(product) is not None)

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
            if product is not None and not self.offers(event, product):
                why = " (the catalog names no next step after it)" if event.applies_to(product) else ""
                raise InvalidInput(
                    "event_id",
                    f"event {event.id} does not apply to {product.brand} {product.name}{why}",
                    allowed=allowed,
                )
            return event
        if not brief.is_event:
            return None
        candidates = self.events_for(brief.stage_index, brand, product)
        if not brief.is_ad:
            # an informational notice (AlimTalk's only kind) carries no promotion: decided by rule, not by the seed
            candidates = tuple(e for e in candidates if not e.is_promotion)
            if not candidates:
                raise InvalidInput(
                    "is_event",
                    f"an informational notice carries no promotion and stage {brief.stage_index} has no "
                    f"non-promotion event for {brand}; set is_event=0",
                    allowed=["0"],
                )
        if not candidates:
            raise InvalidInput("is_event", f"stage {brief.stage_index} has no events for {brand}")
        return random.Random(f"{brief.seed}:{brief.stage_index}:{brand}").choice(candidates)

    def resolve(self, brief: Brief) -> ResolvedBrief:
        """Look up every reference of a brief, once; the result says how its product was found.

        :raises InvalidInput: naming the first bad field and its allowed values.
        """
        persona = self.persona(brief.persona)
        brand, product, match = self.resolve_product(brief)
        stage = self.stage(brief.stage_index)
        style = self.style(brief.style_index)
        channel = self.channel(brief.channel)
        event = self.choose_event(brief, brand.name, product)
        is_ad = brief.is_ad  # every marketing message is an ad unless the brief marks an informational notice
        if is_ad and not channel.ads_allowed:
            raise InvalidInput(
                "channel",
                f"{channel.channel.value} may not carry ads; mark the brief informational (informational=true: order, "
                "delivery, reservation, point-expiry or policy notice) or pick a channel that carries ads",
                allowed=[c.channel.value for c in self.channels if c.ads_allowed],
            )
        if isinstance(product, NameOnlyProduct):
            check_name_only_templates(style, stage.index, product, event is not None)
        next_product = (
            self.next_in_routine(product)
            if event is not None and event.names_next_step and isinstance(product, Product)
            else None
        )
        return ResolvedBrief(
            brief, persona, brand, product, stage, style, event, channel, is_ad, match, next_product=next_product
        )

    def resolve_product(self, brief: Brief) -> tuple[Brand, Product | NameOnlyProduct, ProductMatch]:
        """Mapped id → catalog match → (opt-in) name only; otherwise the product error with candidates.
        A product the sheet lists in another size carries the sheet's size and no price (catalog/listing.py)."""
        if brief.product_id:
            product = self.products_by_id.get(brief.product_id)
            if product is None:
                raise InvalidInput("product_id", f"no product with id {brief.product_id!r} in this catalog")
            brand = self.brand(product.brand)
            return brand, *as_listed(product, ProductMatch(kind="mapped", from_=brief.product, score=1.0))
        name_only = brief.unknown_products == "name_only"
        if not brief.brand.strip() or brief.brand.strip() in NO_BRAND:
            if brief.house_brand:
                return self.house_voice(brief)
            close = self.matcher.across_brands(brief.product).candidates
            if close:
                raise InvalidInput(
                    "brand",
                    f"{brief.brand.strip() or '(empty)'} is not a brand; write the product's brand "
                    "(or map the name); catalog products named like it",
                    allowed=[c.label(None) for c in close],
                )
            self.brand(brief.brand)  # raises the plain no-brand error, listing the brands
        try:
            brand = self.brand(brief.brand)
        except InvalidInput:
            if not name_only:
                raise
            return name_only_brand(brief.brand.strip()), *name_only_product(brief, brand_in_catalog=False)
        try:
            product, match = self.match_product(brand.name, brief.product)
        except InvalidInput:
            if not name_only:
                raise
            return brand, *name_only_product(brief, brand_in_catalog=True)
        if brand.name != brief.brand.strip():
            match = match.model_copy(update={"brand_from": brief.brand.strip()})
        return brand, *as_listed(product, match)

    def house_voice(self, brief: Brief) -> tuple[Brand, NameOnlyProduct, ProductMatch]:
        """A row naming no brand (기타), opted in: the product name alone, in the neutral house voice.

        :raises InvalidInput: on house_brand, without name-only or when it names a catalog brand.
        """
        house = (brief.house_brand or "").strip()
        if brief.unknown_products != "name_only":
            raise InvalidInput(
                "house_brand", "needs unknown_products=name_only: a row with no brand is written from its name alone"
            )
        if not house or house in NO_BRAND or any(house in (b.name, b.name_en) for b in self.brands):
            raise InvalidInput(
                "house_brand",
                f"{house or '(empty)'} cannot be the house name: give the sender's own name, not a catalog brand "
                "(a row for a brand names that brand)",
            )
        product, match = name_only_product(brief, brand_in_catalog=False, house=house)
        return house_brand(house), product, match


NAME_ONLY_SLOTS = {"brand", "product", "season", "customer", "event_name", "event_detail"}


def check_name_only_templates(style: StyleFamily, stage: int, product: NameOnlyProduct, has_event: bool) -> None:
    """A name-only brief needs a template of its style that states no product fact (the composer's fallback).

    :raises InvalidInput: on style_index, naming why.
    """
    slots = NAME_ONLY_SLOTS | ({"category"} if product.category else set())
    usable = [t for t in style.for_stage(stage) if t.slots() <= slots and (has_event or not t.needs_event)]
    if not usable:
        raise InvalidInput(
            "style_index",
            f"style {style.index} {style.name} has no template for stage {stage} that needs no product facts; "
            "a name-only product needs another style or an event",
        )


NO_BRAND = ("기타", "없음", "미정", "-", "etc", "n/a")


# The category a name states itself (`…선크림 50ml` is a sun cream); checked in this order.
NAME_CATEGORIES = (
    ("아이크림", "아이크림"), ("선크림", "선크림"), ("선스틱", "선크림"), ("선세럼", "선크림"), ("클렌징", "클렌저"),
    ("클렌저", "클렌저"), ("폼", "클렌저"), ("리무버", "클렌저"), ("마스크", "마스크·팩"), ("팩", "마스크·팩"),
    ("패드", "패드"), ("미스트", "미스트"), ("앰플", "앰플"), ("세럼", "세럼"), ("에센스", "에센스"),
    ("토너", "토너"), ("스킨", "토너"), ("로션", "로션·에멀젼"), ("에멀", "로션·에멀젼"), ("크림", "크림"),
    ("쿠션", "쿠션·베이스"), ("립", "립"), ("샴푸", "헤어"), ("바디", "바디"), ("오일", "오일"),
)  # fmt: skip


def name_only_product(
    brief: Brief, *, brand_in_catalog: bool, house: str | None = None
) -> tuple[NameOnlyProduct, ProductMatch]:
    """The sheet's product as a name with no facts (its category only when the name states it), flagged;
    with `house`, a row that named no brand, under the house name and flagged unbranded."""
    digest = hashlib.sha256(f"{brief.brand}|{brief.product}".encode()).hexdigest()[:10]
    brand, name = house or brief.brand.strip(), brief.product.strip()
    category = next((cat for word, cat in NAME_CATEGORIES if word in name.replace(" ", "")), "")
    prefix = UNBRANDED_ID_PREFIX if house else NAME_ONLY_ID_PREFIX
    product = NameOnlyProduct(id=f"{prefix}{digest}", brand=brand, name=name, name_only=True, category=category)
    match = ProductMatch(
        kind="name_only",
        from_=brief.product,
        score=0.0,
        brand_in_catalog=brand_in_catalog,
        unbranded=house is not None,
        brand_from=brief.brand.strip() if house else None,
    )
    return product, match
