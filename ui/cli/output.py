"""How commands answer: JSON with --json, otherwise plain text in the chosen language."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date

from ikrar.models.errors import DomainError, language

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_ALREADY = 0, 1, 2, 3


def say(id_text: str, en_text: str) -> str:
    return en_text if language() == "en" else id_text


def _default(value):
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "to_dict"):
        return value.to_dict()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


@dataclass
class Output:
    json_mode: bool = False

    def emit(self, data, text: str | None = None) -> None:
        """Print *data* as JSON in --json mode, else *text* (or data's lines)."""
        if self.json_mode:
            print(json.dumps(data, ensure_ascii=False, indent=2, default=_default))
        elif text is not None:
            print(text)

    def error(self, err: DomainError | str, code: int = EXIT_FAILED, data: dict | None = None) -> int:
        message = err.text() if isinstance(err, DomainError) else str(err)
        print(f"ikrar: {message}", file=sys.stderr)
        if self.json_mode:
            payload = {"ok": False, "error": message}
            if isinstance(err, DomainError):
                payload["code"] = err.code
            payload.update(data or {})
            print(json.dumps(payload, ensure_ascii=False, indent=2, default=_default))
        return code
