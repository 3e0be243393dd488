"""Round 33 (readings 76-81: about 34 of ~76 pushes at 3.0-3.5; "관점 없음" still the main note; s5507, a sensitive
sharer: "…크림에는 히알루론산·판테놀이 들어 있어 권하기 좋습니다" — "'들어 있어 권하기 좋습니다' 논리가 어색"; s4290,
s8674: "'요즘 자주 찾으시는'이 단정적"; s9352: "첫 사용인데 '늘 반가운'이 어긋남").

Counted over copy_eval's grid sent on push only (push_reader_r32_check's grid and rule):

- nothing_<persona>: push_reader_r32_check's count (push_persona_clause_check's wide rule);
- nothing33_<persona>: the same, where a caution or patch line counts for a sensitive reader ("팔 안쪽에 먼저 발라
  보고 천천히 시작하세요"), an ingredient of one syllable for a luxury reader ("꿀 추출물", "쌀 발효
  여과물"), and what users say among themselves for a trend reader ("써 본 분들 사이에서 … 이야기가 이어져요");
- sharer_whomless: a sharer's "…담아/들어 있어 권하기(건네기) 좋아요" naming no one it matters to (s5507);
- sharer_whom: one that does ("…담아 성분을 따지는 분께 권하기 좋아요");
- referral_held_ask: push_persona_clause_check's bare held line right before a share ask (s7657);
- presumed_often: "요즘 자주 찾으시는" (s4290, s8674); newcomer_always: "늘 반가운" to a reader at stage 0-1 (s9352);
- repeated_ingredient: one ingredient named in two sentences of a body;
- warm_order: a friendly, emotional or trendy 합쇼체 push whose ask ends "…십시오." (readings 28-29, 80: "명령조").

    PYTHONPATH=. python bench/push_reader_r33_check.py --n 1500 [--show sharer_whomless] [--dump X]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from persona_reason_check import house_of
from push_grid import bare_body, reader_key, run_push_counter
from push_persona_clause_check import HELD_END, SENTENCE, SHARE_ASK, carries

WHOMLESS = re.compile(r"(?:담아|들어 있어|담고 있어) (?:권하기|건네기) 좋")
WHOMED = re.compile(r"(?:담아|들어 있어|담고 있어) \S+ (?:\S+ )*?(?:분께|친구에게|지인에게) (?:권하기|건네기) 좋")
SENSITIVE_MORE = re.compile("팔 안쪽|천천히 시작|이틀에 한 번")
TREND_TALK = re.compile("사이에서|이야기가 이어")


def findings(result, catalog) -> set[str]:  # type: ignore[no-untyped-def]
    product, message, brief = result.product, result.message, result.brief
    key = reader_key(result)
    body = message.body
    bare = bare_body(result)
    found: set[str] = set()
    if not carries(key, product, bare, house_of(result.brand.story or "")):
        found.add(f"nothing_{key}")
        wider = (
            (key == "sensitive" and SENSITIVE_MORE.search(bare))
            or (key == "luxury" and any(i and i in bare for i in product.key_ingredients))
            or (key == "trend" and TREND_TALK.search(bare))
        )
        if not wider:
            found.add(f"nothing33_{key}")
    if WHOMLESS.search(body):
        found.add("sharer_whomless")
    if WHOMED.search(body):
        found.add("sharer_whom")
    said = [s for s in SENTENCE.split(body) if s.strip()]
    if brief.stage_index == 4 and len(said) >= 2 and SHARE_ASK.search(said[-1]) and HELD_END.search(said[-2]):
        found.add("referral_held_ask")
    if "요즘 자주 찾으시는" in body:
        found.add("presumed_often")
    if "늘 반가운" in body and brief.stage_index in (0, 1):
        found.add("newcomer_always")
    if any(sum(i in s for s in said) > 1 for i in product.key_ingredients if i):
        found.add("repeated_ingredient")
    tone = getattr(brief.tone, "value", brief.tone)
    honorific = getattr(brief.honorific, "value", brief.honorific)
    if honorific == "합쇼체" and tone in ("친근한", "감성적인", "트렌디한") and re.search(r"십시오[.!]\W*$", body):
        found.add("warm_order")
    return found


if __name__ == "__main__":
    run_push_counter(__doc__, findings)
