"""Errors a person can meet, each with an Indonesian and an English text (models/ has no Qt, so the
texts travel with the error and the UI or CLI picks the language)."""
from __future__ import annotations

_language = "id"


def set_language(lang: str) -> None:
    global _language
    _language = "en" if lang.lower().startswith("en") else "id"


def language() -> str:
    return _language


class DomainError(Exception):
    code = "error"

    def __init__(self, id_text: str, en_text: str, *, code: str | None = None, **details):
        super().__init__(id_text)
        self.id_text = id_text
        self.en_text = en_text
        if code:
            self.code = code
        self.details = details

    def text(self, lang: str | None = None) -> str:
        return self.en_text if (lang or _language) == "en" else self.id_text

    def __str__(self) -> str:
        return self.text()


class NotFound(DomainError):
    code = "not_found"


class Refused(DomainError):
    code = "refused"


class AlreadyDone(DomainError):
    """A repeated check-in or signature: `existing` holds what is already there."""

    code = "already_done"

    def __init__(self, id_text: str, en_text: str, *, existing=None, **details):
        super().__init__(id_text, en_text, **details)
        self.existing = existing
