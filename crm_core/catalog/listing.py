"""A sheet that lists a catalog product in another pack size: the copy states the sheet's size, no price.

`탄력크림 EX 50ml` matches the catalog's `탄력크림 EX 75ml` (normalised: the same cream), but a
message for the 50ml listing must not say 75ml or the 75ml price. The product it carries is the
catalog product with the sheet's size in its name and volume and the price withheld; claims,
selling points or usage that speak of the catalog's pack (its size, `넉넉한 용량`) are left out. A sheet that writes no
size, or the catalog's own size (among others, `30ml/60ml/90ml`, counts as another listing), keeps
the catalog product as it is.
"""

from __future__ import annotations

import re

from crm_core.catalog.names import volumes
from crm_core.domain import ListedProduct, Product, ProductMatch

_SIZE = re.compile(r"\d+(?:\.\d+)?\s*(?:ml|mℓ|l|g|kg|mg|oz|매)(?![a-z가-힣])", re.IGNORECASE)


def own_sizes(product: Product) -> set[str]:
    """The catalog product's pack sizes, from its volume and its name."""
    return set(volumes(product.volume)) | set(volumes(product.name))


def listed_size(product: Product, sheet_text: str) -> str | None:
    """The sheet's pack size(s) when any differs from the product's, '/'-joined; None when the sheet
    writes none or only the product's own sizes."""
    written = tuple(dict.fromkeys(volumes(sheet_text)))
    if not written:
        return None
    # a sheet naming one of the pack's own sizes ("23ml" of "23ml×5매") lists this very product
    return None if set(written) <= own_sizes(product) else "/".join(written)


def as_listed(product: Product, match: ProductMatch) -> tuple[Product, ProductMatch]:
    """The product as the sheet (`match.from_`) lists it, and the match recording the sheet's size;
    both unchanged when the sizes agree (see the module docstring)."""
    size = listed_size(product, match.from_)
    if size is None:
        return product, match
    own = own_sizes(product)

    def states_own_size(text: str) -> bool:  # "75ml", or "넉넉한 용량" (said of the catalog's pack)
        return "용량" in text or any(v in own for v in volumes(text))

    name, replaced = _SIZE.subn(size, product.name, count=1)
    fields = product.model_dump()
    fields.update(
        name=name if replaced else f"{product.name} {size}",
        volume=size,
        price=None,
        catalog_volume=product.volume,
        catalog_price=product.price,
        claims=tuple(c for c in product.claims if not states_own_size(c)),
        selling_points=tuple(p for p in product.selling_points if not states_own_size(p)),
        usage=None if product.usage and states_own_size(product.usage) else product.usage,
    )
    return ListedProduct.model_validate(fields), match.model_copy(update={"listed_size": size})
