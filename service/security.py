"""Access control: bearer tokens mapped to roles, checked for every RPC in one interceptor; TLS credentials.

Token file (TOML), either form::

    [tokens]
    "a-long-random-scorer-token" = "scorer"          # token = role
    "sha256:9f86d081884c7d65...ba3ed" = "reviewer"     # the token's SHA-256 instead of the token

    [tokens.alice]                                   # named entries (the name is what audits record)
    role = "reviewer"
    sha256 = "9f86d081884c7d65...ba3ed"              # or token = "..."

Roles: ``scorer`` may call RiskScoringService, ``reviewer`` ReviewService, ``admin`` PolicyService (reports
are read by admins from the data directory). Health checks and reflection need no token. A missing or
unknown token is UNAUTHENTICATED; a token of another role is PERMISSION_DENIED. Presented tokens are
hashed and compared with every known hash in constant time (no early exit, `hmac.compare_digest`).
"""

from __future__ import annotations

import hashlib
import hmac
import ipaddress
import tomllib
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
from grpc import aio

from grooming_risk.service.auth import Principal, reset_principal, set_principal
from grooming_risk.service.errors import PermissionDenied, ServiceError, Unauthenticated

ROLES = ("scorer", "reviewer", "admin")
SERVICE_ROLES = {
    "groomingrisk.v1.RiskScoringService": "scorer",
    "groomingrisk.v1.ReviewService": "reviewer",
    "groomingrisk.v1.PolicyService": "admin",
}
# Methods that more roles than their service's may call (full method name -> roles).
METHOD_ROLES = {
    # Verdict counts per score band (no case, no content): admins set thresholds from them (console ops page).
    "/groomingrisk.v1.ReviewService/GetVerdictStats": ("reviewer", "admin"),
    # Recording that a confirmed case went to an organisation (names and times, no content): the reviewer who
    # decided it, or the admin who handles reports to hotlines and the authorities.
    "/groomingrisk.v1.ReviewService/RecordReferral": ("reviewer", "admin"),
}
OPEN_SERVICES = (
    "grpc.health.v1.Health",
    "grpc.reflection.v1alpha.ServerReflection",
    "grpc.reflection.v1.ServerReflection",
)


class TokenFileError(ValueError):
    """The token file is missing or malformed (the message says where)."""


@dataclass(frozen=True)
class TokenEntry:
    digest: bytes  # sha256 of the token
    principal: Principal


def _digest_from(value: str, where: str) -> bytes:
    try:
        digest = bytes.fromhex(value)
    except ValueError:
        raise TokenFileError(f"{where}: sha256 must be 64 hex digits") from None
    if len(digest) != 32:
        raise TokenFileError(f"{where}: sha256 must be 64 hex digits")
    return digest


def _role(value: Any, where: str) -> str:
    if value not in ROLES:
        raise TokenFileError(f"{where}: role must be one of {', '.join(ROLES)}")
    return str(value)


def load_tokens(path: Path) -> list[TokenEntry]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TokenFileError(f"{path}: cannot read ({exc.strerror or exc.__class__.__name__})") from None
    except tomllib.TOMLDecodeError as exc:
        raise TokenFileError(f"{path}: not valid TOML ({exc})") from None
    tokens = data.get("tokens")
    if not isinstance(tokens, dict) or not tokens:
        raise TokenFileError(f"{path}: needs a [tokens] table with at least one token")
    entries = []
    for key, value in tokens.items():
        where = f"{path}: tokens.{key if isinstance(value, dict) else '<token>'}"
        if isinstance(value, dict):
            role = _role(value.get("role"), where)
            if "sha256" in value:
                digest = _digest_from(str(value["sha256"]), where)
            elif isinstance(value.get("token"), str) and len(value["token"]) >= 16:
                digest = hashlib.sha256(value["token"].encode()).digest()
            else:
                raise TokenFileError(f'{where}: needs sha256 = "..." or token = "..." (16+ characters)')
            name = str(key)
        else:
            role = _role(value, where)
            if key.startswith("sha256:"):
                digest = _digest_from(key[len("sha256:") :], where)
            elif len(key) >= 16:
                digest = hashlib.sha256(key.encode()).digest()
            else:
                raise TokenFileError(f"{where}: tokens must be at least 16 characters")
            name = f"{role}-{digest.hex()[:8]}"
        entries.append(TokenEntry(digest, Principal(name, role)))
    return entries


def find_principal(entries: list[TokenEntry], token: str) -> Principal | None:
    """Constant-time lookup: every entry is compared, whatever matches."""
    presented = hashlib.sha256(token.encode()).digest()
    found = None
    for entry in entries:
        if hmac.compare_digest(entry.digest, presented):
            found = entry.principal
    return found


def _rejecting(error: ServiceError, handler: grpc.RpcMethodHandler) -> grpc.RpcMethodHandler:
    """A handler of the same shape that fails with `error` (mapped to a status by the outer interceptor)."""

    async def unary(request: Any, context: aio.ServicerContext) -> Any:
        raise error

    async def stream(request: Any, context: aio.ServicerContext) -> AsyncIterator[Any]:
        raise error
        yield  # pragma: no cover - makes this an async generator

    if handler.unary_unary is not None:
        return grpc.unary_unary_rpc_method_handler(unary, handler.request_deserializer, handler.response_serializer)
    if handler.stream_stream is not None:
        return grpc.stream_stream_rpc_method_handler(stream, handler.request_deserializer, handler.response_serializer)
    if handler.unary_stream is not None:
        return grpc.unary_stream_rpc_method_handler(stream, handler.request_deserializer, handler.response_serializer)
    return grpc.stream_unary_rpc_method_handler(unary, handler.request_deserializer, handler.response_serializer)


class AuthInterceptor(aio.ServerInterceptor):
    """Checks the bearer token and role of every call to the protected services."""

    def __init__(self, entries: list[TokenEntry]) -> None:
        self.entries = entries

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler | None]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler | None:
        handler = await continuation(handler_call_details)
        if handler is None:
            return None
        parts = handler_call_details.method.split("/")
        service = parts[1] if len(parts) >= 3 else ""
        if service in OPEN_SERVICES:
            return handler
        required = SERVICE_ROLES.get(service)
        token = ""
        for key, value in handler_call_details.invocation_metadata or ():
            if key == "authorization" and isinstance(value, str) and value.startswith("Bearer "):
                token = value[len("Bearer ") :].strip()
        principal = find_principal(self.entries, token) if token else None
        if principal is None:
            return _rejecting(Unauthenticated("a valid bearer token is required"), handler)
        allowed = METHOD_ROLES.get(handler_call_details.method, (required,))
        if required is None or principal.role not in allowed:
            return _rejecting(PermissionDenied(f"the {principal.role} role may not call this service"), handler)
        return _with_principal(handler, principal)


def _with_principal(handler: grpc.RpcMethodHandler, principal: Principal) -> grpc.RpcMethodHandler:
    """Run the handler with the principal visible to `service.auth.caller_identity` (and its threads)."""
    if handler.unary_unary is not None:
        behavior = handler.unary_unary

        async def unary(request: Any, context: aio.ServicerContext) -> Any:
            token = set_principal(principal)
            try:
                return await behavior(request, context)
            finally:
                reset_principal(token)

        return grpc.unary_unary_rpc_method_handler(unary, handler.request_deserializer, handler.response_serializer)
    if handler.stream_stream is not None:
        stream_behavior = handler.stream_stream

        async def stream(request_iterator: Any, context: aio.ServicerContext) -> AsyncIterator[Any]:
            token = set_principal(principal)
            try:
                async for response in stream_behavior(request_iterator, context):
                    yield response
            finally:
                reset_principal(token)

        return grpc.stream_stream_rpc_method_handler(stream, handler.request_deserializer, handler.response_serializer)
    return handler


def is_loopback(host: str) -> bool:
    if host in ("localhost", "ip6-localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def server_credentials(cert: Path, key: Path, client_ca: Path | None) -> grpc.ServerCredentials:
    """TLS, and mutual TLS when a client CA is given (clients must present a certificate it signed)."""
    root = client_ca.read_bytes() if client_ca else None
    return grpc.ssl_server_credentials(
        [(key.read_bytes(), cert.read_bytes())], root_certificates=root, require_client_auth=client_ca is not None
    )
