"""Every knob of the service, in one place.

Each field can be set on the command line (``grooming-risk serve --port 50052``) or through an
environment variable with the ``GROOMING_RISK_`` prefix (``GROOMING_RISK_PORT=50052``); the command
line wins. Defaults are safe for a single node on loopback.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GROOMING_RISK_", extra="ignore")

    host: str = Field("127.0.0.1", description="Address the gRPC server binds to.")
    port: int = Field(50051, ge=0, le=65535, description="gRPC port (0 picks a free port).")
    metrics_port: int = Field(8000, ge=0, le=65535, description="Prometheus /metrics HTTP port (0: free port).")
    metrics_host: str | None = Field(None, description="Address of the metrics endpoint (default: same as host).")
    data_dir: Path = Field(Path("grooming-risk-data"), description="Review store and persisted counters live here.")
    policy_file: Path | None = Field(None, description="TOML policy file; without it the built-in default policy.")
    model_dir: Path | None = Field(None, description="Model artifact directory; default: the shipped model.")

    db_url: str | None = Field(
        None, description="Review store: postgresql://... for replicas (default: SQLite review.db in data_dir)."
    )
    redis_url: str | None = Field(
        None, description="redis://... to share 24-hour behaviour (fan-out to minors) across replicas."
    )
    tls_cert: Path | None = Field(None, description="PEM certificate chain of the server (enables TLS).")
    tls_key: Path | None = Field(None, description="PEM private key of the server.")
    tls_client_ca: Path | None = Field(None, description="PEM CA bundle: require client certificates (mTLS).")
    auth_tokens: Path | None = Field(None, description="TOML token file: bearer tokens -> scorer/reviewer/admin.")
    insecure: bool = Field(False, description="Allow a non-loopback address without a token file.")
    health_client_cert: Path | None = Field(
        None, description="Client certificate (PEM) `grooming-risk health` presents to a mutual-TLS server."
    )
    health_client_key: Path | None = Field(None, description="Private key (PEM) of the health client certificate.")

    max_receive_message_bytes: int = Field(4 * 1024 * 1024, ge=1024, description="Larger requests: RESOURCE_EXHAUSTED.")
    max_messages: int = Field(2000, ge=1, description="Most messages per conversation (more: INVALID_ARGUMENT).")
    max_message_chars: int = Field(4000, ge=1, description="Most characters per message (more: INVALID_ARGUMENT).")
    max_participants: int = Field(50, ge=2, description="Most participants per conversation.")
    max_id_chars: int = Field(256, ge=8, description="Longest conversation, tenant or participant id.")

    scoring_processes: int = Field(
        1, ge=0, le=64, description="Processes that score large requests off the event loop (0: all on the loop)."
    )
    inline_max_messages: int = Field(
        100, ge=1, description="Requests with more messages are scored in a scoring process, not on the loop."
    )
    inline_max_bytes: int = Field(
        16 * 1024, ge=1, description="Requests larger than this (protobuf bytes) are scored in a scoring process."
    )
    warm_scoring_processes: bool = Field(
        True, description="Start the scoring processes with the server (else at the first large request)."
    )

    encryption_keys_file: Path | None = Field(
        None, description="Keyring JSON for content encryption (default: GROOMING_RISK_ENCRYPTION_KEYS or data dir)."
    )
    confirmed_retention_days: int = Field(90, ge=1, le=365, description="Keep confirmed cases this long (max 365).")
    pending_review_limit_days: float = Field(
        30.0, gt=0, le=365, description="Erase routed cases nobody reviewed within this many days."
    )
    report_facts_file: Path | None = Field(
        None,
        description="The operator's facts for the transparency report (TOML; PolicyService.GetTransparencyReport).",
    )
    purge_interval_seconds: float = Field(3600.0, gt=0, description="How often the retention sweeper runs.")

    policy_watch_seconds: float = Field(2.0, gt=0, description="How often the policy file is checked for changes.")

    housekeeping_seconds: float = Field(
        5.0, gt=0, description="How often queue gauges are refreshed and a failed store is re-checked."
    )

    processes: int = Field(
        1, ge=1, le=64, description="Server processes sharing the port (SO_REUSEPORT): one per core to use them all."
    )
    worker_index: int | None = Field(None, ge=0, description="Internal: set by the supervisor for its workers.")

    workers: int = Field(8, ge=1, le=256, description="Threads handling RPCs.")
    max_concurrent_rpcs: int = Field(64, ge=1, description="RPCs beyond this many in flight: RESOURCE_EXHAUSTED.")
    grace_period_seconds: float = Field(10.0, ge=0, description="On SIGTERM, in-flight calls get this long to finish.")
    log_level: str = Field("INFO", description="Python logging level.")


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment, with explicit (command-line) values on top; None means 'not given'."""
    given: dict[str, Any] = {k: v for k, v in overrides.items() if v is not None}
    return Settings(**given)  # not model_validate: that would skip the environment
