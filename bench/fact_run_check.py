"""Counts behind reading 57-60's most frequent long-copy note, "짧은 문장 나열로 뚝뚝 끊김 / 조립된 느낌 / 스펙 나열식"
(s5897: "감성 첫 문장 뒤로 용량·가격·SPF가 한 줄씩 나열"; s1269: price, a review, FOMO, a morning mood in a row),
over copy_eval's grid sent on KakaoTalk friendtalk, LMS and email.

- fact_run: a body with three or more short fact sentences in a row inside a paragraph. A fact sentence is one
  clause (no ", " but a number's), no ask, of at most 60 characters, that states a spec: the size, the price,
  SPF, "…을 담았어요", "…제형이에요", "주요 성분은 …", "…기능성을 갖췄어요", or only what the product is
  ("…크림이에요", ending on a copula after a kind word).
- fact_run4: four or more in a row.
- keep_new: a first-time reader (획득, 활성화) told of keeping it on ("오래 곁에 두고 이어 가", "다시 곁에 둘", "오래
  곁에 두게"; reading 58, s2341: "'오래 곁에 두고 이어 가기'가 … 맥락과 어긋남");
- genitive_clause: a genitive before a clause ("…래스팅의 화사하게 오래 유지되는 톤업을", "이 클렌저의 피부를 누르지
  않는 거품을"; readings 57-60: "속격 연결 어색");
- kind_thrice: the product's kind word ("리무버", "미스트", "선크림") said three times or more in the body, its name
  aside (readings 57-60: "'리무버' 반복", 344 of 3,600 long messages in the lead's count);
- word_thrice: "익숙", "바로", "확인해 보", "눈여겨볼 만" or "담았/담은" said three times or more;
- stock_first: the first-use lines readers marked (readings 57-60): "…꺼내 쓰면 …부터 바로 만나게 돼요" (번역투), "…의
  첫인상은 …제형이에요", "새 …과 친해지는 며칠은 … 설레요";
- keep_odd: "…(이)라 오래 곁에 두고 이어 가기 좋아요" at any stage (a feature as the reason to keep going: "비문").
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

from crm_core.generation.composer.angles import ANGLES
from crm_core.generation.composer.facts import product_facts
from crm_core.generation.template import short_product_name

LONG = ("kakao_friendtalk", "lms", "email")
FACT = re.compile(
    r"\d+(?:ml|g|매)\b|정가|\d[\d,]*원|SPF\d|PA\+|담았|담은 |제형이에요|제형입니다|성분은|기능성을 갖췄|"
    r"들어 있어요|들어 있습니다|(?:크림|세럼|토너|에센스|앰플|로션|클렌저|선크림|미스트|팩|마스크|오일|밤|쿠션|"
    r"파운데이션|샴푸|트리트먼트|패드|리무버|폼|스틱|바디워시|유액|스킨)(?:이에요|예요|입니다)\.?$"
)
LIMIT = 60
BODY_CUT = ("▶", "무료수신거부")


def sentences(body: str) -> list[str]:
    out: list[str] = []
    for line in body.split("\n"):
        if not line.strip() or line.startswith(BODY_CUT) or line.startswith("(광고)"):
            continue
        out += [s.strip() for s in re.split(r"(?<=[.!?])\s+", line) if s.strip()]
    return out


KEEP = re.compile("오래 곁에 두고 이어 가|다시 곁에 둘|오래 곁에 두게")
KEEP_ODD = re.compile("라 오래 곁에 두고 이어 가기 좋")
GENITIVE = re.compile(r"[가-힣A-Za-z0-9)]의 (?:[가-힣]+(?:게|처럼) |[가-힣]+(?:을|를) [가-힣]+(?:지 않는|는) )")
WATCHED = ("익숙", "바로", "확인해 보", "눈여겨볼 만", "담")
WATCHED_RE = {w: re.compile("담았|담은|담아" if w == "담" else w) for w in WATCHED}


def kind_count(body: str, name: str, noun: str) -> int:
    """How often the kind word is said outside the product's name."""
    text = body.replace(name, "").replace(short_product_name(name), "")
    return text.count(noun)


STOCK_FIRST = re.compile(
    "꺼내 쓰면 [^.]*만나게 돼요|꺼내 쓰면 [^.]*(?:느끼게|알게) 돼요|첫인상은 [^.]*(?:이에요|예요|입니다)|친해지는 며칠"
)
ASK = re.compile(r"(?:세요|십시오|바랍니다|좋겠습니다|좋겠어요)\.$")


def is_fact(sentence: str) -> bool:
    """A short spec sentence: one clause (no ", " but a number's), no ask, at most LIMIT characters."""
    core = re.sub(r"[^\w\s.,·%+/()\-~]", "", sentence).strip()
    one_clause = ", " not in re.sub(r"(?<=\d),(?=\d)", "", core)
    return len(core) <= LIMIT and one_clause and not ASK.search(core) and bool(FACT.search(core))


def longest_run(body: str) -> int:
    """The most fact sentences in a row inside one paragraph (a line break parts them)."""
    best = 0
    for line in body.split("\n"):
        run = 0
        for s in sentences(line):
            run = run + 1 if is_fact(s) else 0
            best = max(best, run)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=1200)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="")
    parser.add_argument("--dump", default="", help="write every body, one JSON string a line, to this file")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    counts: Counter[str] = Counter()
    angle = ANGLES[0]
    nouns = {p.name: product_facts(p, angle).noun for p in catalog.products}
    dump = open(args.dump, "w", encoding="utf-8") if args.dump else None
    for channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, LONG):
        body = result.message.body
        counts["messages"] += 1
        if dump:
            dump.write(
                json.dumps(f"{channel} st{result.stage.index} {result.product.name}\n{body}", ensure_ascii=False) + "\n"
            )
        run = longest_run(body)
        stage = result.stage.index
        flags = {
            "fact_run": run >= 3,
            "fact_run4": run >= 4,
            "keep_new": stage in (0, 1) and bool(KEEP.search(body)),
            "keep_odd": bool(KEEP_ODD.search(body)),
            "genitive_clause": bool(GENITIVE.search(body)),
            "kind_thrice": kind_count(body, result.product.name, nouns[result.product.name]) >= 3,
            "stock_first": bool(STOCK_FIRST.search(body)),
            "word_thrice": any(len(WATCHED_RE[w].findall(body)) >= 3 for w in WATCHED),
        }
        for key, on in flags.items():
            counts[key] += on
            counts[f"{key}:{channel}"] += on
        if args.show and flags.get(args.show):
            print(f"# {channel} st{result.stage.index} {result.product.name}\n{body}\n")
    for key in sorted(counts):
        print(f"{key}: {counts[key]}")


if __name__ == "__main__":
    main()
