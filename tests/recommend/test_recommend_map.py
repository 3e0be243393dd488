"""The Data page's map: every product and persona placed, the same way on every run."""

from __future__ import annotations

import dataclasses

import pandas as pd
import pytest

from crm_core.catalog import Catalog
from crm_core.errors import InvalidInput
from crm_core.recommend.projection import PERSONA, PRODUCT, product_persona_map


def test_map_places_every_product_and_persona_reproducibly(catalog: Catalog) -> None:
    first = product_persona_map(catalog)
    assert first["kind"].value_counts().to_dict() == {PRODUCT: len(catalog.products), PERSONA: len(catalog.personas)}
    assert first.loc[first["kind"] == PERSONA, "label"].tolist() == [p.label_kr for p in catalog.personas]
    pd.testing.assert_frame_equal(first, product_persona_map(catalog))


def test_map_of_an_empty_catalog_names_the_field(catalog: Catalog) -> None:
    with pytest.raises(InvalidInput, match="catalog: the catalog at"):
        product_persona_map(dataclasses.replace(catalog, products=()))
