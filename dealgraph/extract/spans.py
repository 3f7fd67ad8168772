"""Spans of a document looked up by position with bisect, instead of a scan per sentence."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Container, Sequence
from typing import Generic, Protocol, TypeVar


class HasSpan(Protocol):
    start: int
    end: int


S = TypeVar("S", bound=HasSpan)


class SpanIndex(Generic[S]):
    """Items in their list order, found by range. Built once per list; a list not sorted by start
    is scanned whole, so the answers are always those of a plain scan."""

    def __init__(self, items: Sequence[S]) -> None:
        self.items = items
        self.starts = [x.start for x in items]
        self.sorted = all(a <= b for a, b in zip(self.starts, self.starts[1:]))
        self.longest = max((x.end - x.start for x in items), default=0)

    def within(self, start: int, end: int, kinds: Container[str] | None = None) -> list[S]:
        """Items with start >= `start` and end <= `end` (and a `kind` among `kinds`, when given), in list order."""
        if self.sorted:
            lo = bisect_left(self.starts, start)
            near = self.items[lo:bisect_right(self.starts, end, lo)]
        else:
            near = [x for x in self.items if x.start >= start]
        if kinds is None:
            return [x for x in near if x.end <= end]
        return [x for x in near if x.end <= end and x.kind in kinds]  # type: ignore[attr-defined]

    def covering(self, start: int, end: int) -> list[S]:
        """Items with start <= `start` and end >= `end`, in list order (for start <= end)."""
        if not self.sorted:
            return [x for x in self.items if x.start <= start and x.end >= end]
        lo = bisect_left(self.starts, start - self.longest)
        return [x for x in self.items[lo:bisect_right(self.starts, start)] if x.end >= end]

    def is_for(self, items: Sequence[S]) -> bool:
        return self.items is items and len(self.starts) == len(items)
