"""Round 39's long-copy rules (email, LMS, KakaoTalk; readings 94-95): a thought said once, even where both sentences
are the reader's own; no emotional line that tells nothing of the product; a catalog claim said with a subject; the
natural reader's lead-in only where the message says where an ingredient comes from. Counted over the grid by
bench/long_r39_check.py."""

from __future__ import annotations

import re

from crm_core.catalog import Catalog
from crm_core.domain import Brief, Honorific, Tone
from crm_core.evidence import assemble_evidence
from crm_core.generation.base import GenerationRequest
from crm_core.generation.composer import compose

# the emotional lines readings 94-95 read as empty (s9542, s9059) and the one that pointed back across a tip
STOCK_MOMENT = re.compile(r"에도 (?:이 )?\S+에는 마음 편히 손이 가|덕분에 (?:이 )?\S+만큼은 기분 좋게 챙길")


def _body(catalog: Catalog, **spec) -> str:  # type: ignore[no-untyped-def]
    resolved = catalog.resolve(Brief(**spec))
    return compose(GenerationRequest(resolved, assemble_evidence(resolved), 0))[0].body


def test_a_second_bare_deciding_sentence_is_not_said():
    """s3502 ("'새 클렌저를 들일' 문장이 두 번 반복"): the season hook asks whether the reader is choosing a cleanser;
    the time line that asks it again, naming nothing of the product, goes."""
    from crm_core.generation.composer.forms import _decided_once

    body = (
        "겨울에 새로 들일 클렌저를 찾고 있었다면 눈여겨볼 만한 제품이 있어요. 새 클렌저를 들일 생각이었다면 오늘이 "
        "시작하기 좋은 날이에요. 순정 약산성 5.5 폼 클렌저는 데일리 클렌저이고, 주요 성분은 아미노산·판테놀이에요. "
        "아침저녁 매일 쓰기 부담 없는 순한 세안감이에요.\n\n몽글몽글한 거품이 부드럽게 씻어 내요.\n\n"
        "내 피부에 맞는지 살펴보고 이번 혜택으로 골라 보세요."
    )
    out = _decided_once(body, "순정 약산성 5.5 폼 클렌저")
    assert "들일 생각이었다면" not in out, out
    assert out.count("들일") == 1, out
    assert "순정 약산성 5.5 폼 클렌저는 데일리 클렌저이고" in out, out


def test_a_second_deciding_sentence_that_names_the_product_keeps_the_name_without_the_doubt():
    """906 of the grid: "…샴푸를 찾고 있었다면 … 청아 딥클렌징 샴푸, 궁금했다면 이번 주가 …": the product stays named,
    the second "궁금했다면" goes."""
    from crm_core.generation.composer.forms import _decided_once

    body = (
        "겨울에 새로 들일 샴푸를 찾고 있었다면 눈여겨볼 만한 제품이 있어요. ✨ 청아 딥클렌징 샴푸, 궁금했다면 이번 "
        "주가 만나 보기 좋은 때예요. 피지와 노폐물을 개운하게 씻는 샴푸예요.\n자세히 살펴보세요."
    )
    out = _decided_once(body, "청아 딥클렌징 샴푸")
    assert "✨ 청아 딥클렌징 샴푸는 이번 주가 만나 보기 좋은 때예요." in out, out
    assert "궁금했다면" not in out, out


def test_the_reader_s_fit_gives_way_to_a_hook_that_says_the_same_thought():
    """The grid's natural reader (116, 퓨어 핏 시카 크림): "원료부터 꼼꼼히 살피는 분이라면 …에 든 병풀 추출물이 반가울
    거예요." then the fit "원료부터 살피는 분이라면 병풀 추출물이 자연에서 얻은 원료라는 점이 반가울 거예요.": a guarded
    fit that is `soft` gives way; a guarded one that is not stays."""
    from crm_core.generation.composer.forms import thought_said_once

    name = "퓨어 핏 시카 크림"
    hook = "원료부터 꼼꼼히 살피는 분이라면 퓨어 핏 시카 크림에 든 병풀 추출물이 반가울 거예요."
    fit = "원료부터 살피는 분이라면 병풀 추출물이 자연에서 얻은 원료라는 점이 반가울 거예요."
    rest = ["예민해진 피부를 감싸는 가벼운 크림이에요.", "바른 뒤 피부가 편안해요.", "오늘 만나 보세요."]
    skip = frozenset(name.split())
    guarded = frozenset({hook, fit})
    assert thought_said_once([hook, fit, *rest], guarded, skip, name, frozenset({fit})) == [hook, None, *rest]
    assert thought_said_once([hook, fit, *rest], guarded, skip, name) == [hook, fit, *rest]


def test_the_emotional_line_never_says_a_stock_moment(catalog: Catalog):
    """s9542 ("'기분 전환', '피부가 편안해요' 같은 빈 문장"), s9059 ("'샴푸에는 마음 편히 손이 갑니다' 어색"): the
    emotional style's line says a feel or an ingredient of this product the message has left unsaid (the sunscreen
    has 병풀 추출물 and its feels): never "…날에도 이 선크림에는 마음 편히 손이 가요"."""
    bodies = [
        _body(catalog, brand=brand, product=product, persona=persona, stage_index=stage, style_index=3,
              channel=channel, honorific=Honorific.haeyo, seed=seed)
        for brand, product, persona, stage in (
            ("한율", "어린쑥 수분진정 선크림 SPF50+/PA++++ 50ml", 3, 2),
        )
        for channel in ("email", "kakao_friendtalk")
        for seed in range(4)
    ]  # fmt: skip
    stock = [b for b in bodies if STOCK_MOMENT.search(b)]
    assert not stock, stock[:2]
    assert all("선크림" in b for b in bodies)


def test_a_claim_of_when_it_is_used_is_said_as_the_day_it_suits(catalog: Catalog):
    """s6667 ("'사용합니다' 주어가 어색"): the catalog's "…생기를 더하고 싶은 날 사용합니다." is said as "…싶은 날
    쓰기 좋습니다." in a long message."""
    bodies = [
        _body(catalog, brand="아이오페", product="PDRN 카페인샷 30ml", persona=4, stage_index=3, style_index=5,
              channel=channel, tone=Tone.trendy, honorific=Honorific.hapsho, seed=seed)
        for channel in ("email", "lms")
        for seed in range(1, 5)
    ]  # fmt: skip
    assert not [b for b in bodies if "날 사용합니다" in b]
    assert any("생기를 더하고 싶은 날 쓰기 좋습니다." in b for b in bodies), bodies


def test_the_origin_lead_in_only_before_an_origin():
    """Readings 94-95: "원료가 어디서 왔는지 먼저 보는 분께 …을 권해 드려요" led messages that never say where an
    ingredient comes from; it stays where one does. "성분표부터 확인하는 분께" is not said again by a fit on the
    label."""
    from crm_core.generation.composer.forms import _origin_lead_in_kept

    bare = (
        "원료가 어디서 왔는지 먼저 보는 분께 한율의 극진 크림을 권해 드려요. 홍삼과 벌꿀 추출물을 담은 영양 크림이에요."
    )
    told = bare + " 원료부터 살피는 분이라면 홍삼 추출물이 자연에서 얻은 원료라는 점이 반가울 거예요."
    assert _origin_lead_in_kept(bare).startswith("오래 써도 편안한 사용감을 찾는 분께 한율의 극진 크림을"), bare
    assert _origin_lead_in_kept(told) == told
    label = "성분표부터 확인하는 분께 려의 자양윤모 트리트먼트를 권해 드려요. 성분표를 먼저 보신다면 판테놀을 보세요."
    assert _origin_lead_in_kept(label).startswith("새 제품을 조심스레 고르는 분께 려의"), label
