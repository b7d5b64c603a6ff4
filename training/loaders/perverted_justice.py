"""Perverted-Justice transcripts (Koutli 2023 cleaning) as grooming-positive conversation windows.

Each transcript comes as two files without timestamps or usernames: the offender's lines
(``predators/predator_<name>.txt``) and the decoy's (``officers/officer_<name>[_<n>].txt``; several
decoys may have talked to one offender). The original turn order is lost, so we rebuild a
conversation-like sequence by *relative position*: line i of a side with n lines sits at i/n of the
transcript, and both sides are merged in that order. Turn-by-turn adjacency is approximate; the local
mix of who says what is kept. The merged transcript is cut into consecutive windows whose lengths are
drawn between `min_len` and `max_len` messages (log-uniform), like the chunks that chat platforms send
(and like PAN 2012's conversations, which are time-split pieces of the same kind of transcript).
Windows are timed with `training.timing.synthetic_times`. All windows of one transcript share a
`group`, so that no offender is in both the training and the test split.

Transcripts whose offender file has no decoy file are skipped (the decoy side is needed for a
conversation), and so are decoy files without an offender file.
"""

from __future__ import annotations

import math
import random
import re
from pathlib import Path

from grooming_risk.model.domain import Conversation, LabeledConversation, Message, Participant
from grooming_risk.training.timing import synthetic_times

_SUFFIX = re.compile(r"_\d+$")


def _read_lines(path: Path) -> list[str]:
    text = path.read_text(encoding="utf-8", errors="replace")
    return [line.strip() for line in text.splitlines() if line.strip()]


def merge_by_position(offender: list[str], decoy: list[str]) -> list[tuple[int, str]]:
    """Merge two sides into one sequence of (side, text); side 0 = offender, 1 = decoy."""
    keyed = [((i + 0.5) / len(offender), 0, t) for i, t in enumerate(offender)]
    keyed += [((j + 0.5) / len(decoy), 1, t) for j, t in enumerate(decoy)]
    keyed.sort(key=lambda k: (k[0], k[1]))
    return [(side, text) for _, side, text in keyed]


def transcript_pairs(root: Path) -> list[tuple[str, Path, list[Path]]]:
    """(name, offender file, decoy files) for every transcript that has both sides."""
    decoys: dict[str, list[Path]] = {}
    for path in sorted((root / "officers").glob("officer_*.txt")):
        name = _SUFFIX.sub("", path.stem[len("officer_") :]).strip()
        decoys.setdefault(name, []).append(path)
    pairs = []
    for path in sorted((root / "predators").glob("predator_*.txt")):
        name = path.stem[len("predator_") :].strip()
        if name in decoys:
            pairs.append((name, path, decoys[name]))
    return pairs


def _window_lengths(total: int, rng: random.Random, min_len: int, max_len: int) -> list[int]:
    lengths: list[int] = []
    used = 0
    while used < total:
        length = int(math.exp(rng.uniform(math.log(min_len), math.log(max_len))))
        length = min(length, total - used)
        if length < min_len and lengths:
            lengths[-1] += length
        else:
            lengths.append(length)
        used += length
    return lengths


def load_perverted_justice(
    root: Path, seed: int = 0, min_len: int = 12, max_len: int = 150, max_windows: int | None = None
) -> list[LabeledConversation]:
    """Load every transcript of `root` as labeled (1) conversation windows."""
    rng = random.Random(seed)
    out: list[LabeledConversation] = []
    for number, (name, offender_path, decoy_paths) in enumerate(transcript_pairs(root)):
        offender_lines = _read_lines(offender_path)
        decoy_lines = [line for p in decoy_paths for line in _read_lines(p)]
        if not offender_lines or not decoy_lines:
            continue
        merged = merge_by_position(offender_lines, decoy_lines)
        tag = f"pj-{number:04d}"
        ids = (f"{tag}-a", f"{tag}-b")
        start = 0
        windows = _window_lengths(len(merged), rng, min_len, max_len)
        if max_windows is not None:
            windows = windows[:max_windows]
        for k, length in enumerate(windows):
            chunk = merged[start : start + length]
            start += length
            times = synthetic_times(len(chunk), rng)
            messages = tuple(
                Message(sender_id=ids[side], sent_at=t, text=text)
                for (side, text), t in zip(chunk, times, strict=False)
            )
            conversation = Conversation(
                conversation_id=f"{tag}-w{k}",
                participants=(Participant(ids[0]), Participant(ids[1])),
                messages=messages,
            )
            out.append(LabeledConversation(conversation, 1, "pj", f"pj:{name}", frozenset({ids[0]})))
    return out
