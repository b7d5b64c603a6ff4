"""The command line as a user runs it: `score` on JSONL files, and `serve` stopped by SIGTERM."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc

from benchmarks.spawn import spawn_server
from grooming_risk.model.convert import request_to_json
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import benign_request, grooming_request

CLI = [sys.executable, "-m", "grooming_risk"]


def run_cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], cwd=cwd, capture_output=True, text=True, timeout=120)


def test_score_writes_one_response_per_line_in_order(tmp_path: Path) -> None:
    lines = [
        request_to_json(grooming_request("g1")),
        request_to_json(benign_request("b1"), label=0, extra="x"),
        request_to_json(grooming_request("g2")),
    ]
    (tmp_path / "in.jsonl").write_text("\n".join(lines) + "\n")
    result = run_cli("score", "in.jsonl", "-o", "out.jsonl", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert [o["conversation_id"] for o in out] == ["g1", "b1", "g2"]
    assert [o["decision"] for o in out] == [
        "DECISION_ROUTED_TO_REVIEW",
        "DECISION_DISCARDED",
        "DECISION_ROUTED_TO_REVIEW",
    ]
    assert all(o["review_case_id"] == "" for o in out)  # offline: nothing is stored
    assert {"risk_score", "threshold", "indicators", "model_version", "discard_reason"} <= set(out[0])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_score_reports_a_bad_line_with_its_number(tmp_path: Path) -> None:
    bad = json.loads(request_to_json(benign_request("b2")))
    bad["messages"][0]["sender_id"] = "ghost"
    (tmp_path / "in.jsonl").write_text(
        "\n".join([request_to_json(benign_request("b1")), "{not json", json.dumps(bad)]) + "\n"
    )
    result = run_cli("score", "in.jsonl", cwd=tmp_path)
    assert result.returncode == 2
    assert "in.jsonl:2:" in result.stderr and "not valid JSON" in result.stderr
    assert len(result.stdout.splitlines()) == 1
    result = run_cli("score", "in.jsonl", "--keep-going", cwd=tmp_path)
    assert result.returncode == 1
    assert "in.jsonl:3: messages[0].sender_id" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_sigterm_drains_in_flight_calls_and_exits_zero(tmp_path: Path) -> None:
    served = spawn_server(tmp_path / "d", capture_stderr=True, env={"GROOMING_RISK_GRACE_PERIOD_SECONDS": "20"})
    proc, port = served.proc, served.port
    try:
        channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        health = health_pb2_grpc.HealthStub(channel)
        watch = health.Watch(health_pb2.HealthCheckRequest(service=""), timeout=30)
        assert next(watch).status == health_pb2.HealthCheckResponse.SERVING

        release = threading.Event()

        def requests():  # type: ignore[no-untyped-def]
            yield benign_request("before")
            release.wait(10)
            yield benign_request("after-sigterm")

        call = pb_grpc.RiskScoringServiceStub(channel).ScoreConversations(requests(), timeout=30)
        assert next(call).conversation_id == "before"
        proc.send_signal(signal.SIGTERM)
        assert next(watch).status == health_pb2.HealthCheckResponse.NOT_SERVING
        time.sleep(0.5)
        release.set()
        assert next(call).conversation_id == "after-sigterm"  # the in-flight stream finishes
        assert proc.wait(timeout=30) == 0
        channel.close()
    finally:
        if proc.poll() is None:
            proc.kill()
