"""Turn labeled conversations into the matrices both views are trained on.

Uses exactly the serving feature code (`model.features`, `model.text_vectors`): one extraction per
conversation, then role rows (one per sender) and a flat row. Metadata-attached copies
(`training.metadata_priors`) reuse the text of the original extraction; only the metadata and timing
parts are recomputed.
"""

from __future__ import annotations

import dataclasses
import random
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from grooming_risk.model import features as F
from grooming_risk.model.domain import LabeledConversation
from grooming_risk.model.rules import DEFAULT_RULES, ScoringRules
from grooming_risk.model.text_vectors import DEFAULT_SMOOTHING, vectorize
from grooming_risk.training import metadata_priors
from grooming_risk.training.corpus import flatten


@dataclass
class ViewData:
    """Rows of one view. `item` maps each row to its conversation (index into the item list)."""

    meta: np.ndarray  # metadata features of the item as given
    grams_self: list[list[str]]
    grams_other: list[list[str]]
    y: np.ndarray  # row labels (role view: is this sender a groomer)
    item: np.ndarray
    extractions: list[F.Extraction]  # one per row's conversation (shared between rows of one item)


def _row_labels(item: LabeledConversation, ex: F.Extraction) -> list[int]:
    ids = [item.conversation.participants[s.index].participant_id if s.index >= 0 else "" for s in ex.senders]
    if item.label == 0:
        return [0] * len(ids)
    if item.offender_ids:
        return [1 if pid in item.offender_ids else 0 for pid in ids]
    declared = {p.participant_id: p.age_years for p in item.conversation.participants if p.age_years is not None}
    if declared:  # the oldest declared participant is taken as the offender
        oldest = max(declared, key=lambda k: declared[k])
        return [1 if pid == oldest else 0 for pid in ids]
    return [1] * len(ids)  # unknown: every sender (documented label noise)


def role_data(items: Sequence[LabeledConversation], rules: ScoringRules = DEFAULT_RULES) -> ViewData:
    meta, g_self, g_other, y, index, exs = [], [], [], [], [], []
    for k, item in enumerate(items):
        ex = F.extract(item.conversation)
        if F.uses_flat_view(ex) or not ex.senders:
            continue
        m_rows = F.role_rows(ex, rules)
        labels = _row_labels(item, ex)
        for j, s in enumerate(ex.senders):
            meta.append(m_rows[j])
            g_self.append(s.grams)
            g_other.append([g for o in ex.senders if o is not s for g in o.grams])
            y.append(labels[j])
            index.append(k)
            exs.append(ex)
    return ViewData(
        np.asarray(meta, dtype=float).reshape(-1, len(F.ROLE_META_FEATURES)),
        g_self,
        g_other,
        np.asarray(y, dtype=int),
        np.asarray(index, dtype=int),
        exs,
    )


def flat_items(items: Sequence[LabeledConversation], seed: int) -> list[LabeledConversation]:
    """Flattened copies: half keep the messages under one sender, half become one message."""
    rng = random.Random(seed)
    return [flatten(item, one_message=rng.random() < 0.5) for item in items]


def flat_data(items: Sequence[LabeledConversation], rules: ScoringRules = DEFAULT_RULES) -> ViewData:
    meta, grams, y, index, exs = [], [], [], [], []
    for k, item in enumerate(items):
        ex = F.extract(item.conversation)
        if not F.uses_flat_view(ex):
            continue
        meta.append(F.flat_row(ex, rules))
        grams.append(ex.senders[0].grams)
        y.append(item.label)
        index.append(k)
        exs.append(ex)
    return ViewData(
        np.asarray(meta, dtype=float).reshape(-1, len(F.FLAT_META_FEATURES)),
        grams,
        [[] for _ in grams],
        np.asarray(y, dtype=int),
        np.asarray(index, dtype=int),
        exs,
    )


def build_vocabulary(grams_per_doc: list[list[str]], min_df: int, max_size: int) -> tuple[dict[str, int], np.ndarray]:
    """Vocabulary of the `max_size` most frequent grams with document frequency >= min_df, and idf."""
    df: Counter[str] = Counter()
    for grams in grams_per_doc:
        df.update(set(grams))
    kept = [g for g, n in df.most_common() if n >= min_df][:max_size]
    kept.sort()
    n_docs = len(grams_per_doc)
    idf = np.array([np.log((1 + n_docs) / (1 + df[g])) + 1.0 for g in kept], dtype=float)
    return {g: i for i, g in enumerate(kept)}, idf


def gram_matrix(
    grams: list[list[str]], vocabulary: dict[str, int], idf: np.ndarray, smoothing: float = DEFAULT_SMOOTHING
) -> sp.csr_matrix:
    indptr, indices, values = [0], [], []
    for doc in grams:
        index, vals = vectorize(doc, vocabulary, idf, smoothing)
        indices.append(index)
        values.append(vals)
        indptr.append(indptr[-1] + len(index))
    data = np.concatenate(values) if values else np.zeros(0)
    cols = np.concatenate(indices) if indices else np.zeros(0, dtype=np.int32)
    return sp.csr_matrix((data, cols, np.asarray(indptr)), shape=(len(grams), len(vocabulary)))


def with_metadata(
    item: LabeledConversation, ex: F.Extraction, rng: random.Random
) -> tuple[LabeledConversation, F.Extraction]:
    """A metadata-attached copy of an item and its extraction (text reused, metadata recomputed)."""
    attached = metadata_priors.attach(item, rng)
    conv = attached.conversation
    position = {p.participant_id: k for k, p in enumerate(conv.participants)}
    media: Counter[int] = Counter()
    for i in ex.message_indices:
        m = conv.messages[i]
        if m.has_media:
            media[position.get(m.sender_id, -1)] += 1
    senders = [dataclasses.replace(s, n_media=media.get(s.index, 0)) for s in ex.senders]
    rate, burst, night = F.timing(conv, ex.message_indices)
    new_ex = dataclasses.replace(
        ex, conversation=conv, senders=senders, messages_per_minute=rate, burst=burst, night=night
    )
    return attached, new_ex
