"""Resident memory of a process that loads the model and scores many conversations (run as a subprocess).

python -m benchmarks.memory --count 1000000
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
    from model.scorer import load_model
    from service.policy import build_policy
    from service.scoring import ScoringCore
    from service.validation import Limits

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
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1_000_000)
    args = parser.parse_args()
    print(json.dumps(run(args.count)))
    sys.exit(0)
