"""Helpers for guard tests: channel specs written here (tests do not depend on data/) and check shortcuts."""

from __future__ import annotations

from typing import Any

from crm_core.catalog import Catalog, ResolvedBrief
from crm_core.domain import Brand, Brief, ChannelSpec, Persona, Product, StageGoal, StyleFamily, StyleTemplate
from crm_core.guard import Example, Guard, GuardContext, GuardReport, example_parts

LONGEST_NAME = "김아모레퍼시픽"  # the longest sample value of every declared name variable


def _spec(channel: str, unit: str, limit: int, *, legal: bool = True, **extra: Any) -> ChannelSpec:
    return ChannelSpec(channel=channel, name_kr=channel, unit=unit, body_limit=limit, limit_is_legal=legal, **extra)


CHANNELS: dict[str, ChannelSpec] = {
    "push": _spec("push", "chars", 160, legal=False, title_limit=40, variables={"#{고객명}": LONGEST_NAME}),
    "kakao_alimtalk": _spec(
        "kakao_alimtalk", "chars", 1000, button_limit=14, ads_allowed=False, variables={"#{고객명}": LONGEST_NAME}
    ),
    "kakao_friendtalk": _spec(
        "kakao_friendtalk", "chars", 1000, button_limit=14, variables={"#{고객명}": LONGEST_NAME}
    ),
    "sms": _spec("sms", "bytes", 90, variables={"#{고객명}": LONGEST_NAME}),
    "lms": _spec("lms", "bytes", 2000, variables={"#{고객명}": LONGEST_NAME}),
    "email": _spec("email", "chars", 5000, legal=False, night_rule=False, variables={"#{고객명}": LONGEST_NAME}),
}


def context(**fields: Any) -> GuardContext:
    """A context from example-style fields: channel, ad, sender, facts, functional_claims, stage, send_at …"""
    return GuardContext.from_example(Example(text="-", **fields), CHANNELS)


def run(guard: Guard, text: str, **fields: Any) -> GuardReport:
    """Check one message given as sent (and optionally title/cta) under an example-style context."""
    example = Example(text=text, **fields)
    return guard.check(example_parts(example), GuardContext.from_example(example, CHANNELS))


def rule_ids(report: GuardReport) -> set[str]:
    return {f.rule_id for f in report.findings}


def categories(report: GuardReport) -> set[str]:
    return {f.category for f in report.findings}


def small_catalog() -> Catalog:
    """One brand, one registered-for-wrinkles product, five stages and personas, all channels."""
    brand = Brand(
        name="설화수",
        name_en="Sulwhasoo",
        story="인삼을 오래 연구해 온 브랜드로, 시간이 쌓일수록 깊어지는 아름다움을 소중히 여깁니다.",
        tone_keywords=("고요한", "품격있는"),
        do_phrases=("고요히 스며드는", "피부 본연의 균형"),
        dont_phrases=("대박", "초특가"),
        exemplars=(
            "고요한 저녁, 크림 한 스푼으로 하루의 결을 정돈해 보세요.",
            "인삼이 품은 기운을 피부 가까이에 담았습니다.",
        ),
    )
    product = Product(
        id="SWS-T01",
        brand="설화수",
        name="자음생크림 60ml",
        category="크림",
        price=250000,
        volume="60ml",
        key_ingredients=("인삼 열매 추출물", "세라마이드"),
        claims=("인삼 열매 추출물을 담은 영양 크림입니다.", "바른 뒤 끈적임 없이 은은한 윤기가 남습니다."),
        functional_claims=("주름개선",),
    )
    names = ("Acquisition", "Activation", "Retention", "Revenue", "Referral")
    stages = tuple(
        StageGoal(
            index=i,
            name=name,
            name_kr=name,
            objective="목표",
            target_state="상태",
            allowed_context=("허용",),
            forbidden_context=("구매 압박",),
            message_focus=("초점",),
            cta_style="가볍게 살펴보기 / 경험해보기",
            cta_examples=("브랜드 알아보기", "한 번 써보기"),
        )
        for i, name in enumerate(names)
    )
    personas = tuple(
        Persona(
            index=i,
            name=n,
            label_kr=k,
            age_min=20,
            age_max=40,
            skin_concerns=("건조함",),
            shopping_style="s",
            value_focus="v",
        )
        for i, (n, k) in enumerate(
            [
                ("Luxury_Lover", "럭셔리 애호가"),
                ("Sensitive_Skin", "민감성 피부"),
                ("Budget_Seeker", "가성비 추구"),
                ("Trend_Follower", "트렌드 팔로워"),
                ("Natural_Beauty", "내추럴 뷰티"),
            ]
        )
    )
    template = StyleTemplate(
        id="T-1", stage=0, title="{brand} 이야기", body="{product}를 만나보세요.", cta="브랜드 알아보기"
    )
    style = StyleFamily(index=0, name="Information_Universal", name_kr="정보", description="d", templates=(template,))
    return Catalog(
        brands=(brand,),
        products=(product,),
        reviews=(),
        personas=personas,
        stages=stages,
        styles=(style,),
        events=(),
        channels=tuple(CHANNELS.values()),
    )


def resolved_brief(channel: str = "kakao_friendtalk", stage: int = 0, **brief: Any) -> ResolvedBrief:
    catalog = small_catalog()
    return catalog.resolve(
        Brief(
            persona=2, brand="설화수", product="자음생크림", stage_index=stage, style_index=0, channel=channel, **brief
        )
    )
