"""Scale-out: the review store on PostgreSQL, behaviour shared in Redis, two replicas on one of each."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from pathlib import Path

import grpc
import pytest
import redis

from benchmarks.spawn import spawn_server
from grooming_risk.service.crypto import new_keyring
from grooming_risk.service.errors import Conflict
from grooming_risk.service.review_store import CONFIRMED, FALSE_POSITIVE, NewCase, ReviewStore
from groomingrisk.v1 import policy_pb2 as ppb
from groomingrisk.v1 import policy_pb2_grpc as ppb_grpc
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import BENIGN_LINES, grooming_request, request

CLI = [sys.executable, "-m", "grooming_risk"]


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The same store semantics on both engines."""
    url = request.getfixturevalue("postgres").new_database() if request.param == "postgresql" else None
    opened = ReviewStore.open(tmp_path, url, new_keyring())
    opened.clock = Clock()
    yield opened
    opened.close()


def _case(store: ReviewStore, score: float, text: str = "content") -> str:
    """A new case each call (routing is idempotent: the same request twice would be one case)."""
    return store.create_case(
        NewCase(
            "default",
            f"conv-{score}-{uuid.uuid4().hex}",
            score,
            0.5,
            ["SECRECY"],
            "v1",
            2,
            {"participants": [], "messages": [{"text": text}]},
        )
    )


def test_store_semantics_on_both_engines(store: ReviewStore) -> None:
    low, high = _case(store, 0.6), _case(store, 0.95)
    listed, token = store.list_cases(None, "PENDING", 1, None)
    assert [c.case_id for c in listed] == [high] and token
    assert [c.case_id for c in store.list_cases(None, "PENDING", 1, token)[0]] == [low]
    assert store.get_case(high, "rev").content == {"participants": [], "messages": [{"text": "content"}]}
    assert store.audit_entries(high)[0][1:3] == ("rev", "read_case")
    store.submit_verdict(high, FALSE_POSITIVE, "rev", "note", 90)
    with pytest.raises(Conflict):
        store.submit_verdict(high, CONFIRMED, "rev2", "", 90)
    assert store.case_summary(high).conversation_id is None and store.case_summary(high).erased_at
    store.submit_verdict(low, CONFIRMED, "rev", "keep", 30)
    store.clock.now += 31 * 86400  # type: ignore[attr-defined]
    assert store.purge(pending_limit_days=60) == {"confirmed_erased": 1, "pending_expired": 0}
    store.add_counts({("2026-11-28", "default", "v1", "scored"): 3})
    store.add_counts({("2026-11-28", "default", "v1", "scored"): 4})
    assert store.counts("2026-11-01", "2026-11-30") == [("2026-11-28", "default", "v1", "scored", 7)]
    store.record_threshold_change("default", 0.5, 0.4, "ops", "recalibrated", "api")
    assert store.last_thresholds() == {"default": 0.4}
    store.set_policy_override("default", {"threshold": 0.4}, "ops", "r")
    assert store.policy_overrides() == {"default": {"threshold": 0.4}}
    complaint = store.record_complaint("default", low, "OTHER", "details")
    assert store.resolve_complaint(complaint.complaint_id, "UPHELD", "rev").status == "UPHELD"
    third = _case(store, 0.7, "to rotate")
    rotated = store.keyring.with_new_primary()  # type: ignore[union-attr]
    assert store.reencrypt(rotated) >= 2
    assert store.get_case(third, "rev").content["messages"][0]["text"] == "to rotate"  # type: ignore[index]
    store.check()


def _race_verdicts(stores: list[ReviewStore], case_id: str) -> list[str]:
    """Every store submits a verdict on one case at the same moment; returns who won and who lost."""
    barrier = threading.Barrier(len(stores))
    outcomes: list[str] = []

    def decide(k: int) -> None:
        barrier.wait()
        try:
            stores[k].submit_verdict(case_id, CONFIRMED if k % 2 else FALSE_POSITIVE, f"rev{k}", "", 90)
            outcomes.append("won")
        except Conflict:
            outcomes.append("lost")

    threads = [threading.Thread(target=decide, args=(k,)) for k in range(len(stores))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    return outcomes


def test_concurrent_verdicts_on_postgresql_exactly_one_wins(postgres, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = postgres.new_database()
    keyring = new_keyring()
    stores = [ReviewStore.open(tmp_path, url, keyring) for _ in range(8)]  # eight replicas' connections
    for attempt in range(5):
        case_id = _case(stores[0], 0.9)
        assert sorted(_race_verdicts(stores, case_id)) == ["lost"] * 7 + ["won"], attempt
        verdicts = [e for e in stores[0].audit_entries(case_id) if e[2] == "verdict"]
        assert len(verdicts) == 1
    for s in stores:
        s.close()


class Replica:
    def __init__(self, data_dir: Path, db_url: str, redis_url: str, keys: Path) -> None:
        self.served = spawn_server(
            data_dir,
            "--db-url",
            db_url,
            "--redis-url",
            redis_url,
            "--encryption-keys-file",
            str(keys),
            capture_stderr=True,
        )
        self.proc = self.served.proc
        self.channel = grpc.insecure_channel(f"127.0.0.1:{self.served.port}")
        self.score = pb_grpc.RiskScoringServiceStub(self.channel).ScoreConversation
        self.review = rpb_grpc.ReviewServiceStub(self.channel)

    def stop(self) -> None:
        self.channel.close()
        if self.proc.poll() is None:
            assert self.served.stop(timeout=30) == 0


def _adult_with_minor(minor: str, conversation_id: str) -> pb.ScoreConversationRequest:
    """A declared adult and a declared minor; the caller sends no fan-out count."""
    lines = [("adult-a" if s == "a" else minor, t) for s, t in BENIGN_LINES]
    return request(lines, conversation_id, ages={"adult-a": 35, minor: 13})


def test_two_replicas_on_one_postgresql_and_one_redis(postgres, redis_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = postgres.new_database()
    keys = tmp_path / "keys" / "keyring.json"  # replicas share the keyring, as they share the store
    for _ in range(2):  # as the compose file runs it: idempotent with --if-missing
        made = subprocess.run([*CLI, "keygen", "--out", str(keys), "--if-missing"], capture_output=True, text=True)
        assert made.returncode == 0, made.stderr
    overwrite = subprocess.run([*CLI, "keygen", "--out", str(keys)], capture_output=True, text=True)
    assert overwrite.returncode == 2 and "refusing to overwrite" in overwrite.stderr
    assert keys.stat().st_mode & 0o777 == 0o600
    replicas = []
    for k in range(2):
        data_dir = tmp_path / f"replica{k}"
        data_dir.mkdir()
        replicas.append(Replica(data_dir, url, redis_server.url, keys))
    one, two = replicas
    try:
        # A sender's fan-out is counted across both replicas.
        first = one.score(_adult_with_minor("kid-1", "c1"), timeout=10)
        assert "MINOR_FANOUT" not in first.indicators
        two.score(_adult_with_minor("kid-2", "c2"), timeout=10)
        third = one.score(_adult_with_minor("kid-3", "c3"), timeout=10)
        assert "MINOR_FANOUT" in third.indicators  # three distinct minors in 24 h, seen through Redis
        keys = redis.Redis.from_url(redis_server.url).keys("*")
        assert keys and not any(b"adult-a" in k or b"kid-" in k for k in keys)  # hashed ids only
        assert all(0 < redis.Redis.from_url(redis_server.url).ttl(k) <= 90_000 for k in keys)

        # Concurrent verdicts on one case through both replicas: exactly one wins.
        case_id = one.score(grooming_request("shared-case"), timeout=10).review_case_id
        results: list[grpc.StatusCode] = []

        def verdict(replica: Replica, kind: int) -> None:
            try:
                replica.review.SubmitVerdict(
                    rpb.SubmitVerdictRequest(case_id=case_id, verdict=kind, reviewer_id="r"), timeout=10
                )
                results.append(grpc.StatusCode.OK)
            except grpc.RpcError as error:
                results.append(error.code())

        threads = [
            threading.Thread(target=verdict, args=(one, rpb.VERDICT_CONFIRMED)),
            threading.Thread(target=verdict, args=(two, rpb.VERDICT_FALSE_POSITIVE)),
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
        assert sorted(r.name for r in results) == ["FAILED_PRECONDITION", "OK"]

        # A policy change made through one replica reaches the other (overrides live in PostgreSQL).
        changed = ppb_grpc.PolicyServiceStub(one.channel).UpdatePolicy(
            ppb.UpdatePolicyRequest(tenant_id="default", threshold=0.93, reason="scale test", actor="ops"), timeout=10
        )
        assert changed.threshold == pytest.approx(0.93)
        get_two = ppb_grpc.PolicyServiceStub(two.channel).GetPolicy
        deadline = time.monotonic() + 15
        while get_two(ppb.GetPolicyRequest(tenant_id="default"), timeout=10).threshold != pytest.approx(0.93):
            assert time.monotonic() < deadline, "the other replica did not pick up the policy change"
            time.sleep(0.2)

        # Killing one replica loses no routed case.
        returned = [
            (one if k % 2 else two).score(grooming_request(f"r{k}"), timeout=10).review_case_id for k in range(10)
        ]
        one.proc.send_signal(signal.SIGKILL)
        one.proc.wait(timeout=10)
        for case in returned:
            got = two.review.GetCase(rpb.GetCaseRequest(case_id=case, reviewer_id="after-kill"), timeout=10)
            assert got.messages
    finally:
        for replica in replicas:
            if replica.proc.poll() is None:
                replica.stop()


def test_single_node_counts_fan_out_in_process(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    score = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation
    results = [score(_adult_with_minor(f"kid-{k}", f"c{k}"), timeout=10) for k in range(3)]
    assert ["MINOR_FANOUT" in r.indicators for r in results] == [False, False, True]
    again = score(_adult_with_minor("kid-0", "c0"), timeout=10)  # the same conversation again: still 3 minors
    assert "MINOR_FANOUT" in again.indicators
    stranger = request(
        [("other-adult" if s == "a" else "kid-9", t) for s, t in BENIGN_LINES],
        "c9",
        ages={"other-adult": 40, "kid-9": 12},
    )
    assert "MINOR_FANOUT" not in score(stranger, timeout=10).indicators  # counted per sender


def test_unreachable_redis_degrades_to_scoring_without_behaviour(start_server) -> None:  # type: ignore[no-untyped-def]
    from servers import free_port

    server = start_server(redis_url=f"redis://127.0.0.1:{free_port()}/0")  # nothing listens there
    score = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation
    results = [score(_adult_with_minor(f"kid-{k}", f"c{k}"), timeout=10) for k in range(3)]
    assert not any("MINOR_FANOUT" in r.indicators for r in results)  # in-process it would show on the third
    routed = score(grooming_request("c-groom"), timeout=10)
    assert routed.decision == pb.DECISION_ROUTED_TO_REVIEW and routed.review_case_id
    metrics = urllib.request.urlopen(server.metrics_url, timeout=5).read().decode()
    errors = re.search(r"^grooming_risk_behaviour_errors_total (\S+)$", metrics, re.M)
    assert errors is not None and float(errors.group(1)) >= 1
