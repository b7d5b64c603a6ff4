"""The ``grooming-risk`` command line. Subcommands are thin: parse arguments, call the library, print."""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from grooming_risk.service.errors import ServiceError
from grooming_risk.service.signals import SignalLoop
from grooming_risk.service.terminal import VersionAction


def _serve(args: argparse.Namespace) -> int:
    from grooming_risk.service.server import GroomingRiskServer
    from grooming_risk.service.settings import load_settings

    settings = load_settings(
        host=args.host,
        port=args.port,
        metrics_port=args.metrics_port,
        data_dir=args.data_dir,
        policy_file=args.policy,
        model_dir=args.model_dir,
        grace_period_seconds=args.grace_period,
        workers=args.workers,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
        tls_client_ca=args.tls_client_ca,
        auth_tokens=args.auth_tokens,
        insecure=args.insecure or None,
        encryption_keys_file=args.encryption_keys_file,
        processes=args.processes,
        db_url=args.db_url,
        redis_url=args.redis_url,
        report_facts_file=args.report_facts,
    )
    logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if settings.processes > 1:
        from grooming_risk.service.supervisor import serve_supervised

        return serve_supervised(settings)
    stopping = threading.Event()

    def on_stop(signum: int) -> None:
        if not stopping.is_set():
            stopping.set()
            logging.getLogger("grooming_risk").info("signal %d: draining", signum)
            threading.Thread(target=shut_down, name="shutdown").start()

    def shut_down() -> None:
        server.stop()
        signals.stop()

    def on_hup() -> None:
        threading.Thread(target=server.reload_policy, name="sighup").start()

    # Installed before the server starts: a signal that comes early waits in the socket until `run`.
    signals = SignalLoop(
        {
            signal.SIGTERM: lambda: on_stop(signal.SIGTERM),
            signal.SIGINT: lambda: on_stop(signal.SIGINT),
            signal.SIGHUP: on_hup,
        }
    )
    with signals:
        server = GroomingRiskServer(settings)
        endpoints = server.start()
        print(
            f"grooming-risk serving on {settings.host}:{endpoints.port} (metrics :{endpoints.metrics_port}/metrics)",
            flush=True,
        )
        signals.run()
    server.wait()
    return 0


def _health(args: argparse.Namespace) -> int:
    import grpc
    from grpc_health.v1 import health_pb2, health_pb2_grpc

    from grooming_risk.service.health_probe import build_probe
    from grooming_risk.service.settings import load_settings

    probe = build_probe(load_settings(), args.target, args.tls_ca, args.tls_client_cert, args.tls_client_key)
    channel = probe.channel()
    try:
        response = health_pb2_grpc.HealthStub(channel).Check(
            health_pb2.HealthCheckRequest(service=args.service), timeout=args.timeout
        )
    except grpc.RpcError as error:
        print(f"{probe.target}: {error.code().name}")  # type: ignore[attr-defined]
        return 1
    finally:
        channel.close()
    status = health_pb2.HealthCheckResponse.ServingStatus.Name(response.status)
    print(f"{probe.target}: {status}")
    return 0 if response.status == health_pb2.HealthCheckResponse.SERVING else 1


def _score(args: argparse.Namespace) -> int:
    from grooming_risk.files import atomic_text_output
    from grooming_risk.model.convert import message_to_json, request_from_json
    from grooming_risk.model.policy import load_policy
    from grooming_risk.model.scorer import load_model
    from grooming_risk.model.validation import Limits
    from grooming_risk.service.scoring import ScoringCore
    from grooming_risk.service.settings import load_settings

    settings = load_settings(policy_file=args.policy, model_dir=args.model_dir)
    model = load_model(settings.model_dir) if settings.model_dir else load_model()
    policies = load_policy(settings.policy_file, model.default_threshold)
    limits = (
        Limits(settings.max_messages, settings.max_message_chars, settings.max_participants, settings.max_id_chars)
        if args.enforce_limits
        else Limits.unbounded()
    )
    core = ScoringCore(model, policies, limits)
    errors = 0
    # The output replaces -o only when the whole file was read: a failure leaves an existing file as it was.
    with open(args.input, encoding="utf-8") as handle, atomic_text_output(args.output, [args.input]) as out:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                request, _ = request_from_json(line)
                response = core.score_request(request)
            except (ValueError, ServiceError) as exc:
                if not args.keep_going:
                    raise ValueError(f"{args.input}:{number}: {exc}") from None
                errors += 1
                print(f"{args.input}:{number}: {exc}", file=sys.stderr)
                continue
            out.write(message_to_json(response) + "\n")
    return 1 if errors else 0


def _train(args: argparse.Namespace) -> int:
    from grooming_risk.training.cli import train_command

    return train_command(args)


def _evaluate(args: argparse.Namespace) -> int:
    from grooming_risk.training.cli import evaluate_command

    return evaluate_command(args)


def _import_pan12(args: argparse.Namespace) -> int:
    from grooming_risk.files import atomic_text_output
    from grooming_risk.training.cli import import_pan12

    with atomic_text_output(args.output, [args.corpus, args.predators]) as out:  # no half-written output
        count, positives = import_pan12(args.corpus, args.predators, out)
    print(f"wrote {count} conversations ({positives} with a predator) to {args.output}", file=sys.stderr)
    return 0


def _open_store(
    data_dir: Path | None,
    keys_file: Path | None,
    need_keys: bool,  # type: ignore[no-untyped-def]
    db_url: str | None = None,
):
    """The review store of a data directory (or of --db-url / GROOMING_RISK_DB_URL).

    The keyring is loaded (and checked against the store) only when needed: report, purge and thresholds never
    decrypt, so a keyring problem must not stop a retention sweep. These tools take no lock and run beside a
    server; only rotate-key takes the store alone (`_rotate_key`)."""
    from grooming_risk.service.crypto import load_keyring
    from grooming_risk.service.review_store import ReviewStore
    from grooming_risk.service.settings import load_settings

    settings = load_settings(data_dir=data_dir, encryption_keys_file=keys_file, db_url=db_url)
    if settings.db_url is None and not (settings.data_dir / "review.db").exists():
        raise OSError(f"no review store at {settings.data_dir / 'review.db'}")
    keyring = None
    if need_keys:
        keyring, _ = load_keyring(settings.encryption_keys_file, settings.data_dir, create=False)
    return settings, ReviewStore.open(settings.data_dir, settings.db_url, keyring)


def _report(args: argparse.Namespace) -> int:
    from grooming_risk.model.policy import load_policy
    from grooming_risk.model.scorer import load_model
    from grooming_risk.service.report import build_report, parse_day, render, retention_terms
    from grooming_risk.service.report_facts import ReportFacts, load_facts

    start, end = parse_day(args.date_from, "--from"), parse_day(args.date_to, "--to")
    if end < start:
        raise ValueError("--to is before --from")
    facts = load_facts(args.report_facts) if args.report_facts else ReportFacts()  # checked before the store
    settings, store = _open_store(args.data_dir, None, need_keys=False, db_url=args.db_url)
    thresholds = None
    if args.policy:
        policies = load_policy(args.policy, load_model().default_threshold)
        thresholds = {t.tenant_id: t.threshold for t in policies.tenants.values()}
    retention = retention_terms(settings.confirmed_retention_days, settings.pending_review_limit_days)
    try:
        report = build_report(store, start, end, retention, thresholds, facts)
    finally:
        store.close()
    missing = report["completeness"]["missing"]
    if args.strict and missing:  # nothing is written: an incomplete report is not the one to publish
        gaps = "; ".join(f"({m['item']}) {m['what']}" if m["item"] else m["what"] for m in missing)
        raise ValueError(f"--strict: {len(missing)} required item(s) missing, no report written: {gaps}")
    for m in missing:  # stated in the report too; said here so that nobody publishes it unaware
        item = f"({m['item']}) " if m["item"] else ""
        print(f"grooming-risk report: MISSING {item}{m['what']}", file=sys.stderr)
    text = render(report, args.format)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 0


def _purge(args: argparse.Namespace) -> int:
    from datetime import datetime

    from grooming_risk.service.settings import load_settings

    # The server's own validation of the setting (0 < days <= 365): a bad value must never erase cases.
    limit = load_settings(pending_review_limit_days=args.pending_limit_days).pending_review_limit_days
    _, store = _open_store(args.data_dir, None, need_keys=False, db_url=args.db_url)
    now = datetime.fromisoformat(args.now).timestamp() if args.now else None
    result = store.purge(limit, now=now)
    store.close()
    print(
        f"erased {result['confirmed_erased']} confirmed case(s) past retention and "
        f"{result['pending_expired']} unreviewed case(s) older than {limit:g} days"
    )
    return 0


def _rotate_key(args: argparse.Namespace) -> int:
    """New primary key, every row re-encrypted with it, unused keys optionally dropped.

    Holds the store alone (service.store_lock): a running server would keep encrypting with the old key and
    could not read rows re-encrypted with the new one. Every row is decrypted before anything changes, so an
    undecryptable row stops the rotation with its case id instead of half a rotation."""
    from grooming_risk.service.crypto import write_keyring
    from grooming_risk.service.store_lock import lock_for_rotation

    settings, store = _open_store(args.data_dir, args.keys_file, need_keys=True, db_url=args.db_url)
    try:
        path = settings.encryption_keys_file or settings.data_dir / "keyring.json"
        if not path.exists():
            raise OSError("rotate-key needs a keyring file (a keyring from the environment is rotated by its owner)")
        lock = lock_for_rotation(settings.data_dir, settings.db_url)
        try:
            broken = store.undecryptable_rows()
            if broken:
                others = ", ".join(e.row_id for e in broken[1:5]) + (", ..." if len(broken) > 5 else "")
                raise ValueError(
                    f"{len(broken)} stored row(s) cannot be decrypted with {path}, so nothing was changed: "
                    f"{broken[0]}{f' (also {others})' if others else ''}. Restore the key they need, or erase "
                    "them first (a false-positive verdict, or purge)"
                )
            assert store.keyring is not None
            new = store.keyring.with_new_primary()
            write_keyring(path, new)  # first the keys (old + new), then the data: a crash loses nothing
            rewritten = store.reencrypt(new)
            dropped: set[str] = set()
            if args.drop_old:  # retired in the store first: a crash in between leaves an extra key, never too few
                dropped = store.drop_keys(new, set(new.keys))
                if dropped:
                    write_keyring(path, new.without(dropped))
        finally:
            lock.release()
    finally:
        store.close()
    print(
        f"new primary key {new.primary}; re-encrypted {rewritten} row(s)"
        + (f"; dropped {', '.join(sorted(dropped))}" if dropped else "")
    )
    return 0


def _keygen(args: argparse.Namespace) -> int:
    """A new keyring file for replicas that share one review store (they must share its keys too)."""
    from grooming_risk.service.crypto import new_keyring, write_keyring

    if args.out.exists():
        if args.if_missing:
            print(f"{args.out} exists; kept")
            return 0
        raise OSError(f"{args.out} exists; refusing to overwrite a keyring (stored content would be unreadable)")
    write_keyring(args.out, new_keyring())
    print(f"wrote a new keyring to {args.out} (mode 0600); give every replica the same file")
    return 0


def _thresholds(args: argparse.Namespace) -> int:
    import json as json_module

    from grooming_risk.model.policy import load_policy
    from grooming_risk.model.scorer import load_model
    from grooming_risk.training import thresholds as th

    th.validate_options(args.target_precision, args.max_reviews_per_day, args.daily_volume)
    if args.current_threshold is not None and not 0 <= args.current_threshold <= 1:
        raise ValueError(f"--current-threshold must be in [0, 1], got {args.current_threshold:g}")
    model = load_model(args.model_dir) if args.model_dir else load_model()
    policy = load_policy(args.policy, model.default_threshold).for_tenant(args.tenant)
    if policy is None:
        raise ValueError(f"tenant {args.tenant!r} has no policy")
    if args.from_verdicts:
        _, store = _open_store(args.data_dir, None, need_keys=False, db_url=args.db_url)
        current = args.current_threshold if args.current_threshold is not None else policy.threshold
        rows = th.verdict_precision(store.verdict_scores(args.tenant or None), current)
        store.close()
        if args.json:
            print(json_module.dumps({"rows": rows, "note": th.RECALL_NOTE}, indent=1))
            return 0
        print("threshold  reviewed  confirmed  precision")
        for r in rows:
            precision = f"{r['precision']:.4f}" if r["precision"] is not None else "-"
            print(f"{r['threshold']:9.3f}  {r['reviewed']:8d}  {r['confirmed']:9d}  {precision}")
        print(th.RECALL_NOTE)
        return 0
    if args.input is None:
        raise ValueError("give a labeled JSONL file, or --from-verdicts")
    from grooming_risk.training.evaluate import require_conversations
    from grooming_risk.training.loaders.labeled_jsonl import load_labeled_jsonl

    items = require_conversations(args.input, load_labeled_jsonl(args.input))
    scored = th.score_for_thresholds(model, items, policy)
    labels, scores, eligible = scored.labels, scored.scores, scored.eligible
    fine = th.table(labels, scores, eligible, args.daily_volume, th.FINE_GRID)  # recommended from what is drawn
    best, why = th.recommend(fine, args.target_precision, args.max_reviews_per_day)
    table = th.with_recommended(th.table(labels, scores, eligible, args.daily_volume), best)
    # Each language at the tenant's current threshold and at the recommended one (the same budget?).
    per_language = th.by_language(scored, sorted({policy.threshold, *([best.threshold] if best else [])}))
    if args.plot:
        th.plot(fine, args.plot, best, why, args.target_precision, args.max_reviews_per_day, args.daily_volume)
    if args.json:
        print(
            json_module.dumps(
                {
                    "rows": [r.__dict__ for r in table],
                    "recommended": best.threshold if best else None,
                    "why": why,
                    "model_version": model.version,
                    "by_language": {
                        code: {"conversations": n, "grooming": k, "rows": [r.__dict__ for r in rows]}
                        for code, (n, k, rows) in per_language.items()
                    },
                },
                indent=1,
            )
        )
    else:
        print(
            f"model {model.version}, tenant {policy.tenant_id}, current threshold {policy.threshold:.3f}, "
            f"{len(labels)} conversations ({int(labels.sum())} grooming)"
        )
        print(th.format_table(table, best, why))
        print(th.format_by_language(per_language))
        if args.plot:
            print(f"plot written to {args.plot}")
    return 0


def _review(args: argparse.Namespace) -> int:
    from grooming_risk.service.review_client import run

    return run(args)


def _console(args: argparse.Namespace) -> int:
    from grooming_risk.service.console.server import run

    return run(args)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="grooming-risk", description="Grooming risk scoring service and tools.")
    parser.add_argument("--version", action=VersionAction)
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
    p.add_argument("--tls-cert", type=Path, help="server certificate chain (PEM): enables TLS")
    p.add_argument("--tls-key", type=Path, help="server private key (PEM)")
    p.add_argument("--tls-client-ca", type=Path, help="CA bundle (PEM): require client certificates (mutual TLS)")
    p.add_argument("--auth-tokens", type=Path, help="TOML token file mapping bearer tokens to roles")
    p.add_argument("--insecure", action="store_true", help="allow a non-loopback address without a token file")
    p.add_argument("--encryption-keys-file", type=Path, help="keyring for content encryption (JSON)")
    p.add_argument("--processes", type=int, help="server processes sharing the port (default 1; one per core)")
    p.add_argument("--db-url", help="postgresql://... review store shared by replicas (default: SQLite)")
    p.add_argument("--redis-url", help="redis://... 24-hour behaviour shared by replicas (default: in process)")
    p.add_argument("--report-facts", type=Path, help="operator facts (TOML) for PolicyService.GetTransparencyReport")
    p.set_defaults(func=_serve)

    p = sub.add_parser("health", help="ask a server's grpc.health.v1 Check with serve's settings (exit 0 when SERVING)")
    p.add_argument("--target", help="HOST:PORT (default: this machine's server, from GROOMING_RISK_HOST/PORT)")
    p.add_argument(
        "--tls-ca", type=Path, help="CA certificate to verify the server (default with TLS: its own certificate)"
    )
    p.add_argument("--tls-client-cert", type=Path, help="client certificate (PEM) for a mutual-TLS server")
    p.add_argument("--tls-client-key", type=Path, help="client private key (PEM)")
    p.add_argument("--service", default="", help="service name (default: the whole server)")
    p.add_argument("--timeout", type=float, default=3.0)
    p.set_defaults(func=_health)

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
    p.add_argument("--card", type=Path, help="model card path (default: <out>/MODEL_CARD.md)")
    p.add_argument("--export-test", type=Path, help="write the held-out split as labeled JSONL (never commit it)")
    p.set_defaults(func=_train)

    p = sub.add_parser("evaluate", help="metrics of the model on a labeled JSONL file, or on a folder of language sets")
    p.add_argument(
        "input",
        type=Path,
        help="labeled JSONL (metrics overall, by source and by language), or a folder of hand-written language "
        "sets such as tests/data/languages (routed and discarded per language)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--policy", type=Path)
    p.add_argument("--model-dir", type=Path)
    p.add_argument("--tenant", default="", help="tenant whose policy applies (default: default)")
    p.set_defaults(func=_evaluate)

    p = sub.add_parser("review", help="reviewer console over gRPC: list, show, verdict, refer")
    p.add_argument("--target", default="127.0.0.1:50051", help="server address (default 127.0.0.1:50051)")
    p.add_argument("--token", help="bearer token (reviewer role)")
    p.add_argument("--tls-ca", type=Path, help="CA certificate to verify the server (TLS)")
    p.add_argument(
        "--reviewer-id",
        help="your reviewer id for the audit log (default: your OS user name; with tokens the token's name)",
    )
    p.add_argument("--timeout", type=float, default=10.0)
    actions = p.add_subparsers(dest="action", required=True)
    a = actions.add_parser("list", help="cases, highest risk first")
    a.add_argument("--state", choices=["pending", "confirmed", "false-positive", "expired"], default="pending")
    a.add_argument("--tenant")
    a = actions.add_parser("show", help="one case with its messages (audited)")
    a.add_argument("case")
    a = actions.add_parser("verdict", help="confirm, or mark a false positive (erases the content)")
    a.add_argument("case")
    a.add_argument("verdict", choices=["confirmed", "false-positive"])
    a.add_argument("--note")
    a = actions.add_parser(
        "refer", help="record that a confirmed case was reported to an organisation (audited; sends nothing)"
    )
    a.add_argument("case")
    a.add_argument(
        "--to",
        dest="organisation",
        required=True,
        metavar="ORG",
        help="the organisation's name as the transparency report should state it (1-200 printable characters)",
    )
    p.set_defaults(func=_review)

    p = sub.add_parser("console", help="web console for reviewers and admins, over the gRPC API (docs/console.md)")
    p.add_argument("--target", required=True, help="the service's gRPC address, HOST:PORT")
    p.add_argument("--target-ca", type=Path, help="CA certificate to verify the service (TLS to the service)")
    p.add_argument("--host", default="127.0.0.1", help="address to serve the console on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8080, help="port (default 8080)")
    p.add_argument("--tls-cert", type=Path, help="the console's TLS certificate (needed off loopback)")
    p.add_argument("--tls-key", type=Path, help="the console's TLS private key")
    p.add_argument("--insecure", action="store_true", help="serve plain HTTP off loopback (behind a TLS proxy)")
    p.add_argument("--idle-minutes", type=float, default=15.0, help="sign out after this idle time (default 15)")
    p.add_argument(
        "--pending-limit-days", type=float, default=30.0, help="the service's pending review limit (deadline column)"
    )
    p.add_argument("--break-after-minutes", type=float, default=50.0, help="suggest a break after (default 50)")
    p.add_argument("--break-after-cases", type=int, default=25, help="or after this many cases (default 25)")
    p.set_defaults(func=_console)

    p = sub.add_parser("thresholds", help="precision/recall/review volume per threshold, and a recommendation")
    p.add_argument("input", type=Path, nargs="?", help="labeled JSONL (omit with --from-verdicts)")
    target = p.add_mutually_exclusive_group()
    target.add_argument(
        "--target-precision", type=float, help="recommend the lowest threshold reaching this precision, in (0, 1]"
    )
    target.add_argument(
        "--max-reviews-per-day", type=float, help="recommend within this review budget (> 0; needs --daily-volume)"
    )
    p.add_argument("--daily-volume", type=float, help="conversations scored per day, > 0 (for review volumes)")
    p.add_argument("--plot", type=Path, help="write a precision-recall / review-volume PNG")
    p.add_argument("--tenant", default="", help="tenant whose policy (age rules, current threshold) applies")
    p.add_argument("--policy", type=Path)
    p.add_argument("--model-dir", type=Path)
    p.add_argument("--from-verdicts", action="store_true", help="precision from reviewers' verdicts in the store")
    p.add_argument("--data-dir", type=Path, help="review store directory (with --from-verdicts)")
    p.add_argument("--db-url", help="postgresql://... review store (with --from-verdicts)")
    p.add_argument("--current-threshold", type=float, help="with --from-verdicts (default: the policy's)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_thresholds)

    p = sub.add_parser("report", help="transparency report for a period (numbers only)")
    p.add_argument("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD")
    p.add_argument("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD")
    p.add_argument("--format", choices=["json", "markdown", "html"], default="markdown")
    p.add_argument("--data-dir", type=Path)
    p.add_argument("--db-url", help="postgresql://... review store (default: SQLite in the data directory)")
    p.add_argument("--policy", type=Path, help="policy file, to state the current thresholds")
    p.add_argument(
        "--report-facts",
        type=Path,
        metavar="TOML",
        help="the provider's facts: GDPR ground, transfers, judicial complaints, organisations "
        "(docs/report-facts.example.toml)",
    )
    p.add_argument(
        "--strict", action="store_true", help="fail (exit 2, nothing written) when a required item is missing"
    )
    p.add_argument("-o", "--output", type=Path)
    p.set_defaults(func=_report)

    p = sub.add_parser("purge", help="retention sweep (for cron): erase expired cases")
    p.add_argument("--data-dir", type=Path)
    p.add_argument("--db-url", help="postgresql://... review store (default: SQLite in the data directory)")
    p.add_argument("--pending-limit-days", type=float)
    p.add_argument("--now", help="ISO time to purge as of (default: now)")
    p.set_defaults(func=_purge)

    p = sub.add_parser("rotate-key", help="new encryption key; re-encrypt stored content (run with the server stopped)")
    p.add_argument("--data-dir", type=Path)
    p.add_argument("--db-url", help="postgresql://... review store (default: SQLite in the data directory)")
    p.add_argument("--keys-file", type=Path)
    p.add_argument("--drop-old", action="store_true", help="remove keys no stored row uses any more")
    p.set_defaults(func=_rotate_key)

    p = sub.add_parser("keygen", help="write a new encryption keyring file (for replicas sharing a store)")
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--if-missing", action="store_true", help="succeed without change when the file exists")
    p.set_defaults(func=_keygen)

    p = sub.add_parser("import-pan12", help="convert PAN 2012 XML to labeled request JSONL")
    p.add_argument("corpus", type=Path)
    p.add_argument("predators", type=Path, help="predator id list (one id per line)")
    p.add_argument("-o", "--output", type=Path, required=True)
    p.set_defaults(func=_import_pan12)
    return parser


#: Settings whose command-line option is not named after the setting.
_FLAGS = {
    "pending_review_limit_days": "--pending-limit-days",
    "policy_file": "--policy",
    "grace_period_seconds": "--grace-period",
    "report_facts_file": "--report-facts",
}


def _one_line(exc: BaseException) -> str:
    """A user's error as one line: a settings error names the option (flag or variable) and what it needs."""
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        problems = []
        for error in exc.errors(include_url=False):
            name = ".".join(str(part) for part in error["loc"])
            flag = _FLAGS.get(name, f"--{name.replace('_', '-')}")
            problems.append(f"{flag} (GROOMING_RISK_{name.upper()}): {error['msg']}")
        return "; ".join(problems)
    if isinstance(exc, OSError) and exc.strerror and exc.filename:  # not "[Errno 2] ...: 'x'"
        return f"{exc.filename}: {exc.strerror}"
    return " ".join(str(exc).split())


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except (ServiceError, OSError, ValueError) as exc:
        print(f"grooming-risk {args.command}: {_one_line(exc)}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
