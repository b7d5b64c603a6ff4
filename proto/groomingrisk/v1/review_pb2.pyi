import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from groomingrisk.v1 import risk_scoring_pb2 as _risk_scoring_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class CaseState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CASE_STATE_UNSPECIFIED: _ClassVar[CaseState]
    CASE_STATE_PENDING: _ClassVar[CaseState]
    CASE_STATE_CONFIRMED: _ClassVar[CaseState]
    CASE_STATE_FALSE_POSITIVE: _ClassVar[CaseState]
    CASE_STATE_EXPIRED: _ClassVar[CaseState]

class Verdict(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    VERDICT_UNSPECIFIED: _ClassVar[Verdict]
    VERDICT_CONFIRMED: _ClassVar[Verdict]
    VERDICT_FALSE_POSITIVE: _ClassVar[Verdict]

class CaseOrder(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CASE_ORDER_UNSPECIFIED: _ClassVar[CaseOrder]
    CASE_ORDER_HIGHEST_RISK: _ClassVar[CaseOrder]
    CASE_ORDER_OLDEST_FIRST: _ClassVar[CaseOrder]

class ComplaintKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COMPLAINT_KIND_UNSPECIFIED: _ClassVar[ComplaintKind]
    COMPLAINT_KIND_WRONGLY_FLAGGED: _ClassVar[ComplaintKind]
    COMPLAINT_KIND_ACCOUNT_ACTION: _ClassVar[ComplaintKind]
    COMPLAINT_KIND_OTHER: _ClassVar[ComplaintKind]

class ComplaintStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    COMPLAINT_STATUS_UNSPECIFIED: _ClassVar[ComplaintStatus]
    COMPLAINT_STATUS_OPEN: _ClassVar[ComplaintStatus]
    COMPLAINT_STATUS_UPHELD: _ClassVar[ComplaintStatus]
    COMPLAINT_STATUS_REJECTED: _ClassVar[ComplaintStatus]
CASE_STATE_UNSPECIFIED: CaseState
CASE_STATE_PENDING: CaseState
CASE_STATE_CONFIRMED: CaseState
CASE_STATE_FALSE_POSITIVE: CaseState
CASE_STATE_EXPIRED: CaseState
VERDICT_UNSPECIFIED: Verdict
VERDICT_CONFIRMED: Verdict
VERDICT_FALSE_POSITIVE: Verdict
CASE_ORDER_UNSPECIFIED: CaseOrder
CASE_ORDER_HIGHEST_RISK: CaseOrder
CASE_ORDER_OLDEST_FIRST: CaseOrder
COMPLAINT_KIND_UNSPECIFIED: ComplaintKind
COMPLAINT_KIND_WRONGLY_FLAGGED: ComplaintKind
COMPLAINT_KIND_ACCOUNT_ACTION: ComplaintKind
COMPLAINT_KIND_OTHER: ComplaintKind
COMPLAINT_STATUS_UNSPECIFIED: ComplaintStatus
COMPLAINT_STATUS_OPEN: ComplaintStatus
COMPLAINT_STATUS_UPHELD: ComplaintStatus
COMPLAINT_STATUS_REJECTED: ComplaintStatus

class ListCasesRequest(_message.Message):
    __slots__ = ("tenant_id", "page_size", "page_token", "state", "order")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    ORDER_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    page_size: int
    page_token: str
    state: CaseState
    order: CaseOrder
    def __init__(self, tenant_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., state: _Optional[_Union[CaseState, str]] = ..., order: _Optional[_Union[CaseOrder, str]] = ...) -> None: ...

class ListCasesResponse(_message.Message):
    __slots__ = ("cases", "next_page_token")
    CASES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    cases: _containers.RepeatedCompositeFieldContainer[ReviewCase]
    next_page_token: str
    def __init__(self, cases: _Optional[_Iterable[_Union[ReviewCase, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetCaseRequest(_message.Message):
    __slots__ = ("case_id", "reviewer_id")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    REVIEWER_ID_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    reviewer_id: str
    def __init__(self, case_id: _Optional[str] = ..., reviewer_id: _Optional[str] = ...) -> None: ...

class ReviewMessage(_message.Message):
    __slots__ = ("index", "message", "indicators")
    INDEX_FIELD_NUMBER: _ClassVar[int]
    MESSAGE_FIELD_NUMBER: _ClassVar[int]
    INDICATORS_FIELD_NUMBER: _ClassVar[int]
    index: int
    message: _risk_scoring_pb2.ChatMessage
    indicators: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, index: _Optional[int] = ..., message: _Optional[_Union[_risk_scoring_pb2.ChatMessage, _Mapping]] = ..., indicators: _Optional[_Iterable[str]] = ...) -> None: ...

class ReviewCase(_message.Message):
    __slots__ = ("case_id", "conversation_id", "tenant_id", "risk_score", "indicators", "model_version", "created_at", "state", "threshold", "messages_scored", "verdict_at", "reviewer_id", "participants", "messages", "participants_are_contacts", "suspect_participant_id", "risk_factors", "claimed_by", "claim_expires_at")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    CONVERSATION_ID_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    RISK_SCORE_FIELD_NUMBER: _ClassVar[int]
    INDICATORS_FIELD_NUMBER: _ClassVar[int]
    MODEL_VERSION_FIELD_NUMBER: _ClassVar[int]
    CREATED_AT_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_SCORED_FIELD_NUMBER: _ClassVar[int]
    VERDICT_AT_FIELD_NUMBER: _ClassVar[int]
    REVIEWER_ID_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_FIELD_NUMBER: _ClassVar[int]
    MESSAGES_FIELD_NUMBER: _ClassVar[int]
    PARTICIPANTS_ARE_CONTACTS_FIELD_NUMBER: _ClassVar[int]
    SUSPECT_PARTICIPANT_ID_FIELD_NUMBER: _ClassVar[int]
    RISK_FACTORS_FIELD_NUMBER: _ClassVar[int]
    CLAIMED_BY_FIELD_NUMBER: _ClassVar[int]
    CLAIM_EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    conversation_id: str
    tenant_id: str
    risk_score: float
    indicators: _containers.RepeatedScalarFieldContainer[str]
    model_version: str
    created_at: _timestamp_pb2.Timestamp
    state: CaseState
    threshold: float
    messages_scored: int
    verdict_at: _timestamp_pb2.Timestamp
    reviewer_id: str
    participants: _containers.RepeatedCompositeFieldContainer[_risk_scoring_pb2.Participant]
    messages: _containers.RepeatedCompositeFieldContainer[ReviewMessage]
    participants_are_contacts: bool
    suspect_participant_id: str
    risk_factors: _containers.RepeatedScalarFieldContainer[str]
    claimed_by: str
    claim_expires_at: _timestamp_pb2.Timestamp
    def __init__(self, case_id: _Optional[str] = ..., conversation_id: _Optional[str] = ..., tenant_id: _Optional[str] = ..., risk_score: _Optional[float] = ..., indicators: _Optional[_Iterable[str]] = ..., model_version: _Optional[str] = ..., created_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state: _Optional[_Union[CaseState, str]] = ..., threshold: _Optional[float] = ..., messages_scored: _Optional[int] = ..., verdict_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., reviewer_id: _Optional[str] = ..., participants: _Optional[_Iterable[_Union[_risk_scoring_pb2.Participant, _Mapping]]] = ..., messages: _Optional[_Iterable[_Union[ReviewMessage, _Mapping]]] = ..., participants_are_contacts: _Optional[bool] = ..., suspect_participant_id: _Optional[str] = ..., risk_factors: _Optional[_Iterable[str]] = ..., claimed_by: _Optional[str] = ..., claim_expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ClaimCaseRequest(_message.Message):
    __slots__ = ("case_id", "reviewer_id", "claim_seconds")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    REVIEWER_ID_FIELD_NUMBER: _ClassVar[int]
    CLAIM_SECONDS_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    reviewer_id: str
    claim_seconds: int
    def __init__(self, case_id: _Optional[str] = ..., reviewer_id: _Optional[str] = ..., claim_seconds: _Optional[int] = ...) -> None: ...

class ClaimCaseResponse(_message.Message):
    __slots__ = ("case_id", "granted", "claimed_by", "expires_at")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    GRANTED_FIELD_NUMBER: _ClassVar[int]
    CLAIMED_BY_FIELD_NUMBER: _ClassVar[int]
    EXPIRES_AT_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    granted: bool
    claimed_by: str
    expires_at: _timestamp_pb2.Timestamp
    def __init__(self, case_id: _Optional[str] = ..., granted: _Optional[bool] = ..., claimed_by: _Optional[str] = ..., expires_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class ReleaseCaseRequest(_message.Message):
    __slots__ = ("case_id", "reviewer_id")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    REVIEWER_ID_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    reviewer_id: str
    def __init__(self, case_id: _Optional[str] = ..., reviewer_id: _Optional[str] = ...) -> None: ...

class ReleaseCaseResponse(_message.Message):
    __slots__ = ("released",)
    RELEASED_FIELD_NUMBER: _ClassVar[int]
    released: bool
    def __init__(self, released: _Optional[bool] = ...) -> None: ...

class ListComplaintsRequest(_message.Message):
    __slots__ = ("tenant_id", "status", "page_size", "page_token")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    status: ComplaintStatus
    page_size: int
    page_token: str
    def __init__(self, tenant_id: _Optional[str] = ..., status: _Optional[_Union[ComplaintStatus, str]] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListComplaintsResponse(_message.Message):
    __slots__ = ("complaints", "next_page_token")
    COMPLAINTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    complaints: _containers.RepeatedCompositeFieldContainer[Complaint]
    next_page_token: str
    def __init__(self, complaints: _Optional[_Iterable[_Union[Complaint, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class GetVerdictStatsRequest(_message.Message):
    __slots__ = ("tenant_id",)
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    def __init__(self, tenant_id: _Optional[str] = ...) -> None: ...

class VerdictBand(_message.Message):
    __slots__ = ("score_from", "confirmed", "false_positive")
    SCORE_FROM_FIELD_NUMBER: _ClassVar[int]
    CONFIRMED_FIELD_NUMBER: _ClassVar[int]
    FALSE_POSITIVE_FIELD_NUMBER: _ClassVar[int]
    score_from: float
    confirmed: int
    false_positive: int
    def __init__(self, score_from: _Optional[float] = ..., confirmed: _Optional[int] = ..., false_positive: _Optional[int] = ...) -> None: ...

class GetVerdictStatsResponse(_message.Message):
    __slots__ = ("bands",)
    BANDS_FIELD_NUMBER: _ClassVar[int]
    bands: _containers.RepeatedCompositeFieldContainer[VerdictBand]
    def __init__(self, bands: _Optional[_Iterable[_Union[VerdictBand, _Mapping]]] = ...) -> None: ...

class SubmitVerdictRequest(_message.Message):
    __slots__ = ("case_id", "verdict", "reviewer_id", "note")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    VERDICT_FIELD_NUMBER: _ClassVar[int]
    REVIEWER_ID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    verdict: Verdict
    reviewer_id: str
    note: str
    def __init__(self, case_id: _Optional[str] = ..., verdict: _Optional[_Union[Verdict, str]] = ..., reviewer_id: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class RecordComplaintRequest(_message.Message):
    __slots__ = ("tenant_id", "case_id", "kind", "details")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    DETAILS_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    case_id: str
    kind: ComplaintKind
    details: str
    def __init__(self, tenant_id: _Optional[str] = ..., case_id: _Optional[str] = ..., kind: _Optional[_Union[ComplaintKind, str]] = ..., details: _Optional[str] = ...) -> None: ...

class ResolveComplaintRequest(_message.Message):
    __slots__ = ("complaint_id", "outcome", "reviewer_id", "note")
    COMPLAINT_ID_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    REVIEWER_ID_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    complaint_id: str
    outcome: ComplaintStatus
    reviewer_id: str
    note: str
    def __init__(self, complaint_id: _Optional[str] = ..., outcome: _Optional[_Union[ComplaintStatus, str]] = ..., reviewer_id: _Optional[str] = ..., note: _Optional[str] = ...) -> None: ...

class Complaint(_message.Message):
    __slots__ = ("complaint_id", "tenant_id", "case_id", "kind", "received_at", "status", "resolved_at")
    COMPLAINT_ID_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    RECEIVED_AT_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    RESOLVED_AT_FIELD_NUMBER: _ClassVar[int]
    complaint_id: str
    tenant_id: str
    case_id: str
    kind: ComplaintKind
    received_at: _timestamp_pb2.Timestamp
    status: ComplaintStatus
    resolved_at: _timestamp_pb2.Timestamp
    def __init__(self, complaint_id: _Optional[str] = ..., tenant_id: _Optional[str] = ..., case_id: _Optional[str] = ..., kind: _Optional[_Union[ComplaintKind, str]] = ..., received_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., status: _Optional[_Union[ComplaintStatus, str]] = ..., resolved_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class RecordReferralRequest(_message.Message):
    __slots__ = ("case_id", "organisation", "reviewer_id")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANISATION_FIELD_NUMBER: _ClassVar[int]
    REVIEWER_ID_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    organisation: str
    reviewer_id: str
    def __init__(self, case_id: _Optional[str] = ..., organisation: _Optional[str] = ..., reviewer_id: _Optional[str] = ...) -> None: ...

class Referral(_message.Message):
    __slots__ = ("case_id", "organisation", "referred_at", "recorded_by")
    CASE_ID_FIELD_NUMBER: _ClassVar[int]
    ORGANISATION_FIELD_NUMBER: _ClassVar[int]
    REFERRED_AT_FIELD_NUMBER: _ClassVar[int]
    RECORDED_BY_FIELD_NUMBER: _ClassVar[int]
    case_id: str
    organisation: str
    referred_at: _timestamp_pb2.Timestamp
    recorded_by: str
    def __init__(self, case_id: _Optional[str] = ..., organisation: _Optional[str] = ..., referred_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., recorded_by: _Optional[str] = ...) -> None: ...

class RecordReferralResponse(_message.Message):
    __slots__ = ("referral", "created")
    REFERRAL_FIELD_NUMBER: _ClassVar[int]
    CREATED_FIELD_NUMBER: _ClassVar[int]
    referral: Referral
    created: bool
    def __init__(self, referral: _Optional[_Union[Referral, _Mapping]] = ..., created: _Optional[bool] = ...) -> None: ...
