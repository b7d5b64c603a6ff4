"""Text the command line writes to a person's terminal: untrusted strings made visible, and the version line.

The reviewer console prints what a person under suspicion wrote (messages, their participant ids, the
platform's conversation ids). A terminal obeys what it is sent: ESC sequences clear the screen, retitle the
window or recolour text, a carriage return or newline lets a message forge a line of the tool's own output
("[SYSTEM] checked: benign"), and bidi controls reorder what the reviewer reads. `visible` turns every such
character into an escape a reviewer can see, so the text is shown exactly, and can never act.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from collections.abc import Sequence
from importlib import metadata, resources
from typing import Any

DISTRIBUTION = "grooming-risk"

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\\": "\\\\"}
#: Format characters that legitimate text needs: the zero-width non-joiner (Persian, Indic scripts) and
#: joiner (emoji sequences such as 👨‍👩‍👧). They join or split glyphs and cannot move or hide other text.
_KEEP_FORMAT = frozenset({"\u200c", "\u200d"})


def _escape(ch: str) -> str:
    """Python's own string-literal escape of one character, so the rendering reads back unambiguously."""
    named = _NAMED.get(ch)
    if named is not None:
        return named
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def _unsafe(ch: str) -> bool:
    """Does a character act on the terminal or on the layout instead of showing a glyph?

    C0 (newline and tab included: inside a message they would start a line that is not the tool's), DEL and
    C1 (0x9b is a one-byte CSI on some terminals) are category Cc. Category Cf holds the bidi embeddings,
    overrides and isolates (U+202A–U+202E, U+2066–U+2069), the marks U+200E/U+200F/U+061C, and the
    invisible characters (zero-width space, word joiner, BOM, tag characters) that make two different ids
    look the same. U+2028/U+2029 (Zl, Zp) are line breaks to some renderers. The backslash is escaped too, so
    that a typed "\\x1b" cannot pass for a real escape.
    """
    if ch == "\\":
        return True
    category = unicodedata.category(ch)
    return category in ("Cc", "Zl", "Zp") or (category == "Cf" and ch not in _KEEP_FORMAT)


def visible(text: str) -> str:
    """`text` with every control, bidi and invisible format character written as a visible escape.

    Printable text (any script, emoji) is unchanged; the result is one line and reads back to the original
    as a Python string literal body. Use it on every server-provided or user-written string the CLI prints.
    """
    if text.isascii() and text.isprintable() and "\\" not in text:
        return text  # the common case (ids, indicator names, plain English chat) costs one scan
    return "".join(_escape(ch) if _unsafe(ch) else ch for ch in text)


def version_line() -> str:
    """``grooming-risk <version> (shipped model <version>)``: what a bug report or advisory needs.

    The distribution's version comes from the installed metadata (pyproject.toml). The model version is read
    from the shipped artifact's JSON (a few milliseconds) rather than by loading the model (numpy and the
    weights, ~20 times slower), and only when asked: building the parser must stay cheap for every command.
    A server started with ``--model-dir`` runs another model; its responses carry that ``model_version``.
    """
    try:
        package = metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        package = "unknown (not installed)"
    line = f"{DISTRIBUTION} {package}"
    try:
        meta = json.loads(
            (resources.files("grooming_risk.model") / "artifact" / "model.json").read_text(encoding="utf-8")
        )
        line += f" (shipped model {visible(str(meta['version']))})"
    except (OSError, ValueError, KeyError, TypeError, ModuleNotFoundError):
        pass  # an artifact that cannot be read says so when it is loaded; --version still answers
    return line


class VersionAction(argparse.Action):
    """``--version``: print `version_line` and exit 0, computed only when the flag is given."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS, **kwargs: Any) -> None:
        kwargs.setdefault("help", "print the version of grooming-risk and of its shipped model, and exit")
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: str | Sequence[Any] | None,
        option_string: str | None = None,
    ) -> None:
        print(version_line())
        parser.exit(0)
