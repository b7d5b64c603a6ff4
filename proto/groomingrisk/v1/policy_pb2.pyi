import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ReportFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    REPORT_FORMAT_UNSPECIFIED: _ClassVar[ReportFormat]
    REPORT_FORMAT_HTML: _ClassVar[ReportFormat]
    REPORT_FORMAT_MARKDOWN: _ClassVar[ReportFormat]
    REPORT_FORMAT_JSON: _ClassVar[ReportFormat]
REPORT_FORMAT_UNSPECIFIED: ReportFormat
REPORT_FORMAT_HTML: ReportFormat
REPORT_FORMAT_MARKDOWN: ReportFormat
REPORT_FORMAT_JSON: ReportFormat

class GetPolicyRequest(_message.Message):
    __slots__ = ("tenant_id",)
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    def __init__(self, tenant_id: _Optional[str] = ...) -> None: ...

class Policy(_message.Message):
    __slots__ = ("tenant_id", "threshold", "adult_age", "min_age_gap_years", "peer_max_gap_years", "jurisdiction", "source", "updated_at")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    ADULT_AGE_FIELD_NUMBER: _ClassVar[int]
    MIN_AGE_GAP_YEARS_FIELD_NUMBER: _ClassVar[int]
    PEER_MAX_GAP_YEARS_FIELD_NUMBER: _ClassVar[int]
    JURISDICTION_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    UPDATED_AT_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    threshold: float
    adult_age: int
    min_age_gap_years: int
    peer_max_gap_years: int
    jurisdiction: str
    source: str
    updated_at: _timestamp_pb2.Timestamp
    def __init__(self, tenant_id: _Optional[str] = ..., threshold: _Optional[float] = ..., adult_age: _Optional[int] = ..., min_age_gap_years: _Optional[int] = ..., peer_max_gap_years: _Optional[int] = ..., jurisdiction: _Optional[str] = ..., source: _Optional[str] = ..., updated_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class UpdatePolicyRequest(_message.Message):
    __slots__ = ("tenant_id", "threshold", "adult_age", "min_age_gap_years", "peer_max_gap_years", "reason", "actor", "reset_to_file")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    ADULT_AGE_FIELD_NUMBER: _ClassVar[int]
    MIN_AGE_GAP_YEARS_FIELD_NUMBER: _ClassVar[int]
    PEER_MAX_GAP_YEARS_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    RESET_TO_FILE_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    threshold: float
    adult_age: int
    min_age_gap_years: int
    peer_max_gap_years: int
    reason: str
    actor: str
    reset_to_file: bool
    def __init__(self, tenant_id: _Optional[str] = ..., threshold: _Optional[float] = ..., adult_age: _Optional[int] = ..., min_age_gap_years: _Optional[int] = ..., peer_max_gap_years: _Optional[int] = ..., reason: _Optional[str] = ..., actor: _Optional[str] = ..., reset_to_file: _Optional[bool] = ...) -> None: ...

class ListPoliciesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListPoliciesResponse(_message.Message):
    __slots__ = ("policies",)
    POLICIES_FIELD_NUMBER: _ClassVar[int]
    policies: _containers.RepeatedCompositeFieldContainer[Policy]
    def __init__(self, policies: _Optional[_Iterable[_Union[Policy, _Mapping]]] = ...) -> None: ...

class GetThresholdHistoryRequest(_message.Message):
    __slots__ = ("tenant_id", "limit")
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    tenant_id: str
    limit: int
    def __init__(self, tenant_id: _Optional[str] = ..., limit: _Optional[int] = ...) -> None: ...

class ThresholdChange(_message.Message):
    __slots__ = ("changed_at", "tenant_id", "old_threshold", "new_threshold", "actor", "reason", "source")
    CHANGED_AT_FIELD_NUMBER: _ClassVar[int]
    TENANT_ID_FIELD_NUMBER: _ClassVar[int]
    OLD_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    NEW_THRESHOLD_FIELD_NUMBER: _ClassVar[int]
    ACTOR_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    SOURCE_FIELD_NUMBER: _ClassVar[int]
    changed_at: _timestamp_pb2.Timestamp
    tenant_id: str
    old_threshold: float
    new_threshold: float
    actor: str
    reason: str
    source: str
    def __init__(self, changed_at: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., tenant_id: _Optional[str] = ..., old_threshold: _Optional[float] = ..., new_threshold: _Optional[float] = ..., actor: _Optional[str] = ..., reason: _Optional[str] = ..., source: _Optional[str] = ...) -> None: ...

class GetThresholdHistoryResponse(_message.Message):
    __slots__ = ("changes",)
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    changes: _containers.RepeatedCompositeFieldContainer[ThresholdChange]
    def __init__(self, changes: _Optional[_Iterable[_Union[ThresholdChange, _Mapping]]] = ...) -> None: ...

class GetTransparencyReportRequest(_message.Message):
    __slots__ = ("from_date", "to_date", "format")
    FROM_DATE_FIELD_NUMBER: _ClassVar[int]
    TO_DATE_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    from_date: str
    to_date: str
    format: ReportFormat
    def __init__(self, from_date: _Optional[str] = ..., to_date: _Optional[str] = ..., format: _Optional[_Union[ReportFormat, str]] = ...) -> None: ...

class GetTransparencyReportResponse(_message.Message):
    __slots__ = ("content", "content_type", "filename", "missing_items")
    CONTENT_FIELD_NUMBER: _ClassVar[int]
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    FILENAME_FIELD_NUMBER: _ClassVar[int]
    MISSING_ITEMS_FIELD_NUMBER: _ClassVar[int]
    content: bytes
    content_type: str
    filename: str
    missing_items: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, content: _Optional[bytes] = ..., content_type: _Optional[str] = ..., filename: _Optional[str] = ..., missing_items: _Optional[_Iterable[str]] = ...) -> None: ...
