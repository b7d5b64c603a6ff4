"""The console's only way to the data: gRPC calls with the signed-in person's token."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import grpc

from groomingrisk.v1 import policy_pb2 as ppb
from groomingrisk.v1 import policy_pb2_grpc as ppb_grpc
from groomingrisk.v1 import review_pb2 as rpb
from groomingrisk.v1 import review_pb2_grpc as rpb_grpc

T = TypeVar("T")

# gRPC status -> HTTP status of the console's error page.
HTTP_STATUS = {
    grpc.StatusCode.INVALID_ARGUMENT: 400,
    grpc.StatusCode.UNAUTHENTICATED: 401,
    grpc.StatusCode.PERMISSION_DENIED: 403,
    grpc.StatusCode.NOT_FOUND: 404,
    grpc.StatusCode.ALREADY_EXISTS: 409,
    grpc.StatusCode.FAILED_PRECONDITION: 409,
    grpc.StatusCode.ABORTED: 409,
    grpc.StatusCode.DATA_LOSS: 500,
    grpc.StatusCode.UNAVAILABLE: 503,
    grpc.StatusCode.DEADLINE_EXCEEDED: 504,
}


class ApiError(Exception):
    """A failed call: the gRPC code's name, the HTTP status to answer, and the server's (untrusted) text."""

    def __init__(self, code: str, http_status: int, details: str) -> None:
        super().__init__(f"{code}: {details}")
        self.code = code
        self.http_status = http_status
        self.details = details


# gRPC's default reconnect backoff grows to two minutes: after a restart of the service, the console would
# answer "unreachable" long after the service is back. A person is waiting on every call here, so retry soon.
CHANNEL_OPTIONS = (
    ("grpc.initial_reconnect_backoff_ms", 200),
    ("grpc.min_reconnect_backoff_ms", 200),
    ("grpc.max_reconnect_backoff_ms", 2000),
)


def open_channel(target: str, ca_file: Path | None) -> grpc.Channel:
    """Plain, or TLS verified with `ca_file` (as the command-line clients do), with CHANNEL_OPTIONS."""
    if ca_file is None:
        return grpc.insecure_channel(target, options=CHANNEL_OPTIONS)
    credentials = grpc.ssl_channel_credentials(root_certificates=ca_file.read_bytes())
    return grpc.secure_channel(target, credentials, options=CHANNEL_OPTIONS)


class Api:
    """Blocking stubs over one channel; each call carries the caller's token and a deadline."""

    def __init__(self, target: str, ca_file: Path | None = None, timeout: float = 10.0) -> None:
        self.channel = open_channel(target, ca_file)
        self.review = rpb_grpc.ReviewServiceStub(self.channel)
        self.policy = ppb_grpc.PolicyServiceStub(self.channel)
        self.timeout = timeout

    def close(self) -> None:
        self.channel.close()

    def call(self, method: Callable[..., T], request: Any, token: str, timeout: float | None = None) -> T:
        """`method(request)` with the token; `timeout` (seconds) overrides the default deadline, for a call that
        does more work (the transparency report)."""
        try:
            return method(request, timeout=timeout or self.timeout, metadata=(("authorization", f"Bearer {token}"),))
        except grpc.RpcError as error:
            code = error.code()  # type: ignore[attr-defined]
            raise ApiError(code.name, HTTP_STATUS.get(code, 502), error.details() or "") from None  # type: ignore[attr-defined]

    def role_of(self, token: str) -> str | None:
        """The console role a token has on the service: "reviewer", "admin", or None (unknown token/other role).

        The service knows roles and the console does not read the token file, so it asks: a reviewer may list
        cases (one, without content), an admin may list policies."""
        for role, method, request in (
            ("reviewer", self.review.ListCases, rpb.ListCasesRequest(page_size=1)),
            ("admin", self.policy.ListPolicies, ppb.ListPoliciesRequest()),
        ):
            try:
                self.call(method, request, token)
                return role
            except ApiError as error:
                if error.code not in ("PERMISSION_DENIED", "UNAUTHENTICATED"):
                    raise
        return None

    def accepts_any_token(self) -> bool:
        """Whether the service lets a random token in: it then runs without a token file, cannot tell who reads,
        and the console must not sign anyone in to it."""
        return self.role_of(secrets.token_urlsafe(32)) is not None
