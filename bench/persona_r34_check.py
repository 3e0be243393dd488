"""Round 34: where a long message's missing reader interest comes from, with persona_r33_check's "empty" split.

persona_r33_check splits the long messages that miss their reader's interest (persona_strict_check's rule) into
empty (fit.fits gave nothing), dropped and said_weak. Readings 82-85 still name the trend reader's interest missing
most (~15 of 64 notes at 3.0-3.5); most trend misses are "empty". This check asks fit.fits again for each empty one:

- empty:said_kills: with nothing said (said="") and no reviews, fit.fits has a candidate: what the hook or the
  definition says (the plan's `said`) already told the reader's fact, plainly (the hook's owner can voice it there:
  "…을 좋아하는 분이라면 마음에 들 …", "…을 눈여겨볼 만해요", "…이 먼저 와닿아요" say a texture with no trend word);
- empty:review_only: only the brief's reviews give a candidate (said="" with its reviews);
- empty:catalog_none: the catalog and the reviews give this reader nothing at all.

    PYTHONPATH=. python bench/persona_r34_check.py --n 1200 [--persona trend] [--examples said_kills]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels
from persona_reason_check import house_of
from persona_strict_check import PERSONAS, strict_reason

import crm_core.generation.composer.plan as plan
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

LONG = ("kakao_friendtalk", "lms", "email")
CAUSES = ("dropped", "said_weak", "empty:said_kills", "empty:review_only", "empty:catalog_none")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--persona", default=",".join(PERSONAS))
    parser.add_argument("--examples", default="", help="a cause whose first message per product is printed")
    args = parser.parse_args()
    wanted = set(args.persona.split(","))
    seen: list = []
    original = plan.fits

    def spy(*a, **kw):  # type: ignore[no-untyped-def]
        found = original(*a, **kw)
        seen.append((a, found))
        return found

    plan.fits = spy
    pipeline, catalog = checked_pipeline()
    total, hit, cause = Counter(), Counter(), Counter()
    products: dict[str, Counter] = defaultdict(Counter)
    examples: dict[tuple[str, str], str] = {}
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, LONG):
        calls, seen[:] = list(seen), []
        product = result.product
        key = angle_for(result.persona).key
        if key not in wanted or not getattr(product, "category", None) or not calls:
            continue
        message = result.message
        text = " ".join((message.title or "", message.body, message.cta or ""))
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        total[key] += 1
        if strict_reason(key, product, bare, house_of(result.brand.story or "")):
            hit[key] += 1
            continue
        a, found = calls[-1]
        if found:
            why = "said_weak" if any(c.line[:14] in text for c in found) else "dropped"
        elif original(a[0], a[1], a[2], (), a[4], "", *a[6:]):
            why = "empty:said_kills"
        elif original(a[0], a[1], a[2], a[3], a[4], "", *a[6:]):
            why = "empty:review_only"
        else:
            why = "empty:catalog_none"
        cause[(key, why)] += 1
        products[f"{key} {product.name}"][why] += 1
        if why == args.examples:
            examples.setdefault((key, product.name), f"{channel} s{result.brief.stage_index} | said: {a[5][:120]!r}")
    print("| persona | strict | " + " | ".join(CAUSES) + " |")
    print("|---|---|" + "---|" * len(CAUSES))
    for key in PERSONAS:
        if key in wanted:
            n = total[key]
            row = " | ".join(str(cause[(key, c)]) for c in CAUSES)
            print(f"| {key} | {hit[key]}/{n} ({hit[key] / max(n, 1):.0%}) | {row} |")
    print("\nmost missed products:")
    for name, counts in sorted(products.items(), key=lambda kv: -sum(kv[1].values()))[:15]:
        print(f"  {sum(counts.values())} {name} {dict(counts)}")
    for (key, name), line in examples.items():
        print(f"EXAMPLE {key} {name}: {line}")


if __name__ == "__main__":
    main()
