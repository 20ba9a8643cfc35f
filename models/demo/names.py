"""Made-up but realistic Indonesian names, ranks, positions and units for the demo and benchmarks."""
from __future__ import annotations

GIVEN_M = ["AHMAD", "YANI", "BUDI", "SANTOSO", "SUGENG", "RIYADI", "BAMBANG", "HERU", "AGUS", "SETIAWAN", "DWI",
           "WAHYU", "HIDAYAT", "ARIF", "RAHMAN", "EKO", "PRASETYO", "JOKO", "SUSILO", "DJOKO", "TJAHJO", "SOEHARTO",
           "SUPARMAN", "SLAMET", "HARTONO", "IRWAN", "FIRMANSYAH", "RUDI", "HARTANTO", "YUSUF", "JUSUF", "HENDRA",
           "GUNAWAN", "FAJAR", "NUGROHO", "TAUFIK", "HIDAJAT", "SJAMSUL", "CHAIRUL", "ANWAR", "DEDI", "KURNIAWAN",
           "ASEP", "SAEPUDIN", "UJANG", "CECEP", "KOMANG", "WAYAN", "NYOMAN", "KETUT", "GEDE", "PUTU", "MADE",
           "SYAFI’I", "ANDI", "AMIR", "ARIFIN", "ILHAM", "ZULKIFLI", "RIZKY", "RAMADHAN", "SAIFUL", "BAHRI", "NASRUL"]
GIVEN_F = ["SITI", "NURHALIZA", "SRI", "WAHYUNI", "DEWI", "LESTARI", "RATNA", "SARI", "ENDANG", "SUSILOWATI", "NUR",
           "AINI", "FITRI", "HANDAYANI", "RINA", "MARLINA", "YULIANA", "INDAH", "PERMATASARI", "LILIS", "SURYANI",
           "NENG", "EUIS", "KADEK", "AYU", "NI", "LUH", "DESAK", "HJ.", "ROSMAWATI", "HASNAH", "NURJANNAH", "WAHIDAH",
           "MAYA", "ANGGRAINI", "TRI", "UTAMI", "MEGA", "PUSPITA", "OEMI", "KALSOEM", "NJOMAN", "SUKMAWATI",
           "RAHMAWATI"]
FAMILY = ["SIREGAR", "NASUTION", "LUBIS", "HARAHAP", "SIMANJUNTAK", "PANJAITAN", "SITOMPUL", "MANURUNG", "TAMBUNAN",
          "PASARIBU", "WIJAYA", "KUSUMA", "PRATAMA", "SAPUTRA", "HALIM", "SALIM", "MATONDANG", "RANGKUTI", "DAULAY",
          "PUTRA", "PUTRI"]
PREFIX_M = ("", "", "", "", "", "LA ODE ", "ANDI ", "I GUSTI NGURAH ", "I KADEK ", "I MADE ", "MUH. ", "MUHAMMAD ",
            "M. ", "MOH. ", "H. ")
PREFIX_F = ("", "", "", "", "", "WA ODE ", "ANDI ", "NI KADEK ", "NI MADE ", "HJ. ", "SITI ")
FRONT = ("", "", "", "", "", "", "Drs.", "Dr.", "Ir.", "dr.", "H.", "Dra.")
BACK = ("", "", "", "S.Pd.", "S.Sos.", "SE", "S.Kom.", "S.H.", "S.Pd., M.Si.", "S.T.", "A.Md.", "S.Kep., Ns.",
        "M.M.", "S.E., M.Ak.", "S.IP")

UNITS = [
    "Sekretariat Daerah", "Sekretariat DPRD", "Inspektorat", "Badan Perencanaan Pembangunan Daerah",
    "Badan Kepegawaian dan Pengembangan SDM", "Badan Pengelolaan Keuangan dan Aset Daerah",
    "Badan Pendapatan Daerah", "Badan Kesatuan Bangsa dan Politik", "Badan Penanggulangan Bencana Daerah",
    "Dinas Pendidikan dan Kebudayaan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Perumahan dan Kawasan Permukiman", "Satuan Polisi Pamong Praja", "Dinas Sosial",
    "Dinas Tenaga Kerja", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "Dinas Ketahanan Pangan",
    "Dinas Lingkungan Hidup", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Perhubungan",
    "Dinas Komunikasi dan Informatika", "Dinas Koperasi dan UKM", "Dinas Penanaman Modal dan PTSP",
    "Dinas Kepemudaan dan Olahraga", "Dinas Pariwisata", "Dinas Pertanian", "Dinas Perikanan",
    "Kecamatan Kota", "Kecamatan Pesisir",
]
POSITIONS = ["Kepala Dinas", "Sekretaris", "Kepala Bidang", "Kepala Sub Bagian Umum", "Kepala Seksi",
             "Analis Kepegawaian", "Pranata Komputer", "Pengelola Keuangan", "Guru Ahli Pertama",
             "Perawat Terampil", "Bidan Pelaksana", "Pengadministrasi Umum", "Pengemudi", "Staf Pelaksana",
             "Penyuluh Pertanian", "Arsiparis", "Analis Kebijakan"]
GOLONGAN = [
    ("I/a", "Juru Muda"), ("I/b", "Juru Muda Tingkat I"), ("I/c", "Juru"), ("I/d", "Juru Tingkat I"),
    ("II/a", "Pengatur Muda"), ("II/b", "Pengatur Muda Tingkat I"), ("II/c", "Pengatur"),
    ("II/d", "Pengatur Tingkat I"),
    ("III/a", "Penata Muda"), ("III/b", "Penata Muda Tingkat I"), ("III/c", "Penata"), ("III/d", "Penata Tingkat I"),
    ("IV/a", "Pembina"), ("IV/b", "Pembina Tingkat I"), ("IV/c", "Pembina Utama Muda"),
    ("IV/d", "Pembina Utama Madya"), ("IV/e", "Pembina Utama"),
]
PPPK_GOLONGAN = ["V", "VII", "IX", "X", "XI"]
