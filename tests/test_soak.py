"""A short soak in CI (the 5-minute run is `python -m benchmarks.soak --seconds 300 --rate 200`)."""

from __future__ import annotations

from benchmarks.soak import run


def test_short_soak_has_no_errors_no_growth_no_fd_leak() -> None:
    result = run(seconds=20, rate=100, max_rss_growth_mb=40)
    assert result["unexpected_errors"] == {}
    assert result["outcomes"]["invalid-rejected"] > 0 and result["outcomes"]["ok"] > 1000
    assert result["rss_growth_mb"] <= 40 and result["fds_end"] <= result["fds_start"] + 5  # type: ignore[operator]
    assert result["server_exit_code"] == 0 and result["passed"]
