"""Search latency on a 100,000-person roster: python bench/bench_search.py [--people N] [--queries N]

Targets: find_by_code p99 <= 1 ms, search p99 <= 5 ms, the one-typo fallback p99 <= 30 ms. Also
count(), which the desk runs a frame after showing a full list ("the first 20 of N"), and how the
hits of each kind of query were found (models/search/match.py).
Prints figures only; timings are never asserted.
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

from ikrar.models.desk import local_desk
from ikrar.models.search.fold import fold_name, fold_query
from ikrar.models.search.lookup import count, find_by_code, search
from ikrar.models.store.connection import close_database, db
from ikrar.models.store.opening import open_database
from ikrar.models.store.schema import Event


def _words(text: str) -> list[str]:
    return text.split()


# Given and family names by region, most common first (weights fall off along each list).
JAVANESE = _words("""Agus Budi Joko Slamet Bambang Sri Eko Dwi Tri Wahyu Sutrisno Widodo Santoso Hartono
Susanto Setiawan Prasetyo Nugroho Kurniawan Wibowo Haryanto Sugiarto Suparman Sumarni Suwarni Endang
Yuliani Puji Lestari Ratna Dewi Indah Retno Sulistyowati Suyanto Mulyadi Mulyono Sukirno Darmawan
Yulianto Heru Rahayu Wulandari Purnomo Suharto Cahyo Sukarno Handayani Kusuma Utami Wijaya Supriyadi
Sunarto Suyatno Triyono Subagyo Purwanto Hadi Edi Teguh Yudi Suryadi Gunawan Priyanto Cahyono""")
SUNDANESE = _words("""Asep Ujang Dadang Cecep Euis Neneng Yayan Iis Ade Dede Entis Engkus Nana Nunung Yeti Rudi
Hendra Iwan Tatang Aep Oman Komarudin Saepudin Sopyan Rohmat Sutisna Sumpena Permana Kusnadi Ruhiyat
Yayat Dedi Deden Enung Cucu Imas Nining Tuti Yuyun Kokom Encep Jajang Ujang Mamat""")
BUGIS = _words("""Baso Besse Tenri Syamsul Rahman Ridwan Basri Nurdin Hasanuddin Arifin Jusman Syahrir
Amiruddin Sudirman Kamaruddin Mappiasse Tajuddin Jumriah Nurhayati Hasnah Rosmiati Sitti Sainal
Mustari Baharuddin Jumardi Nasaruddin Syarifuddin Muliati Hasmawati Nurjannah Haerul Asri""")
BALINESE = _words("""Suardana Sudarma Artawan Sukadana Mahendra Wirawan Suarjana Adnyana Astawa Widiastuti
Wahyuni Ariani Suryani Sutama Wiratama Budiarta Sudiarta Mertayasa Widnyana Yasa Parwati Sukerti
Sumerta Darmayasa Antara Semara Putra Putri Dewi Ayu""")
MALAY = _words("""Syafi'i Zainal Abidin Zulkifli Rusli Hasan Husin Effendi Harahap Siregar Nasution Lubis
Syahputra Rahmat Fauzi Irwan Yusuf Khairul Anwar Azhar Zulfikar Rizal Fitri Yusnidar Nurlela Ramlah
Rosmawati Yuliana Marlina Darmawati Hidayat Hakim Ismail Ibrahim Bahri Arif Hamid Mahmud Ma'ruf Umar
Usman Ali Abdullah Aziz Fatimah Aminah Hasanah Hidayah Rahmawati Nurul Junaidi Jamaluddin Chairani""")
ARABIC_FIRST = ["MUHAMMAD", "MUH.", "MOH.", "MOCHAMMAD", "M.", "MHD.", "AHMAD", "ABDUL", "NUR", "SITI", "NURUL"]
BALI_PREFIX = ["I MADE", "I WAYAN", "I NYOMAN", "I KETUT", "I PUTU", "I KADEK", "I KOMANG", "NI MADE",
               "NI LUH", "NI PUTU", "NI WAYAN", "I GUSTI NGURAH", "I GUSTI AYU", "ANAK AGUNG", "IDA BAGUS"]
REGIONS = [(JAVANESE, [], 0.35), (SUNDANESE, [], 0.15), (BUGIS, ["ANDI"], 0.14),
           (BALINESE, BALI_PREFIX, 0.08), (MALAY, [], 0.18), (BUGIS + MALAY, ["LA ODE", "WA ODE", "LM."], 0.10)]
FRONT = ["Drs.", "Dra.", "Dr.", "Ir.", "H.", "Hj.", "dr.", "Drs. H.", "Dr. Ir."]
BACK = [", S.Pd.", ", S.Sos", ", SE", ", S.E.", ", M.Si.", ", S.Kep., Ns", ", A.Md", ", S.H., M.H.",
        ", S.Pd., M.Pd.", ", ST", ", S.Kom", ", SKM", ", S.IP", " S.Pd", " SE", " S. Sos"]
UNITS = ["Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat", "BKPSDM", "BAPPEDA", "BPKAD",
         "Dinas Pendidikan", "Dinas Kesehatan", "RSUD", "Dinas PUPR", "Dinas Sosial", "Dinas Perhubungan",
         "Dinas Pertanian", "Dinas Kominfo", "Satpol PP", "BPBD", "Dinas Dukcapil", "DPMPTSP",
         "Dinas Lingkungan Hidup", "Dinas Pariwisata"] + [f"Kecamatan {n}" for n in _words(
    "Kota Utara Selatan Barat Timur Tengah Pesisir Gunung Lembah Sungai Danau Bukit Pantai Hilir Hulu Raya Baru")]


def _weighted(words: list[str]) -> tuple[list[str], list[float]]:
    return words, [1 / (i + 1) ** 0.8 for i in range(len(words))]


def old_spelling(word: str) -> str:
    for new, old in (("j", "dj"), ("c", "tj"), ("ny", "nj"), ("sy", "sj"), ("kh", "ch"), ("y", "j"), ("u", "oe")):
        word = word.replace(new, old).replace(new.upper(), old.upper())
    return word


def make_name(rng: random.Random) -> str:
    words, prefixes, _ = rng.choices(REGIONS, weights=[r[2] for r in REGIONS])[0]
    pool, weights = _weighted(words)
    parts = []
    if prefixes and rng.random() < 0.6:
        parts.append(rng.choice(prefixes))
    elif rng.random() < 0.18:
        parts.append(rng.choice(ARABIC_FIRST))
    parts += rng.choices(pool, weights=weights, k=rng.choice([1, 2, 2, 2, 3]))
    old = rng.random() < 0.15
    parts = [old_spelling(p) if old else p for p in parts]
    name = " ".join(parts).upper()
    if rng.random() < 0.003:
        name = " ".join(name.replace(" ", ""))  # letter-spaced
    if rng.random() < 0.04:
        name = name.title().replace("’", "'")
    if rng.random() < 0.02:
        name = name.replace("'", "’")
    if rng.random() < 0.15:
        name = f"{rng.choice(FRONT)} {name}"
    if rng.random() < 0.35:
        name += rng.choice(BACK)
    return name


def make_nip(rng: random.Random, used: set[str]) -> str:
    while True:
        born = date(rng.randint(1962, 2000), rng.randint(1, 12), rng.randint(1, 28))
        year = min(2024, born.year + rng.randint(21, 35))
        if rng.random() < 0.8:
            nip = f"{born:%Y%m%d}{year}{rng.randint(1, 12):02d}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"
        else:  # PPPK: TMT year, 2, contract digit, gender, sequence
            nip = f"{born:%Y%m%d}{year}2{rng.randint(1, 9)}{rng.randint(1, 2)}{rng.randint(1, 999):03d}"
        if nip not in used:
            used.add(nip)
            return nip


def build(path: Path, people: int, rng: random.Random) -> tuple[list[tuple[str, str]], str]:
    open_database(path)
    used: set[str] = set()
    rows = []
    for i in range(people):
        name = make_name(rng)
        rows.append((make_nip(rng, used), name, rng.randint(1, len(UNITS)), int(rng.random() > 0.03), i,
                     fold_name(name)))
    with db.atomic():
        db.obj.cursor().executemany('INSERT INTO unit (name, sort_order) VALUES (?, 0)', [(u,) for u in UNITS])
        db.obj.cursor().executemany(
            "INSERT INTO employee (nip, name, front_title, back_title, category, golongan, pangkat, position,"
            " unit_id, active, roster_order, is_walk_in, search_key)"
            " VALUES (?, ?, '', '', 'PNS', 'III/a', 'Penata Muda', 'Pelaksana', ?, ?, ?, 0, ?)",
            rows,
        )
    now = "2026-11-23T07:00:00.000+07:00"
    event = Event.create(title="Apel", date=date(2026, 11, 23), created_at=now, updated_at=now)
    desk = local_desk().id
    with db.atomic():
        db.obj.cursor().executemany(
            "INSERT INTO attendance (id, event_id, employee_id, status, recorded_at, recorded_utc, desk_id,"
            " method, late, note) VALUES (?, ?, ?, 'H', ?, ?, ?, 'search', 0, '')",
            [(f"a{i}", event.id, i, now, now, desk) for i in rng.sample(range(1, people + 1), 3000)],
        )
    db.execute_sql("PRAGMA optimize")
    return [(r[0], r[1]) for r in rows], event.id


def typed_name(name: str) -> str:
    """The name as someone at the desk would type it: no titles, lower case."""
    name = name.split(",")[0]
    for t in FRONT:
        if name.startswith(t + " "):
            name = name[len(t) + 1:]
    return name.lower()


def one_typo(rng: random.Random, text: str) -> str:
    letters = [i for i, c in enumerate(text) if c.isalpha()]
    i = rng.choice(letters[1:-1])
    kind = rng.choice(["sub", "ins", "del", "swap"])
    c = rng.choice("abcdefghijklmnopqrstuvwxyz")
    if kind == "sub":
        return text[:i] + c + text[i + 1:]
    if kind == "ins":
        return text[:i] + c + text[i:]
    if kind == "del":
        return text[:i] + text[i + 1:]
    return text[:i] + text[i + 1] + text[i] + text[i + 2:] if i + 1 < len(text) else text[:i] + c


def word_queries(rng, roster, n, length):
    out = []
    while len(out) < n:
        words = typed_name(rng.choice(roster)[1]).split()
        word = rng.choice(words)
        if len(fold_name(word)) >= length:
            out.append(word[:length])
    return out


def timed(fn, queries, clock=time.perf_counter) -> list[float]:
    for q in queries[:20]:
        fn(q)  # warm the page cache and the statement cache
    times = []
    for q in queries:
        start = clock()
        fn(q)
        times.append((clock() - start) * 1000)
    return times


def row(label: str, times: list[float], target: float | None) -> str:
    cuts = statistics.quantiles(times, n=100, method="inclusive")
    p99 = cuts[98]
    mark = "" if target is None else ("ok" if p99 <= target else "OVER")
    return f"{label:<40}{statistics.median(times):>8.2f}{p99:>9.2f}{max(times):>9.2f}  {target or '':>6} {mark}"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--cpu", action="store_true", help="time CPU used, not wall time (a busy machine)")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter
    rng = random.Random(20241127)
    n = args.queries
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        roster, event_id = build(Path(tmp) / "bench.db", args.people, rng)
        print(f"roster: {len(roster):,} people built in {time.perf_counter() - start:.1f} s")
        print("sample names:", "; ".join(r[1] for r in roster[:8]))

        def find(text):
            return search(text, event_id=event_id)

        nips = [nip for nip, _ in rng.sample(roster, n)]
        typos = []
        active = {nip for (nip,) in db.execute_sql("SELECT nip FROM employee WHERE active = 1")}
        while len(typos) < n:
            nip, name = rng.choice(roster)
            text = typed_name(name)
            if nip not in active or len(fold_name(text)) < 7:
                continue
            typo = one_typo(rng, text)
            if not fold_query(typo) or len(fold_query(typo)[0]) < 6:
                continue
            typos.append((typo, fold_name(name)))
        suites = [
            ("1 letter", find, word_queries(rng, roster, n, 1), 5),
            ("2 letters", find, word_queries(rng, roster, n, 2), 5),
            ("3 letters", find, word_queries(rng, roster, n, 3), 5),
            ("6 letters", find, word_queries(rng, roster, n, 6), 5),
            ("full name (+ typo fallback: < 20 hits)", find, [typed_name(rng.choice(roster)[1]) for _ in range(n)], 30),
            ("NIP lookup (find_by_code)", find_by_code, nips, 1),
            ("NIP lookup, missing", find_by_code, [str(int(x) + 7)[:18] for x in nips], 1),
            ("NIP prefix 8 digits", find, [x[:8] for x in nips], 5),
            ("NIP prefix '19860926 2015'", find, [f"{x[:8]} {x[8:12]}" for x in nips], 5),
            ("NIP substring 6 digits", find, [x[8:14] for x in nips], 5),
            ("one typo (name with 1 edit)", find, [t for t, _ in typos], 30),
            ("count() (first 20 of N), 3 letters", count, word_queries(rng, roster, n, 3), None),
            ("count(), 6 letters", count, word_queries(rng, roster, n, 6), None),
        ]
        heading = "query (" + str(n) + " each, ms" + (" CPU" if args.cpu else "") + ")"
        print(f"\n{heading:<40}{'p50':>8}{'p99':>9}{'max':>9}  {'target':>6}")
        for label, fn, queries, target in suites:
            print(row(label, timed(fn, queries, clock), target))
        found = 0
        for typo, key in typos:  # the roster repeats names: look for the name, not the person
            found += any(fold_name(h.display_name) == key for h in search(typo, limit=20))
        print(f"\none typo: the intended name in the first 20 for {found}/{len(typos)} queries"
              " (a miss: a typo that folds to two edits, e.g. 'Mhd.' -> 'Mdh.')")
        for label, fn, queries, _target in suites:
            if fn is find:
                kinds = Counter(h.found for q in queries[:100] for h in search(q))
                first = Counter(("chosen" if hits[0].trusted else "not chosen") for q in queries[:100]
                                if (hits := search(q)))
                print(f"found by, {label:<38} {dict(kinds.most_common())}  first row: {dict(first)}")
        close_database()


if __name__ == "__main__":
    main()
