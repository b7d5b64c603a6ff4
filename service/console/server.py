"""`grooming-risk console`: checks the address and TLS, then serves the console app with uvicorn."""

from __future__ import annotations

import argparse
import logging
import sys

from grooming_risk.service.security import is_loopback


def run(args: argparse.Namespace) -> int:
    """Serve until interrupted. A non-loopback address needs TLS (the token and case text cross the network)
    unless `--insecure` says a TLS proxy in front does it; exit 2 with one line when refused."""
    if bool(args.tls_cert) != bool(args.tls_key):
        print("grooming-risk console: give both --tls-cert and --tls-key, or neither", file=sys.stderr)
        return 2
    tls = args.tls_cert is not None
    if not tls and not is_loopback(args.host) and not args.insecure:
        print(
            f"grooming-risk console: refusing to listen on {args.host} without TLS (--tls-cert/--tls-key); "
            "give --insecure only behind a TLS-terminating proxy",
            file=sys.stderr,
        )
        return 2
    for path in (args.tls_cert, args.tls_key, args.target_ca):
        if path is not None and not path.is_file():
            print(f"grooming-risk console: {path}: no such file", file=sys.stderr)
            return 2
    import uvicorn

    from grooming_risk.service.console.app import ConsoleConfig, create_app

    # Behind a TLS-terminating proxy (--insecure) the browser still speaks HTTPS, so the cookie is Secure (and
    # `__Host-`) there too; and only then are the proxy's X-Forwarded-For/-Proto headers believed (uvicorn
    # would otherwise believe them from any local process, which could then dodge the sign-in throttle).
    config = ConsoleConfig(
        target=args.target,
        target_ca=args.target_ca,
        secure_cookies=tls or args.insecure,
        idle_minutes=args.idle_minutes,
        pending_limit_days=args.pending_limit_days,
        break_after_minutes=args.break_after_minutes,
        break_after_cases=args.break_after_cases,
    )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        uvicorn.run(
            create_app(config),
            host=args.host,
            port=args.port,
            ssl_certfile=str(args.tls_cert) if tls else None,
            ssl_keyfile=str(args.tls_key) if tls else None,
            log_level="info",
            access_log=True,  # method, path (case ids, never content) and status
            server_header=False,
            proxy_headers=bool(args.insecure),
        )
    except OSError as exc:
        print(f"grooming-risk console: cannot listen on {args.host}:{args.port} ({exc.strerror})", file=sys.stderr)
        return 1
    return 0
