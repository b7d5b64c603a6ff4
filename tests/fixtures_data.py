"""Small invented data sets in the formats of the real sources (the real data is never committed)."""

from __future__ import annotations

import json
import random
from pathlib import Path

from grooming_risk.model.convert import request_to_json
from helpers import BENIGN_LINES, GROOMING_LINES, benign_request

OFFENDER_LINES = [t for s, t in GROOMING_LINES if s == "adult"] + [
    "how was school today",
    "u there?",
    "i miss u",
    "wish i could see u",
    "r u alone now",
    "dont tell ur mom ok",
    "im 41 lol",
    "send a pic of u",
    "can i call u",
    "i could get in trouble for this",
]
DECOY_LINES = [t for s, t in GROOMING_LINES if s == "child"] + [
    "im 13",
    "my mom is at work",
    "lol",
    "idk",
    "school was boring",
    "u there",
    "ya",
    "im in 8th grade",
    "k",
]
TECH_LINES = [t for _, t in BENIGN_LINES] + [
    "which version of ubuntu?",
    "try apt-get update first",
    "the wifi driver is broken again",
    "check dmesg",
    "it says permission denied",
    "use sudo",
    "that worked",
    "cool thanks",
]
ROOM_LINES = [
    "hi everyone",
    "lol",
    "wb",
    "anyone from texas?",
    "hey all",
    "brb",
    "haha",
    "good morning",
    "whats up",
    "nothing much",
    "who likes pizza",
    "me",
    "ok",
    "bye all",
]


def make_data_root(root: Path, transcripts: int = 12, seed: int = 1) -> Path:
    """A grooming_data-like folder with Perverted-Justice, NPS and IRC files."""
    rng = random.Random(seed)
    pj = root / "perverted_justice_koutli2023"
    (pj / "predators").mkdir(parents=True)
    (pj / "officers").mkdir(parents=True)
    for k in range(transcripts):
        name = f"offender{k}"
        (pj / "predators" / f"predator_{name}.txt").write_text(
            "\n".join(rng.choice(OFFENDER_LINES) for _ in range(rng.randint(30, 60))) + "\n"
        )
        decoy = "\n".join(rng.choice(DECOY_LINES) for _ in range(rng.randint(25, 50))) + "\n"
        if k == 0:  # two decoys talked to this offender
            (pj / "officers" / f"officer_{name}_1.txt").write_text(decoy)
            (pj / "officers" / f"officer_{name}_2.txt").write_text(decoy)
        else:
            (pj / "officers" / f"officer_{name}.txt").write_text(decoy)
    (pj / "predators" / "predator_lonely.txt").write_text("hi\nanyone\n")  # no decoy side: skipped
    (pj / "officers" / "officer_orphan.txt").write_text("hello\n")  # no offender side: skipped

    nps = root / "benign_nps_chat"
    nps.mkdir()
    with (nps / "nps_chat_sessions.jsonl").open("w") as handle:
        for s, room in enumerate(("teens", "adults")):
            messages = []
            for i in range(90):
                if i % 10 == 0:
                    messages.append({"speaker": f"{room}User{i % 7}", "dialogue_act": "System", "text": "JOIN"})
                messages.append(
                    {
                        "speaker": f"{room}User{rng.randint(0, 6)}",
                        "dialogue_act": "Statement",
                        "text": rng.choice(ROOM_LINES),
                    }
                )
            handle.write(json.dumps({"id": f"nps_{s}", "room": room, "messages": messages}) + "\n")

    irc = root / "benign_irc_disentangle"
    irc.mkdir()
    with (irc / "irc_threads.jsonl").open("w") as handle:
        for t in range(40):
            messages = [
                {
                    "line": i,
                    "time": f"23:{50 + i:02d}" if i < 10 else f"00:{i:02d}",
                    "speaker": f"nick{(t + i) % 3}",
                    "text": rng.choice(TECH_LINES),
                }
                for i in range(8)
            ]
            handle.write(
                json.dumps(
                    {"id": f"irc_{t}", "source_path": f"log{t % 5}.txt", "date": "2006-03-01", "messages": messages}
                )
                + "\n"
            )
    return root


def make_labeled_jsonl(path: Path, count: int = 30) -> Path:
    """A platform's own labeled data, with metadata: benign adult conversations."""
    with path.open("w") as handle:
        for k in range(count):
            request = benign_request(f"platform-{k}", ages={"a": 30 + k % 10, "b": 25 + k % 7}, contacts=k % 2 == 0)
            handle.write(request_to_json(request, label=0, note="ignored extra key") + "\n")
    return path
