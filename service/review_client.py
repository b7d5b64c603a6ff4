"""`grooming-risk review`: a minimal reviewer console over gRPC, for platforms without a moderation tool.

Everything this console prints from the server, ids included, was written or chosen by someone else (often
the person under suspicion), so every such string goes through `service.terminal.visible` before it reaches
the reviewer's terminal.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Iterable
from datetime import UTC, datetime

import grpc

from grooming_risk.service.channel import open_channel
from grooming_risk.service.terminal import visible
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc

STATES = {
    "pending": rpb.CASE_STATE_PENDING,
    "confirmed": rpb.CASE_STATE_CONFIRMED,
    "false-positive": rpb.CASE_STATE_FALSE_POSITIVE,
    "expired": rpb.CASE_STATE_EXPIRED,
}
VERDICTS = {"confirmed": rpb.VERDICT_CONFIRMED, "false-positive": rpb.VERDICT_FALSE_POSITIVE}


def _when(stamp) -> str:  # type: ignore[no-untyped-def]
    return datetime.fromtimestamp(stamp.seconds, UTC).strftime("%Y-%m-%d %H:%M:%SZ") if stamp.seconds else "-"


def _joined(items: Iterable[str], separator: str = ", ") -> str:
    return separator.join(visible(item) for item in items)


def format_case_row(case: rpb.ReviewCase) -> str:
    return (
        f"{visible(case.case_id)}  {case.risk_score:.3f}  {visible(case.tenant_id):12s}  {_when(case.created_at)}  "
        f"{_joined(case.indicators[:5], ',')}"
    )


def format_case(case: rpb.ReviewCase) -> str:
    lines = [
        f"case {visible(case.case_id)} ({rpb.CaseState.Name(case.state)})",
        f"tenant {visible(case.tenant_id)}  conversation {visible(case.conversation_id)}  "
        f"model {visible(case.model_version)}",
        f"risk score {case.risk_score:.3f} (threshold {case.threshold:.3f}), routed {_when(case.created_at)}",
        f"indicators: {_joined(case.indicators)}",
        f"risk factors: {_joined(case.risk_factors) or '-'}",
        "participants:",
    ]
    for p in case.participants:
        age = p.age_years if p.HasField("age_years") else "?"
        mark = "  <- likely suspect" if p.participant_id == case.suspect_participant_id else ""
        lines.append(f"  {visible(p.participant_id)}  age {age}{' (verified)' if p.age_verified else ''}{mark}")
    lines.append(f"contacts: {'yes' if case.participants_are_contacts else 'no'}")
    lines.append("messages:")
    for m in case.messages:
        flags = f"  [{_joined(m.indicators)}]" if m.indicators else ""
        sender, text = visible(m.message.sender_id), visible(m.message.text)
        lines.append(f"  {m.index:4d} {_when(m.message.sent_at)} {sender}: {text}{flags}")
    return "\n".join(lines)


def format_error(code: str, details: str | None) -> str:
    """One line for a failed call; the server's details may quote ids, and a client error the target."""
    return f"grooming-risk review: {code}: {visible(details or '')}"


def reviewer_id(args: argparse.Namespace) -> str | None:
    """The reviewer id to send, or None when there is none to give (the caller stops with exit 2).

    The server audits every read and verdict under a reviewer. With tokens it takes the token's name and
    ignores this id; without tokens (loopback, or an explicitly ``--insecure`` server) it records the id the
    client gives. There the OS user running the console is the most truthful default there is, and it is
    announced on stderr, so `review show CASE` works as documented without a made-up id.
    """
    if args.reviewer_id or args.token:
        return args.reviewer_id or ""
    try:
        user = getpass.getuser()
    except (OSError, KeyError, ImportError):  # no USER/LOGNAME and no passwd entry (e.g. some containers)
        return None
    if not user:
        return None
    print(
        f"grooming-risk review: auditing as reviewer id {visible(user)} (your OS user; --reviewer-id to set)",
        file=sys.stderr,
    )
    return user


def run(args: argparse.Namespace) -> int:
    reviewer = ""
    if args.action == "refer":  # checked here first: a bad name is one line and exit 2, no call made
        from grooming_risk.service.review_store import organisation_name

        args.organisation = organisation_name(args.organisation, "--to")
    if args.action in ("show", "verdict", "refer"):
        found = reviewer_id(args)
        if found is None:
            print(
                f"grooming-risk review {args.action}: give --reviewer-id (or --token): the server audits who "
                "reads and decides each case, and no OS user name was found to use",
                file=sys.stderr,
            )
            return 2
        reviewer = found
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
                rpb.GetCaseRequest(case_id=args.case, reviewer_id=reviewer),
                timeout=args.timeout,
                metadata=metadata,
            )
            print(format_case(case))
        elif args.action == "refer":
            answer = stub.RecordReferral(
                rpb.RecordReferralRequest(case_id=args.case, organisation=args.organisation, reviewer_id=reviewer),
                timeout=args.timeout,
                metadata=metadata,
            )
            referral = answer.referral
            recorded = f"{_when(referral.referred_at)} by {visible(referral.recorded_by)}"
            if answer.created:
                print(f"case {visible(referral.case_id)}: referred to {visible(referral.organisation)} ({recorded})")
            else:
                print(
                    f"case {visible(referral.case_id)}: already recorded as referred to "
                    f"{visible(referral.organisation)} ({recorded}); nothing changed"
                )
        else:
            case = stub.SubmitVerdict(
                rpb.SubmitVerdictRequest(
                    case_id=args.case,
                    verdict=VERDICTS[args.verdict],
                    reviewer_id=reviewer,
                    note=args.note or "",
                ),
                timeout=args.timeout,
                metadata=metadata,
            )
            print(f"case {visible(case.case_id)}: {rpb.CaseState.Name(case.state)}")
    except grpc.RpcError as error:
        print(format_error(error.code().name, error.details()))  # type: ignore[attr-defined]
        return 1
    finally:
        channel.close()
    return 0
