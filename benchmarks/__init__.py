"""Benchmarks and the soak test: `python -m benchmarks` (see benchmarks/README.md)."""
