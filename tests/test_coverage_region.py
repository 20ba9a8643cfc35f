"""A province's hub (issue 15): the whole province's roster with its region column (SIASN's INSTANSI INDUK
NAMA), OPD names repeating in every regency; coverage per region and per region and OPD, on both engines;
the CLI's --by-region / --region; a region value too long refused naming its row and column."""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pdfplumber
from openpyxl import load_workbook
from test_sync_support import pin

from ikrar.models.checkin import check_in, register_walk_in
from ikrar.models.demo.build import demo_strokes, generate_people
from ikrar.models.events import create_event, resolve_units
from ikrar.models.queries import coverage as cov
from ikrar.models.roster import import_roster
from ikrar.models.roster.headers import detect_mapping, unit_candidates
from ikrar.models.store.connection import close_database
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Employee, Unit
from ikrar.reports import api

PEND, KES = "Dinas Pendidikan", "Dinas Kesehatan"
SLEMAN, BANTUL, KOTA = "Kabupaten Sleman", "Kabupaten Bantul", "Kota Yogyakarta"
# (region as written in the file, OPD, people, how many of them sign)
PROVINCE = [(SLEMAN, PEND, 6, 3), (SLEMAN, KES, 4, 1), (BANTUL, PEND, 5, 0), (BANTUL, KES, 3, 3),
            (KOTA, PEND, 4, 0), (KOTA, KES, 2, 0), ("", PEND, 2, 1)]
HEADER = "NIP BARU,NAMA,JABATAN NAMA,UNOR NAMA,INSTANSI INDUK NAMA,INSTANSI KERJA NAMA"


def province_csv(path: Path, spacing: bool = True) -> tuple[Path, list[tuple[str, str, str]]]:
    """The province's SIASN-like export: (nip, region, OPD) of every row, in file order. The first
    Sleman row spells the region with stray spaces (the import collapses them)."""
    people = [p for p in generate_people(80, seed=15) if p["nip"]]
    assert len({p["nip"] for p in people}) == len(people) >= sum(n for _, _, n, _ in PROVINCE)
    lines, rows = [HEADER], []
    for region, unit, count, _ in PROVINCE:
        for _ in range(count):
            p = people.pop()
            written = "  Kabupaten   Sleman " if spacing and region == SLEMAN and not rows else region
            lines.append(f"{p['nip']},{p['name']},{p['position']},{unit},{written},{written}")
            rows.append((p["nip"], region, unit))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path, rows


def sign_some(rows) -> None:
    """The first k people of each (region, OPD) group sign, k as PROVINCE says."""
    pin(7, 0)
    event = create_event("Penandatanganan Pakta", date(2026, 11, 23), kind="pakta", units=resolve_units([PEND, KES]))
    done = 0
    for region, unit, _, signing in PROVINCE:
        group = [nip for nip, r, u in rows if (r, u) == (region, unit)][:signing]
        for nip in group:
            check_in(event, Employee.get(Employee.nip == nip), strokes=demo_strokes(done))
            done += 1


def figures(found) -> dict:
    return {r.region: ((r.total.employees, r.total.signed, r.total.not_signed),
                       {u.unit_name: (u.employees, u.signed, u.not_signed) for u in r.units}) for r in found}


EXPECTED = {
    BANTUL: ((8, 3, 5), {PEND: (5, 0, 5), KES: (3, 3, 0)}),
    SLEMAN: ((10, 4, 6), {PEND: (6, 3, 3), KES: (4, 1, 3)}),
    KOTA: ((6, 0, 6), {PEND: (4, 0, 4), KES: (2, 0, 2)}),
    "": ((2, 1, 1), {PEND: (2, 1, 1)}),
}


def test_siasn_and_local_headers_map_region_and_unit_apart():
    siasn = detect_mapping(HEADER.split(","))
    assert (siasn["region"], siasn["unit"]) == ("INSTANSI INDUK NAMA", "UNOR NAMA")
    assert "INSTANSI INDUK NAMA" not in unit_candidates(HEADER.split(","))  # never the unit
    local = detect_mapping(["NIP", "NAMA", "OPD", "Kabupaten/Kota", "INSTANSI"])
    assert (local["region"], local["unit"]) == ("Kabupaten/Kota", "OPD")
    assert unit_candidates(["NIP", "NAMA", "OPD", "Kabupaten/Kota", "INSTANSI"]) == ["OPD", "INSTANSI"]
    for header in ("KAB/KOTA", "KABUPATEN", "KOTA", "PEMDA", "Pemerintah Daerah", "INSTANSI DAERAH", "INSTANSI INDUK"):
        assert detect_mapping(["NIP", "NAMA", header])["region"] == header
    # INSTANSI and INSTANSI KERJA NAMA stay the unit's names
    assert detect_mapping(["NIP", "NAMA", "INSTANSI"]) == {"nip": "NIP", "name": "NAMA", "unit": "INSTANSI"}
    assert detect_mapping(["NIP", "NAMA", "INSTANSI KERJA NAMA"])["unit"] == "INSTANSI KERJA NAMA"


def test_a_province_roster_counts_per_region_and_per_region_and_opd(db, tmp_path):
    path, rows = province_csv(tmp_path / "provinsi.csv")
    report = import_roster(path)
    assert report.rejected == [] and report.created == len(rows) and report.mapping["region"] == "INSTANSI INDUK NAMA"
    assert {u.name for u in Unit.select()} == {PEND, KES}  # the same OPD names: one unit each, told apart by region
    stored = {e.region for e in Employee.select()}
    assert stored == {SLEMAN, BANTUL, KOTA, ""}  # "  Kabupaten   Sleman " collapsed, the case kept
    sign_some(rows)
    found = cov.by_region()
    assert [r.region for r in found] == [BANTUL, SLEMAN, KOTA, ""]  # by name, no region last
    assert figures(found) == EXPECTED
    assert found[1].total.signed_pct == 40.0 and found[1].units[0].signed_pct == 50.0
    assert figures(cov.by_region(BANTUL)) == {BANTUL: EXPECTED[BANTUL]}
    assert cov.has_regions() and cov.regions() == [BANTUL, SLEMAN, KOTA, ""]
    # the per-unit outputs are what they always were: the OPD across the whole roster
    summary = cov.summary()
    assert [(u.unit_name, u.employees, u.signed) for u in summary.units] == [(PEND, 17, 4), (KES, 9, 4)]
    missing = cov.not_signed(region=SLEMAN)
    assert len(missing) == 6 and {p.region for p in missing} == {SLEMAN}
    assert missing[0].to_dict()["region"] == SLEMAN


def test_importing_one_regency_again_leaves_the_others_active(db, tmp_path):
    path, rows = province_csv(tmp_path / "provinsi.csv", spacing=False)
    import_roster(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    bantul = [lines[0]] + [line for line in lines[1:] if f",{BANTUL}," in line][:-1]  # one Bantul person left
    (tmp_path / "bantul.csv").write_text("\n".join(bantul) + "\n", encoding="utf-8")
    report = import_roster(tmp_path / "bantul.csv", deactivate_missing=True)
    assert report.deactivated == 1  # Bantul's missing person, not Sleman's or the city's Dinas Kesehatan
    assert figures(cov.by_region())[SLEMAN][0][0] == 10 and figures(cov.by_region())[BANTUL][0][0] == 7


def test_a_regency_hub_without_regions_sees_what_it_always_saw(db, tmp_path):
    path = tmp_path / "kabupaten.csv"
    people = [p for p in generate_people(12, seed=3) if p["nip"]][:6]
    path.write_text("NIP;NAMA;UNIT KERJA\n" + "".join(f"{p['nip']};{p['name']};{PEND}\n" for p in people),
                    encoding="utf-8")
    import_roster(path)
    assert not cov.has_regions() and cov.regions() == [""]
    assert figures(cov.by_region()) == {"": ((6, 0, 6), {PEND: (6, 0, 6)})}
    assert "region" not in cov.not_signed()[0].to_dict()


def test_a_region_too_long_is_refused_naming_the_row_and_column(db, tmp_path):
    path, rows = province_csv(tmp_path / "provinsi.csv", spacing=False)
    lines = path.read_text(encoding="utf-8").splitlines()
    nip = lines[3].split(",")[0]
    address = "Jalan Magelang Km 10 Tridadi Sleman " * 4  # 144 characters: an address, not a regency
    lines[3] = lines[3].replace(f",{SLEMAN},", f",{address},", 1)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_roster(path)
    [refused] = report.rejected
    assert (refused.row, refused.column, refused.reason.code) == (4, "INSTANSI INDUK NAMA", "region_too_long")
    assert refused.reason.id.startswith("Nama kabupaten/kota lebih dari 100 huruf")
    assert report.created == len(rows) - 1 and not Employee.select().where(Employee.nip == nip).exists()


def test_the_cli_prints_per_region_then_per_opd_and_narrows_to_one(cli, tmp_path):
    path, rows = province_csv(tmp_path / "provinsi.csv")
    code, _, err = cli("import-roster", str(path))
    assert code == 0, err
    open_database(tmp_path / "cli.db")
    sign_some(rows)
    register_walk_in(create_event("Apel", date(2026, 11, 23)), "3201014509900001", "SITI TAMU",
                     strokes=demo_strokes(1))  # not the roster's: counted apart, in no region
    close_database()
    code, out, err = cli("coverage", "--by-region")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[1].split() == ["Kabupaten", "Bantul", "8", "3", "5", "37.5"]
    assert lines[4].split() == ["(tanpa", "wilayah)", "2", "1", "1", "50.0"]
    assert lines[5].split() == ["JUMLAH", "26", "8", "18", "30.8"]
    sleman = lines.index(SLEMAN)  # its heading, then its OPD rows under it, then its total
    assert [line.split()[-4:] for line in lines[sleman + 2:sleman + 5]] == [
        ["6", "3", "3", "50.0"], ["4", "1", "3", "25.0"], ["10", "4", "6", "40.0"]]
    assert lines[sleman + 2].startswith(f"  {PEND}") and lines[sleman + 4].startswith("  JUMLAH")
    apart = lines.index(cov.OUTSIDE_ROSTER[0] + ":")
    assert apart > sleman and lines[apart + 2].split() == ["(tanpa", "unit)", "1", "1"]
    code, out, err = cli("--json", "coverage", "--by-region")
    assert code == 0, err
    data = json.loads(out)
    assert data["outside_roster"]["total"] == {"people": 1, "signed": 1} and data["total"]["employees"] == 26
    code, out, err = cli("--json", "coverage", "--region", "kota  yogyakarta")
    assert code == 0, err
    data = json.loads(out)
    assert [r["region"] for r in data["regions"]] == [KOTA]
    assert data["regions"][0]["units"][0]["unit"] == PEND and data["regions"][0]["not_signed"] == 6
    assert data["total"]["employees"] == 6
    code, out, err = cli("coverage", "--region", SLEMAN, "--pdf", str(tmp_path / "sleman.pdf"))
    assert code == 0, err
    texts = [text for page in words_by_page(tmp_path / "sleman.pdf") for _, text in line_texts(page)]
    assert SLEMAN in texts and "Ringkasan per kabupaten/kota" not in texts  # one region: no summary of regions
    assert not any(BANTUL in t for t in texts) and any(t.startswith(f"JUMLAH {SLEMAN} 10 4 6") for t in texts)
    code, out, err = cli("coverage", "--region", "Kabupaten Gunungkidul")
    assert code != 0 and "Kabupaten Gunungkidul" in err + out and BANTUL in err + out


def words_by_page(path) -> list[list[dict]]:
    with pdfplumber.open(path) as pdf:
        return [page.extract_words(keep_blank_chars=False) for page in pdf.pages]


def line_texts(words: list[dict]) -> list[tuple[float, str]]:
    """(top, the line's text) of the words on one page, top to bottom."""
    lines: dict[int, list[dict]] = {}
    for w in words:
        lines.setdefault(round(w["top"]), []).append(w)
    return [(top, " ".join(w["text"] for w in sorted(ws, key=lambda w: w["x0"]))) for top, ws in sorted(lines.items())]


def test_the_coverage_pdf_and_workbook_group_by_region(db, tmp_path):
    path, rows = province_csv(tmp_path / "provinsi.csv")
    import_roster(path)
    sign_some(rows)
    pdf = api.coverage_not_signed(tmp_path / "cakupan.pdf", fixed_date=True).path
    lines = [text for page in words_by_page(pdf) for _, text in line_texts(page)]
    # the summary per region and the overall total
    assert any(t.startswith("2 Kabupaten Sleman 10 4 6 40,0") for t in lines), lines
    assert any(t.startswith("JUMLAH 26 8 18 30,8") for t in lines)
    # each region's heading, then its OPD rows under it, then its total
    at = {t: i for i, t in reversed(list(enumerate(lines)))}  # the first line of each text
    for region, (whole, units) in EXPECTED.items():
        name = region or "(tanpa wilayah)"
        heading = at[name]
        opd_rows = [i for i, t in enumerate(lines) if i > heading and any(
            t.startswith(f"{n} {u} {e} {s} {ns}") for n, (u, (e, s, ns)) in enumerate(units.items(), 1))]
        total = next(i for i, t in enumerate(lines) if t.startswith(f"JUMLAH {name} {whole[0]} {whole[1]} "))
        assert heading < min(opd_rows) and max(opd_rows) < total, (name, heading, opd_rows, total)
        assert len(opd_rows) >= len(units)
    # who has not signed: a heading per region above its OPD tables
    sleman_list = at["Belum tanda tangan — Kabupaten Sleman"]
    bantul_list = at["Belum tanda tangan — Kabupaten Bantul"]
    assert bantul_list < sleman_list < at["Belum tanda tangan — Kota Yogyakarta"]
    assert lines[bantul_list + 1].startswith(f"{PEND} — 5 orang")
    assert lines[sleman_list + 1].startswith(f"{PEND} — 3 orang")
    for page in words_by_page(pdf):  # no region's heading is the last line of a page: its table follows
        texts = [text for _, text in line_texts(page)]
        for i, text in enumerate(texts):
            if text.startswith("Belum tanda tangan — "):
                assert " orang" in texts[i + 1], texts
    # the workbook: the region's name above its OPD rows, its total, the overall total; a region column
    book = load_workbook(api.coverage_not_signed_xlsx(tmp_path / "cakupan.xlsx", fixed_date=True).path)
    cells = [[c for c in row if c is not None] for row in book["Cakupan"].iter_rows(values_only=True)]
    first = next(i for i, row in enumerate(cells) if row == [BANTUL])
    assert cells[first + 1][:5] == [1, PEND, 5, 0, 5] and cells[first + 2][:5] == [2, KES, 3, 3, 0]
    assert cells[first + 3][:4] == [f"JUMLAH {BANTUL}", 8, 3, 5]
    assert [row[:4] for row in cells].index(["JUMLAH SELURUH KABUPATEN/KOTA", 26, 8, 18]) > first + 3
    listed = [row for row in book["Belum TTD"].iter_rows(values_only=True) if isinstance(row[0], int)]
    assert len(listed) == 18 and [row[6] for row in listed][:5] == [BANTUL] * 5 and listed[-1][6] == "(tanpa wilayah)"


def test_a_regency_hubs_coverage_pdf_has_no_region_headings(db, tmp_path):
    path = tmp_path / "kabupaten.csv"
    people = [p for p in generate_people(12, seed=3) if p["nip"]][:6]
    path.write_text("NIP;NAMA;UNIT KERJA\n" + "".join(f"{p['nip']};{p['name']};{PEND}\n" for p in people),
                    encoding="utf-8")
    import_roster(path)
    pdf = api.coverage_not_signed(tmp_path / "cakupan.pdf", fixed_date=True).path
    lines = [text for page in words_by_page(pdf) for _, text in line_texts(page)]
    assert "Seluruh unit kerja" in lines and not any("kabupaten/kota" in t.lower() for t in lines)
