"""QR codes for the cards, made here: the `qrcode` library takes about 3 ms a code (0.3 ms of it making
the code, the rest trying its 8 masks in pure Python), 15 of the 18 s that 5,000 cards took.

Every code a card carries fits a version-1 symbol (21 x 21 modules) at error correction level M: a NIP
(18 digits, numeric mode: up to 34) or a card code ("IKR-" + 10 capitals and digits, alphanumeric
mode: up to 20). For those this module encodes as the library does (ISO/IEC 18004), with each row and
column held as a 21-bit integer, so the 8 masks and their penalties (runs, 2 x 2 blocks, finder-like
patterns, balance; as the library scores them) are a few integer operations a line. The result is the
library's module for module (tests/test_reports_qr_code.py); anything else goes to the library.
"""
from __future__ import annotations

from functools import cache

import qrcode
from qrcode.constants import ERROR_CORRECT_M

SIZE = 21
STRIDE = 32  # each line of the symbol in a 32-bit slot of one integer (11 light bits between lines)
DATA_CODEWORDS, EC_CODEWORDS = 16, 10  # version 1-M: one block
_ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"
_ALNUM_VALUE = {c: i for i, c in enumerate(_ALNUM)}
_FULL = (1 << SIZE) - 1
_MASKS = (
    lambda i, j: (i + j) % 2 == 0, lambda i, j: i % 2 == 0, lambda i, j: j % 3 == 0,
    lambda i, j: (i + j) % 3 == 0, lambda i, j: (i // 2 + j // 3) % 2 == 0,
    lambda i, j: (i * j) % 2 + (i * j) % 3 == 0, lambda i, j: ((i * j) % 2 + (i * j) % 3) % 2 == 0,
    lambda i, j: ((i * j) % 3 + (i + j) % 2) % 2 == 0,
)


def rows_of(text: str) -> list[int]:
    """The symbol of *text* as SIZE rows, bit c of a row dark when module c is (no quiet zone)."""
    data = _codewords(text)
    if data is None:
        return _library_rows(text)
    shape = _shape()
    ec = _ec(data)
    rows = cols = 0
    for i, byte in enumerate(data + list(ec.to_bytes(EC_CODEWORDS, "big"))):
        rows |= shape.byte_rows[i][byte]
        cols |= shape.byte_cols[i][byte]
    rows |= shape.rows
    cols |= shape.cols
    scores = [_penalty(rows ^ shape.mask_rows[m], cols ^ shape.mask_cols[m]) for m in range(8)]
    chosen = scores.index(min(scores))  # the first of the lowest, as the library
    final = rows ^ shape.mask_rows[chosen] | shape.format_rows[chosen]
    return [final >> (STRIDE * r) & _FULL for r in range(SIZE)]


def modules(text: str) -> list[list[bool]]:
    """The symbol as rows of booleans (what qrcode's get_matrix() gives with border=0)."""
    rows = rows_of(text)
    return [[bool(row >> c & 1) for c in range(len(rows))] for row in rows]


def _library_rows(text: str) -> list[int]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return [sum(1 << c for c, dark in enumerate(line) if dark) for line in code.get_matrix()]


# ---- data and error correction ------------------------------------------------------------------

def _codewords(text: str) -> list[int] | None:
    """The 16 data codewords, or None when *text* needs another mode or a larger symbol."""
    if not text:
        return None
    if text.isascii() and text.isdigit() and len(text) <= 34:
        bits = [(0b0001, 4), (len(text), 10)]
        for i in range(0, len(text), 3):
            group = text[i:i + 3]
            bits.append((int(group), {3: 10, 2: 7, 1: 4}[len(group)]))
    elif len(text) <= 20 and all(c in _ALNUM_VALUE for c in text):
        bits = [(0b0010, 4), (len(text), 9)]
        for i in range(0, len(text) - 1, 2):
            bits.append((45 * _ALNUM_VALUE[text[i]] + _ALNUM_VALUE[text[i + 1]], 11))
        if len(text) % 2:
            bits.append((_ALNUM_VALUE[text[-1]], 6))
    else:
        return None
    value, length = 0, 0
    for part, width in bits:
        value, length = value << width | part, length + width
    capacity = 8 * DATA_CODEWORDS
    end = min(4, capacity - length)  # the terminator, then zeros to a whole byte
    value, length = value << end, length + end
    value, length = value << (-length % 8), length + (-length % 8)
    out = list(value.to_bytes(length // 8, "big"))
    out += [(0xEC, 0x11)[i % 2] for i in range(DATA_CODEWORDS - len(out))]
    return out


@cache
def _ec_table() -> list[int]:
    """For each feedback byte, what the generator polynomial times it adds to the 10 EC bytes (as one
    80-bit integer): GF(256) with x^8 + x^4 + x^3 + x^2 + 1, generator (x - a^0)...(x - a^9)."""
    exp, log = [0] * 510, [0] * 256
    x = 1
    for i in range(255):
        exp[i] = exp[i + 255] = x
        log[x] = i
        x = x << 1 ^ (0x11D if x & 0x80 else 0)
    gen = [1]
    for i in range(EC_CODEWORDS):
        gen = [a ^ (exp[log[b] + i] if b else 0) for a, b in zip([*gen, 0], [0, *gen], strict=True)]
    return [sum((exp[log[v] + log[g]] if v and g else 0) << (8 * (EC_CODEWORDS - 1 - j))
                for j, g in enumerate(gen[1:])) for v in range(256)]


def _ec(data: list[int]) -> int:
    """The 10 error correction codewords of *data*, as one integer (first codeword highest)."""
    table, top, full = _ec_table(), 8 * (EC_CODEWORDS - 1), (1 << 8 * EC_CODEWORDS) - 1
    rest = 0
    for byte in data:
        rest = (rest << 8 & full) ^ table[byte ^ rest >> top]
    return rest


# ---- penalties, as the library scores them --------------------------------------------------------

def _slots(bits: int) -> int:
    """*bits* (a mask within one line) repeated in every line's slot."""
    return sum(bits << (STRIDE * r) for r in range(SIZE))


_PAIRS = _slots((1 << SIZE - 1) - 1)  # bit k of a line: modules k and k + 1
_STARTS = _slots((1 << SIZE - 10) - 1)  # where an 11-module window fits
_BLOCKS = _PAIRS & ~(_FULL << STRIDE * (SIZE - 1))  # 2 x 2 blocks: not from the last line


def _lines_penalty(lines: int) -> int:
    """Runs of 5 or more alike (n - 2 each) and the finder-like windows 1011101 with 4 light modules
    before or after (40 each), over every line held in *lines*."""
    same = ~(lines ^ lines >> 1) & _PAIRS
    five = same & same >> 1 & same >> 2 & same >> 3  # bit k: a run of 5 from k
    score = five.bit_count() + 2 * (five & ~(five << 1)).bit_count()
    s = [lines >> k for k in range(11)]
    core = ~s[1] & s[4] & ~s[5] & s[6] & ~s[9] & _STARTS
    if core:
        found = core & s[0] & s[2] & s[3] & ~s[7] & ~s[8] & ~s[10]
        found |= core & ~s[0] & ~s[2] & ~s[3] & s[7] & s[8] & s[10]
        score += 40 * found.bit_count()
    return score


def _penalty(rows: int, cols: int) -> int:
    """The library's lost_point: rows and columns, 2 x 2 blocks (3 each), and the dark share."""
    below = rows >> STRIDE
    blocks = ~(rows ^ below) & ~(rows ^ rows >> 1) & ~(below ^ below >> 1) & _BLOCKS
    dark = rows.bit_count()
    return (_lines_penalty(rows) + _lines_penalty(cols) + 3 * blocks.bit_count()
            + int(abs(dark / (SIZE * SIZE) * 100 - 50) / 5) * 10)


# ---- the symbol's fixed parts --------------------------------------------------------------------

class _Shape:
    """What every version-1 symbol shares: function patterns (as rows and columns), where the data
    bits go, each mask over the data modules, and each mask's format information."""

    def __init__(self):
        dark = [[False] * SIZE for _ in range(SIZE)]
        fixed = [[False] * SIZE for _ in range(SIZE)]
        for top, left in ((0, 0), (0, SIZE - 7), (SIZE - 7, 0)):
            for r in range(-1, 8):
                for c in range(-1, 8):
                    y, x = top + r, left + c
                    if 0 <= y < SIZE and 0 <= x < SIZE:
                        fixed[y][x] = True
                        ring = max(abs(r - 3), abs(c - 3))
                        dark[y][x] = ring != 2 and ring <= 3
        for i in range(8, SIZE - 8):
            fixed[6][i] = fixed[i][6] = True
            dark[6][i] = dark[i][6] = i % 2 == 0
        self.format_places = [(i if i < 6 else i + 1 if i < 8 else SIZE - 15 + i, 8) for i in range(15)] + \
            [(8, SIZE - 1 - i if i < 8 else 15 - i if i < 9 else 14 - i) for i in range(15)]
        for r, c in [*self.format_places, (SIZE - 8, 8)]:
            fixed[r][c] = True
        self.places = self._places(fixed)
        assert len(self.places) == 8 * (DATA_CODEWORDS + EC_CODEWORDS)  # version 1 has no remainder bits
        self.rows = _lines([(r, c) for r in range(SIZE) for c in range(SIZE) if dark[r][c]], rows=True)
        self.cols = _lines([(r, c) for r in range(SIZE) for c in range(SIZE) if dark[r][c]], rows=False)
        # codeword i with value v, placed: its bits as rows and as columns (the first bit its highest)
        self.byte_rows = [_byte_table(self.places[8 * i:8 * i + 8], rows=True) for i in range(len(self.places) // 8)]
        self.byte_cols = [_byte_table(self.places[8 * i:8 * i + 8], rows=False) for i in range(len(self.places) // 8)]
        self.mask_rows, self.mask_cols, self.format_rows = [], [], []
        for m, mask in enumerate(_MASKS):
            flips = [(r, c) for r, c in self.places if mask(r, c)]
            self.mask_rows.append(_lines(flips, rows=True))
            self.mask_cols.append(_lines(flips, rows=False))
            info = _format_bits(m)
            dark_places = [p for i, p in enumerate(self.format_places) if info >> (i % 15) & 1]
            self.format_rows.append(_lines([*dark_places, (SIZE - 8, 8)], rows=True))

    @staticmethod
    def _places(fixed) -> list[tuple[int, int]]:
        """The data modules in the order bits fill them: two columns at a time, up then down."""
        places, row, step = [], SIZE - 1, -1
        for right in range(SIZE - 1, 0, -2):
            if right <= 6:
                right -= 1  # the vertical timing pattern takes column 6
            while True:
                places += [(row, c) for c in (right, right - 1) if not fixed[row][c]]
                row += step
                if not 0 <= row < SIZE:
                    row -= step
                    step = -step
                    break
        return places


def _lines(places, *, rows: bool) -> int:
    """The modules *places* as one integer of rows (or of columns), each line in its slot."""
    return sum(1 << (STRIDE * r + c if rows else STRIDE * c + r) for r, c in set(places))


def _byte_table(places, *, rows: bool) -> list[int]:
    bits = [_lines([place], rows=rows) for place in places]  # the byte's highest bit first
    table = [0] * 256
    for value in range(1, 256):
        low = value & -value
        table[value] = table[value ^ low] | bits[7 - low.bit_length() + 1]
    return table


def _format_bits(mask: int) -> int:
    """15 bits: level M (00) and the mask, BCH(15, 5), XOR 101010000010010."""
    data = mask  # level M's indicator is 00
    rest = data << 10
    for shift in range(4, -1, -1):
        if rest >> (10 + shift) & 1:
            rest ^= 0b10100110111 << shift
    return ((data << 10) | rest) ^ 0b101010000010010


@cache
def _shape() -> _Shape:
    return _Shape()
