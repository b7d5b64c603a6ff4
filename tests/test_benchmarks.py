"""The benchmark suite runs (quick mode). No timing is asserted: speed is measured, not unit-tested."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from benchmarks.spawn import spawn_server
from grooming_risk.model import char_units


def test_benchmark_suite_runs_in_quick_mode() -> None:
    h2load = shutil.which("h2load") is not None
    if not h2load and os.environ.get("GROOMING_RISK_REQUIRE_INTEGRATION") == "1":
        pytest.fail("h2load (Debian package nghttp2-client) is required in CI (.ci/run installs it)")
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--processes", "2"], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    languages = {f"50_messages_{code}" for code in ("de", "fr", "es", "it", "nl", "pl")}
    assert set(report["in_process"]) == {"10_messages", "50_messages", "500_messages"} | languages
    assert all(report["in_process"][k]["language_id_us_per_message"] > 0 for k in languages)
    split = report["in_process"]["50_messages"]["split_median_ms"]
    assert set(split) == {"normalisation", "feature_extraction", "model"}
    assert report["sklearn"]["max_abs_difference"] < 1e-9  # the same model, two ways
    for processes in ("1_process", "2_processes"):
        grpc = report["grpc"][processes]
        assert {"unary_c1", "unary_c8", "unary_c32", "health_c1", "stream_x1", "stream_x4", "stream_x8"} <= set(grpc)
        assert grpc["stream_x4"]["conversations"] > 0 and grpc["stream_x4"]["client"] == "python"
        split = grpc["unary_c8"]["connections_per_process"]  # read from /proc: every connection, each process
        assert sum(split) == 8 and len(split) == (2 if processes == "2_processes" else 1)
        rounds = grpc["c1_rounds"]  # alternating rounds of scoring and health calls, pooled into the p50s
        assert len(rounds) == 2
        for method, key in (("unary_c1", "score_p50_ms"), ("health_c1", "health_p50_ms")):
            assert min(r[key] for r in rounds) <= grpc[method]["p50_ms"] <= max(r[key] for r in rounds)
        if h2load:  # every conversation of every stream answered, counted by the server itself
            h2 = grpc["stream_h2load_x4"]
            assert h2["client"] == "h2load" and h2["every_stream_ok"] and h2["requests"] >= 4
            assert h2["conversations"] == h2["requests"] * h2["conversations_per_stream"] > 0
            assert h2["conversations_per_s"] > 0 and h2["client_cpu_ms_per_conversation"] > 0
    assert report["memory"]["conversations"] == 3000
    assert report["machine"]["compiled_ngrams"] is (char_units.compiled is not None)
    checks = report["machine"]["two_core_check"]
    assert set(checks) == {"start", "end"}  # a timing figure: only its consistency is checked, never its size
    assert all(c["two_core_efficiency"] == c["one_loop_s"] / c["two_loops_s"] > 0 for c in checks.values())
    assert len(report["targets"]) == 7 and all("measured" in t for t in report["targets"].values())
    behaviour = report["memory"]["behaviour"]
    assert behaviour["entries_after_day_2"] == behaviour["entries_after_day_1"]  # bounded by the 24 h window

    from benchmarks.render import render

    text = render(report)  # the README's tables come from this
    assert all(name in text for name in report["targets"])
    assert "(quick mode)" in text and "8 stream(s)" in text and "Two-core check" in text
    assert ("h2load" in text) == h2load


def test_a_scratch_server_removes_its_data_directory_when_stopped() -> None:
    """Benchmark and soak servers store routed cases and a keyring; nothing of it may stay in /tmp."""
    served = spawn_server(None)
    data_dir = served.data_dir
    assert (data_dir / "keyring.json").exists()
    assert served.stop() == 0
    assert not data_dir.exists()
