"""Reading 23's SMS and push notes (SMS read 3.09, push 3.17: the two weakest channels), counted over
copy_eval's grid (default 1,200 briefs, seed 20261203) with every brief sent once as SMS and once as push.

SMS (each brief sent as SMS, sms_overflow=lms):
- kept SMS vs. flagged LMS; the LMS's body length in Hangul (median, p90, max) and the share over
  SMS_LMS_CHARS; sentences before the ask (share with more than two); LMS with a usage sentence
  ("SMS 분량 초과", "SMS치고 김": s6328, s7520, s8495, s3300, s7114, s4914);
- kept SMS whose ask is a bare verb with no object ("…크림, 선택해 보세요!": s6040);
- "먼저 경험해 본 분은" (s8495: the singular reads oddly).

Push (each brief sent as push):
- "지금 바로 … 먼저" (or "…전에 … 먼저") in one sentence (s1424); "나를 위한 X은/는" (s5014); "내 피부를 위해 쓰던
  제품과" (s2667); "루틴이 새로워" (s1261, s2667: a stock line);
- a referral push that says "권하기 좋" and asks for a review or a share in one message (s3520);
- a consultation ask right after a sentence that only lists ingredients, with nothing leading into it (s1261:
  "…을 담았어요. 지금 바로 … 상담을 신청해");
- a FOMO ask ("놓치기 전에") whose push does not state the event's condition (s4048);
- "건넬 분께 맞게 골라" (s4048), "겨울이 깊어지기 전에" before a share or review ask (s4132).

    PYTHONPATH=. python bench/r23_channel_check.py [--n 1200] [--show KEY]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, grid

from crm_core.catalog import Catalog
from crm_core.domain import Brief, MessageResult
from crm_core.errors import CrmError
from crm_core.pipeline import Pipeline

HANGUL = re.compile("[가-힣]")
GREETING = re.compile(r"^#\{고객명\}님, (?:안녕하세요|반갑습니다)\.$")
SENTENCE = re.compile(r"(?:[^.?!]|\.(?=\d))+[.?!]")
# an LMS from an SMS brief past this many Hangul in its body reads as a letter, not a text: two short sentences
# (about 30 Hangul each: the name, what it is, one reason) and a 20-Hangul ask
SMS_LMS_CHARS = 90
USAGE = re.compile("바른 뒤|바른다면|바르고|세안 뒤|세안 후|덜어|펴 바르|두드려|문지르|헹궈|헹구|닦아 내면|먼저 조금")
BARE_ASK = re.compile(
    r", (?:지금 |바로 |한번 |직접 )?(?:선택해|만나|골라|둘러|구경해|챙겨|들여|확인해) (?:보세요|보십시오)[.!]$"
)
NOW_FIRST = re.compile(r"(?:지금 바로|전에) [^.?!]*먼저")
FOR_ME = re.compile(r"나를 위한 \S+[은는] ")
MY_SKIN_USED = re.compile("내 피부를 위해 쓰던")
FRESH = re.compile("루틴이 새로워|루틴도 새로워")  # the stock line (s1261, s2667)
ADVOCATE = re.compile("권하기 좋")
ASKS_BACK = re.compile("후기(?:를|로) (?:남겨|나눠)")  # a review asked for (s3520), not a share with friends
HELD_ONLY = re.compile(r"(?:을|를) 담았(?:어요|습니다)\.$")
CONSULT = re.compile("상담")
BRIDGE = re.compile("맞을지|아쉽지 않게|깊어지기 전에")  # what leads into the consultation: the reader's question
FOMO_ASK = re.compile("놓치기 전에")
GIVE_FIT = re.compile("건넬 분께 맞게 골라")
SEASON_DEEP = re.compile(r"이 깊어지기 전에[^.?!]*(?:공유|후기|나눠|권해)")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE.findall(text.replace("\n", " "))]


def options(doc: str) -> argparse.Namespace:
    """The grid's size and seed, and the key whose messages to print (this check and r24_channel_check)."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="", help="print the messages counted under this key")
    return parser.parse_args()


class Flags(Counter[str]):
    """Counts per key; `flag` also prints the first twelve messages counted under the --show key."""

    def __init__(self, show: str) -> None:
        super().__init__()
        self.show, self.shown = show, 0

    def flag(self, key: str, on: bool, text: str) -> None:
        self[key] += bool(on)
        if on and key == self.show and self.shown < 12:
            self.shown += 1
            print(f"--- {key}\n{text}\n")


def sms_and_push(
    pipeline: Pipeline, catalog: Catalog, n: int, seed: int
) -> Iterator[tuple[dict, MessageResult, MessageResult]]:
    """Each brief of copy_eval's grid sent as SMS (flagged LMS where 90 bytes cannot carry it) and as push."""
    for spec in grid(catalog, n, seed):
        try:
            sms = pipeline.run_one(Brief(**(spec | {"channel": "sms", "sms_overflow": "lms"})))[0]
            push = pipeline.run_one(Brief(**(spec | {"channel": "push"})))[0]
        except CrmError:
            continue
        yield spec, sms, push


def main() -> None:
    args = options(__doc__)
    pipeline, catalog = checked_pipeline()
    c = Flags(args.show)
    flag = c.flag
    lms_chars: list[int] = []

    for spec, sms, push in sms_and_push(pipeline, catalog, args.n, args.seed):
        body = sms.message.body
        c["sms_briefs"] += 1
        if sms.sms_to_lms:
            c["sms_as_lms"] += 1
            said = [s for s in sentences(body) if not GREETING.match(s)]  # "#{고객명}님, 안녕하세요." is no content
            before_ask = said[:-1]
            chars = len(HANGUL.findall(body))
            lms_chars.append(chars)
            text = f"{sms.message.title}\n{body}"
            flag("lms_over_chars", chars > SMS_LMS_CHARS, text)
            flag("lms_over_two_sentences", len(before_ask) > 2, text)
            flag("lms_usage_sentence", any(USAGE.search(s) for s in before_ask), text)
        else:
            c["sms_kept"] += 1
            flag("kept_bare_ask", bool(BARE_ASK.search(body)), body)
        flag("sms_experienced_one", "경험해 본 분은" in body, body)  # now "분들은"

        text, stage = push.message.body, push.stage.index
        said = sentences(text)
        event = push.event
        c["push"] += 1
        shown_text = f"{push.message.title}\n{text}\n[{push.message.cta}] stage {stage} style {spec['style_index']}"
        flag("push_now_first", bool(NOW_FIRST.search(text)), shown_text)
        flag("push_for_me_topic", bool(FOR_ME.search(text)), shown_text)
        flag("push_my_skin_used", bool(MY_SKIN_USED.search(text)), shown_text)
        flag("push_routine_fresh", bool(FRESH.search(text)), shown_text)
        flag(
            "push_advocate_and_ask_back",
            bool(ADVOCATE.search(text)) and bool(ASKS_BACK.search(said[-1] if said else "")),
            shown_text,
        )
        consult_jump = len(said) >= 2 and bool(CONSULT.search(said[-1])) and bool(HELD_ONLY.search(said[-2]))
        consult_jump = consult_jump and not BRIDGE.search(said[-1])
        flag("push_consult_after_ingredients", consult_jump, shown_text)
        condition = (
            event is not None
            and event.offer is not None
            and any(w in text for w in ("하시면", "드려요", "드립니다", "%", "한해", "적립"))
        )
        flag("push_fomo_ask_no_condition", bool(FOMO_ASK.search(text)) and not condition, shown_text)
        flag("push_give_fit", bool(GIVE_FIT.search(text)), shown_text)
        flag("push_season_deep_share", bool(SEASON_DEEP.search(text)), shown_text)

    lms = c["sms_as_lms"] or 1
    print(f"SMS briefs {c['sms_briefs']}: kept {c['sms_kept']} ({c['sms_kept'] / c['sms_briefs']:.1%}), "
          f"as LMS {c['sms_as_lms']}")  # fmt: skip
    if lms_chars:
        q = statistics.quantiles(lms_chars, n=10)
        print(f"  LMS body Hangul: median {statistics.median(lms_chars):.0f}, p90 {q[-1]:.0f}, max {max(lms_chars)}")
    for key in ("lms_over_chars", "lms_over_two_sentences", "lms_usage_sentence"):
        print(f"  {key:32} {c[key]:5} ({c[key] / lms:.1%} of LMS)")
    print(f"  {'kept_bare_ask':32} {c['kept_bare_ask']:5} ({c['kept_bare_ask'] / (c['sms_kept'] or 1):.1%} of kept)")
    print(f"  {'sms_experienced_one':32} {c['sms_experienced_one']:5}")
    print(f"Push {c['push']}:")
    for key in sorted(k for k in c if k.startswith("push_")):
        print(f"  {key:32} {c[key]:5} ({c[key] / c['push']:.1%})")


if __name__ == "__main__":
    main()
