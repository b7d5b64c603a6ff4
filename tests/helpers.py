"""Request builders shared by the tests."""

from __future__ import annotations

from collections.abc import Sequence

from groomingrisk.v1 import risk_scoring_pb2 as pb

BASE_TIME = 1_760_000_000  # 2025-10-09T08:53:20Z

GROOMING_LINES: Sequence[tuple[str, str]] = (
    ("adult", "hey there, asl?"),
    ("child", "13 f, u?"),
    ("adult", "im 34 m. ur so mature for ur age"),
    ("child", "lol thanks"),
    ("adult", "r ur parents home right now?"),
    ("child", "no my mom works till 8"),
    ("adult", "good. dont tell anyone we talk ok, its our little secret"),
    ("child", "ok"),
    ("adult", "send me a pic of u"),
    ("child", "what kind of pic"),
    ("adult", "a sexy one, u can delete it after"),
    ("child", "idk"),
    ("adult", "add me on snap, its safer there"),
    ("adult", "i can pick u up after school friday, we can meet at the park"),
    ("child", "maybe"),
    ("adult", "ill buy u a new phone if u come"),
)

BENIGN_LINES: Sequence[tuple[str, str]] = (
    ("a", "has anyone got the nvidia driver working on the new kernel?"),
    ("b", "yes, you need to rebuild the dkms module after the upgrade"),
    ("a", "how do I do that?"),
    ("b", "sudo dkms autoinstall, then reboot"),
    ("a", "thanks, that fixed it"),
    ("b", "no problem"),
)


def request(
    lines: Sequence[tuple[str, str]],
    conversation_id: str = "conv-1",
    tenant_id: str = "",
    ages: dict[str, int] | None = None,
    contacts: bool = False,
    start: int = BASE_TIME,
    step: int = 20,
) -> pb.ScoreConversationRequest:
    req = pb.ScoreConversationRequest(
        tenant_id=tenant_id, conversation_id=conversation_id, participants_are_contacts=contacts
    )
    for sender in dict.fromkeys(s for s, _ in lines):
        participant = req.participants.add(participant_id=sender)
        if ages and sender in ages:
            participant.age_years = ages[sender]
    for k, (sender, text) in enumerate(lines):
        message = req.messages.add(sender_id=sender, text=text)
        message.sent_at.seconds = start + k * step
    return req


def grooming_request(conversation_id: str = "conv-grooming", **kwargs: object) -> pb.ScoreConversationRequest:
    kwargs.setdefault("ages", {"adult": 34, "child": 13})
    return request(GROOMING_LINES, conversation_id, **kwargs)  # type: ignore[arg-type]


def benign_request(conversation_id: str = "conv-benign", **kwargs: object) -> pb.ScoreConversationRequest:
    return request(BENIGN_LINES, conversation_id, **kwargs)  # type: ignore[arg-type]


def long_grooming_request(conversation_id: str, extra_messages: int = 1500) -> pb.ScoreConversationRequest:
    """A routable conversation padded with small talk, big enough that scoring it takes several milliseconds."""
    req = grooming_request(conversation_id)
    for k in range(extra_messages):
        message = req.messages.add(sender_id="adult" if k % 2 else "child", text="how was school today lol")
        message.sent_at.seconds = req.messages[0].sent_at.seconds + k
    return req
