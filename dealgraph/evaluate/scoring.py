"""Precision, recall and F1 over multisets of predicted and gold tuples."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Iterable
from dataclasses import dataclass


@dataclass
class Counts:
    """Gold, predicted and correct tuples of one role, type or run."""

    gold: int = 0
    predicted: int = 0
    correct: int = 0

    def add(self, other: Counts) -> None:
        self.gold += other.gold
        self.predicted += other.predicted
        self.correct += other.correct

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"gold": self.gold, "predicted": self.predicted, "correct": self.correct,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


def match(predicted: Counter[Hashable], gold: Counter[Hashable]) -> Counter[Hashable]:
    """Tuples found in both, as many times as both hold them (multiset intersection)."""
    return predicted & gold


def summed(counts: Iterable[Counts]) -> Counts:
    total = Counts()
    for c in counts:
        total.add(c)
    return total
