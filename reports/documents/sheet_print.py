"""A worksheet ready to print as the office prints: the paper from the settings (F4 or A4), turned to
whichever way holds every column (landscape when portrait cannot), fitted to one page's width, the
column header repeated on every page, the office's margins (left 30, top 20, right 20, bottom 25 mm),
"Halaman x dari y" in the footer; and row heights for wrapped text, which no spreadsheet works out
from a file on opening (a wrapped long name printed over the next row).

Text is measured in Liberation Sans, metric-compatible with Arial, the font the cells are set in."""
from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from ikrar.reports.drawing.common import FONT

MM_PER_INCH = 25.4
MARGINS_MM = {"left": 30, "top": 20, "right": 20, "bottom": 25, "header": 8, "footer": 10}
# paperSize codes (ECMA-376 §18.3.1.63): 14 is Folio, 8.5 × 13 in, what Indonesian offices call F4;
# paperWidth/paperHeight give the exact size to readers that know them.
PAPERS = {"F4": (14, 215, 330), "A4": (9, 210, 297)}
CELL_FONT, CELL_SIZE = "Arial", 10
LINE_PT = 12.75  # a line of Arial 10: the row height spreadsheets give it
PAD_PX = 6  # a cell's inner margins, both sides together


def column_px(width: float) -> float:
    """A column width (characters of the default font's digits, 7 px each) in pixels at 96 dpi."""
    return width * 7 + 5


def columns_mm(widths: list[float]) -> float:
    return sum(column_px(w) for w in widths) * MM_PER_INCH / 96


def setup_page(ws, paper: str, widths: list[float], title_row: int) -> None:
    """Paper, orientation, fit to width, repeated header row *title_row*, margins, "Halaman x dari y"."""
    code, short, long = PAPERS.get((paper or "F4").upper(), PAPERS["F4"])
    need = columns_mm(widths)
    portrait = need <= short - MARGINS_MM["left"] - MARGINS_MM["right"]
    setup = ws.page_setup
    setup.paperSize = code
    setup.paperWidth, setup.paperHeight = f"{short}mm", f"{long}mm"
    setup.orientation = "portrait" if portrait else "landscape"
    setup.fitToWidth, setup.fitToHeight = 1, 0  # one page wide, as many pages down as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    for side, value in MARGINS_MM.items():
        setattr(ws.page_margins, side, round(value / MM_PER_INCH, 4))
    ws.print_title_rows = f"{title_row}:{title_row}"
    ws.print_options.gridLines = False
    ws.oddFooter.right.text = "Halaman &P dari &N"
    ws.oddFooter.right.size = 7


def footer(ws, text: str) -> None:
    """*text* at the left of every printed page's footer (who made it, when, the fingerprint)."""
    ws.oddFooter.left.text = text.replace("&", "&&")  # (& starts a field code)
    ws.oddFooter.left.size = 7


def lines_of(text: str, width: float, size: float = CELL_SIZE) -> int:
    """How many lines *text* takes wrapped in a column *width* characters wide (by words, a word
    longer than the line broken anywhere, as spreadsheets do)."""
    if not text:
        return 1
    room = (column_px(width) - PAD_PX) * 0.75  # points
    lines = 0
    for paragraph in str(text).split("\n"):
        if stringWidth(paragraph, FONT, size) <= room:
            lines += 1
            continue
        used, count, space = 0.0, 1, stringWidth(" ", FONT, size)
        for word in paragraph.split(" "):
            w = stringWidth(word, FONT, size)
            if used and used + space + w <= room:
                used += space + w
                continue
            if used:
                count += 1
            while w > room:  # a word wider than the column goes on over lines of its own
                w -= room
                count += 1
            used = w
        lines += count
    return lines


def row_height(cells: list[tuple[str, float]], least: float = 0.0) -> float:
    """The height (points) for a row whose wrapped cells are (text, column width) pairs."""
    lines = max((lines_of(text, width) for text, width in cells), default=1)
    return max(least, lines * LINE_PT + 2.25)
