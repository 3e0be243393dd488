"""Round 33: why a long message misses its reader's interest, per persona, over copy-eval's grid.

Readings 76-81: about 70 notes still say "… 관점 없음 / 각도 없음 / 근거가 없음" (budget 16, trend 16, natural 17,
luxury 11, sensitive 3). persona_strict_check counts the long messages that tie the product to the reader's interest;
this check splits its misses by where the reader's line was lost, so that fit.py's share of it can be read apart:

- empty: fit.fits gave the plan no candidate at all for this brief (nothing in the evidence was found for the reader);
- dropped: fit.fits gave candidates and none of them is in the message (the plan kept none, e.g. all said already);
- said_weak: a candidate is in the message and the strict rule still finds no reason there (the line itself is weak);

and two of the brief's own cells (round 33):

- budget_quiet_empty: a budget reader's message from a house that never talks price (voice price_talk false: 설화수,
  헤라) with no candidate (s4038 헤라 크림, s7994 설화수 자음수: "가성비 고객에게 가격·후기 근거가 없음");
- felt_seen: a tactile finish said as a look ("촉촉한 마무리가 눈에 들어와요", s9041: a feel is not seen).

    PYTHONPATH=. python bench/persona_r33_check.py --n 1200 [--channels lms,email] [--misses trend:empty]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels
from persona_reason_check import house_of
from persona_strict_check import PERSONAS, strict_reason

import crm_core.generation.composer.plan as plan
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.composer.voice import voice_of
from crm_core.generation.template import short_product_name

LONG = ("kakao_friendtalk", "lms", "email")
CAUSES = ("empty", "dropped", "said_weak")
# a feel (moist, sticky, smooth, soft) said as seen ("…마무리가 눈에 들어와요"): a finish one feels is not looked at
FELT_SEEN = re.compile(
    r"(?:촉촉|산뜻|보송|매끈|부드러|끈적|가볍|편안)[가-힣]* 마무리(?:이|가|부터)? [^.!?]{0,12}눈에 (?:들어|띄)"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--channels", default=",".join(LONG))
    parser.add_argument("--misses", default="", help="persona:cause whose messages are printed (trend:empty)")
    args = parser.parse_args()
    channels = tuple(args.channels.split(","))
    seen: list = []
    original = plan.fits

    def spy(*a, **kw):  # type: ignore[no-untyped-def]
        found = original(*a, **kw)
        seen.extend(found)
        return found

    plan.fits = spy
    pipeline, catalog = checked_pipeline()
    total, hit, cause, cells = Counter(), Counter(), Counter(), Counter()
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, channels):
        candidates, seen[:] = list(seen), []
        product = result.product
        if not getattr(product, "category", None):
            continue
        key = angle_for(result.persona).key
        message = result.message
        text = " ".join((message.title or "", message.body, message.cta or ""))
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        strict = strict_reason(key, product, bare, house_of(result.brand.story or ""))
        total[key] += 1
        hit[key] += strict
        if FELT_SEEN.search(text):
            cells["felt_seen"] += 1
        if key == "budget" and not voice_of(result.brand).price_talk:
            cells["budget_quiet"] += 1
            cells["budget_quiet_empty"] += not candidates
        if strict:
            continue
        said = any(c.line[:14] in text or (c.short and c.short[:14] in text) for c in candidates)
        why = "empty" if not candidates else "said_weak" if said else "dropped"
        cause[(key, why)] += 1
        if f"{key}:{why}" == args.misses:
            kinds = ",".join(sorted({c.kind for c in candidates}))
            print(f"MISS {key}:{why} {channel} s{result.brief.stage_index} {product.name} [{kinds}] | {text!r}")
    print("| persona | strict | " + " | ".join(CAUSES) + " |")
    print("|---|---|" + "---|" * len(CAUSES))
    for key in PERSONAS:
        n = total[key]
        row = " | ".join(str(cause[(key, c)]) for c in CAUSES)
        print(f"| {key} | {hit[key]}/{n} ({hit[key] / max(n, 1):.0%}) | {row} |")
    print(f"\nbudget_quiet_empty: {cells['budget_quiet_empty']}/{cells['budget_quiet']}")
    print(f"felt_seen: {cells['felt_seen']}")


if __name__ == "__main__":
    main()
