"""Coverage-guided fuzzing of the compiled n-gram path (`model/_ngrams.c`) against its Python reference.

tests/test_compiled_ngrams.py runs a hypothesis version of the same comparison on every CI run. Two runs
(`pip install atheris`), from the repository root:

1. Coverage-guided, against the installed extension, e.g. for 5 minutes:

       python fuzz/fuzz_ngrams.py -max_total_time=300

2. With the extension built with AddressSanitizer and UndefinedBehaviorSanitizer. gcc's sanitizer runtime
   replaces libFuzzer's coverage hooks, so this run mutates without coverage feedback (random inputs):

       mkdir -p /tmp/fuzz/model && gcc -shared -fPIC -g -O1 -fsanitize=address,undefined \\
           -I"$(python -c "import sysconfig; print(sysconfig.get_paths()['include'])")" model/_ngrams.c \\
           -o /tmp/fuzz/model/_ngrams"$(python -c "import sysconfig; print(sysconfig.get_config_var('EXT_SUFFIX'))")"
       LD_PRELOAD="$(gcc -print-file-name=libasan.so):$(gcc -print-file-name=libubsan.so)" \\
           ASAN_OPTIONS=detect_leaks=0 NGRAMS_SO_DIR=/tmp/fuzz python fuzz/fuzz_ngrams.py -max_total_time=300

A crash, a sanitizer report or a difference from the Python counts stops the run with the input saved.
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

import atheris
import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports():
    from grooming_risk.model import char_units as CU


def _load_compiled() -> object:
    """The extension from NGRAMS_SO_DIR (a sanitizer build), else the installed one."""
    directory = os.environ.get("NGRAMS_SO_DIR")
    if not directory:
        return CU.compiled
    (path,) = Path(directory, "model").glob("_ngrams*")
    spec = importlib.util.spec_from_file_location("grooming_risk.model._ngrams", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


compiled = _load_compiled()
assert compiled is not None, "model._ngrams is not built"


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    n_min = fdp.ConsumeIntInRange(0, 9)
    n_max = fdp.ConsumeIntInRange(0, 9)
    bits = fdp.ConsumeIntInRange(2, 32)
    units: list = []
    for _ in range(fdp.ConsumeIntInRange(0, 8)):
        kind = fdp.ConsumeIntInRange(0, 30)
        units.append(
            fdp.ConsumeBytes(2) if kind == 0 else fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 600))
        )
    valid = 1 <= n_min <= n_max <= 8 and 4 <= bits <= 30 and all(type(u) is str for u in units)
    try:
        indptr, indices, counts = compiled.char_units(units, n_min, n_max, bits)
    except (TypeError, ValueError):
        if valid:
            raise
        return
    if not valid:
        raise AssertionError("bad arguments were accepted")
    got = (np.frombuffer(indptr, dtype=np.int64), np.frombuffer(indices, dtype=np.int64), np.frombuffer(counts))
    want = CU.python_counts(units, n_min, n_max, bits)
    if not all(np.array_equal(a, b) for a, b in zip(got, want, strict=True)):
        raise AssertionError("compiled counts differ from the Python counts")


if __name__ == "__main__":
    atheris.instrument_all()  # coverage of this harness and the Python reference guides the inputs
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
