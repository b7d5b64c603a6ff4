"""gRPC measurements on loopback against a real `grooming-risk serve` process.

The client sends pre-serialised requests through raw channel methods (identity serializers), so that the
load generator spends as little CPU as possible on the same machine as the server.
"""

from __future__ import annotations

import os
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any

import grpc
from grpc_health.v1 import health_pb2

from benchmarks.workload import conversation

SCORE = "/groomingrisk.v1.RiskScoringService/ScoreConversation"
STREAM = "/groomingrisk.v1.RiskScoringService/ScoreConversations"
CHECK = "/grpc.health.v1.Health/Check"


def _identity(x: bytes) -> bytes:
    return x


def channel(port: int) -> grpc.Channel:
    """A channel with its own TCP connection (grpc otherwise shares one connection per target), so that
    several channels reach several server processes behind SO_REUSEPORT."""
    return grpc.insecure_channel(f"127.0.0.1:{port}", options=[("grpc.use_local_subchannel_pool", 1)])


@contextmanager
def server(extra_args: list[str] | None = None, env: dict[str, str] | None = None) -> Any:
    """A server process on free ports; yields (port, pid, seconds from spawn to health SERVING)."""
    data_dir = tempfile.mkdtemp(prefix="grooming-risk-bench-")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "service.cli",
            "serve",
            "--port",
            "0",
            "--metrics-port",
            "0",
            "--data-dir",
            data_dir,
            *(extra_args or []),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, **(env or {})},
    )
    try:
        port = int(re.search(r":(\d+) \(metrics", proc.stdout.readline()).group(1))  # type: ignore[union-attr]
        with grpc.insecure_channel(f"127.0.0.1:{port}") as channel:
            check = channel.unary_unary(CHECK, request_serializer=_identity, response_deserializer=_identity)
            request = health_pb2.HealthCheckRequest().SerializeToString()
            while True:
                response = health_pb2.HealthCheckResponse.FromString(check(request, timeout=5))
                if response.status == health_pb2.HealthCheckResponse.SERVING:
                    break
                time.sleep(0.01)
        startup = time.perf_counter() - started
        yield port, proc.pid, startup
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "n": len(ordered),
        "p50_ms": statistics.median(ordered) * 1000,
        "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
    }


def latency(port: int, method: str, payloads: list[bytes], concurrency: int, seconds: float) -> dict[str, float]:
    """Closed-loop latency: `concurrency` client threads, each one call at a time, for `seconds`."""
    samples: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    channels = [channel(port) for _ in range(min(concurrency, 4))]

    def worker(k: int) -> None:
        call = channels[k % len(channels)].unary_unary(
            method, request_serializer=_identity, response_deserializer=_identity
        )
        mine, i = [], k
        while time.monotonic() < stop:
            payload = payloads[i % len(payloads)]
            i += concurrency
            t = time.perf_counter()
            call(payload, timeout=10)
            mine.append(time.perf_counter() - t)
        with lock:
            samples.extend(mine)

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for chan in channels:
        chan.close()
    result = _percentiles(samples)
    result["calls_per_s"] = len(samples) / seconds
    result["concurrency"] = concurrency
    return result


def stream_throughput(port: int, payloads: list[bytes], streams: int, per_stream: int) -> dict[str, float]:
    """`streams` concurrent ScoreConversations calls (one channel each), `per_stream` requests each."""
    done = [0] * streams

    def run(k: int) -> None:
        with channel(port) as chan:
            call = chan.stream_stream(STREAM, request_serializer=_identity, response_deserializer=_identity)
            requests = (payloads[(k * per_stream + i) % len(payloads)] for i in range(per_stream))
            for _ in call(requests, timeout=600):
                done[k] += 1

    threads = [threading.Thread(target=run, args=(k,)) for k in range(streams)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {
        "streams": streams,
        "conversations": sum(done),
        "seconds": elapsed,
        "conversations_per_s": sum(done) / elapsed,
    }


def payloads(n_messages: int, count: int = 200) -> list[bytes]:
    return [conversation(n_messages, seed=k, grooming=False).SerializeToString() for k in range(count)]


def measure(
    quick: bool, server_args: list[str] | None = None, log: Callable[[str], None] = lambda s: None
) -> dict[str, Any]:
    seconds = 1.0 if quick else 8.0
    per_stream = 200 if quick else 6000
    health = health_pb2.HealthCheckRequest().SerializeToString()
    fifty = payloads(50)
    out: dict[str, Any] = {}
    with server(server_args) as (port, _pid, startup):
        out["startup_seconds"] = startup
        latency(port, SCORE, fifty, 1, 0.5)  # warm-up
        for concurrency in (1, 8, 32):
            out[f"unary_c{concurrency}"] = latency(port, SCORE, fifty, concurrency, seconds)
            out[f"health_c{concurrency}"] = latency(port, CHECK, [health], concurrency, seconds)
            log(f"  unary c={concurrency}: {out[f'unary_c{concurrency}']}")
        for streams in (1, 4, 8):
            out[f"stream_x{streams}"] = stream_throughput(port, fifty, streams, per_stream // streams)
            log(f"  stream x{streams}: {out[f'stream_x{streams}']}")
    return out
