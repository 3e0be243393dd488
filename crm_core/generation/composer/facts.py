"""What the copy may say about the product, ranked for the reader's angle; nothing else is stated."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crm_core.domain import ListedProduct, Product
from crm_core.generation.composer.angles import Angle, fit

_VOLUME_TAIL = re.compile(r"\s*\(?\d[\d.,]*\s*(ml|mL|g|매|개|입|EA|ea)\b.*$")
_SUN_RATING = re.compile(r"\s*SPF\s?\d+\+?(\s*/\s*PA\+*)?\s*$")  # the rating is a fact the copy states, not a name
# Categories whose name is not a noun for one product ("이 헤어" → "이 헤어 제품").
CATEGORY_NOUNS = {"헤어": "헤어 제품", "립": "립 제품", "바디": "바디 제품", "쿠션·베이스": "쿠션", "마스크·팩": "팩"}
PREMIUM_PRICE = 100_000  # KRW: at or above, copy never leans on price or volume-for-money


def short_product_name(name: str) -> str:
    """'자음생크림 60ml' → '자음생크림', '… 선크림 SPF50+/PA++++ 40ml' → '… 선크림': copy reads
    better without the pack size and the sun rating in the name."""
    short = _SUN_RATING.sub("", _VOLUME_TAIL.sub("", name)).strip()
    return short or name


@dataclass(frozen=True)
class ProductFacts:
    """The product's facts in the order this reader should meet them."""

    name: str
    category: str
    points: tuple[str, ...]  # selling points (noun phrases), best fit first
    claims: tuple[str, ...]  # claim sentences (합쇼체, as in the catalog), best fit first
    ingredients: tuple[str, ...]
    usage: str | None
    volume: str
    price: int | None  # None: not stated (a name-only product, or one listed in another pack size)
    premium: bool  # the line's register: copy never leans on price or volume-for-money

    @property
    def noun(self) -> str:
        """What to call the product once it has been named ("이 크림", "이 헤어 제품")."""
        if not self.category:  # a name-only product: nothing is known but its name
            return "제품"
        return CATEGORY_NOUNS.get(self.category, self.category.split("·")[-1])

    def point(self, k: int) -> str:
        """The k-th selling point (cycling); a key-ingredient phrase when the product has none, and
        only its name for a name-only product (no facts, so no claim)."""
        if not self.points and not self.ingredients:
            return self.name
        if not self.points:
            return f"{self.ingredients[0]}을 담은 {self.category}"
        return self.points[k % len(self.points)]


def _ranked(texts: tuple[str, ...], angle: Angle, concerns: tuple[str, ...]) -> tuple[str, ...]:
    order = sorted(range(len(texts)), key=lambda i: (-fit(texts[i], angle, concerns), i))
    return tuple(texts[i] for i in order)


@lru_cache(maxsize=4096)
def product_facts(product: Product, angle: Angle, concerns: tuple[str, ...] = ()) -> ProductFacts:
    """Selling points and claims ranked by fit with the angle; ingredients keep the catalog's order."""
    claims = tuple(c for c in product.claims if "기능성" not in c or product.functional_claims)
    return ProductFacts(
        name=short_product_name(product.name),
        category=product.category,
        points=_ranked(product.selling_points, angle, concerns),
        claims=_ranked(claims, angle, concerns),
        ingredients=product.key_ingredients,
        usage=product.usage,
        volume=product.volume,
        price=product.price,
        premium=register_price(product) >= PREMIUM_PRICE,
    )


def register_price(product: Product) -> int:
    """The price that sets the line's register: the catalog pack's for a listed size, 0 when unknown."""
    if isinstance(product, ListedProduct):
        return product.catalog_price
    return product.price or 0
