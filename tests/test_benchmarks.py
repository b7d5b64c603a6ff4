"""The benchmark suite runs (quick mode). No timing is asserted: speed is measured, not unit-tested."""

from __future__ import annotations

import json
import subprocess
import sys


def test_benchmark_suite_runs_in_quick_mode() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--processes", "2"], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr[-2000:]
    report = json.loads(result.stdout)
    assert set(report["in_process"]) == {"10_messages", "50_messages", "500_messages"}
    split = report["in_process"]["50_messages"]["split_median_ms"]
    assert set(split) == {"normalisation", "feature_extraction", "model"}
    assert report["sklearn"]["max_abs_difference"] < 1e-9  # the same model, two ways
    for processes in ("1_process", "2_processes"):
        grpc = report["grpc"][processes]
        assert {"unary_c1", "unary_c8", "unary_c32", "health_c1", "stream_x1", "stream_x4", "stream_x8"} <= set(grpc)
        assert grpc["stream_x4"]["conversations"] > 0
    assert report["memory"]["conversations"] == 3000
    assert len(report["targets"]) == 6 and all("measured" in t for t in report["targets"].values())
    behaviour = report["memory"]["behaviour"]
    assert behaviour["entries_after_day_2"] == behaviour["entries_after_day_1"]  # bounded by the 24 h window

    from benchmarks.render import render

    text = render(report)  # the README's tables come from this
    assert all(name in text for name in report["targets"])
    assert "(quick mode)" in text and "8 stream(s)" in text
