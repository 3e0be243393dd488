"""Round 35: the persona notes of readings 84-87, counted over a dump of persona_strict_check (every channel).

Readings 86-87: of the 40 messages rated 3.5 or lower, about 18 say the reader's own interest is missing (luxury 7,
trend 6, natural 5, plus sensitive and budget), and a few name a phrase of the reader's line as odd. This check reads
the JSON lines `persona_strict_check.py --dump` writes and counts:

- awkward: the phrases the readers named ("후기를 정성껏 남겨 주셨어요" s6537, "계산하면 …원꼴" the per-unit sum,
  "직접 써 보지 않으면 놓치기 쉬운 부분");
- tied_function: a registered function said as what one ingredient does ("펩타이드를 담아 피부 주름 개선에 도움을
  주는 기능성", "레티놀을 담은, … 기능성 화장품", s7777: "주름 개선 기능성을 펩타이드에 붙인 근거 확인 필요")
  where the catalog's own claims never tie that ingredient to the function;
- natural_oil: a natural reader's message whose point is oil control or an acid (피지, 보송, 살리실산 …);
- strict per persona and the named products of readings 84-87 (strict rule of persona_strict_check);
- the round's additions, where they apply: trend_makeup (a trend reader told how the product sits with make-up, where
  the catalog says so), natural_comfort (a natural reader of a product with no plant ingredient told its comfort or
  mildness), luxury_own_house (a luxury reader of 프리메라's 새싹 products told the house of sprouts).

    PYTHONPATH=. python bench/persona_strict_check.py --n 1200 --dump /tmp/dump.jsonl
    PYTHONPATH=. python bench/persona_r35_check.py /tmp/dump.jsonl [--examples tied_function]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

AWKWARD = {
    "carefully_left": re.compile("정성껏 남겨"),
    "reckoned": re.compile("계산하면"),
    "easy_to_miss_feel": re.compile("써 보지 않으면 놓치기 쉬운"),
}
TIED = re.compile(
    r"([가-힣A-Za-z0-9]+)(?:을|를) 담(?:아|은,) [^.!?]{0,30}?(?:도움을 주는|개선|미백|완화)[^.!?]{0,20}기능성"
)
NATURAL_OIL = re.compile("피지|보송|살리실산|BHA|바하|각질")
# the products the readers named (readings 84-87), by persona
NAMED = {
    "luxury": (
        "그린티 씨드 히알루론산 크림",
        "오가니언스 에멀젼",
        "히알루론 모이스춰 수분크림",
        "비자 트러블 클렌징폼",
        "프로테일러 비 벨벳 커버 쿠션",
        "꾸뛰르 립 틴트 벨벳",
    ),
    "trend": (
        "워터뱅크 UV 베리어 선크림",
        "순정 2x 베리어 보습 크림",
        "브라이트닝 기미 에센스",
        "함빛 극손상 영양케어 샴푸",
        "자양윤모 트리트먼트",
        "테라크네365 클리어 딥 클렌징 폼",
    ),
    "natural": (
        "슈퍼바이탈 에멀젼",
        "하이드로-듀 플럼핑 크림",
        "PDRN 카페인샷",
        "바이오 컨디셔닝 에센스",
        "더블 래스팅 쿠션 글로우",
        "프로테일러 비 벨벳 커버 쿠션",
    ),
    "sensitive": ("옥용팩", "워터뱅크 블루 히알루로닉 에센스 토너"),
}


# the round's additions, each over the messages it is for: a trend reader of a product whose catalog says how it sits
# with make-up (never a cleanser's "메이크업을 녹이는"), a natural reader of a product with no plant or origin named, a
# luxury reader of a product holding the house's own raw material (프리메라's 새싹)
MAKEUP_ON = re.compile("메이크업 (?:전|위|베이스)")
COMFORT_SAID = re.compile("편안|편하게|순하|자극|부담 없")
PLANT = re.compile("추출물|오일|버터|꽃|잎|뿌리|씨|쌀|쑥|녹차|유자|동백|인삼|홍삼|발효|알로에|꿀|밀랍|프로폴리스")
OWN_HOUSE = "새싹이 품은"


def catalog_ties() -> dict[str, str]:
    """Product name -> its catalog claims joined (a tie the catalog states is no finding)."""
    products = json.loads(Path("data/products.json").read_text(encoding="utf-8"))
    return {p["name"]: " ".join(p["claims"] + p["selling_points"]) for p in products}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--examples", default="")
    args = parser.parse_args()
    claims = catalog_ties()
    products = {p["name"]: p for p in json.loads(Path("data/products.json").read_text(encoding="utf-8"))}
    added_total, added_hit = Counter(), Counter()
    found, total, hit = Counter(), Counter(), Counter()
    named_total, named_hit = defaultdict(Counter), defaultdict(Counter)
    examples: dict[str, list[str]] = defaultdict(list)
    for line in args.dump.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text, persona, product = row["text"], row["persona"], row["product"]
        total[persona] += 1
        hit[persona] += row["strict"]
        for name, pattern in AWKWARD.items():
            if pattern.search(text):
                found[name] += 1
                examples[name].append(f"[{row['channel']}] {product}: {text[:240]}")
        for m in TIED.finditer(text):
            own = claims.get(product, "")
            if not re.search(re.escape(m.group(1)) + r"[^.]*기능성", own):
                found["tied_function"] += 1
                examples["tied_function"].append(f"[{row['channel']}] {product}: {m.group(0)}")
                break
        if persona == "natural" and NATURAL_OIL.search(text.replace(product, " ")):
            found["natural_oil"] += 1
            examples["natural_oil"].append(f"[{row['channel']}] {product}: {text[:240]}")
        row_product = products.get(product, {})
        own = " ".join(row_product.get("claims", []))
        bare = text.replace(product, " ")
        if persona == "trend" and MAKEUP_ON.search(own) and row_product.get("category") != "클렌저":
            added_total["trend_makeup"] += 1
            added_hit["trend_makeup"] += bool(MAKEUP_ON.search(bare))
        if persona == "natural" and not PLANT.search(" ".join(row_product.get("key_ingredients", []))):
            added_total["natural_comfort"] += 1
            added_hit["natural_comfort"] += bool(COMFORT_SAID.search(bare))
        if (
            persona == "luxury"
            and row_product.get("brand") == "프리메라"
            and "새싹" in str(row_product.get("key_ingredients"))
        ):
            added_total["luxury_own_house"] += 1
            added_hit["luxury_own_house"] += OWN_HOUSE in bare
        for key in NAMED.get(persona, ()):
            if key in product:
                named_total[persona][row["channel"]] += 1
                named_hit[persona][row["channel"]] += row["strict"]
    print("| finding | count |\n|---|---|")
    for name in (*AWKWARD, "tied_function", "natural_oil"):
        print(f"| {name} | {found[name]} |")
    print("\n| persona | strict (all channels) | named products (strict) |\n|---|---|---|")
    for persona in ("luxury", "budget", "trend", "natural", "sensitive"):
        n_t = sum(named_total[persona].values())
        n_h = sum(named_hit[persona].values())
        named = f"{n_h}/{n_t}" if n_t else "-"
        print(
            f"| {persona} | {hit[persona]}/{total[persona]} ({hit[persona] / max(total[persona], 1):.1%}) | {named} |"
        )
    print("\n| the round's additions | said |\n|---|---|")
    for name in ("trend_makeup", "natural_comfort", "luxury_own_house"):
        print(f"| {name} | {added_hit[name]}/{added_total[name]} |")
    for name in args.examples.split(","):
        for row in examples.get(name, [])[:8]:
            print(f"  {name}: {row}")


if __name__ == "__main__":
    main()
