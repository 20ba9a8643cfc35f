"""reports/drawing/qr.py makes the codes the cards carry module for module as the `qrcode` library does
(the same data, error correction, placement, format bits, and the same choice among the 8 masks),
only about 40 times faster; anything it does not encode itself goes to the library."""
from __future__ import annotations

import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st
from qrcode.constants import ERROR_CORRECT_M

from ikrar.models.card_code import ALPHABET, new_codes
from ikrar.reports.drawing import qr

ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:"


def library(text: str) -> list[list[bool]]:
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(text)
    code.make(fit=True)
    return code.get_matrix()


def test_card_codes_and_nips_are_the_librarys_symbols():
    for text in [*new_codes(200), "IKR-0000000000", "IKR-ZZZZZZZZZZ", "198609262015051001", "000000000000000000",
                 "999999999999999999"]:
        assert qr.modules(text) == library(text), text
        assert len(qr.rows_of(text)) == qr.SIZE


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=1, max_size=34))
def test_any_number_that_fits_version_1(text):
    assert qr.modules(text) == library(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALNUM, min_size=1, max_size=20))
def test_any_alphanumeric_text_that_fits_version_1(text):
    assert qr.modules(text) == library(text)


@settings(max_examples=50, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_anything_else_goes_to_the_library(text):
    assert qr.modules(text) == library(text)


def test_the_alphabet_is_inside_qr_alphanumeric_mode():
    assert set("IKR-" + ALPHABET) <= set(ALNUM)
    assert qr._codewords("IKR-ABCDE12345") is not None  # version 1, made here
    assert qr._codewords("ikr-abcde12345") is None  # lower case needs byte mode: the library
