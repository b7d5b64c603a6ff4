"""grooming-risk: one import namespace for the whole project.

The repository keeps its folders at the top level (``model/``, ``service/``, ``training/``); pyproject.toml
maps them to ``grooming_risk.model``, ``grooming_risk.service`` and ``grooming_risk.training``. Layers, one way
only: ``model`` (the domain) at the bottom, ``service`` and ``training`` above it, ``grooming_risk.cli`` on top
(docs/design.md).
"""
