<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name>AbsenceDialog</name>
    <message>
        <source>Mark absence</source>
        <translation>Tandai tidak hadir</translation>
    </message>
    <message numerus="yes">
        <source>Absence code for %n person(s): {names}</source>
        <translation>
            <numerusform>Kode ketidakhadiran untuk %n orang: {names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Note (e.g. the letter&apos;s number), optional:</source>
        <translation>Keterangan (misalnya nomor surat), boleh dikosongkan:</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Tandai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>AttendanceView</name>
    <message>
        <source>← Back (Esc)</source>
        <translation>← Kembali (Esc)</translation>
    </message>
    <message>
        <source>Search name, NIP, position or unit (Ctrl+F)</source>
        <translation>Cari nama, NIP, jabatan, atau unit kerja (Ctrl+F)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Signed or not</source>
        <translation>Sudah/belum tanda tangan</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Sudah tanda tangan</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Belum tanda tangan</translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>Mark absence… (Ctrl+M)</source>
        <translation>Tandai tidak hadir… (Ctrl+M)</translation>
    </message>
    <message>
        <source>S, I, C, DL or TK for the people selected in the list</source>
        <translation>S, I, C, DL, atau TK untuk pegawai yang dipilih dalam daftar</translation>
    </message>
    <message>
        <source>Register walk-in… (Ctrl+N)</source>
        <translation>Catat peserta di luar daftar… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Refresh (F5)</source>
        <translation>Muat ulang (F5)</translation>
    </message>
    <message>
        <source>Attendance list: {title}</source>
        <translation>Daftar hadir: {title}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>The attendance list could not be read</source>
        <translation>Daftar hadir tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Showing {shown} of {total}</source>
        <translation>Ditampilkan {shown} dari {total}</translation>
    </message>
    <message>
        <source>Select one or more people in the list first.</source>
        <translation>Pilih dulu satu orang atau lebih dalam daftar.</translation>
    </message>
    <message>
        <source>The people selected are present; an absence code is only for people not present.</source>
        <translation>Pegawai yang dipilih sudah hadir; kode ketidakhadiran hanya untuk yang tidak hadir.</translation>
    </message>
    <message>
        <source>The absence was not saved</source>
        <translation>Ketidakhadiran tidak tersimpan</translation>
    </message>
    <message numerus="yes">
        <source>{code} marked for %n person(s).</source>
        <translation>
            <numerusform>{code} dicatat untuk %n orang.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already present: not changed.</source>
        <translation>
            <numerusform>%n orang sudah hadir: tidak diubah.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} is recorded as present.</source>
        <translation>{name} tercatat hadir.</translation>
    </message>
    <message>
        <source>{name} was already recorded at {time}; nothing was added.</source>
        <translation>{name} sudah tercatat pukul {time}; tidak ada yang ditambahkan.</translation>
    </message>
    <message>
        <source>Expected {expected} · present {present} · signed {signed} · not signed {not_signed} · late {late} · {codes}</source>
        <translation>Wajib hadir {expected} · hadir {present} · sudah tanda tangan {signed} · belum {not_signed} · terlambat {late} · {codes}</translation>
    </message>
</context>
<context>
    <name>CameraDialog</name>
    <message>
        <source>Read a QR code with the camera</source>
        <translation>Baca kode QR dengan kamera</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Menyalakan kamera…</translation>
    </message>
    <message>
        <source>Hold the QR code or barcode in front of the camera.</source>
        <translation>Arahkan kode QR atau barcode ke depan kamera.</translation>
    </message>
    <message>
        <source>This code holds no NIP or NIK.</source>
        <translation>Kode ini tidak berisi NIP atau NIK.</translation>
    </message>
</context>
<context>
    <name>CampaignCoverageBox</name>
    <message>
        <source>Coverage against a campaign&apos;s deadline</source>
        <translation>Cakupan terhadap tenggat kampanye</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Kampanye:</translation>
    </message>
    <message>
        <source>No employee list imported: coverage counts the employee list imported into this database.</source>
        <translation>Daftar pegawai belum diimpor: cakupan dihitung dari daftar pegawai yang diimpor di basis data ini.</translation>
    </message>
    <message>
        <source>Choose a unit to see who has not signed by the deadline.</source>
        <translation>Pilih unit untuk melihat siapa yang belum tanda tangan sampai tenggat.</translation>
    </message>
    <message>
        <source>{unit}: {count} not signed by the deadline</source>
        <translation>{unit}: {count} belum tanda tangan sampai tenggat</translation>
    </message>
    <message>
        <source>late: {when}</source>
        <translation>terlambat: {when}</translation>
    </message>
    <message>
        <source>Deadline: end of {day} on each event&apos;s clock.</source>
        <translation>Tenggat: akhir {day} menurut jam masing-masing acara.</translation>
    </message>
    <message>
        <source>No campaign yet: make one with &apos;New campaign…&apos;, or merge the files of its events.</source>
        <translation>Belum ada kampanye: buat dengan &apos;Kampanye baru…&apos;, atau gabungkan berkas acara-acaranya.</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Kampanye baru…</translation>
    </message>
    <message>
        <source>Follow-up event…</source>
        <translation>Acara susulan…</translation>
    </message>
    <message>
        <source>An event of the chosen campaign for the people of chosen units who have not signed yet</source>
        <translation>Acara kampanye terpilih untuk pegawai unit-unit pilihan yang belum tanda tangan</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Save XLSX…</source>
        <translation>Simpan XLSX…</translation>
    </message>
    <message>
        <source>Follow-up event &apos;{title}&apos; made: {count} people expected.</source>
        <translation>Acara susulan &apos;{title}&apos; dibuat: {count} orang diharapkan hadir.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Workbook (*.xlsx)</source>
        <translation>Buku kerja (*.xlsx)</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Sedang menulis…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Tertulis: {path}</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Gagal.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Signed: by the deadline. Late: signed only after it. Not yet: not signed at all. The list under it: everyone not signed by the deadline (the late ones included).</source>
        <translation>Sudah: sampai tenggat. Terlambat: baru menandatangani setelahnya. Belum: sama sekali belum menandatangani. Daftar di bawahnya: semua yang belum menandatangani sampai tenggat (termasuk yang terlambat).</translation>
    </message>
    <message>
        <source>Change campaign…</source>
        <translation>Ubah kampanye…</translation>
    </message>
    <message>
        <source>Who had not signed by the chosen campaign&apos;s deadline, per unit: all units or those you choose</source>
        <translation>Siapa yang belum tanda tangan sampai tenggat kampanye yang dipilih, per unit: semua unit atau unit yang Anda pilih</translation>
    </message>
    <message>
        <source>Change the chosen campaign&apos;s name, deadline or pact text</source>
        <translation>Ubah nama, tenggat, atau teks pakta kampanye yang dipilih</translation>
    </message>
    <message>
        <source>This campaign was made by another desk: only that desk can change it (its changes come with its files).</source>
        <translation>Kampanye ini dibuat oleh meja lain: hanya meja itu yang dapat mengubahnya (perubahannya datang lewat berkasnya).</translation>
    </message>
    <message>
        <source>Campaign &apos;{name}&apos; saved; its changes go with this desk&apos;s next files.</source>
        <translation>Kampanye &apos;{name}&apos; disimpan; perubahannya ikut dalam berkas meja ini berikutnya.</translation>
    </message>
</context>
<context>
    <name>CampaignCoverageModel</name>
    <message>
        <source>Unit (OPD)</source>
        <translation>Unit (OPD)</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(tanpa unit)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>% signed</source>
        <translation>% sudah</translation>
    </message>
</context>
<context>
    <name>ClockBanner</name>
    <message>
        <source>This computer&apos;s clock looks wrong: it says {now}. Set the correct date and time before checking anyone in.</source>
        <translation>Jam komputer ini tampaknya salah: menunjukkan {now}. Atur tanggal dan jam yang benar sebelum mencatat kehadiran.</translation>
    </message>
    <message>
        <source>This computer&apos;s date ({today}) is not the date of the event ({date}). Check the date and time on this computer: late marks depend on it.</source>
        <translation>Tanggal komputer ini ({today}) bukan tanggal acara ({date}). Periksa tanggal dan jam komputer: tanda terlambat bergantung padanya.</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone ({offset}) is not the event&apos;s ({tz}): check the time zone setting.</source>
        <translation>Zona waktu komputer ini ({offset}) berbeda dengan zona acara ({tz}): periksa pengaturan zona waktu.</translation>
    </message>
    <message>
        <source>Hide this warning</source>
        <translation>Sembunyikan peringatan ini</translation>
    </message>
</context>
<context>
    <name>CloseEventDialog</name>
    <message>
        <source>Close the event</source>
        <translation>Tutup acara</translation>
    </message>
    <message>
        <source>Close {event}?</source>
        <translation>Tutup {event}?</translation>
    </message>
    <message>
        <source>No desk will take a check-in or a signature for it any more. What is recorded stays: the lists, reports and sync files can still be made. An admin can reopen it.</source>
        <translation>Tidak ada meja yang akan mencatat kehadiran atau tanda tangan untuk acara ini lagi. Yang sudah tercatat tetap tersimpan: daftar hadir, laporan, dan berkas sinkronisasi tetap dapat dibuat. Admin dapat membukanya kembali.</translation>
    </message>
    <message>
        <source>Reopen the event</source>
        <translation>Buka kembali acara</translation>
    </message>
    <message>
        <source>Reopen {event}?</source>
        <translation>Buka kembali {event}?</translation>
    </message>
    <message>
        <source>The desks will take check-ins and signatures for it again.</source>
        <translation>Meja registrasi akan kembali mencatat kehadiran dan tanda tangan untuk acara ini.</translation>
    </message>
    <message>
        <source>Admin PIN:</source>
        <translation>PIN admin:</translation>
    </message>
    <message>
        <source>No admin PIN is set (Settings): anyone at this computer can close or reopen an event.</source>
        <translation>PIN admin belum diatur (Pengaturan): siapa pun di komputer ini dapat menutup atau membuka kembali acara.</translation>
    </message>
    <message>
        <source>Wrong admin PIN.</source>
        <translation>PIN admin salah.</translation>
    </message>
</context>
<context>
    <name>ClosedBanner</name>
    <message>
        <source>This event is closed: this desk records no check-ins. What was recorded stays, for the lists, reports and sync.</source>
        <translation>Acara ini sudah ditutup: meja ini tidak mencatat kehadiran lagi. Yang sudah tercatat tetap ada untuk daftar hadir, laporan, dan sinkronisasi.</translation>
    </message>
    <message>
        <source>Reopen… ({key})</source>
        <translation>Buka kembali… ({key})</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>NIK (non-ASN)</source>
        <translation>NIK (non-ASN)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Title before name</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>Title after name</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>Category (PNS, PPPK…)</source>
        <translation>Jenis pegawai (PNS, PPPK…)</translation>
    </message>
    <message>
        <source>Golongan</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Pangkat</source>
        <translation>Pangkat</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit (OPD)</source>
        <translation>Unit kerja (OPD)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Columns&lt;/b&gt; (Ikrar field ← column in the file)</source>
        <translation>&lt;b&gt;Kolom&lt;/b&gt; (data Ikrar ← kolom dalam berkas)</translation>
    </message>
    <message>
        <source>(not in this file)</source>
        <translation>(tidak ada di berkas ini)</translation>
    </message>
    <message>
        <source>Choose the column that holds the name.</source>
        <translation>Pilih kolom yang berisi nama.</translation>
    </message>
    <message>
        <source>Choose the column that holds the NIP (or the NIK).</source>
        <translation>Pilih kolom yang berisi NIP (atau NIK).</translation>
    </message>
    <message>
        <source>* required: the name, and the NIP or the NIK</source>
        <translation>* wajib: nama, dan NIP atau NIK</translation>
    </message>
    <message>
        <source>&lt;b&gt;First rows&lt;/b&gt;, as Ikrar will read them; grey columns are not imported</source>
        <translation>&lt;b&gt;Baris pertama&lt;/b&gt;, sebagaimana akan dibaca Ikrar; kolom abu-abu tidak diimpor</translation>
    </message>
    <message>
        <source>Choose the column that holds the name and the one that holds the NIP (or the NIK).</source>
        <translation>Pilih kolom yang berisi nama dan kolom yang berisi NIP (atau NIK).</translation>
    </message>
    <message>
        <source>(row number)</source>
        <translation>(nomor urut)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(tidak diimpor)</translation>
    </message>
    <message>
        <source>Non-ASN status (Honorer…)</source>
        <translation>Status non-ASN (Honorer…)</translation>
    </message>
    <message>
        <source>Regency/city (province list)</source>
        <translation>Kabupaten/kota (daftar provinsi)</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <source>Last check-ins</source>
        <translation>Kehadiran terakhir</translation>
    </message>
    <message>
        <source>Void… (F9)</source>
        <translation>Batalkan kehadiran… (F9)</translation>
    </message>
    <message>
        <source>Per unit</source>
        <translation>Per unit kerja</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>TTD</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Counts unavailable: {error}</source>
        <translation>Jumlah tidak dapat dihitung: {error}</translation>
    </message>
    <message>
        <source>Present {present} / {expected}</source>
        <translation>Hadir {present} / {expected}</translation>
    </message>
    <message>
        <source>Signed {signed} · Late {late} · Not signed yet {missing}</source>
        <translation>Sudah tanda tangan {signed} · Terlambat {late} · Belum tanda tangan {missing}</translation>
    </message>
    <message>
        <source>(voided)</source>
        <translation>(dibatalkan)</translation>
    </message>
    <message>
        <source>(no signature)</source>
        <translation>(tanpa tanda tangan)</translation>
    </message>
    <message>
        <source>+ {present} present outside the list ({signed} signed)</source>
        <translation>+ {present} hadir di luar daftar peserta ({signed} sudah tanda tangan)</translation>
    </message>
</context>
<context>
    <name>DeskDialogs</name>
    <message>
        <source>The database is busy: another Ikrar window or program on this computer is writing to it.</source>
        <translation>Basis data sedang sibuk: jendela Ikrar lain atau program lain di komputer ini sedang menulisnya.</translation>
    </message>
    <message>
        <source>Wait a few seconds, then press Enter again. If it keeps happening, close the other Ikrar window.</source>
        <translation>Tunggu beberapa detik, lalu tekan Enter lagi. Jika terus terjadi, tutup jendela Ikrar yang lain.</translation>
    </message>
    <message>
        <source>The database file cannot be written (read-only: a locked USB stick or a folder without permission).</source>
        <translation>Berkas basis data tidak dapat ditulisi (hanya-baca: flashdisk terkunci atau folder tanpa izin).</translation>
    </message>
    <message>
        <source>Copy the database to a folder you can write to (e.g. Documents), open it from there and save again.</source>
        <translation>Salin basis data ke folder yang dapat ditulisi (mis. Dokumen), buka dari sana, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>Disk penuh.</translation>
    </message>
    <message>
        <source>Free some space (delete files you do not need, empty the Recycle Bin), then press Enter again.</source>
        <translation>Kosongkan sebagian ruang (hapus berkas yang tidak diperlukan, kosongkan Recycle Bin), lalu tekan Enter lagi.</translation>
    </message>
    <message>
        <source>The database refused to save: {error}</source>
        <translation>Basis data menolak menyimpan: {error}</translation>
    </message>
    <message>
        <source>Press Enter to try again. If it fails again, note the person on paper and call the organizer.</source>
        <translation>Tekan Enter untuk mencoba lagi. Jika gagal lagi, catat orang ini di kertas dan panggil panitia.</translation>
    </message>
    <message>
        <source>The signature is still on the pad: nothing is lost.</source>
        <translation>Tanda tangan masih ada di kotak tanda tangan: tidak ada yang hilang.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Welcome to Ikrar</source>
        <translation>Selamat datang di Ikrar</translation>
    </message>
    <message>
        <source>Before this desk is used, set what every printed document carries: the letterhead (kop surat), the city, the approving official, this desk&apos;s name and the admin PIN. Everything can be changed later in Settings.</source>
        <translation>Sebelum meja ini dipakai, atur apa yang tercetak di setiap dokumen: kop surat, kota, pejabat yang mengetahui, nama meja ini, dan PIN admin. Semuanya dapat diubah kemudian di Pengaturan.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>This desk&apos;s name</source>
        <translation>Nama meja ini</translation>
    </message>
    <message>
        <source>Printed on the documents and carried in the sync files, so the merged reports can tell the desks apart. For example: Meja Pintu Utara, Meja BKPSDM 2.</source>
        <translation>Tercetak di dokumen dan terbawa di berkas sinkron, sehingga laporan gabungan dapat membedakan meja. Misalnya: Meja Pintu Utara, Meja BKPSDM 2.</translation>
    </message>
</context>
<context>
    <name>DeskView</name>
    <message>
        <source>Save (Enter) or cancel (Esc) this signature first.</source>
        <translation>Simpan (Enter) atau batalkan (Esc) tanda tangan ini dulu.</translation>
    </message>
    <message>
        <source>Voided: {name} ({time}).</source>
        <translation>Dibatalkan: {name} ({time}).</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Hapus tanda tangan</translation>
    </message>
    <message>
        <source>Cannot sign…</source>
        <translation>Tidak dapat tanda tangan…</translation>
    </message>
    <message>
        <source>Void a check-in…</source>
        <translation>Batalkan kehadiran…</translation>
    </message>
    <message>
        <source>Ready for the next person.</source>
        <translation>Siap untuk orang berikutnya.</translation>
    </message>
    <message>
        <source>Sign on the pad, then press Enter.</source>
        <translation>Silakan tanda tangan di kotak, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>{name} already checked in at {time} and signed.</source>
        <translation>{name} sudah hadir pukul {time} dan sudah tanda tangan.</translation>
    </message>
    <message>
        <source>{name} already checked in at {time}, without a signature.</source>
        <translation>{name} sudah hadir pukul {time}, belum tanda tangan.</translation>
    </message>
    <message>
        <source>No longer active on the roster.</source>
        <translation>Sudah tidak aktif dalam daftar pegawai.</translation>
    </message>
    <message>
        <source>Not in this event&apos;s units: the check-in is still recorded.</source>
        <translation>Bukan dari unit kerja acara ini: kehadiran tetap dicatat.</translation>
    </message>
    <message>
        <source>Cancelled. Ready for the next person.</source>
        <translation>Tidak jadi; tidak ada yang disimpan. Siap untuk orang berikutnya.</translation>
    </message>
    <message>
        <source>Saved: {name} — present at {time}.</source>
        <translation>Tersimpan: {name} — hadir pukul {time}.</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>Sudah tanda tangan.</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(terlambat)</translation>
    </message>
    <message>
        <source>{name} was already checked in at {time}: no second record was made.</source>
        <translation>{name} sudah hadir pukul {time}: tidak dicatat dua kali.</translation>
    </message>
    <message>
        <source>Not saved. The signature is kept: press Enter to try again.</source>
        <translation>Belum tersimpan. Tanda tangan masih ada: tekan Enter untuk mencoba lagi.</translation>
    </message>
    <message>
        <source>Recorded as present without a signature: {name}.</source>
        <translation>Dicatat hadir tanpa tanda tangan: {name}.</translation>
    </message>
    <message>
        <source>Saving records the person as present; the mark stays in the history, voided (replaced by H).</source>
        <translation>Menyimpan mencatat orang ini hadir; tanda itu tetap ada di riwayat, dibatalkan (diganti H).</translation>
    </message>
    <message>
        <source>Saving records the person as present; the mark stays, as that desk&apos;s record, and the present record counts.</source>
        <translation>Menyimpan mencatat orang ini hadir; tanda itu tetap ada sebagai catatan meja tersebut, dan catatan hadir yang dihitung.</translation>
    </message>
    <message>
        <source>{name} is marked {what}: check the card before saving.</source>
        <translation>{name} ditandai {what}: periksa kartu sebelum menyimpan.</translation>
    </message>
    <message>
        <source>The mark {what} was replaced and stays in the history.</source>
        <translation>Tanda {what} diganti dan tetap ada di riwayat.</translation>
    </message>
    <message>
        <source>No one found for “{text}”. Check the spelling, or register the person as outside the list.</source>
        <translation>Tidak ada yang ditemukan untuk “{text}”. Periksa ejaannya, atau catat sebagai peserta di luar daftar.</translation>
    </message>
    <message>
        <source>No one is chosen: these are not sure matches. Check the name, choose with ↑ ↓, then press Enter.</source>
        <translation>Belum ada yang dipilih: hasil ini belum pasti cocok. Periksa namanya, pilih dengan ↑ ↓, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>{code} is not on the employee list.</source>
        <translation>{code} tidak ada di daftar pegawai.</translation>
    </message>
    <message>
        <source>{code} is not on the employee list. If the person is here, register them as outside the list.</source>
        <translation>{code} tidak ada di daftar pegawai. Jika orangnya hadir, catat sebagai peserta di luar daftar.</translation>
    </message>
    <message>
        <source>Outside the list (a walk-in).</source>
        <translation>Peserta di luar daftar.</translation>
    </message>
    <message>
        <source>Recorded as present just now; the signature is added to that record.</source>
        <translation>Baru saja dicatat hadir; tanda tangan ditambahkan ke catatan itu.</translation>
    </message>
    <message>
        <source>Register as outside the list… ({key})</source>
        <translation>Catat sebagai peserta di luar daftar… ({key})</translation>
    </message>
    <message>
        <source>{name} is recorded as present (outside the list). Sign on the pad, then press Enter.</source>
        <translation>{name} dicatat hadir (di luar daftar). Tanda tangan pada pad, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>Marked {what} at {time} ({desk}).</source>
        <translation>Ditandai {what} pukul {time} ({desk}).</translation>
    </message>
    <message>
        <source>The mark {what} ({desk}) stays; the present record counts.</source>
        <translation>Tanda {what} ({desk}) tetap ada; catatan hadir yang dihitung.</translation>
    </message>
</context>
<context>
    <name>EditCampaignDialog</name>
    <message>
        <source>Change campaign</source>
        <translation>Ubah kampanye</translation>
    </message>
    <message>
        <source>Signed by the end of the deadline&apos;s day, on each event&apos;s own clock. A changed pact text is used by the events made from now on; the campaign&apos;s changes reach the other desks and the hub with this desk&apos;s next files.</source>
        <translation>Tanda tangan sampai akhir hari tenggat, menurut jam acaranya masing-masing. Teks pakta yang diubah dipakai oleh acara yang dibuat mulai sekarang; perubahan kampanye sampai ke meja lain dan hub lewat berkas meja ini berikutnya.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database is in use by another program, perhaps another copy of Ikrar.</source>
        <translation>Basis data sedang dipakai program lain, mungkin Ikrar lain yang juga terbuka.</translation>
    </message>
    <message>
        <source>Close the other copy of Ikrar (or wait a moment), then try again. Nothing that was shown as saved is lost.</source>
        <translation>Tutup Ikrar yang lain (atau tunggu sebentar), lalu coba lagi. Data yang sudah dinyatakan tersimpan tidak hilang.</translation>
    </message>
    <message>
        <source>The database file cannot be written: the folder or the file is read-only.</source>
        <translation>Berkas basis data tidak dapat ditulisi: folder atau berkasnya hanya-baca.</translation>
    </message>
    <message>
        <source>Copy the data to a folder you can write to (for example Documents) and open it from there, or ask the administrator for write permission.</source>
        <translation>Salin data ke folder yang dapat ditulisi (misalnya Dokumen) dan buka dari sana, atau minta izin tulis kepada administrator.</translation>
    </message>
    <message>
        <source>The disk is full: the database could not be written.</source>
        <translation>Disk penuh: basis data tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Free disk space (delete or move large files, empty the Recycle Bin), then try again.</source>
        <translation>Kosongkan ruang disk (hapus atau pindahkan berkas besar, kosongkan Recycle Bin), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The disk could not be read or written (a removed USB stick, or a failing disk).</source>
        <translation>Disk tidak dapat dibaca atau ditulis (flashdisk tercabut, atau disk rusak).</translation>
    </message>
    <message>
        <source>Put the disk back or copy the database to the laptop&apos;s own disk, then start Ikrar again.</source>
        <translation>Pasang kembali disknya atau salin basis data ke disk laptop sendiri, lalu buka Ikrar lagi.</translation>
    </message>
    <message>
        <source>The database file could not be opened.</source>
        <translation>Berkas basis data tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Check that the folder exists and is writable, or choose another folder with --db.</source>
        <translation>Pastikan foldernya ada dan dapat ditulisi, atau pilih folder lain dengan --db.</translation>
    </message>
    <message>
        <source>Choose the employee list exported from SIASN or SIMPEG (CSV or XLSX) with a NIP or NIK column and a name column, or change the column mapping.</source>
        <translation>Pilih daftar pegawai hasil ekspor SIASN atau SIMPEG (CSV atau XLSX) yang memiliki kolom NIP atau NIK dan kolom nama, atau ubah pemetaan kolomnya.</translation>
    </message>
    <message>
        <source>The database reported an error: {message}</source>
        <translation>Basis data melaporkan kesalahan: {message}</translation>
    </message>
    <message>
        <source>Try again. If it happens again, close Ikrar, start it again and tell the organizer.</source>
        <translation>Coba lagi. Jika terulang, tutup Ikrar, buka kembali, dan beri tahu panitia.</translation>
    </message>
    <message>
        <source>The disk is full; {file} could not be written.</source>
        <translation>Disk penuh; {file} tidak dapat ditulis.</translation>
    </message>
    <message>
        <source>Free disk space, then try again.</source>
        <translation>Kosongkan ruang disk, lalu coba lagi.</translation>
    </message>
    <message>
        <source>No permission to use {file}.</source>
        <translation>Tidak ada izin untuk memakai {file}.</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, or close the program that has the file open (for example Excel), then try again.</source>
        <translation>Pilih folder yang dapat ditulisi, atau tutup program yang sedang membuka berkas itu (misalnya Excel), lalu coba lagi.</translation>
    </message>
    <message>
        <source>The file {file} was not found.</source>
        <translation>Berkas {file} tidak ditemukan.</translation>
    </message>
    <message>
        <source>Check that the file or USB stick is still there and choose it again.</source>
        <translation>Pastikan berkas atau flashdisk masih terpasang, lalu pilih lagi.</translation>
    </message>
    <message>
        <source>The file {file} could not be read or written ({message}).</source>
        <translation>Berkas {file} tidak dapat dibaca atau ditulis ({message}).</translation>
    </message>
    <message>
        <source>Check the file and the disk, then try again.</source>
        <translation>Periksa berkas dan disknya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: {message}</source>
        <translation>Terjadi kesalahan tak terduga: {message}</translation>
    </message>
    <message>
        <source>Try again. If it happens again, note what you did and tell the organizer.</source>
        <translation>Coba lagi. Jika terulang, catat apa yang sedang dilakukan dan beri tahu panitia.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>EventClosing</name>
    <message>
        <source>This event is closed: no check-in can be recorded. An admin can reopen it ({key}).</source>
        <translation>Acara ini sudah ditutup: kehadiran tidak dapat dicatat. Admin dapat membukanya kembali ({key}).</translation>
    </message>
    <message>
        <source>The event is closed. Reopen it to record check-ins again.</source>
        <translation>Acara sudah ditutup. Buka kembali untuk mencatat kehadiran lagi.</translation>
    </message>
    <message>
        <source>The event is open again: ready for the next person.</source>
        <translation>Acara dibuka kembali: siap untuk orang berikutnya.</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>New event</source>
        <translation>Acara baru</translation>
    </message>
    <message>
        <source>Edit event</source>
        <translation>Ubah acara</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Expected units</source>
        <translation>Unit kerja peserta</translation>
    </message>
    <message>
        <source>Pact text</source>
        <translation>Teks pakta</translation>
    </message>
    <message>
        <source>Apel</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Ceremony (upacara)</source>
        <translation>Upacara</translation>
    </message>
    <message>
        <source>Pact signing</source>
        <translation>Penandatanganan pakta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date, start, zone</source>
        <translation>Tanggal, jam, zona</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Organizer</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>e.g. Apel Ikrar Netralitas ASN</source>
        <translation>mis. Apel Ikrar Netralitas ASN</translation>
    </message>
    <message>
        <source>e.g. Halaman Kantor Bupati</source>
        <translation>mis. Halaman Kantor Bupati</translation>
    </message>
    <message>
        <source>e.g. BKPSDM Kabupaten …</source>
        <translation>mis. BKPSDM Kabupaten …</translation>
    </message>
    <message>
        <source>Approving official (mengetahui) on the printed list</source>
        <translation>Pejabat yang mengetahui pada daftar cetak</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Write the title of the event.</source>
        <translation>Tuliskan judul acara.</translation>
    </message>
    <message>
        <source>The approving official&apos;s NIP: {reason}</source>
        <translation>NIP pejabat yang mengetahui: {reason}</translation>
    </message>
    <message>
        <source>Tick at least one unit, or choose all units.</source>
        <translation>Centang minimal satu unit kerja, atau pilih semua unit kerja.</translation>
    </message>
    <message>
        <source>The pact text cannot be empty.</source>
        <translation>Teks pakta tidak boleh kosong.</translation>
    </message>
    <message>
        <source>The event was not saved</source>
        <translation>Acara tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>EventText</name>
    <message>
        <source>+ {n} outside the list of participants</source>
        <translation>+ {n} di luar daftar peserta</translation>
    </message>
</context>
<context>
    <name>FollowupDialog</name>
    <message>
        <source>Follow-up event</source>
        <translation>Acara susulan</translation>
    </message>
    <message>
        <source>A follow-up event of &apos;{name}&apos; expects exactly the people of the ticked units who have not signed at any of its events now; that list is then fixed.</source>
        <translation>Acara susulan &apos;{name}&apos; mengharapkan tepat pegawai unit yang dicentang yang sampai saat ini belum tanda tangan di acara mana pun dari kampanye ini; daftar itu lalu dibekukan.</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Judul:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Tanggal:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Tempat:</translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Follow-up signing: {name}</source>
        <translation>Penandatanganan susulan: {name}</translation>
    </message>
    <message>
        <source>{unit} ({count} not signed)</source>
        <translation>{unit} ({count} belum TTD)</translation>
    </message>
    <message>
        <source>Time, zone:</source>
        <translation>Jam, zona:</translation>
    </message>
</context>
<context>
    <name>HubSection</name>
    <message>
        <source>Hub database</source>
        <translation>Basis data hub</translation>
    </message>
    <message>
        <source>File on this computer (desk)</source>
        <translation>Berkas di komputer ini (meja)</translation>
    </message>
    <message>
        <source>PostgreSQL server (hub)</source>
        <translation>Server PostgreSQL (hub)</translation>
    </message>
    <message>
        <source>The server&apos;s address, without a password</source>
        <translation>Alamat server, tanpa kata sandi</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji sambungan</translation>
    </message>
    <message>
        <source>Write the address without a password: it is taken from this user&apos;s pgpass file (or the file PGPASSFILE names). The choice is used when Ikrar is started again.</source>
        <translation>Tulis alamat tanpa kata sandi: sandi diambil dari berkas pgpass pengguna ini (atau berkas yang ditunjuk PGPASSFILE). Pilihan ini dipakai saat Ikrar dibuka kembali.</translation>
    </message>
    <message>
        <source>Now {name} names the database, and wins over this choice.</source>
        <translation>Saat ini {name} menentukan basis data, dan itu didahulukan dari pilihan ini.</translation>
    </message>
    <message>
        <source>Trying the server…</source>
        <translation>Mencoba menyambung ke server…</translation>
    </message>
    <message>
        <source>The connection to {server} works.</source>
        <translation>Sambungan ke server {server} berhasil.</translation>
    </message>
    <message>
        <source>The choice could not be saved in {file}: {reason}</source>
        <translation>Pilihan tidak dapat disimpan di {file}: {reason}</translation>
    </message>
</context>
<context>
    <name>IdentifierField</name>
    <message>
        <source>18-digit NIP or 16-digit NIK</source>
        <translation>NIP 18 digit atau NIK 16 digit</translation>
    </message>
    <message>
        <source>18-digit NIP, e.g. 19860926 201505 1 001</source>
        <translation>NIP 18 digit, mis. 19860926 201505 1 001</translation>
    </message>
    <message>
        <source>Type the NIP or NIK.</source>
        <translation>Ketik NIP atau NIK.</translation>
    </message>
    <message>
        <source>Type the NIP.</source>
        <translation>Ketik NIP.</translation>
    </message>
    <message>
        <source>Valid NIK</source>
        <translation>NIK sah</translation>
    </message>
    <message>
        <source>Valid NIP ({category}): {nip}</source>
        <translation>NIP sah ({category}): {nip}</translation>
    </message>
    <message>
        <source>A NIP has 18 digits and a NIK 16; this number has {count}.</source>
        <translation>NIP terdiri dari 18 digit dan NIK 16 digit; nomor ini {count} digit.</translation>
    </message>
    <message>
        <source>A NIP has 18 digits; this number has {count}.</source>
        <translation>NIP terdiri dari 18 digit; nomor ini {count} digit.</translation>
    </message>
</context>
<context>
    <name>ImportReportView</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Isi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Save this list as CSV…</source>
        <translation>Simpan daftar ini sebagai CSV…</translation>
    </message>
    <message>
        <source>Check only: nothing was saved yet. Importing this file would give:</source>
        <translation>Hanya pemeriksaan: belum ada yang disimpan. Jika berkas ini diimpor, hasilnya:</translation>
    </message>
    <message>
        <source>The employee list was imported:</source>
        <translation>Daftar pegawai sudah diimpor:</translation>
    </message>
    <message>
        <source>&lt;b&gt;{created}&lt;/b&gt; new, &lt;b&gt;{updated}&lt;/b&gt; updated, &lt;b&gt;{unchanged}&lt;/b&gt; unchanged, &lt;b style=&apos;color:#b00020&apos;&gt;{rejected}&lt;/b&gt; rows refused, {warnings} warnings.</source>
        <translation>&lt;b&gt;{created}&lt;/b&gt; baru, &lt;b&gt;{updated}&lt;/b&gt; diperbarui, &lt;b&gt;{unchanged}&lt;/b&gt; tidak berubah, &lt;b style=&apos;color:#b00020&apos;&gt;{rejected}&lt;/b&gt; baris ditolak, {warnings} peringatan.</translation>
    </message>
    <message>
        <source>{rows} data rows read in {seconds} s.</source>
        <translation>{rows} baris data dibaca dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>New units: {units}.</source>
        <translation>Unit kerja baru: {units}.</translation>
    </message>
    <message>
        <source>{count} people not in this file were marked as no longer active.</source>
        <translation>{count} pegawai yang tidak ada di berkas ini ditandai tidak aktif.</translation>
    </message>
    <message>
        <source>Refused rows are listed below: fix them in the source file and import it again.</source>
        <translation>Baris yang ditolak tercantum di bawah: perbaiki di berkas asalnya lalu impor lagi.</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>(see row {row})</source>
        <translation>(lihat baris {row})</translation>
    </message>
    <message>
        <source>Save the refused rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>The list was not saved</source>
        <translation>Daftar tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>ImportRosterDialog</name>
    <message>
        <source>Import the employee list</source>
        <translation>Impor daftar pegawai</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Berkas:</translation>
    </message>
    <message>
        <source>no file chosen yet</source>
        <translation>belum ada berkas yang dipilih</translation>
    </message>
    <message>
        <source>Choose file… (Ctrl+O)</source>
        <translation>Pilih berkas… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Choose the employee list exported from SIASN or SIMPEG (CSV or XLSX). Ikrar finds the columns itself; check them below and change any that is wrong. People already in Ikrar are updated, not added twice.</source>
        <translation>Pilih daftar pegawai hasil ekspor SIASN atau SIMPEG (CSV atau XLSX). Ikrar mengenali kolomnya sendiri; periksa di bawah dan ubah yang keliru. Pegawai yang sudah ada di Ikrar diperbarui, tidak ditambahkan dua kali.</translation>
    </message>
    <message>
        <source>Mark people who are not in this file as no longer active</source>
        <translation>Tandai pegawai yang tidak ada di berkas ini sebagai tidak aktif</translation>
    </message>
    <message>
        <source>Use this only with the complete list of the whole government; they stay in past events.</source>
        <translation>Gunakan hanya dengan daftar lengkap seluruh pemerintah daerah; mereka tetap tercatat di acara yang sudah lewat.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Back to the columns</source>
        <translation>Kembali ke kolom</translation>
    </message>
    <message>
        <source>Check first</source>
        <translation>Periksa dulu</translation>
    </message>
    <message>
        <source>Read the whole file and show what would happen, without saving</source>
        <translation>Baca seluruh berkas dan tampilkan hasilnya, tanpa menyimpan</translation>
    </message>
    <message>
        <source>Choose the employee list</source>
        <translation>Pilih daftar pegawai</translation>
    </message>
    <message>
        <source>Employee lists (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Daftar pegawai (*.csv *.txt *.xlsx *.xlsm *.xls *.ods);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>The file could not be read</source>
        <translation>Berkas tidak dapat dibaca</translation>
    </message>
    <message>
        <source>{file} is not an employee list Ikrar can read: {reason}</source>
        <translation>{file} bukan daftar pegawai yang dapat dibaca Ikrar: {reason}</translation>
    </message>
    <message>
        <source>Columns found: {headers}</source>
        <translation>Kolom yang ditemukan: {headers}</translation>
    </message>
    <message>
        <source>Excel sheet {sheet}</source>
        <translation>Lembar Excel {sheet}</translation>
    </message>
    <message>
        <source>CSV separated by “{delimiter}”, {encoding}</source>
        <translation>CSV dengan pemisah “{delimiter}”, {encoding}</translation>
    </message>
    <message>
        <source>{how}; column titles on row {row}; about {count} rows.</source>
        <translation>{how}; judul kolom di baris {row}; sekitar {count} baris.</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Impor gagal</translation>
    </message>
    <message>
        <source>Import now</source>
        <translation>Impor sekarang</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Ikrar does not know every column title in {file}. Choose the columns marked * on the left; the first rows on the right show what each column holds.</source>
        <translation>Ikrar tidak mengenali semua judul kolom di {file}. Pilih kolom yang bertanda * di kiri; baris pertama di kanan menunjukkan isi setiap kolom.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
    <message>
        <source>The import had already finished when you asked to stop it; the report below shows what changed.</source>
        <translation>Impor sudah selesai ketika Anda memintanya berhenti; laporan di bawah menunjukkan apa yang berubah.</translation>
    </message>
    <message>
        <source>The check was stopped. Nothing was changed.</source>
        <translation>Pemeriksaan dihentikan. Tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was changed: Ikrar keeps the employee list it had before.</source>
        <translation>Impor dibatalkan. Tidak ada yang berubah: daftar pegawai di Ikrar tetap seperti sebelumnya.</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Impor dibatalkan</translation>
    </message>
    <message>
        <source>Stop the import?</source>
        <translation>Hentikan impor?</translation>
    </message>
    <message>
        <source>The employee list is still being imported. If you stop now, nothing is changed: Ikrar keeps the list it had before.</source>
        <translation>Daftar pegawai masih sedang diimpor. Jika dihentikan sekarang, tidak ada yang berubah: daftar pegawai di Ikrar tetap seperti sebelumnya.</translation>
    </message>
    <message>
        <source>Stop the import</source>
        <translation>Hentikan impor</translation>
    </message>
    <message>
        <source>Continue importing</source>
        <translation>Lanjutkan impor</translation>
    </message>
</context>
<context>
    <name>KopPage</name>
    <message>
        <source>Letterhead (kop surat)</source>
        <translation>Kop surat</translation>
    </message>
    <message>
        <source>Type the letterhead as on your office&apos;s paper. Until it is set, every document is printed with a red KOP BELUM DIATUR mark.</source>
        <translation>Ketik kop surat seperti pada kertas resmi kantor Anda. Selama belum diatur, setiap dokumen dicetak dengan tanda merah KOP BELUM DIATUR.</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Pemerintah daerah</translation>
    </message>
    <message>
        <source>Office (printed large)</source>
        <translation>Nama instansi (dicetak besar)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Phone, e-mail, website</source>
        <translation>Telepon, surel, laman</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>e.g. PEMERINTAH KABUPATEN MAJU</source>
        <translation>mis. PEMERINTAH KABUPATEN MAJU</translation>
    </message>
    <message>
        <source>e.g. BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA</source>
        <translation>mis. BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA</translation>
    </message>
    <message>
        <source>e.g. Jalan Merdeka No. 1, Maju 12345</source>
        <translation>mis. Jalan Merdeka No. 1, Maju 12345</translation>
    </message>
    <message>
        <source>may stay empty</source>
        <translation>boleh dikosongkan</translation>
    </message>
    <message>
        <source>As it will print:</source>
        <translation>Hasil cetaknya:</translation>
    </message>
    <message>
        <source>Type the first line of the letterhead: the government, e.g. PEMERINTAH KABUPATEN MAJU.</source>
        <translation>Ketik baris pertama kop surat: pemerintah daerah, misalnya PEMERINTAH KABUPATEN MAJU.</translation>
    </message>
    <message>
        <source>The letterhead is still the made-up example; type your own government&apos;s name.</source>
        <translation>Kop surat masih berupa contoh; ketik nama pemerintah daerah Anda sendiri.</translation>
    </message>
    <message>
        <source>Type the office&apos;s name, e.g. DINAS KESEHATAN.</source>
        <translation>Ketik nama instansi, misalnya DINAS KESEHATAN.</translation>
    </message>
    <message>
        <source>Pemda in the pact text</source>
        <translation>Pemda di teks pakta</translation>
    </message>
    <message>
        <source>Printed in the points of every pact page: &quot;… Pegawai ASN di lingkungan Pemerintah Kabupaten Maju …&quot;. A new event&apos;s pact text starts with it (the event&apos;s owner may change it there). Empty: taken from the letterhead&apos;s first line.</source>
        <translation>Tercetak pada butir-butir setiap halaman pakta: &quot;… Pegawai ASN di lingkungan Pemerintah Kabupaten Maju …&quot;. Teks pakta acara baru memakainya (pemilik acara dapat mengubahnya di sana). Bila kosong: diambil dari baris pertama kop surat.</translation>
    </message>
    <message>
        <source>from the letterhead: {pemda}</source>
        <translation>dari kop surat: {pemda}</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Maju</source>
        <translation>mis. Pemerintah Kabupaten Maju</translation>
    </message>
</context>
<context>
    <name>LeftPanel</name>
    <message>
        <source>Enter: save · Esc: cancel</source>
        <translation>Enter: simpan · Esc: batal</translation>
    </message>
    <message>
        <source>Scan, or type a name or NIP</source>
        <translation>Pindai, atau ketik nama atau NIP</translation>
    </message>
    <message>
        <source>Scan the person&apos;s code, or type three letters of the name. ↑ ↓ choose, Enter opens, Esc clears.</source>
        <translation>Pindai kode pegawai, atau ketik tiga huruf namanya. ↑ ↓ pilih, Enter buka, Esc hapus.</translation>
    </message>
    <message>
        <source>Read a QR code with the camera (F8)</source>
        <translation>Baca kode QR dengan kamera (F8)</translation>
    </message>
    <message>
        <source>Reopen event… ({key})</source>
        <translation>Buka kembali… ({key})</translation>
    </message>
    <message>
        <source>Close event… ({key})</source>
        <translation>Tutup acara… ({key})</translation>
    </message>
</context>
<context>
    <name>LogoPicker</name>
    <message>
        <source>Choose logo…</source>
        <translation>Pilih logo…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Hapus logo</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Pilih logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>{file} is not a picture Ikrar can read (PNG or JPG).</source>
        <translation>{file} bukan gambar yang dapat dibaca Ikrar (PNG atau JPG).</translation>
    </message>
    <message>
        <source>no logo</source>
        <translation>tanpa logo</translation>
    </message>
    <message>
        <source>No logo: the letterhead is printed without one.</source>
        <translation>Tanpa logo: kop surat dicetak tanpa logo.</translation>
    </message>
    <message>
        <source>Logo: {width} × {height} pixels, {size} kB, kept in the database.</source>
        <translation>Logo: {width} × {height} piksel, {size} kB, disimpan di basis data.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Ikrar</source>
        <translation>&amp;Ikrar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Awal</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Meja</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Signer screen</source>
        <translation>Layar penanda tangan</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Layar penuh</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <source>This screen could not be opened: {error}</source>
        <translation>Layar ini tidak dapat dibuka: {error}</translation>
    </message>
    <message>
        <source>Choose an event first.</source>
        <translation>Pilih acara dulu.</translation>
    </message>
    <message>
        <source>Unsaved signature</source>
        <translation>Tanda tangan belum disimpan</translation>
    </message>
    <message>
        <source>A signature is drawn but not saved. Close Ikrar anyway?</source>
        <translation>Ada tanda tangan yang belum disimpan. Tetap tutup Ikrar?</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Kampanye baru</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Tenggat:</translation>
    </message>
    <message>
        <source>Pact text:</source>
        <translation>Teks pakta:</translation>
    </message>
    <message>
        <source>e.g. Pakta Netralitas Pilkada 2026</source>
        <translation>mis. Pakta Netralitas Pilkada 2026</translation>
    </message>
    <message>
        <source>Optional: the pact text the campaign&apos;s events use</source>
        <translation>Opsional: teks pakta yang dipakai acara-acara kampanye ini</translation>
    </message>
    <message>
        <source>Signed by the end of the deadline&apos;s day, on each event&apos;s own clock. Without a pact text, each event keeps its own.</source>
        <translation>Tanda tangan sampai akhir hari tenggat, menurut jam acaranya masing-masing. Tanpa teks pakta, tiap acara memakai teksnya sendiri.</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>Cannot sign</source>
        <translation>Tidak dapat tanda tangan</translation>
    </message>
    <message>
        <source>{name} is recorded as present without a signature. Why can they not sign?</source>
        <translation>{name} dicatat hadir tanpa tanda tangan. Mengapa tidak dapat tanda tangan?</translation>
    </message>
    <message>
        <source>e.g. injured right hand</source>
        <translation>mis. tangan kanan cedera</translation>
    </message>
    <message>
        <source>Record as present</source>
        <translation>Catat hadir</translation>
    </message>
    <message>
        <source>Write why the person cannot sign.</source>
        <translation>Tuliskan alasan tidak dapat tanda tangan.</translation>
    </message>
</context>
<context>
    <name>OfficialPage</name>
    <message>
        <source>City and approving official</source>
        <translation>Kota dan pejabat yang mengetahui</translation>
    </message>
    <message>
        <source>The documents end with &quot;city, date&quot; and the official who approves them (Mengetahui,).</source>
        <translation>Dokumen diakhiri dengan &quot;kota, tanggal&quot; dan pejabat yang mengetahuinya (Mengetahui,).</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Tampilannya</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Name, with titles</source>
        <translation>Nama, dengan gelar</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>e.g. Kepala BKPSDM</source>
        <translation>mis. Kepala BKPSDM</translation>
    </message>
    <message>
        <source>The official may stay empty: the name and NIP are then printed as dots, to be written by hand. An event can name its own official.</source>
        <translation>Pejabat boleh dikosongkan: nama dan NIP lalu dicetak sebagai titik-titik, untuk ditulis tangan. Setiap acara dapat menyebut pejabatnya sendiri.</translation>
    </message>
    <message>
        <source>Type the city printed before the date, e.g. Maju.</source>
        <translation>Ketik kota yang dicetak sebelum tanggal, misalnya Maju.</translation>
    </message>
    <message>
        <source>The approving official&apos;s NIP: {reason}</source>
        <translation>NIP pejabat yang mengetahui: {reason}</translation>
    </message>
</context>
<context>
    <name>PactEditor</name>
    <message>
        <source>The text the signer reads before signing. The words in braces are filled in from the fields below: {pemda}, {pemilihan} and {tahun}; the line {identitas} is where the signer&apos;s name, NIP (or NIK) and position are printed. Each signature keeps the exact text that was shown, so changing it later does not change what earlier signers agreed to.</source>
        <translation>Teks yang dibaca penanda tangan sebelum menandatangani. Kata dalam kurung kurawal diisi dari kolom di bawah: {pemda}, {pemilihan} dan {tahun}; baris {identitas} adalah tempat nama, NIP (atau NIK) dan jabatan penanda tangan dicetak. Setiap tanda tangan menyimpan teks persis yang ditampilkan, jadi perubahan kemudian tidak mengubah apa yang telah disetujui penanda tangan sebelumnya.</translation>
    </message>
    <message>
        <source>Filled into the pact text</source>
        <translation>Diisikan ke teks pakta</translation>
    </message>
    <message>
        <source>Local government (Pemda)</source>
        <translation>Pemerintah daerah (Pemda)</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Pemilihan</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Contoh</source>
        <translation>mis. Pemerintah Kabupaten Contoh</translation>
    </message>
    <message>
        <source>e.g. Pemilihan Umum dan Pemilihan Kepala Daerah</source>
        <translation>mis. Pemilihan Umum dan Pemilihan Kepala Daerah</translation>
    </message>
    <message>
        <source>e.g. 2029</source>
        <translation>mis. 2029</translation>
    </message>
    <message>
        <source>May stay empty: the text then names no year.</source>
        <translation>Boleh dikosongkan: teks pakta lalu tidak menyebut tahun.</translation>
    </message>
    <message>
        <source>What the signer sees:</source>
        <translation>Yang dilihat penanda tangan:</translation>
    </message>
    <message>
        <source>Restore the standard text</source>
        <translation>Kembalikan teks baku</translation>
    </message>
</context>
<context>
    <name>PactPanel</name>
    <message>
        <source>By signing, I declare that I have read and agree to this integrity pact.</source>
        <translation>Dengan menandatangani, saya menyatakan telah membaca dan menyetujui pakta integritas ini.</translation>
    </message>
    <message>
        <source>Integrity pact</source>
        <translation>Pakta integritas</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP / NIK</source>
        <translation>NIP / NIK</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>(walk-in)</source>
        <translation>(di luar daftar)</translation>
    </message>
    <message>
        <source>(outside the list of participants)</source>
        <translation>(di luar daftar peserta)</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>NIP:</source>
        <translation>NIP:</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Pangkat/gol.:</translation>
    </message>
    <message>
        <source>Position:</source>
        <translation>Jabatan:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit kerja:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Jenis pegawai:</translation>
    </message>
    <message>
        <source>— (non-ASN, identified by NIK)</source>
        <translation>— (non-ASN, dikenali dari NIK)</translation>
    </message>
    <message>
        <source>PPPK (part-time)</source>
        <translation>PPPK paruh waktu</translation>
    </message>
    <message>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <source>Already checked in at {time} by desk {desk}.</source>
        <translation>Sudah hadir pukul {time} di meja {desk}.</translation>
    </message>
    <message>
        <source>Already signed: no second record is made.</source>
        <translation>Sudah tanda tangan: tidak dicatat dua kali.</translation>
    </message>
    <message>
        <source>Not signed yet: the signature is added to that check-in.</source>
        <translation>Belum tanda tangan: tanda tangan ditambahkan ke kehadiran itu.</translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Admin PIN</source>
        <translation>PIN admin</translation>
    </message>
    <message>
        <source>The PIN is asked before a check-in is voided and before an event is closed or reopened. Give it only to whoever runs the apel.</source>
        <translation>PIN diminta sebelum kehadiran dibatalkan dan sebelum acara ditutup atau dibuka kembali. Berikan hanya kepada penanggung jawab apel.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN saat ini</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Ulangi PIN baru</translation>
    </message>
    <message>
        <source>4–12 digits</source>
        <translation>4–12 angka</translation>
    </message>
    <message>
        <source>4–12 digits; leave empty to keep</source>
        <translation>4–12 angka; kosongkan untuk tetap</translation>
    </message>
    <message>
        <source>A PIN is set. To change it, type the current PIN first.</source>
        <translation>PIN sudah diatur. Untuk mengubahnya, ketik dulu PIN saat ini.</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can void a check-in or close an event.</source>
        <translation>PIN belum diatur: siapa pun dapat membatalkan kehadiran atau menutup acara.</translation>
    </message>
    <message>
        <source>Choose an admin PIN of 4 to 12 digits and type it twice.</source>
        <translation>Pilih PIN admin 4 sampai 12 angka dan ketik dua kali.</translation>
    </message>
    <message>
        <source>The PIN must have 4 to 12 digits.</source>
        <translation>PIN harus terdiri dari 4 sampai 12 angka.</translation>
    </message>
    <message>
        <source>The two new PINs differ; type the new PIN again.</source>
        <translation>Kedua PIN baru berbeda; ketik ulang PIN baru.</translation>
    </message>
    <message>
        <source>The current PIN is not right; the PIN was not changed.</source>
        <translation>PIN saat ini salah; PIN tidak diubah.</translation>
    </message>
</context>
<context>
    <name>RegencyCoverageBox</name>
    <message>
        <source>Coverage across all events (who has signed at least once)</source>
        <translation>Cakupan seluruh acara (yang sudah tanda tangan minimal sekali)</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Sudah tanda tangan</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Belum tanda tangan</translation>
    </message>
    <message>
        <source>% signed</source>
        <translation>% tanda tangan</translation>
    </message>
    <message>
        <source>No employee list imported: coverage counts the employee list (SIASN/SIMPEG) imported into this database, not the people who appear in sync files. Import the regency&apos;s employee list first; until then people known only from files are shown apart, without a percentage.</source>
        <translation>Daftar pegawai belum diimpor: cakupan dihitung dari daftar pegawai (SIASN/SIMPEG) yang diimpor di basis data ini, bukan dari orang yang muncul di berkas sinkronisasi. Impor daftar pegawai kabupaten terlebih dahulu; sampai itu orang yang hanya dikenal dari berkas ditampilkan terpisah, tanpa persentase.</translation>
    </message>
    <message>
        <source>Known only from sync files (not on the imported employee list; no percentage)</source>
        <translation>Hanya dikenal dari berkas sinkronisasi (tidak ada di daftar pegawai yang diimpor; tanpa persentase)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Export not-signed list (PDF)</source>
        <translation>Ekspor daftar belum tanda tangan (PDF)</translation>
    </message>
    <message>
        <source>Export not-signed list (XLSX)</source>
        <translation>Ekspor daftar belum tanda tangan (XLSX)</translation>
    </message>
    <message>
        <source>Warning: this database merged files before the trust update; merge the original files again into a fresh hub database.</source>
        <translation>Perhatian: basis data ini menggabungkan berkas sebelum pembaruan kepercayaan; gabungkan lagi berkas-berkas aslinya ke basis data hub yang baru.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation>(tanpa unit kerja)</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Tertulis: {path}</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Wilayah:</translation>
    </message>
    <message>
        <source>Double-click a region to see its units</source>
        <translation>Klik dua kali sebuah wilayah untuk melihat unit kerjanya</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>Semua wilayah</translation>
    </message>
</context>
<context>
    <name>RegionSummaryModel</name>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Sudah</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>% signed</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>(no region)</source>
        <translation>(tanpa wilayah)</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>← Back</source>
        <translation>← Kembali</translation>
    </message>
    <message>
        <source>Print and reports</source>
        <translation>Cetak dan laporan</translation>
    </message>
    <message>
        <source>Signed attendance list (daftar hadir)</source>
        <translation>Daftar hadir bertanda tangan</translation>
    </message>
    <message>
        <source>Recap per unit (rekapitulasi)</source>
        <translation>Rekapitulasi per unit kerja</translation>
    </message>
    <message>
        <source>Not signed yet, per unit</source>
        <translation>Belum tanda tangan, per unit kerja</translation>
    </message>
    <message>
        <source>Signed pact per person (pakta integritas)</source>
        <translation>Pakta integritas bertanda tangan per orang</translation>
    </message>
    <message>
        <source>QR cards for the next apel</source>
        <translation>Kartu QR untuk apel berikutnya</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX): list and recap</source>
        <translation>Lembar kerja (XLSX): daftar dan rekap</translation>
    </message>
    <message>
        <source>Roster order within each unit</source>
        <translation>Urutan daftar pegawai dalam tiap unit kerja</translation>
    </message>
    <message>
        <source>By name</source>
        <translation>Menurut nama</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Urutan</translation>
    </message>
    <message>
        <source>A heading and numbering per unit</source>
        <translation>Judul dan penomoran per unit kerja</translation>
    </message>
    <message>
        <source>Everyone expected, with absence codes (Ket.)</source>
        <translation>Semua yang wajib hadir, dengan kode ketidakhadiran (Ket.)</translation>
    </message>
    <message>
        <source>A small signature image in each row</source>
        <translation>Gambar tanda tangan kecil di setiap baris</translation>
    </message>
    <message>
        <source>One PDF file per person (into a folder)</source>
        <translation>Satu berkas PDF per orang (ke dalam folder)</translation>
    </message>
    <message>
        <source>Document and options</source>
        <translation>Dokumen dan pilihan</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>The people present, each signature in its row (odd rows left, even rows right), with the approval block at the end.</source>
        <translation>Pegawai yang hadir, tiap tanda tangan di barisnya (baris ganjil di kiri, genap di kanan), dengan blok pengesahan di akhir.</translation>
    </message>
    <message>
        <source>Expected, present, signed, late and absence codes per unit, with totals, the split by kind of employee and a chart.</source>
        <translation>Wajib hadir, hadir, tanda tangan, terlambat, dan kode ketidakhadiran per unit kerja, dengan jumlah, rincian per jenis pegawai, dan grafik.</translation>
    </message>
    <message>
        <source>Who is expected and has not signed, per unit, for the follow-up.</source>
        <translation>Yang wajib hadir tetapi belum tanda tangan, per unit kerja, untuk ditindaklanjuti.</translation>
    </message>
    <message>
        <source>One page per signer with the exact pact text they read and their signature.</source>
        <translation>Satu halaman per penanda tangan berisi teks pakta persis yang dibacanya dan tanda tangannya.</translation>
    </message>
    <message>
        <source>The attendance list and the recap as a workbook (NIP as text).</source>
        <translation>Daftar hadir dan rekap dalam satu buku kerja (NIP sebagai teks).</translation>
    </message>
    <message>
        <source>Generating…</source>
        <translation>Sedang membuat…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n berkas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n halaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready: {what}. Fingerprint {fp} (printed in the footer).</source>
        <translation>Selesai: {what}. Sidik {fp} (tercetak di kaki halaman).</translation>
    </message>
    <message>
        <source>Cancelled: no document was written.</source>
        <translation>Dibatalkan: tidak ada dokumen yang ditulis.</translation>
    </message>
    <message>
        <source>The document could not be made: {error}</source>
        <translation>Dokumen tidak dapat dibuat: {error}</translation>
    </message>
    <message>
        <source>Save the files into</source>
        <translation>Simpan berkas ke dalam</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Simpan sebagai</translation>
    </message>
    <message>
        <source>Could not save: {error}</source>
        <translation>Tidak dapat menyimpan: {error}</translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation>Tersimpan: {path}</translation>
    </message>
    <message>
        <source>Preparing the pages for the printer…</source>
        <translation>Menyiapkan halaman untuk pencetak…</translation>
    </message>
    <message>
        <source>The printer could not be opened.</source>
        <translation>Pencetak tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Sudah dikirim ke pencetak.</translation>
    </message>
    <message>
        <source>No program on this computer opens {path}: install a PDF reader (a spreadsheet program for an XLSX), or keep a copy with “Save as…”.</source>
        <translation>Tidak ada program di komputer ini yang dapat membuka {path}: pasang pembaca PDF (untuk XLSX, program lembar kerja), atau simpan salinannya dengan “Simpan sebagai…”.</translation>
    </message>
    <message>
        <source>Cut-out cards with a QR code (the NIP, or the card code of someone without one), per unit.</source>
        <translation>Kartu potong dengan kode QR (NIP, atau kode kartu bagi yang tidak punya NIP), per unit.</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>✓ present</source>
        <translation>✓ hadir</translation>
    </message>
    <message>
        <source>The first {shown} shown; type more to narrow them</source>
        <translation>{shown} pertama ditampilkan; ketik lebih banyak untuk mempersempit</translation>
    </message>
    <message>
        <source>The first {shown} of more than {total}</source>
        <translation>{shown} pertama dari lebih dari {total}</translation>
    </message>
    <message>
        <source>The first {shown} of {total}</source>
        <translation>{shown} pertama dari {total}</translation>
    </message>
    <message>
        <source>↑ ↓ choose, Enter opens</source>
        <translation>↑ ↓ pilih, Enter membuka</translation>
    </message>
    <message>
        <source>none chosen for you: check, choose with ↑ ↓, then Enter</source>
        <translation>belum ada yang dipilih: periksa, pilih dengan ↑ ↓, lalu Enter</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} ditemukan</translation>
    </message>
    <message>
        <source>The first {shown}</source>
        <translation>{shown} pertama</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>non-ASN (NIK)</source>
        <translation>non-ASN (NIK)</translation>
    </message>
    <message>
        <source>✓ present</source>
        <translation>✓ hadir</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>persis</translation>
    </message>
    <message>
        <source>old spelling</source>
        <translation>ejaan lama</translation>
    </message>
    <message>
        <source>inside a word</source>
        <translation>di dalam kata</translation>
    </message>
    <message>
        <source>across words</source>
        <translation>lintas kata</translation>
    </message>
    <message>
        <source>one typo</source>
        <translation>salah ketik</translation>
    </message>
    <message>
        <source>Not chosen for you: check the name, choose with ↑ ↓, then Enter.</source>
        <translation>Tidak dipilih otomatis: periksa namanya, pilih dengan ↑ ↓, lalu Enter.</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Cocok</translation>
    </message>
</context>
<context>
    <name>RightPages</name>
    <message>
        <source>Ready for the next person.

Scan the QR code or barcode, or type a name or NIP.</source>
        <translation>Siap untuk orang berikutnya.

Pindai kode QR atau barcode, atau ketik nama atau NIP.</translation>
    </message>
</context>
<context>
    <name>ScanInput</name>
    <message>
        <source>Scan or search</source>
        <translation>Pindai atau cari</translation>
    </message>
</context>
<context>
    <name>ScannerTestButton</name>
    <message>
        <source>Scanner test…</source>
        <translation>Tes pemindai…</translation>
    </message>
    <message>
        <source>One test scan measures this desk&apos;s scanner, so its codes are never taken for typing (or typing for a scan).</source>
        <translation>Satu pindaian uji mengukur pemindai meja ini, agar kodenya tidak pernah dikira ketikan (atau ketikan dikira pindaian).</translation>
    </message>
</context>
<context>
    <name>ScannerTestDialog</name>
    <message>
        <source>Scanner test</source>
        <translation>Tes pemindai</translation>
    </message>
    <message>
        <source>Scan any code with this desk&apos;s scanner now (an employee card&apos;s barcode or QR code). Do not type: the test measures how fast the scanner types and how it ends a code.</source>
        <translation>Pindai satu kode apa saja dengan pemindai meja ini sekarang (barcode atau kode QR kartu pegawai). Jangan mengetik: tes ini mengukur secepat apa pemindai mengetik dan bagaimana ia mengakhiri kode.</translation>
    </message>
    <message>
        <source>Scan here</source>
        <translation>Pindai di sini</translation>
    </message>
    <message>
        <source>Save for this desk</source>
        <translation>Simpan untuk meja ini</translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Pindai lagi</translation>
    </message>
    <message>
        <source>Back to the defaults</source>
        <translation>Kembali ke bawaan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Now: keys up to {gap} ms apart are one scan (set by a test scan).</source>
        <translation>Sekarang: tombol yang berjarak sampai {gap} ms dianggap satu pindaian (diatur oleh pindaian uji).</translation>
    </message>
    <message>
        <source>Now: keys up to {gap} ms apart are one scan (the default, for scanners of 0–30 ms a key).</source>
        <translation>Sekarang: tombol yang berjarak sampai {gap} ms dianggap satu pindaian (bawaan, untuk pemindai 0–30 ms per tombol).</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tanpa penutup</translation>
    </message>
    <message>
        <source>Only {chars} characters: scan a code of at least 8.</source>
        <translation>Hanya {chars} karakter: pindai kode yang paling sedikit 8 karakter.</translation>
    </message>
    <message>
        <source>Up to {largest} ms between keys: that is a person&apos;s pace, not a scanner&apos;s. Nothing to store; scan again.</source>
        <translation>Sampai {largest} ms antar tombol: itu kecepatan orang mengetik, bukan pemindai. Tidak ada yang disimpan; pindai lagi.</translation>
    </message>
    <message>
        <source>Read: {code}.</source>
        <translation>Terbaca: {code}.</translation>
    </message>
    <message>
        <source>No NIP or NIK in it, but the timing counts.</source>
        <translation>Tidak ada NIP atau NIK di dalamnya, tetapi waktunya tetap terukur.</translation>
    </message>
    <message>
        <source>A code without Enter or Tab ends {silence} ms after its last key.</source>
        <translation>Kode tanpa Enter atau Tab berakhir {silence} ms setelah tombol terakhirnya.</translation>
    </message>
    <message>
        <source>{chars} characters, {typical} ms between keys (at most {largest} ms), ending with {ends}.</source>
        <translation>{chars} karakter, {typical} ms antar tombol (paling lama {largest} ms), diakhiri {ends}.</translation>
    </message>
    <message>
        <source>Saved, this desk takes keys up to {gap} ms apart as one scan.</source>
        <translation>Jika disimpan, meja ini menganggap tombol yang berjarak sampai {gap} ms sebagai satu pindaian.</translation>
    </message>
    <message>
        <source>Stored for this desk.</source>
        <translation>Disimpan untuk meja ini.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Letterhead (kop surat) of the printed lists</source>
        <translation>Kop surat pada daftar cetak</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Pencetakan</translation>
    </message>
    <message>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Default approving official (mengetahui)</source>
        <translation>Pejabat yang mengetahui (bawaan)</translation>
    </message>
    <message>
        <source>This desk</source>
        <translation>Meja ini</translation>
    </message>
    <message>
        <source>Admin PIN (needed to void a check-in, and to close or reopen an event)</source>
        <translation>PIN admin (diperlukan untuk membatalkan kehadiran, serta menutup atau membuka kembali acara)</translation>
    </message>
    <message>
        <source>City for &quot;place, date&quot;</source>
        <translation>Kota untuk “tempat, tanggal”</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Kertas</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Desk name</source>
        <translation>Nama meja</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN sekarang</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN baru</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Ulangi PIN baru</translation>
    </message>
    <message>
        <source>4–12 digits; leave empty to keep</source>
        <translation>4–12 angka; kosongkan jika tidak diubah</translation>
    </message>
    <message>
        <source>A PIN is set. To change it, type the current PIN first.</source>
        <translation>PIN sudah diatur. Untuk menggantinya, ketik dulu PIN yang sekarang.</translation>
    </message>
    <message>
        <source>No PIN is set yet: anyone can void a check-in or close an event.</source>
        <translation>PIN belum diatur: siapa pun dapat membatalkan kehadiran atau menutup acara.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The current PIN is not right; the PIN was not changed.</source>
        <translation>PIN sekarang salah; PIN tidak diubah.</translation>
    </message>
    <message>
        <source>The two new PINs differ; type them again.</source>
        <translation>Kedua PIN baru berbeda; ketik ulang.</translation>
    </message>
    <message>
        <source>The PIN must have 4 to 12 digits.</source>
        <translation>PIN harus terdiri dari 4 sampai 12 angka.</translation>
    </message>
    <message>
        <source>The approving official&apos;s NIP: {reason}</source>
        <translation>NIP pejabat yang mengetahui: {reason}</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Pengaturan tidak tersimpan</translation>
    </message>
    <message>
        <source>One line each: the government, the unit&apos;s name (printed bold), the address. Until a letterhead is set, every document carries a red KOP BELUM DIATUR mark.</source>
        <translation>Satu baris masing-masing: pemerintah daerah, nama instansi (dicetak tebal), alamat. Selama kop surat belum diatur, setiap dokumen membawa tanda merah KOP BELUM DIATUR.</translation>
    </message>
    <message>
        <source>First-start setup…</source>
        <translation>Pengaturan awal…</translation>
    </message>
    <message>
        <source>The setup asked on the first start, page by page, with the letterhead drawn as it will print</source>
        <translation>Pengaturan yang ditanyakan saat pertama kali dibuka, halaman demi halaman, dengan kop surat tergambar seperti hasil cetaknya</translation>
    </message>
    <message>
        <source>Pemda in the pact text</source>
        <translation>Pemda di teks pakta</translation>
    </message>
    <message>
        <source>Printed in the points of every pact page: &quot;… Pegawai ASN di lingkungan Pemerintah Kabupaten Maju …&quot;. A new event&apos;s pact text starts with it (the event&apos;s owner may change it there). Empty: taken from the letterhead&apos;s first line.</source>
        <translation>Tercetak pada butir-butir setiap halaman pakta: &quot;… Pegawai ASN di lingkungan Pemerintah Kabupaten Maju …&quot;. Teks pakta acara baru memakainya (pemilik acara dapat mengubahnya di sana). Bila kosong: diambil dari baris pertama kop surat.</translation>
    </message>
    <message>
        <source>from the letterhead: {pemda}</source>
        <translation>dari kop surat: {pemda}</translation>
    </message>
    <message>
        <source>e.g. Pemerintah Kabupaten Maju</source>
        <translation>mis. Pemerintah Kabupaten Maju</translation>
    </message>
    <message>
        <source>From the next start Ikrar opens the server {server}: close Ikrar and open it again.</source>
        <translation>Pilihan disimpan; Ikrar membuka server {server} mulai saat dibuka berikutnya: tutup Ikrar lalu buka kembali.</translation>
    </message>
    <message>
        <source>From the next start Ikrar opens the file on this computer: close Ikrar and open it again.</source>
        <translation>Pilihan disimpan; Ikrar membuka berkas di komputer ini mulai saat dibuka berikutnya: tutup Ikrar lalu buka kembali.</translation>
    </message>
    <message>
        <source>Database chosen</source>
        <translation>Basis data dipilih</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Ikrar: first start</source>
        <translation>Ikrar: pertama kali dibuka</translation>
    </message>
    <message>
        <source>Ikrar: setup</source>
        <translation>Ikrar: pengaturan awal</translation>
    </message>
    <message>
        <source>1. This desk</source>
        <translation>1. Meja ini</translation>
    </message>
    <message>
        <source>2. Letterhead</source>
        <translation>2. Kop surat</translation>
    </message>
    <message>
        <source>3. City and official</source>
        <translation>3. Kota dan pejabat</translation>
    </message>
    <message>
        <source>4. Admin PIN</source>
        <translation>4. PIN admin</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Nanti saja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Lanjut</translation>
    </message>
    <message>
        <source>The settings were not saved</source>
        <translation>Pengaturan tidak tersimpan</translation>
    </message>
</context>
<context>
    <name>SignPage</name>
    <message>
        <source>Sign here</source>
        <translation>Tanda tangan di sini</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Sudah tanda tangan</translation>
    </message>
    <message>
        <source>Event closed</source>
        <translation>Acara ditutup</translation>
    </message>
    <message>
        <source>Clear (F6)</source>
        <translation>Hapus (F6)</translation>
    </message>
    <message>
        <source>Cannot sign… (F7)</source>
        <translation>Tidak dapat tanda tangan… (F7)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Batal (Esc)</translation>
    </message>
    <message>
        <source>Save (Enter)</source>
        <translation>Simpan (Enter)</translation>
    </message>
    <message>
        <source>Next person (Enter)</source>
        <translation>Orang berikutnya (Enter)</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Sign here</source>
        <translation>Tanda tangan di sini</translation>
    </message>
    <message>
        <source>Signature pad</source>
        <translation>Kotak tanda tangan</translation>
    </message>
</context>
<context>
    <name>SignerWindow</name>
    <message>
        <source>Ikrar — signature</source>
        <translation>Ikrar — tanda tangan</translation>
    </message>
    <message>
        <source>Clear and sign again</source>
        <translation>Hapus dan tanda tangan ulang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Please wait: the desk will call you.</source>
        <translation>Mohon tunggu: petugas meja akan memanggil Anda.</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Mohon tunggu</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Tanda tangan di sini</translation>
    </message>
    <message>
        <source>Already signed</source>
        <translation>Sudah tanda tangan</translation>
    </message>
    <message>
        <source>Thank you, {name}. Your signature is saved.</source>
        <translation>Terima kasih, {name}. Tanda tangan Anda sudah tersimpan.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Registration desk for the apel and the signing of the pakta integritas netralitas ASN</source>
        <translation>Meja registrasi apel dan penandatanganan pakta integritas netralitas ASN</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Bahasa:</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Open the desk (Enter)</source>
        <translation>Buka meja registrasi (Enter)</translation>
    </message>
    <message>
        <source>Attendance list (Ctrl+L)</source>
        <translation>Daftar hadir (Ctrl+L)</translation>
    </message>
    <message>
        <source>Print and reports (Ctrl+R)</source>
        <translation>Cetak dan laporan (Ctrl+R)</translation>
    </message>
    <message>
        <source>Edit event… (Ctrl+E)</source>
        <translation>Ubah acara… (Ctrl+E)</translation>
    </message>
    <message>
        <source>New event… (Ctrl+N)</source>
        <translation>Acara baru… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Getting ready</source>
        <translation>Persiapan</translation>
    </message>
    <message>
        <source>Import employee list… (Ctrl+I)</source>
        <translation>Impor daftar pegawai… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Letterhead, paper, approving official, this desk&apos;s name, language and the admin PIN.</source>
        <translation>Kop surat, kertas, pejabat yang mengetahui, nama meja ini, bahasa, dan PIN admin.</translation>
    </message>
    <message>
        <source>Settings… (Ctrl+,)</source>
        <translation>Pengaturan… (Ctrl+,)</translation>
    </message>
    <message>
        <source>Combine the check-ins of several desks: export this desk&apos;s file or import the files of other desks.</source>
        <translation>Gabungkan kehadiran dari beberapa meja: ekspor berkas meja ini atau impor berkas dari meja lain.</translation>
    </message>
    <message>
        <source>Sync files (Ctrl+S)</source>
        <translation>Berkas sinkronisasi (Ctrl+S)</translation>
    </message>
    <message>
        <source>Keys: ↑/↓ choose an event · Enter opens its desk · Tab moves between buttons · F5 refreshes the counts</source>
        <translation>Tombol: ↑/↓ pilih acara · Enter buka meja registrasinya · Tab pindah antartombol · F5 perbarui jumlah</translation>
    </message>
    <message>
        <source>The events could not be read</source>
        <translation>Daftar acara tidak dapat dibaca</translation>
    </message>
    <message>
        <source>Reopen event… ({key})</source>
        <translation>Buka kembali… ({key})</translation>
    </message>
    <message>
        <source>Close event… ({key})</source>
        <translation>Tutup acara… ({key})</translation>
    </message>
    <message>
        <source>No event yet.
Create the first one with “New event… (Ctrl+N)”.</source>
        <translation>Belum ada acara.
Buat acara pertama dengan “Acara baru… (Ctrl+N)”.</translation>
    </message>
    <message>
        <source>No event yet.
Start by importing the employee list (Ctrl+I), then create an event (Ctrl+N).</source>
        <translation>Belum ada acara.
Mulailah dengan mengimpor daftar pegawai (Ctrl+I), lalu buat acara (Ctrl+N).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Employee list:&lt;/b&gt; {people} active people in {units} units.</source>
        <translation>&lt;b&gt;Daftar pegawai:&lt;/b&gt; {people} pegawai aktif di {units} unit kerja.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Start here:&lt;/b&gt; no employees yet. Import the list exported from SIASN or SIMPEG (CSV or XLSX).</source>
        <translation>&lt;b&gt;Mulai di sini:&lt;/b&gt; belum ada data pegawai. Impor daftar hasil ekspor SIASN atau SIMPEG (CSV atau XLSX).</translation>
    </message>
    <message>
        <source>This desk: {desk}</source>
        <translation>Meja ini: {desk}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Folder data: {folder}</translation>
    </message>
    <message>
        <source>The language was not saved</source>
        <translation>Bahasa tidak tersimpan</translation>
    </message>
    <message>
        <source>Apel</source>
        <translation>Apel</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Upacara</translation>
    </message>
    <message>
        <source>Pact signing</source>
        <translation>Penandatanganan pakta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Acara</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Wajib hadir</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>(ditutup)</translation>
    </message>
    <message>
        <source>Database server: {server}</source>
        <translation>Server basis data: {server}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Present (late)</source>
        <translation>Hadir (terlambat)</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>S — Sick</source>
        <translation>S — Sakit</translation>
    </message>
    <message>
        <source>I — Permission (izin)</source>
        <translation>I — Izin</translation>
    </message>
    <message>
        <source>C — Leave (cuti)</source>
        <translation>C — Cuti</translation>
    </message>
    <message>
        <source>DL — Official duty elsewhere</source>
        <translation>DL — Dinas luar</translation>
    </message>
    <message>
        <source>TK — No explanation</source>
        <translation>TK — Tanpa keterangan</translation>
    </message>
    <message>
        <source>No record yet</source>
        <translation>Belum tercatat</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <source>← Back (Esc)</source>
        <translation>← Kembali (Esc)</translation>
    </message>
    <message>
        <source>Sync and coverage</source>
        <translation>Sinkronisasi dan cakupan</translation>
    </message>
    <message>
        <source>Export from this desk</source>
        <translation>Ekspor dari meja ini</translation>
    </message>
    <message>
        <source>Import files from other desks</source>
        <translation>Impor berkas dari meja lain</translation>
    </message>
    <message>
        <source>Merge results</source>
        <translation>Hasil penggabungan</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Acara:</translation>
    </message>
    <message>
        <source>Save to:</source>
        <translation>Simpan ke:</translation>
    </message>
    <message>
        <source>A folder or a USB stick</source>
        <translation>Folder atau flashdisk</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Pilih folder…</translation>
    </message>
    <message>
        <source>Encrypt with a passphrase (for e-mail)</source>
        <translation>Enkripsi dengan kata sandi (untuk surel)</translation>
    </message>
    <message>
        <source>Passphrase (8+ characters)</source>
        <translation>Kata sandi (minimal 8 karakter)</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Ulangi kata sandi</translation>
    </message>
    <message>
        <source>Export sync file</source>
        <translation>Ekspor berkas sinkronisasi</translation>
    </message>
    <message>
        <source>Export event package</source>
        <translation>Ekspor paket acara</translation>
    </message>
    <message>
        <source>Merge sync files…</source>
        <translation>Gabungkan berkas sinkronisasi…</translation>
    </message>
    <message>
        <source>Import event package…</source>
        <translation>Impor paket acara…</translation>
    </message>
    <message>
        <source>Every file is checked first (signature and checksums); a changed file is refused whole and changes nothing. Merging a file twice changes nothing.</source>
        <translation>Setiap berkas diperiksa dulu (tanda tangan digital dan checksum); berkas yang berubah ditolak seluruhnya dan tidak mengubah apa pun. Menggabungkan berkas yang sama dua kali tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Meja</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Already known</source>
        <translation>Sudah ada</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Ganda</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Rincian</translation>
    </message>
    <message>
        <source>Ikrar files (*.ikrar)</source>
        <translation>Berkas Ikrar (*.ikrar)</translation>
    </message>
    <message>
        <source>Encrypted file</source>
        <translation>Berkas terenkripsi</translation>
    </message>
    <message>
        <source>Passphrase of {name}:</source>
        <translation>Kata sandi {name}:</translation>
    </message>
    <message>
        <source>Admin PIN</source>
        <translation>PIN admin</translation>
    </message>
    <message>
        <source>Admin PIN:</source>
        <translation>PIN admin:</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Simpan ke</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua kata sandi berbeda.</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Sedang menulis…</translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation>Tertulis: {path}</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Gagal.</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sinkronisasi</translation>
    </message>
    <message>
        <source>Merge sync files</source>
        <translation>Gabungkan berkas sinkronisasi</translation>
    </message>
    <message>
        <source>Merging {n} files…</source>
        <translation>Menggabungkan {n} berkas…</translation>
    </message>
    <message>
        <source>Import event package</source>
        <translation>Impor paket acara</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Mengimpor {name}…</translation>
    </message>
    <message>
        <source>{ok} merged, {refused} refused.</source>
        <translation>{ok} digabungkan, {refused} ditolak.</translation>
    </message>
    <message>
        <source>new signatures: {n}</source>
        <translation>tanda tangan baru: {n}</translation>
    </message>
    <message>
        <source>voids: {n}</source>
        <translation>pembatalan: {n}</translation>
    </message>
    <message>
        <source>new people: {n}</source>
        <translation>pegawai baru: {n}</translation>
    </message>
    <message>
        <source>new events: {n}</source>
        <translation>acara baru: {n}</translation>
    </message>
    <message>
        <source>updated: {what}</source>
        <translation>diperbarui: {what}</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>tidak ada yang baru</translation>
    </message>
    <message>
        <source>Duplicate: {name} ({code}) counts at {desk} {at}</source>
        <translation>Ganda: {name} ({code}) dihitung di {desk} {at}</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Digabungkan</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>&lt;b&gt;File opened:&lt;/b&gt; {name}. Nothing is merged until you click below.</source>
        <translation>&lt;b&gt;Berkas dibuka:&lt;/b&gt; {name}. Belum ada yang digabungkan sampai Anda mengklik tombol di bawah.</translation>
    </message>
    <message>
        <source>Check and merge this file</source>
        <translation>Periksa dan gabungkan berkas ini</translation>
    </message>
    <message>
        <source>Export bundle (hub)</source>
        <translation>Ekspor bundel (hub)</translation>
    </message>
    <message>
        <source>Reject the desk of the selected file…</source>
        <translation>Tolak meja dari berkas yang dipilih…</translation>
    </message>
    <message>
        <source>NEW DESK {name}, fingerprint {fp}</source>
        <translation>MEJA BARU {name}, sidik jari {fp}</translation>
    </message>
    <message>
        <source>CONFLICT {kind} {id}: same UUID, other content (a copied key?)</source>
        <translation>KONFLIK {kind} {id}: UUID sama, isi berbeda (kunci disalin?)</translation>
    </message>
    <message>
        <source>hub {name}: {n} decisions not counted until you trust it</source>
        <translation>hub {name}: {n} keputusan belum dihitung sampai Anda mempercayainya</translation>
    </message>
    <message>
        <source>Reject a desk</source>
        <translation>Tolak meja</translation>
    </message>
    <message>
        <source>Why are the records of desk &apos;{desk}&apos; not to count?</source>
        <translation>Mengapa catatan meja &apos;{desk}&apos; tidak dihitung?</translation>
    </message>
    <message>
        <source>Desk &apos;{desk}&apos; rejected: its records no longer count.</source>
        <translation>Meja &apos;{desk}&apos; ditolak: catatannya tidak lagi dihitung.</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Semua acara</translation>
    </message>
    <message>
        <source>Campaign deadline</source>
        <translation>Tenggat kampanye</translation>
    </message>
    <message>
        <source>this very file was merged before ({when}): nothing new</source>
        <translation>berkas yang sama sudah digabung ({when}): tidak ada yang baru</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>Only the units ticked below</source>
        <translation>Hanya unit kerja yang dicentang di bawah</translation>
    </message>
    <message>
        <source>Filter units, e.g. dinas kes</source>
        <translation>Saring unit kerja, mis. dinas kes</translation>
    </message>
    <message>
        <source>Tick the units shown</source>
        <translation>Centang unit yang tampil</translation>
    </message>
    <message>
        <source>Untick all</source>
        <translation>Hapus semua centang</translation>
    </message>
    <message>
        <source>{unit} ({count} people)</source>
        <translation>{unit} ({count} orang)</translation>
    </message>
    <message>
        <source>All {units} units are expected: {people} people.</source>
        <translation>Semua {units} unit kerja wajib hadir: {people} orang.</translation>
    </message>
    <message>
        <source>{checked} of {units} units ticked: {people} people expected.</source>
        <translation>{checked} dari {units} unit kerja dicentang: {people} orang wajib hadir.</translation>
    </message>
</context>
<context>
    <name>UnitsToSaveDialog</name>
    <message>
        <source>Units in the saved list</source>
        <translation>Unit dalam daftar yang disimpan</translation>
    </message>
    <message>
        <source>The list covers {units} units: {people} employees.</source>
        <translation>Daftar ini mencakup {units} unit: {people} pegawai.</translation>
    </message>
    <message>
        <source>Tick at least one unit, or choose &apos;All units&apos;.</source>
        <translation>Centang paling sedikit satu unit, atau pilih &apos;Semua unit kerja&apos;.</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <source>Void a check-in</source>
        <translation>Batalkan kehadiran</translation>
    </message>
    <message>
        <source>A voided check-in is kept with its reason and synced; it no longer counts.</source>
        <translation>Kehadiran yang dibatalkan tetap disimpan beserta alasannya dan ikut disinkronkan; tidak lagi dihitung.</translation>
    </message>
    <message>
        <source>Check-in:</source>
        <translation>Kehadiran:</translation>
    </message>
    <message>
        <source>e.g. wrong person chosen</source>
        <translation>mis. salah memilih orang</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <source>Admin PIN:</source>
        <translation>PIN admin:</translation>
    </message>
    <message>
        <source>No admin PIN is set (Settings): anyone at this desk can void.</source>
        <translation>PIN admin belum diatur (Pengaturan): siapa pun di meja ini dapat membatalkan.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Alasan wajib diisi.</translation>
    </message>
    <message>
        <source>Wrong admin PIN.</source>
        <translation>PIN admin salah.</translation>
    </message>
    <message>
        <source>Void the check-in</source>
        <translation>Batalkan kehadiran</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Register a walk-in</source>
        <translation>Catat peserta di luar daftar</translation>
    </message>
    <message>
        <source>For someone who is here but not on the employee list. The person is recorded as present; they can sign at the desk afterwards.</source>
        <translation>Untuk peserta yang hadir tetapi tidak ada dalam daftar pegawai. Orang ini dicatat hadir; tanda tangannya dapat dilakukan di meja registrasi sesudahnya.</translation>
    </message>
    <message>
        <source>NIP or NIK</source>
        <translation>NIP atau NIK</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>(no unit / other)</source>
        <translation>(tanpa unit / lainnya)</translation>
    </message>
    <message>
        <source>as on the ID card, with titles if any</source>
        <translation>sesuai kartu identitas, dengan gelar jika ada</translation>
    </message>
    <message>
        <source>Register as present</source>
        <translation>Catat hadir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>On the employee list: {name} ({unit}). Saving records this person.</source>
        <translation>Ada dalam daftar pegawai: {name} ({unit}). Simpan untuk mencatat kehadirannya.</translation>
    </message>
    <message>
        <source>Write the person&apos;s name.</source>
        <translation>Tuliskan nama orang tersebut.</translation>
    </message>
    <message>
        <source>The walk-in was not saved</source>
        <translation>Peserta di luar daftar tidak tersimpan</translation>
    </message>
    <message>
        <source>For someone who is here but not on the employee list. The person is recorded as present, then signs on the pad.</source>
        <translation>Untuk orang yang hadir tetapi tidak ada di daftar pegawai. Orang ini dicatat hadir, lalu menandatangani pada pad.</translation>
    </message>
    <message>
        <source>Register, then sign</source>
        <translation>Catat, lalu tanda tangan</translation>
    </message>
</context>
</TS>
