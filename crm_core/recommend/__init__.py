"""Persona / customer profile → products: popularity, content-based, two-tower and hybrid recommenders."""

from crm_core.recommend.base import Recommendation, RecommendationSet, Recommender
from crm_core.recommend.profile import AGE_GROUPS, CONCERNS, CustomerProfile, custom_profile, persona_profile
from crm_core.recommend.service import (
    DEFAULT_RECOMMENDER,
    RECOMMENDERS,
    ProductRecommender,
    default_model_path,
    train_two_tower,
)
from crm_core.recommend.two_tower import RecommenderModelError, TwoTowerSettings

__all__ = [
    "AGE_GROUPS",
    "CONCERNS",
    "DEFAULT_RECOMMENDER",
    "RECOMMENDERS",
    "CustomerProfile",
    "ProductRecommender",
    "Recommendation",
    "RecommendationSet",
    "Recommender",
    "RecommenderModelError",
    "TwoTowerSettings",
    "custom_profile",
    "default_model_path",
    "persona_profile",
    "train_two_tower",
]
