"""The catalog: load, validate, look up and import brands, products, reviews and rules."""

from crm_core.catalog.catalog import Catalog, ResolvedBrief
from crm_core.catalog.importers import ImportResult, catalog_from, import_table, write_catalog
from crm_core.catalog.loader import CATALOG_FILES, DEFAULT_DATA_DIR
from crm_core.catalog.prototype import import_prototype_folder

__all__ = [
    "CATALOG_FILES",
    "DEFAULT_DATA_DIR",
    "Catalog",
    "ImportResult",
    "ResolvedBrief",
    "catalog_from",
    "import_prototype_folder",
    "import_table",
    "write_catalog",
]
