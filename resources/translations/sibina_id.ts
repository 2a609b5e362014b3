<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddByFilterDialog</name>
    <message>
        <source>Add staff by filter</source>
        <translation>Tambah pegawai menurut saringan</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>Any position</source>
        <translation>Semua jabatan</translation>
    </message>
    <message>
        <source>Any functional level</source>
        <translation>Semua jenjang fungsional</translation>
    </message>
    <message>
        <source>Only those below the %1 JP target (%2 JP)</source>
        <translation>Hanya yang di bawah target JP %1 (%2 JP)</translation>
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
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>JP in %1</source>
        <translation>JP tahun %1</translation>
    </message>
    <message>
        <source>Functional level</source>
        <translation>Jenjang fungsional</translation>
    </message>
    <message>
        <source>Register as</source>
        <translation>Daftarkan sebagai</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) match</source>
        <translation>
            <numerusform>%n orang cocok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Tambah %n orang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name}: attach a PDF, PNG or JPG file.</source>
        <translation>{name}: lampirkan berkas PDF, PNG atau JPG.</translation>
    </message>
    <message>
        <source>{name} is larger than 50 MB; scan it at a lower resolution.</source>
        <translation>{name} lebih besar dari 50 MB; pindai dengan resolusi yang lebih rendah.</translation>
    </message>
</context>
<context>
    <name>AttachmentsDialog</name>
    <message>
        <source>Scanned sheets</source>
        <translation>Lembar pindaian</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ditambahkan</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Lampirkan berkas…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Attach scanned sheet</source>
        <translation>Lampirkan lembar pindaian</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Pindaian (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Description (optional), e.g. signed sign-in sheet:</source>
        <translation>Keterangan (boleh kosong), mis. daftar hadir yang ditandatangani:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>No program to show this file was found. A copy is at %1.</source>
        <translation>Tidak ada program untuk menampilkan berkas ini. Salinannya ada di %1.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Remove %1 from this session? The database keeps no other copy.</source>
        <translation>Hapus %1 dari sesi ini? Basis data tidak menyimpan salinan lain.</translation>
    </message>
</context>
<context>
    <name>AttendanceActions</name>
    <message>
        <source>By name</source>
        <translation>Menurut nama</translation>
    </message>
    <message>
        <source>By participant number</source>
        <translation>Menurut nomor peserta</translation>
    </message>
    <message>
        <source>By unit or institution</source>
        <translation>Menurut unit atau instansi</translation>
    </message>
    <message>
        <source>Order of names</source>
        <translation>Urutan nama</translation>
    </message>
    <message>
        <source>List the names:</source>
        <translation>Urutkan nama:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save sign-in sheet</source>
        <translation>Simpan daftar hadir</translation>
    </message>
    <message>
        <source>Save name tags</source>
        <translation>Simpan tanda pengenal</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Disimpan ke %1.</translation>
    </message>
    <message>
        <source>Writing the PDF…</source>
        <translation>Menulis PDF…</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
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
        <source>Unit / institution</source>
        <translation>Unit / instansi</translation>
    </message>
    <message>
        <source>Session %1: %2, %3
%4
%5 JP</source>
        <translation>Sesi %1: %2, %3
%4
%5 JP</translation>
    </message>
    <message>
        <source>Attended
%</source>
        <translation>Hadir
%</translation>
    </message>
    <message>
        <source>JP
attended</source>
        <translation>JP
diikuti</translation>
    </message>
    <message>
        <source>Check-in
session %1</source>
        <translation>Presensi
sesi %1</translation>
    </message>
    <message>
        <source>Note
session %1</source>
        <translation>Catatan
sesi %1</translation>
    </message>
    <message>
        <source>Recorded by
session %1</source>
        <translation>Dicatat oleh
sesi %1</translation>
    </message>
    <message>
        <source>Set a status first; then F2 writes a note.</source>
        <translation>Isi statusnya dahulu; lalu F2 untuk menulis catatan.</translation>
    </message>
    <message>
        <source>Not recorded. Press H, T, I, S or A.</source>
        <translation>Belum dicatat. Tekan H, T, I, S atau A.</translation>
    </message>
    <message>
        <source>Checked in at %1</source>
        <translation>Presensi pukul %1</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Dicatat oleh %1</translation>
    </message>
</context>
<context>
    <name>AttendanceGridView</name>
    <message>
        <source>Clear	Del</source>
        <translation>Kosongkan	Del</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Saved with every mark you set</source>
        <translation>Disimpan bersama setiap tanda yang Anda isi</translation>
    </message>
    <message>
        <source>Mark remaining as %1</source>
        <translation>Tandai sisanya %1</translation>
    </message>
    <message>
        <source>Mark all as %1</source>
        <translation>Tandai semua %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Ula&amp;ngi</translation>
    </message>
    <message>
        <source>Chec&amp;k-in…</source>
        <translation>&amp;Presensi…</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet…</source>
        <translation>&amp;Daftar hadir…</translation>
    </message>
    <message>
        <source>&amp;Name tags…</source>
        <translation>&amp;Tanda pengenal…</translation>
    </message>
    <message>
        <source>Scanned s&amp;heets…</source>
        <translation>Lembar pi&amp;ndaian…</translation>
    </message>
    <message>
        <source>&amp;Eligibility…</source>
        <translation>Ke&amp;layakan sertifikat…</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Kegiatan:</translation>
    </message>
    <message>
        <source>Se&amp;ssion:</source>
        <translation>&amp;Sesi:</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>Dicatat &amp;oleh:</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes: %1</source>
        <translation>Ctrl+Z mengurungkan: %1</translation>
    </message>
    <message>
        <source>Everyone already has a status at this session.</source>
        <translation>Semua orang sudah memiliki status di sesi ini.</translation>
    </message>
    <message>
        <source>No event yet: add one on the Events tab.</source>
        <translation>Belum ada kegiatan: tambahkan di tab Kegiatan.</translation>
    </message>
    <message>
        <source>This event has no sessions yet: add them with Schedule… on the Events tab.</source>
        <translation>Kegiatan ini belum memiliki sesi: tambahkan dengan Jadwal… di tab Kegiatan.</translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n hadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n terlambat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n excused</source>
        <translation>
            <numerusform>%n izin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sick</source>
        <translation>
            <numerusform>%n sakit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n absent</source>
        <translation>
            <numerusform>%n alpa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded</source>
        <translation>
            <numerusform>%n belum dicatat</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 of %2: %3</source>
        <translation>Sesi %1 dari %2: %3</translation>
    </message>
</context>
<context>
    <name>CapacityQuestion</name>
    <message numerus="yes">
        <source>Restoring %n registration(s) puts the event %1 over its capacity of %2. Restore them anyway?</source>
        <translation>
            <numerusform>Memulihkan %n pendaftaran membuat kegiatan melebihi kapasitas %2 sebanyak %1. Tetap pulihkan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Tetap pulihkan</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n person(s) puts the event %1 over its capacity of %2. Add them anyway?</source>
        <translation>
            <numerusform>Menambah %n orang membuat kegiatan melebihi kapasitas %2 sebanyak %1. Tetap tambahkan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add anyway</source>
        <translation>Tetap tambahkan</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check-in: %1</source>
        <translation>Presensi: %1</translation>
    </message>
    <message>
        <source>Scan the name tag or type the NIP or number, then Enter</source>
        <translation>Pindai tanda pengenal atau ketik NIP atau nomor, lalu Enter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Full screen (F11)</source>
        <translation>Layar penuh (F11)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Ready for the first scan</source>
        <translation>Siap untuk pindaian pertama</translation>
    </message>
    <message>
        <source>Not recorded: %1 Scan again.</source>
        <translation>Tidak tercatat: %1 Pindai lagi.</translation>
    </message>
    <message>
        <source>Welcome, %1 — checked in at %2</source>
        <translation>Selamat datang, %1 — hadir pukul %2</translation>
    </message>
    <message>
        <source>Welcome, %1 — late, %2</source>
        <translation>Selamat datang, %1 — terlambat, %2</translation>
    </message>
    <message>
        <source>%1 is already marked present</source>
        <translation>%1 sudah tercatat hadir</translation>
    </message>
    <message>
        <source>%1 was already checked in at %2</source>
        <translation>%1 sudah presensi pukul %2</translation>
    </message>
    <message>
        <source>%1 is not registered for this event</source>
        <translation>%1 tidak terdaftar di kegiatan ini</translation>
    </message>
    <message>
        <source>Unknown code: %1</source>
        <translation>Kode tidak dikenal: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 checked in</source>
        <translation>
            <numerusform>%n dari %1 sudah presensi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>SiBina — staff development records of the library.</source>
        <translation>SiBina — catatan pembinaan pegawai perpustakaan.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>database file (default: sibina.sqlite in the data folder)</source>
        <translation>berkas basis data (bawaan: sibina.sqlite di folder data)</translation>
    </message>
    <message>
        <source>language of the interface and messages</source>
        <translation>bahasa tampilan dan pesan</translation>
    </message>
    <message>
        <source>open a separate demo database full of example data</source>
        <translation>buka basis data demo terpisah yang berisi data contoh</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>PERINTAH</translation>
    </message>
    <message>
        <source>fill an empty database with demo data</source>
        <translation>isi basis data kosong dengan data demo</translation>
    </message>
    <message>
        <source>import staff from an XLSX or CSV file</source>
        <translation>impor pegawai dari berkas XLSX atau CSV</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>OUT.csv</source>
        <translation>KELUARAN.csv</translation>
    </message>
    <message>
        <source>write the rejected rows to this file to fix and re-import</source>
        <translation>tulis baris yang ditolak ke berkas ini untuk diperbaiki dan diimpor ulang</translation>
    </message>
    <message>
        <source>export the staff list to XLSX or CSV</source>
        <translation>ekspor daftar pegawai ke XLSX atau CSV</translation>
    </message>
    <message>
        <source>OUT.xlsx|OUT.csv</source>
        <translation>KELUARAN.xlsx|KELUARAN.csv</translation>
    </message>
    <message>
        <source>check the database&apos;s integrity and print its schema version</source>
        <translation>periksa keutuhan basis data dan tampilkan versi skemanya</translation>
    </message>
    <message>
        <source>list the events, one a line, tab-separated</source>
        <translation>daftar kegiatan, satu per baris, dipisah tab</translation>
    </message>
    <message>
        <source>YEAR</source>
        <translation>TAHUN</translation>
    </message>
    <message>
        <source>only events taking place in this year</source>
        <translation>hanya kegiatan yang berlangsung pada tahun ini</translation>
    </message>
    <message>
        <source>list the names by name (default), participant number or unit</source>
        <translation>urutkan nama menurut nama (bawaan), nomor peserta atau unit</translation>
    </message>
    <message>
        <source>print the sign-in sheets of an event&apos;s sessions to a PDF</source>
        <translation>cetak daftar hadir sesi-sesi kegiatan ke PDF</translation>
    </message>
    <message>
        <source>EVENT_ID</source>
        <translation>ID_KEGIATAN</translation>
    </message>
    <message>
        <source>only the event&apos;s Nth session (1 is the first); all sessions if left out</source>
        <translation>hanya sesi ke-N kegiatan (1 adalah yang pertama); semua sesi bila tidak diisi</translation>
    </message>
    <message>
        <source>print the name tags of an event to a PDF</source>
        <translation>cetak tanda pengenal kegiatan ke PDF</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>BERKAS.pdf</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Tidak ada basis data di %1.</translation>
    </message>
    <message>
        <source>Warning: %1 is on removable or network storage; keep the working database on the local disk and use backups for USB sticks.</source>
        <translation>Peringatan: %1 berada di media lepasan atau jaringan; simpan basis data kerja di disk lokal dan gunakan cadangan untuk flashdisk.</translation>
    </message>
    <message>
        <source>Demo data written: %1 staff, %2 external people.</source>
        <translation>Data demo ditulis: %1 pegawai, %2 pihak luar.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Tidak ada berkas %1.</translation>
    </message>
    <message>
        <source>The rejects file must end in .csv or .xlsx.</source>
        <translation>Berkas baris yang ditolak harus berakhiran .csv atau .xlsx.</translation>
    </message>
    <message>
        <source>imported %1, updated %2, rejected %3</source>
        <translation>diimpor %1, diperbarui %2, ditolak %3</translation>
    </message>
    <message>
        <source>row %1, column %2: %3</source>
        <translation>baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>The export file must end in .xlsx or .csv.</source>
        <translation>Berkas ekspor harus berakhiran .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>%1 people written to %2.</source>
        <translation>%1 orang ditulis ke %2.</translation>
    </message>
    <message>
        <source>schema version %1</source>
        <translation>versi skema %1</translation>
    </message>
    <message>
        <source>This database was written by a newer SiBina (schema %1; this one knows up to %2).</source>
        <translation>Basis data ini ditulis oleh SiBina yang lebih baru (skema %1; versi ini hanya mengenal sampai %2).</translation>
    </message>
    <message>
        <source>upgrade pending: SiBina upgrades it to schema %1, after a safety copy, when it next opens it</source>
        <translation>menunggu pembaruan: SiBina memperbaruinya ke skema %1, setelah membuat salinan pengaman, saat berikutnya membukanya</translation>
    </message>
    <message>
        <source>integrity check failed:</source>
        <translation>pemeriksaan keutuhan gagal:</translation>
    </message>
    <message>
        <source>integrity check: ok</source>
        <translation>pemeriksaan keutuhan: baik</translation>
    </message>
    <message>
        <source>The output file must end in .pdf.</source>
        <translation>Berkas keluaran harus berakhiran .pdf.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>Tidak ada kegiatan dengan id %1.</translation>
    </message>
    <message>
        <source>unexpected arguments for the window</source>
        <translation>argumen yang tidak sesuai untuk jendela</translation>
    </message>
</context>
<context>
    <name>CliTexts</name>
    <message numerus="yes">
        <source>The event has %n session(s); choose --session from 1 to %n.</source>
        <translation>
            <numerusform>Kegiatan ini memiliki %n sesi; pilih --session dari 1 sampai %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n halaman ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name tag(s) written to %1.</source>
        <translation>
            <numerusform>%n tanda pengenal ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error: %1. Your saved work is safe; the details were written to %2.</source>
        <translation>Kesalahan tak terduga: %1. Pekerjaan yang sudah disimpan aman; rinciannya ditulis ke %2.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>{path} is not a SiBina database ({detail}).</source>
        <translation>{path} bukan basis data SiBina ({detail}).</translation>
    </message>
    <message>
        <source>{path} was written by a newer version of SiBina (schema {names}); update the application before opening it.</source>
        <translation>{path} ditulis oleh SiBina versi yang lebih baru (skema {names}); perbarui aplikasi sebelum membukanya.</translation>
    </message>
    <message>
        <source>{path} is busy with another SiBina window or command; nothing was changed. Try again in a moment.</source>
        <translation>{path} sedang dipakai jendela atau perintah SiBina lain; tidak ada yang diubah. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>{path} is not a SiBina database.</source>
        <translation>{path} bukan basis data SiBina.</translation>
    </message>
    <message>
        <source>Upgrading {path} failed ({detail}). The copy made before the upgrade is {copy}.</source>
        <translation>Pembaruan {path} gagal ({detail}). Salinan yang dibuat sebelum pembaruan adalah {copy}.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>The database already holds data; demo data goes only into an empty database.</source>
        <translation>Basis data sudah berisi data; data demo hanya dapat diisikan ke basis data kosong.</translation>
    </message>
</context>
<context>
    <name>DuplicateDialog</name>
    <message>
        <source>Duplicate event</source>
        <translation>Gandakan kegiatan</translation>
    </message>
    <message>
        <source>The copy gets the details and the schedule of “%1”, moved to the new dates, and no participants (the speakers of the schedule are registered again).</source>
        <translation>Salinan mendapat rincian dan jadwal “%1”, dipindah ke tanggal baru, tanpa peserta (narasumber dalam jadwal didaftarkan lagi).</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Hari pertama</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Gandakan</translation>
    </message>
    <message>
        <source>The title is required.</source>
        <translation>Judul wajib diisi.</translation>
    </message>
</context>
<context>
    <name>Eligibility</name>
    <message>
        <source>The event has no sessions.</source>
        <translation>Kegiatan ini belum memiliki sesi.</translation>
    </message>
    <message>
        <source>Attended {attended} of {total} sessions ({percent}%); {minimum}% needed.</source>
        <translation>Hadir {attended} dari {total} sesi ({percent}%); diperlukan {minimum}%.</translation>
    </message>
    <message>
        <source>Attended {attended} of {total} sessions, but no evaluation was submitted.</source>
        <translation>Hadir {attended} dari {total} sesi, tetapi belum mengisi evaluasi.</translation>
    </message>
    <message>
        <source>Attended {attended} of {total} sessions ({percent}%).</source>
        <translation>Hadir {attended} dari {total} sesi ({percent}%).</translation>
    </message>
    <message>
        <source>Qualifies by role.</source>
        <translation>Memenuhi syarat karena perannya.</translation>
    </message>
</context>
<context>
    <name>EligibilityDialog</name>
    <message>
        <source>Who qualifies for a certificate</source>
        <translation>Yang berhak menerima sertifikat</translation>
    </message>
    <message>
        <source>Rule: at least %1% of the sessions attended</source>
        <translation>Aturan: hadir sekurang-kurangnya %1% dari sesi</translation>
    </message>
    <message>
        <source>, and the evaluation submitted</source>
        <translation>, dan evaluasi sudah diisi</translation>
    </message>
    <message>
        <source>(change it in Settings).</source>
        <translation>(ubah di Pengaturan).</translation>
    </message>
    <message>
        <source>Qualify: %1; do not qualify: %2</source>
        <translation>Memenuhi syarat: %1; tidak memenuhi syarat: %2</translation>
    </message>
    <message>
        <source>Show only those who do not qualify</source>
        <translation>Tampilkan hanya yang tidak memenuhi syarat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Qualifies</source>
        <translation>Memenuhi syarat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
</context>
<context>
    <name>EventActionTexts</name>
    <message numerus="yes">
        <source>Delete “%1”? Its schedule and %n registration(s) are deleted with it. This cannot be undone.</source>
        <translation>
            <numerusform>Hapus “%1”? Jadwalnya dan %n pendaftaran ikut terhapus. Tindakan ini tidak dapat dibatalkan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventActions</name>
    <message>
        <source>Cancel the event</source>
        <translation>Batalkan kegiatan</translation>
    </message>
    <message>
        <source>Keep it as it is</source>
        <translation>Biarkan seperti semula</translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>Hapus kegiatan</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Cancel “%1”? It stays in the list marked Cancelled, with everything recorded for it.</source>
        <translation>Batalkan “%1”? Kegiatan tetap ada di daftar dengan tanda Dibatalkan, beserta semua catatannya.</translation>
    </message>
    <message>
        <source>Cancel event</source>
        <translation>Batalkan kegiatan</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <source>Edit event</source>
        <translation>Ubah kegiatan</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>Kegiatan baru</translation>
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
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Organised by an outside body</source>
        <translation>Diselenggarakan oleh lembaga luar</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>e.g. Perpustakaan Nasional RI</source>
        <translation>mis. Perpustakaan Nasional RI</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>tanpa batas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard the changes to this event?</source>
        <translation>Buang perubahan pada kegiatan ini?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>EventPicker</name>
    <message>
        <source>Type to find an event…  (Ctrl+F)</source>
        <translation>Ketik untuk mencari kegiatan…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(dibatalkan)</translation>
    </message>
</context>
<context>
    <name>Events</name>
    <message>
        <source>The title is required.</source>
        <translation>Judul wajib diisi.</translation>
    </message>
    <message>
        <source>Choose the kind of event.</source>
        <translation>Pilih jenis kegiatan.</translation>
    </message>
    <message>
        <source>Choose luring, daring or hybrid.</source>
        <translation>Pilih luring, daring atau hibrida.</translation>
    </message>
    <message>
        <source>Choose the event&apos;s status.</source>
        <translation>Pilih status kegiatan.</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>Tanggal mulai wajib diisi.</translation>
    </message>
    <message>
        <source>The end date is required.</source>
        <translation>Tanggal selesai wajib diisi.</translation>
    </message>
    <message>
        <source>The event cannot end before it starts.</source>
        <translation>Kegiatan tidak boleh selesai sebelum dimulai.</translation>
    </message>
    <message>
        <source>Name the outside body that organises the event.</source>
        <translation>Sebutkan lembaga luar yang menyelenggarakan kegiatan.</translation>
    </message>
    <message>
        <source>The capacity is a number of people, at least 1 (or empty).</source>
        <translation>Kapasitas adalah jumlah orang, sekurang-kurangnya 1 (atau kosong).</translation>
    </message>
    <message>
        <source>The session “{topic}” on {date} would fall outside the new dates; move or delete it first.</source>
        <translation>Sesi “{topic}” pada {date} akan berada di luar tanggal yang baru; pindahkan atau hapus dulu sesi itu.</translation>
    </message>
    <message>
        <source>The topic is required.</source>
        <translation>Topik wajib diisi.</translation>
    </message>
    <message>
        <source>The session must fall within the event, {start} to {end}.</source>
        <translation>Sesi harus berada dalam masa kegiatan, {start} sampai {end}.</translation>
    </message>
    <message>
        <source>Give a start and end time.</source>
        <translation>Isi jam mulai dan jam selesai.</translation>
    </message>
    <message>
        <source>The session must end after it starts.</source>
        <translation>Sesi harus selesai setelah dimulai.</translation>
    </message>
    <message>
        <source>JP is a number, 0 or more.</source>
        <translation>JP adalah angka, 0 atau lebih.</translation>
    </message>
    <message>
        <source>It overlaps “{topic}” ({start}–{end}) in the same room.</source>
        <translation>Sesi ini bertabrakan dengan “{topic}” ({start}–{end}) di ruang yang sama.</translation>
    </message>
    <message>
        <source>Attendance has been recorded for this session, so it cannot be deleted.</source>
        <translation>Kehadiran sudah dicatat untuk sesi ini, jadi sesi tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Files such as the signed sign-in sheet are kept with this session, so it cannot be deleted.</source>
        <translation>Berkas seperti daftar hadir yang ditandatangani tersimpan bersama sesi ini, jadi sesi tidak dapat dihapus.</translation>
    </message>
    <message>
        <source>Attendance has been recorded for this event, so it cannot be deleted; cancel it instead.</source>
        <translation>Kehadiran sudah dicatat untuk kegiatan ini, sehingga kegiatan tidak dapat dihapus; batalkan saja.</translation>
    </message>
    <message>
        <source>Evaluations have been entered for this event, so it cannot be deleted; cancel it instead.</source>
        <translation>Evaluasi sudah diisikan untuk kegiatan ini, sehingga kegiatan tidak dapat dihapus; batalkan saja.</translation>
    </message>
    <message>
        <source>Test scores have been entered for this event, so it cannot be deleted; cancel it instead.</source>
        <translation>Nilai tes sudah diisikan untuk kegiatan ini, sehingga kegiatan tidak dapat dihapus; batalkan saja.</translation>
    </message>
    <message>
        <source>Follow-ups have been recorded for this event, so it cannot be deleted; cancel it instead.</source>
        <translation>Tindak lanjut sudah dicatat untuk kegiatan ini, sehingga kegiatan tidak dapat dihapus; batalkan saja.</translation>
    </message>
    <message>
        <source>Certificates have been issued for this event, so it cannot be deleted; cancel it instead.</source>
        <translation>Sertifikat sudah diterbitkan untuk kegiatan ini, sehingga kegiatan tidak dapat dihapus; batalkan saja.</translation>
    </message>
    <message>
        <source>Attendance has been recorded for {name} at this event: mark the registration cancelled instead of removing it.</source>
        <translation>Kehadiran {name} pada kegiatan ini sudah dicatat: tandai pendaftarannya batal, jangan dihapus.</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <source>Search titles…  (Ctrl+F)</source>
        <translation>Cari judul…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>&amp;New event</source>
        <translation>Kegiatan &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>Sc&amp;hedule…</source>
        <translation>&amp;Jadwal…</translation>
    </message>
    <message>
        <source>&amp;Participants…</source>
        <translation>&amp;Peserta…</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Kehadiran</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Gandakan…</translation>
    </message>
    <message>
        <source>&amp;Cancel event…</source>
        <translation>&amp;Batalkan kegiatan…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Hapus…</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Semua tahun</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Semua tema</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n kegiatan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsTableModel</name>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ImageField</name>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>none</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Choose an image</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is not an image SiBina can read (use PNG or JPEG).</source>
        <translation>%1 bukan gambar yang dapat dibaca SiBina (gunakan PNG atau JPEG).</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import staff — %1</source>
        <translation>Impor pegawai — %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Show only rejected rows</source>
        <translation>Tampilkan hanya baris yang ditolak</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Simpan baris yang ditolak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>Impor pegawai</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>%1 new, %2 updates, %3 unchanged, %4 rejected.</source>
        <translation>%1 baru, %2 pembaruan, %3 tidak berubah, %4 ditolak.</translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Kolom yang tidak dipakai: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Impor %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing staff…</source>
        <translation>Mengimpor pegawai…</translation>
    </message>
    <message>
        <source>Imported %1, updated %2, rejected %3.</source>
        <translation>Diimpor %1, diperbarui %2, ditolak %3.</translation>
    </message>
    <message>
        <source>The rejected rows stay listed: save them to fix and import again.</source>
        <translation>Baris yang ditolak tetap ditampilkan: simpan untuk diperbaiki lalu impor lagi.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Simpan baris yang ditolak</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n rejected row(s) saved to %1.</source>
        <translation>
            <numerusform>%n baris yang ditolak disimpan ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>SiBina — Librarian Development</source>
        <translation>SiBina — Pembinaan Pustakawan</translation>
    </message>
    <message>
        <source>&amp;Staff</source>
        <translation>&amp;Pegawai</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Kegiatan</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>K&amp;ehadiran</translation>
    </message>
    <message>
        <source>E&amp;valuations</source>
        <translation>E&amp;valuasi</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>DEMO — example data, not the office&apos;s records</source>
        <translation>DEMO — data contoh, bukan data kantor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Pengaturan…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>&amp;About SiBina</source>
        <translation>&amp;Tentang SiBina</translation>
    </message>
    <message>
        <source>About SiBina</source>
        <translation>Tentang SiBina</translation>
    </message>
    <message>
        <source>SiBina — Sistem Informasi Pembinaan Pustakawan.
Staff development records of the library: staff, events, attendance, evaluations and their impact. Works offline.</source>
        <translation>SiBina — Sistem Informasi Pembinaan Pustakawan.
Catatan pengembangan kompetensi pegawai perpustakaan: pegawai, kegiatan, kehadiran, evaluasi dan dampaknya. Berjalan tanpa internet.</translation>
    </message>
</context>
<context>
    <name>MarkingHistory</name>
    <message numerus="yes">
        <source>Clear %n mark(s)</source>
        <translation>
            <numerusform>Kosongkan %n tanda</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n cell(s) as %1</source>
        <translation>
            <numerusform>Tandai %n sel sebagai %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark remaining as %1</source>
        <translation>Tandai sisanya %1</translation>
    </message>
    <message>
        <source>Mark all as %1</source>
        <translation>Tandai semua %1</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Ubah catatan</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>NIP may contain only digits.</source>
        <translation>NIP hanya boleh berisi angka.</translation>
    </message>
    <message>
        <source>NIP must have 18 digits, not {count}.</source>
        <translation>NIP harus 18 digit, bukan {count}.</translation>
    </message>
    <message>
        <source>Digits 1–8 of the NIP must be a real birth date (YYYYMMDD).</source>
        <translation>Digit 1–8 NIP harus tanggal lahir yang benar (TTTTBBHH).</translation>
    </message>
    <message>
        <source>Digits 9–14 of the NIP must be the appointment year and month (YYYYMM).</source>
        <translation>Digit 9–14 NIP harus tahun dan bulan pengangkatan (TTTTBB).</translation>
    </message>
    <message>
        <source>The appointment date in the NIP (digits 9–14) must be at least 18 years after the birth date (digits 1–8).</source>
        <translation>Tanggal pengangkatan dalam NIP (digit 9–14) harus sekurang-kurangnya 18 tahun setelah tanggal lahir (digit 1–8).</translation>
    </message>
    <message>
        <source>The appointment date in the NIP (digits 9–14) lies in the future.</source>
        <translation>Tanggal pengangkatan dalam NIP (digit 9–14) berada di masa depan.</translation>
    </message>
    <message>
        <source>The last three digits of the NIP are a sequence number from 001 up.</source>
        <translation>Tiga digit terakhir NIP adalah nomor urut mulai 001.</translation>
    </message>
    <message>
        <source>Digit 15 of the NIP must be 1 (male) or 2 (female).</source>
        <translation>Digit ke-15 NIP harus 1 (laki-laki) atau 2 (perempuan).</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Over capacity</source>
        <translation>Melebihi kapasitas</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Participants: %1</source>
        <translation>Peserta: %1</translation>
    </message>
    <message>
        <source>Search names, NIP or unit…  (Ctrl+F)</source>
        <translation>Cari nama, NIP atau unit…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Semua peran</translation>
    </message>
    <message>
        <source>&amp;Add people…</source>
        <translation>&amp;Tambah orang…</translation>
    </message>
    <message>
        <source>Add by &amp;filter…</source>
        <translation>Tambah menurut &amp;saringan…</translation>
    </message>
    <message>
        <source>New &amp;external person…</source>
        <translation>Pihak &amp;luar baru…</translation>
    </message>
    <message>
        <source>Also &amp;as…</source>
        <translation>Juga &amp;sebagai…</translation>
    </message>
    <message>
        <source>&amp;Cancel registration</source>
        <translation>&amp;Batalkan pendaftaran</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s), no limit</source>
        <translation>
            <numerusform>%n peserta, tanpa batas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) of %1</source>
        <comment>%1 is the places, e.g. 30 places</comment>
        <translation>
            <numerusform>%n peserta dari %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n tempat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n ditampilkan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) added as %1.</source>
        <translation>
            <numerusform>%n orang ditambahkan sebagai %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone chosen was already registered as %1.</source>
        <translation>Semua yang dipilih sudah terdaftar sebagai %1.</translation>
    </message>
    <message>
        <source>The person was saved but not registered.</source>
        <translation>Orang tersebut sudah disimpan tetapi belum didaftarkan.</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) cancelled.</source>
        <translation>
            <numerusform>%n pendaftaran dibatalkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) restored.</source>
        <translation>
            <numerusform>%n pendaftaran dipulihkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove registrations</source>
        <translation>Hapus pendaftaran</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n registration(s)? Do this only for a registration made by mistake; otherwise cancel it, so the record stays.</source>
        <translation>
            <numerusform>Hapus %n pendaftaran? Lakukan ini hanya untuk pendaftaran yang keliru; selain itu batalkan saja, agar catatannya tetap ada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) removed.</source>
        <translation>
            <numerusform>%n pendaftaran dihapus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
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
        <source>Unit / institution</source>
        <translation>Unit / instansi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Ubah data orang</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>18 digits, e.g. 19690309 199403 2 001</source>
        <translation>18 digit, mis. 19690309 199403 2 001</translation>
    </message>
    <message>
        <source>Front title</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>e.g. Dra.</source>
        <translation>mis. Dra.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Back titles</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>e.g. S.IP., M.Hum.</source>
        <translation>mis. S.IP., M.Hum.</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status kepegawaian</translation>
    </message>
    <message>
        <source>Rank (pangkat/golongan)</source>
        <translation>Pangkat/golongan</translation>
    </message>
    <message>
        <source>Position (jabatan)</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Functional level</source>
        <translation>Jenjang jabatan fungsional</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>External (speaker, guest, librarian of another office)</source>
        <translation>Pihak luar (narasumber, tamu, pustakawan instansi lain)</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard the changes to this person?</source>
        <translation>Buang perubahan pada data orang ini?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>PersonHistoryPanel</name>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>JP attended / planned</source>
        <translation>JP diikuti / direncanakan</translation>
    </message>
    <message>
        <source>Select one person to see their events and JP.</source>
        <translation>Pilih satu orang untuk melihat kegiatan dan JP-nya.</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>Belum ada kegiatan.</translation>
    </message>
    <message>
        <source>%1: %2 JP</source>
        <translation>%1: %2 JP</translation>
    </message>
    <message>
        <source>%1: %2 of %3 JP (target met)</source>
        <translation>%1: %2 dari %3 JP (target tercapai)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 JP (%4 JP short)</source>
        <translation>%1: %2 dari %3 JP (kurang %4 JP)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n kegiatan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (dibatalkan)</translation>
    </message>
    <message>
        <source>attended, not registered</source>
        <translation>hadir, tidak terdaftar</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <source>Type part of a name…</source>
        <translation>Ketik sebagian nama…</translation>
    </message>
    <message>
        <source>New external…</source>
        <translation>Pihak luar baru…</translation>
    </message>
    <message>
        <source>Add a speaker or guest from outside the office</source>
        <translation>Tambahkan narasumber atau tamu dari luar kantor</translation>
    </message>
</context>
<context>
    <name>PickPeopleDialog</name>
    <message>
        <source>Add people</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>Type a name, NIP, unit or institution…</source>
        <translation>Ketik nama, NIP, unit atau instansi…</translation>
    </message>
    <message>
        <source>New external person…</source>
        <translation>Pihak luar baru…</translation>
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
        <source>Unit / institution</source>
        <translation>Unit / instansi</translation>
    </message>
    <message>
        <source>Staff / external</source>
        <translation>Pegawai / pihak luar</translation>
    </message>
    <message>
        <source>Already registered as</source>
        <translation>Sudah terdaftar sebagai</translation>
    </message>
    <message>
        <source>Tick the people to add; Space ticks the selected rows.</source>
        <translation>Centang orang yang akan ditambahkan; Spasi mencentang baris yang dipilih.</translation>
    </message>
    <message>
        <source>Register as</source>
        <translation>Daftarkan sebagai</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Pihak luar</translation>
    </message>
    <message numerus="yes">
        <source>Add %n person(s)</source>
        <translation>
            <numerusform>Tambah %n orang</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>%1 is not yet available in this version of SiBina.</source>
        <translation>%1 belum tersedia pada versi SiBina ini.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>update</source>
        <translation>pembaruan</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This event has no participants yet.</source>
        <translation>Kegiatan ini belum memiliki peserta.</translation>
    </message>
    <message>
        <source>This event has no sessions yet: build its schedule first.</source>
        <translation>Kegiatan ini belum memiliki sesi: susun jadwalnya terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Tambah sesi</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesi</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet: add the first one with Add session (Ctrl+N).</source>
        <translation>Belum ada sesi: tambahkan yang pertama dengan Tambah sesi (Ctrl+N).</translation>
    </message>
    <message>
        <source>Total: %1 JP</source>
        <translation>Total: %1 JP</translation>
    </message>
    <message>
        <source>Delete the session “%1” on %2?</source>
        <translation>Hapus sesi “%1” pada %2?</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Hapus sesi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>ScheduleTableModel</name>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Materi</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Choose a person from the list, or add a new one.</source>
        <translation>Pilih orang dari daftar, atau tambahkan yang baru.</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>Ubah sesi</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Sesi baru</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Topic / material</source>
        <translation>Materi / topik</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>e.g. Aula, Ruang Diskusi</source>
        <translation>mis. Aula, Ruang Diskusi</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>45 minutes make 1 JP</source>
        <translation>45 menit sama dengan 1 JP</translation>
    </message>
    <message>
        <source>Suggested from the length, 45 minutes a JP; type another number to keep it</source>
        <translation>Diusulkan dari lamanya, 45 menit satu JP; ketik angka lain untuk memakainya</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard the changes to this session?</source>
        <translation>Buang perubahan pada sesi ini?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Office name</source>
        <translation>Nama kantor</translation>
    </message>
    <message>
        <source>Office short code</source>
        <translation>Kode singkat kantor</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Kepala kantor</translation>
    </message>
    <message>
        <source>Head&apos;s title</source>
        <translation>Jabatan kepala</translation>
    </message>
    <message>
        <source>Head&apos;s NIP</source>
        <translation>NIP kepala</translation>
    </message>
    <message>
        <source>Head&apos;s signature</source>
        <translation>Tanda tangan kepala</translation>
    </message>
    <message>
        <source>Yearly JP target</source>
        <translation>Target JP per tahun</translation>
    </message>
    <message>
        <source>Check-in is late after the session starts by</source>
        <translation>Presensi terlambat bila lewat dari mulai sesi</translation>
    </message>
    <message>
        <source>Certificate: minimum attendance</source>
        <translation>Sertifikat: kehadiran minimal</translation>
    </message>
    <message>
        <source>Certificate: evaluation must be submitted</source>
        <translation>Sertifikat: evaluasi wajib diisi</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>Cannot write {file} ({detail}). If the file is open in Excel, close it; check that the USB stick is still there and not full, then try again.</source>
        <translation>Tidak dapat menulis {file} ({detail}). Jika berkas sedang terbuka di Excel, tutup dulu; periksa bahwa flashdisk masih terpasang dan tidak penuh, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{file}: choose a name ending in .xlsx or .csv.</source>
        <translation>{file}: pilih nama yang berakhiran .xlsx atau .csv.</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>The name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>The gender does not match digit 15 of the NIP.</source>
        <translation>Jenis kelamin tidak sesuai dengan digit ke-15 NIP.</translation>
    </message>
    <message>
        <source>“{email}” is not an e-mail address.</source>
        <translation>“{email}” bukan alamat surel.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 20 digits, optionally starting with +.</source>
        <translation>Nomor telepon terdiri atas 6 sampai 20 digit, boleh diawali +.</translation>
    </message>
    <message>
        <source>{name} already has this NIP.</source>
        <translation>{name} sudah memiliki NIP ini.</translation>
    </message>
</context>
<context>
    <name>StaffColumns</name>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Front title</source>
        <translation>Gelar Depan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Back titles</source>
        <translation>Gelar Belakang</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Jenis Kelamin</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Status Kepegawaian</translation>
    </message>
    <message>
        <source>Rank (pangkat/golongan)</source>
        <translation>Pangkat/Golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Functional level</source>
        <translation>Jenjang Jabatan Fungsional</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit Kerja</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Daerah</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Surel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Pihak Luar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
</context>
<context>
    <name>StaffImport</name>
    <message>
        <source>Cannot read {file}: {detail}</source>
        <translation>Tidak dapat membaca {file}: {detail}</translation>
    </message>
    <message>
        <source>{file} is not an Excel workbook (.xlsx) or a CSV file. In Excel, use Save As and choose “Excel Workbook (.xlsx)”, then import that file.</source>
        <translation>{file} bukan buku kerja Excel (.xlsx) atau berkas CSV. Di Excel, pilih Simpan Sebagai dan pilih “Buku Kerja Excel (.xlsx)”, lalu impor berkas itu.</translation>
    </message>
    <message>
        <source>{file} is damaged or is not really an Excel workbook.</source>
        <translation>{file} rusak atau sebenarnya bukan buku kerja Excel.</translation>
    </message>
    <message>
        <source>{file} has no worksheet.</source>
        <translation>{file} tidak memiliki lembar kerja.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} kosong.</translation>
    </message>
    <message>
        <source>Same NIP as row {row}: each person may appear only once.</source>
        <translation>NIP sama dengan baris {row}: setiap orang hanya boleh muncul sekali.</translation>
    </message>
    <message>
        <source>Same name and unit as row {row}, and neither has a NIP: each person may appear only once.</source>
        <translation>Nama dan unit kerja sama dengan baris {row}, dan keduanya tanpa NIP: setiap orang hanya boleh muncul sekali.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database refused a row ({detail}). Perhaps a NIP in the file was added by hand meanwhile; read the file again.</source>
        <translation>Tidak ada yang diimpor: basis data menolak satu baris ({detail}). Mungkin sebuah NIP dalam berkas baru saja ditambahkan secara manual; baca ulang berkasnya.</translation>
    </message>
    <message>
        <source>{file} has no Nama (Name) column. The first filled row must hold the column headings, and one of them must be Nama or Name. Headings found: {headers}.</source>
        <translation>{file} tidak memiliki kolom Nama. Baris pertama yang terisi harus berisi judul kolom, dan salah satunya harus Nama. Judul yang ditemukan: {headers}.</translation>
    </message>
    <message>
        <source>The NIP {value} is stored as a number, and Excel keeps only 15 digits of a number, so its last digits are lost. Format the NIP column as Text in Excel, type the NIP again and export again.</source>
        <translation>NIP {value} tersimpan sebagai angka, dan Excel hanya menyimpan 15 digit sebuah angka, sehingga digit terakhirnya hilang. Format kolom NIP sebagai Teks di Excel, ketik ulang NIP-nya, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>The NIP {value} ends in 000: Excel replaced its last digits with zeros when it stored the NIP as a number. Format the NIP column as Text in Excel, type the NIP again and export again.</source>
        <translation>NIP {value} berakhiran 000: Excel mengganti digit terakhirnya dengan nol saat menyimpan NIP sebagai angka. Format kolom NIP sebagai Teks di Excel, ketik ulang NIP-nya, lalu simpan lagi.</translation>
    </message>
    <message>
        <source>“{value}” is not a gender: write L or P (Laki-laki or Perempuan).</source>
        <translation>“{value}” bukan jenis kelamin: tulis L atau P (Laki-laki atau Perempuan).</translation>
    </message>
    <message>
        <source>“{value}” is not an employment status: write PNS, PPPK or Non ASN.</source>
        <translation>“{value}” bukan status kepegawaian: tulis PNS, PPPK atau Non ASN.</translation>
    </message>
    <message>
        <source>Write ya or tidak (yes or no) here, not “{value}”.</source>
        <translation>Tulis ya atau tidak di sini, bukan “{value}”.</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Search name, NIP, unit, position…  (Ctrl+F)</source>
        <translation>Cari nama, NIP, unit kerja, jabatan…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktif dan nonaktif</translation>
    </message>
    <message>
        <source>Internal and external</source>
        <translation>Internal dan pihak luar</translation>
    </message>
    <message>
        <source>Internal staff</source>
        <translation>Pegawai internal</translation>
    </message>
    <message>
        <source>External people</source>
        <translation>Pihak luar</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>&amp;Tambah orang</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n orang</numerusform>
        </translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>memuat…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Akti&amp;fkan kembali</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n person(s) inactive? They stay in the records and can be reactivated later.</source>
        <translation>
            <numerusform>Tandai %n orang sebagai nonaktif? Datanya tetap tersimpan dan dapat diaktifkan kembali nanti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import staff</source>
        <translation>Impor pegawai</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>Lembar kerja (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export staff</source>
        <translation>Ekspor pegawai</translation>
    </message>
    <message>
        <source>staff.xlsx</source>
        <translation>pegawai.xlsx</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) written to %1.</source>
        <translation>
            <numerusform>%n orang ditulis ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting staff…</source>
        <translation>Mengekspor pegawai…</translation>
    </message>
</context>
<context>
    <name>StaffTableModel</name>
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
        <source>Rank</source>
        <translation>Pangkat/Gol.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Internal</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Pihak luar</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>Vocab</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Laki-laki</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Perempuan</translation>
    </message>
    <message>
        <source>Civil servant (PNS)</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>Contract civil servant (PPPK)</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <source>Non-civil-servant</source>
        <translation>Non-ASN</translation>
    </message>
    <message>
        <source>Training (Pelatihan)</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <source>Technical guidance (Bimtek)</source>
        <translation>Bimbingan Teknis (Bimtek)</translation>
    </message>
    <message>
        <source>Seminar</source>
        <translation>Seminar</translation>
    </message>
    <message>
        <source>Workshop (Lokakarya)</source>
        <translation>Workshop/Lokakarya</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Socialisation (Sosialisasi)</source>
        <translation>Sosialisasi</translation>
    </message>
    <message>
        <source>Comparative study (Studi Banding)</source>
        <translation>Studi Banding</translation>
    </message>
    <message>
        <source>Information literacy (Literasi Informasi)</source>
        <translation>Literasi Informasi</translation>
    </message>
    <message>
        <source>Book club (Klub Buku)</source>
        <translation>Klub Buku</translation>
    </message>
    <message>
        <source>Skills class (Kelas Keterampilan)</source>
        <translation>Kelas Keterampilan</translation>
    </message>
    <message>
        <source>In person (luring)</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>Online (daring)</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>Hybrid</source>
        <translation>Hibrida</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Berlangsung</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Participant (Peserta)</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Speaker (Narasumber)</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Committee (Panitia)</source>
        <translation>Panitia</translation>
    </message>
    <message>
        <source>Facilitator (Fasilitator)</source>
        <translation>Fasilitator</translation>
    </message>
    <message>
        <source>Present (Hadir)</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Late (Terlambat)</source>
        <translation>Terlambat</translation>
    </message>
    <message>
        <source>Excused (Izin)</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Sick (Sakit)</source>
        <translation>Sakit</translation>
    </message>
    <message>
        <source>Absent (Alpa)</source>
        <translation>Alpa</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The database is busy with another SiBina window or command; nothing was changed. Try again in a moment.</source>
        <translation>Basis data sedang dipakai jendela atau perintah SiBina lain; tidak ada yang diubah. Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>The file could not be used: %1</source>
        <translation>Berkas tidak dapat digunakan: %1</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Kesalahan tak terduga: %1</translation>
    </message>
</context>
</TS>
