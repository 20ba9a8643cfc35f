"""Ed25519 signatures with the desk's key, and the passphrase envelope (scrypt → AES-256-GCM).

Envelope: MAGIC (8) | version (1) | log2(n) (1) | r (1) | p (1) | salt (16) | nonce (12) | ciphertext+tag.
The header (everything before the ciphertext) is the AEAD's associated data, so it cannot be changed
either. The plaintext is the whole signed .ikrar zip: after decryption the merge verifies as usual.
"""
from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from ikrar.models.sync.errors import SyncRefused

MAGIC = b"IKRARENC"
# Version 2: the scrypt parameters are fixed. They still travel in the header (authenticated as
# associated data) but are never taken from it: version 1 read them from the unauthenticated file,
# so a 104-byte file could ask for 4 GB and 45 s of work per merge attempt.
_VERSION = 2
_LOG2_N, _R, _P = 15, 8, 1  # ~32 MB, ~0.1 s: slow enough for guessing, quick at the desk
_HEADER = len(MAGIC) + 4 + 16 + 12
MIN_PASSPHRASE = 8


def sign(private_raw: bytes, data: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(bytes(private_raw)).sign(data)


def verify(public_raw: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(bytes(public_raw)).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


def desk_id_of(public_raw: bytes) -> str:
    """A desk's id: the first 128 bits of the SHA-256 of its public key, in hex. A desk is its key:
    no file can claim another desk's id, and a reinstalled laptop (a new key) is a new desk."""
    return hashlib.sha256(bytes(public_raw)).hexdigest()[:32]


def fingerprint(public_raw: bytes) -> str:
    """A short, readable key fingerprint for people comparing keys: 'ab12 cd34 ef56 7890' (the start
    of the desk id, so a clerk can read either)."""
    digest = desk_id_of(public_raw)[:16]
    return " ".join(digest[i:i + 4] for i in range(0, 16, 4))


def b64(data: bytes) -> str:
    return base64.b64encode(bytes(data)).decode("ascii")


def unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def _key(passphrase: str, salt: bytes) -> bytes:
    return Scrypt(salt=salt, length=32, n=1 << _LOG2_N, r=_R, p=_P).derive(passphrase.encode("utf-8"))


def check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise SyncRefused(f"Frasa sandi minimal {MIN_PASSPHRASE} karakter.",
                          f"The passphrase needs at least {MIN_PASSPHRASE} characters.", code="passphrase")


def encrypt(data: bytes, passphrase: str) -> bytes:
    check_passphrase(passphrase)
    salt, nonce = os.urandom(16), os.urandom(12)
    header = MAGIC + bytes([_VERSION, _LOG2_N, _R, _P]) + salt + nonce
    return header + AESGCM(_key(passphrase, salt)).encrypt(nonce, data, header)


def is_encrypted(blob_or_path: bytes | str | os.PathLike) -> bool:
    if isinstance(blob_or_path, (bytes, bytearray)):
        return bytes(blob_or_path[:len(MAGIC)]) == MAGIC
    with open(blob_or_path, "rb") as handle:
        return handle.read(len(MAGIC)) == MAGIC


def decrypt(blob: bytes, passphrase: str | None) -> bytes:
    if passphrase is None:
        raise SyncRefused("Berkas ini terenkripsi: masukkan frasa sandinya.",
                          "This file is encrypted: enter its passphrase.", code="passphrase_needed", member="envelope")
    if len(blob) > 1 and blob[len(MAGIC)] == 1:
        raise SyncRefused("Berkas terenkripsi ini dibuat oleh Ikrar versi lama; minta meja pengirim mengekspornya "
                          "lagi dengan Ikrar yang sudah diperbarui.",
                          "This encrypted file was made by an older Ikrar; ask the sending desk to export it again "
                          "with an updated Ikrar.", code="format_version", member="envelope")
    if len(blob) < _HEADER + 16 or blob[len(MAGIC)] != _VERSION:
        raise SyncRefused("Amplop enkripsi rusak atau versinya tidak dikenal.",
                          "The encryption envelope is damaged or of an unknown version.", code="tampered",
                          member="envelope")
    header = blob[:_HEADER]
    if tuple(blob[len(MAGIC) + 1:len(MAGIC) + 4]) != (_LOG2_N, _R, _P):  # checked before any work
        raise SyncRefused("Parameter enkripsi berkas tidak sah.", "The file's encryption parameters are invalid.",
                          code="tampered", member="envelope")
    salt = header[len(MAGIC) + 4:len(MAGIC) + 20]
    nonce = header[len(MAGIC) + 20:]
    try:
        return AESGCM(_key(passphrase, salt)).decrypt(nonce, blob[_HEADER:], header)
    except InvalidTag:
        raise SyncRefused("Frasa sandi salah, atau berkas terenkripsi ini telah diubah.",
                          "Wrong passphrase, or the encrypted file was changed.", code="wrong_passphrase",
                          member="envelope") from None


def read_passphrase_file(path: str | os.PathLike) -> str:
    """The first line of a passphrase file, without its line ending (a trailing newline is not part of it)."""
    text = Path(path).read_text(encoding="utf-8-sig")
    return text.splitlines()[0] if text else ""
