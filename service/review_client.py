"""`grooming-risk review`: a minimal reviewer console over gRPC, for platforms without a moderation tool."""

from __future__ import annotations

import argparse
from datetime import UTC, datetime

import grpc

from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc
from service.channel import open_channel

STATES = {
    "pending": rpb.CASE_STATE_PENDING,
    "confirmed": rpb.CASE_STATE_CONFIRMED,
    "false-positive": rpb.CASE_STATE_FALSE_POSITIVE,
    "expired": rpb.CASE_STATE_EXPIRED,
}
VERDICTS = {"confirmed": rpb.VERDICT_CONFIRMED, "false-positive": rpb.VERDICT_FALSE_POSITIVE}


def _when(stamp) -> str:  # type: ignore[no-untyped-def]
    return datetime.fromtimestamp(stamp.seconds, UTC).strftime("%Y-%m-%d %H:%M:%SZ") if stamp.seconds else "-"


def format_case_row(case: rpb.ReviewCase) -> str:
    return (
        f"{case.case_id}  {case.risk_score:.3f}  {case.tenant_id:12s}  {_when(case.created_at)}  "
        f"{','.join(case.indicators[:5])}"
    )


def format_case(case: rpb.ReviewCase) -> str:
    lines = [
        f"case {case.case_id} ({rpb.CaseState.Name(case.state)})",
        f"tenant {case.tenant_id}  conversation {case.conversation_id}  model {case.model_version}",
        f"risk score {case.risk_score:.3f} (threshold {case.threshold:.3f}), routed {_when(case.created_at)}",
        f"indicators: {', '.join(case.indicators)}",
        f"risk factors: {', '.join(case.risk_factors) or '-'}",
        "participants:",
    ]
    for p in case.participants:
        age = p.age_years if p.HasField("age_years") else "?"
        mark = "  <- likely suspect" if p.participant_id == case.suspect_participant_id else ""
        lines.append(f"  {p.participant_id}  age {age}{' (verified)' if p.age_verified else ''}{mark}")
    lines.append(f"contacts: {'yes' if case.participants_are_contacts else 'no'}")
    lines.append("messages:")
    for m in case.messages:
        flags = f"  [{', '.join(m.indicators)}]" if m.indicators else ""
        lines.append(f"  {m.index:4d} {_when(m.message.sent_at)} {m.message.sender_id}: {m.message.text}{flags}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    channel = open_channel(args.target, args.tls_ca)
    metadata = (("authorization", f"Bearer {args.token}"),) if args.token else ()
    stub = rpb_grpc.ReviewServiceStub(channel)
    try:
        if args.action == "list":
            token = ""
            while True:
                page = stub.ListCases(
                    rpb.ListCasesRequest(
                        tenant_id=args.tenant or "", state=STATES[args.state], page_size=100, page_token=token
                    ),
                    timeout=args.timeout,
                    metadata=metadata,
                )
                for case in page.cases:
                    print(format_case_row(case))
                token = page.next_page_token
                if not token:
                    break
        elif args.action == "show":
            case = stub.GetCase(
                rpb.GetCaseRequest(case_id=args.case, reviewer_id=args.reviewer_id or ""),
                timeout=args.timeout,
                metadata=metadata,
            )
            print(format_case(case))
        else:
            case = stub.SubmitVerdict(
                rpb.SubmitVerdictRequest(
                    case_id=args.case,
                    verdict=VERDICTS[args.verdict],
                    reviewer_id=args.reviewer_id or "",
                    note=args.note or "",
                ),
                timeout=args.timeout,
                metadata=metadata,
            )
            print(f"case {case.case_id}: {rpb.CaseState.Name(case.state)}")
    except grpc.RpcError as error:
        print(f"grooming-risk review: {error.code().name}: {error.details()}")  # type: ignore[attr-defined]
        return 1
    finally:
        channel.close()
    return 0
