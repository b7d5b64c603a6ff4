import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class DiscardReason(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DISCARD_REASON_UNSPECIFIED: _ClassVar[DiscardReason]
    DISCARD_REASON_BELOW_THRESHOLD: _ClassVar[DiscardReason]
    DISCARD_REASON_SINGLE_INDICATOR: _ClassVar[DiscardReason]
    DISCARD_REASON_VERIFIED_ADULTS: _ClassVar[DiscardReason]
    DISCARD_REASON_PEERS: _ClassVar[DiscardReason]

class Decision(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DECISION_UNSPECIFIED: _ClassVar[Decision]
    DECISION_DISCARDED: _ClassVar[Decision]
    DECISION_ROUTED_TO_REVIEW: _ClassVar[Decision]
DISCARD_REASON_UNSPECIFIED: DiscardReason
DISCARD_REASON_BELOW_THRESHOLD: DiscardReason
DISCARD_REASON_SINGLE_INDICATOR: DiscardReason
DISCARD_REASON_VERIFIED_ADULTS: DiscardReason
DISCARD_REASON_PEERS: DiscardReason
DECISION_UNSPECIFIED: Decision
DECISION_DISCARDED: Decision
DECISION_ROUTED_TO_REVIEW: Decision

class ScoreConversationRequest(_message.Message):
    __slots__ = ("tenant_id", "conversation_id", "participants", "messages", "participants_are_contacts")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_ARE_CONTACTS_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    conversation_id: str
    participants: _containers.RepeatedCompositeFieldContainer[Participant]
    messages: _containers.RepeatedCompositeFieldContainer[ChatMessage]
    participants_are_contacts: bool
    def __init__(self, tenant_id: _Optional[str] = ..., conversation_id: _Optional[str] = ..., participants: _Optional[_Iterable[_Union[Participant, _Mapping]]] = ..., messages: _Optional[_Iterable[_Union[ChatMessage, _Mapping]]] = ..., participants_are_contacts: _Optional[bool] = ...) -> None: ...

class Participant(_message.Message):
    __slots__ = ("participant_id", "age_years", "age_verified", "account_age_days", "distinct_minor_contacts_24h", "utc_offset_minutes")
    PARTICIPANT_ID_FIELD_NUMBER: _ClassVar[int]
    AGE_YEARS_FIELD_NUMBER: _ClassVar[int]
    AGE_VERIFIED_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_AGE_DAYS_FIELD_NUMBER: _ClassVar[int]
    DISTINCT_MINOR_CONTACTS_24H_FIELD_NUMBER: _ClassVar[int]
    UTC_OFFSET_MINUTES_FIELD_NUMBER: _ClassVar[int]
    participant_id: str
    age_years: int
    age_verified: bool
    account_age_days: int
    distinct_minor_contacts_24h: int
    utc_offset_minutes: int
    def __init__(self, participant_id: _Optional[str] = ..., age_years: _Optional[int] = ..., age_verified: _Optional[bool] = ..., account_age_days: _Optional[int] = ..., distinct_minor_contacts_24h: _Optional[int] = ..., utc_offset_minutes: _Optional[int] = ...) -> None: ...

class ChatMessage(_message.Message):
    __slots__ = ("sender_id", "sent_at", "text", "has_media")
    SENDER_ID_FIELD_NUMBER: _ClassVar[int]
    SENT_AT_FIELD_NUMBER: _ClassVar[int]
    TEXT_FIELD_NUMBER: _ClassVar[int]
    HAS_MEDIA_FIELD_NUMBER: _ClassVar[int]
    sender_id: str
    sent_at: _timestamp_pb2.Timestamp
    text: str
    has_media: bool
    def __init__(self, sender_id: _Optional[str] = ..., sent_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., text: _Optional[str] = ..., has_media: _Optional[bool] = ...) -> None: ...

class ScoreConversationResponse(_message.Message):
    __slots__ = ("conversation_id", "risk_score", "decision", "threshold", "indicators", "model_version", "review_case_id", "discard_reason", "messages_scored", "languages")
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    RISK_SCORE_FIELD_NUMBER: _ClassVar[int]
    DECISION_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    INDICATORS_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    REVIEW_CASE_ID_FIELD_NUMBER: _ClassVar[int]
    DISCARD_REASON_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_SCORED_FIELD_NUMBER: _ClassVar[int]
    LANGUAGES_FIELD_NUMBER: _ClassVar[int]
    conversation_id: str
    risk_score: float
    decision: Decision
    threshold: float
    indicators: _containers.RepeatedScalarFieldContainer[str]
    model_version: str
    review_case_id: str
    discard_reason: DiscardReason
    messages_scored: int
    languages: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, conversation_id: _Optional[str] = ..., risk_score: _Optional[float] = ..., decision: _Optional[_Union[Decision, str]] = ..., threshold: _Optional[float] = ..., indicators: _Optional[_Iterable[str]] = ..., model_version: _Optional[str] = ..., review_case_id: _Optional[str] = ..., discard_reason: _Optional[_Union[DiscardReason, str]] = ..., messages_scored: _Optional[int] = ..., languages: _Optional[_Iterable[str]] = ...) -> None: ...
