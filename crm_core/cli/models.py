"""`models`: what model weights are here (status), fetch the defaults (pull), write tiny test models (make-tiny)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from crm_core.backends.device import device_info
from crm_core.cli import print_json
from crm_core.config import Settings, load_settings


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="Model status, download and tiny test models")
    verbs = p.add_subparsers(dest="verb", required=True, metavar="VERB")

    status = verbs.add_parser("status", help="Print which configured models are present and loadable (JSON)")
    status.add_argument("--load", action="store_true", help="also load both models and report load time or error")
    add_model_flags(status)
    status.set_defaults(run=run_status)

    pull = verbs.add_parser("pull", help="Download the drafter and refiner into models/ (needs internet)")
    add_model_flags(pull)
    pull.set_defaults(run=run_pull)

    tiny = verbs.add_parser("make-tiny", help="Write tiny random drafter/refiner folders (offline demos, tests)")
    tiny.add_argument("dir", help="folder to write tiny-qwen2/, tiny-exaone4/ and tiny-exaone4-lora/ into")
    tiny.add_argument("--no-adapter", action="store_true", help="skip the tiny LoRA adapter")
    tiny.set_defaults(run=run_make_tiny)


def add_model_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument("--drafter", help="drafter model id or folder (default: settings)")
    p.add_argument("--refiner", help="refiner model id or folder (default: settings)")
    p.add_argument("--adapter", help="refiner LoRA adapter folder")
    p.add_argument("--models_dir", help="where local model folders live (default: models/)")


def settings_from(args: argparse.Namespace) -> Settings:
    return load_settings(drafter=args.drafter, refiner=args.refiner, adapter=args.adapter, models_dir=args.models_dir)


def run_status(args: argparse.Namespace) -> int:
    """Present / loadable / licence per model; with --load, the load time or the error. Exit 1 if not loadable."""
    from crm_core.backends.model_files import adapter_folder, model_status
    from crm_core.errors import CrmError

    settings = settings_from(args)
    report: dict[str, Any] = {
        "device": device_info(),
        "models_dir": str(settings.models_dir),
        "models": [
            model_status(settings.drafter, settings.models_dir, "drafter"),
            model_status(settings.refiner, settings.models_dir, "refiner"),
        ],
    }
    if settings.adapter:
        report["adapter"] = {"adapter": settings.adapter}
        try:
            report["adapter"]["path"] = str(adapter_folder(settings.adapter, settings.models_dir))
        except CrmError as exc:
            report["adapter"]["error"] = str(exc)
    if args.load:
        from crm_core.chain.build import transformers_backends

        try:
            drafter, refiner = transformers_backends(settings)
            report["load"] = {"seconds": round(drafter.warm_up() + refiner.warm_up(), 3)}
            report["load"] |= {"drafter": drafter.describe(), "refiner": refiner.describe()}
        except CrmError as exc:
            report["load"] = {"error": str(exc)}
    print_json(report)
    ok = all(m["loadable"] for m in report["models"]) and "error" not in report.get("load", {})
    return 0 if ok else 1


def run_pull(args: argparse.Namespace) -> int:
    """Download each configured hub model that is not already here."""
    from crm_core.backends.model_files import is_repo_id, locate, pull

    settings = settings_from(args)
    for model in (settings.drafter, settings.refiner):
        found = locate(model, settings.models_dir)
        if found:
            print(f"{model}: already at {found.path}", file=sys.stderr)
        elif is_repo_id(model):
            print(f"{model}: downloading …", file=sys.stderr)
            print(f"{model}: saved to {pull(model, settings.models_dir)}", file=sys.stderr)
        else:
            print(f"{model}: not a hub id and not a model folder; nothing to pull", file=sys.stderr)
            return 1
    return 0


def run_make_tiny(args: argparse.Namespace) -> int:
    """Write the tiny models and print the command that runs the chain on them."""
    from crm_core.backends.tiny import make_tiny_pair
    from crm_core.errors import InvalidInput

    try:
        paths = make_tiny_pair(Path(args.dir), with_adapter=not args.no_adapter)
    except OSError as exc:
        where = exc.filename or args.dir
        raise InvalidInput("dir", f"cannot write the tiny models to {where}: {exc.strerror}") from None
    print_json({k: str(v) for k, v in paths.items()})
    adapter = f" --adapter {paths['adapter']}" if "adapter" in paths else ""
    print(
        "try: python -m crm_core generate --persona 0 --brand 설화수 --product 자음생크림 --stage_index 1 "
        f"--style_index 2 --is_event 1 --backend transformers --drafter {paths['drafter']} "
        f"--refiner {paths['refiner']}{adapter}",
        file=sys.stderr,
    )
    return 0
