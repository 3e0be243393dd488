"""`catalog import | undo | history`: bring a shop export or a prototype folder into the user's catalog folder."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from crm_core.catalog import Catalog, import_prototype_folder, import_table
from crm_core.catalog.importers import ImportResult
from crm_core.catalog.loader import DEFAULT_DATA_DIR
from crm_core.catalog.mapping import MappingEntry, ProductMapping
from crm_core.catalog.versions import apply_import, history, plan_import, undo_import
from crm_core.cli import print_json
from crm_core.config import load_settings
from crm_core.errors import InvalidInput
from crm_core.store import Store
from crm_core.store.mappings import save_mapping


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("catalog", help="Import into the user's catalog folder (dry run, apply, undo)")
    actions = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    imp = actions.add_parser("import", help="Import a products/reviews CSV or JSON, or a prototype data folder")
    imp.add_argument("source", help="a .csv/.json export, or a prototype data folder")
    imp.add_argument("--kind", choices=("products", "reviews"), default="products", help="what a file holds")
    imp.add_argument("--products", help="products CSV/JSON for a prototype folder (it has none of its own)")
    imp.add_argument("--reviews", help="reviews CSV/JSON for a prototype folder")
    imp.add_argument("--dry_run", action="store_true", help="report new / changed / invalid rows; write nothing")
    for action in (imp, actions.add_parser("undo", help="Undo the newest import"),
                   actions.add_parser("history", help="List the imports that can be undone")):  # fmt: skip
        action.add_argument("--into", help="the user's catalog folder (default: CRM_DATA_DIR when set outside data/)")
    mapping = actions.add_parser("map", help="Map a sheet's product name to a catalog product (or to name only)")
    mapping.add_argument("--brand", required=True, help="the brand as the sheet writes it")
    mapping.add_argument("--from", dest="sheet_name", required=True, help="the product name as the sheet writes it")
    target = mapping.add_mutually_exclusive_group(required=True)
    target.add_argument("--product_id", help="the catalog product id it names")
    target.add_argument("--name_only", action="store_true", help="write it from its name only")
    mapping.add_argument("--mapping", help="mapping JSON file to write (default: the store, as the Batch page)")
    p.set_defaults(run=run)


def save_one_mapping(args: argparse.Namespace) -> int:
    """Check the product id against the catalog, then write the entry to the file or the store."""
    settings = load_settings()
    entry = MappingEntry(args.brand, args.sheet_name, None if args.name_only else args.product_id)
    if entry.product_id is not None and entry.product_id not in Catalog.load(settings.data_dir).products_by_id:
        raise InvalidInput("product_id", f"no product with id {entry.product_id!r} in {settings.data_dir}")
    if args.mapping:
        mapping = ProductMapping.load(args.mapping)
        mapping.update([entry])
        mapping.save(args.mapping)
    else:
        store = Store.open(settings.database_url, reconcile=False)
        try:
            save_mapping(store, [entry], user=getpass.getuser())
        finally:
            store.close()
    print_json({"brand": entry.brand, "from": entry.sheet_name, "product_id": entry.product_id})
    return 0


def target_folder(into: str | None) -> Path:
    """The user's catalog folder; the sample catalog under data/ is never written.

    :raises InvalidInput: on field into when none is given or it is the sample folder.
    """
    folder = Path(into) if into else load_settings().data_dir
    if folder.resolve() == DEFAULT_DATA_DIR.resolve():
        raise InvalidInput("into", f"the sample catalog {DEFAULT_DATA_DIR} is never written; give --into DIR")
    if folder.exists() and not folder.is_dir():
        raise InvalidInput("into", f"{folder} is a file, not a folder")
    return folder


def read_source(args: argparse.Namespace) -> ImportResult:
    source = Path(args.source)
    if source.is_dir():
        return import_prototype_folder(source, products=args.products, reviews=args.reviews)
    if not source.is_file():
        raise InvalidInput("source", f"not found: {source}")
    if source.suffix.lower() not in (".csv", ".json"):
        raise InvalidInput("source", f"unsupported file type {source.suffix or '(none)'}", allowed=[".csv", ".json"])
    return import_table(source, args.kind)


def run(args: argparse.Namespace) -> int:
    if args.action == "map":
        return save_one_mapping(args)
    folder = target_folder(args.into)
    if args.action == "history":
        print_json(history(folder))
        return 0
    if args.action == "undo":
        undone = undo_import(folder)
        print_json({"undone": undone, "folder": str(folder)})
        return 0
    plan = plan_import(read_source(args), folder)
    report = plan.summary()
    if args.dry_run or not plan.ok:
        print_json(report | {"applied": False})
        return 0 if plan.ok else 2
    folder.mkdir(parents=True, exist_ok=True)
    version = apply_import(plan, folder, source=str(args.source))
    print_json(report | {"applied": True, "version": version, "folder": str(folder)})
    return 0
