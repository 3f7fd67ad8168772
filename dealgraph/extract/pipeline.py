"""The extraction run loop: components called in order on one document."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from dealgraph.errors import ComponentError, DealgraphError
from dealgraph.extract.document import Doc


@dataclass(frozen=True)
class Component:
    """A step of extraction: a plain callable on one document that says what it reads and writes."""

    name: str
    func: Callable[[Doc], None]
    reads: tuple[str, ...]
    writes: tuple[str, ...]

    def __call__(self, doc: Doc) -> None:
        self.func(doc)


def run(doc: Doc, components: Sequence[Component]) -> Doc:
    for component in components:
        try:
            component(doc)
        except DealgraphError:
            raise
        except Exception as exc:  # name the component that failed, keep the cause
            raise ComponentError(component.name, doc.id, exc) from exc
    return doc


def extract(doc_id: str, text: str, ref_date: str | None = None, title: str = "",
            components: Sequence[Component] | None = None) -> Doc:
    """Run the default pipeline (or the given components) on one text."""
    from dealgraph.extract.registry import default_pipeline

    doc = Doc(id=doc_id, text=text, ref_date=ref_date, title=title)
    return run(doc, components if components is not None else default_pipeline())
