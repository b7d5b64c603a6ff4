"""Assemble the training corpus from every source, and split it without leakage.

Sources (see the model card for counts and licences): Perverted-Justice windows (positives),
chitchat-dataset, IRC threads, NPS chat rooms, generated hard negatives, and any labeled JSONL files
(a platform's own data, or a PAN 2012 import). A split never puts two pieces of one source transcript
(same `group`) on both sides.
"""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from grooming_risk.model.domain import Conversation, LabeledConversation, Message, Participant

DEFAULT_DATA_ROOT = Path(__file__).resolve().parents[1].parent / "shared" / "grooming_data"


@dataclass
class CorpusConfig:
    data_root: Path | None = DEFAULT_DATA_ROOT
    chitchat: bool = True
    synthetic_count: int = 3000
    labeled_jsonl: list[Path] = field(default_factory=list)
    seed: int = 0
    pj_min_len: int = 12
    pj_max_len: int = 150


def family(source: str) -> str:
    """The data family of a source tag: 'nps:teens' -> 'nps', 'synthetic:pickup' -> 'synthetic'."""
    return source.split(":", 1)[0]


def build_corpus(config: CorpusConfig) -> list[LabeledConversation]:
    """Load every configured source; missing optional sources are skipped with no error."""
    items: list[LabeledConversation] = []
    root = config.data_root
    if root is not None and root.exists():
        from grooming_risk.training.loaders.irc import load_irc_threads
        from grooming_risk.training.loaders.nps_chat import load_nps_chat
        from grooming_risk.training.loaders.perverted_justice import load_perverted_justice

        pj = root / "perverted_justice_koutli2023"
        if pj.exists():
            items += load_perverted_justice(pj, seed=config.seed, min_len=config.pj_min_len, max_len=config.pj_max_len)
        nps = root / "benign_nps_chat" / "nps_chat_sessions.jsonl"
        if nps.exists():
            items += load_nps_chat(nps, seed=config.seed)
        irc = root / "benign_irc_disentangle" / "irc_threads.jsonl"
        if irc.exists():
            items += load_irc_threads(irc)
    if config.chitchat:
        from grooming_risk.training.loaders.chitchat import load_chitchat

        items += load_chitchat()
    if config.synthetic_count:
        from grooming_risk.training.synthetic import generate

        items += generate(config.synthetic_count, seed=config.seed)
    for path in config.labeled_jsonl:
        from grooming_risk.training.loaders.labeled_jsonl import load_labeled_jsonl

        items += load_labeled_jsonl(path)
    return items


def split_by_group(
    items: list[LabeledConversation], test_fraction: float, seed: int
) -> tuple[list[LabeledConversation], list[LabeledConversation]]:
    """Split by group, stratified by data family, so no transcript is on both sides."""
    rng = random.Random(seed)
    by_family: dict[str, list[str]] = {}
    for item in items:
        groups = by_family.setdefault(family(item.source), [])
        groups.append(item.group)
    test_groups: set[str] = set()
    for fam in sorted(by_family):
        groups = sorted(set(by_family[fam]))
        rng.shuffle(groups)
        test_groups.update(groups[: max(1, round(len(groups) * test_fraction))] if len(groups) > 1 else [])
    train = [i for i in items if i.group not in test_groups]
    test = [i for i in items if i.group in test_groups]
    return train, test


def strip_metadata(item: LabeledConversation) -> LabeledConversation:
    """The text-only form of a conversation: pseudonymous ids, texts and times, nothing else."""
    conv = item.conversation
    participants = tuple(Participant(p.participant_id) for p in conv.participants)
    messages = tuple(dataclasses.replace(m, has_media=False) for m in conv.messages)
    bare = Conversation(conv.conversation_id, participants, messages, False, conv.tenant_id)
    return dataclasses.replace(item, conversation=bare)


def flatten(item: LabeledConversation, one_message: bool) -> LabeledConversation:
    """The conversation as a platform without roles might send it: one sender (and maybe one message)."""
    conv = item.conversation
    sender = "flat-0"
    if one_message:
        text = " ".join(m.text for m in conv.messages)
        messages: tuple[Message, ...] = (
            dataclasses.replace(conv.messages[-1], sender_id=sender, text=text, has_media=False),
        )
    else:
        messages = tuple(dataclasses.replace(m, sender_id=sender, has_media=False) for m in conv.messages)
    flat = Conversation(conv.conversation_id, (Participant(sender),), messages, False, conv.tenant_id)
    return dataclasses.replace(item, conversation=flat, offender_ids=frozenset())


def counts_by_source(items: Iterable[LabeledConversation]) -> dict[str, dict[str, int]]:
    out: dict[str, dict[str, int]] = {}
    for item in items:
        row = out.setdefault(item.source, {"conversations": 0, "positive": 0, "messages": 0})
        row["conversations"] += 1
        row["positive"] += item.label
        row["messages"] += len(item.conversation.messages)
    return dict(sorted(out.items()))
