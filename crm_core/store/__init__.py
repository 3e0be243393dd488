"""The workbench database: runs, variants, approvals, decisions, edits and audit (SQLite or any SQLAlchemy URL)."""

from crm_core.store.errors import ApprovalRefused, DuplicateApproval, NotFound, SchemaTooNew, StoreError
from crm_core.store.filters import VariantFilter
from crm_core.store.queue import CampaignQueue, QueueItem, QueueRequest
from crm_core.store.schema import SCHEMA_VERSION
from crm_core.store.store import Store
from crm_core.store.views import (
    ApprovalView,
    BulkResult,
    HistoryEntry,
    PastMessage,
    Recheck,
    RowFailure,
    RunInfo,
    VariantView,
)

__all__ = [
    "SCHEMA_VERSION",
    "ApprovalRefused",
    "ApprovalView",
    "BulkResult",
    "CampaignQueue",
    "DuplicateApproval",
    "HistoryEntry",
    "NotFound",
    "PastMessage",
    "QueueItem",
    "QueueRequest",
    "Recheck",
    "RowFailure",
    "RunInfo",
    "SchemaTooNew",
    "Store",
    "StoreError",
    "VariantFilter",
    "VariantView",
]
