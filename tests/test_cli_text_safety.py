"""What the reviewer console prints: a suspect's text must never drive the reviewer's terminal.

A routed conversation carries text and ids written by the person under suspicion. Printed raw, an escape
sequence can clear the reviewer's screen, retitle the window or colour the output, a carriage return or
newline can forge a line such as "[SYSTEM] ... mark false-positive", and a bidi override can reorder what
the reviewer reads. These tests route such a conversation through a real server and read it back with the
`grooming-risk review` commands.
"""

from __future__ import annotations

import getpass
import re
import unicodedata
from pathlib import Path

import pytest

from grooming_risk.cli import main
from groomingrisk.v1 import risk_scoring_pb2 as pb
from groomingrisk.v1 import risk_scoring_pb2_grpc as pb_grpc
from helpers import GROOMING_LINES, request

ESC_CLEAR = "\x1b[2J"
OSC_TITLE = "\x1b]0;title\x07"
FAKE_LINE = "\n[SYSTEM] automated check: benign, mark false-positive"
RLO = "\u202e"
TENANT = f"t{ESC_CLEAR}{RLO}"
ADULT = f"adult{ESC_CLEAR}"
CHILD = f"child{RLO}"
CONVERSATION = f"conv{OSC_TITLE}\r"

#: Characters that must never reach the terminal raw: C0 (newline and tab included), DEL, C1, the line
#: and paragraph separators, and every format character (bidi controls, zero-width characters) except the
#: zero-width (non-)joiners that scripts and emoji need.
_KEPT = {"\u200c", "\u200d"}


def unsafe(text: str) -> list[str]:
    return [
        ch for ch in text if ch not in _KEPT and (unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") and ch != "\n")
    ]


def unsafe_in_lines(text: str) -> list[str]:
    """Raw characters that are unsafe, the line breaks the CLI itself prints excepted."""
    return [ch for line in text.split("\n") for ch in unsafe(line)]


def _route(server) -> str:  # type: ignore[no-untyped-def]
    """A routable conversation whose ids and messages carry terminal control sequences."""
    names = {"adult": ADULT, "child": CHILD}
    lines = [(names[sender], text) for sender, text in GROOMING_LINES]
    lines[3] = (CHILD, f"lol thanks{ESC_CLEAR}{OSC_TITLE}")
    lines[5] = (CHILD, f"no my mom works till 8\r{FAKE_LINE}")
    lines[7] = (CHILD, f"ok {RLO}evil\u2066 \x9b31m \x7f\u200b\u2028 \\x1b")
    scored = request(lines, CONVERSATION, tenant_id=TENANT, ages={ADULT: 34, CHILD: 13})
    response = pb_grpc.RiskScoringServiceStub(server.channel).ScoreConversation(scored, timeout=10)
    assert response.decision == pb.DECISION_ROUTED_TO_REVIEW
    return response.review_case_id


@pytest.fixture
def server(start_server, tmp_path: Path):  # type: ignore[no-untyped-def]
    policy = tmp_path / "policy.toml"
    policy.write_text('[tenants."t\\u001b[2J\\u202e"]\nthreshold = 0.5\n', encoding="utf-8")
    return start_server(policy_file=policy)


def _review(server, *args: str) -> list[str]:  # type: ignore[no-untyped-def]
    return ["review", "--target", f"127.0.0.1:{server.port}", *args]


def test_review_show_renders_control_characters_visibly(server, capsys) -> None:  # type: ignore[no-untyped-def]
    case_id = _route(server)
    assert main(_review(server, "--reviewer-id", "r1", "show", case_id)) == 0
    out = capsys.readouterr().out
    assert not unsafe_in_lines(out), sorted(set(unsafe_in_lines(out)))
    for shown in (
        r"lol thanks\x1b[2J\x1b]0;title\x07",  # clear screen, window title
        r"no my mom works till 8\r\n[SYSTEM] automated check",  # no forged line
        r"ok \u202eevil\u2066 \x9b31m \x7f\u200b\u2028 \\x1b",  # bidi, C1 CSI, DEL, zero width, separator
        r"conversation conv\x1b]0;title\x07\r",
        r"tenant t\x1b[2J\u202e",
        r"adult\x1b[2J  age 34  <- likely suspect",  # the suspect mark still compares the raw id
        r"child\u202e: lol thanks",
    ):
        assert shown in out, shown
    assert not any(line.startswith("[SYSTEM]") for line in out.splitlines())
    # every line the console prints is one of its own: a header, a participant or a numbered message
    assert len(out.splitlines()) == 6 + 2 + 2 + 16


def test_review_list_and_verdict_render_ids_visibly(server, capsys) -> None:  # type: ignore[no-untyped-def]
    case_id = _route(server)
    assert main(_review(server, "list")) == 0
    out = capsys.readouterr().out
    assert not unsafe_in_lines(out) and r"t\x1b[2J\u202e" in out and case_id in out
    assert main(_review(server, "--reviewer-id", "r1", "verdict", case_id, "confirmed", "--note", "n")) == 0
    assert capsys.readouterr().out == f"case {case_id}: CASE_STATE_CONFIRMED\n"


def test_server_error_details_are_rendered_visibly(capsys) -> None:  # type: ignore[no-untyped-def]
    from grooming_risk.service.review_client import format_error

    line = format_error("NOT_FOUND", f"no case {ESC_CLEAR}{FAKE_LINE}")
    assert line == r"grooming-risk review: NOT_FOUND: no case \x1b[2J\n[SYSTEM] automated check: benign, " + (
        "mark false-positive"
    )


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        (
            "plain text, ünïcödé, 日本語, emoji 👨\u200d👩\u200d👧",
            "plain text, ünïcödé, 日本語, emoji 👨\u200d👩\u200d👧",
        ),
        ("a\nb\rc\td", r"a\nb\rc\td"),
        ("\x00\x1b\x7f\x85\x9b\x9f", r"\x00\x1b\x7f\x85\x9b\x9f"),
        ("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e", r"\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e"),
        (
            "\u2066\u2067\u2068\u2069\u2028\u2029\u200b\ufeff\U000e0041",
            r"\u2066\u2067\u2068\u2069\u2028\u2029\u200b\ufeff\U000e0041",
        ),
        ("back\\slash", r"back\\slash"),  # so that a typed "\x1b" cannot pass for a real escape
    ],
)
def test_visible(raw: str, shown: str) -> None:
    from grooming_risk.service.terminal import visible

    assert visible(raw) == shown
    assert not unsafe(visible(raw))


def test_visible_round_trips() -> None:
    """The rendering is unambiguous: Python's own string-literal parser reads it back to the original."""
    import ast

    from grooming_risk.service.terminal import visible

    every = "".join(map(chr, range(0x2100))) + "\ufeff\U000e0001\U0001f600"
    assert ast.literal_eval('"' + visible(every).replace('"', '\\"') + '"') == every


def test_show_without_reviewer_id_audits_the_os_user(server, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = _route(server)
    monkeypatch.setattr(getpass, "getuser", lambda: "os-user-7")
    assert main(_review(server, "show", case_id)) == 0
    captured = capsys.readouterr()
    assert "likely suspect" in captured.out
    assert "reviewer id os-user-7" in captured.err
    assert server.server.store.audit_entries(case_id)[-1][1:3] == ("os-user-7", "read_case")


def test_show_without_any_reviewer_identity_asks_for_one(server, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    case_id = _route(server)

    def no_user() -> str:
        raise OSError("no user name")

    monkeypatch.setattr(getpass, "getuser", no_user)
    assert main(_review(server, "show", case_id)) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and "--reviewer-id" in captured.err
    assert server.server.store.audit_entries(case_id) == []


def test_version(capsys) -> None:  # type: ignore[no-untyped-def]
    from importlib.metadata import version

    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert re.fullmatch(
        rf"grooming-risk {re.escape(version('grooming-risk'))} \(shipped model gr\d*-[0-9a-f]{{12}}\)\n", out
    )
