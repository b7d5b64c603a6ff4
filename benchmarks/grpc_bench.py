"""gRPC measurements on loopback against a real `grooming-risk serve` process.

The Python client sends pre-serialised requests through raw channel methods (identity serializers), so
that the load generator spends as little CPU as possible on the same machine as the server. Streaming is
also driven by h2load (nghttp2's HTTP/2 load generator, in C; Debian package `nghttp2-client`) when it is
installed: on a 2-core machine the Python client alone takes a fifth of the CPU the server could use.
Each result records the client's own CPU time per conversation.
"""

from __future__ import annotations

import itertools
import os
import re
import resource
import shutil
import statistics
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from contextlib import contextmanager
from typing import Any
from urllib.request import urlopen

import grpc
from grpc_health.v1 import health_pb2

from benchmarks.spawn import ServerProcess, spawn_server
from benchmarks.workload import conversation

SCORE = "/groomingrisk.v1.RiskScoringService/ScoreConversation"
STREAM = "/groomingrisk.v1.RiskScoringService/ScoreConversations"
CHECK = "/grpc.health.v1.Health/Check"
CONNECTIONS = 8  # at most, for the closed-loop callers: one each up to concurrency 8, as a pooled client would


def _identity(x: bytes) -> bytes:
    return x


def channel(port: int) -> grpc.Channel:
    """A channel with its own TCP connection (grpc otherwise shares one connection per target), so that
    several channels reach several server processes behind SO_REUSEPORT."""
    return grpc.insecure_channel(f"127.0.0.1:{port}", options=[("grpc.use_local_subchannel_pool", 1)])


@contextmanager
def server(extra_args: list[str] | None = None, env: dict[str, str] | None = None) -> Any:
    """A server process on free ports; yields (the process, seconds from spawn to health SERVING)."""
    started = time.perf_counter()
    served = spawn_server(None, *(extra_args or []), env=env)
    try:
        with grpc.insecure_channel(f"127.0.0.1:{served.port}") as chan:
            check = chan.unary_unary(CHECK, request_serializer=_identity, response_deserializer=_identity)
            request = health_pb2.HealthCheckRequest().SerializeToString()
            while True:
                response = health_pb2.HealthCheckResponse.FromString(check(request, timeout=5))
                if response.status == health_pb2.HealthCheckResponse.SERVING:
                    break
                time.sleep(0.01)
        yield served, time.perf_counter() - started
    finally:
        served.stop()


def _percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "n": len(ordered),
        "p50_ms": statistics.median(ordered) * 1000,
        "p99_ms": ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] * 1000,
    }


def latency(
    port: int, method: str, payloads: list[bytes], concurrency: int, seconds: float, server_pid: int | None = None
) -> dict[str, Any]:
    """Closed-loop latency: `concurrency` client threads, each one call at a time, for `seconds`. With
    `server_pid`, also how the client's connections were spread over the server's processes."""
    split: list[list[int]] = []
    probe = (lambda: split.append(connections_per_process(server_pid, port))) if server_pid is not None else None
    result = _summary(_samples(port, method, payloads, concurrency, seconds, probe), seconds, concurrency)
    if split:
        result["connections_per_process"] = split[0]
    return result


def connections_per_process(server_pid: int, port: int) -> list[int]:
    """Established connections to `port` held by each of the server's processes (its workers, or itself),
    from Linux's /proc; [] where that cannot be read.

    SO_REUSEPORT spreads connections over the workers, not calls: with few long-lived HTTP/2 connections
    one worker can get most of the load, and that split, not the code, then decides the tail latency."""
    try:
        pids = _children(server_pid) or [server_pid]
        listening = f"{port:04X}"
        established = set()
        for table in ("/proc/net/tcp", "/proc/net/tcp6"):
            with open(table, encoding="ascii") as rows:
                for row in list(rows)[1:]:
                    fields = row.split()
                    if fields[1].rsplit(":", 1)[1] == listening and fields[3] == "01":
                        established.add(fields[9])
        return sorted(len(_socket_inodes(pid) & established) for pid in pids)
    except OSError:
        return []


def _children(pid: int) -> list[int]:
    """The server processes a supervisor started (not a server's own scoring processes, which hold no
    connection: their command line is multiprocessing's, not `serve`)."""
    with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
        children = [int(child) for child in handle.read().split()]
    return [child for child in children if b"serve" in _cmdline(child)]


def _cmdline(pid: int) -> bytes:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read()
    except OSError:  # ended meanwhile
        return b""


def _socket_inodes(pid: int) -> set[str]:
    inodes = set()
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue  # closed meanwhile
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    return inodes


def paired_latency(
    port: int, payloads: list[bytes], health: bytes, rounds: int, seconds: float
) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, float]]]:
    """Scoring and health latency at concurrency 1, in alternating rounds of `seconds` each (each round one
    method only, as `latency` measures it), pooled per method; also each round's p50s.

    A ratio of two figures taken minutes apart is at the mercy of the machine: on the 2-core VM this was
    developed on, the same code measured 2.0 to 3.3 within an hour. Alternating rounds lay that drift on
    both calls alike."""
    score: list[float] = []
    check: list[float] = []
    per_round = []
    for _ in range(rounds):
        s = _samples(port, SCORE, payloads, 1, seconds)
        h = _samples(port, CHECK, [health], 1, seconds)
        per_round.append({"score_p50_ms": statistics.median(s) * 1000, "health_p50_ms": statistics.median(h) * 1000})
        score += s
        check += h
    return _summary(score, rounds * seconds, 1), _summary(check, rounds * seconds, 1), per_round


def _summary(samples: list[float], seconds: float, concurrency: int) -> dict[str, Any]:
    """Percentiles of closed-loop call latencies, with their rate over `seconds` of calling."""
    result: dict[str, Any] = _percentiles(samples)
    result["calls_per_s"] = len(samples) / seconds
    result["concurrency"] = concurrency
    return result


def _samples(
    port: int,
    method: str,
    payloads: list[bytes],
    concurrency: int,
    seconds: float,
    probe: Callable[[], None] | None = None,
) -> list[float]:
    """Call latencies of `concurrency` closed-loop callers on up to 8 connections; `probe` runs once mid-way."""
    samples: list[float] = []
    lock = threading.Lock()
    stop = time.monotonic() + seconds
    channels = [channel(port) for _ in range(min(concurrency, CONNECTIONS))]

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
    if probe is not None:
        time.sleep(seconds / 2)
        probe()
    for thread in threads:
        thread.join()
    for chan in channels:
        chan.close()
    return samples


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
    started, cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "client": "python",
        "streams": streams,
        "conversations": sum(done),
        "seconds": elapsed,
        "conversations_per_s": sum(done) / elapsed,
        "client_cpu_ms_per_conversation": cpu / max(1, sum(done)) * 1000,
    }


def _stream_counters(served: ServerProcess) -> tuple[float, float]:
    """(conversations answered, streams ended OK) of ScoreConversations, from the server's own metrics."""
    text = urlopen(served.metrics_url, timeout=10).read().decode()

    def value(pattern: str) -> float:
        match = re.search(pattern + r"[^\n]*\} (\S+)", text)
        return float(match.group(1)) if match else 0.0

    answered = value(r'grpc_server_msg_sent_total\{grpc_method="ScoreConversations"')
    ok = value(r'grpc_server_handled_total\{grpc_code="OK",grpc_method="ScoreConversations"')
    return answered, ok


def h2load_stream(
    served: ServerProcess, payloads: list[bytes], streams: int, per_stream: int, total: int
) -> dict[str, Any] | None:
    """ScoreConversations throughput with h2load as the client, or None when h2load is not installed.

    Each HTTP/2 stream's body is `per_stream` length-prefixed gRPC messages (exactly what a gRPC client
    sends on the stream). A gRPC error still travels as HTTP 200 (its status is in the trailers), so the
    answered conversations and the streams that ended OK are read from the server's own counters, and a
    run counts only if every stream ended OK.
    """
    exe = shutil.which("h2load")
    if exe is None:
        return None
    requests = max(streams, total // per_stream)
    chosen = itertools.islice(itertools.cycle(payloads), per_stream)
    body = b"".join(b"\x00" + len(p).to_bytes(4, "big") + p for p in chosen)
    with tempfile.NamedTemporaryFile(suffix=".grpc-body") as handle:
        handle.write(body)
        handle.flush()
        answered, ok = _stream_counters(served)
        cpu = resource.getrusage(resource.RUSAGE_CHILDREN)
        load = ["-n", str(requests), "-c", str(streams), "-m", "1", "-t", "1", "-d", handle.name]
        grpc_headers = ["-H", "content-type: application/grpc", "-H", "te: trailers"]
        run = subprocess.run(
            [exe, *load, *grpc_headers, f"http://127.0.0.1:{served.port}{STREAM}"],
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        answered_after, ok_after = _stream_counters(served)
    finished = re.search(r"finished in ([\d.]+)(ms|s),", run.stdout)
    if finished is None:
        raise RuntimeError(f"unexpected h2load output: {run.stdout[-300:]!r}")
    seconds = float(finished.group(1)) / (1000.0 if finished.group(2) == "ms" else 1.0)
    conversations = int(answered_after - answered)
    all_ok = int(ok_after - ok) == requests and conversations == requests * per_stream
    client_cpu = (after.ru_utime + after.ru_stime) - (cpu.ru_utime + cpu.ru_stime)
    return {
        "client": "h2load",
        "streams": streams,
        "requests": requests,
        "conversations_per_stream": per_stream,
        "conversations": conversations,
        "every_stream_ok": all_ok,
        "seconds": seconds,
        "conversations_per_s": conversations / seconds if all_ok else 0.0,
        "client_cpu_ms_per_conversation": client_cpu / max(1, conversations) * 1000,
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
    with server(server_args) as (served, startup):
        port = served.port
        out["startup_seconds"] = startup
        latency(port, SCORE, fifty, 1, 0.5)  # warm-up
        out["unary_c1"], out["health_c1"], out["c1_rounds"] = paired_latency(
            port, fifty, health, 2 if quick else 8, seconds / 2 if quick else 1.0
        )
        log(f"  unary c=1: {out['unary_c1']}; rounds {out['c1_rounds']}")
        for concurrency in (8, 32):
            out[f"unary_c{concurrency}"] = latency(port, SCORE, fifty, concurrency, seconds, served.pid)
            out[f"health_c{concurrency}"] = latency(port, CHECK, [health], concurrency, seconds)
            log(f"  unary c={concurrency}: {out[f'unary_c{concurrency}']}")
        for streams in (1, 4, 8):
            out[f"stream_x{streams}"] = stream_throughput(port, fifty, streams, per_stream // streams)
            log(f"  stream x{streams}: {out[f'stream_x{streams}']}")
        for streams in (4, 8):
            h2 = h2load_stream(served, fifty, streams, 20 if quick else 100, per_stream)
            if h2 is not None:
                out[f"stream_h2load_x{streams}"] = h2
                log(f"  h2load stream x{streams}: {h2}")
    return out
