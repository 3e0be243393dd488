"""Round 36 (readings 88-89: SMS briefs 3.56, the lowest channel; reader EL capped 12 of 13 SMS briefs sent as the
LMS at 3 for "SMS 분량 초과" while EK gave the same texts 4, "간결한 LMS"): over copy_eval's grid sent as SMS, how
long an SMS brief's LMS is and the sentences the readers stopped at.

- bytes: the body (EUC-KR, as bench/sms_r35_check.py counts it) and the whole text the reader sees (subject, body
  and the link line "▶ {button}"), median / p90;
- sentences: sentences in the body (the name "#{고객명}님, " is no sentence); three_plus counts those past two (the
  product with one reason, then the offer or the ask);
- greeted: a greeting sentence ("늘 찾아 주셔서 감사합니다", "안녕하세요", "반갑습니다", s2042);
- offer_and_ask: an offer said and an ask after it (the link line asks already);
- first_step_joint: "…의 첫 단계로 다음 단계의 …" (s2042: "'첫 단계로 ~ 이어 줍니다' 연결이 어색");
- season_choice: "겨울에는 구성을 살펴보고 …" (s5948: "마지막 문장이 어색");
- gift_to_me_budget: "나에게 주는 선물이라면" to a budget reader (s8417: "'선물' 프레임 어색");
- kind_tautology: "{name}은 {the name's kind}예요" ("…폼 클렌저는 데일리 클렌저입니다", s8417: "동어반복");
- kept SMS (sms->sms): foreign_quality, a kept SMS led by a quality word of another reader's ("도톰한 여윤팩,"
  to a sensitive reader, s5924: "'도톰한 여윤팩' 어색", "민감성 고객 배려 없음").

    PYTHONPATH=. python bench/sms_r36_check.py --n 1300 [--show tag,tag]
"""

from __future__ import annotations

import re
import statistics
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sms_r34_check import sms_args, sms_results

from crm_core.generation.composer.sms import QUALITIES, euckr_bytes

SENTENCE = re.compile(r"(?<=[.!?])\s+")
NAME = re.compile(r"^#\{고객명\}님, ")
GREETED = re.compile(r"^#\{고객명\}님, (?:늘 찾아 주셔서 감사합니다|안녕하세요|반갑습니다)[.!]")
OFFERED = re.compile(r"(?<!소개해 )드려요|(?<!소개해 )드립니다|적립돼요|적립됩니다|무료예요|무료입니다|쿠폰")
FIRST_STEP = re.compile(r"첫 단계로 다음 단계")
SEASON_CHOICE = re.compile(r"(?:겨울|여름|봄|가을)에는 구성을 살펴보고")
GIFT_TO_ME = "나에게 주는 선물이라면"
ALL_QUALITIES = {q for words in QUALITIES.values() for q in words}


def _quantiles(sizes: list[int]) -> str:
    ordered = sorted(sizes)
    return f"median {statistics.median(ordered):.0f} p90 {ordered[int(len(ordered) * 0.9)]}" if ordered else "-"


def main() -> None:
    args = sms_args(__doc__, dump=False)
    total, found, sentences = Counter(), Counter(), Counter()
    bodies: list[int] = []
    wholes: list[int] = []
    shows = args.shows
    for group, key, result in sms_results(args.n, args.seed, total):
        product = result.product
        message = result.message
        body = message.body
        tags = []
        if group == "sms->sms":
            lead = body.split(", ", 1)[0].split()
            first = lead[0] if lead else ""
            if first in ALL_QUALITIES and first not in QUALITIES[key]:
                tags.append("foreign_quality")
        else:
            bodies.append(euckr_bytes(body))
            wholes.append(euckr_bytes(f"{message.title or ''}\n{body}\n▶ {message.cta or ''}"))
            said = [s for s in SENTENCE.split(NAME.sub("", body).replace("\n", " ")) if s]
            if GREETED.match(body):
                tags.append("greeted")
                said = said[1:]
            sentences[min(len(said), 4)] += 1
            if len(said) > 2:
                tags.append("three_plus")
            lines = [x for x in body.split("\n") if x.strip()]
            if len(lines) > 1 and OFFERED.search(lines[-2]) and not OFFERED.search(lines[-1]):
                tags.append("offer_and_ask")
            if FIRST_STEP.search(body):
                tags.append("first_step_joint")
            if SEASON_CHOICE.search(body):
                tags.append("season_choice")
            if key == "budget" and GIFT_TO_ME in body:
                tags.append("gift_to_me_budget")
            words = product.name.split()[:-1]  # the size goes
            kind, bare = (words[-1], " ".join(words)) if words else ("", "")
            tautology = rf"{re.escape(bare)}[은는] (?:\S+ )?{re.escape(kind)}(?:입니다|이에요|예요)\."
            if kind and re.search(tautology, body):
                tags.append("kind_tautology")
        for tag in tags:
            found[tag] += 1
            if tag in shows:
                print(tag, result.brief.stage_index, key, product.name, "|", repr(body))
    print("messages per group:", dict(total))
    print(f"sms->lms body bytes: {_quantiles(bodies)}; subject+body+link bytes: {_quantiles(wholes)}")
    print("sms->lms sentences in the body:", dict(sorted(sentences.items())))
    for tag in sorted(found):
        print(f"  {tag:18s} {found[tag]}")


if __name__ == "__main__":
    main()
