"""The human review loop end to end: real server, real SQLite file, real verdicts, erasure, report."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

import grpc
import pytest

from grooming_risk.service.crypto import load_keyring, new_keyring
from grooming_risk.service.errors import NotFound
from grooming_risk.service.report import build_report, render
from grooming_risk.service.review_store import CONFIRMED, NewCase, ReviewStore
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import benign_request, grooming_request

CANARY = "okapicanary2207"
CLI = [sys.executable, "-m", "grooming_risk"]


def route(server, conversation_id: str, text: str = "") -> str:  # type: ignore[no-untyped-def]
    request = grooming_request(conversation_id)
    if text:
        request.messages[3].text = text
    response = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation(request, timeout=10)
    assert response.decision == pb.DECISION_ROUTED_TO_REVIEW
    return response.review_case_id


def db_bytes(data_dir: Path) -> bytes:
    return b"".join(p.read_bytes() for p in data_dir.iterdir() if p.name.startswith("review.db"))


def test_route_list_show_verdict_erase_report(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    review = rpb_grpc.ReviewServiceStub(server.channel)
    fp_case = route(server, "conv-fp", f"lol thanks {CANARY}")
    ok_case = route(server, "conv-ok")
    low = grooming_request("conv-low")
    for message in low.messages[8:]:
        message.text = "ok"
    pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation(benign_request(), timeout=10)

    listed = review.ListCases(rpb.ListCasesRequest(), timeout=5)
    assert {c.case_id for c in listed.cases} == {fp_case, ok_case}
    scores = [c.risk_score for c in listed.cases]
    assert scores == sorted(scores, reverse=True)
    assert all(not c.messages and not c.participants for c in listed.cases)  # summaries carry no content
    page = review.ListCases(rpb.ListCasesRequest(page_size=1), timeout=5)
    assert len(page.cases) == 1 and page.next_page_token
    rest = review.ListCases(rpb.ListCasesRequest(page_size=1, page_token=page.next_page_token), timeout=5)
    assert len(rest.cases) == 1 and not rest.next_page_token

    case = review.GetCase(rpb.GetCaseRequest(case_id=fp_case, reviewer_id="rev-7"), timeout=5)
    assert case.conversation_id == "conv-fp" and len(case.messages) == 16
    assert any(CANARY in m.message.text for m in case.messages)
    assert "SECRECY" in case.messages[6].indicators and case.suspect_participant_id == "adult"
    assert server.server.store.audit_entries(fp_case)[0][1:3] == ("rev-7", "read_case")
    with sqlite3.connect(server.data_dir / "review.db") as db:
        ciphertext = db.execute("SELECT content_enc FROM cases WHERE case_id = ?", (fp_case,)).fetchone()[0]
    assert CANARY.encode() not in db_bytes(server.data_dir)  # encrypted at rest

    verdict = review.SubmitVerdict(
        rpb.SubmitVerdictRequest(case_id=fp_case, verdict=rpb.VERDICT_FALSE_POSITIVE, reviewer_id="rev-7"), timeout=5
    )
    assert verdict.state == rpb.CASE_STATE_FALSE_POSITIVE and not verdict.conversation_id
    with pytest.raises(grpc.RpcError) as err:
        review.GetCase(rpb.GetCaseRequest(case_id=fp_case, reviewer_id="rev-7"), timeout=5)
    assert err.value.code() == grpc.StatusCode.NOT_FOUND
    with pytest.raises(grpc.RpcError) as err:
        review.SubmitVerdict(
            rpb.SubmitVerdictRequest(case_id=fp_case, verdict=rpb.VERDICT_CONFIRMED, reviewer_id="rev-8"), timeout=5
        )
    assert err.value.code() == grpc.StatusCode.FAILED_PRECONDITION
    with pytest.raises(grpc.RpcError) as err:
        review.SubmitVerdict(
            rpb.SubmitVerdictRequest(case_id="nope", verdict=rpb.VERDICT_CONFIRMED, reviewer_id="rev-8"), timeout=5
        )
    assert err.value.code() == grpc.StatusCode.NOT_FOUND
    data = db_bytes(server.data_dir)
    assert bytes(ciphertext) not in data and bytes(ciphertext)[:32] not in data  # erased, not just unlinked

    confirmed = review.SubmitVerdict(
        rpb.SubmitVerdictRequest(case_id=ok_case, verdict=rpb.VERDICT_CONFIRMED, reviewer_id="rev-8", note="reported"),
        timeout=5,
    )
    assert confirmed.state == rpb.CASE_STATE_CONFIRMED
    assert review.GetCase(rpb.GetCaseRequest(case_id=ok_case, reviewer_id="rev-8"), timeout=5).messages

    complaint = review.RecordComplaint(
        rpb.RecordComplaintRequest(
            tenant_id="default", case_id=ok_case, kind=rpb.COMPLAINT_KIND_WRONGLY_FLAGGED, details="not me"
        ),
        timeout=5,
    )
    resolved = review.ResolveComplaint(
        rpb.ResolveComplaintRequest(
            complaint_id=complaint.complaint_id, outcome=rpb.COMPLAINT_STATUS_REJECTED, reviewer_id="rev-9"
        ),
        timeout=5,
    )
    assert resolved.status == rpb.COMPLAINT_STATUS_REJECTED

    metrics = urllib.request.urlopen(server.metrics_url, timeout=5).read().decode()
    version = server.server.model.version
    assert (
        f'grooming_risk_verdicts_total{{model_version="{version}",tenant="default",verdict="FALSE_POSITIVE"}} 1.0'
    ) in metrics
    assert "grooming_risk_review_queue_depth 0.0" in metrics
    assert "grooming_risk_review_latency_seconds_count 2.0" in metrics

    server.server.counters.flush()
    today = datetime.now(UTC).date()
    report = build_report(server.server.store, today, today, {"confirmed_retention_days": 90})
    assert report["totals"]["scored"] == 3 and report["totals"]["routed"] == 2
    assert report["totals"]["discarded"] == 1 and report["totals"]["messages"] == 16 * 2 + 6
    assert report["totals"]["confirmed"] == 1 and report["totals"]["false_positive"] == 1
    assert report["error_ratio_per_technique"] == [
        {"model_version": version, "confirmed": 1, "false_positive": 1, "false_positive_ratio": 0.5}
    ]
    assert report["complaints"] == {"WRONGLY_FLAGGED": {"REJECTED": 1}}
    text = render(report, "markdown") + render(report, "json") + render(report, "html")
    for secret in (CANARY, "conv-fp", "conv-ok", fp_case, ok_case, "rev-7"):
        assert secret not in text


def test_review_errors(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    review = rpb_grpc.ReviewServiceStub(server.channel)
    case_id = route(server, "conv")
    for call, request in [
        (review.GetCase, rpb.GetCaseRequest(case_id=case_id)),  # no reviewer
        (review.SubmitVerdict, rpb.SubmitVerdictRequest(case_id=case_id, reviewer_id="r")),  # no verdict
        (review.ListCases, rpb.ListCasesRequest(page_size=1000)),
        (review.ListCases, rpb.ListCasesRequest(page_token="garbage")),
        (review.RecordComplaint, rpb.RecordComplaintRequest(tenant_id="default")),
    ]:
        with pytest.raises(grpc.RpcError) as err:
            call(request, timeout=5)
        assert err.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    with pytest.raises(grpc.RpcError) as err:
        review.GetCase(rpb.GetCaseRequest(case_id="missing", reviewer_id="r"), timeout=5)
    assert err.value.code() == grpc.StatusCode.NOT_FOUND


class Clock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def _case(store: ReviewStore, text: str) -> str:
    return store.create_case(
        NewCase("default", "c", 0.9, 0.5, ["SECRECY"], "v1", 3, {"participants": [], "messages": [{"text": text}]})
    )


def _blobs(path: Path) -> list[bytes]:
    with sqlite3.connect(path) as db:
        return [bytes(b) for (b,) in db.execute("SELECT content_enc FROM cases WHERE content_enc IS NOT NULL")]


def test_retention_sweeper_with_an_injected_clock(tmp_path: Path) -> None:
    clock = Clock(1_700_000_000.0)
    path = tmp_path / "review.db"
    store = ReviewStore(path, new_keyring(), clock=clock)
    confirmed = _case(store, "confirmed content")
    pending = _case(store, "pending content")
    long_kept = _case(store, "kept long")
    ciphertexts = _blobs(path)
    clock.now += 86400
    store.submit_verdict(confirmed, CONFIRMED, "r", "", retention_days=30)
    store.submit_verdict(long_kept, CONFIRMED, "r", "", retention_days=365)
    assert store.purge(pending_limit_days=40) == {"confirmed_erased": 0, "pending_expired": 0}
    clock.now += 30 * 86400 + 1
    assert store.purge(pending_limit_days=40) == {"confirmed_erased": 1, "pending_expired": 0}
    assert store.case_summary(confirmed).state == CONFIRMED and store.case_summary(confirmed).erased_at
    assert store.get_case(long_kept, "r").content is not None
    clock.now += 10 * 86400
    assert store.purge(pending_limit_days=40) == {"confirmed_erased": 0, "pending_expired": 1}
    assert store.case_summary(pending).state == "EXPIRED"
    clock.now = 1_700_000_000.0 + 365 * 86400 + 1  # never past 12 months from identification
    assert store.purge(pending_limit_days=40) == {"confirmed_erased": 1, "pending_expired": 0}
    for case_id in (confirmed, pending, long_kept):
        with pytest.raises(NotFound):
            store.get_case(case_id, "r")
    store.close()
    data = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    assert len(ciphertexts) == 3
    assert not any(blob[:40] in data for blob in ciphertexts)  # overwritten (secure_delete + WAL truncate)


def test_reviewer_cli_purge_report_and_key_rotation(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    first = route(server, "conv-a")
    second = route(server, "conv-b")
    target = ["--target", f"127.0.0.1:{server.port}", "--reviewer-id", "rev-cli"]
    listed = subprocess.run([*CLI, "review", *target, "list"], capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0 and first in listed.stdout and second in listed.stdout
    shown = subprocess.run([*CLI, "review", *target, "show", first], capture_output=True, text=True, timeout=60)
    assert "likely suspect" in shown.stdout and "[SECRECY]" in shown.stdout
    done = subprocess.run(
        [*CLI, "review", *target, "verdict", first, "false-positive"], capture_output=True, text=True, timeout=60
    )
    assert "CASE_STATE_FALSE_POSITIVE" in done.stdout
    again = subprocess.run(
        [*CLI, "review", *target, "verdict", first, "confirmed"], capture_output=True, text=True, timeout=60
    )
    assert again.returncode == 1 and "FAILED_PRECONDITION" in again.stdout
    server.server.stop(grace=0)

    data = ["--data-dir", str(server.data_dir)]
    old_keys = json.loads((server.data_dir / "keyring.json").read_text())
    rotated = subprocess.run([*CLI, "rotate-key", *data, "--drop-old"], capture_output=True, text=True, timeout=60)
    assert rotated.returncode == 0, rotated.stderr
    new_keys = json.loads((server.data_dir / "keyring.json").read_text())
    assert new_keys["primary"] != old_keys["primary"] and old_keys["primary"] not in new_keys["keys"]
    keyring, _ = load_keyring(None, server.data_dir, create=False)
    store = ReviewStore(server.data_dir / "review.db", keyring)
    assert store.get_case(second, "auditor").content["messages"][0]["text"] == "hey there, asl?"
    store.close()

    purge = subprocess.run(
        [*CLI, "purge", *data, "--now", "2100-01-01T00:00:00+00:00"], capture_output=True, text=True, timeout=60
    )
    assert "1 unreviewed case(s)" in purge.stdout
    today = datetime.now(UTC).date().isoformat()
    out = tmp_path / "report.html"
    report = subprocess.run(
        [*CLI, "report", *data, "--from", today, "--to", today, "--format", "html", "-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert report.returncode == 0, report.stderr
    page = out.read_text()
    assert "data:image/png;base64," in page and "Error ratio per technique" in page
    assert "conv-a" not in page and first not in page
