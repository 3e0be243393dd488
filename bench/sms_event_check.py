"""Round 28's counts behind reading 52's two SMS briefs below 3 and readings 50-52's "SMS 분량 초과", over copy_eval's
grid with every brief sent as SMS (sms_overflow=lms, the default):

- why: each SMS brief's outcome, kept SMS or the flagged LMS, by its event's kind (none, promotion, an invitation
  that suits the product, one that does not (sms.invitation_fits), a content event with no SMS wording);
- event_unsaid: a kept SMS with an event whose text says neither the event's name (a pair of its words), its SMS
  wording (the invitation) nor its offer (form kind carries "offer"): s4630, "선명한 발색의 꾸뛰르 립 틴트 벨벳,
  챙기기 좋습니다." for 피부 변화 맞춤 상담 ("상담 이벤트 … 없음", 2.0);
- order_one_liner: a kept 합쇼체 SMS whose ask is "…주십시오" (s2538, "솔직 후기를 나눠 주십시오": "명령조", 2.0);
- stock: the SMS stock phrases readers named (STOCK);
- lms_why: why a promotion or an invitation went as the LMS: the name and the event's own wording alone pass 90
  bytes (invite_too_long: forms._invitation_may_fit), no body keeps the offer or the invitation beside the name
  (no_fit), or the bodies that keep it give no reason beside it (says_nothing: forms._says_something).

    PYTHONPATH=. python bench/sms_event_check.py --n 2400 [--show event_unsaid]
"""

from __future__ import annotations

import argparse
import itertools
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import SampledReviews, checked_pipeline, grid, sms_form_parts

from crm_core.domain import Brief
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import forms, sms
from crm_core.generation.composer.plan import plan_for

STOCK = {
    "for_me_choice": re.compile("나를 위한 선택인 만큼"),  # s3405, s3839, s6214
    "gift_wrap_pass": re.compile("포장 무료로 (?:전해|건네|보내|선물)"),  # s5348
    "live_now": re.compile("지금 라이브를 보며"),  # s2411: no schedule, the button "알림 받기"
    "product_twice": re.compile(r"제품이에요[^\n]*제품이에요|제품입니다[^\n]*제품입니다"),  # s7168
    "daily_twice": re.compile(r"매일[^.\n]*데일리"),  # s7168
    "flat_emulsion": re.compile(r"(?:는|은) 보습 유액이에요\."),  # s9532
}
ORDER = re.compile(r"주십시오[.!]")
# round 28 part 2: a kept 합쇼체 SMS whose last sentence is a bare order ("…확인하십시오.", "…곁에 두십시오.", a visit
# "…들러 보십시오."); an ask softened by 보- ("…써 보십시오", "…살펴보십시오") or a wish ("…바랍니다") is none
BARE_ORDER = re.compile(r"십시오[.!]$")
TRIED = re.compile(r"(?<!들러 )보십시오[.!]$")
# an SMS brief's LMS to an owner (the routine and the referral, stages 2 and 4) that speaks to a new user ("새로 써
# 보면", s5348)
AS_NEW = re.compile("새로 써|새로 들이|처음 써|처음 만나|새로 만나")
CARE_LEAD = re.compile("아끼는 마음")
# round 29 (reading 54, s7988, 2.5: "'에멀젼'이 다섯 번 반복"): an SMS brief's text (title and body) that says the
# product's kind word (plan.facts.noun, its last word) three times or more, the name's own included
KIND_MOST = 2
# a "…마음으로/마음을 담아" lead before a close that says "…(으)로" again or a look, compare or report ask, or the
# product set apart with a comma ("나를 아끼는 마음을 담아 … 사용감으로 비교해 보십시오")
STIFF_LEAD = re.compile(
    r"(?:^|, )[가-힣 ]*[가-힣]는 마음(?:으로|을 담아) (?:(?![^.\n]*(?:써|발라|만나) 보)[^.\n]*"
    r"(?<!\S)(?!(?:새|바|서|따|그대|스스|절)로 )\S*?[가-힣](?:으로|로)(?:는)? |(?:[^.\n]*(?<![가-힣]))?이 [가-힣]+"
    r"(?: [가-힣]+)?, )",
    re.M,
)


# Readings 53-56's named phrases (round 29, part 2): a FOMO lead on a gift/thanks ask (s1996), "들이-" (to bring in)
# twice in one message (s4450; not "분들이", "시간을 들여"), a variant's "…용은" as the product's topic (s9767), "요즘
# 같은 날" (s6668)
R29 = {
    "fomo_gift": re.compile("놓치기 전에[^.]*(?:고마운|건네|선물로|마음을 전)"),
    "deuri_twice": re.compile(
        "(?s)(?<![곁분람])(?<!더 )(?<!을 )들[이여일인].*(?<![곁분람])(?<!더 )(?<!을 )들[이여일인]"
    ),
    "variant_topic": re.compile("[가-힣]용은"),
    "yojeum_day": re.compile("요즘 같은 날"),
}


def event_kind(event, product) -> str:  # type: ignore[no-untyped-def]
    if event is None:
        return "none"
    if event.is_promotion:
        return "promotion"
    if not event.sms:
        return "content-no-sms"
    return "invite" if sms.invitation_fits(event, getattr(product, "category", None)) else "invite-unfit"


def event_said(event, text: str, parts: set[str]) -> bool:  # type: ignore[no-untyped-def]
    if "offer" in parts or "invite" in parts:
        return True
    words = [w for w in re.split(r"[\s·:]+", event.name) if len(w) > 1]
    pairs = [f"{a} {b}" for a, b in itertools.pairwise(words)]
    stem = (event.sms or "").rsplit(" ", 1)[0]
    return any(p in text for p in pairs) or bool(stem and stem in text)


def lms_why(request: GenerationRequest) -> str:
    """Why an SMS brief with a promotion or an invitation was not carried (sms_carries' steps, in its order)."""
    invite = forms._invitation(request) is not None
    if invite and not forms._invitation_may_fit(request):
        return "invite_too_long"
    plan = plan_for(request)
    frame = forms._frame_size(request, plan.title, "") - forms.MARGIN
    fitting = forms._sms_candidates(request, plan, plan.facts.name, frame)
    kept = [kind for _, _, _, kind in fitting if ("invite" if invite else "offer") in kind[4:].split("+")]
    return "says_nothing" if kept else "no_fit"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2400)
    parser.add_argument("--seed", type=int, default=2828)
    parser.add_argument("--show", default="")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    evidence = SampledReviews(catalog)
    counts: Counter[str] = Counter()
    for spec in grid(catalog, args.n, args.seed):
        try:
            result = pipeline.run_one(Brief(**(spec | {"channel": "sms"})))[0]
        except Exception:  # an event outside the product's scope
            counts["refused"] += 1
            continue
        counts["briefs"] += 1
        kind = event_kind(result.event, result.product)
        kept = result.brief.channel.value == "sms" and not result.sms_to_lms
        why = f"why {kind} {'kept' if kept else 'lms'}"
        counts[why] += 1
        text = result.message.channel_text
        shown: list[str] = [why]
        for key, pattern in STOCK.items():
            if pattern.search(text):
                counts[f"stock {key}"] += 1
                shown.append(key)
        resolved = catalog.resolve(Brief(**(spec | {"channel": "sms"})))
        noun = plan_for(GenerationRequest(resolved, evidence.evidence(resolved), 0)).facts.noun.split()[-1]
        said = len(re.findall(rf"(?<![가-힣]){re.escape(noun)}", text))
        body = text.split("\n", 1)[-1]  # past the subject line
        in_body = len(re.findall(rf"(?<![가-힣]){re.escape(noun)}", body))
        if said > KIND_MOST:
            counts[f"kind_thrice {'kept' if kept else 'lms'}"] += 1
            shown.append("kind_thrice")
        if said > KIND_MOST + 1:
            counts[f"kind_four {'kept' if kept else 'lms'}"] += 1
            shown.append("kind_four")
        if in_body > KIND_MOST:
            counts[f"kind_thrice_body {'kept' if kept else 'lms'}"] += 1
            shown.append("kind_thrice_body")
        last = [ln for ln in text.splitlines() if ln.strip() and "거부" not in ln and "http" not in ln]
        ending = re.split(r"(?<=[.!?])\s+", last[-1].strip())[-1] if last else ""
        if not kept and STIFF_LEAD.search(text):
            counts["stiff_lead"] += 1
            shown.append("stiff_lead")
        for key, pattern in R29.items():
            if pattern.search(text):
                counts[f"r29 {key}"] += 1
                shown.append(f"r29 {key}")
        if CARE_LEAD.search(text):
            counts["care_lead"] += 1
            shown.append("care_lead")
        if not kept and spec["stage_index"] in (2, 4) and AS_NEW.search(text):
            counts["owner_as_new"] += 1
            shown.append("owner_as_new")
        if kept:
            counts["kept"] += 1
            if BARE_ORDER.search(ending) and not TRIED.search(ending):
                counts["bare_order"] += 1
                shown.append("bare_order")
            if result.event is not None and not event_said(result.event, text, sms_form_parts(result.draft)):
                counts["event_unsaid"] += 1
                shown.append("event_unsaid")
            if ORDER.search(text):
                counts["order_one_liner"] += 1
                shown.append("order_one_liner")
        else:
            counts["lms"] += 1
            if kind in ("promotion", "invite"):
                resolved = catalog.resolve(Brief(**(spec | {"channel": "sms"})))
                request = GenerationRequest(resolved, evidence.evidence(resolved), 0)
                reason = lms_why(request)
                counts[f"lms_why {kind} {reason}"] += 1
                shown.append(f"lms_why {kind} {reason}")
        if args.show and any(args.show in key for key in shown):
            print(f"[{kind} {result.event.name if result.event else ''} | {result.product.name}] {text!r}")
    for key in sorted(counts):
        print(f"{key}: {counts[key]}")


if __name__ == "__main__":
    main()
