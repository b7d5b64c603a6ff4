"""PAN 2012 Sexual Predator Identification corpus (XML) as labeled conversations.

Format (official readme): ``<conversations><conversation id=".."><message line="n"><author>..</author>
<time>HH:MM</time><text>..</text></message>..</conversation></conversations>``. A conversation is
labeled 1 when one of its authors is in the predator-id list (one id per line). Times are only HH:MM
(and "might not be the real time"): they are placed on a fixed day, moving to the next day whenever the
clock goes backwards. The file is streamed, so the full corpus (66,927 + 155,128 conversations) is
read in constant memory.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from grooming_risk.model.domain import Conversation, LabeledConversation, Message, Participant

BASE_DAY = 1_325_376_000.0  # 2012-01-01T00:00:00Z


def read_predator_ids(path: Path) -> frozenset[str]:
    ids = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        token = line.strip().split()
        if token:
            ids.add(token[0])
    return frozenset(ids)


def _clock(value: str | None) -> float | None:
    if not value or ":" not in value:
        return None
    try:
        hours, minutes = (int(x) for x in value.strip().split(":")[:2])
    except ValueError:
        return None
    return hours * 3600.0 + minutes * 60.0


def _conversation(element: ET.Element) -> Conversation:
    messages = []
    day, previous, order = 0.0, None, []
    for message in element.iter("message"):
        author = (message.findtext("author") or "").strip() or "unknown-author"
        text = message.findtext("text") or ""
        clock = _clock(message.findtext("time"))
        if clock is None:
            clock = previous if previous is not None else 0.0
        if previous is not None and clock < previous:
            day += 86400.0
        previous = clock
        if author not in order:
            order.append(author)
        messages.append(Message(author, BASE_DAY + day + clock, text))
    participants = tuple(Participant(a) for a in order)
    return Conversation(element.get("id", ""), participants, tuple(messages))


def _conversation_elements(corpus: Path) -> Iterator[ET.Element]:
    try:
        for _, element in ET.iterparse(corpus, events=("end",)):
            if element.tag == "conversation":
                yield element
    except ET.ParseError as exc:
        line, column = exc.position
        raise ValueError(f"{corpus}: not well-formed PAN 2012 XML (line {line}, column {column})") from None


def iter_pan12(corpus: Path, predators: frozenset[str]) -> Iterator[LabeledConversation]:
    """Stream labeled conversations from a PAN 2012 XML file (ValueError, with the position, when the file
    is not well-formed XML: a truncated download, say)."""
    for element in _conversation_elements(corpus):
        conversation = _conversation(element)
        element.clear()
        if not conversation.messages:
            continue
        offenders = frozenset(p.participant_id for p in conversation.participants) & predators
        label = 1 if offenders else 0
        yield LabeledConversation(conversation, label, "pan12", f"pan12:{conversation.conversation_id}", offenders)
