"""Training-side code: data loaders, synthetic hard negatives, training, evaluation, threshold tuning.

Depends on `model/` (the same feature code as serving); `model/` never imports from here.
"""
