"""Checks a ScoreConversationRequest before anything else touches it.

Errors name the offending field and the limit, never the text or the ids in it (a message could hold a
child's words; an id could be re-identifying).
"""

from __future__ import annotations

from dataclasses import dataclass

from grooming_risk.model.domain import Conversation, Message, Participant
from grooming_risk.model.errors import InvalidRequest
from groomingrisk.v1 import risk_scoring_pb2 as pb

MAX_AGE_YEARS = 150
MAX_ACCOUNT_AGE_DAYS = 100 * 366
MAX_UTC_OFFSET_MINUTES = 14 * 60
_MIN_SECONDS = -62_135_596_800  # 0001-01-01T00:00:00Z
_MAX_SECONDS = 253_402_300_799  # 9999-12-31T23:59:59Z


@dataclass(frozen=True, slots=True)
class Limits:
    max_messages: int = 2000
    max_message_chars: int = 4000
    max_participants: int = 50
    max_id_chars: int = 256

    @classmethod
    def unbounded(cls) -> Limits:
        """No size limits: for offline tools reading an operator's own files."""
        big = 1 << 62
        return cls(big, big, big, big)


def _check_id(value: str, field: str, limits: Limits) -> None:
    if not value:
        raise InvalidRequest(f"{field} is required")
    if len(value) > limits.max_id_chars:
        raise InvalidRequest(f"{field} is longer than {limits.max_id_chars} characters")


def _participant(index: int, p: pb.Participant, limits: Limits) -> Participant:
    field = f"participants[{index}]"
    _check_id(p.participant_id, f"{field}.participant_id", limits)
    age = p.age_years if p.HasField("age_years") else None
    if age is not None and not 0 <= age <= MAX_AGE_YEARS:
        raise InvalidRequest(f"{field}.age_years must be between 0 and {MAX_AGE_YEARS}")
    account = p.account_age_days if p.HasField("account_age_days") else None
    if account is not None and not 0 <= account <= MAX_ACCOUNT_AGE_DAYS:
        raise InvalidRequest(f"{field}.account_age_days must be between 0 and {MAX_ACCOUNT_AGE_DAYS}")
    fanout = p.distinct_minor_contacts_24h if p.HasField("distinct_minor_contacts_24h") else None
    if fanout is not None and fanout < 0:
        raise InvalidRequest(f"{field}.distinct_minor_contacts_24h must not be negative")
    offset = p.utc_offset_minutes if p.HasField("utc_offset_minutes") else None
    if offset is not None and abs(offset) > MAX_UTC_OFFSET_MINUTES:
        raise InvalidRequest(f"{field}.utc_offset_minutes must be within +-{MAX_UTC_OFFSET_MINUTES}")
    return Participant(p.participant_id, age, p.age_verified, account, fanout, offset)


def _message_error(index: int, m: pb.ChatMessage, known: set[str], limits: Limits) -> InvalidRequest:
    """The precise error for a message that failed the fast checks."""
    field = f"messages[{index}]"
    if m.sender_id not in known:
        return InvalidRequest(f"{field}.sender_id is not a participant_id of this conversation")
    if not m.HasField("sent_at"):
        return InvalidRequest(f"{field}.sent_at is required")
    if len(m.text) > limits.max_message_chars:
        return InvalidRequest(f"{field}.text is longer than {limits.max_message_chars} characters")
    return InvalidRequest(f"{field}.sent_at is not a valid timestamp")


def validate_request(request: pb.ScoreConversationRequest, limits: Limits) -> Conversation:
    """Check a request and return it as a domain conversation; raise InvalidRequest naming the first problem.

    Parse, don't validate: the conversation is built in the same pass that checks it (one loop over the
    messages, which dominate the request).
    """
    _check_id(request.conversation_id, "conversation_id", limits)
    if len(request.tenant_id) > limits.max_id_chars:
        raise InvalidRequest(f"tenant_id is longer than {limits.max_id_chars} characters")
    if not request.participants:
        raise InvalidRequest("participants must not be empty")
    if len(request.participants) > limits.max_participants:
        raise InvalidRequest(f"participants: more than the maximum of {limits.max_participants}")
    if not request.messages:
        raise InvalidRequest("messages must not be empty")
    if len(request.messages) > limits.max_messages:
        raise InvalidRequest(f"messages: more than the maximum of {limits.max_messages}")
    participants = []
    known: set[str] = set()
    for i, p in enumerate(request.participants):
        participants.append(_participant(i, p, limits))
        if p.participant_id in known:
            raise InvalidRequest(f"participants[{i}].participant_id is a duplicate")
        known.add(p.participant_id)
    messages: list[Message] = []
    append = messages.append
    max_chars = limits.max_message_chars
    for i, m in enumerate(request.messages):
        sender, text, stamp = m.sender_id, m.text, m.sent_at
        seconds, nanos = stamp.seconds, stamp.nanos
        if (
            sender not in known
            or len(text) > max_chars
            or not (_MIN_SECONDS <= seconds <= _MAX_SECONDS and 0 <= nanos < 1_000_000_000)
            or (not seconds and not nanos and not m.HasField("sent_at"))  # an unset stamp reads as zero
        ):
            raise _message_error(i, m, known, limits)
        append(Message(sender, seconds + nanos / 1e9, text, m.has_media))
    return Conversation(
        request.conversation_id,
        tuple(participants),
        tuple(messages),
        request.participants_are_contacts,
        request.tenant_id,
    )
