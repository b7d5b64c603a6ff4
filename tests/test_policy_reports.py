"""PolicyService's threshold history and transparency report, and complaint outcomes with a note: what the
review console's ops and complaints pages read, over gRPC from a real server."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import grpc
import pytest

from groomingrisk.v1 import policy_pb2 as ppb
from groomingrisk.v1 import policy_pb2_grpc as ppb_grpc
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import grooming_request

ROOT = Path(__file__).resolve().parents[1]
FACTS = ROOT / "docs" / "report-facts.example.toml"


def _update(channel: grpc.Channel, threshold: float, reason: str) -> None:
    ppb_grpc.PolicyServiceStub(channel).UpdatePolicy(
        ppb.UpdatePolicyRequest(threshold=threshold, reason=reason, actor="ops-1"), timeout=10
    )


def test_threshold_history_newest_first_with_reasons(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    _update(server.channel, 0.61, "fewer false positives")
    _update(server.channel, 0.57, "recall dropped")
    policy = ppb_grpc.PolicyServiceStub(server.channel)
    changes = policy.GetThresholdHistory(ppb.GetThresholdHistoryRequest(), timeout=10).changes
    assert [round(c.new_threshold, 2) for c in changes[:2]] == [0.57, 0.61]
    assert [c.reason for c in changes[:2]] == ["recall dropped", "fewer false positives"]
    assert changes[0].actor == "ops-1" and changes[0].source == "api" and changes[0].HasField("old_threshold")
    assert round(changes[0].old_threshold, 2) == 0.61 and changes[0].changed_at.seconds > 0
    assert len(policy.GetThresholdHistory(ppb.GetThresholdHistoryRequest(limit=1), timeout=10).changes) == 1
    for bad, code in (
        (ppb.GetThresholdHistoryRequest(limit=501), grpc.StatusCode.INVALID_ARGUMENT),
        (ppb.GetThresholdHistoryRequest(tenant_id="nobody"), grpc.StatusCode.NOT_FOUND),
    ):
        with pytest.raises(grpc.RpcError) as raised:
            policy.GetThresholdHistory(bad, timeout=10)
        assert raised.value.code() is code


def test_transparency_report_over_grpc(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server(report_facts_file=FACTS)
    routed = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation(grooming_request("g"), timeout=10)
    assert routed.review_case_id
    policy = ppb_grpc.PolicyServiceStub(server.channel)
    request = ppb.GetTransparencyReportRequest(from_date="2000-01-01", to_date="2099-12-31")
    report = policy.GetTransparencyReport(request, timeout=60)
    html = report.content.decode()
    assert report.content_type.startswith("text/html") and html.startswith("<!doctype html")
    assert report.filename == "transparency-report-2000-01-01-2099-12-31.html"
    assert "Art. 3(1)(g)(vii)" in html and list(report.missing_items) == []
    assert "asl" not in html and "parents" not in html  # numbers only, never the conversation
    as_json = policy.GetTransparencyReport(
        ppb.GetTransparencyReportRequest(from_date="2000-01-01", to_date="2099-12-31", format=ppb.REPORT_FORMAT_JSON),
        timeout=60,
    )
    assert as_json.content_type == "application/json" and as_json.filename.endswith(".json")
    for bad in (
        ppb.GetTransparencyReportRequest(from_date="2026-02-30", to_date="2026-03-01"),
        ppb.GetTransparencyReportRequest(from_date="2026-03-01", to_date="2026-02-01"),
        ppb.GetTransparencyReportRequest(from_date="2026-01-01", to_date="9999-12-31"),
        ppb.GetTransparencyReportRequest(from_date="2026-01-01", to_date="2026-12-31", format=99),  # type: ignore[arg-type]
    ):
        with pytest.raises(grpc.RpcError) as raised:
            policy.GetTransparencyReport(bad, timeout=10)
        assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT, bad


def test_a_report_without_facts_names_the_missing_items(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    report = ppb_grpc.PolicyServiceStub(server.channel).GetTransparencyReport(
        ppb.GetTransparencyReportRequest(from_date="2026-01-01", to_date="2026-12-31"), timeout=60
    )
    assert any(item.startswith("(II)") for item in report.missing_items), list(report.missing_items)


def test_a_bad_facts_file_stops_the_server_at_start(start_server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    facts = tmp_path / "facts.toml"
    facts.write_text("[legal_ground]\nbasis = 5\n")
    with pytest.raises(ValueError, match=r"facts\.toml"):
        start_server(report_facts_file=facts)


def test_complaint_outcome_with_a_note_is_encrypted_audited_and_rotated(start_server) -> None:  # type: ignore[no-untyped-def]
    server = start_server()
    review = rpb_grpc.ReviewServiceStub(server.channel)
    case_id = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation(grooming_request("c"), timeout=10)
    complaint = review.RecordComplaint(
        rpb.RecordComplaintRequest(
            tenant_id="default", case_id=case_id.review_case_id, kind=rpb.COMPLAINT_KIND_WRONGLY_FLAGGED
        ),
        timeout=10,
    )
    note = "canary-note-7731: the user showed it was a role play"
    resolved = review.ResolveComplaint(
        rpb.ResolveComplaintRequest(
            complaint_id=complaint.complaint_id, outcome=rpb.COMPLAINT_STATUS_UPHELD, reviewer_id="r1", note=note
        ),
        timeout=10,
    )
    assert resolved.status == rpb.COMPLAINT_STATUS_UPHELD
    store = server.server.store
    assert any(e[2] == "complaint_outcome" and e[4] == "UPHELD with a note" for e in store.audit_entries())
    with sqlite3.connect(server.data_dir / "review.db") as db:
        blob = db.execute(
            "SELECT resolution_note_enc FROM complaints WHERE complaint_id = ?", (complaint.complaint_id,)
        ).fetchone()[0]
    assert blob and b"canary-note-7731" not in bytes(blob)
    # A key rotation re-encrypts the note too: afterwards the old key is used by no row.
    old = store.keyring
    assert old is not None
    rotated = old.with_new_primary()
    store.reencrypt(rotated)
    assert store.undecryptable_rows() == [] and old.primary not in store.key_ids_in_use()
    with pytest.raises(grpc.RpcError) as raised:
        review.ResolveComplaint(
            rpb.ResolveComplaintRequest(
                complaint_id=complaint.complaint_id, outcome=rpb.COMPLAINT_STATUS_REJECTED, note="x" * 2001
            ),
            timeout=10,
        )
    assert raised.value.code() is grpc.StatusCode.INVALID_ARGUMENT and "x" * 20 not in raised.value.details()
