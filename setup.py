"""Build script for the one optional C extension (all other metadata is in pyproject.toml).

`grooming_risk.model._ngrams` (source: model/_ngrams.c) speeds up n-gram counting on the serving path. It is
optional: without a C compiler the build goes on without it and `grooming_risk.model.char_units` uses the
pure-Python path, which gives the same counts.
"""

from setuptools import Extension, setup

setup(
    ext_modules=[
        Extension(
            "grooming_risk.model._ngrams", sources=["model/_ngrams.c"], optional=True, extra_compile_args=["-O2"]
        ),
    ]
)
