"""How a brief's product text became a product: matched in the catalog, mapped by the user, or name only."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from crm_core.domain.catalog import Brand, Product, Record

MatchKind = Literal["exact", "unique_part", "normalised", "mapped", "name_only"]
# A name-only product's id; ':' never occurs in a catalog product id, so the two cannot be confused.
NAME_ONLY_ID_PREFIX = "name-only:"
# A name-only product of a row that named no brand (기타), written in the house voice.
UNBRANDED_ID_PREFIX = f"{NAME_ONLY_ID_PREFIX}house:"


def is_name_only_id(product_id: str) -> bool:
    """True for the id of a product written from its name only (stored results keep just the id)."""
    return product_id.startswith(NAME_ONLY_ID_PREFIX)


def is_unbranded_id(product_id: str) -> bool:
    """True for a name-only product of a row with no brand (기타), written in the house voice."""
    return product_id.startswith(UNBRANDED_ID_PREFIX)


def match_label(product_id: str) -> str:
    """How a stored variant's product was found, for the export and the results grid."""
    if is_unbranded_id(product_id):
        return "name_only_unbranded"
    return "name_only" if is_name_only_id(product_id) else "catalog"


class ProductMatch(Record):
    """`kind` says how the product was found, `from` is the sheet's own text, `score` how alike (0..1).

    exact: the catalog name as written · unique_part: the only name containing the text ·
    normalised: the same product written differently (size, SPF/PA notation, spacing, spelling) ·
    mapped: the user's confirmed mapping · name_only: not in the catalog; written from the name alone.
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    kind: MatchKind
    from_: str = Field(alias="from", description="The product text as the sheet wrote it")
    score: float = Field(ge=0.0, le=1.0)
    brand_from: str | None = Field(
        default=None, description="The sheet's brand text when it was a prefix or the English name"
    )
    brand_in_catalog: bool = Field(default=True, description="False when the brand, too, is written from its name")
    unbranded: bool = Field(
        default=False,
        description="True: the sheet named no brand (기타); written in the neutral house voice, never a brand's",
    )
    listed_size: str | None = Field(
        default=None,
        description="The sheet's pack size when it differs from the catalog product's: the copy states the sheet's "
        "size and no price (the catalog's price is for another size)",
    )


class ListedProduct(Product):
    """A catalog product as a sheet lists it in another pack size (`탄력크림 EX 50ml` for the 75ml product).

    Name and volume are the sheet's; every other fact is the catalog's (the same product). The
    catalog's price is for another pack, so `price` is None and nothing states it; `catalog_price`
    only tells the product line's register (premium or not) and is never written into copy.
    """

    price: None = None  # type: ignore[assignment]
    claims: tuple[str, ...] = ()  # those stating the catalog's pack size are left out (maybe all)
    catalog_volume: str = Field(min_length=1, description="The catalog product's own pack size")
    catalog_price: int = Field(gt=0, description="The catalog pack's price: the line's register, never stated")


class NameOnlyProduct(Record):
    """A product missing from the catalog: only its sheet name and brand, no facts to state.

    It has the fact fields of Product, all empty, so code that reads facts finds none;
    `name_only` (always True) tells it apart from a catalog product when results are read back.
    """

    id: str
    brand: str
    name: str
    name_only: Literal[True]
    category: str = ""
    price: int | None = None
    volume: str = ""
    key_ingredients: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    selling_points: tuple[str, ...] = ()
    functional_claims: tuple[str, ...] = ()
    skin_types: tuple[str, ...] = ()
    usage: str | None = None
    url: str | None = None


def name_only_brand(name: str) -> Brand:
    """A brand missing from the catalog, written with a neutral voice (no story, no exemplars of its own)."""
    return Brand(
        name=name,
        name_en=name,
        story=f"{name}: 카탈로그에 없는 브랜드입니다. 브랜드 소개 없이 이름만 사용합니다.",
        tone_keywords=("간결한", "중립적인"),
    )


def house_brand(name: str) -> Brand:
    """The neutral house voice for rows that name no brand: the sender's name, no story, tone or exemplars
    of any catalog brand."""
    return Brand(
        name=name,
        name_en=name,
        story=f"{name}: 브랜드가 정해지지 않은 행에 쓰는 중립적인 하우스 보이스입니다. "
        "어느 브랜드의 이야기도 쓰지 않습니다.",
        tone_keywords=("간결한", "중립적인"),
    )
