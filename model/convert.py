"""Translation between protobuf messages (and their JSON form) and the model's domain types. Nothing else."""

from __future__ import annotations

import json
from typing import Any

from google.protobuf import json_format

from grooming_risk.model.domain import Conversation, Message, Participant
from groomingrisk.v1 import risk_scoring_pb2 as pb

#: Top-level keys of a labeled JSONL line that are not request fields but that readers understand.
LABEL_KEY = "label"
OFFENDERS_KEY = "offender_ids"
_REQUEST_FIELDS = frozenset(f.name for f in pb.ScoreConversationRequest.DESCRIPTOR.fields)


def _optional(message: Any, field: str) -> int | None:
    return getattr(message, field) if message.HasField(field) else None


def to_conversation(request: pb.ScoreConversationRequest) -> Conversation:
    """Domain conversation from a *validated* request."""
    participants = tuple(
        Participant(
            participant_id=p.participant_id,
            age_years=_optional(p, "age_years"),
            age_verified=p.age_verified,
            account_age_days=_optional(p, "account_age_days"),
            distinct_minor_contacts_24h=_optional(p, "distinct_minor_contacts_24h"),
            utc_offset_minutes=_optional(p, "utc_offset_minutes"),
        )
        for p in request.participants
    )
    messages = tuple(
        Message(m.sender_id, m.sent_at.seconds + m.sent_at.nanos / 1e9, m.text, m.has_media) for m in request.messages
    )
    return Conversation(
        request.conversation_id, participants, messages, request.participants_are_contacts, request.tenant_id
    )


def to_request(conversation: Conversation) -> pb.ScoreConversationRequest:
    """Protobuf request for a domain conversation (used by importers and tests)."""
    request = pb.ScoreConversationRequest(
        tenant_id=conversation.tenant_id,
        conversation_id=conversation.conversation_id,
        participants_are_contacts=conversation.participants_are_contacts,
    )
    for p in conversation.participants:
        out = request.participants.add(participant_id=p.participant_id, age_verified=p.age_verified)
        for field in ("age_years", "account_age_days", "distinct_minor_contacts_24h", "utc_offset_minutes"):
            value = getattr(p, field)
            if value is not None:
                setattr(out, field, value)
    for m in conversation.messages:
        out_m = request.messages.add(sender_id=m.sender_id, text=m.text, has_media=m.has_media)
        seconds = int(m.sent_at // 1)
        out_m.sent_at.seconds = seconds
        out_m.sent_at.nanos = round((m.sent_at - seconds) * 1e9) % 1_000_000_000
    return request


def request_from_json(line: str) -> tuple[pb.ScoreConversationRequest, dict[str, Any]]:
    """Parse one JSONL line: (request, extra top-level keys such as "label"). Raises ValueError."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not valid JSON (column {exc.colno})") from None
    except RecursionError:
        raise ValueError("not a ScoreConversationRequest (JSON nested too deeply)") from None
    if not isinstance(data, dict):
        raise ValueError("a line must be a JSON object")
    try:  # lone surrogates ("\ud800") anywhere, keys included, are not text: protobuf must never see them
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except (UnicodeError, RecursionError):
        raise ValueError("not a ScoreConversationRequest (a string is not valid Unicode)") from None
    extras = {k: data.pop(k) for k in list(data) if k not in _REQUEST_FIELDS}
    request = pb.ScoreConversationRequest()
    try:
        json_format.ParseDict(data, request)
    except json_format.ParseError as exc:
        raise ValueError(_safe_parse_error(str(exc))) from None
    except (TypeError, ValueError, UnicodeError):  # e.g. lone surrogates in a string
        raise ValueError("not a ScoreConversationRequest (a value has the wrong type or encoding)") from None
    except RecursionError:
        raise ValueError("not a ScoreConversationRequest (JSON nested too deeply)") from None
    return request, extras


def _safe_parse_error(message: str) -> str:
    """Keep protobuf's description of *where* parsing failed, not the offending value."""
    head = message.split(":", 1)[0]
    return f"not a ScoreConversationRequest ({head[:200]})"


def message_to_json(message: Any) -> str:
    """Proto3 JSON with the original snake_case field names; enums as names; defaults included."""
    return json.dumps(
        json_format.MessageToDict(message, preserving_proto_field_name=True, always_print_fields_with_no_presence=True),
        ensure_ascii=False,
        separators=(",", ":"),
    )


def request_to_json(request: pb.ScoreConversationRequest, **extras: Any) -> str:
    data = json_format.MessageToDict(request, preserving_proto_field_name=True)
    data.update(extras)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))
