"""`python -m crm_core search QUERY`: the evidence search from the command line, as JSON hits."""

from __future__ import annotations

import argparse
import sys

from crm_core.catalog import Catalog
from crm_core.cli import print_json
from crm_core.config import load_settings
from crm_core.retrieval import CatalogRetriever
from crm_core.retrieval.types import COLLECTIONS
from crm_core.retrieval.validation import validate_collections, validate_query, validate_top_k


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "search",
        help="search product facts, reviews, brand tone and stage rules",
        description="Hybrid (BM25 + embeddings) search over the catalog; prints a JSON list of "
        "{collection, id, score, text}. Mode and status go to stderr.",
    )
    parser.add_argument("query", help="what to look for, e.g. '건조한 피부 보습'")
    parser.add_argument("--brand", help="only this brand (Korean or English name)")
    parser.add_argument("--product", help="only this product (id, or name within --brand)")
    parser.add_argument(
        "--collection", action="append", metavar="NAME", help=f"repeatable; one of {', '.join(COLLECTIONS)}"
    )
    parser.add_argument("--k", type=int, default=5, help="number of hits, 1..1000 (default 5)")
    parser.add_argument("--data", help="catalog folder (default: settings data_dir)")
    parser.add_argument("--lexical-only", action="store_true", help="skip the embedding model")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Validate the arguments before loading anything, then search and print the hits."""
    query = validate_query(args.query)
    top_k = validate_top_k(args.k, field="k")
    collections = validate_collections(args.collection)
    settings = load_settings()
    catalog = Catalog.load(args.data or settings.data_dir)
    retriever = CatalogRetriever(catalog, settings=settings, embedder=None if args.lexical_only else "auto")
    hits = retriever.search(query, collections=collections, top_k=top_k, brand=args.brand, product=args.product)
    print(f"mode: {retriever.mode} ({retriever.status})", file=sys.stderr)
    print_json([h.to_json() for h in hits])
    return 0
