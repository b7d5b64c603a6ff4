"""Labeled JSONL in the request format: a platform's own data (with metadata), or a PAN 2012 import.

One ``ScoreConversationRequest`` per line (proto3 JSON, snake_case), plus a top-level ``"label": 0|1``
and optionally ``"offender_ids": [...]`` (participants known to be groomers). Lines without a label are
an error here (training needs labels). The file's name is the source tag (``jsonl:<stem>``) and each
conversation is its own group unless a top-level ``"group"`` is given.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from grooming_risk.model.convert import LABEL_KEY, OFFENDERS_KEY, request_from_json
from grooming_risk.model.domain import LabeledConversation
from grooming_risk.model.errors import InvalidRequest
from grooming_risk.model.validation import Limits, validate_request


class LabeledFileError(ValueError):
    """A line of a labeled file is not usable; the message names the file and line number."""


def iter_labeled_jsonl(path: Path, require_label: bool = True) -> Iterator[tuple[int, LabeledConversation]]:
    """Yield (line number, labeled conversation); raises LabeledFileError on the first bad line."""
    source = f"jsonl:{path.stem}"
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                request, extras = request_from_json(line)
                conversation = validate_request(request, Limits.unbounded())
            except (ValueError, InvalidRequest) as exc:
                raise LabeledFileError(f"{path}:{number}: {exc}") from None
            label = extras.get(LABEL_KEY)
            if label not in (0, 1):
                if require_label:
                    raise LabeledFileError(f'{path}:{number}: "label" must be 0 or 1')
                label = 0
            offenders = extras.get(OFFENDERS_KEY) or []
            if not isinstance(offenders, list) or not all(isinstance(o, str) for o in offenders):
                raise LabeledFileError(f'{path}:{number}: "offender_ids" must be a list of participant ids')
            group = str(extras.get("group") or f"{source}:{request.conversation_id}")
            item = LabeledConversation(
                conversation, int(label), str(extras.get("source", source)), group, frozenset(offenders)
            )
            yield number, item


def load_labeled_jsonl(path: Path) -> list[LabeledConversation]:
    return [item for _, item in iter_labeled_jsonl(path)]
