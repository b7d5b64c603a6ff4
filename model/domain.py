"""Plain domain types shared by serving and training.

`model/` never sees protobuf or storage: every source (gRPC requests, JSONL files, Perverted-Justice
transcripts, PAN 2012 XML, chitchat) is turned into these types first, so that training and serving run
exactly the same feature code.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Participant:
    participant_id: str
    age_years: int | None = None
    age_verified: bool = False
    account_age_days: int | None = None
    distinct_minor_contacts_24h: int | None = None
    utc_offset_minutes: int | None = None  # local time of this participant, for night-time activity
    messages_24h: int | None = None  # messages sent in 24 h across conversations (derived by the service)


@dataclass(slots=True)  # not frozen: frozen dataclasses construct several times slower, and a request has
class Message:  # thousands of messages per second; nothing in scoring mutates them
    sender_id: str
    sent_at: float  # seconds since the Unix epoch (UTC)
    text: str
    has_media: bool = False


@dataclass(frozen=True, slots=True)
class Conversation:
    conversation_id: str
    participants: tuple[Participant, ...]
    messages: tuple[Message, ...]  # oldest first
    participants_are_contacts: bool = False
    tenant_id: str = ""


@dataclass(frozen=True, slots=True)
class LabeledConversation:
    """A conversation with its label and the group it must stay in when splitting (no leakage)."""

    conversation: Conversation
    label: int
    source: str  # data family, e.g. "pj", "chitchat", "synthetic:peers"
    group: str  # source transcript/conversation id: all windows of one transcript share it
    offender_ids: frozenset[str] = field(default_factory=frozenset)  # known groomers, when known
