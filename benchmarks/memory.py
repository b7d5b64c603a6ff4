"""Resident memory of a process that loads the model and scores many conversations (run as a subprocess).

python -m benchmarks.memory --count 1000000

Two parts: the scoring path itself (model, buffers: must not grow with traffic), and the single-node
behaviour state (`service.behaviour.MemoryBehaviour`), which grows with one day of traffic by design and
must stop growing after it. The behaviour run feeds `count` distinct conversations (one adult to one minor,
five conversations per adult) evenly over one simulated day, then as many over the next day.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024.0
    return 0.0


def run(count: int) -> dict[str, float]:
    from benchmarks.workload import conversation
    from grooming_risk.model.policy import build_policy
    from grooming_risk.model.scorer import load_model
    from grooming_risk.model.validation import Limits
    from grooming_risk.service.scoring import ScoringCore

    model = load_model()
    core = ScoringCore(model, build_policy({}, model.default_threshold, "built-in"), Limits())
    requests = [conversation(50, seed=k, grooming=k % 5 == 0) for k in range(1000)]
    after_start = rss_mb()
    checkpoints = {}
    for k in range(count):
        core.score_request(requests[k % len(requests)])
        if k + 1 in (count // 10, count // 2, count):
            checkpoints[str(k + 1)] = rss_mb()
    first = checkpoints[str(count // 10)]
    return {
        "conversations": count,
        "rss_mb_after_start": after_start,
        "rss_mb_by_count": checkpoints,
        "growth_after_first_tenth_mb": checkpoints[str(count)] - first,
        "behaviour": behaviour_state(count),
    }


def behaviour_state(count: int) -> dict[str, float]:
    """Memory and time of the in-process 24-hour behaviour state for `count` conversations a day."""
    import time

    from grooming_risk.service.behaviour import WINDOW_SECONDS, MemoryBehaviour, behaviour_key

    state = MemoryBehaviour(behaviour_key(b"benchmark"))
    start, step = 1_800_000_000.0, WINDOW_SECONDS / count
    before = rss_mb()
    out: dict[str, float] = {"conversations_per_day": count}
    started = time.perf_counter()
    for day in (1, 2):
        for k in range(count):
            now = start + ((day - 1) * count + k) * step
            adult, minor = f"adult-{day}-{k // 5}", f"minor-{day}-{k}"
            times = {adult: [now - 60.0 * j for j in range(25)], minor: [now - 60.0 * j - 30 for j in range(25)]}
            state.record(f"conversation-{day}-{k}", [(adult, minor)], times, now)
        out[f"entries_after_day_{day}"] = state.size()
        out[f"rss_mb_growth_after_day_{day}"] = rss_mb() - before
    out["microseconds_per_conversation"] = (time.perf_counter() - started) / (2 * count) * 1e6
    out["bytes_per_conversation_per_day"] = out["rss_mb_growth_after_day_1"] * 1024 * 1024 / count
    return out


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1_000_000)
    args = parser.parse_args()
    print(json.dumps(run(args.count)))
    sys.exit(0)
