"""Persona / customer profile → products: popularity, content-based, two-tower and hybrid recommenders.

Only the light names live here; the recommenders load scikit-learn (content) and torch (two-tower)
from their own modules, so importing this package (the CLI, the workbench) stays cheap:
`crm_core.recommend.service` has ProductRecommender and train_two_tower.
"""

from crm_core.recommend.base import (
    DEFAULT_RECOMMENDER,
    RECOMMENDERS,
    Recommendation,
    RecommendationSet,
    RecommenderModelError,
    TwoTowerSettings,
)
from crm_core.recommend.profile import AGE_GROUPS, CONCERNS, CustomerProfile, custom_profile, persona_profile

__all__ = [
    "AGE_GROUPS",
    "CONCERNS",
    "DEFAULT_RECOMMENDER",
    "RECOMMENDERS",
    "CustomerProfile",
    "Recommendation",
    "RecommendationSet",
    "RecommenderModelError",
    "TwoTowerSettings",
    "custom_profile",
    "persona_profile",
]
