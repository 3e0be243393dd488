"""Round 38: the natural and the luxury reader over every product of the catalog, on every channel.

Readings 92-93 put customer fit lowest (3.68); natural readers wrote 6 of the 7 weakest notes ("자연 유래 관점 없음":
a 호호바 오일 tint said only "…호호바 오일이 들어 있어요", a propolis cream never said where propolis comes from), and
luxury readers of products with no anti-ageing fact came next. This check sends each product to both readers on
every channel (two briefs each: stage, style, tone and speech level turned by the product's index, one with an
event) and counts, per cell:

- natural_origin: products whose catalog lists a plant, a plant oil, a flower water, propolis, honey or a place of
  origin (persona_reason_check.plant_heads or an origin phrase): the message says where one comes from (ORIGIN_SAID:
  "…에서 얻은", "꽃수", "자연에서", "유래", a place) — a plant named with no origin is not enough any more;
- natural_plain: every other product: persona_strict_check's natural rule, or a comfort / mildness / fewer-steps /
  size fact written for this reader (PLAIN_REASON);
- luxury_aged / luxury_unaged: persona_strict_check's luxury rule (a weighed function, an anti-ageing active, a
  strength, a generation, the house's research, firmness) or a trusted ingredient the catalog lists named (인삼,
  세라마이드: LUXURY_TRUSTED), split by whether the catalog holds anti-ageing evidence.

    PYTHONPATH=. python bench/persona_r38_check.py [--examples natural_origin,luxury_unaged] [--dump /tmp/r38.jsonl]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import TONES, checked_pipeline, run_briefs
from persona_r37_check import NATURAL_PACE, print_cells
from persona_reason_check import house_of, plant_heads
from persona_strict_check import AGEING, CHANNELS, strict_reason

from crm_core.generation.composer.fit import AGE_ACTIVES, _origin_phrases
from crm_core.generation.template import short_product_name

# ingredients a luxury reader trusts on a label though no anti-ageing active (인삼, the houses' research; 세라마이드)
LUXURY_TRUSTED = ("인삼", "홍삼", "백삼", "세라마이드")
CELLS = ("natural_origin", "natural_plain", "luxury_aged", "luxury_unaged")
PERSONA_INDEX = {"luxury": 0, "natural": 4}
# where an ingredient comes from, said (not the plant's name alone)
ORIGIN_SAID = re.compile("에서 얻은|에서 자란|에서 거둔|자연에서|유래|꽃수|꽃물|발효해|제주|우리 쌀|국내산|벌집|씨앗")
# a natural reader's reason where the catalog has no plant or origin: comfort over long use, mildness, fewer steps
PLAIN_REASON = re.compile(
    f"{NATURAL_PACE.pattern}|순하|편안|자극|당기지 않|부담 없이|답답하지 않|끈적임|가볍게|단계를 줄|하나로|로도 쓸"
    "|따로 늘리지|한 통을 오래|오래 두고|리필|공병|자연을 아끼|지구와 함께"
)


def cell_of(persona: str, product) -> str:  # type: ignore[no-untyped-def]
    """The round-38 cell of a product sent to this reader."""
    if persona == "natural":
        backed = plant_heads(product) or _origin_phrases(tuple(product.claims) + tuple(product.selling_points))
        return "natural_origin" if backed else "natural_plain"
    aged = "주름개선" in product.functional_claims or "미백" in product.functional_claims
    aged = aged or any(a in i for i in product.key_ingredients for a in AGE_ACTIVES)
    aged = aged or any(AGEING.search(c) for c in product.claims)
    return "luxury_aged" if aged else "luxury_unaged"


def fits_reader(cell: str, product, bare: str, house: str) -> bool:  # type: ignore[no-untyped-def]
    if cell == "natural_origin":
        return bool(ORIGIN_SAID.search(bare))
    if cell == "natural_plain":
        return strict_reason("natural", product, bare) or bool(PLAIN_REASON.search(bare))
    # the ingredient a luxury reader trusts (LUXURY_TRUSTED: 인삼, 세라마이드) named where the catalog lists it
    trusted = [i.split()[0] for i in product.key_ingredients if i.startswith(LUXURY_TRUSTED)]
    return strict_reason("luxury", product, bare, house) or any(t in bare for t in trusted)


def specs(catalog) -> list[dict]:  # type: ignore[no-untyped-def]
    out = []
    for i, product in enumerate(sorted(catalog.products, key=lambda p: p.name)):
        for persona in PERSONA_INDEX.values():
            for channel in CHANNELS:
                for turn in (0, 1):
                    k = i + 3 * turn + persona
                    out.append(
                        dict(
                            persona=persona,
                            brand=product.brand,
                            product=product.name,
                            stage_index=k % 5,
                            style_index=(k + turn) % 6,
                            tone=TONES[k % len(TONES)],
                            channel=channel,
                            honorific=("해요체", "합쇼체")[(i + turn) % 2],
                            is_event=turn == 1,
                            seed=7 + i,
                        )
                    )
    return out


def count_cells(pipeline, chosen: list[dict], cell_for, fits_cell, cells=CELLS) -> None:  # type: ignore[no-untyped-def]
    """Run `chosen` briefs and print, per cell (`cell_for(spec, product)`) and channel, how many messages
    `fits_cell(cell, product, bare text, house)` calls fitting; --examples prints a cell's misses, --dump every text."""
    about = sys.modules["__main__"].__doc__ or ""  # the running check's own first line
    parser = argparse.ArgumentParser(description=about.split("\n")[0])
    parser.add_argument("--examples", default="", help="cells whose misses are printed (comma-separated)")
    parser.add_argument("--dump", type=Path, default=None, help="every message as JSON lines")
    args = parser.parse_args()
    total: dict[str, Counter] = defaultdict(Counter)
    hit: dict[str, Counter] = defaultdict(Counter)
    misses: dict[str, list[str]] = defaultdict(list)
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for spec, result in zip(chosen, run_briefs(pipeline, chosen), strict=True):
        if result is None or not result.product.category:
            continue
        product, message = result.product, result.message
        cell = cell_for(spec, product)
        text = " ".join((message.title or "", message.body, message.cta or ""))
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        ok = fits_cell(cell, product, bare, house_of(result.brand.story or ""))
        total[cell][spec["channel"]] += 1
        hit[cell][spec["channel"]] += ok
        if dump:
            dump.write(json.dumps(spec | {"cell": cell, "fits": ok, "text": text}, ensure_ascii=False) + "\n")
        if not ok:
            misses[cell].append(f"[{spec['channel']} s{spec['stage_index']}] {product.name}: {text[:260]!r}")
    print_cells(cells, hit, total, misses, args.examples, 40)


def main() -> None:
    pipeline, catalog = checked_pipeline()
    count_cells(
        pipeline,
        specs(catalog),
        lambda spec, product: cell_of("luxury" if spec["persona"] == 0 else "natural", product),
        fits_reader,
    )


if __name__ == "__main__":
    main()
