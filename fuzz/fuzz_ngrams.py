"""Coverage-guided fuzzing of the compiled n-gram path (`model/_ngrams.c`) against its Python reference.

tests/test_compiled_ngrams.py runs a hypothesis version of the same comparisons on every CI run. Two runs
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

A crash, a sanitizer report or a difference from the Python reference stops the run with the input saved.
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
    from grooming_risk.model import text_vectors as tv


def _load_compiled() -> object:
    """The extension from NGRAMS_SO_DIR (a sanitizer build), else the installed one."""
    directory = os.environ.get("NGRAMS_SO_DIR")
    if not directory:
        return tv.compiled
    (path,) = Path(directory, "model").glob("_ngrams*")
    spec = importlib.util.spec_from_file_location("grooming_risk.model._ngrams", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


compiled = _load_compiled()
assert compiled is not None, "model._ngrams is not built"


def _word(fdp: atheris.FuzzedDataProvider) -> str:
    return fdp.ConsumeUnicodeNoSurrogates(fdp.ConsumeIntInRange(0, 3))


def one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    words = [_word(fdp) for _ in range(fdp.ConsumeIntInRange(1, 6))]
    grams = {w for w in words if w and " " not in w}
    grams |= {f"{a} {b}" for a in grams for b in grams if fdp.ConsumeBool()}
    vocabulary = {g: i for i, g in enumerate(sorted(grams))}
    if not vocabulary:
        return
    ids = tv.GramIds(vocabulary)
    table = compiled.GramTable(ids.unigrams, ids.bigrams, len(vocabulary))
    messages: list = []
    for _ in range(fdp.ConsumeIntInRange(0, 6)):
        kind = fdp.ConsumeIntInRange(0, 20)
        if kind == 0:
            messages.append(fdp.ConsumeBytes(2))  # not a list: must be refused
        else:
            tokens = [words[fdp.ConsumeIntInRange(0, len(words) - 1)] for _ in range(fdp.ConsumeIntInRange(0, 30))]
            if kind == 1 and tokens:
                tokens[-1] = fdp.ConsumeInt(2)  # not a str: must be refused
            messages.append(tokens)
    try:
        got = table.counts(messages)
    except TypeError:
        if all(isinstance(m, list) and all(type(t) is str for t in m) for m in messages):
            raise
        return
    want = ids.python_counts(messages)
    if list(got.items()) != list(want.items()):
        raise AssertionError("compiled counts differ from the Python counts")

    idf = np.abs(np.array([fdp.ConsumeRegularFloat() for _ in range(len(vocabulary))])) + 0.1
    if got and np.all(np.isfinite(idf)) and np.all(idf < 1e100):
        index_bytes, value_bytes = compiled.weigh(got, idf, 1.0)
        index, values = np.frombuffer(index_bytes, dtype=np.intp), np.frombuffer(value_bytes)
        ref_index, ref_values = tv.numpy_weigh(got, idf, 1.0)
        if index.tolist() != ref_index.tolist() or not np.allclose(values, ref_values, rtol=1e-12, atol=1e-300):
            raise AssertionError("compiled weigh differs from numpy")
        weights = np.linspace(-1.0, 1.0, len(vocabulary))
        if not np.isclose(compiled.dot(weights, index, values), float(np.dot(weights[index], values)), atol=1e-12):
            raise AssertionError("compiled dot differs from numpy")
        some = [m for m in messages if fdp.ConsumeBool()]
        shares = table.parts(some, index, values, weights, got)
        if shares != ids.python_parts(some, (index, values), weights, got):
            raise AssertionError("compiled parts differ from the Python parts")
    bad = np.array([fdp.ConsumeIntInRange(-3, len(vocabulary) + 3)], dtype=np.intp)
    try:
        compiled.dot(np.ones(len(vocabulary)), bad, np.ones(1))
    except ValueError:
        if 0 <= bad[0] < len(vocabulary):
            raise
    else:
        if not 0 <= bad[0] < len(vocabulary):
            raise AssertionError("an id outside the weights was read")


if __name__ == "__main__":
    atheris.instrument_all()  # coverage of this harness and the Python reference guides the inputs
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
