"""Round 30 (readings 57-60: 26 of 106 pushes rated 3): push bodies with no concrete product fact, and wordings the
readers quoted, counted over copy_eval's grid sent on push only.

- thin: a push body whose product sentences (not the closing ask, not the offer, not the opener's question) say
  at most one content word of the product once its name, its ingredients, its category noun, copulas and figures
  are taken out ("가벼운 풀핏 프로폴리스 라이트 크림이에요", s9392: "제품 소개가 '가벼운 크림' 한마디로 빈약";
  "히알루론산·판테놀을 담은 선크림입니다", s7167: "성분 한 줄 뒤 바로 페이지 유도"; "66g 정가 18,000원, 1g당 약
  270원입니다", s4195: "g당 가격으로 시작해 제품 설명 없음"); thin_<persona> per reader;
- wording_<key>: the phrases the readers quoted (s1633, s3450, s4965, s1243, s3545, s9016, s3580, s3832, s4127,
  s3365, s3507, s9404, s5982);
- said_twice: two body sentences sharing three words in a row (a fact said twice: "…여과물을 92% 담은 제품이에요.
  달팽이 점액 여과물을 92% 담은 올인원 크림이에요.").

    PYTHONPATH=. python bench/push_thin_check.py --n 2000 [--show thin]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copy_eval import checked_pipeline, results_on_channels

from crm_core.generation.composer.angles import angle_for
from crm_core.generation.template import short_product_name

SENTENCE = re.compile(r"(?<=[.!?])\s+")
OFFER = re.compile(
    r"드려요|드립니다|적립|증정|무료|받지 않|쿠폰|할인|포장|샘플|주문하시면|구매하시면|예약|방송|모아 두|정리했"
)
FIGURE = re.compile(r"[\d,.]+(?:원|ml|g|매|%)?|\d+(?:ml|g)당|SPF50\+/PA\+\+\+\+")
STOP = frozenset(
    "제품 제품이에요 제품입니다 화장품 화장품이에요 화장품입니다 담은 담았어요 담았습니다 담았고 들어 있어요 있습니다 "
    "있어요 있고 성분표에 주요 성분은 원료를 보면 이에요 입니다 예요 정가 약 이 그 든 꼴이에요 꼴입니다 원꼴이에요 "
    "원꼴입니다 당 한 통이 통을 에는 는 은 이름처럼".split()
)
WORDING = {
    "gift_benefit": re.compile("혜택은 놓치지 말고 건넬 분"),  # s1633
    "owned_spare": re.compile("아껴 두지만 말고"),  # s3450, s9589, s3365 (said to a non-owner)
    "befriend": re.compile("친해지기 좋은"),  # s4965, s8381
    "review_to_see": re.compile("살펴볼 후기로는"),  # s1243
    "held_twice": re.compile(
        r"담았(?:어요|습니다|고)[^.!?]*[.!?]\s*[^.!?]*담은|담은[^.!?]*[.!?]\s*[^.!?]*담았"
    ),  # s3545
    "daily_thrifty": re.compile("매일 쓰는 만큼 한 통을 알뜰히"),  # s9016
    "dont_skip": re.compile("빠뜨리지 말고"),  # s3545, s1137, s3580 ("훈계조")
    "test_there": re.compile("테스트가 있(?:습니다|어요)"),  # s3507, s3832 (title)
    "season_hand": re.compile("이번 시즌에도 손이 가는"),  # s4127, s9404
    "like_skin": re.compile("^피부와 비슷한 "),  # s3507 ("피부와 비슷한 약산성" 불완전)
    "advise_slow": re.compile("천천히 시작해 보라고 권하"),  # s9404
    "stock_review_guide": re.compile("여러 개 사 두"),  # s5982 (in a guide push)
}


def content_words(sentence: str, product, short: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The words of a product sentence that say something of the product (see the module's docstring)."""
    text = sentence.replace(product.name, " ").replace(short, " ")
    for ingredient in sorted(product.key_ingredients, key=len, reverse=True):
        text = text.replace(ingredient, " ").replace(ingredient.split()[0], " ")
    text = FIGURE.sub(" ", text)
    text = re.sub(r"[.,!?·:~()\[\]✨🌿💧🫧🤍🖤🎀💖🌾✔️🔬🧪]", " ", text)
    category = {product.category, *product.category.split("·")} if product.category else set()
    words = []
    for word in text.split():
        bare = re.sub(r"(?:이에요|예요|입니다|이고|이며|으로|로|을|를|이|가|은|는|에|에는|과|와|의|도)$", "", word)
        if not bare or word in STOP or bare in STOP or bare in category or word in category:
            continue
        if any(bare.startswith(n) for n in ("제품", "화장품", "선크림", "크림", "토너", "세럼", "앰플", "클렌저")):
            continue
        words.append(word)
    return words


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--show", default="", help="a count whose messages are printed")
    args = parser.parse_args()
    pipeline, catalog = checked_pipeline()
    c: Counter = Counter()
    for _channel, result in results_on_channels(pipeline, catalog, args.n, args.seed, ("push",)):
        product = result.product
        if not getattr(product, "category", None):
            continue
        c["push"] += 1
        key = angle_for(result.persona).key
        message = result.message
        short = short_product_name(product.name)
        sentences = [x for x in SENTENCE.split(message.body) if x]
        told = [x for x in sentences[:-1] if not x.endswith("?") and not OFFER.search(x)]
        words = [w for x in told for w in content_words(x, product, short)]
        found = set()
        if len(words) <= 1:
            found |= {"thin", f"thin_{key}", f"thin_{'event' if result.brief.is_event else 'plain'}"}
        text = f"{message.title or ''}\n{message.body}"
        for name, pattern in WORDING.items():
            if any(pattern.search(x) for x in (message.title or "", *sentences, message.body)):
                found.add(f"wording_{name}")
        seen: set = set()
        for x in sentences:  # said_twice: two sentences that share three words in a row (one fact said twice)
            words = x.split()
            grams = set(zip(words, words[1:], words[2:], strict=False))
            if grams & seen:
                found.add("said_twice")
            seen |= grams
        if found & {f"wording_{k}" for k in WORDING}:
            c["wording_any"] += 1
        for f in found:
            c[f] += 1
            if args.show and f.startswith(args.show):
                brief = result.brief
                print(f"[{f}] {key} s{brief.stage_index} t{brief.style_index} seed{brief.seed} {words} | {text}")
    for name in sorted(c):
        print(f"{name}: {c[name]}")


if __name__ == "__main__":
    main()
