"""argparse's own words ("usage:", "options", "the following arguments are required") in Indonesian.

argparse marks them for gettext and looks them up through its module's `_` and `ngettext` each
time it builds a parser, prints help or reports a usage error. `speaking(lang)` points those two at
this table while the command line parses (and only then), so nothing else in the process changes;
a text of a newer Python that is not in the table stays English.
"""
from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager

INDONESIAN = {
    "usage: ": "cara pakai: ",
    "positional arguments": "argumen",
    "options": "pilihan",
    "optional arguments": "pilihan",
    "show this help message and exit": "tampilkan bantuan ini, lalu keluar",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "the following arguments are required: %s": "argumen ini wajib diisi: %s",
    "one of the arguments %s is required": "salah satu argumen %s wajib diisi",
    "expected one argument": "perlu satu nilai",
    "expected at most one argument": "paling banyak satu nilai",
    "expected at least one argument": "perlu paling sedikit satu nilai",
    "expected %s argument": "perlu %s nilai",
    "expected %s arguments": "perlu %s nilai",
    "ambiguous option: %(option)s could match %(matches)s": "pilihan %(option)s kurang jelas: bisa %(matches)s",
    "unexpected option string: %s": "pilihan tidak terduga: %s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan %(value)r tidak ada (pilih dari %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: kesalahan: %(message)s\n",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "ignored explicit argument %r": "argumen %r diabaikan",
    "can't open '%(filename)s': %(error)s": "'%(filename)s' tidak dapat dibuka: %(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
}


def _gettext(message: str) -> str:
    return INDONESIAN.get(message, message)


def _ngettext(singular: str, plural: str, n: int) -> str:
    return _gettext(singular if n == 1 else plural)


@contextmanager
def speaking(lang: str) -> Iterator[None]:
    """argparse in *lang* ("id" or "en") inside the block."""
    if lang == "en":
        yield
        return
    saved = argparse._, argparse.ngettext
    argparse._, argparse.ngettext = _gettext, _ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved
