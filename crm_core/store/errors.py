"""Store errors a marketer can act on: each names the variant and what to do next."""

from __future__ import annotations

from collections.abc import Sequence

from crm_core.errors import CrmError, InvalidInput


class StoreError(CrmError):
    """The workbench database cannot do what was asked."""


class NotFound(StoreError):
    """A run or variant id that is not in this database."""

    def __init__(self, what: str, ident: int):
        self.what, self.ident = what, ident
        super().__init__(f"{what} {ident} not found in the workbench database")


class ApprovalRefused(StoreError):
    """Approval of a blocked variant; names the blocking rule ids so the page can point at them."""

    def __init__(self, variant_id: int, rule_ids: Sequence[str]):
        self.variant_id = variant_id
        self.rule_ids = tuple(rule_ids)
        super().__init__(
            f"variant {variant_id} cannot be approved: blocking findings {', '.join(self.rule_ids)}; "
            "edit the message so the guard passes, then approve"
        )


class DuplicateApproval(StoreError):
    """Approval of a variant whose text is exactly that of an approved sibling (same brief): one is enough."""

    def __init__(self, variant_id: int, twin_id: int):
        self.variant_id, self.twin_id = variant_id, twin_id
        super().__init__(
            f"variant {variant_id} cannot be approved: its text is identical to approved variant {twin_id} "
            "of the same brief; edit it or keep the approved one"
        )


class SchemaTooNew(StoreError):
    """The database was written by a newer workbench; refusing to touch it protects its data."""

    def __init__(self, found: int, supported: int):
        super().__init__(
            f"workbench database schema version {found} is newer than this build supports ({supported}); "
            "upgrade the workbench or point CRM_DB_URL at another database"
        )


def required_text(field: str, value: str | None) -> str:
    """A non-blank reason/user string, stripped.

    :raises InvalidInput: naming the field when it is blank.
    """
    text = (value or "").strip()
    if not text:
        raise InvalidInput(field, f"a {field} is required")
    return text
