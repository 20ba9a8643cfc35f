"""`ikrar import-roster` as a clerk types it: --mapping inline or from a file, --fields, and every
mistake answered in one sentence naming it (exit 1 or 2), never a traceback."""
from __future__ import annotations

import json

import pytest

NIP = "198609262015051001"
FIELDS = ("nip, nik, name, front_title, back_title, gender, birth_date, category, employment_status, golongan, pangkat, "
          "position, region, unit")


@pytest.fixture
def odd(tmp_path):
    path = tmp_path / "kantor.csv"
    path.write_text(f"NOMOR;NOMOR PEGAWAI;NAMA LENGKAP PEGAWAI;KANTOR\n1;{NIP};Ahmad Yani;Kecamatan Kota\n",
                    encoding="utf-8")
    return path


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ikrar: ") and "Traceback" not in err, err
    return lines[0]


def test_unknown_headers_are_refused_with_the_columns_and_how_to_map_them(cli, odd):
    code, out, err = cli("--lang", "en", "import-roster", str(odd))
    line = one_line(err)
    assert code == 1 and "kantor.csv" in line and "NOMOR PEGAWAI, NAMA LENGKAP PEGAWAI" in line
    assert "--mapping" in line and "import-roster --fields" in line


def test_inline_json_mapping(cli, odd):
    code, out, _ = cli("--json", "import-roster", str(odd), "--mapping", '{"nip": "NOMOR PEGAWAI"}')
    data = json.loads(out)
    assert code == 0 and data["created"] == 1
    assert data["mapping"] == {"nip": "NOMOR PEGAWAI", "name": "NAMA LENGKAP PEGAWAI", "unit": "KANTOR"}


def test_mapping_from_a_file(cli, odd, tmp_path):
    (tmp_path / "kolom.json").write_text('{"nip": "Nomor Pegawai", "unit": ""}', encoding="utf-8")
    code, out, _ = cli("--json", "import-roster", str(odd), "--mapping", str(tmp_path / "kolom.json"), "--dry-run")
    data = json.loads(out)
    assert code == 0 and data["created"] == 1 and "unit" not in data["mapping"]


@pytest.mark.parametrize("mapping, said", [
    ('{"nipp": "NOMOR PEGAWAI"}', ['"nipp"', FIELDS]),
    ('{"nip": "NOMER PEGAWAI"}', ['"NOMER PEGAWAI" (nip)', "NOMOR, NOMOR PEGAWAI, NAMA LENGKAP PEGAWAI, KANTOR"]),
    ('{"nip": NOMOR}', ["not valid JSON", "line 1 column 9", '{"nip": "NOMOR PEGAWAI"']),
    ('["nip"]', ['"["nip"]" is neither a JSON object nor an existing file']),
    ("kolom.json", ['"kolom.json" is neither a JSON object nor an existing file', "--fields"]),
    ('{"nip": 5}', ['column title for "nip" must be text']),
])
def test_a_wrong_mapping_is_one_sentence_naming_it(cli, odd, mapping, said):
    code, out, err = cli("--lang", "en", "import-roster", str(odd), "--mapping", mapping)
    line = one_line(err)
    assert code == 1 and out == ""
    for text in said:
        assert text in line, line


def test_fields_lists_the_fields_in_indonesian_without_a_database(cli, tmp_path):
    code, out, _ = cli("--lang", "id", "import-roster", "--fields")
    assert code == 0 and "nip " in out and "unit kerja / OPD" in out and "jenis kelamin" in out
    assert not (tmp_path / "cli.db").exists()  # no database opened, none made


def test_fields_with_a_file_shows_what_each_column_feeds(cli, odd):
    code, out, _ = cli("--json", "import-roster", "--fields", str(odd))
    data = json.loads(out)
    assert code == 0 and len(data["fields"]) == 14
    assert {c["column"]: c["fields"] for c in data["columns"]} == {
        "NOMOR": [], "NOMOR PEGAWAI": [], "NAMA LENGKAP PEGAWAI": ["name"], "KANTOR": ["unit"]}
    assert data["columns"][0]["row_number"]
    code, out, _ = cli("--lang", "id", "import-roster", str(odd), "--fields")
    assert "nomor urut, tidak diimpor" in out and "--mapping" in out


def test_a_pdf_renamed_csv(cli, tmp_path):
    path = tmp_path / "daftar.csv"
    path.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 4)
    code, _, err = cli("--lang", "id", "import-roster", str(path))
    line = one_line(err)
    assert code == 1 and "daftar.csv" in line and "dokumen PDF" in line and line.isprintable()


def test_no_file_is_a_usage_error(cli):
    code, _, err = cli("import-roster")
    assert code == 2 and "--fields" in one_line(err)


def test_help_documents_mapping_and_fields_in_the_asked_language(cli):
    code, out, _ = cli("import-roster", "--help")
    assert code == 0 and out.startswith("cara pakai: ikrar import-roster")
    assert "--fields" in out and "--mapping JSON|BERKAS.json" in out and FIELDS in out
    assert "berkas .json" in out and " the " not in out
    code, out, _ = cli("--lang", "en", "import-roster", "--help")
    assert out.startswith("usage: ikrar import-roster") and "--mapping JSON|FILE.json" in out and FIELDS in out
