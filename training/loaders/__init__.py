"""Loaders that turn each data source into `model.domain.LabeledConversation` values."""
