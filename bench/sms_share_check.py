"""Round 30 (readings 57-60, reader CD 7 times: "SMS 분량 초과·제목줄"): how many SMS briefs go out as the flagged LMS
instead of a real <=90-byte SMS, and why, over copy_eval's grid with every brief sent as SMS (sms_overflow=lms):

- share: kept SMS and LMS, by the event's kind (none, promotion, invitation, an invitation unfit for the product, a
  content event with no SMS wording);
- why (LMS only): which part leaves no room, measured on the 해요체 bytes the SMS has beside the ad frame and the
  opt-out ("frame"): the product's name with the shortest ask ("name"), the name with the event's offer or
  invitation ("event"), or nothing overflows but no body that fits carries a reason for this reader ("no_reason");
  a content event without an SMS wording or unfit for the product ("event_unworded");
- lms_sentences: an LMS from an SMS brief whose body has more than 3 sentences before the opt-out (a full letter);
- no_way (kept SMS): an ask to read, see, watch or join with no link and no place ("…읽어 보세요." alone, s2587);
- lms_close_commas, lms_held_twice, lms_kind_again (LMS): a close with two commas or more (s9161, s1653: "쉼표 과다"),
  "담은" and "담았" in one text (s6632), the kind said before the name and again after it (s6264: "'크림, 크림' 중복");
- unexplained (kept SMS and LMS): a live broadcast or a campaign asked for with no word of what it is (s1454, s3214).

    PYTHONPATH=. python bench/sms_share_check.py --n 1500 [--show why:name]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import SampledReviews, checked_pipeline, grid

from crm_core.domain import Brief
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import forms, sms
from crm_core.generation.composer.plan import plan_for

# an ask to go and look at something, with no place to do it
LOOK_ASK = re.compile(r"(?:읽어|살펴|확인해|확인하|알아보|보며|참여해|참여하|받아 보)")
PLACE = re.compile(r"https?://|앱|온라인몰|공식몰|매장|홈페이지|마이페이지|버튼|링크|알림")
LIVE = re.compile("라이브")
LIVE_SAID = re.compile("라이브 방송|방송이 열|바르는 법을 직접|쓰는 법을 직접|사용법 방송|라이브로 (?:쓰는|바르는)")
CAMPAIGN = re.compile("캠페인")
CAMPAIGN_SAID = re.compile("공병|후기를 커뮤니티|재활용|후기 나눔")


# "아줄렌과 마데카소사이드를 담은 크림, 카밍 샷 아줄렌 크림을 소개해 드립니다" (s6264: "'크림, 크림' 중복")
KIND_AGAIN = re.compile(r"([가-힣]+), [^.,]*?\1(?:을|를) 소개")


def sentences(text: str) -> int:
    body = [ln for ln in text.splitlines()[1:] if ln.strip() and "거부" not in ln and not ln.startswith("▶")]
    said = " ".join(body)
    said = re.sub(r"#\{고객명\}님, (?:안녕하세요|반갑습니다|늘 찾아 주셔서 감사합니다)\. ", "", said)  # the greeting
    return len(re.findall(r"[.!?](?:\s|$)", said))


def why_lms(request: GenerationRequest) -> str:
    """Which part leaves no room for an SMS that carries this brief."""
    event = request.evidence.event
    resolved = request.resolved
    if event is not None and not event.is_promotion and forms._invitation(request) is None:
        return "event_unworded"
    plan = plan_for(request)
    frame = forms._frame_size(request, "", "") - forms.MARGIN
    budget = resolved.channel.body_limit - frame
    name = plan.facts.name
    shortest = min(sms.euckr_bytes(v) for verbs in sms.SHORT_CLOSES for v in verbs)
    if sms.euckr_bytes(name) + 2 + shortest > budget:
        return "name"
    if event is not None:
        said = event.sms if not event.is_promotion else sms.event_phrase(event) + " " + "써 보세요."
        if sms.euckr_bytes(f"{name}, {said}") > budget:
            return "event"
    plan_frame = forms._frame_size(request, plan.title, "") - forms.MARGIN
    fitting = forms._sms_candidates(request, plan, name, plan_frame)
    promotion = event is not None and event.is_promotion
    invite = forms._invitation(request) is not None
    has_fact = forms._has_fact(plan, name)
    kinds = [kind for _, _, _, kind in fitting]
    if any(forms._says_something(k, promotion, plan.stage == forms.REFERRAL, invite, True) for k in kinds):
        return "rule"  # a body with this reader's own fact fits: the LMS is the rule's, not the bytes'
    if not has_fact and any(forms._says_something(k, promotion, plan.stage == forms.REFERRAL, invite) for k in kinds):
        return "rule_reason"  # a stated reason (none of the reader's own facts in the catalog) fits
    return "no_reason"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=3030)
    parser.add_argument("--show", default="")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    evidence = SampledReviews(catalog)
    counts: Counter[str] = Counter()
    from sms_event_check import event_kind

    for spec in grid(catalog, args.n, args.seed):
        brief = Brief(**(spec | {"channel": "sms"}))
        try:
            result = pipeline.run_one(brief)[0]
        except Exception:  # an event outside the product's scope
            counts["refused"] += 1
            continue
        counts["briefs"] += 1
        kind = event_kind(result.event, result.product)
        kept = result.brief.channel.value == "sms" and not result.sms_to_lms
        text = result.message.channel_text
        shown = [f"share:{kind}:{'kept' if kept else 'lms'}"]
        counts[shown[0]] += 1
        counts["kept" if kept else "lms"] += 1
        if not kept:
            resolved = catalog.resolve(brief)
            request = GenerationRequest(resolved, evidence.evidence(resolved), 0)
            reason = why_lms(request)
            counts[f"why:{reason}"] += 1
            counts[f"why:{kind}:{reason}"] += 1
            shown.append(f"why:{reason}")
            if sentences(text) > 3:
                counts["lms_sentences>3"] += 1
                shown.append("lms_sentences")
            close = next((ln for ln in reversed(text.splitlines()) if ln and not ln.startswith(("▶", "무료"))), "")
            if close.count(",") >= 2:
                counts["lms_close_commas"] += 1
                shown.append("close_commas")
            if "담은" in text and "담았" in text:
                counts["lms_held_twice"] += 1
                shown.append("held_twice")
            if KIND_AGAIN.search(text):
                counts["lms_kind_again"] += 1
                shown.append("kind_again")
        else:
            last = text.splitlines()[0]
            if LOOK_ASK.search(last) and not PLACE.search(text):
                counts["kept_no_way"] += 1
                shown.append("no_way")
        if LIVE.search(text) and not LIVE_SAID.search(text):
            counts["unexplained_live"] += 1
            shown.append("unexplained")
        if CAMPAIGN.search(text) and not CAMPAIGN_SAID.search(text):
            counts["unexplained_campaign"] += 1
            shown.append("unexplained")
        if args.show and any(s.startswith(args.show) for s in shown):
            print(f"[{' '.join(shown)} | {spec['persona']} {spec['stage_index']} {result.product.name}] {text!r}")
    total = counts["briefs"]
    for key in sorted(counts):
        print(f"{key}: {counts[key]}")
    print(f"lms share: {counts['lms']}/{total} = {100 * counts['lms'] / max(total, 1):.1f} %")


if __name__ == "__main__":
    main()
