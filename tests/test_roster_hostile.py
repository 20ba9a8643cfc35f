"""A roster file from outside is hostile until checked: a stray quote that swallows rows, rows in
another encoding, control characters in a cell. None of them may be stored garbled or lost without
a word: the rows concerned are refused with their number, their column and what to do, the rest is
imported, and the serial and the two-process paths give the same result."""
from __future__ import annotations

import csv
import importlib.util
import io
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_roster_bulk import dump, name_of, nip_of, notes

from ikrar.models.roster import RosterError, import_roster, pieces, pipeline
from ikrar.models.roster.hostile import bad_char
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee

_spec = importlib.util.spec_from_file_location(
    "roster_fixtures", Path(__file__).parent / "data" / "roster" / "make_fixtures.py")
fx = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(fx)

ROWS = 2000
HEADERS = fx.SIASN_HEADERS  # 64 columns; NIP BARU is the 2nd, NAMA the 4th


def siasn_row(i: int, *, quoted_titles: bool = True) -> list[str]:
    """Data row i (spreadsheet row i + 2). Every 10th person from the 4th has "S.Sos., M.Si." for
    titles, which csv.writer quotes; the others have none that need quotes."""
    row = dict.fromkeys(HEADERS, "")
    back = "S.Sos., M.Si." if quoted_titles and i % 10 == 3 else "S.Pd"
    row.update({"PNS ID": f"8ae48{i:05d}", "NIP BARU": nip_of(i), "NAMA": name_of(i), "GELAR BELAKANG": back,
                "JENIS PEGAWAI NAMA": "PNS Daerah", "JABATAN NAMA": "Staf", "UNOR NAMA": f"Dinas {i % 7}",
                "ALAMAT": f"Jl. Merdeka No. {i}", "INSTANSI KERJA NAMA": "Pemerintah Kab. Contoh"})
    return [row[h] for h in HEADERS]


def siasn_lines(n: int = ROWS, *, quoted_titles: bool = True) -> list[str]:
    """The file's lines (without line ends): the header, then n people."""
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(HEADERS)
    w.writerows(siasn_row(i, quoted_titles=quoted_titles) for i in range(n))
    return out.getvalue().split("\n")[:-1]


def write_lines(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def import_both(path: Path, tmp_path: Path, monkeypatch, before: Path | None = None, **kw):
    """(report, stored rows) through the two processes (small pieces, the worker checked to have
    started), then through the serial reader; *before*: a file imported first into both."""
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_ROWS", 0)
    monkeypatch.setattr(pieces, "PIECE", 16384)
    monkeypatch.delenv("IKRAR_IMPORT_WORKERS", raising=False)
    started = []
    real = pipeline.start_worker
    monkeypatch.setattr(pipeline, "start_worker", lambda *a: started.append(real(*a)) or started[-1])
    out = []
    for name, workers in (("p.db", None), ("s.db", "0")):
        if workers:
            monkeypatch.setenv("IKRAR_IMPORT_WORKERS", workers)
        open_database(tmp_path / name)
        try:
            if before is not None:
                import_roster(before)
            out.append((import_roster(path, **kw), dump()))
        finally:
            close_database()
    assert started and started[0] is not None  # the second process did run
    (parallel, parallel_rows), (serial, serial_rows) = out
    assert notes(parallel) == notes(serial)
    assert parallel_rows == serial_rows
    return serial, serial_rows


# --- a stray quote -----------------------------------------------------------------------------------

K = 1231  # the person whose name gets the stray quote: spreadsheet row and file line K + 2 = 1233


def stray_quote_file(path: Path, variant: str) -> Path:
    """The stray quote at the start of person K's name, which csv then reads as a quoted cell:
    - "next_quote": the next quote in the file opens K + 2's titles ("S.Sos., M.Si."), so K + 1 and
      K + 2 vanish into K's name (the 2,000-row file that lost 2 people, nothing refused);
    - "balanced": no other quotes but a second stray one after K + 2's name: well-formed CSV that
      still swallows K + 1 and K + 2;
    - "unclosed": the only quote in the file: everyone after K vanishes."""
    lines = siasn_lines(quoted_titles=variant == "next_quote")
    assert (variant != "next_quote") or '"S.Sos., M.Si."' in lines[K + 3] and '"' not in lines[K + 1] + lines[K + 2]
    lines[K + 1] = lines[K + 1].replace(f",{name_of(K)},", f',"{name_of(K)},', 1)
    if variant == "balanced":
        lines[K + 3] = lines[K + 3].replace(f",{name_of(K + 2)},", f',{name_of(K + 2)}",', 1)
    return write_lines(path, lines)


@pytest.mark.parametrize("variant", ["next_quote", "balanced", "unclosed"])
def test_a_stray_quote_refuses_the_rows_it_swallows_never_silently(tmp_path, monkeypatch, variant):
    clean = write_lines(tmp_path / "clean.csv", siasn_lines(quoted_titles=variant == "next_quote"))
    path = stray_quote_file(tmp_path / "roster.csv", variant)
    report, rows = import_both(path, tmp_path, monkeypatch, before=clean, deactivate_missing=True)
    swallowed = ROWS - K - 1 if variant == "unclosed" else 2
    assert [(r.row, r.column, r.reason.code) for r in report.rejected] == [(K + 2, "NAMA", "broken_quote")]
    why = report.rejected[0]
    assert f"{K + 2}" in why.reason.id and f"{K + 2}" in why.reason.en  # the line where the quote opens
    assert f"{K + 2 + swallowed}" in why.reason.en  # ...and the last line it took
    assert "\n" not in why.value and len(why.value) <= 100
    # nothing stored garbled, nobody lost or deactivated: the swallowed people keep what they had
    assert report.created == 0 and report.deactivated == 0
    assert report.unchanged == ROWS - 1 - swallowed
    assert all(r[13] == 1 for r in rows) and len(rows) == ROWS
    assert {r[2] for r in rows} == {name_of(i) for i in range(ROWS)}


def test_a_stray_quote_does_not_make_cutting_the_file_quadratic(tmp_path, monkeypatch):
    """After a stray quote, quote parity is wrong for the rest of the file and no cut is found: past
    MAX_RECORD bytes the pieces give up (the file is read in one go) instead of scanning the whole
    growing tail again at every read."""
    path = stray_quote_file(tmp_path / "roster.csv", "next_quote")
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[K + 3] = lines[K + 3].replace('"S.Sos., M.Si."', "S.Sos. M.Si.")  # the stray quote opens for good
    path.write_text("\n".join(lines), encoding="utf-8")
    monkeypatch.setattr(pieces, "MAX_RECORD", 64 * 1024)
    source = pieces.CsvPieces(path, "utf-8", ",", 1, None, len(HEADERS))
    source.size = 16 * 1024
    reads = []
    real = pieces._last_cut
    monkeypatch.setattr(pieces, "_last_cut", lambda data: reads.append(len(data)) or real(data))
    with pytest.raises(pieces.Unsplittable):
        list(source.pieces())
    assert max(reads) <= 64 * 1024 + 16 * 1024


def test_a_stray_quote_in_an_empty_desk_is_reported_with_what_to_do(db, tmp_path):
    report = import_roster(stray_quote_file(tmp_path / "roster.csv", "next_quote"))
    assert report.created == ROWS - 3
    assert Employee.select().where(Employee.nip.in_([nip_of(K), nip_of(K + 1), nip_of(K + 2)])).count() == 0
    (why,) = report.rejected
    assert "kutip" in why.reason.id and "quote" in why.reason.en
    assert "import again" in why.reason.en and "impor lagi" in why.reason.id


def test_only_the_broken_quote_is_refused_not_the_legitimate_ones(db, tmp_path):
    """Commas in a quoted address, an apostrophe, a quote written twice, a position on two lines,
    a quote inside an unquoted cell, a name with a comma: read as written. A quote that closes
    before its cell ends ("Adi" Saputra) refuses that row only."""
    path = tmp_path / "ok.csv"
    path.write_text(
        "NIP,NAMA,JABATAN,ALAMAT,UNIT KERJA\n"
        f'{nip_of(1)},Nur\'aini,Staf,"Jl. A, No. 1, RT 2",Dinas A\n'
        f'{nip_of(2)},"Ahmad ""Adi"" Yani",Staf,Jl. B,Dinas A\n'
        f'{nip_of(3)},Siti Aminah,"Kepala Seksi\nPelayanan","Jl. C,\nRT 3, RW 4",Dinas B\n'
        f'{nip_of(4)},Budi 5" Santoso,Staf,Jl. D,Dinas B\n'
        f'{nip_of(5)},"Yani, S.Pd",Staf,Jl. E,Dinas B\n'
        f'{nip_of(6)},"Adi" Saputra,Staf,Jl. F,Dinas B\n'
        f'{nip_of(7)},Dewi,Staf,Jl. G,Dinas B\n', encoding="utf-8")
    report = import_roster(path)
    assert report.created == 6
    # row 7 as a spreadsheet shows it (Siti's row takes three lines of the file), on line 9 of the file
    assert [(r.row, r.column, r.reason.code) for r in report.rejected] == [(7, "NAMA", "broken_quote")]
    assert "line 9 " in report.rejected[0].reason.en and "baris 9 " in report.rejected[0].reason.id
    names = {e.nip: (e.name, e.position) for e in Employee.select()}
    assert names[nip_of(1)] == ("Nur'aini", "Staf")
    assert names[nip_of(2)] == ('Ahmad "Adi" Yani', "Staf")
    assert names[nip_of(3)] == ("Siti Aminah", "Kepala Seksi Pelayanan")
    assert names[nip_of(4)] == ('Budi 5" Santoso', "Staf")
    assert names[nip_of(5)] == ("Yani, S.Pd", "Staf")
    assert names[nip_of(7)] == ("Dewi", "Staf")


def test_after_a_broken_row_the_next_rows_are_read_as_written(db, tmp_path):
    """The rest of a refused row's line is not taken for new rows: a quoted address that opens
    after the broken quote, or after a lone CR (a cell typed with CR in a file whose lines end in
    LF), belongs to the refused row."""
    path = tmp_path / "r.csv"
    path.write_bytes((
        "NIP,NAMA,ALAMAT,UNIT KERJA\n"
        f'{nip_of(1)},"Adi" Saputra,"Jl. A,\nRT 2",Dinas A\n'
        f'{nip_of(2)},Budi\rSantoso,"Jl. B,\nRT 3",Dinas A\n'
        f'{nip_of(3)},Citra,"Jl. C,\nRT 4",Dinas A\n').encode())
    report = import_roster(path)
    assert [(r.row, r.column, r.reason.code) for r in report.rejected] == [
        (2, "NAMA", "broken_quote"), (3, "NAMA", "control_char")]
    assert "line 2 " in report.rejected[0].reason.en
    assert report.rejected[1].value == "Budi\\x0dSantoso"
    assert [(e.nip, e.name) for e in Employee.select()] == [(nip_of(3), "Citra")]


# --- mixed encodings -----------------------------------------------------------------------------------

SIMPEG_HEAD = "NIP;NAMA;JABATAN;UNIT KERJA"


def test_a_utf8_row_in_a_cp1252_file_is_refused_not_stored_garbled(tmp_path, monkeypatch):
    lines = [SIMPEG_HEAD.encode()]
    for i in range(40):
        name = "Andé Ma’ruf" if i % 3 == 0 else name_of(i)
        lines.append(f"{nip_of(i)};{name} {i};Staf;Dinas Kesehatan".encode("cp1252"))
    lines[21] = f"{nip_of(20)};JOSÉ RIZAL;Staf;Dinas Kesehatan".encode()  # pasted from a UTF-8 file
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    report, rows = import_both(path, tmp_path, monkeypatch)
    assert report.encoding == "cp1252"
    assert [(r.row, r.column, r.reason.code) for r in report.rejected] == [(22, "NAMA", "mixed_encoding")]
    assert "JOS" in report.rejected[0].value
    assert report.created == 39
    stored = {r[2] for r in rows}
    assert "Andé Ma’ruf 0" in stored and not any("Ã" in n or "â€" in n for n in stored)


def test_a_cp1252_row_in_a_utf8_file_is_refused_and_the_rest_read_as_utf8(tmp_path, monkeypatch):
    lines = [SIMPEG_HEAD.encode()]
    for i in range(40):
        lines.append(f"{nip_of(i)};André Nur’aini {i};Staf;Dinas Kesehatan".encode())
    lines[11] = f"{nip_of(10)};René Saputra;Staf;Dinas Kesehatan".encode("cp1252")  # an ANSI row
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"\n".join(lines) + b"\n")
    report, rows = import_both(path, tmp_path, monkeypatch)
    assert report.encoding == "utf-8"
    assert [(r.row, r.column, r.reason.code) for r in report.rejected] == [(12, "NAMA", "not_utf8")]
    assert report.created == 39
    assert "André Nur’aini 0" in {r[2] for r in rows}
    assert not any("Ã" in r[2] or "\ufffd" in r[2] for r in rows)


# --- control characters --------------------------------------------------------------------------------

CTRL_HEAD = ["NIP", "NIK", "NAMA", "JABATAN", "UNIT KERJA", "CATATAN"]


def ctrl_file(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([CTRL_HEAD] + rows)
    return path


def plain(i: int) -> list[str]:
    return [nip_of(i), "", name_of(i), "Staf", "Dinas A", ""]


@pytest.mark.parametrize(("field", "value", "column"), [
    (2, "Ahmad\x00Yani", "NAMA"),
    (2, "Ahmad\x1bYani", "NAMA"),
    (2, "Ahmad\x7fYani", "NAMA"),
    (2, "Ahmad\x85Yani", "NAMA"),
    (2, "Ahmad\tYani", "NAMA"),
    (2, "Ahmad\nYani", "NAMA"),
    (2, "Ahmad\rYani", "NAMA"),
    (2, "Ahmad \u202einaY", "NAMA"),  # right-to-left override: shows another name
    (0, nip_of(3)[:9] + "\x00" + nip_of(3)[9:], "NIP"),
    (3, "Staf\x00", "JABATAN"),
    (4, "Dinas\x07A", "UNIT KERJA"),
])
def test_a_control_character_refuses_the_row_naming_the_column(tmp_path, monkeypatch, field, value, column):
    rows = [plain(i) for i in range(30)]
    rows[3][field] = value
    report, stored = import_both(ctrl_file(tmp_path / "c.csv", rows), tmp_path, monkeypatch)
    assert [(r.row, r.column, r.reason.code) for r in report.rejected] == [(5, column, "control_char")]
    why = report.rejected[0]
    assert column in why.reason.id and column in why.reason.en
    assert why.value.isprintable()  # shown escaped, so the report itself stays readable
    assert report.created == 29 and nip_of(3) not in {r[0] for r in stored}
    assert all(r[2].isprintable() and (r[9] or "").isprintable() for r in stored)


def test_line_breaks_and_tabs_where_a_cell_may_wrap(db, tmp_path):
    """A position or unit wrapped in Excel (Alt+Enter) is one line when stored; an unmapped column
    is not stored, so what it holds does not matter."""
    rows = [plain(i) for i in range(4)]
    rows[0][3] = "Kepala Seksi\r\nPelayanan"
    rows[1][4] = "Dinas Pendidikan,\nPemuda dan\tOlahraga"
    rows[2][5] = "catatan\x00lama"
    rows[3][2] = " Ahmad Yani\n"  # around the text: trimmed as before
    rows.append([nip_of(9), "", "Budi\tSantoso", "Staf", "Dinas A", ""])  # but not inside a name
    report = import_roster(ctrl_file(tmp_path / "c.csv", rows))
    assert report.created == 4 and [(r.row, r.column) for r in report.rejected] == [(6, "NAMA")]
    got = {e.nip: (e.name, e.position, e.unit.name) for e in Employee.select()}
    assert got[nip_of(0)][1] == "Kepala Seksi Pelayanan"
    assert got[nip_of(1)][2] == "Dinas Pendidikan, Pemuda dan Olahraga"
    assert got[nip_of(3)][0] == "Ahmad Yani"


def test_a_control_character_in_an_xlsx_cell_is_refused_too(db, tmp_path):
    path = fx.minimal_xlsx(tmp_path / "c.xlsx", [["NIP", "NAMA", "UNIT KERJA"], [nip_of(1), "Siti", "Dinas A"],
                                                 [nip_of(2), "Budi_x0000_Santoso", "Dinas A"]])
    report = import_roster(path)
    assert report.created == 1
    assert [(r.row, r.column, r.reason.code) for r in report.rejected] == [(3, "NAMA", "control_char")]


def test_a_refused_row_leaves_the_stored_person_as_it_was(db, tmp_path):
    rows = [plain(i) for i in range(10)]
    import_roster(ctrl_file(tmp_path / "a.csv", rows))
    rows[4][2] = "Nama\x00Baru"
    report = import_roster(ctrl_file(tmp_path / "b.csv", rows), deactivate_missing=True)
    assert [r.row for r in report.rejected] == [6] and report.deactivated == 0
    person = Employee.get(Employee.nip == nip_of(4))
    assert (person.name, person.active) == (name_of(4), True)
    out = report.write_csv(tmp_path / "rejected.csv")
    assert "\x00" not in out.read_text(encoding="utf-8-sig")


# --- what a csv writer writes is read back -----------------------------------------------------------

# a sample of what a stored text must not hold (csv.writer leaves a CR unquoted when its lines end in LF)
REFUSED = "\x00\x01\x1b\t\n\r\x7f\x85\ufffd\u202e"
_printable = st.one_of(st.sampled_from(list("\"',;|’éÉñ-./()")),
                       st.characters(blacklist_categories=("C", "Z"), blacklist_characters="\ufffd"))
_word = st.text(alphabet=_printable, min_size=1, max_size=8)
_any_word = st.text(alphabet=st.one_of(_printable, st.sampled_from(list(REFUSED))), min_size=1, max_size=8)
_name = st.tuples(_word, st.lists(_any_word, max_size=2), _word).map(lambda t: " ".join([t[0], *t[1], t[2]]))
_address = st.lists(st.text(alphabet=st.sampled_from(list("Jl. MerdkaRT/W\"'")), max_size=12), min_size=1,
                    max_size=3).map(",\n".join)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(_name, min_size=1, max_size=12), addresses=st.lists(_address, min_size=12, max_size=12),
       delimiter=st.sampled_from([",", ";"]), crlf=st.booleans(), bom=st.booleans())
def test_any_name_csv_writer_writes_is_imported_as_written_or_refused_with_its_row(
        db, tmp_path, names, addresses, delimiter, crlf, bom):
    """Whatever printable name csv.writer writes (quotes, apostrophes, delimiters, any script), with
    an address over several lines beside it, the row is imported and the name stored exactly as
    written; a name holding a control character (or U+FFFD, the mark of a character already lost)
    is refused with its row number and column, never stored changed."""
    text = io.StringIO(newline="")
    w = csv.writer(text, delimiter=delimiter, lineterminator="\r\n" if crlf else "\n")
    w.writerow(["NIP", "NAMA", "ALAMAT", "JABATAN", "UNIT KERJA", "STATUS", "NO HP", "KETERANGAN"])
    w.writerows([nip_of(i), name, addresses[i], "Staf", "Dinas A", "PNS", "0812", ""]
                for i, name in enumerate(names))
    path = tmp_path / "names.csv"
    path.write_bytes(text.getvalue().encode("utf-8-sig" if bom else "utf-8"))
    Employee.delete().execute()
    report = import_roster(path)
    refused = {i + 2 for i, name in enumerate(names) if any(c in REFUSED for c in name)}
    assert {(r.row, r.column) for r in report.rejected} == {(n, "NAMA") for n in refused}
    assert {r.reason.code for r in report.rejected} <= {"control_char", "lost_char"}
    stored = {e.nip: e.name for e in Employee.select()}
    assert stored == {nip_of(i): name for i, name in enumerate(names) if i + 2 not in refused}


_junk = st.lists(st.one_of(
    st.sampled_from([b'"', b'""', b",", b";", b"\n", b"\r\n", b"\r", b"\x00", b"\t", b"\x1b", b"\xc3\x89", b"\xe9",
                     b"\xe2\x80\x99", b"\x92", b"\xef\xbf\xbd", b"\xe2\x80\xae", b"Ahmad", b" ", b"'"]),
    st.just(nip_of(1).encode()), st.just(nip_of(2).encode()), st.binary(max_size=4)), max_size=40).map(b"".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(body=_junk, bom=st.booleans())
def test_whatever_follows_the_header_no_traceback_and_nothing_stored_garbled(db, tmp_path, body, bom):
    """Any bytes under a good header: the import ends with a report (or a RosterError naming the
    file), and what it stores holds no control character, U+FFFD or direction override."""
    path = tmp_path / "junk.csv"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + b"NIP,NAMA,JABATAN,UNIT KERJA\n" + body)
    Employee.delete().execute()
    try:
        report = import_roster(path)
    except RosterError as exc:
        assert str(path) in exc.text()
        return
    assert Employee.select().count() == report.created
    for e in Employee.select():
        for text in (e.name, e.position or "", e.unit.name if e.unit else ""):
            assert bad_char(text, False) is None, text
    for r in report.rejected:  # shown escaped
        assert not any(ord(c) < 32 or 127 <= ord(c) < 160 or c == "\u202e" for c in r.value), r.value
