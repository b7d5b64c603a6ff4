"""Soak test: a server process under a steady load with invalid requests mixed in.

    python -m benchmarks.soak --seconds 300 --rate 200        # the documented 5-minute run
    python -m benchmarks.soak --seconds 20 --rate 100 --json  # what CI runs

It starts `grooming-risk serve` on free ports, sends unary and streaming calls at a fixed rate from two
client threads (one request in ten is invalid), and samples the server's resident memory and open file
descriptors every second. It fails (exit 1) when any call fails other than the invalid ones with
INVALID_ARGUMENT, when memory grows more than --max-rss-growth-mb after the first tenth of the run, or
when the file descriptor count keeps growing.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import grpc

from benchmarks.spawn import spawn_server
from benchmarks.workload import conversation
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc


def _proc_stats(pid: int) -> tuple[float, int]:
    rss_kb = 0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            rss_kb = int(line.split()[1])
    return rss_kb / 1024.0, len(os.listdir(f"/proc/{pid}/fd"))


def run(seconds: float, rate: float, max_rss_growth_mb: float) -> dict[str, object]:
    served = spawn_server(None)
    proc, port = served.proc, served.port
    try:
        channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        stub = pb_grpc.RiskScoringServiceStub(channel)
        outcomes: Counter[str] = Counter()
        lock = threading.Lock()
        stop = time.monotonic() + seconds
        samples: list[tuple[float, float, int]] = []

        def record(kind: str) -> None:
            with lock:
                outcomes[kind] += 1

        def unary_client() -> None:
            k, interval, next_at = 0, 2.0 / rate, time.monotonic()
            while time.monotonic() < stop:
                k += 1
                invalid = k % 10 == 0
                request = conversation(50, seed=k, grooming=k % 7 == 0)
                if invalid:
                    request.messages[0].sender_id = "not-a-participant"
                try:
                    stub.ScoreConversation(request, timeout=10)
                    record("ok" if not invalid else "invalid-accepted")
                except grpc.RpcError as error:
                    code = error.code()  # type: ignore[attr-defined]
                    record(
                        "invalid-rejected"
                        if invalid and code == grpc.StatusCode.INVALID_ARGUMENT
                        else f"error:{code.name}"
                    )
                next_at += interval
                time.sleep(max(0.0, next_at - time.monotonic()))

        def stream_client() -> None:
            interval = 2.0 / rate

            def requests():  # type: ignore[no-untyped-def]
                k, next_at = 0, time.monotonic()
                while time.monotonic() < stop:
                    k += 1
                    yield conversation(50, seed=10_000_000 + k, grooming=k % 7 == 0)
                    next_at += interval
                    time.sleep(max(0.0, next_at - time.monotonic()))

            try:
                for _ in stub.ScoreConversations(requests(), timeout=seconds + 30):
                    record("ok")
            except grpc.RpcError as error:
                record(f"error:{error.code().name}")  # type: ignore[attr-defined]

        threads = [threading.Thread(target=unary_client), threading.Thread(target=stream_client)]
        started = time.monotonic()
        for thread in threads:
            thread.start()
        while any(t.is_alive() for t in threads):
            rss, fds = _proc_stats(proc.pid)
            samples.append((time.monotonic() - started, rss, fds))
            time.sleep(1.0)
        channel.close()
    finally:
        exit_code = served.stop()
    warm = [s for s in samples if s[0] >= seconds / 10] or samples
    rss_growth = max(s[1] for s in warm) - warm[0][1]
    fd_growth = warm[-1][2] - warm[0][2]
    errors = {k: v for k, v in outcomes.items() if k.startswith("error") or k == "invalid-accepted"}
    result = {
        "seconds": seconds,
        "target_rate_per_s": rate,
        "achieved_rate_per_s": round(sum(outcomes.values()) / seconds, 1),
        "outcomes": dict(outcomes),
        "unexpected_errors": errors,
        "rss_mb_start": round(warm[0][1], 1),
        "rss_mb_max": round(max(s[1] for s in warm), 1),
        "rss_growth_mb": round(rss_growth, 1),
        "rss_growth_bound_mb": max_rss_growth_mb,
        "fds_start": warm[0][2],
        "fds_end": warm[-1][2],
        "server_exit_code": exit_code,
    }
    result["passed"] = bool(not errors and rss_growth <= max_rss_growth_mb and fd_growth <= 5 and exit_code == 0)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=300.0)
    parser.add_argument("--rate", type=float, default=200.0, help="requests per second in total")
    parser.add_argument("--max-rss-growth-mb", type=float, default=40.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = run(args.seconds, args.rate, args.max_rss_growth_mb)
    print(json.dumps(result, indent=None if args.json else 1))
    return 0 if result["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
