"""Reliability regressions (issue 14): malformed bytes, the event loop under large requests, deadlines and
retries, health under TLS, and destructive or nonsense command-line input. Every test runs a real server."""

from __future__ import annotations

import json
import logging
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import grpc
import pytest
from certs import issue, make_ca
from grpc_health.v1 import health_pb2, health_pb2_grpc

from benchmarks.spawn import spawn_server
from grooming_risk.model.convert import request_to_json
from grooming_risk.model.explain import mark_messages
from grooming_risk.model.validation import Limits, validate_request
from grooming_risk.service.crypto import new_keyring
from grooming_risk.service.review_store import FALSE_POSITIVE, NewCase, ReviewStore
from groomingrisk.v1 import policy_pb2 as ppb
from groomingrisk.v1 import policy_pb2_grpc as ppb_grpc
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import BASE_TIME, benign_request, grooming_request

CLI = [sys.executable, "-m", "grooming_risk"]
SCORE = "/groomingrisk.v1.RiskScoringService/ScoreConversation"
STREAM = "/groomingrisk.v1.RiskScoringService/ScoreConversations"
NOT_PROTOBUF = b"\xff\xff\xff\xff\x0f\x12canary-text-\x80"


def _raw_unary(channel: grpc.Channel, method: str) -> grpc.UnaryUnaryMultiCallable:
    return channel.unary_unary(method, request_serializer=None, response_deserializer=None)


@pytest.mark.parametrize("method", [SCORE, "/groomingrisk.v1.ReviewService/ListCases"])
def test_malformed_bytes_are_invalid_argument_without_a_traceback(start_server, caplog, method: str) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    with caplog.at_level(logging.DEBUG), pytest.raises(grpc.RpcError) as raised:
        _raw_unary(server.channel, method)(NOT_PROTOBUF, timeout=5)
    assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert "not a valid" in raised.value.details()
    assert "canary" not in raised.value.details()
    logged = "\n".join(r.getMessage() + (r.exc_text or "") for r in caplog.records)
    assert "Traceback" not in logged and "canary" not in logged
    assert not any(r.exc_info for r in caplog.records)
    assert sum("not valid protobuf" in r.getMessage() for r in caplog.records) == 1
    # The server still answers a good call.
    good = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation(grooming_request(), timeout=10)
    assert good.risk_score > 0


def test_malformed_bytes_inside_a_stream_end_it_with_invalid_argument(start_server, caplog) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    call = server.channel.stream_stream(STREAM, request_serializer=None, response_deserializer=None)
    good = grooming_request().SerializeToString()
    with caplog.at_level(logging.DEBUG):
        responses = call(iter([good, NOT_PROTOBUF, good]), timeout=10)
        received = []
        with pytest.raises(grpc.RpcError) as raised:
            for item in responses:
                received.append(pb.ScoreConversationResponse.FromString(item))
    assert len(received) == 1
    assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT
    assert "stream request 1" in raised.value.details()
    assert not any(r.exc_info for r in caplog.records)


def _large_request(conversation_id: str, messages: int = 2000, chars: int = 1000) -> pb.ScoreConversationRequest:
    """A maximum-size conversation (seconds of scoring CPU): grooming, then small talk of many words."""
    words = [
        "hey",
        "lol",
        "school",
        "game",
        "what",
        "when",
        "the",
        "a",
        "you",
        "ok",
        "sure",
        "maybe",
        "later",
        "tonight",
        "send",
        "home",
        "13",
        "old",
    ]
    req = grooming_request(conversation_id)
    first = req.messages[0].sent_at.seconds
    for k in range(messages - len(req.messages)):
        text = " ".join(words[(k * 7 + i) % len(words)] for i in range(chars // 4))[:chars]
        message = req.messages.add(sender_id="adult" if k % 2 else "child", text=text)
        message.sent_at.seconds = first + k
    return req


def test_large_requests_do_not_stall_health_or_small_calls(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    assert server.server.scoring_pool is not None
    server.server.scoring_pool.warm()
    score = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation
    health = health_pb2_grpc.HealthStub(server.channel).Check
    large = _large_request("big")
    assert server.server.scoring_pool.takes(large) and large.ByteSize() > 1_000_000
    results: list[pb.ScoreConversationResponse] = []
    threads = [threading.Thread(target=lambda: results.append(score(large, timeout=120))) for _ in range(2)]
    for thread in threads:
        thread.start()
    health_ms: list[float] = []
    small_ms: list[float] = []
    time.sleep(0.3)  # both large requests are being scored now
    while any(thread.is_alive() for thread in threads):
        started = time.perf_counter()
        assert health(health_pb2.HealthCheckRequest(), timeout=10).status == health_pb2.HealthCheckResponse.SERVING
        health_ms.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        score(benign_request("small"), timeout=10)  # scored, not stored: the store has one writer at a time
        small_ms.append((time.perf_counter() - started) * 1000)
        time.sleep(0.02)
    for thread in threads:
        thread.join()
    assert len(results) == 2 and len(health_ms) >= 10, (len(results), len(health_ms))
    # Inline, each such request holds the loop for 1-4 s (measured: health max 2.8-4.0 s with four in flight);
    # in the scoring process the loop stays free (measured: p50 3 ms, p99 25 ms on a loaded 2-core machine).
    # The bounds leave room for a CI machine busy with other work, and still fail for the inline path.
    for latencies in (health_ms, small_ms):
        assert statistics.median(latencies) < 50 and max(latencies) < 1000, (
            statistics.median(latencies),
            max(latencies),
        )
    # The same request scored inline and in the pool gives the same answer.
    inline = server.server.core.score_request(large)
    assert results[0].risk_score == pytest.approx(inline.risk_score, abs=1e-12)
    assert list(results[0].indicators) == list(inline.indicators)
    # Routed: the marks a reviewer sees were computed in the scoring process, and equal the inline ones;
    # the inline call is the same request, so it finds the same case (routing is idempotent).
    assert results[0].review_case_id and inline.review_case_id == results[0].review_case_id == results[1].review_case_id
    stored = server.server.store.get_case(results[0].review_case_id, "test")
    expected = mark_messages(validate_request(large, Limits.unbounded()))
    assert [m["indicators"] for m in stored.content["messages"]] == expected


def _health(port: int, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    """`grooming-risk health` as the Docker HEALTHCHECK runs it: the server's environment, no --target."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("GROOMING_RISK_")}
    environment.update({"GROOMING_RISK_PORT": str(port), **env})
    return subprocess.run(
        [*CLI, "health", *args], capture_output=True, text=True, timeout=60, env=environment, check=False
    )


def test_health_command_uses_the_servers_port_tls_and_client_certificates(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    ca, ca_cert, ca_key = make_ca(tmp_path, "ca")
    cert = issue(tmp_path, "server", ca_cert, ca_key, server=True)
    client = issue(tmp_path, "client", ca_cert, ca_key, server=False)
    plain = start_server()
    checked = _health(plain.port)
    assert checked.returncode == 0 and "SERVING" in checked.stdout, checked

    tls = start_server(tls_cert=cert.cert, tls_key=cert.key)
    tls_env = {"GROOMING_RISK_TLS_CERT": str(cert.cert), "GROOMING_RISK_TLS_KEY": str(cert.key)}
    checked = _health(tls.port, **tls_env)
    assert checked.returncode == 0 and "SERVING" in checked.stdout, checked
    checked = _health(tls.port, "--tls-ca", str(ca.cert), "--target", f"localhost:{tls.port}")
    assert checked.returncode == 0, checked

    mtls = start_server(tls_cert=cert.cert, tls_key=cert.key, tls_client_ca=ca.cert)
    mtls_env = {**tls_env, "GROOMING_RISK_TLS_CLIENT_CA": str(ca.cert)}
    refused = _health(mtls.port, **mtls_env)
    assert refused.returncode == 2 and "client certificates" in refused.stderr, refused
    assert "Traceback" not in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    with_cert = {
        **mtls_env,
        "GROOMING_RISK_HEALTH_CLIENT_CERT": str(client.cert),
        "GROOMING_RISK_HEALTH_CLIENT_KEY": str(client.key),
    }
    checked = _health(mtls.port, **with_cert)
    assert checked.returncode == 0 and "SERVING" in checked.stdout, checked
    flags = _health(mtls.port, "--tls-client-cert", str(client.cert), "--tls-client-key", str(client.key), **mtls_env)
    assert flags.returncode == 0, flags
    # A stopped server is unhealthy (exit 1), not an error of the command.
    plain.server.stop(grace=0)
    assert _health(plain.port, "--timeout", "2").returncode == 1


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=120, cwd=cwd, check=False)


def _one_clear_line(result: subprocess.CompletedProcess[str], *expected: str) -> None:
    """Exit 2 and one line on stderr naming the problem; never a traceback."""
    assert result.returncode == 2, result
    lines = [line for line in result.stderr.splitlines() if line.startswith("grooming-risk ")]
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for text in expected:
        assert text in lines[0], lines[0]


def _pending(server) -> int:  # type: ignore[no-untyped-def]
    listed = rpb_grpc.ReviewServiceStub(server.channel).ListCases(rpb.ListCasesRequest(page_size=100), timeout=10)
    return len(listed.cases)


@pytest.mark.parametrize("days", ["-1", "0", "nan", "400"])
def test_purge_validates_the_pending_limit_like_the_server(start_server, days: str) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    routed = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation(grooming_request("g"), timeout=10)
    assert routed.review_case_id and _pending(server) == 1
    result = _cli("purge", "--data-dir", str(server.data_dir), f"--pending-limit-days={days}")
    _one_clear_line(result, "--pending-limit-days")
    assert _pending(server) == 1  # nothing erased


def test_score_never_truncates_its_input_or_an_existing_output(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    source.write_text(request_to_json(grooming_request("g1")) + "\n" + request_to_json(grooming_request("g2")) + "\n")
    before = source.read_text()
    _one_clear_line(_cli("score", "in.jsonl", "-o", "in.jsonl", cwd=tmp_path), "is the input")
    (tmp_path / "link.jsonl").symlink_to(source)
    _one_clear_line(_cli("score", "in.jsonl", "-o", "link.jsonl", cwd=tmp_path), "is the input")
    assert source.read_text() == before
    existing = tmp_path / "existing.jsonl"
    existing.write_text("kept\n")
    _one_clear_line(_cli("score", "missing.jsonl", "-o", "existing.jsonl", cwd=tmp_path), "missing.jsonl")
    bad = tmp_path / "bad.jsonl"
    bad.write_text(before + "{not json\n")
    _one_clear_line(_cli("score", "bad.jsonl", "-o", "existing.jsonl", cwd=tmp_path), "bad.jsonl:3")
    assert existing.read_text() == "kept\n"
    assert _cli("score", "in.jsonl", "-o", "existing.jsonl", cwd=tmp_path).returncode == 0
    assert [json.loads(line)["conversation_id"] for line in existing.read_text().splitlines()] == ["g1", "g2"]
    assert not [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_deeply_nested_json_is_a_bad_line_and_keep_going_scores_the_rest(tmp_path: Path) -> None:
    deep = '{"conversation_id": "x", "participants": ' + "[" * 50_000 + "]" * 50_000 + "}"
    lines = [request_to_json(grooming_request("g1")), deep, '{"label": ' + "[" * 50_000 + "]" * 50_000 + "}"]
    lines.append(request_to_json(grooming_request("g2")))
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    _one_clear_line(_cli("score", "in.jsonl", cwd=tmp_path), "in.jsonl:2", "nested too deeply")
    kept = _cli("score", "in.jsonl", "--keep-going", "-o", "out.jsonl", cwd=tmp_path)
    assert kept.returncode == 1 and "Traceback" not in kept.stderr, kept.stderr
    assert "in.jsonl:2:" in kept.stderr and "in.jsonl:3:" in kept.stderr
    scored = [json.loads(line)["conversation_id"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert scored == ["g1", "g2"]
    labeled = tmp_path / "labeled.jsonl"
    labeled.write_text(request_to_json(grooming_request("g1"), label=1) + "\n" + deep + "\n")
    _one_clear_line(_cli("evaluate", str(labeled)), "labeled.jsonl:2")


@pytest.mark.parametrize(
    ("policy", "expected"),
    [("tenants = 5\n", "tenants: must be a table"), ('jurisdictions = "eu"\n', "jurisdictions: must be a table")],
)
def test_policy_files_of_the_wrong_shape_are_one_line_errors(tmp_path: Path, policy: str, expected: str) -> None:
    path = tmp_path / "policy.toml"
    path.write_text(policy)
    (tmp_path / "in.jsonl").write_text(request_to_json(grooming_request("g1")) + "\n")
    _one_clear_line(_cli("score", "in.jsonl", "--policy", str(path), cwd=tmp_path), expected)
    serve = _cli(
        "serve", "--port", "0", "--metrics-port", "0", "--data-dir", str(tmp_path / "d"), "--policy", str(path)
    )
    _one_clear_line(serve, expected)


def test_wrong_shaped_policy_on_sighup_keeps_the_running_policy_and_is_counted(tmp_path: Path) -> None:
    path = tmp_path / "policy.toml"
    path.write_text("[tenants.default]\nthreshold = 0.5\n")
    served = spawn_server(
        tmp_path / "d", "--policy", str(path), capture_stderr=True, env={"GROOMING_RISK_POLICY_WATCH_SECONDS": "3600"}
    )
    try:
        path.write_text("tenants = 5\n")
        served.proc.send_signal(signal.SIGHUP)
        deadline = time.monotonic() + 30
        text = ""
        while time.monotonic() < deadline:
            text = urllib.request.urlopen(served.metrics_url, timeout=5).read().decode()
            if "grooming_risk_policy_reload_errors_total 1.0" in text:
                break
            time.sleep(0.1)
        assert "grooming_risk_policy_reload_errors_total 1.0" in text
        channel = grpc.insecure_channel(f"127.0.0.1:{served.port}")
        assert ppb_grpc.PolicyServiceStub(channel).GetPolicy(ppb.GetPolicyRequest(), timeout=5).threshold == 0.5
        channel.close()
        log = served.log_text()
        assert served.stop() == 0
        assert "Traceback" not in log and "tenants: must be a table" in log
    finally:
        if served.proc.poll() is None:
            served.proc.kill()


def test_ports_in_use_are_named(tmp_path: Path) -> None:
    served = spawn_server(tmp_path / "d1")
    try:
        grpc_taken = _cli(
            "serve", "--port", str(served.port), "--metrics-port", "0", "--data-dir", str(tmp_path / "d2")
        )
        _one_clear_line(grpc_taken, f"127.0.0.1:{served.port}", "--port")
        metrics_taken = _cli(
            "serve", "--port", "0", "--metrics-port", str(served.metrics_port), "--data-dir", str(tmp_path / "d3")
        )
        _one_clear_line(metrics_taken, f"127.0.0.1:{served.metrics_port}", "--metrics-port")
    finally:
        assert served.stop() == 0


@pytest.mark.parametrize(
    ("dates", "expected"),
    [(("2026-01-01", "9999-12-31"), "--to 9999-12-31"), (("2026-02-30", "2026-03-01"), "--from '2026-02-30'")],
)
def test_report_dates_out_of_range_are_one_line_errors(start_server, dates: tuple[str, str], expected: str) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    result = _cli("report", "--from", dates[0], "--to", dates[1], "--data-dir", str(server.data_dir))
    _one_clear_line(result, expected)


def test_malformed_pan12_xml_is_one_line_and_leaves_no_output(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus.xml"
    corpus.write_text('<conversations><conversation id="1"><message line="1"><author>a</auth')
    (tmp_path / "predators.txt").write_text("a\n")
    out = tmp_path / "out.jsonl"
    out.write_text("kept\n")
    result = _cli("import-pan12", str(corpus), str(tmp_path / "predators.txt"), "-o", str(out))
    _one_clear_line(result, "corpus.xml", "not well-formed", "line 1")
    assert out.read_text() == "kept\n"


def test_a_retried_request_gets_the_case_already_stored(start_server) -> None:  # type: ignore[no-untyped-def]
    """Routing is idempotent per (tenant, conversation, content): a caller whose response was lost, or whose
    deadline expired after the case was written, retries and gets the same case, never a duplicate."""
    server = start_server()
    score = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation
    first = score(grooming_request("same"), timeout=10).review_case_id
    again = score(grooming_request("same"), timeout=10).review_case_id
    assert first and again == first and _pending(server) == 1
    longer = grooming_request("same")
    longer.messages.add(sender_id="adult", text="so when can we meet").sent_at.seconds = BASE_TIME + 10_000
    assert score(longer, timeout=10).review_case_id not in ("", first)  # new content: a new case
    assert _pending(server) == 2
    # Calls with 1 ms deadlines, then a retry of each: one case per conversation, whatever expired where.
    for k in range(40):
        try:
            score(grooming_request(f"late{k}"), timeout=0.001)
        except grpc.RpcError as error:
            assert error.code() is grpc.StatusCode.DEADLINE_EXCEEDED
    retried = {score(grooming_request(f"late{k}"), timeout=10).review_case_id for k in range(40)}
    time.sleep(0.5)  # any write the expired calls had started has finished
    assert len(retried) == 40 and _pending_total(server) == 42


def _pending_total(server) -> int:  # type: ignore[no-untyped-def]
    return server.server.store.queue_stats()[0]  # type: ignore[no-any-return]


def test_concurrent_identical_routes_store_one_case_on_postgresql(postgres, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = postgres.new_database()
    keyring = new_keyring()
    stores = [ReviewStore.open(tmp_path / f"r{k}", url, keyring) for k in range(6)]  # six replicas' connections
    case = NewCase("default", "conv-same", 0.9, 0.5, ["SECRECY"], "v1", 2, {"messages": [{"text": "x"}]})
    barrier = threading.Barrier(len(stores))
    ids: list[str] = []

    def route(store: ReviewStore) -> None:
        barrier.wait(10)
        ids.append(store.create_case(case))

    threads = [threading.Thread(target=route, args=(store,)) for store in stores]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    try:
        assert len(ids) == len(stores) and len(set(ids)) == 1
        assert stores[0].queue_stats()[0] == 1
        # A false positive erases the content and its digest: the same request later is a new case.
        stores[0].submit_verdict(ids[0], FALSE_POSITIVE, "r1", "", 90)
        assert stores[1].create_case(case) != ids[0]
    finally:
        for store in stores:
            store.close()
