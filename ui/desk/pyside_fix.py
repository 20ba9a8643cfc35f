"""A guard against a reference-count bug of PySide6 6.12 on CPython 3.11 (measured here with
PySide6-Essentials 6.12.0, Python 3.11.7):

- every Qt method returning nothing (setText, update, start, …) returns None without taking a
  reference, so each call lowers None's reference count by one;
- `SignalInstance.emit()` does the same with True.

A few thousand calls later CPython frees None or True and the program dies ("Fatal Python error:
none_dealloc" / "bool_dealloc") — at the desk that is a few signatures. CPython 3.12+ makes these
objects immortal, which hides the bug; here the same is done by hand, only when the leak is measured.
"""
from __future__ import annotations

import ctypes
import sys

_applied = False
_IMMORTAL = 1 << 40  # references that no leak can use up


def leaks() -> bool:
    """True when calling into PySide6 lowers the reference count of None or True."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(4):
        probe.setObjectName("probe")  # returns nothing
        probe.ping.emit()  # returns True
    return sys.getrefcount(None) < none_before or sys.getrefcount(True) < true_before


def apply() -> bool:
    """Make None, True and False immortal (as CPython 3.12 does) when this PySide6 needs it."""
    global _applied
    if _applied or sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return _applied
    if leaks():
        for obj in (None, True, False):
            ctypes.c_ssize_t.from_address(id(obj)).value += _IMMORTAL  # ob_refcnt is the first field
        _applied = True
    return _applied
