# ruff: noqa: E501 -- sentence frames read best on one line each
"""Write data/guard_claim_corpus.jsonl: labelled cosmetics-claim paraphrases for the guard's second opinion.

Each line is {"text", "label"}: a claim family (drug_like, functional_misclaim, body_reshaping, deception,
superlative, endorsement, comparison) or "clean". Lines are composed from slot lists (product words, body
parts, conditions, verbs, intensifiers, authorities, rivals) in many sentence frames, so one family appears
in many wordings; the clean lines are near-misses on purpose (the same words in a caution note, make-up
"연출", ordinary moisturising and soothing claims, everyday senses such as 동영상 재생 or 최고 기온).

Deterministic: python scripts/build_claim_corpus.py [--per-label 700] [--seed 11]
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Callable
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "guard_claim_corpus.jsonl"

PRODUCT = [
    "크림",
    "세럼",
    "앰플",
    "토너",
    "에센스",
    "로션",
    "미스트",
    "젤",
    "패드",
    "클렌저",
    "마스크",
    "오일",
    "밤",
    "에멀전",
]
OPEN = [
    "",
    "매일 밤 ",
    "아침저녁으로 ",
    "딱 일주일, ",
    "이제 ",
    "오늘부터 ",
    "샤워 후 ",
    "세안 후 ",
    "자기 전 ",
    "바쁜 아침에도 ",
]
END = ["", " 지금 만나 보세요.", " 경험해 보세요.", " 🌿", "!", " 놓치지 마세요.", " 확인해 보세요.", "."]

DISEASE = [
    "아토피",
    "습진",
    "건선",
    "피부염",
    "여드름균",
    "두드러기",
    "염증",
    "가려움",
    "상처",
    "흉터",
    "화상",
    "모낭염",
    "뾰루지 속 고름",
    "땀띠",
]
CURE = [
    "싹 낫게 해 줘요",
    "치료해 줘요",
    "가라앉혀 줘요",
    "없애 줘요",
    "말끔히 고쳐 줘요",
    "뿌리부터 잡아 줘요",
    "금방 아물게 해요",
    "완치를 도와요",
    "살균해 줘요",
    "진정시켜 없애요",
    "다시는 안 생기게 막아 줘요",
    "빠르게 회복시켜 줘요",
]
PHYSIO = [
    "피부 세포를 새로 돋게 해요",
    "손상된 피부 조직을 재생시켜요",
    "피부 면역력을 키워 줘요",
    "쌓인 독소를 해독해요",
    "혈액순환을 개선해요",
    "콜라겐 생성을 촉진해요",
    "새살이 차오르게 해요",
    "세포를 젊게 되돌려요",
    "호르몬 균형을 잡아 줘요",
    "지방을 분해해 줘요",
]
WRINKLE = ["주름", "잔주름", "팔자 라인", "눈가 주름", "이마 주름", "목주름", "처진 볼"]
PIGMENT = ["기미", "잡티", "주근깨", "색소 침착", "검버섯", "거뭇한 자국", "다크 스팟"]
REDUCE = [
    "옅게 지워 줘요",
    "눈에 띄게 줄여 줘요",
    "쫙 펴 줘요",
    "사라지게 해요",
    "개선해 줘요",
    "흐릿하게 만들어요",
    "감쪽같이 없애요",
]
WHITEN = ["피부가 하얘져요", "얼굴빛이 한 톤씩 밝아져요", "피부색이 뽀얗게 바뀌어요", "안색이 하얗게 변해요"]
SUN = ["햇빛을 막아 줘요", "자외선을 차단해요", "자외선 걱정 없이 외출해요", "한낮 햇볕에도 끄떡없어요"]
HAIR = ["빠지는 머리를 줄여 줘요", "탈모를 막아 줘요", "휑한 정수리가 풍성해져요", "새 머리가 나게 해요"]
BODY = [
    "허벅지",
    "뱃살",
    "팔뚝",
    "턱선",
    "얼굴 크기",
    "이중턱",
    "옆구리 군살",
    "셀룰라이트",
    "종아리",
    "눈밑 지방",
    "사각턱",
]
RESHAPE = [
    "쏙 빠져요",
    "슬림하게 줄어요",
    "갸름해져요",
    "정리돼요",
    "작아져요",
    "날씬하게 바뀌어요",
    "매끈하게 조여져요",
    "녹아내려요",
]
ABSOLUTE = ["100%", "완벽하게", "영원히", "평생", "단 한 번에", "하룻밤 만에", "무조건", "반드시", "감쪽같이"]
CHANGE = ["달라져요", "사라져요", "해결돼요", "효과를 봐요", "젊어져요", "되살아나요", "바뀌어요"]
SAFE = [
    "자극이 전혀 없어요",
    "부작용 걱정 제로예요",
    "100% 안전해요",
    "누구에게나 무해해요",
    "먹어도 될 만큼 안전해요",
    "화학 성분을 하나도 넣지 않았어요",
    "독성이 전혀 없어요",
    "피부 깊숙이 진피층까지 침투해요",
]
MOST = ["가장", "제일", "세상에서 제일", "국내에서 가장", "업계 최고로", "누구보다", "역대 가장"]
QUALITY = ["강력한", "효과 좋은", "확실한", "순한", "빠른 효과의", "촉촉한", "많이 팔린"]
SLANG = [
    "끝판왕",
    "따라올 제품이 없는",
    "비교 불가",
    "유일무이한",
    "적수가 없는",
    "대체 불가",
    "세상 어디에도 없는",
    "넘사벽",
]
AUTHORITY = [
    "피부과 전문의",
    "의사 선생님들",
    "약사님들",
    "대학병원 교수",
    "의료진",
    "원장님들",
    "소아과 선생님",
    "피부과 쌤들",
    "더마톨로지스트",
    "한의사",
]
ENDORSE = [
    "추천한",
    "직접 개발한",
    "믿고 쓰는",
    "처방처럼 권하는",
    "극찬한",
    "인정한",
    "검증한",
    "먼저 찾는",
    "바르라고 권하는",
]
AGENCY = ["식약처", "미국 FDA", "피부과학회", "유럽 인증 기관", "국가 기관", "정부"]
CERTIFY = ["인증한", "승인한", "공식 인정한", "허가한", "보증한"]
CLINIC = ["피부과 시술", "레이저 시술", "물광 주사", "병원 관리", "필러", "클리닉 케어"]
EQUIV = ["받은 듯한", "못지않은", "부럽지 않은", "대신하는", "그대로의"]
RIVAL = [
    "타사 크림",
    "다른 브랜드 세럼",
    "A사 쿠션",
    "시중 선크림들",
    "백화점 크림",
    "해외 명품 크림",
    "일반 샴푸들",
    "경쟁 제품",
    "비싼 수입 크림",
    "흔한 시카 크림들",
]
BETTER = [
    "보다 두 배 촉촉해요",
    "과는 차원이 달라요",
    "보다 훨씬 순해요",
    "과 비교가 안 돼요",
    "부럽지 않아요",
    "은 이제 필요 없어요",
    "보다 흡수가 빨라요",
    "과 달리 자극이 없어요",
]

CLEAN = [
    lambda r: (
        f"{r.choice(OPEN)}{r.choice(['건조한', '당기는', '푸석한', '예민해진'])} 피부를 촉촉하게 채워 주는 {r.choice(PRODUCT)}{r.choice(END)}"
    ),
    lambda r: (
        f"{r.choice(['상처', '습진', '염증', '가려움'])}이 있는 부위에는 사용을 피하고, 이상이 있으면 전문의와 상담하세요."
    ),
    lambda r: f"쉐딩으로 {r.choice(['턱선', '얼굴 라인', '콧대'])}을 갸름해 보이게 연출해 보세요{r.choice(END)}",
    lambda r: (
        f"{r.choice(['피부결을', '피부 장벽을', '피부 컨디션을'])} 편안하게 가꿔 주는 {r.choice(PRODUCT)}{r.choice(END)}"
    ),
    lambda r: f"오늘 최고 기온 {r.randint(25, 35)}도, {r.choice(PRODUCT)}로 산뜻하게 시작해요.",
    lambda r: f"동영상 재생 버튼을 눌러 {r.choice(PRODUCT)} 사용법을 확인하세요.",
    lambda r: (
        f"{r.choice(['저자극 테스트를 마친', '피부과 전문의 자극 테스트 완료', '가볍게 발리는', '끈적임 없는'])} {r.choice(PRODUCT)}{r.choice(END)}"
    ),
    lambda r: (
        f"가장 {r.choice(['좋아하는', '소중한', '먼저'])} {r.choice(['향', '사람', '순간'])}에 어울리는 {r.choice(PRODUCT)}."
    ),
    lambda r: (
        f"트러블로 예민해진 피부를 {r.choice(['진정시켜요', '편안하게 달래요', '산뜻하게 정돈해요'])}{r.choice(END)}"
    ),
    lambda r: f"지난 제품보다 {r.choice(['용량을 늘렸어요', '펌프를 바꿨어요', '향을 은은하게 다듬었어요'])}.",
    lambda r: f"낮에는 자외선 차단제를 함께 발라 주세요. {r.choice(PRODUCT)}는 저녁에 써요.",
    lambda r: f"이 제품은 의약품이 아니며 {r.choice(['질환', '아토피', '염증'])}을 치료하지 않습니다.",
    lambda r: "효과가 마음에 들지 않으면 100% 환불해 드려요.",
    lambda r: (
        f"{r.choice(['재생 용기', '재생 플라스틱', '재생지 포장'])}으로 만든 {r.choice(PRODUCT)} 리필을 만나 보세요."
    ),
    lambda r: (
        f"{r.choice(OPEN)}촉촉함이 오래가는 {r.choice(PRODUCT)}, {r.choice(['가볍게', '산뜻하게', '부드럽게'])} 스며들어요{r.choice(END)}"
    ),
    lambda r: f"메이크업 전문가의 팁: {r.choice(PRODUCT)}를 얇게 두드려 바르세요.",
    lambda r: f"미백 기능성으로 보고된 {r.choice(PRODUCT)}, 피부 미백에 도움을 줘요.",
    lambda r: f"{r.choice(['각질층까지', '피부 겉까지'])} 촉촉하게 채워 주는 {r.choice(PRODUCT)}.",
]

Frame = Callable[[random.Random], str]
FRAMES: dict[str, list[Frame]] = {
    "drug_like": [
        lambda r: f"{r.choice(OPEN)}{r.choice(DISEASE)}, {r.choice(PRODUCT)} 하나로 {r.choice(CURE)}{r.choice(END)}",
        lambda r: f"{r.choice(OPEN)}{r.choice(PRODUCT)}가 {r.choice(PHYSIO)}{r.choice(END)}",
        lambda r: f"{r.choice(DISEASE)} 때문에 고민이라면? 이 {r.choice(PRODUCT)}이 {r.choice(CURE)}",
    ],
    "functional_misclaim": [
        lambda r: f"{r.choice(OPEN)}{r.choice(WRINKLE)}을 {r.choice(REDUCE)} {r.choice(PRODUCT)}{r.choice(END)}",
        lambda r: f"{r.choice(OPEN)}{r.choice(PIGMENT)}를 {r.choice(REDUCE)}{r.choice(END)}",
        lambda r: f"바를수록 {r.choice(WHITEN)}, {r.choice(PRODUCT)}{r.choice(END)}",
        lambda r: f"{r.choice(PRODUCT)} 하나로 {r.choice(SUN)}{r.choice(END)}",
        lambda r: f"{r.choice(['샴푸', '두피 에센스', '헤어 토닉'])}로 {r.choice(HAIR)}{r.choice(END)}",
    ],
    "body_reshaping": [
        lambda r: f"{r.choice(OPEN)}바르기만 해도 {r.choice(BODY)}가 {r.choice(RESHAPE)}{r.choice(END)}",
        lambda r: f"{r.choice(BODY)} 고민 끝! {r.choice(PRODUCT)}로 {r.choice(RESHAPE)}",
    ],
    "deception": [
        lambda r: f"{r.choice(OPEN)}{r.choice(PRODUCT)}는 {r.choice(SAFE)}{r.choice(END)}",
        lambda r: (
            f"{r.choice(['모공', '주름', '잡티', '트러블'])}이 {r.choice(['싹', '감쪽같이', '말끔히'])} {r.choice(['사라져요', '없어져요'])}{r.choice(END)}"
        ),
    ],
    "superlative": [
        lambda r: f"{r.choice(MOST)} {r.choice(QUALITY)} {r.choice(PRODUCT)}{r.choice(END)}",
        lambda r: f"보습 {r.choice(SLANG)} {r.choice(PRODUCT)}{r.choice(END)}",
        lambda r: f"{r.choice(ABSOLUTE)} {r.choice(CHANGE)}, {r.choice(PRODUCT)}{r.choice(END)}",
    ],
    "endorsement": [
        lambda r: f"{r.choice(AUTHORITY)}이 {r.choice(ENDORSE)} {r.choice(PRODUCT)}{r.choice(END)}",
        lambda r: f"{r.choice(AGENCY)}가 {r.choice(CERTIFY)} {r.choice(PRODUCT)}{r.choice(END)}",
        lambda r: f"{r.choice(CLINIC)} {r.choice(EQUIV)} 홈케어 {r.choice(PRODUCT)}{r.choice(END)}",
    ],
    "comparison": [
        lambda r: f"{r.choice(RIVAL)}{r.choice(BETTER)} {r.choice(PRODUCT)}{r.choice(END)}",
        lambda r: f"{r.choice(OPEN)}{r.choice(RIVAL)}{r.choice(BETTER)}",
    ],
    "clean": CLEAN,
}


def build(per_label: int, seed: int) -> list[dict[str, str]]:
    """Up to per_label distinct lines per label (fewer when the frames run out of combinations)."""
    rng = random.Random(seed)
    out = []
    for label, frames in FRAMES.items():
        seen: set[str] = set()
        for _ in range(per_label * 20):
            if len(seen) >= per_label:
                break
            text = " ".join(rng.choice(frames)(rng).split())
            if text not in seen:
                seen.add(text)
                out.append({"text": text, "label": label})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--per-label", type=int, default=700)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    lines = build(args.per_label, args.seed)
    args.out.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    counts = {label: sum(x["label"] == label for x in lines) for label in FRAMES}
    print(f"{len(lines)} lines → {args.out}: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
