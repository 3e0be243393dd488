"""Round 19's counts behind the short-text complaints of readings 26 and 27, over copy_eval's grid with every brief
sent as SMS (kept SMS and SMS briefs written as the flagged LMS) and as LMS:

- stage_clash: a message that says the reader already has the product ("새로 들이신", "쓰고 계신", "받으신 날") in
  one part (subject, body, offer, button) and that they have not got it yet ("첫 주문", "처음 써 보세요", "아직
  이라면", "처음 만나") in another, or the reverse (reading 27, s2667: "'새로 들이신' 제목과 '처음 써 보세요' 본문이
  모순", "'새로 들이신'과 첫 주문 혜택이 서로 어긋남"); counted by the pair of parts that clash;
- no_reason: messages whose sent text (subject, body, button; the product's name cut out) carries none of the
  reader's own reasons as persona_reason_check.carries_reason reads them (reader_reason: a trend reader's finish
  word the catalog says counts too), by persona and by form (kept SMS, an SMS
  brief's LMS, an LMS brief), the one-line kept SMS among them (readings 26 and 27: "'체크해 보세요!' 한 줄뿐, 가성비
  근거 없음", "26만원 앰플을 한 줄로만", "민감성 고객에 순함 근거 없음");
- season_bare_ask: a season said as a bare adverb before an ask with no object and no reason after it ("겨울엔
  시작해 보세요", reading 27, s4619: "'겨울엔 시작해 보세요' 어색");
- greeting_not_new: "반갑습니다" said as a greeting to a reader who has the product (stages 2 and 4: routine,
  referral; reading 26, s3208: "기존 고객에게 '반갑습니다' 어색").

    PYTHONPATH=. python bench/short_copy_check.py --n 700 [--show stage_clash]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, grid
from persona_reason_check import TREND_FEATURE, carries_reason, house_of

from crm_core.domain import Brief
from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

PERSONAS = ("luxury", "sensitive", "budget", "trend", "natural")
# the reader has the product in hand
OWNED = re.compile(
    "새로 들이신|들이신 |쓰고 계신|사용 중이신|곁에 두신|곁에 둔 |받으신 날|쓰시던|새로 들인|처음 함께하는"
    "|다 쓰기 전|남은 양|떨어지기 전|바닥나기 전|이어 가는|이어가기|루틴 이어|이제 막 시작하는|이제 막 쓰기 시작"
)
# the reader has not got it yet
UNOWNED = re.compile(
    "첫 주문|첫 구매|처음 써 보세요|처음 써 보시|처음 써 봐|아직이라면|아직 모르|처음 만나|궁금했던|웰컴"
)
SEASONS = "겨울|여름|봄|가을|환절기"
# the season as a bare adverb before an ask, no object or reason between: "겨울엔 시작해 보세요", "겨울엔 써 볼까요?"
ASK_END = r"(?:세요|십시오|까요\?|봐요|둬요|바랍니다|권합니다|드립니다|좋습니다|좋겠습니다|좋겠어요)[.!?]?"
SEASON_ASK = re.compile(rf"(?:{SEASONS})(?:엔|에는) ([^.!?,\n]*{ASK_END})")
HAS_OBJECT = re.compile(r"\S(?:을|를|에|에게|께|로|으로) ")


def season_bare(text: str) -> bool:
    """A season said right before an ask whose words name no object or target ("겨울엔 경험해 보세요.")."""
    return any(not HAS_OBJECT.search(m.group(1) + " ") for m in SEASON_ASK.finditer(text))


GREETING = "반갑습니다. "
OWNING_STAGES = (2, 4)  # routine and referral: the reader has the product (a purchase may be a first one)


def parts_of(result) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The message's parts as the reader sees them: subject (an LMS's title), body, offer sentence, button."""
    message = result.message
    if result.brief.channel.value == "sms" and not result.sms_to_lms:  # a kept SMS shows no subject or button
        return {"title": "", "body": message.body, "button": ""}
    return {"title": message.title or "", "body": message.body, "button": message.cta or ""}


def clashes(parts: dict[str, str]) -> list[str]:
    """The pairs of parts whose ownership clashes ("title:owned/body:unowned"), and a body that says both."""
    found = []
    for a, text_a in parts.items():
        if not OWNED.search(text_a):
            continue
        for b, text_b in parts.items():
            if b != a and UNOWNED.search(text_b):
                found.append(f"{a}:owned/{b}:unowned")
    body = parts["body"]
    if OWNED.search(body) and UNOWNED.search(body):
        found.append("body:both")
    return found


def reader_reason(key: str, product, text: str, house: str) -> bool:  # type: ignore[no-untyped-def]
    """persona_reason_check.carries_reason, and for a trend reader a finish, texture or format word (TREND_FEATURE)
    that the product's own selling points or claims say too: a short text cuts the catalog's phrase ("맑은 마무리의"
    of "번들거림 없이 맑은 마무리"), which carries_reason (the phrase's first 8 characters) does not find."""
    if carries_reason(key, product, text, house):
        return True
    if key != "trend":
        return False
    catalog = " ".join((*product.selling_points, *product.claims))
    return any(m.group(0) in catalog for m in TREND_FEATURE.finditer(text))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=700, help="briefs of copy_eval's grid, each sent as SMS and as LMS")
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="", help="a count whose messages are printed (stage_clash, no_reason ...)")
    parser.add_argument("--persona", default="", help="with --show no_reason: only this persona's")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    counts: Counter[str] = Counter()
    for spec in grid(catalog, args.n, args.seed):
        for channel in ("sms", "lms"):
            result = pipeline.run_one(Brief(**(spec | {"channel": channel})))[0]
            product, stage = result.product, result.brief.stage_index
            key = angle_for(result.persona).key
            form = "sms" if channel == "sms" and not result.sms_to_lms else "sms-lms" if channel == "sms" else "lms"
            counts["messages"] += 1
            counts[f"form_{form}"] += 1
            parts = parts_of(result)
            text = " ".join(parts.values())
            shown = f"[{form} s{stage} {key} {result.brief.tone}] {product.name}: {parts['title']} | {parts['body']}"

            found = clashes(parts)
            counts["stage_clash"] += bool(found)
            for pair in found:
                counts[f"stage_clash {pair}"] += 1
            if found and args.show == "stage_clash":
                print(shown)

            bare = text.replace(product.name, " ").replace(short_product_name(product.name), " ")
            carried = reader_reason(key, product, bare, house_of(result.brand.story or ""))
            counts[f"total {form} {key}"] += 1
            counts[f"no_reason {form} {key}"] += not carried
            counts["no_reason"] += not carried
            if form == "sms":
                counts["sms_no_reason"] += not carried
            if not carried and args.show == "no_reason" and args.persona in ("", key):
                print(shown)

            season = season_bare(parts["body"])
            counts["season_bare_ask"] += season
            counts[f"season_bare_ask {form}"] += season
            if season and args.show == "season_bare_ask":
                print(shown)

            greeted = GREETING in parts["body"] and stage in OWNING_STAGES
            counts["greeting_not_new"] += greeted
            if greeted and args.show == "greeting_not_new":
                print(shown)
    for name in sorted(k for k in counts if " " not in k or k.startswith(("stage_clash ", "season_bare_ask "))):
        print(f"{name}: {counts[name]}")
    print("\nwithout the reader's reason (persona_reason_check.carries_reason), by persona and form:")
    print("| persona | sms | sms-lms | lms | all |")
    print("|---|---|---|---|---|")
    for key in PERSONAS:
        cells = []
        for form in ("sms", "sms-lms", "lms"):
            n, k = counts[f"total {form} {key}"], counts[f"no_reason {form} {key}"]
            cells.append(f"{k}/{n}")
        n = sum(counts[f"total {f} {key}"] for f in ("sms", "sms-lms", "lms"))
        k = sum(counts[f"no_reason {f} {key}"] for f in ("sms", "sms-lms", "lms"))
        print(f"| {key} | " + " | ".join(cells) + f" | {k}/{n} ({k / max(n, 1):.0%}) |")


if __name__ == "__main__":
    main()
