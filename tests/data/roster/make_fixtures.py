"""Small roster files in the formats the import meets, made in code (the tests call these; run this
file to write them all into this folder for a look: `python tests/data/roster/make_fixtures.py`).

Identifiers used (all valid unless said otherwise):
  198609262015051001 PNS, male, born 1986-09-26     199001012019032002 PNS, female
  197503152000121003 PNS, male                      199205102023211001 PPPK, male
  3201234609860001   NIK, female, born 1986-09-06   3201230101950003   NIK, male, born 1995-01-01
"""
from __future__ import annotations

import csv
import zipfile
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

SIASN_HEADERS = (
    "PNS ID,NIP BARU,NIP LAMA,NAMA,GELAR DEPAN,GELAR BELAKANG,TEMPAT LAHIR ID,TEMPAT LAHIR NAMA,"
    "TANGGAL LAHIR,JENIS KELAMIN,AGAMA ID,AGAMA NAMA,JENIS KAWIN ID,JENIS KAWIN NAMA,NIK,NOMOR HP,"
    "EMAIL,EMAIL GOV,ALAMAT,NPWP NOMOR,BPJS,JENIS PEGAWAI ID,JENIS PEGAWAI NAMA,KEDUDUKAN HUKUM ID,"
    "KEDUDUKAN HUKUM NAMA,STATUS CPNS PNS,KARTU ASN VIRTUAL,NOMOR SK CPNS,TANGGAL SK CPNS,TMT CPNS,"
    "NOMOR SK PNS,TANGGAL SK PNS,TMT PNS,GOL AWAL ID,GOL AWAL NAMA,GOL AKHIR ID,GOL AKHIR NAMA,"
    "TMT GOLONGAN,MK TAHUN,MK BULAN,JENIS JABATAN ID,JENIS JABATAN NAMA,JABATAN ID,JABATAN NAMA,"
    "TMT JABATAN,TINGKAT PENDIDIKAN ID,TINGKAT PENDIDIKAN NAMA,PENDIDIKAN ID,PENDIDIKAN NAMA,"
    "TAHUN LULUS,KPKN ID,KPKN NAMA,LOKASI KERJA ID,LOKASI KERJA NAMA,UNOR ID,UNOR NAMA,"
    "INSTANSI INDUK ID,INSTANSI INDUK NAMA,INSTANSI KERJA ID,INSTANSI KERJA NAMA,"
    "SATUAN KERJA INDUK ID,SATUAN KERJA INDUK NAMA,SATUAN KERJA KERJA ID,SATUAN KERJA KERJA NAMA"
).split(",")

# (NIP BARU, NAMA, GELAR DEPAN, GELAR BELAKANG, TANGGAL LAHIR, JENIS KELAMIN, NIK, JENIS PEGAWAI NAMA,
#  GOL AKHIR NAMA, JABATAN NAMA, UNOR NAMA) -- the spreadsheet row is the index + 2
SIASN_ROWS = [
    ("198609262015051001", "AHMAD YANI", "", "S.Pd", "26-09-1986", "M", "", "PNS Daerah", "III/a",
     "Guru Ahli Pertama", "Dinas Pendidikan"),                                               # row 2
    ("199001012019032002", "SITI AMINAH", "Dr.", "S.Sos., M.Si.", "01-01-1990", "F", "3201234609860001",
     "CPNS Daerah", "III/b", "Analis Kebijakan", "Dinas Kesehatan"),                          # row 3
    ("199205102023211001", "I KADEK WIRA", "", "", "10-05-1992", "M", "", "PPPK", "IX",
     "Perawat Ahli Pertama", "Dinas Kesehatan"),                                             # row 4
    ("198613262015051001", "BULAN TIGA BELAS", "", "", "", "M", "", "PNS Daerah", "III/a",
     "Staf", "Dinas Pendidikan"),                                                            # row 5: month 13
    ("3201234609860001", "NIK DI KOLOM NIP", "", "", "", "F", "", "PNS Daerah", "",
     "Staf", "Dinas Pendidikan"),                                                            # row 6: a NIK
    ("19860926201505100", "TUJUH BELAS DIGIT", "", "", "", "M", "", "PNS Daerah", "",
     "Staf", "Dinas Pendidikan"),                                                            # row 7: 17 digits
    ("197503152000121003", "", "", "", "", "M", "", "PNS Daerah", "", "Staf", "Dinas Pendidikan"),  # row 8
    ("198609262015051001", "AHMAD YANI KEMBAR", "", "", "", "M", "", "PNS Daerah", "", "Staf",
     "Dinas Pendidikan"),                                                                    # row 9: dup of 2
    ("197503152000121003", "LA ODE MUHAMMAD", "H.", "SE", "15/03/1975", "M", "", "PNS Daerah", "IV/a",
     "Kepala Dinas", "Dinas Pendidikan"),                                                    # row 10
]
SIASN_VALID = 4  # rows 2, 3, 4, 10


def siasn_csv(path: Path, rows=SIASN_ROWS) -> Path:
    """A SIASN "Export Data ASN": UTF-8 with BOM, comma-separated, all 64 columns."""
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(SIASN_HEADERS)
        for i, (nip, name, front, back, born, sex, nik, kind, gol, pos, unor) in enumerate(rows):
            row = dict.fromkeys(SIASN_HEADERS, "")
            row.update({"PNS ID": f"8ae48{i:05d}", "NIP BARU": nip, "NAMA": name, "GELAR DEPAN": front,
                        "GELAR BELAKANG": back, "TANGGAL LAHIR": born, "JENIS KELAMIN": sex, "NIK": nik,
                        "JENIS PEGAWAI NAMA": kind, "KEDUDUKAN HUKUM NAMA": "Aktif", "STATUS CPNS PNS": "P",
                        "GOL AKHIR NAMA": gol, "JABATAN NAMA": pos, "UNOR NAMA": unor, "ALAMAT": "Jl. A, No. 1",
                        "INSTANSI KERJA NAMA": "Pemerintah Kab. Contoh",
                        "SATUAN KERJA KERJA NAMA": "Pemerintah Kab. Contoh"})
            w.writerow([row[h] for h in SIASN_HEADERS])
    return path


def simpeg_csv(path: Path) -> Path:
    """A local SIMPEG list: ';', cp1252 (é, ’), printed NIPs with spaces, PANGKAT/GOL combined,
    an honorer with only a NIK."""
    lines = [
        "NO;NIP;NIK;NAMA PEGAWAI;L/P;TGL LAHIR;PANGKAT/GOL;JABATAN;UNIT KERJA;STATUS",
        ("1;19860926 201505 1 001;;Andé Saputra;L;26/09/1986;Penata Muda, III/a;Pengelola Keuangan;"
         "Badan Kepegawaian;PNS"),
        "2;19900101 201903 2 002;;Nur’aini;P;01/01/1990;Penata Muda Tk I (III/b);Analis SDM;Badan Kepegawaian;PNS",
        "3;;3201230101950003;Joko Susilo;L;;;Pramu Kantor;Badan Kepegawaian;Honorer",
        "4;19920510 2023 2 1 1 001;;Wayan Sudira;L;;IX;Pranata Komputer;Sekretariat Daerah;PPPK",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def pipe_csv(path: Path) -> Path:
    path.write_text("NIP|NAMA|JABATAN|OPD\n198609262015051001|Ahmad Yani|Guru|Dinas Pendidikan\n"
                    "199001012019032002|Siti Aminah|Bidan|Dinas Kesehatan\n", encoding="utf-8")
    return path


def tab_csv(path: Path) -> Path:
    path.write_text("NIP\tNAMA LENGKAP\tGOL\tSKPD\n198609262015051001\tAhmad Yani\tIII/a\tDinas Pendidikan\n"
                    "199001012019032002\tSiti Aminah\tIII A\tDinas Kesehatan\n", encoding="utf-8")
    return path


def title_block_xlsx(path: Path) -> Path:
    """openpyxl: a 3-row title block, a NIP that Excel made a float, a date cell, a text NIP."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Pegawai"
    ws.append(["DAFTAR PEGAWAI"])
    ws.append(["DINAS PENDIDIKAN KABUPATEN CONTOH"])
    ws.append([])
    ws.append(["NO", "NIP", "NAMA", "TANGGAL LAHIR", "PANGKAT/GOLONGAN", "JABATAN", "UNIT KERJA"])
    ws.append([1, "198609262015051001", "Ahmad Yani", date(1986, 9, 26), "Penata Muda, III/a", "Guru",
               "Dinas Pendidikan"])                                                      # row 5
    ws.append([2, 1.98609262015051e17, "Budi Santoso", None, "III/b", "Guru", "Dinas Pendidikan"])  # row 6
    ws.append([3, "199001012019032002", "Siti Aminah", "01-01-1990", "Penata (III/c)", "Kepala Sekolah",
               "Dinas Pendidikan"])                                                      # row 7
    wb.save(path)
    return path


def minimal_xlsx(path: Path, rows: list[list], *, with_refs: bool = True, sheet: str = "Sheet1") -> Path:
    """An XLSX written by hand as Excel does (shared strings; ints as written). with_refs=False
    leaves out the cell references, which the streaming reader hands to python-calamine."""
    strings: list[str] = []
    index: dict[str, int] = {}
    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            ref = f' r="{chr(65 + c)}{r}"' if with_refs else ""
            if isinstance(value, str):
                if value not in index:
                    index[value] = len(strings)
                    strings.append(value)
                cells.append(f'<c{ref} t="s"><v>{index[value]}</v></c>')
            else:
                cells.append(f"<c{ref}><v>{value}</v></c>")
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxml'
        'formats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.'
        'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        'spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="'
        'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="'
        '/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.'
        'sharedStrings+xml"/></Types>',
        "_rels/.rels": f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxml'
        f'formats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/officeDocument" '
        'Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": f'<?xml version="1.0" encoding="UTF-8"?><workbook {ns} xmlns:r="{rel}"><sheets>'
        f'<sheet name="{escape(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://'
        f'schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{rel}/worksheet"'
        f' Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{rel}/sharedStrings" '
        'Target="sharedStrings.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": f'<?xml version="1.0" encoding="UTF-8"?><worksheet {ns}><sheetData>'
        f'{"".join(xml_rows)}</sheetData></worksheet>',
        "xl/sharedStrings.xml": f'<?xml version="1.0" encoding="UTF-8"?><sst {ns} count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>",
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in files.items():
            z.writestr(name, text)
    return path


WEB_EXPORT_ROWS = [
    ["NIP", "NAMA", "JABATAN", "SATKER"],
    [199001012019032002, "Siti Aminah", "Analis & Perencana", "Dinas Kesehatan"],  # an int, all 18 digits
    ["198609262015051001", "Ahmad Yani", "Guru", "Dinas Pendidikan"],
    [1.98609262015051e17, "Budi Santoso", "Guru", "Dinas Pendidikan"],  # Excel's float: digits lost
]


def no_columns_csv(path: Path) -> Path:
    path.write_text("NO,ALAMAT,TELEPON\n1,Jl. Merdeka,0812\n", encoding="utf-8")
    return path


def main() -> None:
    siasn_csv(HERE / "siasn_export.csv")
    simpeg_csv(HERE / "simpeg_local.csv")
    pipe_csv(HERE / "pipe.csv")
    tab_csv(HERE / "tab.txt")
    title_block_xlsx(HERE / "title_block.xlsx")
    minimal_xlsx(HERE / "web_export.xlsx", WEB_EXPORT_ROWS)
    no_columns_csv(HERE / "no_columns.csv")
    print(f"written to {HERE}")


if __name__ == "__main__":
    main()
