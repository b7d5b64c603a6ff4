"""Output files of the command line that are never half-written and never overwrite their own input.

A command writes to a temporary file beside the destination and renames it over the destination only when
it succeeds: a failure leaves an existing file exactly as it was, and `score in.jsonl -o in.jsonl` is
refused before anything is opened for writing (it would truncate the input it is about to read).
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO, cast


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def refuse_overwriting_inputs(output: Path, inputs: list[Path]) -> None:
    """Raise ValueError when `output` is one of `inputs` (the same file by any path, links included)."""
    for path in inputs:
        if _same_file(output, path) or output.resolve() == path.resolve():
            raise ValueError(f"the output {output} is the input {path}; give another -o path")


@contextlib.contextmanager
def atomic_text_output(output: Path | None, inputs: list[Path] | None = None) -> Iterator[TextIO]:
    """Yield a handle for the command's output: stdout when `output` is None, else a temporary file that
    replaces `output` when the block ends without an exception (the block may also `return` normally)."""
    if output is None:
        yield sys.stdout
        return
    refuse_overwriting_inputs(output, inputs or [])
    directory = output.parent if str(output.parent) else Path(".")
    if not directory.is_dir():
        raise OSError(f"cannot write {output}: directory {directory} does not exist")
    handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed or removed below
        "w", encoding="utf-8", dir=directory, prefix=f".{output.name}.", suffix=".part", delete=False
    )
    try:
        yield cast(TextIO, handle)
    except BaseException:
        handle.close()
        os.unlink(handle.name)
        raise
    handle.close()
    if output.exists():  # keep the destination's permissions (a reader group, say)
        os.chmod(handle.name, output.stat().st_mode & 0o7777)
    os.replace(handle.name, output)
