"""Why a file is refused. Every refusal names what failed (a member, the signature, the key)."""
from __future__ import annotations

from ikrar.models.errors import Refused


class SyncRefused(Refused):
    """The whole file is refused and nothing was changed. `member` names the part that failed."""

    code = "sync_refused"

    def __init__(self, id_text: str, en_text: str, *, code: str | None = None, member: str | None = None, **details):
        super().__init__(id_text, en_text, code=code, **details)
        self.member = member


def damaged(member: str, id_why: str, en_why: str, code: str = "tampered") -> SyncRefused:
    return SyncRefused(f"{member}: {id_why}; berkas ditolak, tidak ada yang diubah.",
                       f"{member}: {en_why}; the file was refused, nothing was changed.", code=code, member=member)
