"""Round 40 (readings 96-97: push 3.62 / 3.42, the weakest channel again), counted over copy_eval's grid sent on push
only (push_r39_check's findings, whose counts it prints beside its own):

- angle_unkept: a title that speaks to a sensitive reader ("예민하다면 알고 쓰는 …", "피부가 예민한 날, …") over a body
  that says no care, mildness or way to start (s9903, 2.5: "제목은 예민 피부를 부르지만 본문에 순함·테스트·사용 주의가
  없어 약속을 지키지 못함");
- said_twice: a two-word phrase said twice in one push ("믿고 쓰시는 … 믿고 쓰기 좋아요", s3580);
- choppy_held: what the product holds said with no subject right after what it is ("…녹여 내는 제품이에요. 올리브
  오일을 담았어요.", s9327: "문장이 뚝뚝 끊김");
- no_time / no_loss / no_season: the brief's style (시간 긴박, FOMO, 계절) with no word of it in title or body (s3580,
  s9327: "시간 긴박 요소 없음").

    PYTHONPATH=. python bench/push_r40_check.py --n 1500 [--show angle_unkept] [--dump X]
"""

from __future__ import annotations

import itertools
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from push_grid import bare_body, run_push_counter
from push_r39_check import findings as r39_findings

from crm_core.generation.composer import push

STYLE_WORDS = {
    0: ("no_time", re.compile("지금|오늘(?!도)|이번|전에|바로|마감|서둘|미루지|늦기 전|이맘때|요즘")),
    2: ("no_loss", re.compile("놓치|아쉬|아깝|아까|품절|한정|마감|끊기|떨어지기 전|멈추")),
    4: ("no_season", re.compile("겨울|봄|여름|가을|계절|찬바람|건조|연말|시즌|환절기")),
}
CHOPPY_HELD = re.compile(r"제품(?:이에요|입니다)\. [^.?!,]{2,24}[을를] 담았(?:어요|습니다)\.")
WORD = re.compile(r"[가-힣]+")


def said_twice(text: str) -> bool:
    """Whether a word and the next one's first syllable ("믿고 쓰") come twice in a body (its names cut out)."""
    words = WORD.findall(text)
    pairs = [(a, b[0]) for a, b in itertools.pairwise(words) if len(a) >= 2]
    return len(pairs) != len(set(pairs))


def findings(result, catalog) -> set[str]:  # type: ignore[no-untyped-def]
    found = r39_findings(result, catalog) or set()
    message = result.message
    if not push.title_angle_kept(message.title, message.body):
        found.add("angle_unkept")
    if said_twice(bare_body(result)):
        found.add("said_twice")
    if CHOPPY_HELD.search(message.body):
        found.add("choppy_held")
    style = STYLE_WORDS.get(result.brief.style_index)
    if style and not style[1].search(f"{message.title} {message.body}"):
        found.add(style[0])
    return found


if __name__ == "__main__":
    run_push_counter(__doc__, findings)
