"""Conversions shared by the servicers."""

from __future__ import annotations

from google.protobuf.timestamp_pb2 import Timestamp


def timestamp(epoch: float | None) -> Timestamp | None:
    """A protobuf Timestamp for epoch seconds (None stays None)."""
    if epoch is None:
        return None
    stamp = Timestamp()
    stamp.FromNanoseconds(int(epoch * 1e9))
    return stamp
