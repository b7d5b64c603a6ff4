"""Client channels for the command-line clients (plain, or TLS with a CA bundle)."""

from __future__ import annotations

from pathlib import Path

import grpc


def open_channel(target: str, ca_file: Path | None = None) -> grpc.Channel:
    if ca_file is None:
        return grpc.insecure_channel(target)
    credentials = grpc.ssl_channel_credentials(root_certificates=ca_file.read_bytes())
    return grpc.secure_channel(target, credentials)
