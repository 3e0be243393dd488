"""Command-line entry: one small module per command, each with add_parser() and run()."""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Sequence

from crm_core.errors import CrmError

# Each name is a module crm_core.cli.<name> exposing add_parser(subparsers) and run(args) -> int.
COMMANDS = ("generate", "check", "search", "models", "triggers", "catalog", "recommend")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m crm_core", description="CRM Message Workbench engine")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        importlib.import_module(f"crm_core.cli.{name}").add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; a CrmError prints its message and exits 1 (2 for bad input)."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args) or 0)
    except CrmError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        return 3


def print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
