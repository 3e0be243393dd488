"""A prototype data folder (personas, crm_goals, campaign_events, brand_stories,
integrated_crm_templates) converted to our records, with notes on everything adapted or skipped."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from crm_core.catalog.importers import ImportResult, import_table, merge
from crm_core.catalog.loader import DEFAULT_DATA_DIR, read_raw_records, validate_records
from crm_core.domain import Brand, CampaignEvent, ChannelSpec, Persona, StageGoal, StyleFamily, StyleTemplate
from crm_core.errors import CatalogProblem

STAGE_NAMES = ("Acquisition", "Activation", "Retention", "Revenue", "Referral")
STYLE_KEYS = (
    ("Time_Urgency_Style", "Time_Urgency", "시간 한정"),
    ("Information_Universal_Style", "Information_Universal", "정보 전달"),
    ("FOMO_Psychology_Style", "FOMO_Psychology", "놓치기 아쉬운"),
    ("Emotional_Style", "Emotional", "감성"),
    ("Seasonal_Style", "Seasonal", "시즌"),
    ("Mixed_Strategies", "Mixed_Strategies", "혼합 전략"),
)
PERSONA_LABELS = {
    "Luxury_Lover": "럭셔리 애호가",
    "Sensitive_Skin": "민감성 피부",
    "Budget_Seeker": "가성비 추구",
    "Trend_Follower": "트렌드 팔로워",
    "Natural_Beauty": "내추럴 뷰티",
}
# The prototype's placeholders we can fill from evidence; any other makes a template unusable.
PROTOTYPE_SLOTS = {
    "user_name": "customer",
    "brand_name": "brand",
    "product_name": "product",
    "season_name": "season",
    "ingredient_name": "ingredient",
    "product_category": "category",
    "event_name": "event_name",
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def stage_index(label: str) -> int | None:
    for i, name in enumerate(STAGE_NAMES):
        if name.lower() in label.lower():
            return i
    return None


def load_json(folder: Path, name: str, result: ImportResult) -> Any:
    path = folder / name
    if not path.exists():
        result.problems.append(CatalogProblem(name, "(file)", "(file)", f"missing in {folder}"))
        return None
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        result.problems.append(CatalogProblem(name, f"line {exc.lineno}", "(json)", exc.msg))
        return None


def convert_personas(raw: list[dict[str, Any]]) -> Iterable[tuple[int, dict[str, Any]]]:
    for i, p in enumerate(raw):
        low, _, high = str(p.get("age_range", "")).partition(":")
        yield (
            i + 1,
            {
                "index": i,
                "name": p.get("name"),
                "label_kr": PERSONA_LABELS.get(p.get("name", ""), p.get("name")),
                "age_min": int(low) if low.strip().isdigit() else None,
                "age_max": int(high) if high.strip().isdigit() else None,
                "gender": p.get("gender", "female"),
                "skin_concerns": [s for s in re.split(r"\s*[,/]\s*", p.get("skin_type", "")) if s],
                "shopping_style": p.get("shopping_style"),
                "value_focus": p.get("value_focus"),
                "brand_pref": p.get("brand_pref", []),
            },
        )


def convert_stages(raw: dict[str, dict[str, Any]]) -> Iterable[tuple[int, dict[str, Any]]]:
    for position, (name, goal) in enumerate(raw.items(), start=1):
        yield (
            position,
            {
                "index": stage_index(name),
                "name": name,
                "name_kr": goal.get("stage_kr"),
                "objective": goal.get("objective"),
                "target_state": goal.get("target_state"),
                "allowed_context": goal.get("allowed_context", []),
                "forbidden_context": goal.get("forbidden_context", []),
                "message_focus": goal.get("message_focus", []),
                "cta_style": goal.get("cta_style"),
                "example_intent": goal.get("example_intent", ""),
            },
        )


def convert_events(raw: dict[str, dict[str, list[dict[str, Any]]]]) -> Iterable[tuple[int, dict[str, Any]]]:
    position = 0
    for stage_name, groups in raw.items():
        for group, events in groups.items():
            for e in events:
                position += 1
                yield (
                    position,
                    {
                        "id": e.get("id"),
                        "stage": stage_index(stage_name),
                        "name": e.get("name"),
                        "detail": e.get("detail"),
                        "is_promotion": group == "promotion_y",
                    },
                )


def convert_brands(raw: dict[str, dict[str, Any]]) -> Iterable[tuple[int, dict[str, Any]]]:
    for position, (key, b) in enumerate(raw.items(), start=1):
        yield (
            position,
            {
                "name": b.get("name_kr") or key,
                "name_en": b.get("name_en") or key,
                "story": b.get("story"),
                "tone_keywords": b.get("tone_keywords", []),
                "visual_colors": b.get("visual_colors", []),
                "url": b.get("url"),
            },
        )


def prototype_templates(raw: dict[str, Any]) -> Iterable[tuple[str, str | None, dict[str, Any]]]:
    """(style key, stage label or None, template) for every template in either nesting shape."""
    for style_key, style in raw.items():
        for group in style.get("content", {}).values():
            if isinstance(group, dict):
                for stage_label, templates in group.items():
                    for t in templates:
                        yield style_key, stage_label, t
                continue
            for item in group:
                if "data" in item:
                    for t in item["data"]:
                        yield style_key, item.get("stage"), t
                else:
                    yield style_key, None, item


def convert_templates(
    raw: dict[str, Any], result: ImportResult, defaults: dict[int, tuple[StyleTemplate, ...]]
) -> Iterable[tuple[int, dict[str, Any]]]:
    """Prototype templates → our style families; unfillable or stage-less templates are noted,
    and a family/stage left with none borrows our default templates (noted too)."""
    families: dict[str, list[dict[str, Any]]] = {key: [] for key, _, _ in STYLE_KEYS}
    unfillable: dict[str, int] = {}
    stageless = skipped = 0
    for style_key, stage_label, t in prototype_templates(raw):
        stage = stage_index(stage_label or "")
        if style_key not in families:
            result.notes.append(f"integrated_crm_templates.json: unknown style {style_key!r} skipped")
            continue
        if stage is None:
            stageless += 1
            continue
        parts = [str(t.get(k, "")) for k in ("title", "content", "cta")]
        names = {n for part in parts for n in _PLACEHOLDER.findall(part)}
        unknown = names - PROTOTYPE_SLOTS.keys()
        if unknown:
            for n in unknown:
                unfillable[n] = unfillable.get(n, 0) + 1
            skipped += 1
            continue
        title, body, cta = (_PLACEHOLDER.sub(lambda m: "{" + PROTOTYPE_SLOTS[m.group(1)] + "}", p) for p in parts)
        families[style_key].append(
            {
                "id": f"proto-{style_key}-{stage}-{t.get('id')}-{len(families[style_key])}",
                "stage": stage,
                "variant": "이모지" if t.get("style") == "이모지" else "텍스트",
                "title": title,
                "body": body,
                "cta": cta,
                "needs_event": "{event_name}" in title + body + cta,
            }
        )
    if stageless:
        result.notes.append(f"integrated_crm_templates.json: {stageless} template(s) without a stage skipped")
    if unfillable:
        common = ", ".join(f"{{{n}}}" for n, _ in sorted(unfillable.items(), key=lambda kv: -kv[1])[:8])
        result.notes.append(
            f"integrated_crm_templates.json: {skipped} template(s) skipped because they use placeholders "
            f"no evidence can fill (e.g. {common}); write them as data/styles.json templates to use them"
        )
    for index, (key, name, name_kr) in enumerate(STYLE_KEYS):
        description = str(raw.get(key, {}).get("description", name_kr))
        for stage in range(len(STAGE_NAMES)):
            if any(t["stage"] == stage for t in families[key]):
                continue
            borrowed = [t.model_dump() for t in defaults.get(index, ()) if t.stage == stage]
            families[key].extend(borrowed)
            result.notes.append(
                f"style {name} stage {STAGE_NAMES[stage]}: no usable prototype template; "
                f"using {len(borrowed)} of our default template(s)"
            )
        yield (
            index + 1,
            {
                "index": index,
                "name": name,
                "name_kr": name_kr,
                "description": description,
                "templates": families[key],
            },
        )


def default_templates(defaults_dir: Path) -> dict[int, tuple[StyleTemplate, ...]]:
    """Our own style templates by family index, to fill families the prototype cannot."""
    path = defaults_dir / "styles.json"
    if not path.exists():
        return {}
    families = validate_records(read_raw_records(path), StyleFamily, "styles.json", [])
    return {f.index: f.templates for f in families}


def import_prototype_folder(
    folder: str | Path,
    products: str | Path | None = None,
    reviews: str | Path | None = None,
    defaults: str | Path | None = None,
) -> ImportResult:
    """Convert a prototype data folder (personas, crm_goals, campaign_events, brand_stories,
    integrated_crm_templates) into our records.

    products.json in our shape is used when the folder has it; the prototype never published
    its own, so otherwise a products CSV/JSON must be given. Channels come from our defaults.
    """
    folder = Path(folder)
    result = ImportResult()
    sources = {
        "personas.json": ("personas.json", Persona, convert_personas),
        "stages.json": ("crm_goals.json", StageGoal, convert_stages),
        "events.json": ("campaign_events.json", CampaignEvent, convert_events),
        "brands.json": ("brand_stories.json", Brand, convert_brands),
    }
    for target, (name, model, convert) in sources.items():
        raw = load_json(folder, name, result)
        if raw is not None:
            result.records[target] = validate_records(convert(raw), model, name, result.problems)
    defaults_dir = Path(defaults) if defaults else DEFAULT_DATA_DIR
    raw_templates = load_json(folder, "integrated_crm_templates.json", result)
    if raw_templates is not None:
        converted = list(convert_templates(raw_templates, result, default_templates(defaults_dir)))
        result.records["styles.json"] = validate_records(
            converted, StyleFamily, "integrated_crm_templates.json", result.problems
        )
    products_path = Path(products) if products else folder / "products.json"
    if products_path.exists():
        merge(result, import_table(products_path, "products"))
    else:
        result.problems.append(
            CatalogProblem(
                "products.json",
                "(file)",
                "(file)",
                f"missing in {folder}: the prototype never published its products.json; "
                "give a products CSV/JSON export (columns id, brand, name, category, price, volume, "
                "key_ingredients, claims)",
            )
        )
    if reviews:
        merge(result, import_table(reviews, "reviews"))
    else:
        result.records["reviews.jsonl"] = []
        result.notes.append("no reviews given: review highlights will be empty until reviews are imported")
    channels = defaults_dir / "channels.json"
    if channels.exists():
        result.records["channels.json"] = validate_records(
            read_raw_records(channels), ChannelSpec, "channels.json", result.problems
        )
        result.notes.append(f"channels: the prototype has none; using {channels}")
    else:
        result.problems.append(
            CatalogProblem("channels.json", "(file)", "(file)", f"default specs missing: {channels}")
        )
    return result
