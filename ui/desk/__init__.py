"""The registration desk: scan or search a person, sign under the pact, save."""
from .pyside_fix import apply as _guard_emit

_guard_emit()  # before any widget of the desk emits a signal (see pyside_fix.py)
