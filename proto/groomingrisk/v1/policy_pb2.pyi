import datetime

from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

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
