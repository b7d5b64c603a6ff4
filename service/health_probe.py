"""`grooming-risk health`: ask the local server's grpc.health.v1 Check with the settings `serve` uses.

It is the Docker HEALTHCHECK, which runs with the container's environment and no arguments, so it reads
the same GROOMING_RISK_* settings as the server: the port, and TLS when the server has a certificate. With
TLS it trusts the server's own certificate chain unless a CA is given (it checks its own server on loopback,
so "the certificate we serve" is the identity to verify) and names the host the certificate is for. When
the server requires client certificates (mutual TLS) the probe needs one too: --tls-client-cert/--tls-client-key
or GROOMING_RISK_HEALTH_CLIENT_CERT/GROOMING_RISK_HEALTH_CLIENT_KEY.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from pathlib import Path

import grpc
from cryptography import x509

from grooming_risk.service.settings import Settings

_WILDCARD = {"0.0.0.0": "127.0.0.1", "::": "::1", "[::]": "::1", "": "127.0.0.1"}


@dataclass
class Probe:
    target: str
    credentials: grpc.ChannelCredentials | None  # None: plaintext
    options: list[tuple[str, str]] = field(default_factory=list)

    def channel(self) -> grpc.Channel:
        if self.credentials is None:
            return grpc.insecure_channel(self.target)
        return grpc.secure_channel(self.target, self.credentials, options=self.options)


def local_target(settings: Settings) -> str:
    """Where the server listens, as a client reaches it from the same machine (a wildcard bind: loopback)."""
    host = _WILDCARD.get(settings.host, settings.host).strip("[]")
    try:
        is_v6 = ipaddress.ip_address(host).version == 6
    except ValueError:
        is_v6 = False
    return f"[{host}]:{settings.port}" if is_v6 else f"{host}:{settings.port}"


def _read(path: Path, what: str) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise OSError(f"cannot read {what} {path}: {error.strerror or error.__class__.__name__}") from None


def certificate_name(chain: bytes) -> str | None:
    """The first DNS name of the leaf certificate (its common name without one), to verify it by."""
    try:
        leaf = x509.load_pem_x509_certificates(chain)[0]
    except (ValueError, IndexError):
        raise ValueError("the server certificate file holds no PEM certificate") from None
    try:
        names = leaf.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
        dns = names.get_values_for_type(x509.DNSName)
        if dns:
            return str(dns[0])
    except x509.ExtensionNotFound:
        pass
    common = leaf.subject.get_attributes_for_oid(x509.oid.NameOID.COMMON_NAME)
    return str(common[0].value) if common else None


def build_probe(
    settings: Settings,
    target: str | None,
    tls_ca: Path | None,
    client_cert: Path | None,
    client_key: Path | None,
) -> Probe:
    """The target and credentials for checking a server configured by `settings` (flags win)."""
    target = target or local_target(settings)
    client_cert = client_cert or settings.health_client_cert
    client_key = client_key or settings.health_client_key
    if (client_cert is None) != (client_key is None):
        raise ValueError("a client certificate needs both --tls-client-cert and --tls-client-key")
    if tls_ca is None and settings.tls_cert is None:
        if client_cert is not None:
            raise ValueError(
                "--tls-client-cert needs TLS: give --tls-ca (or run with the server's GROOMING_RISK_TLS_CERT)"
            )
        return Probe(target, None)
    options: list[tuple[str, str]] = []
    if tls_ca is not None:
        roots = _read(tls_ca, "CA certificate")
    else:
        assert settings.tls_cert is not None
        roots = _read(settings.tls_cert, "server certificate")
        name = certificate_name(roots)
        if name:
            options.append(("grpc.ssl_target_name_override", name))
    if settings.tls_client_ca is not None and client_cert is None:
        raise ValueError(
            "the server requires client certificates (GROOMING_RISK_TLS_CLIENT_CA): give --tls-client-cert and "
            "--tls-client-key, or GROOMING_RISK_HEALTH_CLIENT_CERT and GROOMING_RISK_HEALTH_CLIENT_KEY"
        )
    credentials = grpc.ssl_channel_credentials(
        root_certificates=roots,
        private_key=_read(client_key, "client key") if client_key else None,
        certificate_chain=_read(client_cert, "client certificate") if client_cert else None,
    )
    return Probe(target, credentials, options)
