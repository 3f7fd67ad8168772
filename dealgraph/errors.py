"""The errors dealgraph raises on purpose; each says what to do next."""

from __future__ import annotations


class DealgraphError(Exception):
    """Base of every deliberate dealgraph error."""

    exit_code = 1
    http_status = 400

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        self.hint = hint

    def __str__(self) -> str:
        base = super().__str__()
        return f"{base}\n  → {self.hint}" if self.hint else base


class UnreadableDocument(DealgraphError):
    """A file that cannot become a document (binary, empty, too large, undecodable)."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotFound(DealgraphError):
    """An entity, fact or document that the store does not hold."""

    http_status = 404


class InvalidArgument(DealgraphError):
    """A command-line or API argument that cannot be used."""


class DataFileError(DealgraphError):
    """A lexicon, taxonomy or ontology file that cannot be loaded."""


class ComponentError(DealgraphError):
    """An extraction component failed on a document."""

    def __init__(self, component: str, doc_id: str, cause: Exception) -> None:
        super().__init__(f"extraction component {component!r} failed on document {doc_id}: {cause!r}",
                         "report the document and the component name; other documents are unaffected")
        self.component = component
        self.doc_id = doc_id
