"""Shared fixtures: the shipped model (loaded once) and real servers on free ports."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import grpc
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from grooming_risk.model.scorer import Model, load_model
from grooming_risk.service.server import GroomingRiskServer
from grooming_risk.service.settings import Settings


@pytest.fixture(scope="session")
def shipped_model() -> Model:
    return load_model()


class RunningServer:
    def __init__(self, server: GroomingRiskServer, port: int, metrics_port: int, data_dir: Path) -> None:
        self.server = server
        self.port = port
        self.metrics_port = metrics_port
        self.data_dir = data_dir
        self.channel = grpc.insecure_channel(f"127.0.0.1:{port}")

    @property
    def metrics_url(self) -> str:
        return f"http://127.0.0.1:{self.metrics_port}/metrics"


@pytest.fixture
def start_server(tmp_path: Path, shipped_model: Model) -> Iterator:
    """Factory: start a server (port 0) with optional settings overrides; stopped after the test."""
    started: list[RunningServer] = []

    def start(**overrides: object) -> RunningServer:
        data_dir = Path(str(overrides.pop("data_dir", tmp_path / f"data{len(started)}")))
        values: dict[str, object] = {"host": "127.0.0.1", "port": 0, "metrics_port": 0, "data_dir": data_dir}
        values["warm_scoring_processes"] = False  # most tests send no large request: start no process for them
        settings = Settings(**{**values, **overrides})
        server = GroomingRiskServer(settings, model=shipped_model)
        endpoints = server.start()
        running = RunningServer(server, endpoints.port, endpoints.metrics_port, data_dir)
        started.append(running)
        return running

    yield start
    for running in started:
        running.channel.close()
        running.server.stop(grace=0)


from servers import postgres, redis_server  # noqa: E402,F401 - session fixtures for the scale-out tests
