"""A triggered product → one campaign brief per configured channel, ready for the queue.

The trigger kind picks the funnel stage and style (overstock: a seasonal offer at Revenue;
slow mover: product information at Retention; short-dated: a time-limited offer at Revenue);
the persona is the one whose preferred brands and skin concerns best match the product. Sends
are scheduled the next day inside the configured daytime window, spread evenly across it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from crm_core.catalog import Catalog
from crm_core.domain import Brief
from crm_core.domain.catalog import Persona, Product
from crm_core.store.queue import QueueRequest
from crm_core.triggers.risk import ProductRisk, TriggerConfig

STAGE_AND_STYLE: dict[str, tuple[int, int]] = {
    "overstock": (3, 4),  # Revenue, Seasonal
    "slow_mover": (2, 1),  # Retention, Information_Universal
    "short_dated": (3, 0),  # Revenue, Time_Urgency
}


def persona_fit(persona: Persona, product: Product) -> int:
    """2 for a preferred brand, plus 1 for each of the persona's skin concerns the product speaks to."""
    text = " ".join([product.name, product.category, *product.claims, *product.selling_points])
    return 2 * (product.brand in persona.brand_pref) + sum(concern in text for concern in persona.skin_concerns)


def best_persona(catalog: Catalog, product: Product) -> Persona:
    """The best-fitting persona (lowest index on a tie)."""
    return max(catalog.personas, key=lambda p: (persona_fit(p, product), -p.index))


def send_time(risk: ProductRisk, slot: int, slots: int, config: TriggerConfig) -> datetime:
    """The next day, inside the send window, at this product's share of it."""
    start = datetime.combine(risk.day + timedelta(days=1), config.send_start)
    end = datetime.combine(risk.day + timedelta(days=1), config.send_end)
    return start + (end - start) * slot / max(slots, 1)


def requests_for(catalog: Catalog, risks: list[ProductRisk], config: TriggerConfig) -> list[QueueRequest]:
    """Queue requests for the triggered products, one per channel."""
    products = catalog.products_by_id
    triggered = [r for r in risks if r.kind is not None]
    out: list[QueueRequest] = []
    for slot, risk in enumerate(triggered):
        assert risk.kind is not None
        product = products[risk.product_id]
        stage, style = STAGE_AND_STYLE[risk.kind]
        has_event = bool(catalog.events_for(stage, product.brand)) and risk.kind != "slow_mover"
        when = send_time(risk, slot, len(triggered), config)
        for channel in config.channels:
            brief = Brief(
                persona=best_persona(catalog, product).index, brand=product.brand, product=product.name,
                stage_index=stage, style_index=style, is_event=has_event, channel=channel,
                scheduled_at=when, campaign=config.campaign,
            )  # fmt: skip
            request = QueueRequest(
                day=risk.day, product_id=risk.product_id, channel=brief.channel.value, campaign=config.campaign,
                kind=risk.kind, brief=brief.model_dump(mode="json"), why=risk.why(), scheduled_at=when,
            )  # fmt: skip
            out.append(request)
    return out
