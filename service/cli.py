"""The ``grooming-risk`` command line. Subcommands are thin: parse arguments, call the library, print."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from service.errors import ServiceError


def _serve(args: argparse.Namespace) -> int:
    from service.server import GroomingRiskServer
    from service.settings import load_settings

    settings = load_settings(
        host=args.host,
        port=args.port,
        metrics_port=args.metrics_port,
        data_dir=args.data_dir,
        policy_file=args.policy,
        model_dir=args.model_dir,
        grace_period_seconds=args.grace_period,
        workers=args.workers,
    )
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    server = GroomingRiskServer(settings)
    endpoints = server.start()
    print(
        f"grooming-risk serving on {settings.host}:{endpoints.port} (metrics :{endpoints.metrics_port}/metrics)",
        flush=True,
    )
    stopping = threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        if not stopping.is_set():
            stopping.set()
            logging.getLogger("grooming_risk").info("signal %d: draining", signum)
            threading.Thread(target=server.stop, name="shutdown").start()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    server.wait()
    return 0


def _score(args: argparse.Namespace) -> int:
    from model.scorer import load_model
    from service.convert import message_to_json, request_from_json
    from service.policy import load_policy
    from service.scoring import ScoringCore
    from service.settings import load_settings
    from service.validation import Limits

    settings = load_settings(policy_file=args.policy, model_dir=args.model_dir)
    model = load_model(settings.model_dir) if settings.model_dir else load_model()
    policies = load_policy(settings.policy_file, model.default_threshold)
    limits = (
        Limits(settings.max_messages, settings.max_message_chars, settings.max_participants, settings.max_id_chars)
        if args.enforce_limits
        else Limits.unbounded()
    )
    core = ScoringCore(model, policies, limits)
    out = open(args.output, "w", encoding="utf-8") if args.output else sys.stdout  # noqa: SIM115
    errors = 0
    try:
        with open(args.input, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    request, _ = request_from_json(line)
                    response = core.score_request(request)
                except (ValueError, ServiceError) as exc:
                    errors += 1
                    print(f"{args.input}:{number}: {exc}", file=sys.stderr)
                    if not args.keep_going:
                        return 2
                    continue
                out.write(message_to_json(response) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 1 if errors else 0


def _train(args: argparse.Namespace) -> int:
    from training.cli import train_command

    return train_command(args)


def _evaluate(args: argparse.Namespace) -> int:
    from training.cli import evaluate_command

    return evaluate_command(args)


def _import_pan12(args: argparse.Namespace) -> int:
    from training.cli import import_pan12_command

    return import_pan12_command(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="grooming-risk", description="Grooming risk scoring service and tools.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("serve", help="run the gRPC service (settings also from GROOMING_RISK_* variables)")
    p.add_argument("--host", help="bind address (default 127.0.0.1)")
    p.add_argument("--port", type=int, help="gRPC port (default 50051)")
    p.add_argument("--metrics-port", type=int, help="Prometheus port (default 8000)")
    p.add_argument("--data-dir", type=Path, help="review store directory (default ./grooming-risk-data)")
    p.add_argument("--policy", type=Path, help="TOML policy file")
    p.add_argument("--model-dir", type=Path, help="model artifact directory (default: the shipped model)")
    p.add_argument("--grace-period", type=float, help="seconds in-flight calls get on SIGTERM (default 10)")
    p.add_argument("--workers", type=int, help="RPC worker threads (default 8)")
    p.set_defaults(func=_serve)

    p = sub.add_parser("score", help="score a JSONL file of ScoreConversationRequest offline (nothing is stored)")
    p.add_argument("input", type=Path)
    p.add_argument("-o", "--output", type=Path, help="output JSONL (default: stdout)")
    p.add_argument("--policy", type=Path)
    p.add_argument("--model-dir", type=Path)
    p.add_argument("--enforce-limits", action="store_true", help="apply the server's size limits too")
    p.add_argument("--keep-going", action="store_true", help="report bad lines and continue (exit 1 at the end)")
    p.set_defaults(func=_score)

    p = sub.add_parser("train", help="train the model and write its artifact and model card")
    p.add_argument("--out", type=Path, required=True, help="artifact directory (e.g. model/artifact)")
    p.add_argument("--data-root", type=Path, help="grooming_data directory (default ../shared/grooming_data)")
    p.add_argument("--labeled", type=Path, action="append", default=[], help="labeled JSONL (repeatable)")
    p.add_argument("--no-chitchat", action="store_true", help="skip the chitchat-dataset source")
    p.add_argument("--synthetic", type=int, default=3000, help="generated hard negatives (default 3000)")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--test-fraction", type=float, default=0.2)
    p.add_argument("--card", type=Path, help="model card path (default: <out>/../MODEL_CARD.md)")
    p.add_argument("--export-test", type=Path, help="write the held-out split as labeled JSONL (never commit it)")
    p.set_defaults(func=_train)

    p = sub.add_parser("evaluate", help="metrics of the model on a labeled JSONL file")
    p.add_argument("input", type=Path)
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--policy", type=Path)
    p.add_argument("--model-dir", type=Path)
    p.add_argument("--tenant", default="", help="tenant whose policy applies (default: default)")
    p.set_defaults(func=_evaluate)

    p = sub.add_parser("import-pan12", help="convert PAN 2012 XML to labeled request JSONL")
    p.add_argument("corpus", type=Path)
    p.add_argument("predators", type=Path, help="predator id list (one id per line)")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_import_pan12)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (ServiceError, OSError, ValueError) as exc:
        print(f"grooming-risk {args.command}: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
