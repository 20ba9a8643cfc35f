<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID" sourcelanguage="en">
    <context>
        <name>Print Device Input Slot</name>
        <message>
            <source>Automatic</source>
            <translation>Otomatis</translation>
        </message>
    </context>
    <context>
        <name>Print Device Output Bin</name>
        <message>
            <source>Automatic</source>
            <translation>Otomatis</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Alias</source>
            <translation>Alias</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Drive</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Pintasan</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Tidak dikenal</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>&amp;Pilih semua</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>&amp;Naikkan</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>&amp;Turunkan</translation>
        </message>
    </context>
    <context>
        <name>QCupsJobWidget</name>
        <message>
            <source>Banner Pages</source>
            <translation>Halaman sampul</translation>
        </message>
        <message>
            <source>Billing information:</source>
            <translation>Informasi tagihan:</translation>
        </message>
        <message>
            <source>Classified</source>
            <translation>Terbatas</translation>
        </message>
        <message>
            <source>Confidential</source>
            <translation>Konfidensial</translation>
        </message>
        <message>
            <source>Day (06:00 to 17:59)</source>
            <translation>Siang (06.00 sampai 17.59)</translation>
        </message>
        <message>
            <source>End:</source>
            <translation>Akhir:</translation>
        </message>
        <message>
            <source>Hold Indefinitely</source>
            <translation>Tahan dulu</translation>
        </message>
        <message>
            <source>Job</source>
            <translation>Pekerjaan cetak</translation>
        </message>
        <message>
            <source>Job Control</source>
            <translation>Kendali pekerjaan cetak</translation>
        </message>
        <message>
            <source>Job priority:</source>
            <translation>Prioritas:</translation>
        </message>
        <message>
            <source>Night (18:00 to 05:59)</source>
            <translation>Malam (18.00 sampai 05.59)</translation>
        </message>
        <message>
            <source>None</source>
            <translation>Tidak ada</translation>
        </message>
        <message>
            <source>Print Immediately</source>
            <translation>Cetak sekarang</translation>
        </message>
        <message>
            <source>Scheduled printing:</source>
            <translation>Jadwal cetak:</translation>
        </message>
        <message>
            <source>Second Shift (16:00 to 23:59)</source>
            <translation>Sif kedua (16.00 sampai 23.59)</translation>
        </message>
        <message>
            <source>Secret</source>
            <translation>Rahasia</translation>
        </message>
        <message>
            <source>Specific Time</source>
            <translation>Waktu tertentu</translation>
        </message>
        <message>
            <source>Standard</source>
            <translation>Standar</translation>
        </message>
        <message>
            <source>Start:</source>
            <translation>Awal:</translation>
        </message>
        <message>
            <source>Third Shift (00:00 to 07:59)</source>
            <translation>Sif ketiga (00.00 sampai 07.59)</translation>
        </message>
        <message>
            <source>Top Secret</source>
            <translation>Sangat rahasia</translation>
        </message>
        <message>
            <source>Unclassified</source>
            <translation>Biasa</translation>
        </message>
        <message>
            <source>Weekend (Saturday to Sunday)</source>
            <translation>Akhir pekan (Sabtu sampai Minggu)</translation>
        </message>
    </context>
    <context>
        <name>QCupsPrinterSupport</name>
        <message>
            <source>Authentication Needed</source>
            <translation>Perlu autentikasi</translation>
        </message>
        <message>
            <source>Authentication needed to use %1 on %2.</source>
            <translation>Perlu autentikasi untuk memakai %1 di %2.</translation>
        </message>
        <message>
            <source>Authentication needed to use %1.</source>
            <translation>Perlu autentikasi untuk memakai %1.</translation>
        </message>
        <message>
            <source>Password:</source>
            <translation>Kata sandi:</translation>
        </message>
        <message>
            <source>Username:</source>
            <translation>Nama pengguna:</translation>
        </message>
    </context>
    <context>
        <name>QDialog</name>
        <message>
            <source>What's This?</source>
            <translation>Apa ini?</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
Folder tidak ditemukan.
Periksa kembali nama foldernya.</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
Berkas tidak ditemukan.
Periksa kembali nama berkasnya.</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Pilih</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Folder &amp;baru</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Buka</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Ganti nama</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>'%1' dilindungi dari perubahan.
Tetap hapus?</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>Semua berkas (*)</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Yakin ingin menghapus '%1'?</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>Ganti ke tampilan rincian</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>Ganti ke tampilan daftar</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Folder tidak dapat dihapus.</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>Buat folder baru</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Tampilan rincian</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Nama berkas:</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Berkas</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Jenis berkas:</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Pilih folder</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>Kembali</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>Maju</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>Ke folder induk</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Tampilan daftar</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>Daftar tempat dan penanda</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>Lihat di:</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Folder baru</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Folder induk</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Tempat terakhir</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Simpan sebagai</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Tampilkan </translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Tampilkan berkas &amp;tersembunyi</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>Bilah samping</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>Komputer</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Tanggal diubah</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Jenis</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Komputer Saya</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nama</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Ukuran</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Jenis</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Batal</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Tutup</translation>
        </message>
        <message>
            <source>&amp;OK</source>
            <translation>&amp;OK</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Simpan</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Tutup tanpa menyimpan</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Masukkan nilai:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>T&amp;empel</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih semua</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Tentang Qt&lt;/h3&gt;&lt;p&gt;Program ini memakai Qt versi %1.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Tentang Qt</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Sembunyikan rincian...</translation>
        </message>
        <message>
            <source>Show Details...</source>
            <translation>Tampilkan rincian...</translation>
        </message>
    </context>
    <context>
        <name>QPageSetupWidget</name>
        <message>
            <source>Custom</source>
            <translation>Khusus</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Tinggi:</translation>
        </message>
        <message>
            <source>Inches (in)</source>
            <translation>Inci (in)</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Mendatar</translation>
        </message>
        <message>
            <source>Margins</source>
            <translation>Margin</translation>
        </message>
        <message>
            <source>Millimeters (mm)</source>
            <translation>Milimeter (mm)</translation>
        </message>
        <message>
            <source>Orientation</source>
            <translation>Orientasi</translation>
        </message>
        <message>
            <source>Page Layout</source>
            <translation>Tata letak halaman</translation>
        </message>
        <message>
            <source>Page order:</source>
            <translation>Urutan halaman:</translation>
        </message>
        <message>
            <source>Page size:</source>
            <translation>Ukuran kertas:</translation>
        </message>
        <message>
            <source>Pages per sheet:</source>
            <translation>Halaman per lembar:</translation>
        </message>
        <message>
            <source>Paper</source>
            <translation>Kertas</translation>
        </message>
        <message>
            <source>Paper source:</source>
            <translation>Sumber kertas:</translation>
        </message>
        <message>
            <source>Points (pt)</source>
            <translation>Poin (pt)</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Tegak</translation>
        </message>
        <message>
            <source>Reverse landscape</source>
            <translation>Mendatar terbalik</translation>
        </message>
        <message>
            <source>Reverse portrait</source>
            <translation>Tegak terbalik</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Lebar:</translation>
        </message>
        <message>
            <source>bottom margin</source>
            <translation>margin bawah</translation>
        </message>
        <message>
            <source>left margin</source>
            <translation>margin kiri</translation>
        </message>
        <message>
            <source>right margin</source>
            <translation>margin kanan</translation>
        </message>
        <message>
            <source>top margin</source>
            <translation>margin atas</translation>
        </message>
    </context>
    <context>
        <name>QPageSize</name>
        <message>
            <source>%1 x %2 in</source>
            <translation>%1 x %2 inci</translation>
        </message>
        <message>
            <source>Custom</source>
            <translation>Khusus</translation>
        </message>
        <message>
            <source>Custom (%1CC x %2CC)</source>
            <translation>Khusus (%1CC x %2CC)</translation>
        </message>
        <message>
            <source>Custom (%1DD x %2DD)</source>
            <translation>Khusus (%1DD x %2DD)</translation>
        </message>
        <message>
            <source>Custom (%1in x %2in)</source>
            <translation>Khusus (%1 inci x %2 inci)</translation>
        </message>
        <message>
            <source>Custom (%1mm x %2mm)</source>
            <translation>Khusus (%1mm x %2mm)</translation>
        </message>
        <message>
            <source>Custom (%1pc x %2pc)</source>
            <translation>Khusus (%1pc x %2pc)</translation>
        </message>
        <message>
            <source>Custom (%1pt x %2pt)</source>
            <translation>Khusus (%1pt x %2pt)</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Tidak</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Ya</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Hentikan</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Terapkan</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Tutup</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Buang</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Bantuan</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Abaikan</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Tidak untuk se&amp;mua</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Buka</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atur ulang</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Kembalikan bawaan</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Coba lagi</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Simpan</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Simpan semua</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Ya untuk &amp;semua</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>%1 already exists.
Do you want to overwrite it?</source>
            <translation>%1 sudah ada.
Apakah Anda ingin menimpanya?</translation>
        </message>
        <message>
            <source>%1 does not follow the correct syntax. Please use ',' to separate ranges and pages, '-' to define ranges and make sure ranges do not intersect with each other.</source>
            <translation>%1 tidak mengikuti cara penulisan yang benar. Pakai ',' untuk memisahkan rentang dan halaman, '-' untuk menandai rentang, dan pastikan rentang tidak saling bertumpuk.</translation>
        </message>
        <message>
            <source>%1 is a directory.
Please choose a different file name.</source>
            <translation>%1 adalah folder.
Pilih nama berkas lain.</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>&amp;Pilihan &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>&amp;Pilihan &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>&amp;Cetak</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>Semua halaman</translation>
        </message>
        <message>
            <source>Bottom to Top, Left to Right</source>
            <translation>Bawah ke atas, kiri ke kanan</translation>
        </message>
        <message>
            <source>Bottom to Top, Right to Left</source>
            <translation>Bawah ke atas, kanan ke kiri</translation>
        </message>
        <message>
            <source>Duplex Settings Conflicts</source>
            <translation>Pengaturan cetak bolak-balik bertentangan</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>Halaman genap</translation>
        </message>
        <message>
            <source>File %1 is not writable.
Please choose a different file name.</source>
            <translation>Berkas %1 tidak dapat ditulisi.
Pilih nama berkas lain.</translation>
        </message>
        <message>
            <source>Invalid Pages Definition</source>
            <translation>Daftar halaman tidak sah</translation>
        </message>
        <message>
            <source>Left to Right, Bottom to Top</source>
            <translation>Kiri ke kanan, bawah ke atas</translation>
        </message>
        <message>
            <source>Left to Right, Top to Bottom</source>
            <translation>Kiri ke kanan, atas ke bawah</translation>
        </message>
        <message>
            <source>Local file</source>
            <translation>Berkas lokal</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>Halaman ganjil</translation>
        </message>
        <message>
            <source>Options 'Pages Per Sheet' and 'Page Set' cannot be used together.
Please turn one of those options off.</source>
            <translation>Pilihan 'Halaman per lembar' dan 'Set halaman' tidak dapat dipakai bersamaan.
Matikan salah satunya.</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Cetak</translation>
        </message>
        <message>
            <source>Print To File ...</source>
            <translation>Cetak ke berkas ...</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>Cetak ke berkas (PDF)</translation>
        </message>
        <message>
            <source>Right to Left, Bottom to Top</source>
            <translation>Kanan ke kiri, bawah ke atas</translation>
        </message>
        <message>
            <source>Right to Left, Top to Bottom</source>
            <translation>Kanan ke kiri, atas ke bawah</translation>
        </message>
        <message>
            <source>The 'From' value cannot be greater than the 'To' value.</source>
            <translation>Nilai 'Dari' tidak boleh lebih besar daripada nilai 'Sampai'.</translation>
        </message>
        <message>
            <source>There are conflicts in duplex settings. Do you want to fix them?</source>
            <translation>Ada pertentangan dalam pengaturan cetak bolak-balik. Apakah Anda ingin memperbaikinya?</translation>
        </message>
        <message>
            <source>Top to Bottom, Left to Right</source>
            <translation>Atas ke bawah, kiri ke kanan</translation>
        </message>
        <message>
            <source>Top to Bottom, Right to Left</source>
            <translation>Atas ke bawah, kanan ke kiri</translation>
        </message>
        <message>
            <source>Write PDF file</source>
            <translation>Tulis berkas PDF</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesDialog</name>
        <message>
            <source>Advanced Option Conflicts</source>
            <translation>Pilihan lanjutan bertentangan</translation>
        </message>
        <message>
            <source>Job Options</source>
            <translation>Pilihan pekerjaan cetak</translation>
        </message>
        <message>
            <source>Page Setup Conflicts</source>
            <translation>Pengaturan halaman bertentangan</translation>
        </message>
        <message>
            <source>Printer Properties</source>
            <translation>Properti printer</translation>
        </message>
        <message>
            <source>There are conflicts in page setup options. Do you want to fix them?</source>
            <translation>Ada pertentangan dalam pengaturan halaman. Apakah Anda ingin memperbaikinya?</translation>
        </message>
        <message>
            <source>There are conflicts in some advanced options. Do you want to fix them?</source>
            <translation>Ada pertentangan dalam beberapa pilihan lanjutan. Apakah Anda ingin memperbaikinya?</translation>
        </message>
    </context>
    <context>
        <name>QPrintPropertiesWidget</name>
        <message>
            <source>Advanced</source>
            <translation>Lanjutan</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <source>There are conflicts in some options. Please fix them.</source>
            <translation>Ada pertentangan dalam beberapa pilihan. Perbaiki dulu.</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>Susun per set</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>Berwarna</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>Mode warna</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>Salinan</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>Salinan:</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>Halaman ini</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>Cetak bolak-balik</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>Hitam putih</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>Jilid sisi panjang</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>Tidak</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>Pilihan</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>Pengaturan keluaran</translation>
        </message>
        <message>
            <source>Page Set:</source>
            <translation>Set halaman:</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>Halaman</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>Halaman dari</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>Cetak semua</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>Rentang cetak</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>Urutan terbalik</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Yang dipilih</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>Jilid sisi pendek</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>Tulis halaman atau rentang halaman, dipisahkan koma. Rentang ditulis dua angka dengan tanda hubung. Misalnya 3,5-7,9 mencetak halaman 3, 5, 6, 7 dan 9.</translation>
        </message>
        <message>
            <source>to</source>
            <translation>sampai</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nama:</translation>
        </message>
        <message>
            <source>Form</source>
            <translation>Formulir</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>Lokasi:</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>&amp;Berkas keluaran:</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>P&amp;roperti</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Pratinjau</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>Printer</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Jenis:</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
    </context>
    <context>
        <name>QScrollBar</name>
        <message>
            <source>Bottom</source>
            <translation>Paling bawah</translation>
        </message>
        <message>
            <source>Left edge</source>
            <translation>Tepi kiri</translation>
        </message>
        <message>
            <source>Page down</source>
            <translation>Satu halaman ke bawah</translation>
        </message>
        <message>
            <source>Page left</source>
            <translation>Satu halaman ke kiri</translation>
        </message>
        <message>
            <source>Page right</source>
            <translation>Satu halaman ke kanan</translation>
        </message>
        <message>
            <source>Page up</source>
            <translation>Satu halaman ke atas</translation>
        </message>
        <message>
            <source>Right edge</source>
            <translation>Tepi kanan</translation>
        </message>
        <message>
            <source>Scroll down</source>
            <translation>Gulir ke bawah</translation>
        </message>
        <message>
            <source>Scroll here</source>
            <translation>Gulir ke sini</translation>
        </message>
        <message>
            <source>Scroll left</source>
            <translation>Gulir ke kiri</translation>
        </message>
        <message>
            <source>Scroll right</source>
            <translation>Gulir ke kanan</translation>
        </message>
        <message>
            <source>Scroll up</source>
            <translation>Gulir ke atas</translation>
        </message>
        <message>
            <source>Top</source>
            <translation>Paling atas</translation>
        </message>
    </context>
    <context>
        <name>QUnicodeControlCharacterMenu</name>
        <message>
            <source>Insert Unicode control character</source>
            <translation>Sisipkan karakter kendali Unicode</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Salin</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>T&amp;empel</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>U&amp;langi</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>Salin alamat &amp;tautan</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Po&amp;tong</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Pilih semua</translation>
        </message>
    </context>
</TS>
