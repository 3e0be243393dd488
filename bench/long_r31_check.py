"""Counts behind readings 62-65's long-copy notes (KakaoTalk, email, LMS) over copy_eval's grid, each brief sent on
each long channel. Each key is a sentence readers named (in /work/prompts30/notes-62-65.txt); the count is the
messages that show it.

- guess: "…은 써 보기 전엔 {feature}을 짐작하기 어려워서, 놓치지 말고 한 번 써 볼 만해요" (s1624 and 7+ more: 비문);
- calm_first: a body whose first sentence (past the greeting) is "{moment}에도 {feel} 덕분에 마음 놓고 쓰게 돼요"
  (s2453: "첫 유입인데 '마음 놓고 쓰게 됩니다'로 시작해 어긋남", s9592: "'…제형 덕분에 마음 놓고' 인과가 어색");
  calm_new: the same at acquisition or activation;
- from_fun: "…부터 써 보는 재미가 있어요" (s5245: "'다음 농도부터 써 보는 재미가 있습니다' 비문");
- regards: "…(이)라면 그 자체로 다정한 안부가 돼요" ("비유가 억지");
- try_reduce: "처음 써 보면 … 줄여 …" ("주술 호응");
- has_too: "…의 …까지 갖췄어요" ("'가벼운 에센스의 촉촉함까지 갖췄어요' 어색");
- alone: "혼자 발라도";
- step_point: "…단계가 특징" ("빈 설명");
- no_worry: "걱정이 없어요/없습니다" ("단정 표현");
- offer_burden: "부담 없이 혜택이 있을 때" (s4326);
- dry_sun: a sunscreen, cushion or other non-moisture product "건조한 날에 꺼내 쓸" ("논리가 어긋남");
- apply_when: "바르는 순간 아침에도/…에도" (a time said inside the moment of applying);
- fact_run: three or more short spec sentences in a row (bench/fact_run_check.py's measure, "뚝뚝 끊김").
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels
from fact_run_check import longest_run

LONG = ("kakao_friendtalk", "lms", "email")
GREETING = re.compile(r"^(?:\(광고\)\[[^\]]+\][^\n]*\n)?(?:#\{고객명\}님, [^.!?]*[.!?]\s*)?")
PATTERNS = {
    "guess": re.compile("짐작하기 어려워"),
    "from_fun": re.compile("부터 써 보는 재미"),
    "regards": re.compile("그 자체로 다정한 안부"),
    "try_reduce": re.compile("처음 써 보면 [^.]*줄여"),
    "has_too": re.compile(r"의 [가-힣]+까지 갖췄"),
    "alone": re.compile("혼자 발라도"),
    "step_point": re.compile("단계가 특징"),
    "no_worry": re.compile("걱정이 없(?:어요|습니다)"),
    "offer_burden": re.compile("부담 없이 혜택"),
    "dry_sun": re.compile("건조한 날에 꺼내 쓸 (?:선크림|쿠션|파운데이션|선스틱|클렌저|리무버|샴푸)"),
    "apply_when": re.compile("바르는 순간 [^.]*(?:아침|저녁|밤)에도"),
    "calm_any": re.compile("덕분에 마음 놓고 쓰게"),
}


def first_sentence(body: str) -> str:
    rest = GREETING.sub("", body, count=1)
    return re.split(r"(?<=[.!?])\s", rest, maxsplit=1)[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="")
    parser.add_argument("--dump", default="", help="write every message, one JSON object a line, to this file")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    counts: Counter[str] = Counter()
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for i, (channel, result) in enumerate(results_on_channels(pipeline, catalog, args.n, args.seed, LONG)):
        body = result.message.body
        stage = result.stage.index
        counts["messages"] += 1
        flags = {key: bool(rx.search(body)) for key, rx in PATTERNS.items()}
        first = first_sentence(body)
        flags["calm_first"] = "덕분에 마음 놓고 쓰게" in first
        flags["calm_new"] = flags["calm_first"] and stage in (0, 1)
        flags["fact_run"] = longest_run(body) >= 3
        if dump:
            row = {
                "i": i,
                "channel": channel,
                "stage": stage,
                "persona": result.persona.name,
                "product": result.product.name,
                "title": result.message.title,
                "body": body,
            }
            dump.write(json.dumps(row, ensure_ascii=False) + "\n")
        for key, on in flags.items():
            counts[key] += on
            counts[f"{key}:{channel}"] += on
        if args.show and flags.get(args.show):
            print(f"# {channel} st{stage} {result.persona.name} {result.product.name}\n{body}\n")
    for key in sorted(counts):
        if ":" not in key or counts[key]:
            print(f"{key}: {counts[key]}")


if __name__ == "__main__":
    main()
