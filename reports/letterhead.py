"""The kop surat's lines as they print: which are bold and how large. Shared by the PDF kop
(reports/drawing/kop.py) and the setup's live preview (ui/dialogs/setup_preview.py), which must not
load reportlab when the window starts: so nothing here imports it."""
from __future__ import annotations


def letterhead_specs(lines: list[str]) -> list[tuple[str, bool, float]]:
    """(text, bold, size in pt) per kop line: line 1 (PEMERINTAH …) bold, line 2 (the office) larger
    bold, the rest (address) small."""
    specs = []
    for i, line in enumerate(lines):
        if i == 0:
            specs.append((line.upper(), True, 13.5 if len(lines) > 1 else 15))
        elif i == 1:
            specs.append((line.upper(), True, 15.5))
        else:
            specs.append((line, False, 9))
    return specs
