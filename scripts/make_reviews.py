#!/usr/bin/env python3
"""Write data/reviews.jsonl: fictional Korean shopping-mall reviews for the sample catalog.

Run from the repository root:  python scripts/make_reviews.py
The output is deterministic (seeded random.Random, stable iteration order): running the script
twice gives byte-identical files. Reviews are assembled from the hand-written fragment banks in
scripts/review_bank/, chosen by the product's category, ingredients and claims, the reviewer's
skin type and age group, the season of the review date, and the rating.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path
from random import Random

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from review_bank import common, skin, texture  # noqa: E402
from review_bank.nicknames import NICK  # noqa: E402

SEED = 20250611
PRODUCTS = ROOT / "data" / "products.json"
OUT = ROOT / "data" / "reviews.jsonl"

DATE_FROM = dt.date(2024, 1, 1)
DATE_TO = dt.date(2026, 10, 31)
SKIN_TYPES = ("건성", "지성", "복합성", "민감성", "중성")
AGES = ("20대", "30대", "40대", "50대")

# Extra reviews for the products people buy most (on top of 10..17 for every product).
POPULAR = {
    "SWS-001": 30,
    "SWS-002": 24,
    "LNG-001": 22,
    "LNG-006": 12,
    "INF-001": 18,
    "INF-003": 12,
    "AST-001": 20,
    "ETD-001": 12,
    "CSX-003": 18,
    "CSX-006": 12,
    "HRA-001": 16,
    "IOP-001": 14,
    "RYO-001": 14,
    "ILY-001": 12,
    "MMD-001": 12,
    "HYL-001": 10,
    "PRM-001": 10,
    "ESP-001": 10,
}

AGE_WEIGHTS = {
    "lux": (10, 30, 35, 25),
    "young": (45, 35, 15, 5),
    "family": (20, 35, 28, 17),
    "mid": (25, 35, 25, 15),
}
BRAND_AGE = {
    "설화수": "lux",
    "헤라": "lux",
    "아이오페": "lux",
    "에뛰드": "young",
    "이니스프리": "young",
    "코스알엑스": "young",
    "에스쁘아": "young",
    "라네즈": "young",
    "려": "family",
    "일리윤": "family",
}

# ---------------------------------------------------------------- Korean particles


def _final(word: str) -> int | None:
    """Final consonant index of the last syllable (0 = none); None when it cannot be told."""
    ch = word.rstrip()[-1]
    if "가" <= ch <= "힣":
        return (ord(ch) - 0xAC00) % 28
    if ch.isdigit():
        return 0 if ch in "2459" else 1  # 이 사 오 구 end open; 영 일 삼 육 칠 팔 do not
    if ch.isascii() and ch.isalpha():
        return 8 if ch.upper() in "LR" else (1 if ch.upper() in "MN" else 0)
    return 0


JOSA = {
    "은": ("은", "는"),
    "이": ("이", "가"),
    "을": ("을", "를"),
    "과": ("과", "와"),
    "으로": ("으로", "로"),
    "이랑": ("이랑", "랑"),
    "이라": ("이라", "라"),
    "이라서": ("이라서", "라서"),
    "이에요": ("이에요", "예요"),
    "이나": ("이나", "나"),
}


def josa(word: str, family: str) -> str:
    closed, open_ = JOSA[family]
    fin = _final(word)
    if family == "으로" and fin == 8:  # ㄹ takes 로
        return open_
    return closed if fin else open_


SLOT = re.compile(r"\{(\w+)(?::([^}]+))?\}")


def fill(template: str, ctx: dict[str, str]) -> str:
    def rep(m: re.Match) -> str:
        word = ctx[m.group(1)]
        return word + (josa(word, m.group(2)) if m.group(2) else "")

    return SLOT.sub(rep, template)


# ---------------------------------------------------------------- 요체 → 메모체 (음슴체)

_MEMO_ENDINGS = [
    ("아니에요", "아님"),
    ("더라고요", "더라"),
    ("거든요", "거든"),
    ("잖아요", "잖아"),
    ("인데요", "인데"),
    ("는데요", "는데"),
    ("이에요", "임"),
    ("예요", "임"),
    ("에요", "임"),
    ("네요", "네"),
    ("군요", "군"),
    ("고와요", "고움"),
    ("들어요", "듦"),
    ("돼요", "됨"),
    ("해요", "함"),
    ("려요", "림"),
    ("져요", "짐"),
    ("워요", "움"),
    ("줘요", "줌"),
    ("나요", "남"),
    ("와요", "옴"),
    ("가요", "감"),
    ("봐요", "봄"),
    ("써요", "씀"),
    ("떠요", "뜸"),
    ("커요", "큼"),
    ("겨요", "김"),
    ("켜요", "킴"),
    ("혀요", "힘"),
    ("쳐요", "침"),
    ("여요", "임"),
]
_TAIL = re.compile(r"([\s.!~…:)♡👍ㅎㅠ]*)$")


def _syll(ch: str) -> tuple[int, int, int] | None:
    if not ("가" <= ch <= "힣"):
        return None
    n = ord(ch) - 0xAC00
    return n // 588, (n % 588) // 28, n % 28


def _compose(lead: int, vowel: int, tail: int) -> str:
    return chr(0xAC00 + lead * 588 + vowel * 28 + tail)


def memo(sentence: str) -> str:
    """Turn one 요체 sentence into 메모체 where the ending is a known shape; else leave it."""
    tail = _TAIL.search(sentence).group(1)
    body = sentence[: len(sentence) - len(tail)]
    if "?" in tail or not body.endswith("요"):
        return sentence
    for old, new in _MEMO_ENDINGS:
        if body.endswith(old):
            return body[: -len(old)] + new + tail
    if len(body) >= 3 and body[-2] in "아어":
        prev = _syll(body[-3])
        if prev and prev[2] and prev[2] != 8:  # 좋아요 → 좋음, 있어요 → 있음 (not ㄹ stems)
            return body[:-2] + "음" + tail
    if len(body) >= 3 and body[-2] in "라러":
        prev = _syll(body[-3])
        if prev and prev[2] == 8:  # 발라요 → 바름, 몰라요 → 모름
            return body[:-3] + _compose(prev[0], prev[1], 0) + "름" + tail
    return sentence


# ---------------------------------------------------------------- product profile


def _clean_name(name: str) -> str:
    n = re.sub(r"\s*SPF\S*(\s*/?\s*PA\+*)?", "", name)
    n = re.sub(r"\s*\d+(\.\d+)?\s*(ml|g|매)\b", "", n)
    return n.strip()


def _volume_units(volume: str) -> float | None:
    m = re.match(r"(\d+(?:\.\d+)?)\s*(ml|g)$", volume)
    return float(m.group(1)) if m else None


def profile(p: dict) -> dict:
    """Everything the generator needs to know about one product, derived from its record."""
    name, cat, ings = p["name"], p["category"], p["key_ingredients"]
    text = " ".join([name, *ings, *p["claims"], p.get("usage") or ""])
    vol = _volume_units(p["volume"])
    subs: list[str] = []
    container = None
    if cat == "크림":
        group = "cream"
        if "밤" in name:
            subs.append("balm")
        elif any(k in name for k in ("젤", "워터리", "수딩")):
            subs.append("gel")
        noun = "밤" if "balm" in subs else "크림"
        container = "pump" if vol and vol >= 150 else ("tube" if vol and vol <= 30 else "jar")
    elif cat in ("세럼", "앰플", "에센스"):
        group = "serum"
        if cat == "에센스" and "스네일" not in name:
            subs.append("essence")
        if "캡슐" in name or name.startswith("자음생앰플"):
            subs.append("capsule")
        if "스팟" in name:
            subs.append("spot")
        noun = cat
        if "spot" in subs:
            container = "tube"
        elif "스포이트" in text:
            container = "dropper"
        elif cat == "에센스" and vol and vol >= 100:
            container = "bottle"
        else:
            container = "pump"
    elif cat == "토너":
        group = "toner"
        if "크림스킨" in name:
            subs.append("milky")
        if any(k in name for k in ("필링", "액티브", "청보리")):
            subs.append("peel")
        noun = "스킨" if "스킨" in name and "크림스킨" not in name else "토너"
        container = "bottle"
    elif cat == "로션·에멀젼":
        group = "emulsion"
        noun = next((k for k in ("유액", "플루이드", "에멀전", "로션") if k in name), "에멀젼")
        container = "pump"
    elif cat == "선크림":
        group = "sun"
        if "톤업" in name:
            subs.append("toneup")
        if "무기자차" in name or "산화아연" in ings:
            subs.append("mineral")
        if "스틱" in name:
            subs.append("stick")
        if "노세범" in name or "보송" in text:
            subs.append("matte")
        noun = "선스틱" if "stick" in subs else "선크림"
        container = "stick" if "stick" in subs else "tube"
    elif cat == "클렌저":
        group = "cleanser"
        if "오일 투 폼" in name:
            sub, noun, container = "oil2foam", "클렌저", "pump"
        elif "리무버" in name:
            sub, noun, container = "remover", "리무버", "bottle"
        elif "오일" in name:
            sub, noun, container = "oil", "클렌징오일", "pump"
        elif "버블" in name or "에센스 폼" in name:
            sub, noun, container = "bubble", "버블클렌저", "pump"
        elif "젤 클렌저" in name:
            sub, noun, container = "gel", "젤클렌저", "tube"
        else:
            sub, noun, container = "foam", "폼클렌저", "tube"
        subs.append(sub)
    elif cat == "마스크·팩":
        group = "mask"
        if "마스크팩" in name or "시트" in name:
            sub, noun, container = "sheet", "마스크팩", "pouch"
        elif any(k in name for k in ("슬리핑", "수면팩", "여윤팩")):
            sub, noun, container = "sleeping", "수면팩", "jar"
        elif "옥용팩" in name:
            sub, noun, container = "peel", "팩", "tube"
        elif "모델링" in name:
            sub, noun, container = "modeling", "모델링팩", "pouch"
        else:
            sub, noun, container = "washoff", "팩", "tube"
        subs.append(sub)
    elif cat == "아이크림":
        group, noun, container = "eye", "아이크림", "jar"
    elif cat == "미스트":
        group, noun, container = "mist", "미스트", "spray"
        if "크림미스트" in name:
            subs.append("cream")
        elif "오일" in name:
            subs.append("oil")
    elif cat == "립":
        group = "lip"
        if "틴트" in name:
            sub, noun, container = "tint", "틴트", "tipcase"
        elif "슬리핑" in name:
            sub, noun, container = "balm", "립마스크", "jar"
        elif "밤" in name:
            sub, noun, container = "balm", "립밤", "lipcase"
        else:
            sub, noun, container = "stick", "립스틱", "lipcase"
        subs.append(sub)
    elif cat == "쿠션·베이스":
        group = "base"
        if "쿠션" in name:
            subs.append("cushion")
            noun, container = "쿠션", "compact"
        else:
            subs.append("liquid")
            noun = "파운데이션"
        if "글로우" in name:
            subs.append("glow")
        elif "벨벳" in name or "세미 매트" in text:
            subs.append("matte")
    elif cat == "헤어":
        group = "hair"
        if "샴푸" in name:
            sub, noun, container = "shampoo", "샴푸", "bigpump"
        elif "트리트먼트" in name:
            sub, noun, container = "treatment", "트리트먼트", "bigpump"
        elif "두피" in name:
            sub, noun, container = "scalp", "두피 에센스", "nozzle"
        else:
            sub, noun, container = "serum", "헤어 세럼", "pump"
        subs.append(sub)
    elif cat == "바디":
        group = "body"
        if "워시" in name:
            sub, noun, container = "wash", "바디워시", "bigpump"
        elif "오일 투 폼" in name:
            sub, noun, container = "oil2foam", "바디클렌저", "pump"
        elif "젤" in name:
            sub, noun, container = "gel", "수딩 젤", "tube"
        else:
            sub, noun, container = "lotion", "바디로션", "bigpump"
        subs.append(sub)
    elif cat == "패드":
        group, noun, container = "pad", "패드", "padjar"
    else:
        raise ValueError(f"{p['id']}: no review bank for category {cat!r}")

    # What it smells like.
    scent = None
    if p["brand"] == "에스트라" or "향료" in text or "향이 거의 없" in text or "스네일" in name:
        scent = "unscented"
    elif "로즈" in name or "장미" in text:
        scent = "rose"
    elif "쑥" in name:
        scent = "mugwort"
    elif "그린티" in name or "녹차" in name:
        scent = "greentea"
    elif "유자" in name:
        scent = "citrus"
    elif "민트" in text or "박하" in text:
        scent = "mint"
    elif "베리" in name:
        scent = "berry"
    elif "쌀" in name or "미소" in name:
        scent = "grain"
    elif any(k in text for k in ("허니", "꿀", "프로폴리스")):
        scent = "honey"
    elif p["brand"] in ("설화수", "려") or any(k in name for k in ("극진", "백화고")):
        scent = "herbal"
    elif p["brand"] == "마몽드":
        scent = "floral"

    # Which concerns reviewers talk about.
    fc = p["functional_claims"]
    concerns: list[str] = []
    if group == "hair":
        if "탈모완화" in fc:
            concerns += ["빠짐", "볼륨"]
        if "손상" in name or sub in ("treatment", "serum"):
            concerns += ["손상"]
        if "딥클렌징" in name or "청아" in name:
            concerns += ["기름짐"]
        concerns = concerns or ["기름짐"]
    elif group == "body":
        concerns = ["몸건조", "순함"]
    elif group in ("lip", "base"):
        concerns = []
    else:

        def has(*keys: str) -> bool:
            return any(k in text for k in keys)

        if "주름개선" in fc:
            concerns += ["주름", "탄력"]
        if "미백" in fc:
            concerns += ["칙칙함", "잡티"]
        if "여드름완화" in fc:
            concerns += ["트러블", "피지"]
        if has("모공", "화산송이", "포어"):
            concerns += ["모공", "피지"]
        if has("시카", "병풀", "쑥", "아줄렌", "진정", "마데카", "어성초", "수딩", "예민"):
            concerns += ["붉은기", "민감", "트러블"]
        if has("히알루", "수분", "보습", "세라마이드", "건조"):
            concerns += ["건조함"]
        if has("필링", "각질", "바하", "BHA", "PHA", "살리실", "글루코노"):
            concerns += ["각질"]
        if has("비타민C", "래디언씨", "유자", "톤업", "광채", "칙칙"):
            concerns += ["칙칙함"]
        if has("탄력", "펩타이드", "콜라겐", "레티놀", "레티노이드", "인삼", "PDRN"):
            concerns += ["탄력"]
        if has("피지", "노세범", "번들"):
            concerns += ["피지"]
        if has("약산성", "순한", "향료", "민감", "아토"):
            concerns += ["순함", "민감"]
        concerns = list(dict.fromkeys(concerns)) or ["건조함", "순함"]
        if group in ("cleanser", "pad") or (group == "mask" and subs[0] in ("peel", "washoff")):
            # rinsed or wiped off: judged on the feel right after, not on all-day effects
            wash = {"건조함": "당김", "주름": None, "탄력": None, "잡티": None}
            concerns = [wash.get(c, c) for c in concerns if wash.get(c, c)]
            concerns = list(dict.fromkeys([*concerns, "당김"]))

    actives = []
    joined = " ".join(ings) if group not in ("hair", "body") else ""
    if "레티놀" in joined or "레티노이드" in joined:
        actives.append("retinol")
    if "비타민C" in joined:
        actives.append("vitc")
    if any(k in joined for k in ("살리실", "글루코노락톤", "젖산")):
        actives.append("acid")
    if "인삼" in joined:
        actives.append("ginseng")
    if "병풀" in joined or "시카" in name:
        actives.append("cica")

    price = p["price"]
    tier = "lux" if price >= 90000 else ("budget" if price <= 16000 else "mid")
    leave_on = group in ("cream", "serum", "emulsion", "eye") or (group == "mask" and subs == ["sleeping"])
    seasonal = (
        group in ("cream", "serum", "toner", "emulsion", "eye", "mist", "sun")
        or (group == "mask" and subs == ["sleeping"])
        or (group == "body" and subs[0] in ("lotion", "gel"))
    )
    skin_bank = {"base": skin.SKIN_BASE, "hair": skin.SKIN_HAIR, "body": skin.SKIN_BODY, "lip": None}.get(
        group, skin.SKIN
    )
    if group in ("cleanser", "pad") or (group == "mask" and subs[0] in ("peel", "washoff")):
        skin_mode = "wash"
    elif group in ("cream", "serum", "toner", "emulsion", "eye", "mist", "mask"):
        skin_mode = "care"
    else:
        skin_mode = None
    talk_ings = [i for i in ings if i not in ("글리세린",)] or ings
    return {
        "group": group,
        "subs": subs,
        "noun": noun,
        "container": container,
        "scent": scent,
        "concerns": concerns,
        "actives": actives,
        "tier": tier,
        "small": bool(vol and vol <= 25),
        "leave_on": leave_on,
        "seasonal": seasonal,
        "skin_bank": skin_bank,
        "skin_mode": skin_mode,
        "ings": talk_ings,
        "nick": NICK.get(p["id"], _clean_name(name)),
    }


# ---------------------------------------------------------------- generator


class Picker:
    """Random choice that prefers less-used fragments, so no sentence dominates the corpus."""

    def __init__(self, rng: Random):
        self.rng = rng
        self.used: Counter[str] = Counter()

    def __call__(self, bank: list[str]) -> str:
        if len(bank) == 1:
            choice = bank[0]
        else:
            a, b = self.rng.sample(bank, 2)
            choice = a if self.used[a] <= self.used[b] else b
        self.used[choice] += 1
        return choice


def season_of(d: dt.date) -> str:
    return {12: "겨울", 1: "겨울", 2: "겨울", 3: "봄", 4: "봄", 5: "봄", 6: "여름", 7: "여름", 8: "여름"}.get(
        d.month, "가을"
    )


def texture_bank(prof: dict, pol: str) -> list[str]:
    groups = texture.TEXTURE[prof["group"]]
    bank: list[str] = []
    for key in ("*", *prof["subs"]):
        part = groups.get(key, {})
        lines = part.get(pol, [])
        # Sub-type lines are fewer but more specific: weight them up.
        bank += lines if key == "*" else lines * 3
    if not bank and pol == "mid":
        return texture_bank(prof, "pos")
    return bank


ORDER = (
    "age",
    "opener",
    "brand",
    "ingredient",
    "texture",
    "scent",
    "skin",
    "concern",
    "morning",
    "season",
    "compare",
    "package",
    "value",
    "delivery",
)
BASE_WEIGHT = {
    "age": 0.12,
    "opener": 0.4,
    "brand": 0.15,
    "ingredient": 0.22,
    "scent": 0.3,
    "skin": 0.55,
    "concern": 0.85,
    "morning": 0.3,
    "season": 0.2,
    "compare": 0.15,
    "package": 0.2,
    "value": 0.25,
    "delivery": 0.12,
}
NIT_ASPECTS = ("texture", "scent", "package", "value", "skin", "morning", "delivery", "season")


class Generator:
    def __init__(self, seed: int = SEED):
        self.rng = Random(seed)
        self.pick = Picker(self.rng)

    # -- aspects ---------------------------------------------------------

    def aspect_bank(self, aspect: str, pol: str, prof: dict, r: dict) -> list[str] | None:
        """Fragments for one aspect and polarity ('pos', 'neg', 'mid'); None when it does not apply."""
        rng = self.rng
        p2 = "neg" if pol == "neg" else "pos"
        if aspect == "texture":
            return texture_bank(prof, pol)
        face = prof["skin_bank"] is skin.SKIN
        if aspect == "opener":
            ctx = common.OPENER["ctx"] + (common.OPENER["ctx_skin"] if face else [])
            if pol == "neg":
                return common.OPENER["neg"] + ctx
            return ctx + (common.OPENER["pos"] if r["rating"] >= 4 else [])
        if aspect == "age":
            if not r["age_group"]:
                return None
            a = common.AGE[r["age_group"]]
            lines = a["ctx"] + (a.get("ctx_skin", []) if face else [])
            if r["rating"] >= 4:
                lines += a.get("pos", []) + (a.get("pos_skin", []) if face else [])
            return lines
        if aspect == "brand":
            return common.BRAND[p2]
        if aspect == "ingredient":
            if prof["actives"] and rng.random() < 0.5:
                return skin.ACTIVE[rng.choice(prof["actives"])][p2]
            if prof["group"] in ("lip", "base"):
                return None
            return (skin.INGREDIENT_HAIR if prof["group"] == "hair" else skin.INGREDIENT)[p2]
        if aspect == "scent":
            if prof["group"] == "base":
                return None
            if prof["scent"] and rng.random() < 0.65:
                return texture.SCENT[prof["scent"]][p2]
            return texture.SCENT["*"][p2]
        if aspect == "skin":
            bank = prof["skin_bank"]
            if not bank or not r["skin_type"]:
                return None
            lines = bank[r["skin_type"]]
            extra = lines.get(f"{prof['skin_mode']}_{p2}", []) if prof["skin_mode"] else []
            return lines[p2] + extra * 2
        if aspect == "concern":
            cs = prof["concerns"]
            if not cs:
                return None
            # the product's main concerns (listed first) come up most
            c = rng.choices(cs, [1 / (i + 1) for i in range(len(cs))])[0]
            return skin.CONCERN[c][p2]
        if aspect == "morning":
            return texture.MORNING[p2] if prof["leave_on"] else None
        if aspect == "season":
            if not prof["seasonal"]:
                return None
            src = common.SEASON_SUN if prof["group"] == "sun" else common.SEASON
            return src[season_of(r["date"])][p2]
        if aspect == "compare":
            return common.COMPARE[p2] + (common.COMPARE.get(f"{p2}_skin", []) if face else [])
        if aspect == "package":
            return texture.PACKAGE[prof["container"]][p2] if prof["container"] else None
        if aspect == "value":
            if prof["small"] and rng.random() < 0.3:
                return common.VALUE["small"][p2]
            return common.VALUE[prof["tier"]][p2]
        if aspect == "delivery":
            if p2 == "neg":
                return common.DELIVERY["neg"]
            gift = 0.5 if prof["tier"] == "lux" else 0.25
            return common.DELIVERY["gift"] if rng.random() < gift else common.DELIVERY["pos"]
        raise KeyError(aspect)

    # -- one review --------------------------------------------------------

    def one_liner(self, prof: dict, rating: int) -> str:
        rng = self.rng
        bank = list(common.SHORT["*"][rating]) + list(common.SHORT.get(prof["group"], {}).get(rating, [])) * 2
        if prof["group"] == "hair":
            bank = [b for b in bank if "피부" not in b]
        text = self.pick(bank)
        if rating >= 4 and rng.random() < 0.3:
            extras = [" 배송도 빨라요", " 용기도 예뻐요", ", 선물용으로도 좋아요", " 향도 좋아요", " 순해요"]
            if prof["tier"] != "lux":
                extras.append(" 가격도 착해요")
            text += rng.choice(extras)
        tails = common.SHORT_TAIL[rating]
        tail = rng.choice(tails)
        while len(text) + len(tail) < 8 and tail in ("", "...", "ㅠㅠ", "!!", "ㅎㅎ", "♡", "👍"):
            tail = rng.choice(tails)  # the shortest praises need a real tail (a review has ≥ 5 characters)
        if tail in ("!!", "...", "ㅠㅠ", "ㅎㅎ", "♡", "👍"):
            text += tail if rng.random() < 0.6 else " " + tail
        elif tail:
            text += " " + tail
        return text

    def compose(self, product: dict, prof: dict, r: dict) -> str:
        rng = self.rng
        rating = r["rating"]
        ctx = {"cat": prof["noun"], "brand": product["brand"], "nick": prof["nick"], "ing": rng.choice(prof["ings"])}
        roll = rng.random()
        if roll < 0.15:
            return self.one_liner(prof, rating)
        n = 2 if roll < 0.40 else (rng.choice((3, 4)) if roll < 0.77 else rng.randint(5, 7))

        with_closing = rng.random() < (0.55 if n == 2 else 0.75)
        k = n - 1 if with_closing else n
        aspects = ["texture"]
        pool = [a for a in ORDER if a != "texture"]
        while len(aspects) < k and pool:
            weights = [BASE_WEIGHT[a] for a in pool]
            a = rng.choices(pool, weights)[0]
            pool.remove(a)
            aspects.append(a)
        aspects.sort(key=ORDER.index)

        # Polarity of each aspect.
        pols = {}
        if rating == 5:
            pols = {a: "pos" for a in aspects}
        elif rating == 4:
            pols = {a: "pos" for a in aspects}
            nit = [a for a in aspects if a in NIT_ASPECTS]
            if nit and len(aspects) >= 2 and rng.random() < 0.45:
                a = rng.choice(nit)
                pols[a] = "nit"
                aspects.remove(a)
                aspects.append(a)  # the criticism comes last, before the closing
        elif rating == 3:
            for a in aspects:
                pols[a] = rng.choice(("pos", "neg"))
            if len(aspects) >= 2 and len(set(pols.values())) == 1:
                a = rng.choice(aspects)
                pols[a] = "neg" if pols[a] == "pos" else "pos"
            for a in ("skin", "morning"):  # how it felt follows the texture verdict, not against it
                if a in pols:
                    pols[a] = pols["texture"]
            if pols["texture"] == "pos" and rng.random() < 0.3:
                pols["texture"] = "mid"
            if len(aspects) == 1:
                pols["texture"] = rng.choice(("mid", "neg", "pos"))
        else:
            pols = {a: "neg" for a in aspects}
            if len(aspects) >= 2 and rng.random() < (0.4 if rating == 2 else 0.15):
                pols[aspects[0]] = "pos"
            if "opener" in aspects:
                pols["opener"] = "neg"

        sentences: list[str] = []
        prev = None  # polarity of the previous content sentence (context lines do not count)
        turned = False  # a connector (근데, 그래도) was used already
        for a in aspects:
            pol = pols[a]
            bank = self.aspect_bank(a, "neg" if pol == "nit" else pol, prof, r)
            if not bank:
                continue
            s = fill(self.pick(bank), ctx)
            if pol == "nit":
                s = rng.choice(common.NIT_PREFIX) + s
            elif prev == "pos" and pol == "neg" and (not turned or rng.random() < 0.25):
                s = rng.choice(common.TURN_PREFIX) + s
                turned = True
            elif prev == "neg" and pol == "pos" and (not turned or rng.random() < 0.25):
                s = rng.choice(common.TURN_BACK) + s
                turned = True
            sentences.append(s)
            if a not in ("opener", "age", "brand"):
                prev = "neg" if pol == "nit" else ("pos" if pol == "mid" else pol)
        if with_closing or not sentences:
            closings = common.CLOSING[rating]
            if prof["group"] in ("cream", "serum", "emulsion", "toner", "eye", "sun"):
                closings = closings + common.CLOSING_CARE.get(rating, [])
            sentences.append(fill(self.pick(closings), ctx))
        return self.style(sentences, rating)

    def style(self, sentences: list[str], rating: int) -> str:
        rng = self.rng
        if rng.random() < 0.22:
            sentences = [memo(s) for s in sentences]
            sentences = [s[:-1] if s.endswith(".") and rng.random() < 0.6 else s for s in sentences]
        elif rng.random() < 0.1:
            sentences = [s[:-1] if s.endswith(".") else s for s in sentences[:-1]] + sentences[-1:]
        last = sentences[-1]
        if last.endswith(".") and rng.random() < 0.12:
            deco = (
                rng.choice(("ㅎㅎ", "!!", " :)", "♡"))
                if rating >= 4
                else (rng.choice(("ㅠㅠ", "...")) if rating <= 2 else "..")
            )
            sentences[-1] = last[:-1] + deco
        sep = "\n" if len(sentences) >= 5 and rng.random() < 0.15 else " "
        return sep.join(sentences)

    # -- one product ---------------------------------------------------------

    def reviews_for(self, product: dict, count: int) -> list[dict]:
        rng = self.rng
        prof = profile(product)
        tilt = rng.uniform(-1.0, 1.0)
        weights = [3 * (1 - 0.45 * tilt), 5 * (1 - 0.35 * tilt), 12, 28, 52 * (1 + 0.2 * tilt)]
        age_w = AGE_WEIGHTS[BRAND_AGE.get(product["brand"], "mid")]
        span = (DATE_TO - DATE_FROM).days
        rows = []
        for _ in range(count):
            rating = rng.choices((1, 2, 3, 4, 5), weights)[0]
            roll = rng.random()
            if roll < 0.05:
                skin_type = None
            elif roll < 0.62 and product["skin_types"]:
                skin_type = rng.choice(product["skin_types"])
            else:
                skin_type = rng.choice(SKIN_TYPES)
            age = rng.choices(AGES, age_w)[0] if rng.random() >= 0.06 else None
            date = DATE_FROM + dt.timedelta(days=rng.randrange(span + 1))
            rows.append({"rating": rating, "skin_type": skin_type, "age_group": age, "date": date})
        rows.sort(key=lambda x: x["date"])
        return [dict(r, prof=prof) for r in rows]


def main() -> None:
    products = json.loads(PRODUCTS.read_text(encoding="utf-8"))
    gen = Generator()
    seen: set[str] = set()
    out: list[str] = []
    for product in products:
        count = 10 + gen.rng.randint(0, 7) + POPULAR.get(product["id"], 0)
        for r in gen.reviews_for(product, count):
            for _ in range(40):
                text = gen.compose(product, r["prof"], r)
                if text not in seen:
                    break
            seen.add(text)
            out.append(
                json.dumps(
                    {
                        "id": f"R{len(out) + 1:05d}",
                        "product_id": product["id"],
                        "rating": r["rating"],
                        "text": text,
                        "skin_type": r["skin_type"],
                        "age_group": r["age_group"],
                        "date": r["date"].isoformat(),
                    },
                    ensure_ascii=False,
                )
            )
    OUT.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"wrote {len(out)} reviews for {len(products)} products to {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
