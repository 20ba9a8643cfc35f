"""Writes a small SIASN-like roster as an OpenDocument spreadsheet (.ods), which Ikrar reads through
python-calamine: smoke.sh imports it with the frozen ikrar-cli.exe.   python3 roster_ods.py OUT.ods"""
import sys
import zipfile

ROWS = [
    ["NIP BARU", "NAMA", "JENIS KELAMIN", "UNOR NAMA"],
    ["199205102023211001", "I KADEK WIRA", "M", "Dinas Kesehatan"],
    ["197503152000121003", "LA ODE MUHAMMAD", "M", "Dinas Pendidikan"],
]
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
CELL = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
MIME = "application/vnd.oasis.opendocument.spreadsheet"


def write(path: str) -> None:
    body = "".join("<table:table-row>" + "".join(CELL.format(c) for c in row) + "</table:table-row>" for row in ROWS)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {NS} office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="Pegawai">{body}</table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{MIME}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), MIME)  # first and stored, as the format asks
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    write(sys.argv[1])
