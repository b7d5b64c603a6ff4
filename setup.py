"""Build script for the one optional C extension (all other metadata is in pyproject.toml).

`model._ngrams` speeds up n-gram counting on the serving path. It is optional: without a C compiler the
build goes on without it and `model.text_vectors` uses the pure-Python path, which gives the same counts.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension("model._ngrams", sources=["model/_ngrams.c"], optional=True, extra_compile_args=["-O2"]),
    ]
)
