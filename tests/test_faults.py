"""Faults: a crash while routing loses no returned case; a full, read-only or corrupt store is reported."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import grpc
import pytest
from grpc_health.v1 import health_pb2, health_pb2_grpc

from benchmarks.spawn import spawn_server
from grooming_risk.service.crypto import load_keyring
from grooming_risk.service.review_store import ReviewStore
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import benign_request, grooming_request

CLI = [sys.executable, "-m", "grooming_risk"]


def start_cli_server(data_dir: Path) -> tuple[subprocess.Popen[str], int]:
    served = spawn_server(data_dir, capture_stderr=True)
    return served.proc, served.port


def test_kill_9_while_routing_loses_no_returned_case(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    proc, port = start_cli_server(data_dir)
    returned: list[str] = []
    channel = grpc.insecure_channel(f"127.0.0.1:{port}")
    killer = threading.Timer(1.5, lambda: proc.send_signal(signal.SIGKILL))
    try:
        killer.start()
        requests = (grooming_request(f"crash-{k}") for k in range(100_000))
        with pytest.raises(grpc.RpcError):
            for response in pb_grpc.RiskScoringServiceStub(channel).ScoreConversations(requests, timeout=60):
                assert response.decision == pb.DECISION_ROUTED_TO_REVIEW
                returned.append(response.review_case_id)
    finally:
        killer.cancel()
        channel.close()
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL and len(returned) > 10
    with sqlite3.connect(data_dir / "review.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    restarted, port = start_cli_server(data_dir)
    try:
        channel = grpc.insecure_channel(f"127.0.0.1:{port}")
        review = rpb_grpc.ReviewServiceStub(channel)
        for case_id in returned:
            case = review.GetCase(rpb.GetCaseRequest(case_id=case_id, reviewer_id="after-crash"), timeout=10)
            assert len(case.messages) == 16 and case.conversation_id.startswith("crash-")
        channel.close()
    finally:
        restarted.send_signal(signal.SIGTERM)
        assert restarted.wait(timeout=30) == 0
    keyring, _ = load_keyring(None, data_dir, create=False)
    store = ReviewStore(data_dir / "review.db", keyring)
    listed, _ = store.list_cases(None, "PENDING", 100_000, None)
    for record in listed:  # nothing half-written: every stored case decrypts completely
        assert store.get_case(record.case_id, "check").content["messages"]
    store.close()


def health_status(channel: grpc.Channel) -> int:
    return health_pb2_grpc.HealthStub(channel).Check(health_pb2.HealthCheckRequest(), timeout=5).status


@pytest.mark.parametrize("fault", ["full", "read-only"])
def test_store_that_cannot_take_writes(start_server, fault: str) -> None:  # type: ignore[no-untyped-def]
    server = start_server(housekeeping_seconds=0.2)
    score = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation
    assert score(grooming_request("before"), timeout=5).review_case_id
    db = server.server.store._db.connection  # the live SQLite connection: make SQLite itself refuse writes
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    if fault == "full":
        db.execute(f"PRAGMA max_page_count = {pages}")
    else:
        db.execute("PRAGMA query_only = ON")
    with pytest.raises(grpc.RpcError) as err:
        score(grooming_request("during"), timeout=5)
    assert err.value.code() == grpc.StatusCode.UNAVAILABLE
    expected = "full" if fault == "full" else "readonly"
    assert expected in err.value.details() and "could not be stored" in err.value.details()
    assert health_status(server.channel) == health_pb2.HealthCheckResponse.NOT_SERVING
    assert score(benign_request(), timeout=5).decision == pb.DECISION_DISCARDED  # discards need no store
    if fault == "full":
        db.execute("PRAGMA max_page_count = 1073741823")
    else:
        db.execute("PRAGMA query_only = OFF")
    deadline = time.monotonic() + 10
    while health_status(server.channel) != health_pb2.HealthCheckResponse.SERVING:
        assert time.monotonic() < deadline, "health did not recover"
        time.sleep(0.1)
    assert score(grooming_request("after"), timeout=5).review_case_id


def test_corrupt_store(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = start_server(housekeeping_seconds=0.2)
    score = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation
    score(grooming_request("before"), timeout=5)
    server.server.stop(grace=0)
    path = server.data_dir / "review.db"
    with path.open("r+b") as handle:
        handle.seek(0)
        handle.write(b"this is not a database at all" * 200)
    (server.data_dir / "review.db-wal").unlink(missing_ok=True)
    result = subprocess.run(
        [*CLI, "serve", "--port", "0", "--metrics-port", "0", "--data-dir", str(server.data_dir)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert "review store unavailable (file is not a database)" in result.stderr
    assert "Traceback" not in result.stderr
