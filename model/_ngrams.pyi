# Type stub of the optional C extension model/_ngrams.c (see grooming_risk.model.text_vectors).
import numpy as np

def weigh(counts: dict[int, int], idf: np.ndarray, smoothing: float) -> tuple[bytes, bytes]: ...
def dot(weights: np.ndarray, index: np.ndarray, values: np.ndarray) -> float: ...

class GramTable:
    def __init__(self, unigrams: dict[str, int], bigrams: dict[tuple[str, ...], int], size: int) -> None: ...
    def counts(self, messages: list[list[str]]) -> dict[int, int]: ...
    def parts(
        self,
        messages: list[list[str]],
        index: np.ndarray,
        values: np.ndarray,
        weights: np.ndarray,
        counts: dict[int, int],
    ) -> list[float]: ...
