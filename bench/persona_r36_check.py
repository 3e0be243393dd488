"""Round 36: the persona notes of readings 86-89, counted over a dump of persona_strict_check (every channel).

- house_origin_unbacked (reading 88, s2680: "섬에서 얻은 원료를 연구해 온 이니스프리의 올리브 … 미스트", "'섬에서 얻은
  원료'가 올리브에 맞지 않아 오해 소지"): a message that says the house's origin ("섬에서 얻은 원료", or its house
  line "제주의 녹차, 화산송이, 비자 같은 자연 원료") of a product whose catalog ingredients and claims name neither the
  place (제주) nor one of the story's materials of it (녹차, 화산송이, 비자);
- natural_sensitive (reading 89, s6306: "내추럴 고객에게 민감성 안심을 말해 관점이 어긋남"): a natural reader told the
  sensitive reader's reassurance ("민감성 피부도/에도 …");
- natural_oil (persona_r35_check): a natural reader's message whose point is oil control or an acid;
- strict per persona (persona_strict_check's rule) and on the products the readers named in readings 86-89.

    PYTHONPATH=. python bench/persona_strict_check.py --n 1200 --dump /tmp/dump.jsonl
    PYTHONPATH=. python bench/persona_r36_check.py /tmp/dump.jsonl [--examples house_origin_unbacked]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from persona_r35_check import NATURAL_OIL

CHANNELS = ("kakao_friendtalk", "lms", "email", "push", "sms")
# the house's origin as 이니스프리's story states it, and what ties a product to it
HOUSE_ORIGIN = {"이니스프리": (re.compile("섬에서 얻은|제주의 녹차, 화산송이"), "제주", ("녹차", "화산송이", "비자"))}
SENSITIVE_REASSURANCE = re.compile("민감성 피부(?:도|에도|에)")
NAMED = {
    "luxury": (
        "올리브 비타민 E 리얼 오일 미스트",
        "달빛유자 수면팩",
        "컴피 리바이탈라이징 세럼 미스트",
        "세라마이드 아토 수딩 젤",
        "살리실산 데일리 젠틀 클렌저",
        "플로라 글로우 로즈 스무딩 크림",
        "꾸뛰르 립 틴트 벨벳",
    ),
    "natural": ("하이드로-듀 플럼핑 워터 드롭", "더 나이아신아마이드 15 세럼", "슈퍼바이탈 소프너"),
    "trend": ("어린쑥 속수분 쑥히알 크림", "바이오 컨디셔닝 에센스 84ml"),
}


def tied_to_origin(product: dict, place: str, materials: tuple[str, ...]) -> bool:
    """Whether the catalog ties the product to the house's place: a claim or ingredient naming it, or an ingredient
    whose head is one of the story's materials."""
    texts = [*product.get("key_ingredients", []), *product.get("claims", [])]
    heads = {i.split()[0] for i in product.get("key_ingredients", []) if i}
    return any(place in t for t in texts) or bool(heads & set(materials))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("dump", type=Path)
    parser.add_argument("--examples", default="")
    args = parser.parse_args()
    products = {p["name"]: p for p in json.loads(Path("data/products.json").read_text(encoding="utf-8"))}
    found: dict[str, Counter] = defaultdict(Counter)
    total, hit = Counter(), Counter()
    named_total, named_hit = Counter(), Counter()
    examples: dict[str, list[str]] = defaultdict(list)
    for line in args.dump.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        text, persona, name, channel = row["text"], row["persona"], row["product"], row["channel"]
        product = products.get(name, {})
        bare = text.replace(name, " ")
        total[persona] += 1
        hit[persona] += row["strict"]
        origin = HOUSE_ORIGIN.get(product.get("brand", ""))
        if origin and origin[0].search(bare) and not tied_to_origin(product, origin[1], origin[2]):
            found["house_origin_unbacked"][channel] += 1
            examples["house_origin_unbacked"].append(f"[{channel}] {name}: {text[:200]}")
        if persona == "natural" and SENSITIVE_REASSURANCE.search(bare):
            found["natural_sensitive"][channel] += 1
            examples["natural_sensitive"].append(f"[{channel}] {name}: {text[:200]}")
        if persona == "natural" and NATURAL_OIL.search(bare):
            found["natural_oil"][channel] += 1
            examples["natural_oil"].append(f"[{channel}] {name}: {text[:200]}")
        for key in NAMED.get(persona, ()):
            if key in name:
                named_total[persona] += 1
                named_hit[persona] += row["strict"]
                if not row["strict"]:
                    examples[f"named_{persona}"].append(f"[{channel}] {name}: {text[:200]}")
    print("| finding | " + " | ".join(CHANNELS) + " | all |\n|---|" + "---|" * (len(CHANNELS) + 1))
    for name in ("house_origin_unbacked", "natural_sensitive", "natural_oil"):
        counts = [found[name][c] for c in CHANNELS]
        print(f"| {name} | " + " | ".join(map(str, counts)) + f" | {sum(counts)} |")
    print("\n| persona | strict (all channels) | named products (strict) |\n|---|---|---|")
    for persona in ("luxury", "budget", "trend", "natural", "sensitive"):
        share = hit[persona] / max(total[persona], 1)
        named = f"{named_hit[persona]}/{named_total[persona]}" if named_total[persona] else "-"
        print(f"| {persona} | {hit[persona]}/{total[persona]} ({share:.1%}) | {named} |")
    for name in filter(None, args.examples.split(",")):
        for row in examples.get(name, [])[:10]:
            print(f"  {name}: {row}")


if __name__ == "__main__":
    main()
