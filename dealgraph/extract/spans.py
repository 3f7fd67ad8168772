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
    """Items in their list order, found by range. Built once per list; a list not sorted by start is
    searched through a sorted copy of its positions, and the answers come back in list order, so they are
    always those of a plain scan."""

    def __init__(self, items: Sequence[S]) -> None:
        self.items = items
        self.starts = [x.start for x in items]
        self.sorted = all(a <= b for a, b in zip(self.starts, self.starts[1:]))
        self.longest = max((x.end - x.start for x in items), default=0)
        if self.sorted:
            self.order: list[int] = []
            self.by_start = self.starts
        else:  # the positions of the items by start, to bisect on; ties keep list order
            self.order = sorted(range(len(items)), key=self.starts.__getitem__)
            self.by_start = [self.starts[i] for i in self.order]

    def _between(self, lo: int, hi: int) -> Sequence[S]:
        """The items whose start is between the lo-th and hi-th smallest, in list order."""
        if self.sorted:
            return self.items[lo:hi]
        return [self.items[i] for i in sorted(self.order[lo:hi])]

    def within(self, start: int, end: int, kinds: Container[str] | None = None) -> list[S]:
        """Items with start >= `start` and end <= `end` (and a `kind` among `kinds`, when given), in list order."""
        lo = bisect_left(self.by_start, start)
        hi = bisect_right(self.by_start, end, lo)
        if lo == hi:
            return []
        near = self.items[lo:hi] if self.sorted else self._between(lo, hi)
        if kinds is None:
            return [x for x in near if x.end <= end]
        return [x for x in near if x.end <= end and x.kind in kinds]  # type: ignore[attr-defined]

    def covering(self, start: int, end: int) -> list[S]:
        """Items with start <= `start` and end >= `end`, in list order (for start <= end)."""
        lo = bisect_left(self.by_start, start - self.longest)
        return [x for x in self._between(lo, bisect_right(self.by_start, start)) if x.end >= end]

    def is_for(self, items: Sequence[S]) -> bool:
        return self.items is items and len(self.starts) == len(items)
