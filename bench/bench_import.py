"""Roster import benchmark: 100,000 SIASN-like rows as CSV and as XLSX, each imported into a fresh
database in its own subprocess (so the peak memory printed is that import's own). Prints figures;
asserts nothing.

    python bench/bench_import.py [--rows 100000] [--cache DIR] [--only csv|xlsx] [--repeat N] [--serial]
    python bench/bench_import.py --frozen dist/linux/Ikrar/ikrar-cli [--repeat N]   # the shipped path

--repeat N runs each import N times (each in a fresh process and database) and prints every run
and then the best and the median. --serial turns the second process off (IKRAR_IMPORT_WORKERS=0).
The peak memory printed is the importing process's (ru_maxrss); "children" is the most its child
processes (the import's worker and multiprocessing's resource tracker) held at once, sampled from
this process every 0.1 s (proportional set size; Linux only).

The generated files are cached in DIR (default: <tmp>/ikrar-bench-roster): writing 100k rows of
XLSX with openpyxl takes a minute or two.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# The SIASN "Export Data ASN" header row (kanekescom/laravel-siasn-simpeg PegawaiCsvTransformer).
SIASN_HEADERS = ["PNS ID", "NIP BARU", "NIP LAMA", "NAMA", "GELAR DEPAN", "GELAR BELAKANG", "TEMPAT LAHIR ID",
                 "TEMPAT LAHIR NAMA", "TANGGAL LAHIR", "JENIS KELAMIN", "AGAMA ID", "AGAMA NAMA", "JENIS KAWIN ID",
                 "JENIS KAWIN NAMA", "NIK", "NOMOR HP", "EMAIL", "EMAIL GOV", "ALAMAT", "NPWP NOMOR", "BPJS",
                 "JENIS PEGAWAI ID", "JENIS PEGAWAI NAMA", "KEDUDUKAN HUKUM ID", "KEDUDUKAN HUKUM NAMA",
                 "STATUS CPNS PNS", "KARTU ASN VIRTUAL", "NOMOR SK CPNS", "TANGGAL SK CPNS", "TMT CPNS", "NOMOR SK PNS",
                 "TANGGAL SK PNS", "TMT PNS", "GOL AWAL ID", "GOL AWAL NAMA", "GOL AKHIR ID", "GOL AKHIR NAMA",
                 "TMT GOLONGAN", "MK TAHUN", "MK BULAN", "JENIS JABATAN ID", "JENIS JABATAN NAMA", "JABATAN ID",
                 "JABATAN NAMA", "TMT JABATAN", "TINGKAT PENDIDIKAN ID", "TINGKAT PENDIDIKAN NAMA", "PENDIDIKAN ID",
                 "PENDIDIKAN NAMA", "TAHUN LULUS", "KPKN ID", "KPKN NAMA", "LOKASI KERJA ID", "LOKASI KERJA NAMA",
                 "UNOR ID", "UNOR NAMA", "INSTANSI INDUK ID", "INSTANSI INDUK NAMA", "INSTANSI KERJA ID",
                 "INSTANSI KERJA NAMA", "SATUAN KERJA INDUK ID", "SATUAN KERJA INDUK NAMA", "SATUAN KERJA KERJA ID",
                 "SATUAN KERJA KERJA NAMA"]

FIRST = ["Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gede", "Hendra", "Indah", "Joko", "Kadek", "Lestari",
         "Made", "Nur", "Putu", "Rahmat", "Siti", "Teguh", "Wayan", "Yuni", "Andi", "Muhammad", "Sri", "Agus", "Dian"]
LAST = ["Santoso", "Wijaya", "Pratama", "Lestari", "Saputra", "Hidayat", "Kusuma", "Rahayu", "Setiawan", "Nugroho",
        "Purnomo", "Suryani", "Hasibuan", "Siregar", "Wulandari", "Permana", "Ode", "Gunawan", "Syahputra", "Handayani"]
GOLONGAN = [f"{r}/{c}" for r in ("I", "II", "III") for c in "abcd"] + ["IV/a", "IV/b", "IV/c"]
OPD = ["Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum", "Badan Kepegawaian",
       "Sekretariat Daerah", "Inspektorat", "Bappeda", "Dinas Sosial", "Dinas Perhubungan",
       "Satpol PP"] + [f"Kecamatan {n}" for n in ("Utara", "Selatan", "Barat", "Timur", "Tengah")] + \
      [f"Dinas Nomor {i}" for i in range(1, 21)]


_SYL = ["ba", "bu", "di", "ka", "la", "ma", "na", "ni", "ra", "ri", "sa", "si", "ta", "ti", "wa", "ya", "yu", "har",
        "jo", "no", "to"]


def _syllables(rng: random.Random) -> str:
    """A made-up middle name, so that names are mostly distinct as in a real roster."""
    return "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 4))).capitalize()


def person(rng: random.Random, i: int) -> list[str]:
    """One SIASN-like row (valid NIP and NIK; _rows drops the rare repeated NIP)."""
    by, bm, bd = rng.randint(1965, 2000), rng.randint(1, 12), rng.randint(1, 28)
    female = rng.random() < 0.5
    g = "2" if female else "1"
    seq = i % 1000 or 1
    if i % 5 == 0:  # PPPK: YYYY 2 contract-digit
        middle = f"{min(by + 25, 2024)}2{1 + (i // 1000) % 9}"
        cat = "PPPK"
    else:
        middle = f"{min(by + 22 + (i // 1000) % 8, 2023)}{rng.randint(1, 12):02d}"
        cat = "PNS Daerah"
    nip = f"{by:04d}{bm:02d}{bd:02d}{middle}{g}{seq:03d}"
    nik = f"3201{rng.randint(10, 40):02d}{bd + (40 if female else 0):02d}{bm:02d}{by % 100:02d}{i % 10000:04d}"
    name = f"{rng.choice(FIRST)} {_syllables(rng)} {rng.choice(LAST)}"
    opd = OPD[i % len(OPD)]
    tmt = f"01-{middle[4:6] if cat != 'PPPK' else '01'}-{middle[:4]}"
    gol = "IX" if cat == "PPPK" else rng.choice(GOLONGAN)
    row = {h: "" for h in SIASN_HEADERS}
    row.update({
        "PNS ID": f"A8ACA7{i:010X}", "NIP BARU": nip, "NAMA": name,
        "GELAR DEPAN": rng.choice(["", "", "", "Drs.", "Dr.", "H."]),
        "GELAR BELAKANG": rng.choice(["", "S.Pd", "S.Kom", "SE", "S.Sos., M.Si."]),
        "TEMPAT LAHIR ID": f"A5E{i % 500:05d}", "TEMPAT LAHIR NAMA": rng.choice(["Bandung", "Cianjur", "Garut"]),
        "TANGGAL LAHIR": f"{bd:02d}-{bm:02d}-{by}", "JENIS KELAMIN": "F" if female else "M",
        "AGAMA ID": "1", "AGAMA NAMA": "Islam", "JENIS KAWIN ID": "2", "JENIS KAWIN NAMA": "Menikah",
        "NIK": nik, "NOMOR HP": f"08{rng.randint(10**9, 10**10 - 1)}", "EMAIL": f"pegawai{i}@example.com",
        "ALAMAT": f"Jl. Merdeka No. {i % 200}", "JENIS PEGAWAI ID": "4" if cat == "PPPK" else "1",
        "JENIS PEGAWAI NAMA": cat, "KEDUDUKAN HUKUM ID": "01", "KEDUDUKAN HUKUM NAMA": "Aktif",
        "STATUS CPNS PNS": "P", "TMT CPNS": tmt, "TMT PNS": tmt, "GOL AWAL ID": "31", "GOL AWAL NAMA": "III/a",
        "GOL AKHIR ID": "32", "GOL AKHIR NAMA": gol, "TMT GOLONGAN": tmt, "MK TAHUN": str(i % 30),
        "MK BULAN": str(i % 12), "JENIS JABATAN ID": "2", "JENIS JABATAN NAMA": "Jabatan Fungsional",
        "JABATAN ID": f"8AE{i % 300:05d}",
        "JABATAN NAMA": rng.choice(["Guru Ahli Pertama", "Pengadministrasi Umum", "Analis Kebijakan", "Perawat"]),
        "TMT JABATAN": tmt, "TINGKAT PENDIDIKAN ID": "40", "TINGKAT PENDIDIKAN NAMA": "S-1/Sarjana",
        "PENDIDIKAN ID": f"E{i % 90:04d}", "PENDIDIKAN NAMA": "S-1 Pendidikan", "TAHUN LULUS": str(by + 22),
        "LOKASI KERJA ID": "A5E1", "LOKASI KERJA NAMA": "Kab. Contoh", "UNOR ID": f"U{i % len(OPD):04d}",
        "UNOR NAMA": opd, "INSTANSI INDUK ID": "A5EB", "INSTANSI INDUK NAMA": "Pemerintah Kab. Contoh",
        "INSTANSI KERJA ID": "A5EB", "INSTANSI KERJA NAMA": "Pemerintah Kab. Contoh",
        "SATUAN KERJA INDUK ID": "A5EB", "SATUAN KERJA INDUK NAMA": "Pemerintah Kab. Contoh",
        "SATUAN KERJA KERJA ID": "A5EB", "SATUAN KERJA KERJA NAMA": "Pemerintah Kab. Contoh",
    })
    return [row[h] for h in SIASN_HEADERS]


def _rows(n: int):
    rng = random.Random(20240214)
    seen: set[str] = set()
    i = 0
    while len(seen) < n:
        i += 1
        r = person(rng, i)
        if r[1] not in seen:
            seen.add(r[1])
            yield r


def make_csv(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(SIASN_HEADERS)
        w.writerows(_rows(n))


def make_xlsx(path: Path, n: int) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data ASN")
    ws.append(["DAFTAR PEGAWAI"])
    ws.append(["PEMERINTAH KABUPATEN CONTOH"])
    ws.append([])
    ws.append(SIASN_HEADERS)
    for r in _rows(n):
        ws.append([v if v != "" else None for v in r])  # Excel leaves empty cells out
    wb.save(path)


def _children_mb(pid: int) -> float:
    """Memory (MB) of *pid*'s child processes together: proportional set size (shared pages
    counted once between processes, so a child that has just forked is not counted twice), else
    resident size; 0 where there is no /proc."""
    total = 0.0
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return 0.0
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/children") as f:
                kids = f.read().split()
        except OSError:
            continue
        for kid in kids:
            for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
                try:
                    with open(f"/proc/{kid}/{name}") as f:
                        text = f.read()
                except OSError:
                    continue
                if key in text:
                    total += int(text.split(key)[1].split()[0]) / 1024
                    break
    return total


def run_one(path: str) -> None:
    """Child process: import *path* into a fresh database and print JSON figures."""
    from ikrar.models.roster import import_roster
    from ikrar.models.store.connection import close_database
    from ikrar.models.store.opening import open_database

    with tempfile.TemporaryDirectory() as tmp:
        open_database(Path(tmp) / "bench.db")
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t0 = time.perf_counter()
        import_roster(path, dry_run=True)  # read + check + diff, nothing written
        dry = time.perf_counter() - t0
        t0 = time.perf_counter()
        report = import_roster(path)
        elapsed = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        t1 = time.perf_counter()
        again = import_roster(path)  # re-import: everything unchanged
        elapsed2 = time.perf_counter() - t1
        close_database()
    print(json.dumps({"seconds": round(elapsed, 2), "dry_seconds": round(dry, 2), "peak_mb": round(peak / 1024),
                      "base_mb": round(base / 1024), "created": report.created, "rejected": len(report.rejected),
                      "reimport_seconds": round(elapsed2, 2), "reimport_unchanged": again.unchanged}))


def run_frozen(args) -> None:
    """The frozen program as a clerk runs it: `ikrar-cli --db NEW import-roster FILE`, timed from the
    process start to its end (start-up included), and the import's own seconds as it reports them."""
    for kind in ("csv", "xlsx"):
        if args.only and kind != args.only:
            continue
        path = args.cache / f"siasn_{args.rows}.{kind}"
        if not path.exists():
            make_csv(path, args.rows) if kind == "csv" else make_xlsx(path, args.rows)
        walls, own = [], []
        for _ in range(args.repeat):
            with tempfile.TemporaryDirectory() as tmp:
                t0 = time.perf_counter()
                done = subprocess.run([str(args.frozen), "--db", str(Path(tmp) / "bench.db"), "--json",
                                       "import-roster", str(path)], capture_output=True, text=True)
                wall = time.perf_counter() - t0
            if done.returncode:
                print(done.stderr, file=sys.stderr)
                continue
            report = json.loads(done.stdout)
            walls.append(wall)
            own.append(report["seconds"])
            print(f"{kind:4s} frozen, {report['created']} created: {report['seconds']:.2f} s import "
                  f"({wall:.2f} s whole process)", flush=True)
        if walls:
            print(f"{kind:4s} frozen import: best {min(own):.2f} s, median {sorted(own)[len(own) // 2]:.2f} s; "
                  f"whole process best {min(walls):.2f} s, median {sorted(walls)[len(walls) // 2]:.2f} s "
                  f"({len(walls)} runs)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "ikrar-bench-roster")
    ap.add_argument("--only", choices=("csv", "xlsx"))
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--serial", action="store_true", help="no second process")
    ap.add_argument("--frozen", type=Path, metavar="IKRAR_CLI",
                    help="time the shipped path instead: the frozen build's ikrar-cli (packaging/linux/build.sh "
                         "writes dist/linux/Ikrar/ikrar-cli), one whole process per import")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        run_one(args.child)
        return
    if args.frozen:
        run_frozen(args)
        return
    args.cache.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, IKRAR_IMPORT_WORKERS="0") if args.serial else None
    for kind, maker in (("csv", make_csv), ("xlsx", make_xlsx)):
        if args.only and kind != args.only:
            continue
        path = args.cache / f"siasn_{args.rows}.{kind}"
        if not path.exists():
            t0 = time.perf_counter()
            maker(path.with_suffix(".part"), args.rows)
            os.replace(path.with_suffix(".part"), path)
            print(f"generated {path} in {time.perf_counter() - t0:.1f} s")
        runs = []
        for _ in range(args.repeat):
            child = subprocess.Popen([sys.executable, __file__, "--child", str(path)], stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True, env=env)
            children_mb = 0.0
            while child.poll() is None:  # sampled from here, so that the import itself is not slowed
                children_mb = max(children_mb, _children_mb(child.pid))
                time.sleep(0.1)
            stdout, stderr = child.communicate()
            if child.returncode:
                print(stderr, file=sys.stderr)
                continue
            fig = json.loads(stdout.strip().splitlines()[-1])
            fig["worker_mb"] = round(children_mb)
            runs.append(fig)
            size = path.stat().st_size / 1e6
            print(f"{kind:4s} {args.rows} rows ({size:.0f} MB): {fig['seconds']:.2f} s "
                  f"(dry run {fig['dry_seconds']:.2f} s), peak RSS {fig['peak_mb']} MB "
                  f"(after start-up {fig['base_mb']} MB; children {fig['worker_mb']} MB); created {fig['created']}, "
                  f"rejected {fig['rejected']}; re-import {fig['reimport_seconds']:.2f} s "
                  f"({fig['reimport_unchanged']} unchanged)", flush=True)
        if len(runs) > 1:
            for key, label in (("seconds", "import"), ("dry_seconds", "dry run"), ("reimport_seconds", "re-import")):
                values = sorted(r[key] for r in runs)
                print(f"{kind:4s} {label}: best {values[0]:.2f} s, median {values[len(values) // 2]:.2f} s "
                      f"({len(values)} runs)")


if __name__ == "__main__":
    main()
