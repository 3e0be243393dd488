"""A 2-D map of products and personas in the content-based recommender's space (for the Data page).

Products are their TF-IDF vectors (facts plus praise in reviews); personas are their concern
queries in the same space. A truncated SVD (PCA without centring, which suits sparse TF-IDF)
fitted on the products gives two axes; it is deterministic, unlike t-SNE, so the map does not
move between reruns. Distances are a rough picture of "talks about the same things".
"""

from __future__ import annotations

import pandas as pd
from scipy.sparse import vstack
from sklearn.decomposition import TruncatedSVD

from crm_core.catalog import Catalog
from crm_core.recommend.content import ContentRecommender
from crm_core.recommend.data import require_products
from crm_core.recommend.profile import persona_profile

PRODUCT, PERSONA = "제품", "페르소나"


def product_persona_map(catalog: Catalog) -> pd.DataFrame:
    """Columns: kind (제품 / 페르소나), label, brand, category, x, y; one row per product and persona."""
    products = require_products(catalog)
    if len(products) < 3:
        raise ValueError(f"a map needs at least 3 products, got {len(products)}")
    content = ContentRecommender().fit(products, catalog.reviews)
    assert content.vectorizer is not None
    personas = [content.vectorizer.transform([content.query_text(persona_profile(p))]) for p in catalog.personas]
    svd = TruncatedSVD(n_components=2, random_state=0).fit(content.matrix)
    points = svd.transform(vstack([content.matrix, *personas]) if personas else content.matrix)
    rows = [(PRODUCT, p.name, p.brand, p.category) for p in products]
    rows += [(PERSONA, p.label_kr, "", "") for p in catalog.personas]
    frame = pd.DataFrame(rows, columns=["kind", "label", "brand", "category"])
    frame["x"], frame["y"] = points[:, 0], points[:, 1]
    return frame
