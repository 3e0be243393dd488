"""Push faults of readings 30-32, counted over copy_eval's grid sent on push only (round 23).

- luxury_reason: a luxury push that carries the luxury reader's reason (persona_reason_check.carries_reason);
  luxury_fit_dropped: a luxury push without it whose plan had a fit.py line for the reader (the fact was there);
- tone: 감성적인 / 고급스러운 pushes whose tone is audible (persona_reason_check.tone_audible);
- trend_stock: a trend reader's push that says a USER_HOOKS line ("이번 시즌 루틴에도 그대로 두기 좋아요", "요즘 새
  루틴을 찾는 친구에게 …") where the product's catalog has a trend fact (persona_reason_check's TREND_FEATURE);
- budget_bare_price: a budget push whose body is the name and the price with no quality of the product (s3208:
  "정가만 말하고 제품 장점·감성 없음"); budget_per_ml_kept: a per-ml price said to a user keeping up the routine
  (stage 2: "유지 단계에 1ml당 가격은 어색");
- lab_emoji: 🔬🧪 beside the emotional tone, or on a product with no active or strength to speak of (a sun stick).

    PYTHONPATH=. python bench/push_reader_check.py --n 2000
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels
from persona_reason_check import PER_ML, TREND_FEATURE, _phrases, carries_reason, house_of, tone_audible

from crm_core.generation.composer import push
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

LAB = ("🔬", "🧪")
LAB_FIT = re.compile(r"레티|비타민C|나이아신|펩타이드|아데노신|살리실산|PDRN|%|세대|기능성|앰플|세럼")
PRICE = re.compile(r"[\d,]+원")
TREND_STOCK = tuple(push.USER_HOOKS[s]["trend"] for s in push.USER_HOOKS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="", help="a count whose messages are printed")
    args = parser.parse_args()
    plans: dict[int, object] = {}
    real = push.bodies

    def watched(plan, request):  # type: ignore[no-untyped-def]
        plans[id(request.resolved.brief)] = plan
        return real(plan, request)

    push.bodies = watched  # the plan a push was written from (its fit), read back per brief
    import crm_core.generation.composer.forms as forms

    forms.push.bodies = watched
    pipeline, catalog = checked_pipeline()
    c: Counter = Counter()
    for _channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, ("push",)):
        product = result.product
        if not getattr(product, "category", None):
            continue
        c["push"] += 1
        message = result.message
        text = " ".join((message.title or "", message.body, message.cta or ""))
        bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
        key = angle_for(result.persona).key
        brief = result.brief
        tone = str(brief.tone.value if hasattr(brief.tone, "value") else brief.tone)
        found = set()
        if key == "luxury":
            c["luxury"] += 1
            if carries_reason(key, product, bare, house_of(result.brand.story or "")):
                c["luxury_reason"] += 1
            else:
                plan = plans.get(id(brief))
                fit = getattr(plan, "fit", None)
                if fit is not None and fit.short:
                    found.add("luxury_fit_dropped")
                    c[
                        f"luxury_fit_dropped_{fit.kind}_s{brief.stage_index}_{'event' if brief.is_event else 'plain'}"
                    ] += 1
                    if args.show == "fit":
                        print(f"FIT {fit.kind}: {fit.short} || {message.body[:200]}")
        if tone in ("감성적인", "고급스러운"):
            c[f"tone_{tone}"] += 1
            if tone_audible(tone, bare):
                c[f"tone_{tone}_heard"] += 1
            else:
                found.add(f"tone_{tone}_missing")
        if key == "trend" and any(s in text for s in TREND_STOCK) and _phrases(product, TREND_FEATURE):
            found.add("trend_stock")
            fit = getattr(plans.get(id(brief)), "fit", None)
            c[f"trend_stock_fit_{fit.kind if fit else None}"] += 1
            if args.show == "trendfit" and fit:
                print(f"TFIT {fit.short} || {message.body[:200]}")
        if key == "budget":
            sentences = [s for s in re.split(r"(?<=[.!?])\s+", message.body) if s]
            priced = [s for s in sentences if PRICE.search(s) and product.name in s]
            if priced and len(sentences) <= 2 and not any(s for s in sentences if s not in priced and "원" in s):
                if all(("정가" in s or "한 통" in s) for s in priced) and not re.search(r"당 약", priced[0]):
                    found.add("budget_bare_price")
            if brief.stage_index == 2 and PER_ML.search(text):
                found.add("budget_per_ml_kept")
        if any(e in text for e in LAB):
            c["lab"] += 1
            if tone == "감성적인" or not LAB_FIT.search(f"{product.name} {' '.join(product.key_ingredients)}"):
                found.add("lab_emoji_misfit")
        for name in found:
            c[name] += 1
            if name == args.show:
                print(f"[{key} s{brief.stage_index} {tone} seed{brief.seed}] {product.name} | {text[:220]!r}")
    for name in sorted(c):
        print(f"{name}: {c[name]}")


if __name__ == "__main__":
    main()
