<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ActionTexts</name>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…dan %n lainnya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) saved to %1.</source>
        <translation>
            <numerusform>%n sertifikat disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This issues %n new certificate(s): their numbers are given now and stay in the register. Continue?</source>
        <translation>
            <numerusform>Ini menerbitkan %n sertifikat baru: nomornya diberikan sekarang dan tetap tercatat di register. Lanjutkan?</numerusform>
        </translation>
    </message>
</context>
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
        <source>Only staff the %1 JP target binds, below it (%2 JP)</source>
        <translation>Hanya pegawai yang terikat target JP %1 dan belum mencapainya (%2 JP)</translation>
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
        <source>Already registered as</source>
        <translation>Sudah terdaftar sebagai</translation>
    </message>
    <message>
        <source>Those already registered come unticked (a speaker is not made a participant too); click a box, or press Space on the selected rows, to tick or untick.</source>
        <translation>Yang sudah terdaftar tidak dicentang (narasumber tidak sekaligus dijadikan peserta); klik kotaknya, atau tekan Spasi pada baris yang dipilih, untuk mencentang atau menghapus centang.</translation>
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
    <name>AddToEventDialog</name>
    <message>
        <source>Add to event</source>
        <translation>Daftarkan ke kegiatan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln staff member(s) of the training needs in %1 will be registered as participants.</source>
        <translation>
            <numerusform>%Ln pegawai dari daftar kebutuhan pelatihan %1 akan didaftarkan sebagai peserta.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Kegiatan:</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Daftarkan</translation>
    </message>
    <message>
        <source>Choose an event first: there is no planned or running event.</source>
        <translation>Pilih kegiatan dahulu: belum ada kegiatan yang direncanakan atau sedang berjalan.</translation>
    </message>
    <message>
        <source>Registered for %1: %2; already there and skipped: %3.</source>
        <translation>Didaftarkan ke %1: %2; sudah terdaftar dan dilewati: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln staff member(s)</source>
        <translation>
            <numerusform>%Ln pegawai</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>The description</source>
        <translation>Keterangan</translation>
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
    <name>Attendance</name>
    <message>
        <source>The note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
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
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Committee and speakers</source>
        <translation>Panitia dan narasumber</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Daftar hadir</translation>
    </message>
    <message>
        <source>Whose sheet:</source>
        <translation>Daftar hadir siapa:</translation>
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
        <source>Session not held yet: not counted in the attendance share.</source>
        <translation>Sesi belum terlaksana: tidak dihitung dalam persentase kehadiran.</translation>
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
        <source>Saved with every mark you set: the user logged in</source>
        <translation>Disimpan bersama setiap tanda yang Anda isi: pengguna yang sedang masuk</translation>
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
        <source>Everyone in this session becomes %1, except those marked %2, %3 or %4 (%5)</source>
        <translation>Semua orang di sesi ini menjadi %1, kecuali yang bertanda %2, %3, atau %4 (%5)</translation>
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
    <name>AuditExport</name>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Rincian perubahan</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log perubahan</translation>
    </message>
    <message>
        <source>Written on {date}</source>
        <translation>Dibuat pada {date}</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Person</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <source>Outside certificate</source>
        <translation>Sertifikat luar</translation>
    </message>
    <message>
        <source>Evaluation response</source>
        <translation>Jawaban evaluasi</translation>
    </message>
    <message>
        <source>Evaluation answer</source>
        <translation>Isian evaluasi</translation>
    </message>
    <message>
        <source>Test score</source>
        <translation>Nilai tes</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Tindak lanjut</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Stored file</source>
        <translation>Berkas tersimpan</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Kuesioner</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Bidang tema</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Event photo</source>
        <translation>Foto kegiatan</translation>
    </message>
    <message>
        <source>Session attachment</source>
        <translation>Lampiran sesi</translation>
    </message>
    <message>
        <source>Event questionnaire</source>
        <translation>Kuesioner kegiatan</translation>
    </message>
    <message>
        <source>Certificate layout</source>
        <translation>Tata letak sertifikat</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Kunci tanda tangan</translation>
    </message>
    <message>
        <source>Service figure</source>
        <translation>Statistik layanan</translation>
    </message>
    <message>
        <source>Service figure value</source>
        <translation>Nilai statistik layanan</translation>
    </message>
    <message>
        <source>Letter template</source>
        <translation>Templat surat</translation>
    </message>
    <message>
        <source>Import columns</source>
        <translation>Kolom impor</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Cooperation agreement</source>
        <translation>Perjanjian kerja sama</translation>
    </message>
    <message>
        <source>Agreement document</source>
        <translation>Dokumen perjanjian</translation>
    </message>
    <message>
        <source>Training offer</source>
        <translation>Peluang pelatihan</translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation>Jumlah pembayaran</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Pengguna</translation>
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
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
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
        <source>Topic</source>
        <translation>Materi</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruang</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>Waktu hadir</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>Dicatat pada</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Participant no.</source>
        <translation>No. peserta</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Content (bytes)</source>
        <translation>Isi (bita)</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Keterangan foto</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Dicabut pada</translation>
    </message>
    <message>
        <source>Reason for revoking</source>
        <translation>Alasan pencabutan</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Perihal</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Berkas</translation>
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
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Tahun</translation>
    </message>
    <message>
        <source>Organised by others</source>
        <translation>Diselenggarakan pihak lain</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Tujuan</translation>
    </message>
    <message>
        <source>Registered at</source>
        <translation>Didaftarkan pada</translation>
    </message>
    <message>
        <source>Check-in code</source>
        <translation>Kode presensi</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ditandatangani pada</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Registration deadline</source>
        <translation>Batas pendaftaran</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nama login</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>Gagal masuk</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Terkunci sampai</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Penilaian</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ditambahkan</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
</context>
<context>
    <name>AuditLogDialog</name>
    <message>
        <source>Audit log</source>
        <translation>Log perubahan</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Semua kegiatan</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Dari</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Sampai</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Orang</translation>
    </message>
    <message>
        <source>&amp;Event</source>
        <translation>&amp;Kegiatan</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>&amp;Pengguna</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>PC</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Rincian perubahan</translation>
    </message>
    <message>
        <source>&amp;Newer</source>
        <translation>Lebih &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Older</source>
        <translation>Lebih &amp;lama</translation>
    </message>
    <message>
        <source>E&amp;xport to XLSX…</source>
        <translation>E&amp;kspor ke XLSX…</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <translation>%1–%2 dari %3</translation>
    </message>
    <message>
        <source>No changes found.</source>
        <translation>Tidak ada perubahan yang cocok.</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Ekspor log perubahan</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) written to %1.</source>
        <translation>
            <numerusform>%n perubahan disimpan ke %1.</numerusform>
        </translation>
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
    <name>Backup</name>
    <message>
        <source>Back up</source>
        <translation>Cadangkan</translation>
    </message>
    <message>
        <source>The backup %1 is written and checked. The USB stick is safe to remove.</source>
        <translation>Cadangan %1 sudah ditulis dan diperiksa. Flashdisk aman untuk dicabut.</translation>
    </message>
    <message>
        <source>The backup %1 is written and checked.</source>
        <translation>Cadangan %1 sudah ditulis dan diperiksa.</translation>
    </message>
    <message>
        <source>Writing the backup…</source>
        <translation>Menulis cadangan…</translation>
    </message>
    <message>
        <source>Cancelled: no backup was written.</source>
        <translation>Dibatalkan: tidak ada cadangan yang ditulis.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Pulihkan cadangan</translation>
    </message>
    <message>
        <source>SiBina backups (*.sqlite)</source>
        <translation>Cadangan SiBina (*.sqlite)</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Replace all of SiBina&apos;s data with the backup %1? The current data is backed up first, into %2.</source>
        <translation>Ganti seluruh data SiBina dengan cadangan %1? Data saat ini dicadangkan dahulu ke %2.</translation>
    </message>
    <message>
        <source>Replace all of SiBina&apos;s data on the server, for every PC, with the backup %1? The current data is backed up first, into %2.</source>
        <translation>Ganti seluruh data SiBina di server, untuk semua PC, dengan cadangan %1? Data saat ini dicadangkan dahulu ke %2.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <source>Restored %1. The data from before is kept in %2.</source>
        <translation>%1 telah dipulihkan. Data sebelumnya disimpan di %2.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
    <message>
        <source>No backup has been made to a USB stick yet.</source>
        <translation>Belum pernah ada cadangan ke flashdisk.</translation>
    </message>
    <message>
        <source>File &gt; Back up… (Ctrl+B)</source>
        <translation>Berkas &gt; Cadangkan… (Ctrl+B)</translation>
    </message>
    <message>
        <source>The backup written to {file} did not read back correctly; it was not kept. Try again, or another USB stick.</source>
        <translation>Cadangan yang disimpan ke {file} tidak terbaca kembali dengan benar; cadangan itu tidak disimpan. Coba lagi, atau pakai flashdisk lain.</translation>
    </message>
    <message>
        <source>The backup written to {file} is missing rows of {table}; it was not kept. Try again.</source>
        <translation>Cadangan yang disimpan ke {file} kehilangan baris {table}; cadangan itu tidak disimpan. Coba lagi.</translation>
    </message>
    <message>
        <source>The backup could not be written to {file} ({detail}). Check that the folder or USB stick is there, not write-protected and not full; nothing was left under that name.</source>
        <translation>Cadangan tidak dapat disimpan ke {file} ({detail}). Periksa apakah folder atau flashdisk masih ada, tidak terkunci tulis, dan belum penuh; tidak ada berkas yang tertinggal dengan nama itu.</translation>
    </message>
    <message>
        <source>There is no file {file}.</source>
        <translation>Berkas {file} tidak ada.</translation>
    </message>
    <message>
        <source>{file} is not a SiBina backup; it cannot be restored.</source>
        <translation>{file} bukan cadangan SiBina; tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>{file} holds what SiBina never makes ({detail}); it cannot be restored.</source>
        <translation>{file} memuat sesuatu yang tidak pernah dibuat SiBina ({detail}); berkas ini tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>{file} is damaged ({detail}); it cannot be restored.</source>
        <translation>{file} rusak ({detail}); tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>{file} was made by a newer SiBina (schema {version}); update SiBina before restoring it.</source>
        <translation>{file} dibuat oleh SiBina yang lebih baru (skema {version}); perbarui SiBina sebelum memulihkannya.</translation>
    </message>
    <message>
        <source>{file} cannot be restored: the database {database} is read-only. Nothing was changed.</source>
        <translation>{file} tidak dapat dipulihkan: basis data {database} hanya-baca. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Restoring {file} failed ({detail}); the data is as it was. A copy from just before is {safety}.</source>
        <translation>Pemulihan {file} gagal ({detail}); data tetap seperti semula. Salinan sesaat sebelumnya ada di {safety}.</translation>
    </message>
</context>
<context>
    <name>BackupTexts</name>
    <message numerus="yes">
        <source>The last backup to a USB stick was %n day(s) ago.</source>
        <translation>
            <numerusform>Cadangan terakhir ke flashdisk dibuat %n hari yang lalu.</numerusform>
        </translation>
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
    <name>CertificateActions</name>
    <message>
        <source>Letters missing from the font</source>
        <translation>Huruf yang tidak ada di fon</translation>
    </message>
    <message>
        <source>The certificate&apos;s font has none of the letters of these names, which would print blank. Write them in Latin letters on the Staff tab (as the identity card spells them), or choose a layout whose font has them.</source>
        <translation>Fon sertifikat tidak memiliki satu pun huruf dari nama-nama ini, sehingga nama akan tercetak kosong. Tulis nama tersebut dengan huruf Latin di tab Pegawai (sesuai ejaan di KTP), atau pilih tata letak yang fonnya memiliki huruf tersebut.</translation>
    </message>
    <message>
        <source>These names have letters the certificate&apos;s font does not have; those letters would be left out of the printed name. Correct the names on the Staff tab, or print anyway.</source>
        <translation>Nama-nama ini memuat huruf yang tidak dimiliki fon sertifikat; huruf itu akan hilang dari nama yang tercetak. Perbaiki namanya di tab Pegawai, atau tetap cetak.</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Tetap cetak</translation>
    </message>
    <message>
        <source>Issue certificates</source>
        <translation>Terbitkan sertifikat</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Terbitkan</translation>
    </message>
    <message>
        <source>%1 signs these certificates and receives one of them: that certificate would be signed by its own recipient. Choose another signatory for it, or issue anyway.</source>
        <translation>%1 menandatangani sertifikat ini dan juga menerima salah satunya: sertifikat itu akan ditandatangani oleh penerimanya sendiri. Pilih penanda tangan lain untuk sertifikat tersebut, atau tetap terbitkan.</translation>
    </message>
    <message>
        <source>Issue anyway</source>
        <translation>Tetap terbitkan</translation>
    </message>
    <message>
        <source>Save certificates</source>
        <translation>Simpan sertifikat</translation>
    </message>
    <message>
        <source>Cancelled. The certificates are issued (their numbers are kept); save them again whenever you like.</source>
        <translation>Dibatalkan. Sertifikat sudah diterbitkan (nomornya tetap); simpan lagi kapan saja.</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Menulis sertifikat…</translation>
    </message>
    <message>
        <source>Folder for the certificates</source>
        <translation>Folder untuk sertifikat</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
</context>
<context>
    <name>CertificateTexts</name>
    <message numerus="yes">
        <source>%n certificate(s) issued, written to %1.</source>
        <translation>
            <numerusform>%n sertifikat diterbitkan, disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>%n sertifikat disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them issued before, with the same number and date.</source>
        <translation>
            <numerusform>%n di antaranya sudah diterbitkan sebelumnya, dengan nomor dan tanggal yang sama.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Certificates</name>
    <message>
        <source>The number pattern: {reason}</source>
        <translation>Pola nomor: {reason}</translation>
    </message>
    <message>
        <source>The number pattern has an unmatched {{ or }}.</source>
        <translation>Pola nomor memiliki {{ atau }} tanpa pasangan.</translation>
    </message>
    <message>
        <source>The number pattern has an unknown placeholder {{{name}}}; use {known}.</source>
        <translation>Pola nomor memuat penanda yang tidak dikenal {{{name}}}; gunakan {known}.</translation>
    </message>
    <message>
        <source>The number pattern needs {{seq}}, the running number, or two papers would get the same number.</source>
        <translation>Pola nomor harus memuat {{seq}}, nomor urut; tanpa itu dua surat atau sertifikat akan bernomor sama.</translation>
    </message>
    <message>
        <source>The number pattern needs {{year}}: the running number starts again each year, so without the year next year&apos;s numbers would repeat this year&apos;s.</source>
        <translation>Pola nomor memerlukan {{year}}: nomor urut dimulai lagi setiap tahun, sehingga tanpa tahun nomor tahun depan akan mengulang nomor tahun ini.</translation>
    </message>
    <message>
        <source>The number pattern cannot be filled in; write the running number as {{seq}} or {{seq:03d}}.</source>
        <translation>Pola nomor tidak dapat diisi; tulis nomor urut sebagai {{seq}} atau {{seq:03d}}.</translation>
    </message>
    <message>
        <source>The number pattern asks for too wide a field; the running number can have at most {max} digits, as in {{seq:03d}}.</source>
        <translation>Pola nomor meminta lebar yang terlalu besar; nomor urut paling banyak {max} digit, seperti {{seq:03d}}.</translation>
    </message>
    <message>
        <source>A number from this pattern would be longer than {max} characters; shorten the pattern.</source>
        <translation>Nomor dari pola ini akan lebih dari {max} karakter; persingkat polanya.</translation>
    </message>
    <message>
        <source>{name} is not registered for this event as {role}.</source>
        <translation>{name} tidak terdaftar pada kegiatan ini sebagai {role}.</translation>
    </message>
    <message>
        <source>Why {name} is included: {reason}</source>
        <translation>Alasan {name} tetap diberi sertifikat: {reason}</translation>
    </message>
    <message>
        <source>{name} does not meet the certificate rule: say why they are included.</source>
        <translation>{name} tidak memenuhi syarat sertifikat: sebutkan alasan ia tetap diberi sertifikat.</translation>
    </message>
    <message>
        <source>The number pattern gives a number that was issued before ({number}); check the pattern in Settings.</source>
        <translation>Pola nomor menghasilkan nomor yang sudah pernah diterbitkan ({number}); periksa pola di Pengaturan.</translation>
    </message>
    <message>
        <source>“{title}” was cancelled: it gives no certificates.</source>
        <translation>“{title}” dibatalkan: tidak ada sertifikat untuknya.</translation>
    </message>
    <message>
        <source>“{title}” begins on {start}, after the date of issue {date}: certificates are issued once it has begun.</source>
        <translation>“{title}” dimulai pada {start}, setelah tanggal terbit {date}: sertifikat diterbitkan setelah kegiatan dimulai.</translation>
    </message>
    <message>
        <source>“{title}” runs until {end}, after the date of issue {date}: certificates are issued from its last day.</source>
        <translation>“{title}” berlangsung sampai {end}, sesudah tanggal terbit {date}: sertifikat diterbitkan mulai hari terakhirnya.</translation>
    </message>
    <message>
        <source>There is no certificate numbered {number}.</source>
        <translation>Tidak ada sertifikat bernomor {number}.</translation>
    </message>
    <message>
        <source>Say why the certificate is revoked.</source>
        <translation>Sebutkan alasan sertifikat dicabut.</translation>
    </message>
    <message>
        <source>Why it is revoked: {reason}</source>
        <translation>Alasan pencabutan: {reason}</translation>
    </message>
    <message>
        <source>Certificate {number} was revoked already, on {date}.</source>
        <translation>Sertifikat {number} sudah dicabut pada {date}.</translation>
    </message>
    <message>
        <source>“{title}” is organised by {organiser}, which gives its own certificates: record each participant&apos;s certificate instead of issuing the office&apos;s.</source>
        <translation>“{title}” diselenggarakan oleh {organiser}, yang menerbitkan sertifikatnya sendiri: catat sertifikat setiap peserta dari penyelenggara itu, bukan menerbitkan sertifikat kantor.</translation>
    </message>
    <message>
        <source>“{title}” is the office&apos;s own event: it gives the office&apos;s certificate, not an outside one.</source>
        <translation>“{title}” adalah kegiatan kantor sendiri: pesertanya mendapat sertifikat kantor, bukan sertifikat dari penyelenggara luar.</translation>
    </message>
    <message>
        <source>{name} is not a participant of “{title}”.</source>
        <translation>{name} bukan peserta “{title}”.</translation>
    </message>
    <message>
        <source>The certificate number is required.</source>
        <translation>Nomor sertifikat wajib diisi.</translation>
    </message>
    <message>
        <source>Say who issued the certificate.</source>
        <translation>Sebutkan siapa yang menerbitkan sertifikat.</translation>
    </message>
    <message>
        <source>The certificate number: {reason}</source>
        <translation>Nomor sertifikat: {reason}</translation>
    </message>
    <message>
        <source>The issuer: {reason}</source>
        <translation>Penerbit: {reason}</translation>
    </message>
    <message>
        <source>The certificate&apos;s date {date} is before the event began ({start}).</source>
        <translation>Tanggal sertifikat {date} lebih awal dari dimulainya kegiatan ({start}).</translation>
    </message>
    <message>
        <source>The JP on the certificate must be more than 0 and at most {most}.</source>
        <translation>JP pada sertifikat harus lebih dari 0 dan paling banyak {most}.</translation>
    </message>
    <message>
        <source>A picture on the certificates (the logo, a signature or the background) cannot be drawn: {detail} Choose it again in Settings, the signatory or the layout.</source>
        <translation>Sebuah gambar pada sertifikat (logo, tanda tangan, atau latar) tidak dapat digambar: {detail} Pilih ulang gambar itu di Pengaturan, penanda tangan, atau tata letak.</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
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
        <source>Certificate number</source>
        <translation>Nomor sertifikat</translation>
    </message>
    <message>
        <source>With the sessions on a back page</source>
        <translation>Dengan daftar sesi di halaman belakang</translation>
    </message>
    <message>
        <source>Also for certificates issued before</source>
        <translation>Juga untuk sertifikat yang sudah terbit</translation>
    </message>
    <message>
        <source>Give certificates printed earlier this layout and these signatories too; otherwise they are printed as they were issued</source>
        <translation>Terapkan tata letak dan penanda tangan ini juga pada sertifikat yang sudah dicetak sebelumnya; jika tidak, sertifikat itu dicetak seperti saat diterbitkan</translation>
    </message>
    <message>
        <source>&amp;Issue and save one PDF…</source>
        <translation>Terbitkan dan simpan satu &amp;PDF…</translation>
    </message>
    <message>
        <source>Issue and save one &amp;file each…</source>
        <translation>Terbitkan dan simpan satu &amp;berkas per orang…</translation>
    </message>
    <message>
        <source>Issue, pre&amp;view and print…</source>
        <translation>Terbitkan, pratinja&amp;u dan cetak…</translation>
    </message>
    <message>
        <source>&amp;Outside certificates…</source>
        <translation>&amp;Sertifikat dari luar…</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Verifikasi…</translation>
    </message>
    <message>
        <source>&amp;Layouts…</source>
        <translation>Tata &amp;letak…</translation>
    </message>
    <message>
        <source>Si&amp;gnatories…</source>
        <translation>Penanda &amp;tangan…</translation>
    </message>
    <message>
        <source>Signing &amp;keys…</source>
        <translation>&amp;Kunci tanda tangan…</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Kegiatan:</translation>
    </message>
    <message>
        <source>La&amp;yout:</source>
        <translation>T&amp;ata letak:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>&amp;Ditandatangani:</translation>
    </message>
    <message>
        <source>and:</source>
        <translation>dan:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Tan&amp;ggal:</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— tidak ada —</translation>
    </message>
    <message>
        <source>(revoked)</source>
        <translation>(dicabut)</translation>
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
        <source>Included by hand: %1</source>
        <translation>Disertakan manual: %1</translation>
    </message>
    <message>
        <source>Certificate %1 was revoked; ticking issues a replacement with a new number.</source>
        <translation>Sertifikat %1 telah dicabut; mencentang akan menerbitkan pengganti dengan nomor baru.</translation>
    </message>
    <message>
        <source>Choose an event to issue its certificates.</source>
        <translation>Pilih kegiatan untuk menerbitkan sertifikatnya.</translation>
    </message>
    <message>
        <source>%1 organised this event and gives its own certificates, so SiBina issues none of the office&apos;s. Record each participant&apos;s certificate with %2; its JP counts towards their JP.</source>
        <translation>Kegiatan ini diselenggarakan oleh %1, yang menerbitkan sertifikatnya sendiri, sehingga SiBina tidak menerbitkan sertifikat kantor. Catat sertifikat setiap peserta melalui %2; JP-nya dihitung ke dalam JP peserta.</translation>
    </message>
    <message>
        <source>No one is registered for this event yet: add the participants on the Events tab (Participants…, Ctrl+P), then mark their attendance.</source>
        <translation>Belum ada yang terdaftar pada kegiatan ini: tambahkan pesertanya di tab Kegiatan (Peserta…, Ctrl+P), lalu catat kehadirannya.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) chosen for a certificate</source>
        <translation>
            <numerusform>%n orang dipilih untuk menerima sertifikat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out by the rule (in red; tick to include them, with a reason)</source>
        <translation>
            <numerusform>%n tidak memenuhi syarat (merah; centang untuk tetap menyertakan, dengan alasan)</numerusform>
        </translation>
    </message>
    <message>
        <source>Include by hand</source>
        <translation>Sertakan secara manual</translation>
    </message>
    <message>
        <source>%1 does not meet the certificate rule (%2). Why is a certificate issued all the same?</source>
        <translation>%1 tidak memenuhi syarat sertifikat (%2). Apa alasan sertifikat tetap diterbitkan?</translation>
    </message>
</context>
<context>
    <name>Chapters</name>
    <message>
        <source>Background</source>
        <translation>Latar belakang</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar pelaksanaan</translation>
    </message>
    <message>
        <source>Aims and objectives</source>
        <translation>Maksud dan tujuan</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Committee (registered under Participants)</source>
        <translation>Panitia (didaftarkan di Peserta)</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Pembiayaan</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Hambatan</translation>
    </message>
    <message>
        <source>Conclusions</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Saran</translation>
    </message>
</context>
<context>
    <name>Checkin</name>
    <message>
        <source>This session is on {day}, not today.</source>
        <translation>Sesi ini dijadwalkan {day}, bukan hari ini.</translation>
    </message>
    <message>
        <source>This session was on {day}, not today.</source>
        <translation>Sesi ini berlangsung {day}, bukan hari ini.</translation>
    </message>
    <message>
        <source>This session ended at {end}, more than {minutes} minutes ago.</source>
        <translation>Sesi ini sudah selesai pukul {end}, lebih dari {minutes} menit yang lalu.</translation>
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
        <source>Check-in</source>
        <translation>Presensi</translation>
    </message>
    <message>
        <source>%1

Check people in to this session all the same? A check-in records the time of the scan.</source>
        <translation>%1

Tetap catat presensi di sesi ini? Presensi dicatat dengan waktu saat dipindai.</translation>
    </message>
    <message>
        <source>Check in all the same</source>
        <translation>Tetap catat presensi</translation>
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
        <source>%1 not checked in: %2</source>
        <translation>Presensi %1 tidak dicatat: %2</translation>
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
        <translation>LOKASI</translation>
    </message>
    <message>
        <source>database file (default: sibina.sqlite in the data folder), or a PostgreSQL server as postgresql://user@host/database</source>
        <translation>berkas basis data (bawaan: sibina.sqlite di folder data), atau server PostgreSQL sebagai postgresql://pengguna@host/basisdata</translation>
    </message>
    <message>
        <source>language of the interface and messages</source>
        <translation>bahasa tampilan dan pesan</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>log in as this user (the password is asked, or read from SIBINA_PASSWORD)</source>
        <translation>masuk sebagai pengguna ini (kata sandi ditanyakan, atau dibaca dari SIBINA_PASSWORD)</translation>
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
        <source>also apply the rows that would replace values with less (fewer titles, an empty or shorter value)</source>
        <translation>terapkan juga baris yang akan mengganti nilai dengan yang lebih sedikit (gelar lebih sedikit, nilai kosong atau lebih pendek)</translation>
    </message>
    <message>
        <source>keep names written in capitals as the file writes them</source>
        <translation>biarkan nama yang ditulis dengan huruf kapital seperti di berkas</translation>
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
        <source>the sheet of the committee and speakers instead of the participants&apos;</source>
        <translation>daftar hadir panitia dan narasumber, bukan daftar hadir peserta</translation>
    </message>
    <message>
        <source>print the name tags of an event to a PDF</source>
        <translation>cetak tanda pengenal kegiatan ke PDF</translation>
    </message>
    <message>
        <source>import evaluation responses from a form tool&apos;s CSV (or XLSX) file</source>
        <translation>impor respons evaluasi dari berkas CSV (atau XLSX) keluaran aplikasi formulir</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>TEMPLAT</translation>
    </message>
    <message>
        <source>the questionnaire&apos;s id or exact name</source>
        <translation>id atau nama persis kuesioner</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>BERKAS.csv</translation>
    </message>
    <message>
        <source>NAME|ID</source>
        <translation>NAMA|ID</translation>
    </message>
    <message>
        <source>for a speaker form without a speaker column: the speaker every row is about</source>
        <translation>untuk formulir narasumber tanpa kolom narasumber: narasumber yang dinilai pada setiap baris</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>BERKAS.pdf</translation>
    </message>
    <message>
        <source>write an event&apos;s evaluation report (results, gain, follow-up) to a PDF</source>
        <translation>tulis laporan evaluasi kegiatan (hasil, gain ternormalisasi, tindak lanjut) ke PDF</translation>
    </message>
    <message>
        <source>issue the certificates of everyone who qualifies at an event, and print them to one PDF (or one PDF per person)</source>
        <translation>terbitkan sertifikat semua yang memenuhi syarat pada suatu kegiatan, lalu cetak ke satu PDF (atau satu PDF per orang)</translation>
    </message>
    <message>
        <source>DIR_OR_FILE.pdf</source>
        <translation>FOLDER_ATAU_BERKAS.pdf</translation>
    </message>
    <message>
        <source>one PDF per person, named with the number and name, in the folder --out</source>
        <translation>satu PDF per orang, dinamai dengan nomor dan nama, di folder --out</translation>
    </message>
    <message>
        <source>check a certificate from its QR code&apos;s text or its number: prints VALID, REVOKED, NOT VALID, UNKNOWN or FORGED</source>
        <translation>periksa sertifikat dari teks kode QR atau nomornya: mencetak SAH, DICABUT, TIDAK SAH, TIDAK DIKENAL atau PALSU</translation>
    </message>
    <message>
        <source>PAYLOAD_OR_NUMBER</source>
        <translation>ISI_QR_ATAU_NOMOR</translation>
    </message>
    <message>
        <source>revoke a certificate, with the reason</source>
        <translation>cabut sertifikat, dengan alasannya</translation>
    </message>
    <message>
        <source>NUMBER</source>
        <translation>NOMOR</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKS</translation>
    </message>
    <message>
        <source>write a checked backup of the database into a folder (a USB stick); prints the backup file&apos;s path</source>
        <translation>tulis cadangan basis data yang sudah diperiksa ke sebuah folder (flashdisk); mencetak jalur berkas cadangan</translation>
    </message>
    <message>
        <source>DEST_DIR</source>
        <translation>FOLDER_TUJUAN</translation>
    </message>
    <message>
        <source>replace the data with a backup, after checking it and backing up the current data</source>
        <translation>ganti data dengan sebuah cadangan, setelah memeriksanya dan mencadangkan data saat ini</translation>
    </message>
    <message>
        <source>write a report to a PDF, XLSX or CSV file</source>
        <translation>tulis laporan ke berkas PDF, XLSX atau CSV</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>JENIS</translation>
    </message>
    <message>
        <source>attendance, event-report: the event (see list-events); certificate-register: only this event</source>
        <translation>attendance, event-report: kegiatannya (lihat list-events); certificate-register: hanya kegiatan ini</translation>
    </message>
    <message>
        <source>jp-recap, annual, competency: the year; speakers, certificate-register: only this year</source>
        <translation>jp-recap, annual, competency: tahunnya; speakers, certificate-register: hanya tahun ini</translation>
    </message>
    <message>
        <source>jp-recap, competency, training-needs: only this unit</source>
        <translation>jp-recap, competency, training-needs: hanya unit kerja ini</translation>
    </message>
    <message>
        <source>THEME</source>
        <translation>TEMA</translation>
    </message>
    <message>
        <source>training-needs: the theme, by name or number</source>
        <translation>training-needs: temanya, dengan nama atau nomor</translation>
    </message>
    <message>
        <source>PERSON_ID</source>
        <translation>ID_ORANG</translation>
    </message>
    <message>
        <source>transcript: the person</source>
        <translation>transcript: orangnya</translation>
    </message>
    <message>
        <source>UNIT</source>
        <translation>UNIT</translation>
    </message>
    <message>
        <source>FILE.pdf|.xlsx|.csv</source>
        <translation>BERKAS.pdf|.xlsx|.csv</translation>
    </message>
    <message>
        <source>no password in --db, please: set PGPASSWORD or put it in the pgpass file, where only you can read it</source>
        <translation>jangan tulis kata sandi di --db: isi PGPASSWORD atau simpan di berkas pgpass, yang hanya dapat dibaca oleh Anda</translation>
    </message>
    <message>
        <source>This command works on a database file; %1 is a database server.</source>
        <translation>Perintah ini hanya untuk berkas basis data; %1 adalah server basis data.</translation>
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
        <source>row %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>columns not used: %1</source>
        <translation>kolom tidak dipakai: %1</translation>
    </message>
    <message>
        <source>columns without a heading, not used: %1</source>
        <translation>kolom tanpa judul, tidak dipakai: %1</translation>
    </message>
    <message>
        <source>row %1: replaced with less: %2</source>
        <translation>baris %1: diganti dengan yang lebih sedikit: %2</translation>
    </message>
    <message>
        <source>row %1: left out, it would replace values with less: %2 (--overwrite applies it)</source>
        <translation>baris %1: tidak diterapkan, akan mengganti nilai dengan yang lebih sedikit: %2 (--overwrite menerapkannya)</translation>
    </message>
    <message>
        <source>The export file must end in .xlsx or .csv.</source>
        <translation>Berkas ekspor harus berakhiran .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>%1 people written to %2.</source>
        <translation>%1 orang disimpan ke %2.</translation>
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
        <source>SiBina will not open it: %1.</source>
        <translation>SiBina tidak akan membukanya: %1.</translation>
    </message>
    <message>
        <source>The output file must end in .pdf.</source>
        <translation>Berkas keluaran harus berakhiran .pdf.</translation>
    </message>
    <message>
        <source>imported %1, already imported before %2, rejected %3</source>
        <translation>diimpor %1, sudah diimpor sebelumnya %2, ditolak %3</translation>
    </message>
    <message>
        <source>The output file must end in .pdf (or give --separate and a folder).</source>
        <translation>Berkas keluaran harus berakhiran .pdf (atau berikan --separate dan sebuah folder).</translation>
    </message>
    <message>
        <source>With --separate, --out names a folder, not a PDF.</source>
        <translation>Dengan --separate, --out menyebut folder, bukan PDF.</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>Tidak ada kegiatan dengan id %1.</translation>
    </message>
    <message>
        <source>No one at this event qualifies for a certificate.</source>
        <translation>Tidak ada peserta kegiatan ini yang memenuhi syarat sertifikat.</translation>
    </message>
    <message>
        <source>Warning: %1 signs the certificate %2, which is their own.</source>
        <translation>Peringatan: %1 menandatangani sertifikat %2, yang merupakan sertifikatnya sendiri.</translation>
    </message>
    <message>
        <source>The certificate&apos;s font has none of the letters of %1: write the name in Latin letters first.</source>
        <translation>Fon sertifikat tidak memiliki satu pun huruf dari %1: tulis dulu nama tersebut dengan huruf Latin.</translation>
    </message>
    <message>
        <source>Warning: the font has no %1 for the name %2; it will print as a box.</source>
        <translation>Peringatan: huruf %1 pada nama %2 tidak ada di fon; akan tercetak sebagai kotak.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
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
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <source>Certificate %1 revoked.</source>
        <translation>Sertifikat %1 dicabut.</translation>
    </message>
    <message>
        <source>There is no questionnaire %1.</source>
        <translation>Tidak ada kuesioner %1.</translation>
    </message>
    <message>
        <source>Match the columns to the questions once in the window (Evaluations, Responses, Import CSV…); SiBina remembers them for this questionnaire.</source>
        <translation>Cocokkan kolom dengan pertanyaan sekali saja di jendela aplikasi (Evaluasi, Respons, Impor CSV…); SiBina akan mengingatnya untuk kuesioner ini.</translation>
    </message>
    <message>
        <source>%1 is not a speaker in the event&apos;s schedule (%2).</source>
        <translation>%1 bukan narasumber dalam jadwal kegiatan (%2).</translation>
    </message>
    <message>
        <source>unexpected arguments for the window</source>
        <translation>argumen yang tidak sesuai untuk jendela</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 bukan folder.</translation>
    </message>
    <message>
        <source>Restored %1. The data from before is kept in %2.</source>
        <translation>%1 telah dipulihkan. Data sebelumnya disimpan di %2.</translation>
    </message>
    <message>
        <source>copy all of SiBina&apos;s data from a database file to an empty PostgreSQL database, or back into a new file; each table is verified</source>
        <translation>salin seluruh data SiBina dari berkas basis data ke basis data PostgreSQL yang kosong, atau sebaliknya ke berkas baru; setiap tabel diverifikasi</translation>
    </message>
    <message>
        <source>the database to copy: a file or postgresql://user@host/database</source>
        <translation>basis data yang disalin: berkas atau postgresql://pengguna@host/basisdata</translation>
    </message>
    <message>
        <source>where to copy it: an empty PostgreSQL database, or a file not there yet</source>
        <translation>tujuan salinan: basis data PostgreSQL yang kosong, atau berkas yang belum ada</translation>
    </message>
    <message>
        <source>Everything is in %1.</source>
        <translation>Semua data sudah ada di %1.</translation>
    </message>
    <message>
        <source>The output file must end in %1.</source>
        <translation>Berkas keluaran harus berakhiran %1.</translation>
    </message>
    <message>
        <source>The %1 report needs %2.</source>
        <translation>Laporan %1 memerlukan %2.</translation>
    </message>
    <message>
        <source>There is no person with id %1.</source>
        <translation>Tidak ada orang dengan id %1.</translation>
    </message>
    <message>
        <source>There is no unit named %1.</source>
        <translation>Tidak ada unit kerja bernama %1.</translation>
    </message>
    <message>
        <source>write one of an event&apos;s papers (a letter as .docx, a list as .pdf or .xlsx) and record it</source>
        <translation>tulis salah satu berkas kegiatan (surat sebagai .docx, daftar sebagai .pdf atau .xlsx) dan catat</translation>
    </message>
    <message>
        <source>FILE.docx|.pdf|.xlsx</source>
        <translation>BERKAS.docx|.pdf|.xlsx</translation>
    </message>
    <message>
        <source>a letter written per person: only this person</source>
        <translation>surat yang dibuat per orang: hanya untuk orang ini</translation>
    </message>
    <message>
        <source>a letter written per person: one file each, each with its number, in the folder --out</source>
        <translation>surat yang dibuat per orang: satu berkas untuk setiap orang, masing-masing dengan nomornya, di folder --out</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>TTTT-BB-HH</translation>
    </message>
    <message>
        <source>the letter&apos;s date (today if left out)</source>
        <translation>tanggal surat (hari ini bila tidak diberikan)</translation>
    </message>
    <message>
        <source>write the register of letter numbers to an XLSX or CSV file</source>
        <translation>tulis register nomor surat ke berkas XLSX atau CSV</translation>
    </message>
    <message>
        <source>only this year&apos;s letters</source>
        <translation>hanya surat tahun ini</translation>
    </message>
    <message>
        <source>%1 is not a date written as YYYY-MM-DD.</source>
        <translation>%1 bukan tanggal yang ditulis sebagai TTTT-BB-HH.</translation>
    </message>
    <message>
        <source>--person and --each are for letters written per person (%1).</source>
        <translation>--person dan --each hanya untuk surat yang dibuat per orang (%1).</translation>
    </message>
    <message>
        <source>Give --each or --person, not both.</source>
        <translation>Berikan --each atau --person, jangan keduanya.</translation>
    </message>
    <message>
        <source>With --each, --out names a folder, not a file.</source>
        <translation>Dengan --each, --out menyebut folder, bukan berkas.</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 disimpan ke %2.</translation>
    </message>
    <message>
        <source>Letter %1 written to %2.</source>
        <translation>Surat %1 disimpan ke %2.</translation>
    </message>
    <message>
        <source>The output file must end in .xlsx or .csv.</source>
        <translation>Berkas keluaran harus berakhiran .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Kata sandi untuk %1: </translation>
    </message>
    <message>
        <source>No password for %1: type it when asked, or set %2 for a scheduled job.</source>
        <translation>Tidak ada kata sandi untuk %1: ketikkan saat ditanya, atau isi %2 untuk tugas terjadwal.</translation>
    </message>
    <message>
        <source>This database requires a login: add --user NAME (the password is asked, or read from %1 for a scheduled job).</source>
        <translation>Basis data ini mewajibkan masuk dengan akun: tambahkan --user NAMA (kata sandi ditanyakan, atau dibaca dari %1 untuk tugas terjadwal).</translation>
    </message>
    <message>
        <source>A user with the role %1 may not run %2.</source>
        <translation>Pengguna dengan peran %1 tidak boleh menjalankan %2.</translation>
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
            <numerusform>%n halaman disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n name tag(s) written to %1.</source>
        <translation>
            <numerusform>%n tanda pengenal disimpan ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Competency</name>
    <message>
        <source>There is no theme “{theme}”: give its name as in the list of themes, or its number.</source>
        <translation>Tidak ada tema “{theme}”: tuliskan namanya seperti pada daftar tema, atau nomornya.</translation>
    </message>
</context>
<context>
    <name>CompetencyMapModel</name>
    <message>
        <source>No theme</source>
        <translation>Tanpa tema</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Total JP</source>
        <translation>Jumlah JP</translation>
    </message>
    <message>
        <source>No JP in %1 in the last %2 years</source>
        <translation>Belum ada JP pada %1 dalam %2 tahun terakhir</translation>
    </message>
</context>
<context>
    <name>CompetencyPage</name>
    <message>
        <source>years</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>E&amp;xport to Excel…</source>
        <translation>Ekspor ke E&amp;xcel…</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Functional &amp;level:</source>
        <translation>&amp;Jenjang:</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Kebutuhan pelatihan</translation>
    </message>
    <message>
        <source>no JP at all</source>
        <translation>belum ada JP</translation>
    </message>
    <message>
        <source>&amp;JP of the last:</source>
        <translation>JP &amp;selama:</translation>
    </message>
    <message>
        <source>A&amp;dd to event…</source>
        <translation>&amp;Daftarkan ke kegiatan…</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>Tem&amp;a:</translation>
    </message>
    <message>
        <source>Fe&amp;wer than:</source>
        <translation>Kura&amp;ng dari:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Functional level</source>
        <translation>Jenjang jabatan fungsional</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>Any functional level</source>
        <translation>Semua jenjang</translation>
    </message>
    <message>
        <source>%1 · JP from %2 to %3 · a bold 0 on amber: no JP in that theme</source>
        <translation>%1 · JP dari %2 sampai %3 · angka 0 tebal berlatar kuning: belum ada JP pada tema itu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln staff member(s)</source>
        <translation>
            <numerusform>%Ln pegawai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln staff member(s) in %1</source>
        <translation>
            <numerusform>%Ln pegawai pada %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CooperationDialog</name>
    <message>
        <source>Agreement</source>
        <translation>Perjanjian kerja sama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ada batas</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Add &amp;document…</source>
        <translation>&amp;Tambah dokumen…</translation>
    </message>
    <message>
        <source>&amp;Open document</source>
        <translation>&amp;Buka dokumen</translation>
    </message>
    <message>
        <source>&amp;Remove document</source>
        <translation>&amp;Hapus dokumen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Choose the document</source>
        <translation>Pilih dokumen</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Pindaian (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No program to show this file was found. A copy is at %1.</source>
        <translation>Tidak ada program untuk menampilkan berkas ini. Salinannya ada di %1.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error: %1. Your saved work is safe; the details were written to %2.</source>
        <translation>Kesalahan tak terduga: %1. Pekerjaan yang sudah disimpan aman; rinciannya disimpan ke %2.</translation>
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
        <source>{path} is read-only and needs upgrading to this SiBina, which means writing it. Copy it to a folder that can be written, or make the file writable, and open it again.</source>
        <translation>{path} hanya-baca dan perlu ditingkatkan untuk SiBina ini, yang berarti harus ditulisi. Salin ke folder yang dapat ditulisi, atau jadikan berkas itu dapat ditulisi, lalu buka lagi.</translation>
    </message>
    <message>
        <source>Upgrading {path} failed ({detail}); the failed step changed nothing.</source>
        <translation>Pemutakhiran {path} gagal ({detail}); langkah yang gagal tidak mengubah apa pun.</translation>
    </message>
    <message>
        <source>{path} holds what SiBina never makes ({detail}); SiBina will not open it. Restore the newest backup.</source>
        <translation>{path} memuat sesuatu yang tidak pernah dibuat SiBina ({detail}); SiBina tidak akan membukanya. Pulihkan cadangan terbaru.</translation>
    </message>
    <message>
        <source>the file is shorter than it should be; it was cut off while being written or copied</source>
        <translation>berkas lebih pendek dari seharusnya; terpotong saat ditulis atau disalin</translation>
    </message>
    <message>
        <source>{path} is not a SiBina database.</source>
        <translation>{path} bukan basis data SiBina.</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}); SiBina cannot use it. Restore the newest backup.</source>
        <translation>{path} rusak ({detail}); SiBina tidak dapat memakainya. Pulihkan cadangan terbaru.</translation>
    </message>
    <message>
        <source>{path} could not be opened ({detail}).</source>
        <translation>{path} tidak dapat dibuka ({detail}).</translation>
    </message>
    <message>
        <source>Upgrading {path} failed ({detail}). The copy made before the upgrade is {copy}.</source>
        <translation>Pembaruan {path} gagal ({detail}). Salinan yang dibuat sebelum pembaruan adalah {copy}.</translation>
    </message>
    <message>
        <source>SiBina could not use the database server {target} ({detail}). Check the address, the user and the password (PGPASSWORD or pgpass), and that the server is running.</source>
        <translation>SiBina tidak dapat memakai server basis data {target} ({detail}). Periksa alamat, nama pengguna dan kata sandi (PGPASSWORD atau pgpass), serta pastikan server sedang berjalan.</translation>
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
    <name>DoorWindow</name>
    <message>
        <source>SiBina — Check-in</source>
        <translation>SiBina — Presensi</translation>
    </message>
    <message>
        <source>No session is held today.</source>
        <translation>Tidak ada sesi yang berlangsung hari ini.</translation>
    </message>
    <message>
        <source>&amp;Open check-in</source>
        <translation>&amp;Buka presensi</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Ke&amp;luar akun</translation>
    </message>
    <message>
        <source>Logged in: %1</source>
        <translation>Masuk sebagai: %1</translation>
    </message>
    <message>
        <source>Today&apos;s &amp;sessions:</source>
        <translation>&amp;Sesi hari ini:</translation>
    </message>
</context>
<context>
    <name>DriveChooser</name>
    <message>
        <source>Choose the USB stick (or another drive) to save to, or another folder.</source>
        <translation>Pilih flashdisk (atau drive lain) tempat menyimpan, atau folder lain.</translation>
    </message>
    <message>
        <source>Last used: %1</source>
        <translation>Terakhir dipakai: %1</translation>
    </message>
    <message>
        <source>%1 free</source>
        <translation>%1 kosong</translation>
    </message>
    <message>
        <source>USB stick</source>
        <translation>Flashdisk</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>hanya-baca</translation>
    </message>
    <message>
        <source>Another &amp;folder…</source>
        <translation>&amp;Folder lain…</translation>
    </message>
    <message>
        <source>No drive here can be saved to. Choose “Another folder…” to save somewhere else.</source>
        <translation>Tidak ada drive yang dapat ditulisi di sini. Pilih “Folder lain…” untuk menyimpan di tempat lain.</translation>
    </message>
    <message>
        <source>Save here</source>
        <translation>Simpan di sini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>File &amp;type:</source>
        <translation>&amp;Jenis berkas:</translation>
    </message>
    <message>
        <source>Documents: %1</source>
        <translation>Dokumen: %1</translation>
    </message>
    <message>
        <source>Home folder: %1</source>
        <translation>Folder pengguna: %1</translation>
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
        <source>No session has been held yet.</source>
        <translation>Belum ada sesi yang terlaksana.</translation>
    </message>
    <message>
        <source>Attended {attended} of {total} sessions held ({percent}%); {minimum}% needed.</source>
        <translation>Hadir {attended} dari {total} sesi yang terlaksana ({percent}%); diperlukan {minimum}%.</translation>
    </message>
    <message>
        <source>Attended {attended} of {total} sessions held, but no evaluation was submitted.</source>
        <translation>Hadir {attended} dari {total} sesi yang terlaksana, tetapi belum mengisi evaluasi.</translation>
    </message>
    <message>
        <source>Attended {attended} of {total} sessions held ({percent}%).</source>
        <translation>Hadir {attended} dari {total} sesi yang terlaksana ({percent}%).</translation>
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
    <name>EvaluationsPage</name>
    <message>
        <source>&amp;Forms</source>
        <translation>&amp;Formulir</translation>
    </message>
    <message>
        <source>Res&amp;ponses</source>
        <translation>&amp;Respons</translation>
    </message>
    <message>
        <source>Pre/post &amp;tests</source>
        <translation>&amp;Pre-test/post-test</translation>
    </message>
    <message>
        <source>F&amp;ollow-up</source>
        <translation>&amp;Tindak lanjut</translation>
    </message>
    <message>
        <source>Res&amp;ults</source>
        <translation>&amp;Hasil</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>Te&amp;mplat…</translation>
    </message>
    <message>
        <source>&amp;Service figures…</source>
        <translation>&amp;Statistik layanan…</translation>
    </message>
    <message>
        <source>Follow-ups &amp;due…</source>
        <translation>Tindak lanjut &amp;jatuh tempo…</translation>
    </message>
    <message>
        <source>Speaker &amp;ratings…</source>
        <translation>Penilaian &amp;narasumber…</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Kegiatan:</translation>
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
        <source>Co-organised by the office</source>
        <translation>Diselenggarakan bersama kantor</translation>
    </message>
    <message>
        <source>The office then issues its own certificates, naming both organisers; otherwise the outside body&apos;s certificates are recorded on the Certificates tab</source>
        <translation>Kantor lalu menerbitkan sertifikatnya sendiri dengan menyebut kedua penyelenggara; jika tidak, sertifikat dari penyelenggara luar dicatat pada tab Sertifikat</translation>
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
        <source>T&amp;hemes…</source>
        <translation>Daftar &amp;tema…</translation>
    </message>
    <message>
        <source>Add, rename or reorder the theme areas</source>
        <translation>Tambah, ganti nama, atau ubah urutan bidang tema</translation>
    </message>
    <message>
        <source>The organiser as one of the network&apos;s organisations: the event then shows in its history, and the organiser&apos;s name follows the organisation&apos;s</source>
        <translation>Penyelenggara sebagai salah satu organisasi jejaring: kegiatan ini lalu tampil di riwayatnya, dan nama penyelenggara mengikuti nama organisasi</translation>
    </message>
    <message>
        <source>(not in the network)</source>
        <translation>(tidak ada di jejaring)</translation>
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
        <source>JP counts</source>
        <translation>JP dihitung</translation>
    </message>
    <message>
        <source>Whether the participants&apos; JP counts as competency development, towards the yearly JP target</source>
        <translation>Apakah JP peserta dihitung sebagai pengembangan kompetensi, untuk target JP tahunan</translation>
    </message>
    <message>
        <source>Yes: competency development</source>
        <translation>Ya: pengembangan kompetensi</translation>
    </message>
    <message>
        <source>No: not towards the JP target</source>
        <translation>Tidak: tidak dihitung untuk target JP</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>&amp;Report texts</source>
        <translation>Isi &amp;laporan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>The event report prints these chapters; one left empty is left out of it.</source>
        <translation>Laporan kegiatan memuat bab-bab ini; bab yang kosong tidak dicetak.</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Dasar pelaksanaan</translation>
    </message>
    <message>
        <source>e.g. the budget document (DPA) or the head of office&apos;s decree</source>
        <translation>mis. DPA atau surat keputusan kepala dinas</translation>
    </message>
    <message>
        <source>Target group</source>
        <translation>Sasaran</translation>
    </message>
    <message>
        <source>Funding</source>
        <translation>Pembiayaan</translation>
    </message>
    <message>
        <source>Obstacles</source>
        <translation>Hambatan</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>As its kind: yes</source>
        <translation>Mengikuti jenisnya: ya</translation>
    </message>
    <message>
        <source>As its kind: no</source>
        <translation>Mengikuti jenisnya: tidak</translation>
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
        <source>Choose whether the event counts as competency development.</source>
        <translation>Pilih apakah kegiatan ini dihitung sebagai pengembangan kompetensi.</translation>
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
        <source>The organisation chosen is no longer in the network; choose again.</source>
        <translation>Organisasi yang dipilih sudah tidak ada di jejaring; pilih lagi.</translation>
    </message>
    <message>
        <source>Certificates from the organiser are recorded for this event ({count}) and count towards the JP; remove them first on the Certificates tab.</source>
        <translation>Sertifikat dari penyelenggara sudah dicatat untuk kegiatan ini ({count}) dan dihitung sebagai JP; hapus dulu di tab Sertifikat.</translation>
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
        <source>Files such as a signed sign-in sheet are kept with this event&apos;s sessions, so it cannot be deleted; cancel it instead.</source>
        <translation>Berkas seperti daftar hadir bertanda tangan tersimpan pada sesi kegiatan ini, sehingga kegiatan tidak dapat dihapus; batalkan saja.</translation>
    </message>
    <message>
        <source>Documentation photos are kept with this event, so it cannot be deleted; cancel it instead.</source>
        <translation>Foto dokumentasi tersimpan bersama kegiatan ini, jadi kegiatan tidak dapat dihapus; batalkan saja.</translation>
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
        <source>The participants&apos; certificates from the organiser have been recorded for this event, so it cannot be deleted; cancel it instead.</source>
        <translation>Sertifikat peserta dari penyelenggara sudah dicatat untuk kegiatan ini, sehingga kegiatan tidak dapat dihapus; batalkan saja.</translation>
    </message>
    <message>
        <source>Attendance has been recorded for {name} at this event: mark the registration cancelled instead of removing it.</source>
        <translation>Kehadiran {name} pada kegiatan ini sudah dicatat: tandai pendaftarannya batal, jangan dihapus.</translation>
    </message>
    <message>
        <source>The organiser&apos;s certificate of {name} has been recorded for this event: mark the registration cancelled instead of removing it.</source>
        <translation>Sertifikat {name} dari penyelenggara sudah dicatat untuk kegiatan ini: tandai pendaftarannya batal, jangan dihapus.</translation>
    </message>
    <message>
        <source>a documentation photo is a PNG or JPEG picture.</source>
        <translation>foto dokumentasi harus berupa gambar PNG atau JPEG.</translation>
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
        <translation>Kegiata&amp;n baru</translation>
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
        <translation>Pe&amp;serta…</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>Keha&amp;diran</translation>
    </message>
    <message>
        <source>&amp;Letters…</source>
        <translation>Surat d&amp;inas…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>&amp;Gandakan…</translation>
    </message>
    <message>
        <source>&amp;Cancel event…</source>
        <translation>B&amp;atalkan kegiatan…</translation>
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
    <message>
        <source>No events yet. Start with the first training, seminar or workshop: its dates, then its schedule and participants.</source>
        <translation>Belum ada kegiatan. Mulailah dengan pelatihan, seminar, atau lokakarya pertama: tanggalnya, lalu jadwal dan pesertanya.</translation>
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
    <name>Export</name>
    <message>
        <source>{file} did not read back as it was written; it was not kept. Try again, or another USB stick.</source>
        <translation>{file} tidak terbaca kembali seperti yang ditulis; berkas tidak disimpan. Coba lagi, atau pakai flashdisk lain.</translation>
    </message>
    <message>
        <source>{file} cannot be written: the USB stick or folder is write-protected. Nothing was saved.</source>
        <translation>{file} tidak dapat ditulis: flashdisk atau folder terkunci tulis. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>{file} does not fit: the USB stick is full. Nothing was saved under that name.</source>
        <translation>{file} tidak muat: flashdisk penuh. Tidak ada yang disimpan dengan nama itu.</translation>
    </message>
    <message>
        <source>{file} could not be written: the USB stick or folder is no longer there. Nothing was saved under that name.</source>
        <translation>{file} tidak dapat ditulis: flashdisk atau folder sudah tidak ada. Tidak ada yang disimpan dengan nama itu.</translation>
    </message>
    <message>
        <source>{file} could not be written ({detail}). Nothing was saved under that name.</source>
        <translation>{file} tidak dapat ditulis ({detail}). Tidak ada yang disimpan dengan nama itu.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Edit follow-up</source>
        <translation>Ubah tindak lanjut</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>Tindak lanjut baru</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Applied in work?</source>
        <translation>Diterapkan dalam pekerjaan?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Perubahan yang terjadi</translation>
    </message>
    <message>
        <source>e.g. The collection is now classified with DDC 23; the backlog fell by half.</source>
        <translation>mis. Koleksi kini diklasifikasi dengan DDC 23; tunggakan pengolahan berkurang separuh.</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Dinilai oleh</translation>
    </message>
    <message>
        <source>Rating (1–5)</source>
        <translation>Nilai (1–5)</translation>
    </message>
    <message>
        <source>— none</source>
        <translation>— tidak ada</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Type part of a name…</source>
        <translation>Ketik sebagian nama…</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <source>Choose the participant.</source>
        <translation>Pilih pesertanya.</translation>
    </message>
    <message>
        <source>Only a participant of the event can be followed up.</source>
        <translation>Tindak lanjut hanya dapat dicatat untuk peserta kegiatan ini.</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>Tanggal wajib diisi.</translation>
    </message>
    <message>
        <source>A follow-up comes after the event, which ended on {end}.</source>
        <translation>Tindak lanjut dilakukan setelah kegiatan, yang berakhir pada {end}.</translation>
    </message>
    <message>
        <source>Choose whether it was applied: yes, partly or no.</source>
        <translation>Pilih apakah sudah diterapkan: ya, sebagian atau tidak.</translation>
    </message>
    <message>
        <source>Choose who judged it: the participant or the supervisor.</source>
        <translation>Pilih siapa yang menilai: peserta atau atasannya.</translation>
    </message>
    <message>
        <source>The rating is 1 to 5, or empty.</source>
        <translation>Nilai berupa angka 1 sampai 5, atau kosong.</translation>
    </message>
    <message>
        <source>This person already has a follow-up on that date by the same judge.</source>
        <translation>Orang ini sudah memiliki tindak lanjut pada tanggal itu dengan penilai yang sama.</translation>
    </message>
</context>
<context>
    <name>FollowUpsDueDialog</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Tindak lanjut jatuh tempo</translation>
    </message>
    <message>
        <source>How many months after its end an event is due</source>
        <translation>Berapa bulan setelah kegiatan selesai tindak lanjutnya jatuh tempo</translation>
    </message>
    <message>
        <source>Follow up &amp;after (months):</source>
        <translation>Tindak lanjut &amp;setelah (bulan):</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Due since</source>
        <translation>Jatuh tempo sejak</translation>
    </message>
    <message>
        <source>Followed up</source>
        <translation>Sudah ditindaklanjuti</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Events that ended at least that long ago and have participants not yet followed up; cancelled events are left out.</source>
        <translation>Kegiatan yang sudah selesai sekurang-kurangnya selama itu dan masih memiliki peserta yang belum ditindaklanjuti; kegiatan yang dibatalkan tidak disertakan.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 dari %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) due.</source>
        <translation>
            <numerusform>%n kegiatan jatuh tempo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No follow-up is due.</source>
        <translation>Tidak ada tindak lanjut yang jatuh tempo.</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Applied?</source>
        <translation>Diterapkan?</translation>
    </message>
    <message>
        <source>Judged by</source>
        <translation>Dinilai oleh</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Perubahan yang terjadi</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Choose an event to see its follow-ups.</source>
        <translation>Pilih kegiatan untuk melihat tindak lanjutnya.</translation>
    </message>
    <message>
        <source>No follow-up yet. Some months after the event, ask each participant (or their supervisor) what they applied in their work, and add it here.</source>
        <translation>Belum ada tindak lanjut. Beberapa bulan setelah kegiatan, tanyakan kepada setiap peserta (atau atasannya) apa yang sudah diterapkan dalam pekerjaannya, lalu tambahkan di sini.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n participant(s) followed up.</source>
        <translation>
            <numerusform>%1 dari %n peserta sudah ditindaklanjuti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied: %1, partly: %2, not applied: %3.</source>
        <translation>Diterapkan: %1, sebagian: %2, tidak diterapkan: %3.</translation>
    </message>
    <message numerus="yes">
        <source>Mean rating %1 of 5, from %n rating(s).</source>
        <translation>
            <numerusform>Nilai rata-rata %1 dari 5, berdasarkan %n penilaian.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the follow-up of %1 on %2?</source>
        <translation>Hapus tindak lanjut %1 pada %2?</translation>
    </message>
    <message>
        <source>Delete follow-up</source>
        <translation>Hapus tindak lanjut</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>FormsPanel</name>
    <message>
        <source>Evaluation forms</source>
        <translation>Formulir evaluasi</translation>
    </message>
    <message>
        <source>Every current template is attached</source>
        <translation>Semua templat yang berlaku sudah dilampirkan</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Lampirkan</translation>
    </message>
    <message>
        <source>&amp;Detach</source>
        <translation>Le&amp;paskan</translation>
    </message>
    <message>
        <source>A&amp;nonymous (no names printed)</source>
        <translation>&amp;Anonim (tanpa nama tercetak)</translation>
    </message>
    <message>
        <source>As many forms as participants, with blank lines for the name</source>
        <translation>Formulir sebanyak jumlah peserta, dengan baris kosong untuk nama</translation>
    </message>
    <message>
        <source>Names on the speaker &amp;forms too</source>
        <translation>Nama juga pada &amp;formulir narasumber</translation>
    </message>
    <message>
        <source>Otherwise the speaker forms carry no name, number or NIP</source>
        <translation>Jika tidak, formulir narasumber tanpa nama, nomor peserta, dan NIP</translation>
    </message>
    <message>
        <source>&amp;Print blank forms…</source>
        <translation>&amp;Cetak formulir kosong…</translation>
    </message>
    <message>
        <source>Edit &amp;templates…</source>
        <translation>Ubah &amp;templat…</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versi %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n answered form(s)</source>
        <translation>
            <numerusform>%n formulir terisi</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an event to see its forms.</source>
        <translation>Pilih kegiatan untuk melihat formulirnya.</translation>
    </message>
    <message>
        <source>No form attached yet: choose a template and press Attach.</source>
        <translation>Belum ada formulir yang dilampirkan: pilih templat lalu tekan Lampirkan.</translation>
    </message>
    <message>
        <source>Attach form</source>
        <translation>Lampirkan formulir</translation>
    </message>
    <message>
        <source>Detach form</source>
        <translation>Lepaskan formulir</translation>
    </message>
    <message>
        <source>Save blank forms</source>
        <translation>Simpan formulir kosong</translation>
    </message>
    <message>
        <source>Blank forms</source>
        <translation>Formulir kosong</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) saved to %1.</source>
        <translation>
            <numerusform>%n halaman disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the forms…</source>
        <translation>Menulis formulir…</translation>
    </message>
</context>
<context>
    <name>Glyphs</name>
    <message>
        <source>Letters missing from the font</source>
        <translation>Huruf yang tidak ada di fon</translation>
    </message>
    <message>
        <source>Print anyway</source>
        <translation>Tetap cetak</translation>
    </message>
    <message>
        <source>{paper}: the printing font has no letters for some characters, which would be left out:
{lines}
Write these texts in Latin letters (a name as the person&apos;s identity card spells it), or print anyway.</source>
        <translation>{paper}: fon cetak tidak memiliki huruf untuk beberapa karakter, sehingga karakter itu akan hilang dari cetakan:
{lines}
Tulis teks tersebut dengan huruf Latin (nama sesuai ejaan di KTP), atau tetap cetak.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Today&apos;s sessions (%1)</source>
        <translation>Sesi hari ini (%1)</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Presensi</translation>
    </message>
    <message>
        <source>Next events (%1)</source>
        <translation>Kegiatan berikutnya (%1)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%n registered</source>
        <translation>
            <numerusform>%n terdaftar</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Below this year&apos;s JP target (%1)</source>
        <translation>Di bawah target JP tahun ini (%1)</translation>
    </message>
    <message>
        <source>%1 — %2 of %3 JP, %4 JP to go</source>
        <translation>%1 — %2 dari %3 JP, kurang %4 JP</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left in the year.</source>
        <translation>
            <numerusform>Sisa %n hari lagi tahun ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificates due (%1)</source>
        <translation>Sertifikat yang perlu diterbitkan (%1)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n qualifying without a certificate</source>
        <translation>
            <numerusform>%n orang memenuhi syarat belum bersertifikat</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluations due (%1)</source>
        <translation>Evaluasi yang perlu ditagih (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n more answer(s) wanted</source>
        <translation>
            <numerusform>kurang %n jawaban lagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-ups due (%1)</source>
        <translation>Tindak lanjut yang jatuh tempo (%1)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 followed up, due since %4</source>
        <translation>%1: %2 dari %3 sudah ditindaklanjuti, jatuh tempo sejak %4</translation>
    </message>
    <message>
        <source>Training offers closing soon (%1)</source>
        <translation>Peluang pelatihan segera ditutup (%1)</translation>
    </message>
    <message>
        <source>closes %1 · %2 · %3</source>
        <translation>ditutup %1 · %2 · %3</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Tidak ada.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>No backup has been made to a USB stick yet.</source>
        <translation>Belum pernah ada cadangan ke flashdisk.</translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation>Cadangkan sekarang…</translation>
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
        <source>Names in capitals in normal case</source>
        <translation>Nama berhuruf kapital ditulis biasa</translation>
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
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>%1 new, %2 updates, %3 unchanged, %4 rejected.</source>
        <translation>%1 baru, %2 pembaruan, %3 tidak berubah, %4 ditolak.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would replace values with less (fewer titles, an empty or shorter value): tick those to apply them too.</source>
        <translation>
            <numerusform>%n baris akan mengganti nilai dengan yang lebih sedikit (gelar lebih sedikit, nilai kosong atau lebih pendek): centang baris itu untuk menerapkannya juga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are not people (numbering, signature) and are skipped.</source>
        <translation>
            <numerusform>%n baris bukan data orang (nomor kolom, tanda tangan) dan dilewati.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Kolom yang tidak dipakai: %1.</translation>
    </message>
    <message>
        <source>Columns without a heading, not used: %1.</source>
        <translation>Kolom tanpa judul, tidak dipakai: %1.</translation>
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
    <message numerus="yes">
        <source>%n row(s) that would replace values with less were left out; the records keep their values.</source>
        <translation>
            <numerusform>%n baris yang akan mengganti nilai dengan yang lebih sedikit tidak diterapkan; data tetap seperti semula.</numerusform>
        </translation>
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
    <name>ImportPreviewDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Signing keys</source>
        <translation>Kunci tanda tangan</translation>
    </message>
    <message>
        <source>This office&apos;s private keys stay on this PC: backups do not carry them. Export a key file (with a passphrase) to sign on another PC. Other offices verify this office&apos;s certificates with its public keys.</source>
        <translation>Kunci privat kantor ini tetap di PC ini: cadangan tidak membawanya. Ekspor berkas kunci (dengan frasa sandi) untuk menandatangani di PC lain. Kantor lain memverifikasi sertifikat kantor ini dengan kunci publiknya.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>&amp;New key…</source>
        <translation>Kunci &amp;baru…</translation>
    </message>
    <message>
        <source>Mark &amp;leaked…</source>
        <translation>Tandai b&amp;ocor…</translation>
    </message>
    <message>
        <source>E&amp;xport key file…</source>
        <translation>E&amp;kspor berkas kunci…</translation>
    </message>
    <message>
        <source>&amp;Import key file…</source>
        <translation>&amp;Impor berkas kunci…</translation>
    </message>
    <message>
        <source>Export &amp;public keys…</source>
        <translation>Ekspor kunci &amp;publik…</translation>
    </message>
    <message>
        <source>Import p&amp;ublic keys…</source>
        <translation>Impor kunci p&amp;ublik…</translation>
    </message>
    <message>
        <source>&amp;Remove imported key</source>
        <translation>&amp;Hapus kunci impor</translation>
    </message>
    <message>
        <source>This office</source>
        <translation>Kantor ini</translation>
    </message>
    <message>
        <source>Leaked from %1</source>
        <translation>Bocor sejak %1</translation>
    </message>
    <message>
        <source>Verifies that office&apos;s certificates</source>
        <translation>Memverifikasi sertifikat kantor tersebut</translation>
    </message>
    <message>
        <source>Retired: verifies what it signed</source>
        <translation>Tidak dipakai lagi: memverifikasi yang pernah ditandatanganinya</translation>
    </message>
    <message>
        <source>Signs now, but is not on this PC</source>
        <translation>Kunci yang berlaku, tetapi tidak ada di PC ini</translation>
    </message>
    <message>
        <source>Signs now</source>
        <translation>Kunci yang berlaku</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>Kunci baru</translation>
    </message>
    <message>
        <source>Make a new signing key? Certificates are signed with it from now on; those signed before keep verifying. Other offices must import the new public key.</source>
        <translation>Buat kunci tanda tangan baru? Mulai sekarang sertifikat ditandatangani dengan kunci itu; sertifikat yang ditandatangani sebelumnya tetap dapat diverifikasi. Kantor lain harus mengimpor kunci publik yang baru.</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Buat kunci baru</translation>
    </message>
    <message>
        <source>Mark a key leaked</source>
        <translation>Tandai kunci bocor</translation>
    </message>
    <message>
        <source>Key %1 is marked leaked from %2: what it signed from that day on now verifies as forged.</source>
        <translation>Kunci %1 ditandai bocor sejak %2: semua yang ditandatanganinya sejak hari itu kini terverifikasi sebagai palsu.</translation>
    </message>
    <message>
        <source>Make a new key, then issue again the %1 certificates it signed since (the register lists them by date).</source>
        <translation>Buat kunci baru, lalu terbitkan ulang %1 sertifikat yang ditandatanganinya sejak itu (register mencantumkannya menurut tanggal).</translation>
    </message>
    <message>
        <source>Export key file</source>
        <translation>Ekspor berkas kunci</translation>
    </message>
    <message>
        <source>Key files (*.pem)</source>
        <translation>Berkas kunci (*.pem)</translation>
    </message>
    <message>
        <source>Saved to %1. Whoever has this file and its passphrase can sign in this office&apos;s name: keep the stick locked away, and import it only on the office&apos;s PCs.</source>
        <translation>Disimpan ke %1. Siapa pun yang memegang berkas ini beserta frasa sandinya dapat menandatangani atas nama kantor ini: simpan flashdisk di tempat terkunci, dan impor hanya di PC kantor.</translation>
    </message>
    <message>
        <source>Import key file</source>
        <translation>Impor berkas kunci</translation>
    </message>
    <message>
        <source>Key %1 is now on this PC.</source>
        <translation>Kunci %1 kini ada di PC ini.</translation>
    </message>
    <message>
        <source>Remove imported key</source>
        <translation>Hapus kunci impor</translation>
    </message>
    <message>
        <source>Stop trusting key %1 of %2? Its certificates will no longer verify here.</source>
        <translation>Berhenti memercayai kunci %1 milik %2? Sertifikatnya tidak akan terverifikasi lagi di sini.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Export public keys</source>
        <translation>Ekspor kunci publik</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Berkas teks (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1. Another SiBina installation imports this file to verify this office&apos;s certificates; it cannot be used to make certificates.</source>
        <translation>Disimpan ke %1. Instalasi SiBina lain mengimpor berkas ini untuk memverifikasi sertifikat kantor ini; berkas ini tidak dapat dipakai untuk membuat sertifikat.</translation>
    </message>
    <message>
        <source>Import public keys</source>
        <translation>Impor kunci publik</translation>
    </message>
    <message>
        <source>Certificates signed by %1 now verify here.</source>
        <translation>Sertifikat yang ditandatangani oleh %1 kini dapat diverifikasi di sini.</translation>
    </message>
</context>
<context>
    <name>LayoutEditor</name>
    <message>
        <source>Serif</source>
        <translation>Serif</translation>
    </message>
    <message>
        <source>Serif, bold</source>
        <translation>Serif, tebal</translation>
    </message>
    <message>
        <source>Serif, italic</source>
        <translation>Serif, miring</translation>
    </message>
    <message>
        <source>Sans serif</source>
        <translation>Sans serif</translation>
    </message>
    <message>
        <source>Sans serif, bold</source>
        <translation>Sans serif, tebal</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Lanskap</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <source>Frame (when there is no background)</source>
        <translation>Bingkai (bila tanpa latar)</translation>
    </message>
    <message>
        <source>Sessions on a back page</source>
        <translation>Daftar sesi di halaman belakang</translation>
    </message>
    <message>
        <source>The event&apos;s JP on the front, the JP attended on the back page</source>
        <translation>JP kegiatan di depan, JP yang diikuti di halaman belakang</translation>
    </message>
    <message>
        <source>Otherwise the front states the JP the person attended, as their transcript does</source>
        <translation>Jika tidak, halaman depan menyebut JP yang diikuti peserta, sama seperti riwayatnya</translation>
    </message>
    <message>
        <source>&amp;Background…</source>
        <translation>&amp;Latar…</translation>
    </message>
    <message>
        <source>No background</source>
        <translation>Tanpa latar</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Tengah</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <source>the same title</source>
        <translation>judul yang sama</translation>
    </message>
    <message>
        <source>The title of the certificates of speakers, moderators, committee and facilitators</source>
        <translation>Judul sertifikat narasumber, moderator, panitia, dan fasilitator</translation>
    </message>
    <message>
        <source>Left–right</source>
        <translation>Kiri–kanan</translation>
    </message>
    <message>
        <source>Top–bottom</source>
        <translation>Atas–bawah</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Smallest size</source>
        <translation>Ukuran terkecil</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Lebar</translation>
    </message>
    <message>
        <source>Font</source>
        <translation>Fon</translation>
    </message>
    <message>
        <source>Alignment</source>
        <translation>Perataan</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Wording</source>
        <translation>Kalimat</translation>
    </message>
    <message>
        <source>Wording for an online event</source>
        <translation>Kalimat untuk kegiatan daring</translation>
    </message>
    <message>
        <source>Title for those who served</source>
        <translation>Judul untuk yang bertugas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientasi</translation>
    </message>
    <message>
        <source>The background is stretched to the page: choose one made for this orientation.</source>
        <translation>Latar direntangkan mengikuti halaman: pilih latar yang dibuat untuk orientasi ini.</translation>
    </message>
    <message>
        <source>Choose a background</source>
        <translation>Pilih latar</translation>
    </message>
    <message>
        <source>Pictures or PDF (*.png *.jpg *.jpeg *.pdf)</source>
        <translation>Gambar atau PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
        <source>with background</source>
        <translation>dengan latar</translation>
    </message>
    <message>
        <source>no background</source>
        <translation>tanpa latar</translation>
    </message>
</context>
<context>
    <name>Layouts</name>
    <message>
        <source>Institution</source>
        <translation>Instansi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Title for speakers, moderators, committee and facilitators</source>
        <translation>Judul untuk narasumber, moderator, panitia, dan fasilitator</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>“diberikan kepada”</source>
        <translation>“diberikan kepada”</translation>
    </message>
    <message>
        <source>Name with titles</source>
        <translation>Nama dengan gelar</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Role wording</source>
        <translation>Kalimat peran</translation>
    </message>
    <message>
        <source>Event kind and title</source>
        <translation>Jenis dan judul kegiatan</translation>
    </message>
    <message>
        <source>Dates and place</source>
        <translation>Tanggal dan tempat</translation>
    </message>
    <message>
        <source>Dates of an online event</source>
        <translation>Tanggal kegiatan daring</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>A speaker&apos;s material</source>
        <translation>Materi narasumber</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>Baris tempat dan tanggal</translation>
    </message>
    <message>
        <source>First signatory</source>
        <translation>Penanda tangan pertama</translation>
    </message>
    <message>
        <source>Second signatory</source>
        <translation>Penanda tangan kedua</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Kode QR</translation>
    </message>
    <message>
        <source>The layout needs a name.</source>
        <translation>Tata letak perlu diberi nama.</translation>
    </message>
    <message>
        <source>The layout&apos;s name</source>
        <translation>Nama tata letak</translation>
    </message>
    <message>
        <source>{field} runs off the page: move it or make it narrower.</source>
        <translation>{field} keluar dari halaman: geser atau persempit.</translation>
    </message>
    <message>
        <source>{field}: the font size must be between 4 and 96 points.</source>
        <translation>{field}: ukuran huruf harus antara 4 dan 96 poin.</translation>
    </message>
    <message>
        <source>The role wording for {role}: {reason}</source>
        <translation>Kalimat peran {role}: {reason}</translation>
    </message>
    <message>
        <source>The QR code must be at least {size} mm wide: a smaller one cannot be read from a scanned or photographed certificate.</source>
        <translation>Kode QR harus selebar sedikitnya {size} mm: kode yang lebih kecil tidak terbaca dari sertifikat yang dipindai atau difoto.</translation>
    </message>
    <message>
        <source>The wording of {field} has an unmatched {{ or }}.</source>
        <translation>Kalimat {field} memiliki {{ atau }} tanpa pasangan.</translation>
    </message>
    <message>
        <source>The wording of {field} uses {{{name}}}, which SiBina does not fill in; it may use {allowed}.</source>
        <translation>Kalimat {field} memakai {{{name}}}, yang tidak diisi oleh SiBina; yang boleh dipakai: {allowed}.</translation>
    </message>
    <message>
        <source>The wording of {field}: {reason}</source>
        <translation>Kalimat {field}: {reason}</translation>
    </message>
    <message>
        <source>There is a layout named “{name}” already.</source>
        <translation>Sudah ada tata letak bernama “{name}”.</translation>
    </message>
    <message>
        <source>{file} cannot be used as a background: it is not a picture (PNG, JPEG) or a PDF SiBina can read.</source>
        <translation>{file} tidak dapat dipakai sebagai latar: bukan gambar (PNG, JPEG) atau PDF yang dapat dibaca SiBina.</translation>
    </message>
    <message>
        <source>{first} overlaps {second}: one would print over the other.</source>
        <translation>{first} menimpa {second}: yang satu akan tercetak di atas yang lain.</translation>
    </message>
</context>
<context>
    <name>LayoutsDialog</name>
    <message>
        <source>Certificate layouts</source>
        <translation>Tata letak sertifikat</translation>
    </message>
    <message>
        <source>&amp;Copy as a new layout</source>
        <translation>&amp;Salin sebagai tata letak baru</translation>
    </message>
    <message>
        <source>The default layout</source>
        <translation>Tata letak bawaan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Tata letak:</translation>
    </message>
    <message>
        <source>Discard the changes to “%1”?</source>
        <translation>Buang perubahan pada “%1”?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
</context>
<context>
    <name>LeakDateDialog</name>
    <message>
        <source>Mark a key leaked</source>
        <translation>Tandai kunci bocor</translation>
    </message>
    <message>
        <source>From which day may key %1 have been in other hands? What it signed from that day on will verify as forged, here and wherever the office&apos;s public keys are imported again.</source>
        <translation>Sejak tanggal berapa kunci %1 mungkin berada di tangan orang lain? Semua yang ditandatanganinya sejak hari itu akan terverifikasi sebagai palsu, di sini dan di mana pun kunci publik kantor ini diimpor ulang.</translation>
    </message>
    <message>
        <source>Mark leaked</source>
        <translation>Tandai bocor</translation>
    </message>
</context>
<context>
    <name>LetterTexts</name>
    <message numerus="yes">
        <source>%n letter(s) in the register written to %1.</source>
        <translation>
            <numerusform>%n surat dalam register disimpan ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Invitation to participants</source>
        <translation>Surat undangan peserta</translation>
    </message>
    <message>
        <source>Assignment letter (SPT)</source>
        <translation>Surat tugas (SPT)</translation>
    </message>
    <message>
        <source>Request for a speaker</source>
        <translation>Surat permohonan narasumber</translation>
    </message>
    <message>
        <source>Terms of reference (TOR/KAK)</source>
        <translation>Kerangka acuan kerja (TOR/KAK)</translation>
    </message>
    <message>
        <source>Sign-in sheet: committee</source>
        <translation>Daftar hadir panitia</translation>
    </message>
    <message>
        <source>Sign-in sheet: speakers and moderators</source>
        <translation>Daftar hadir narasumber dan moderator</translation>
    </message>
    <message>
        <source>Honorarium list (for one person: receipt)</source>
        <translation>Daftar penerimaan honorarium (untuk satu orang: kuitansi)</translation>
    </message>
    <message>
        <source>Transport and pocket money list</source>
        <translation>Daftar penerimaan uang transport dan uang saku</translation>
    </message>
    <message>
        <source>Certificate receipt list</source>
        <translation>Tanda terima sertifikat</translation>
    </message>
    <message>
        <source>Programme (susunan acara)</source>
        <translation>Susunan acara</translation>
    </message>
    <message>
        <source>Letter number {number} was just given to another paper; make the paper again.</source>
        <translation>Nomor surat {number} baru saja dipakai untuk surat lain; buat suratnya sekali lagi.</translation>
    </message>
    <message>
        <source>it is not a Word document (.docx).</source>
        <translation>berkas itu bukan dokumen Word (.docx).</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB.</source>
        <translation>ukurannya lebih dari {limit} MB.</translation>
    </message>
    <message>
        <source>it unpacks to more than {limit} MB or {parts} parts.</source>
        <translation>isinya setelah dibuka lebih dari {limit} MB atau lebih dari {parts} bagian.</translation>
    </message>
    <message>
        <source>a field cannot be read ({detail}).</source>
        <translation>ada isian yang tidak dapat dibaca ({detail}).</translation>
    </message>
    <message>
        <source>it has the field {{{{ {field} }}}}, which SiBina does not fill. Correct or remove it in Word.</source>
        <translation>di dalamnya ada isian {{{{ {field} }}}} yang tidak diisi oleh SiBina. Perbaiki atau hapus isian itu di Word.</translation>
    </message>
    <message>
        <source>The event has no participants from the office&apos;s staff to write this letter for.</source>
        <translation>Kegiatan ini belum mempunyai peserta dari pegawai kantor yang dapat dibuatkan surat ini.</translation>
    </message>
    <message>
        <source>The event has no participants to invite.</source>
        <translation>Kegiatan ini belum mempunyai peserta untuk diundang.</translation>
    </message>
    <message>
        <source>The event&apos;s schedule names no speaker to write to.</source>
        <translation>Jadwal kegiatan ini belum menyebut narasumber yang dapat disurati.</translation>
    </message>
    <message>
        <source>This letter is written to one person: choose the person, or one file each.</source>
        <translation>Surat ini ditujukan kepada satu orang: pilih orangnya, atau satu berkas untuk setiap orang.</translation>
    </message>
    <message>
        <source>Person {person} is not registered for event {event}.</source>
        <translation>Orang dengan id {person} tidak terdaftar pada kegiatan {event}.</translation>
    </message>
    <message>
        <source>Person {person} is not a speaker in the schedule of event {event}.</source>
        <translation>Orang dengan id {person} bukan narasumber dalam jadwal kegiatan {event}.</translation>
    </message>
    <message>
        <source>Honorarium</source>
        <translation>Honorarium</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Uang transport</translation>
    </message>
    <message>
        <source>Pocket money (uang saku)</source>
        <translation>Uang saku</translation>
    </message>
    <message>
        <source>{name} is not registered in a role paid this at the event.</source>
        <translation>{name} tidak terdaftar pada kegiatan ini dalam peran yang menerima pembayaran ini.</translation>
    </message>
    <message>
        <source>The amount for {name} must be between 0 and {limit} rupiah.</source>
        <translation>Jumlah untuk {name} harus antara 0 dan {limit} rupiah.</translation>
    </message>
    <message>
        <source>This event has no sessions yet: build its schedule first.</source>
        <translation>Kegiatan ini belum memiliki sesi: susun jadwalnya terlebih dahulu.</translation>
    </message>
    <message>
        <source>No committee member is registered for this event yet.</source>
        <translation>Belum ada panitia yang terdaftar pada kegiatan ini.</translation>
    </message>
    <message>
        <source>The event&apos;s schedule names no speaker or moderator yet.</source>
        <translation>Jadwal kegiatan belum mencantumkan narasumber atau moderator.</translation>
    </message>
    <message>
        <source>No certificate has been issued for this event yet.</source>
        <translation>Belum ada sertifikat yang diterbitkan untuk kegiatan ini.</translation>
    </message>
    <message>
        <source>{paper} is made as {formats}, not as {suffix}.</source>
        <translation>{paper} dibuat sebagai {formats}, bukan sebagai {suffix}.</translation>
    </message>
    <message>
        <source>A receipt (kuitansi) is made as .pdf.</source>
        <translation>Kuitansi dibuat sebagai .pdf.</translation>
    </message>
    <message>
        <source>No honorarium has been entered for this event: enter the amounts first.</source>
        <translation>Belum ada honorarium yang diisi untuk kegiatan ini: isi nominalnya terlebih dahulu.</translation>
    </message>
    <message>
        <source>No transport or pocket money has been entered for this event: enter the amounts first.</source>
        <translation>Belum ada uang transport atau uang saku yang diisi untuk kegiatan ini: isi nominalnya terlebih dahulu.</translation>
    </message>
    <message>
        <source>No honorarium has been entered for {name} at this event.</source>
        <translation>Belum ada honorarium yang diisi untuk {name} pada kegiatan ini.</translation>
    </message>
</context>
<context>
    <name>LettersDialog</name>
    <message>
        <source>Letters – %1</source>
        <translation>Surat – %1</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nomor berikutnya</translation>
    </message>
    <message>
        <source>Cop&amp;y…</source>
        <translation>Sa&amp;lin…</translation>
    </message>
    <message>
        <source>Use &amp;own…</source>
        <translation>Pakai milik &amp;kantor…</translation>
    </message>
    <message>
        <source>S&amp;hipped</source>
        <translation>&amp;Bawaan</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>&amp;Amounts…</source>
        <translation>&amp;Nominal…</translation>
    </message>
    <message>
        <source>Type the honorarium, transport and uang saku the lists of receipts print</source>
        <translation>Isi honorarium, uang transport dan uang saku yang dicetak pada daftar penerimaan</translation>
    </message>
    <message>
        <source>Papers made for this event</source>
        <translation>Berkas yang sudah dibuat untuk kegiatan ini</translation>
    </message>
    <message>
        <source>The list of everyone</source>
        <translation>Daftar untuk semua</translation>
    </message>
    <message>
        <source>One file per person (into a folder)</source>
        <translation>Satu berkas per orang (ke dalam folder)</translation>
    </message>
    <message>
        <source>Receipt (kuitansi): %1</source>
        <translation>Kuitansi: %1</translation>
    </message>
    <message>
        <source>&amp;Save as Word file…</source>
        <translation>&amp;Simpan sebagai berkas Word…</translation>
    </message>
    <message>
        <source>Writing the paper…</source>
        <translation>Menulis berkas…</translation>
    </message>
    <message>
        <source>Save one file per person</source>
        <translation>Simpan satu berkas per orang</translation>
    </message>
    <message>
        <source>%1 files saved to %2.</source>
        <translation>%1 berkas disimpan ke %2.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Everyone, in one letter</source>
        <translation>Semua, dalam satu surat</translation>
    </message>
    <message>
        <source>&amp;Save as PDF or Excel…</source>
        <translation>&amp;Simpan sebagai PDF atau Excel…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>The office&apos;s own: %1</source>
        <translation>Milik kantor: %1</translation>
    </message>
    <message>
        <source>As shipped with SiBina</source>
        <translation>Bawaan SiBina</translation>
    </message>
    <message>
        <source>Save a copy of the template</source>
        <translation>Simpan salinan templat</translation>
    </message>
    <message>
        <source>Template saved to %1.</source>
        <translation>Templat disimpan ke %1.</translation>
    </message>
    <message>
        <source>The office&apos;s own template</source>
        <translation>Templat milik kantor</translation>
    </message>
    <message>
        <source>Go back to the template shipped with SiBina? The office&apos;s own template is removed from the database (keep a copy first if it may be needed again).</source>
        <translation>Kembali ke templat bawaan SiBina? Templat milik kantor dihapus dari basis data (simpan salinannya dahulu bila mungkin masih diperlukan).</translation>
    </message>
    <message>
        <source>Use the shipped template</source>
        <translation>Pakai templat bawaan</translation>
    </message>
    <message>
        <source>(none: not a letter)</source>
        <translation>(tidak ada: bukan surat)</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Choose who the letter is for.</source>
        <translation>Pilih kepada siapa surat ini ditujukan.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Disimpan ke %1.</translation>
    </message>
    <message>
        <source>Word documents (*.docx)</source>
        <translation>Dokumen Word (*.docx)</translation>
    </message>
    <message>
        <source>Save the paper</source>
        <translation>Simpan berkas</translation>
    </message>
    <message>
        <source>Letter %1 saved to %2.</source>
        <translation>Surat %1 disimpan ke %2.</translation>
    </message>
    <message>
        <source>Writing the letter…</source>
        <translation>Menulis surat…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>SiBina — Log in</source>
        <translation>SiBina — Masuk</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Tutup SiBina</translation>
    </message>
    <message>
        <source>Log in to work with SiBina.</source>
        <translation>Masuk untuk bekerja dengan SiBina.</translation>
    </message>
</context>
<context>
    <name>LoginSetting</name>
    <message>
        <source>&amp;Require login on this PC</source>
        <translation>&amp;Wajib masuk dengan akun di PC ini</translation>
    </message>
    <message>
        <source>Off: whoever is signed in to Windows works in SiBina, and their Windows name is recorded. On: everyone logs in with a SiBina user, whose role decides what they may do; an administrator manages the users (File ▸ Users).</source>
        <translation>Mati: siapa pun yang masuk ke Windows bekerja di SiBina, dan nama Windows-nya yang dicatat. Hidup: setiap orang masuk dengan akun SiBina, dan perannya menentukan apa yang boleh dilakukan; administrator mengelola pengguna (Berkas ▸ Pengguna).</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>The login needs an administrator, who manages the users. Create the administrator now?</source>
        <translation>Wajib masuk memerlukan seorang administrator yang mengelola pengguna. Buat administrator sekarang?</translation>
    </message>
    <message>
        <source>&amp;Create the administrator</source>
        <translation>&amp;Buat administrator</translation>
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
        <source>H&amp;ome</source>
        <translation>Beranda</translation>
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
        <source>Ce&amp;rtificates</source>
        <translation>Se&amp;rtifikat</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>Co&amp;mpetency</source>
        <translation>Ko&amp;mpetensi</translation>
    </message>
    <message>
        <source>&amp;Network</source>
        <translation>Jejaring</translation>
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
        <source>%1 (read only)</source>
        <translation>%1 (hanya-baca)</translation>
    </message>
    <message>
        <source>Read only: the database file cannot be written, so nothing can be saved. Looking up, printing and backups work.</source>
        <translation>Hanya-baca: berkas basis data tidak dapat ditulisi, jadi tidak ada yang dapat disimpan. Mencari, mencetak, dan mencadangkan tetap bisa.</translation>
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
        <source>&amp;Theme areas…</source>
        <translation>Bidang &amp;tema…</translation>
    </message>
    <message>
        <source>&amp;Database server…</source>
        <translation>Server basis &amp;data…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>&amp;Log perubahan…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Cadangkan…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>Pul&amp;ihkan cadangan…</translation>
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
        <source>User &amp;Guide</source>
        <translation>Panduan &amp;Pengguna</translation>
    </message>
    <message>
        <source>&amp;About SiBina</source>
        <translation>&amp;Tentang SiBina</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Panduan Pengguna</translation>
    </message>
    <message>
        <source>The user guide is not there: it should be %1. Install SiBina again to get it back.</source>
        <translation>Panduan pengguna tidak ada: seharusnya ada di %1. Pasang ulang SiBina untuk mendapatkannya kembali.</translation>
    </message>
    <message>
        <source>The user guide has not been built yet; it will be %1. Build it now? This takes about ten seconds.</source>
        <translation>Panduan pengguna belum dibuat; panduan akan disimpan di %1. Buat sekarang? Ini memerlukan sekitar sepuluh detik.</translation>
    </message>
    <message>
        <source>&amp;Build the guide</source>
        <translation>&amp;Buat panduan</translation>
    </message>
    <message>
        <source>Building the user guide…</source>
        <translation>Membuat panduan pengguna…</translation>
    </message>
    <message>
        <source>No program on this PC opens PDF files. The guide is %1.</source>
        <translation>Tidak ada program di PC ini yang dapat membuka berkas PDF. Panduan ada di %1.</translation>
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
    <name>Meanwhile</name>
    <message>
        <source>someone on another PC</source>
        <translation>seseorang di PC lain</translation>
    </message>
    <message>
        <source>This record was changed by %1 at %2 while you were editing it.</source>
        <translation>Data ini diubah oleh %1 pukul %2 sementara Anda menyuntingnya.</translation>
    </message>
    <message>
        <source>This record was changed by %1 on %2 at %3 while you were editing it.</source>
        <translation>Data ini diubah oleh %1 pada %2 pukul %3 sementara Anda menyuntingnya.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>Save mine</source>
        <translation>Simpan punya saya</translation>
    </message>
    <message>
        <source>Reload shows the values saved on the other PC; what you typed here is lost. Save mine writes what you typed over their change.</source>
        <translation>Muat ulang menampilkan data yang disimpan di PC lain; yang Anda ketik di sini akan hilang. Simpan punya saya menimpa perubahan mereka dengan yang Anda ketik.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <source>Say what the agreement is about (its title).</source>
        <translation>Tuliskan perihal perjanjian (judulnya).</translation>
    </message>
    <message>
        <source>Choose MoU or PKS.</source>
        <translation>Pilih MoU atau PKS.</translation>
    </message>
    <message>
        <source>The agreement cannot end ({until}) before it was signed ({signed}).</source>
        <translation>Perjanjian tidak dapat berakhir ({until}) sebelum ditandatangani ({signed}).</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>Choose the kind of organisation.</source>
        <translation>Pilih jenis organisasi.</translation>
    </message>
    <message>
        <source>“{name}” is already in the network.</source>
        <translation>“{name}” sudah ada di jejaring.</translation>
    </message>
    <message>
        <source>{name} is on the office&apos;s staff; only outside people are an organisation&apos;s contacts.</source>
        <translation>{name} adalah pegawai kantor; hanya pihak luar yang dapat menjadi kontak organisasi.</translation>
    </message>
    <message>
        <source>{name} has {count} cooperation record(s) (MoU/PKS) with their documents; they are deleted with it. Its contacts and events stay in SiBina.</source>
        <translation>{name} memiliki {count} data kerja sama (MoU/PKS) beserta dokumennya; semuanya ikut terhapus. Kontak dan kegiatannya tetap ada di SiBina.</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <source>&amp;Organisations</source>
        <translation>&amp;Organisasi</translation>
    </message>
    <message>
        <source>Training o&amp;ffers</source>
        <translation>&amp;Peluang pelatihan</translation>
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
    <name>NumberingPage</name>
    <message>
        <source>Example</source>
        <translation>Contoh</translation>
    </message>
</context>
<context>
    <name>OfferDialog</name>
    <message>
        <source>Training offer</source>
        <translation>Peluang pelatihan</translation>
    </message>
    <message>
        <source>New training offer</source>
        <translation>Peluang pelatihan baru</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>(not in the network)</source>
        <translation>(tidak ada di jejaring)</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
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
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <source>Place or platform</source>
        <translation>Tempat atau platform</translation>
    </message>
    <message>
        <source>Cost a person (Rp)</source>
        <translation>Biaya per orang (Rp)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>belum diketahui</translation>
    </message>
    <message>
        <source>Has a deadline</source>
        <translation>Ada batas waktu</translation>
    </message>
    <message>
        <source>Registration closes</source>
        <translation>Pendaftaran ditutup</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Send &amp;staff…</source>
        <translation>&amp;Kirim pegawai…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save the offer to send staff to it.</source>
        <translation>Simpan peluang ini dahulu untuk mengirim pegawai.</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s) of staff sent.</source>
        <translation>
            <numerusform>%n pegawai dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the changes to the offer first?</source>
        <translation>Simpan dahulu perubahan pada peluang ini?</translation>
    </message>
    <message>
        <source>Discard the changes to this offer?</source>
        <translation>Buang perubahan pada peluang ini?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>Offers</name>
    <message>
        <source>The title is required.</source>
        <translation>Judul wajib diisi.</translation>
    </message>
    <message>
        <source>Say who offers it: an organisation of the network or its name.</source>
        <translation>Sebutkan penyelenggaranya: organisasi jejaring atau namanya.</translation>
    </message>
    <message>
        <source>The start date is required.</source>
        <translation>Tanggal mulai wajib diisi.</translation>
    </message>
    <message>
        <source>The end date is required, on or after the start.</source>
        <translation>Tanggal selesai wajib diisi, sama dengan atau sesudah tanggal mulai.</translation>
    </message>
    <message>
        <source>The registration deadline ({deadline}) is after the offer ends ({end}).</source>
        <translation>Batas pendaftaran ({deadline}) jatuh sesudah pelatihan berakhir ({end}).</translation>
    </message>
    <message>
        <source>Choose luring, daring or hybrid.</source>
        <translation>Pilih luring, daring, atau hybrid.</translation>
    </message>
    <message>
        <source>The cost is in rupiah, 0 or more (empty when not known).</source>
        <translation>Biaya dalam rupiah, 0 atau lebih (kosongkan bila belum diketahui).</translation>
    </message>
    <message>
        <source>The JP is 0 to {most}.</source>
        <translation>JP antara 0 dan {most}.</translation>
    </message>
    <message>
        <source>The organisation chosen is no longer in the network; choose again.</source>
        <translation>Organisasi yang dipilih sudah tidak ada di jejaring; pilih lagi.</translation>
    </message>
    <message>
        <source>Choose whom to send.</source>
        <translation>Pilih pegawai yang dikirim.</translation>
    </message>
    <message>
        <source>Only the office&apos;s staff are sent to an offer; {names} are outside people.</source>
        <translation>Hanya pegawai kantor yang dapat dikirim; {names} adalah pihak luar.</translation>
    </message>
</context>
<context>
    <name>OffersView</name>
    <message>
        <source>&amp;New offer</source>
        <translation>Peluang &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>&amp;Send staff…</source>
        <translation>&amp;Kirim pegawai…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Search by title, organiser or place…</source>
        <translation>Cari judul, penyelenggara, atau tempat…</translation>
    </message>
    <message>
        <source>Registration closes</source>
        <translation>Pendaftaran ditutup</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Peluang</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Staff sent</source>
        <translation>Pegawai dikirim</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Moda</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>%1 — closing soon</source>
        <translation>%1 — segera ditutup</translation>
    </message>
    <message>
        <source>%1 — closed</source>
        <translation>%1 — ditutup</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>belum diketahui</translation>
    </message>
    <message>
        <source>free</source>
        <translation>gratis</translation>
    </message>
    <message>
        <source>Rp %1</source>
        <translation>Rp %1</translation>
    </message>
    <message>
        <source>Delete offer</source>
        <translation>Hapus peluang</translation>
    </message>
    <message>
        <source>Delete the offer “%1”? An event staff were sent to stays, with their attendance and certificates.</source>
        <translation>Hapus peluang “%1”? Kegiatan yang diikuti pegawai tetap ada, beserta kehadiran dan sertifikatnya.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>New organisation</source>
        <translation>Organisasi baru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
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
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Rincian</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontak</translation>
    </message>
    <message>
        <source>&amp;Agreements (MoU/PKS)</source>
        <translation>Kerja &amp;sama (MoU/PKS)</translation>
    </message>
    <message>
        <source>E&amp;vents held</source>
        <translation>Ke&amp;giatan bersama</translation>
    </message>
    <message>
        <source>Save the organisation first</source>
        <translation>Simpan organisasi ini dahulu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Discard the changes to this organisation?</source>
        <translation>Buang perubahan pada organisasi ini?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Tautkan</translation>
    </message>
    <message>
        <source>Make the outside person chosen a contact of this organisation (a new one: New external…)</source>
        <translation>Jadikan pihak luar yang dipilih kontak organisasi ini (orang baru: Pihak luar baru…)</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Lepaskan</translation>
    </message>
    <message>
        <source>The person stays in SiBina</source>
        <translation>Orangnya tetap ada di SiBina</translation>
    </message>
    <message>
        <source>Outside person:</source>
        <translation>Pihak luar:</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ditandatangani</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Berlaku sampai</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>&amp;Add agreement…</source>
        <translation>&amp;Tambah kerja sama…</translation>
    </message>
    <message>
        <source>&amp;Open agreement…</source>
        <translation>&amp;Buka kerja sama…</translation>
    </message>
    <message>
        <source>&amp;Delete agreement</source>
        <translation>&amp;Hapus kerja sama</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Held as</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Events it organised, and those where one of its contacts spoke or moderated.</source>
        <translation>Kegiatan yang diselenggarakannya, dan kegiatan tempat salah satu kontaknya menjadi narasumber atau moderator.</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Penyelenggara</translation>
    </message>
    <message>
        <source>Organiser; %1 spoke</source>
        <translation>Penyelenggara; narasumber %1</translation>
    </message>
    <message>
        <source>%1 spoke or moderated</source>
        <translation>Narasumber/moderator: %1</translation>
    </message>
    <message>
        <source>Delete this agreement and the documents kept with it?</source>
        <translation>Hapus kerja sama ini beserta dokumennya?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
</context>
<context>
    <name>OrganisationsView</name>
    <message>
        <source>&amp;New organisation</source>
        <translation>Organisasi &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>B&amp;uka</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>Search by name or region…</source>
        <translation>Cari nama atau wilayah…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
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
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Kerja sama</translation>
    </message>
    <message>
        <source>Delete organisation</source>
        <translation>Hapus organisasi</translation>
    </message>
    <message>
        <source>Delete %1 from the network? Its contacts and events stay in SiBina.</source>
        <translation>Hapus %1 dari jejaring? Kontak dan kegiatannya tetap ada di SiBina.</translation>
    </message>
    <message>
        <source>Export the network directory</source>
        <translation>Ekspor direktori jejaring</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Writing the directory…</source>
        <translation>Menulis direktori…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written.</source>
        <translation>
            <numerusform>%n baris ditulis.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OsErrors</name>
    <message>
        <source>the file or folder is not there</source>
        <translation>berkas atau folder tidak ada</translation>
    </message>
    <message>
        <source>access is denied</source>
        <translation>akses ditolak</translation>
    </message>
    <message>
        <source>the disk or folder is write-protected</source>
        <translation>disk atau folder dilindungi dari penulisan</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>the disk could not be read or written</source>
        <translation>disk tidak dapat dibaca atau ditulisi</translation>
    </message>
    <message>
        <source>the USB stick or disk is no longer there</source>
        <translation>flashdisk atau disk sudah tidak terpasang</translation>
    </message>
    <message>
        <source>something of that name is already there</source>
        <translation>sudah ada berkas atau folder dengan nama itu</translation>
    </message>
    <message>
        <source>the file or disk is in use</source>
        <translation>berkas atau disk sedang dipakai</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>namanya terlalu panjang</translation>
    </message>
    <message>
        <source>the file is in use by a running program</source>
        <translation>berkas sedang dipakai oleh program yang berjalan</translation>
    </message>
    <message>
        <source>the file is open in another program</source>
        <translation>berkas sedang dibuka di program lain</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>sebagian jalur bukan folder</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>itu folder, bukan berkas</translation>
    </message>
    <message>
        <source>the file or its folder is missing or cannot be accessed</source>
        <translation>berkas atau foldernya tidak ada atau tidak dapat diakses</translation>
    </message>
    <message>
        <source>it is not a database file</source>
        <translation>bukan berkas basis data</translation>
    </message>
    <message>
        <source>parts of the file are garbled</source>
        <translation>sebagian isi berkas kacau</translation>
    </message>
    <message>
        <source>the database is in use by another window or program</source>
        <translation>basis data sedang dipakai oleh jendela atau program lain</translation>
    </message>
    <message>
        <source>the database file is read-only</source>
        <translation>berkas basis data hanya-baca</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>folder tidak dapat ditulisi</translation>
    </message>
</context>
<context>
    <name>OutsideCertificateDialog</name>
    <message>
        <source>Outside certificate of %1</source>
        <translation>Sertifikat dari luar untuk %1</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Nomor</translation>
    </message>
    <message>
        <source>&amp;Issued by</source>
        <translation>&amp;Penerbit</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>&amp;JP on the certificate</source>
        <translation>&amp;JP pada sertifikat</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>P&amp;ilih…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Pindaian</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>tersimpan</translation>
    </message>
    <message>
        <source>none</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <source>Choose the scan</source>
        <translation>Pilih hasil pindaian</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Hasil pindaian (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>OutsideCertificatesDialog</name>
    <message>
        <source>Outside certificates: %1</source>
        <translation>Sertifikat dari luar: %1</translation>
    </message>
    <message>
        <source>%1 gives its own certificates. Record each participant&apos;s: its JP counts towards their JP instead of the sessions marked here.</source>
        <translation>%1 menerbitkan sertifikatnya sendiri. Catat sertifikat setiap peserta: JP-nya dihitung ke dalam JP peserta, menggantikan sesi yang tercatat di sini.</translation>
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
        <source>Certificate number</source>
        <translation>Nomor sertifikat</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Pindaian</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Catat…</translation>
    </message>
    <message>
        <source>R&amp;emove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>&amp;Open scan</source>
        <translation>&amp;Buka pindaian</translation>
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
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>No program to show this file was found. A copy is at %1.</source>
        <translation>Tidak ada program untuk menampilkan berkas ini. Salinannya ada di %1.</translation>
    </message>
    <message>
        <source>Remove certificate %1 of %2? Their JP at this event is then counted from the sessions marked here.</source>
        <translation>Hapus sertifikat %1 milik %2? JP-nya pada kegiatan ini lalu dihitung dari sesi yang tercatat di sini.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
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
    <message>
        <source>No one is registered yet. Add staff by unit or position at once, pick people by name, or add an outside speaker with New external person.</source>
        <translation>Belum ada yang terdaftar. Tambahkan pegawai sekaligus menurut unit atau jabatan, pilih orang menurut nama, atau tambahkan narasumber dari luar dengan Pihak luar baru.</translation>
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
    <name>PassphraseDialog</name>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Frasa sandi</translation>
    </message>
    <message>
        <source>&amp;Again</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>At least %1 characters. Without it the key file cannot be opened: there is no way to recover it.</source>
        <translation>Sekurang-kurangnya %1 karakter. Tanpa frasa sandi ini berkas kunci tidak dapat dibuka, dan tidak ada cara untuk memulihkannya.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Frasa sandi harus terdiri atas sekurang-kurangnya %1 karakter.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua frasa sandi tidak sama.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata sandi baru</translation>
    </message>
    <message>
        <source>&amp;Present password:</source>
        <translation>Kata sandi &amp;sekarang:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata sandi &amp;baru:</translation>
    </message>
    <message>
        <source>New password &amp;again:</source>
        <translation>&amp;Ulangi kata sandi baru:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>The two new passwords differ: type them again.</source>
        <translation>Kedua kata sandi baru berbeda: ketik ulang.</translation>
    </message>
</context>
<context>
    <name>PaymentsDialog</name>
    <message>
        <source>Amounts paid</source>
        <translation>Nominal pembayaran</translation>
    </message>
    <message>
        <source>&amp;Paid as</source>
        <translation>&amp;Dibayar sebagai</translation>
    </message>
    <message>
        <source>Whole rupiah, e.g. 1.250.000; empty or 0 for none. Speakers, moderators and committee receive an honorarium, participants transport and uang saku.</source>
        <translation>Dalam rupiah tanpa sen, mis. 1.250.000; kosong atau 0 bila tidak ada. Narasumber, moderator dan panitia menerima honorarium, peserta menerima uang transport dan uang saku.</translation>
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
        <source>Amount (Rp)</source>
        <translation>Jumlah (Rp)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>No one is registered in a role paid this: register them under Participants.</source>
        <translation>Belum ada yang terdaftar dalam peran yang menerima pembayaran ini: daftarkan melalui Peserta.</translation>
    </message>
    <message>
        <source>Leave the amounts typed without saving?</source>
        <translation>Tinggalkan nominal yang sudah diketik tanpa menyimpan?</translation>
    </message>
    <message>
        <source>Leave them</source>
        <translation>Tinggalkan</translation>
    </message>
    <message>
        <source>Row %1 (%2): &quot;%3&quot; is not an amount in rupiah. Type whole rupiah, e.g. 1.250.000.</source>
        <translation>Baris %1 (%2): &quot;%3&quot; bukan jumlah rupiah. Ketik rupiah tanpa sen, mis. 1.250.000.</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source> of %1</source>
        <translation> dari %1</translation>
    </message>
    <message>
        <source>&amp;Page:</source>
        <translation>&amp;Halaman:</translation>
    </message>
    <message>
        <source>◀ Pre&amp;vious</source>
        <translation>◀ Se&amp;belumnya</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Beri&amp;kutnya ▶</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+−, Ctrl+wheel)</source>
        <translation>Perkecil (Ctrl+−, Ctrl+roda tetikus)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++, Ctrl+wheel)</source>
        <translation>Perbesar (Ctrl++, Ctrl+roda tetikus)</translation>
    </message>
    <message>
        <source>Fit to &amp;width</source>
        <translation>Pas &amp;lebar</translation>
    </message>
    <message>
        <source>The page as wide as the window (Ctrl+0)</source>
        <translation>Halaman selebar jendela (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Mencetak…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>The printer cannot be opened.</source>
        <translation>Printer tidak dapat dibuka.</translation>
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
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>(not in the network)</source>
        <translation>(tidak ada di jejaring)</translation>
    </message>
    <message>
        <source>An outside person is a contact of the network&apos;s organisation they work for</source>
        <translation>Pihak luar menjadi kontak organisasi jejaring tempatnya bekerja</translation>
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
        <translation>Pos-el</translation>
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
    <message>
        <source>%1: %2 of %3 JP (%4 JP to go this year)</source>
        <translation>%1: %2 dari %3 JP (tahun berjalan, masih kurang %4 JP)</translation>
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
    <message>
        <source>%1, not counted</source>
        <translation>%1, tidak dihitung</translation>
    </message>
    <message>
        <source>Not competency development: this event&apos;s JP does not count towards the yearly target.</source>
        <translation>Bukan pengembangan kompetensi: JP kegiatan ini tidak dihitung untuk target tahunan.</translation>
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
    <name>PhotosBox</name>
    <message>
        <source>Each photo&apos;s caption prints under it; double-click or press F2 to change it</source>
        <translation>Keterangan foto dicetak di bawahnya; klik dua kali atau tekan F2 untuk mengubahnya</translation>
    </message>
    <message>
        <source>Add &amp;photos…</source>
        <translation>Tambah &amp;foto…</translation>
    </message>
    <message>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <source>Add documentation photos</source>
        <translation>Tambah foto dokumentasi</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png)</source>
        <translation>Foto (*.jpg *.jpeg *.png)</translation>
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
        <source>Changes</source>
        <translation>Perubahan</translation>
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
        <source>weakens the record</source>
        <translation>mengurangi data</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>dilewati</translation>
    </message>
    <message>
        <source>Replaces with less: %1. Tick the row to apply it anyway.</source>
        <translation>Mengganti dengan yang lebih sedikit: %1. Centang barisnya untuk tetap menerapkannya.</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Respondent</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>fits</source>
        <translation>sesuai</translation>
    </message>
    <message>
        <source>already imported</source>
        <translation>sudah diimpor</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonim</translation>
    </message>
</context>
<context>
    <name>RatingCategory</name>
    <message>
        <source>Very poor</source>
        <translation>Sangat Kurang</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Kurang</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Cukup</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Baik</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Sangat Baik</translation>
    </message>
    <message>
        <source>Write four upper bounds separated by semicolons, lowest first: 1.80; 2.60; 3.40; 4.20.</source>
        <translation>Tulis empat batas atas yang dipisahkan titik koma, dari yang terendah: 1,80; 2,60; 3,40; 4,20.</translation>
    </message>
    <message>
        <source>Each upper bound is a number with at most two decimals, such as 1.80.</source>
        <translation>Setiap batas atas berupa angka dengan paling banyak dua desimal, misalnya 1,80.</translation>
    </message>
    <message>
        <source>The upper bounds must rise from 1.00 to below 5.00, each above the one before.</source>
        <translation>Batas atas harus naik dari 1,00 sampai di bawah 5,00, masing-masing lebih besar dari batas sebelumnya.</translation>
    </message>
</context>
<context>
    <name>RatingValues</name>
    <message>
        <source>Answer in the file</source>
        <translation>Jawaban dalam berkas</translation>
    </message>
    <message>
        <source>Value (1 lowest, 5 highest)</source>
        <translation>Nilai (1 terendah, 5 tertinggi)</translation>
    </message>
    <message>
        <source>— no value: its rows are refused —</source>
        <translation>— tanpa nilai: barisnya ditolak —</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Register of certificates</source>
        <translation>Register sertifikat</translation>
    </message>
    <message>
        <source>Search number, name, NIP or event…  (Ctrl+F)</source>
        <translation>Cari nomor, nama, NIP atau kegiatan…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Only the event chosen on the tab</source>
        <translation>Hanya kegiatan yang dipilih di tab</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Tanggal terbit</translation>
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
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Cabut…</translation>
    </message>
    <message>
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Ekspor ke Excel…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Berlaku</translation>
    </message>
    <message>
        <source>Revoked %1</source>
        <translation>Dicabut %1</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s)</source>
        <translation>
            <numerusform>%n sertifikat</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke a certificate</source>
        <translation>Cabut sertifikat</translation>
    </message>
    <message>
        <source>Why is certificate %1 revoked? Its QR code will then verify as revoked.</source>
        <translation>Mengapa sertifikat %1 dicabut? Kode QR-nya kemudian akan terverifikasi sebagai dicabut.</translation>
    </message>
    <message>
        <source>A reason is needed.</source>
        <translation>Alasan wajib diisi.</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Ekspor register</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) written to %1.</source>
        <translation>
            <numerusform>%n sertifikat disimpan ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSaving</name>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Menyusun laporan…</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Disimpan ke %1.</translation>
    </message>
    <message>
        <source>Saving the report…</source>
        <translation>Menyimpan laporan…</translation>
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
    <message>
        <source>No committee member or speaker is registered for this event yet.</source>
        <translation>Belum ada panitia atau narasumber yang terdaftar untuk kegiatan ini.</translation>
    </message>
    <message>
        <source>No evaluation form is attached to this event: attach one first.</source>
        <translation>Belum ada formulir evaluasi yang dilampirkan pada kegiatan ini: lampirkan terlebih dahulu.</translation>
    </message>
    <message>
        <source>This event has no participants yet: register them first.</source>
        <translation>Kegiatan ini belum memiliki peserta: daftarkan peserta terlebih dahulu.</translation>
    </message>
    <message>
        <source>Attendance recap</source>
        <translation>Rekap kehadiran</translation>
    </message>
    <message>
        <source>Each participant of an event against its sessions: status, share of sessions, attended JP.</source>
        <translation>Setiap peserta kegiatan terhadap sesinya: status, persentase kehadiran, JP yang diikuti.</translation>
    </message>
    <message>
        <source>JP recap</source>
        <translation>Rekap JP</translation>
    </message>
    <message>
        <source>JP each staff member attended in a year against the target: who is below it and by how much, by unit.</source>
        <translation>JP yang diikuti setiap pegawai dalam setahun terhadap target: siapa yang belum mencapainya dan kurang berapa, per unit kerja.</translation>
    </message>
    <message>
        <source>Training transcript</source>
        <translation>Riwayat pengembangan kompetensi</translation>
    </message>
    <message>
        <source>One person&apos;s events, roles, JP and certificate numbers, year by year (riwayat pengembangan kompetensi).</source>
        <translation>Kegiatan, peran, JP dan nomor sertifikat seseorang, tahun demi tahun.</translation>
    </message>
    <message>
        <source>Event report</source>
        <translation>Laporan pelaksanaan kegiatan</translation>
    </message>
    <message>
        <source>Laporan pelaksanaan kegiatan: introduction, conduct (schedule, speakers, committee, funding), results (attendance, evaluation, obstacles), closing, the signature, then the attendance list, scanned sheets and photos as attachments.</source>
        <translation>Pendahuluan, pelaksanaan (jadwal, narasumber, panitia, pembiayaan), hasil (kehadiran, evaluasi, hambatan), penutup, tanda tangan, lalu lampiran: daftar hadir, pindaian daftar hadir dan foto dokumentasi.</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Laporan tahunan</translation>
    </message>
    <message>
        <source>A year&apos;s events by kind and theme, participants, JP delivered, staff meeting the target, evaluation averages and the service figures, with charts.</source>
        <translation>Kegiatan setahun per jenis dan tema, peserta, JP yang diselenggarakan, pegawai yang mencapai target, rata-rata evaluasi dan statistik layanan, dengan grafik.</translation>
    </message>
    <message>
        <source>Speaker ratings</source>
        <translation>Penilaian narasumber</translation>
    </message>
    <message>
        <source>Every speaker&apos;s mean rating per event, over the years (or one year).</source>
        <translation>Rata-rata penilaian setiap narasumber per kegiatan, sepanjang tahun (atau satu tahun).</translation>
    </message>
    <message>
        <source>Certificate register</source>
        <translation>Register sertifikat</translation>
    </message>
    <message>
        <source>The certificates issued, with their numbers, recipients and status (all, one event or one year).</source>
        <translation>Sertifikat yang diterbitkan, dengan nomor, penerima dan statusnya (semua, satu kegiatan atau satu tahun).</translation>
    </message>
    <message>
        <source>Competency development plan</source>
        <translation>Rencana pengembangan kompetensi</translation>
    </message>
    <message>
        <source>Rencana pengembangan kompetensi: per theme the staff with no JP in it over the last years, the year&apos;s events held and planned, who is still uncovered; the competency map attached.</source>
        <translation>Rencana pengembangan kompetensi: per tema, pegawai yang belum memperoleh JP pada tema itu dalam beberapa tahun terakhir, kegiatan tahun itu yang terlaksana dan direncanakan, serta siapa yang belum terjangkau; peta kompetensi sebagai lampiran.</translation>
    </message>
    <message>
        <source>Training needs</source>
        <translation>Kebutuhan pelatihan</translation>
    </message>
    <message>
        <source>The active staff with no JP in a theme over the last years (Settings), by unit and name.</source>
        <translation>Pegawai aktif yang belum memperoleh JP pada suatu tema dalam beberapa tahun terakhir (Pengaturan), menurut unit kerja dan nama.</translation>
    </message>
    <message>
        <source>Letter number register</source>
        <translation>Register nomor surat</translation>
    </message>
    <message>
        <source>Every letter number given, in order: date, kind of letter, event and for whom (all, or one year).</source>
        <translation>Setiap nomor surat yang diberikan, berurutan: tanggal, jenis surat, kegiatan dan untuk siapa (semua, atau satu tahun).</translation>
    </message>
    <message>
        <source>Network directory</source>
        <translation>Direktori jejaring</translation>
    </message>
    <message>
        <source>The organisations the office works with (Jejaring): kind, region, contacts with phone and e-mail, cooperation agreements (MoU/PKS) and their validity.</source>
        <translation>Organisasi mitra kantor (jejaring): jenis, wilayah, kontak beserta telepon dan surel, perjanjian kerja sama (MoU/PKS) dan masa berlakunya.</translation>
    </message>
    <message>
        <source>{file}: choose a name ending in .pdf, .xlsx or .csv.</source>
        <translation>{file}: pilih nama yang berakhiran .pdf, .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>The office logo cannot be drawn: {detail} Choose the logo again in Settings.</source>
        <translation>Logo kantor tidak dapat digambar: {detail} Pilih ulang logo di Pengaturan.</translation>
    </message>
    <message>
        <source>The scanned sheet of “{session}” ({date}) cannot be drawn: {detail} Remove it from the session&apos;s scanned sheets and attach a good copy.</source>
        <translation>Pindaian daftar hadir “{session}” ({date}) tidak dapat digambar: {detail} Hapus pindaian itu dari sesi lalu lampirkan salinan yang baik.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Only</source>
        <translation>Hanya</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Kegiatan:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Orang:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Te&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Conclusions:</source>
        <translation>Kesimpulan:</translation>
    </message>
    <message>
        <source>Recommendations:</source>
        <translation>Saran:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Pratin&amp;jau…</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Simpan sebagai &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Simpan sebagai E&amp;xcel…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Simpan sebagai &amp;CSV…</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit</translation>
    </message>
    <message>
        <source>Still empty, so left out of the report: %1. Type the conclusions and recommendations here, the other chapters on the event&apos;s Report texts tab.</source>
        <translation>Masih kosong, jadi tidak dicetak dalam laporan: %1. Ketik kesimpulan dan saran di sini, bab lainnya pada tab Isi laporan di data kegiatan.</translation>
    </message>
    <message>
        <source>an event</source>
        <translation>kegiatan</translation>
    </message>
    <message>
        <source>a year</source>
        <translation>tahun</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>orang</translation>
    </message>
    <message>
        <source>a theme</source>
        <translation>tema</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Choose %1 first.</source>
        <translation>Pilih %1 terlebih dahulu.</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Membuat laporan…</translation>
    </message>
</context>
<context>
    <name>ResponseEntryDialog</name>
    <message>
        <source>Paper forms — %1 — %2</source>
        <translation>Formulir kertas — %1 — %2</translation>
    </message>
    <message>
        <source>Participant number, NIP or name</source>
        <translation>Nomor peserta, NIP atau nama</translation>
    </message>
    <message>
        <source>Anonymous (Alt+A)</source>
        <translation>Anonim (Alt+A)</translation>
    </message>
    <message>
        <source>The form does not say who filled it</source>
        <translation>Formulir tidak mencantumkan siapa pengisinya</translation>
    </message>
    <message>
        <source>Choose the speaker…</source>
        <translation>Pilih narasumber…</translation>
    </message>
    <message>
        <source>The schedule names no speaker: add the speakers to the sessions first.</source>
        <translation>Jadwal belum mencantumkan narasumber: tambahkan narasumber ke sesi terlebih dahulu.</translation>
    </message>
    <message>
        <source>Save form (Ctrl+Enter)</source>
        <translation>Simpan formulir (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Tutup (Esc)</translation>
    </message>
    <message>
        <source>Correct a form — %1 — %2</source>
        <translation>Perbaiki formulir — %1 — %2</translation>
    </message>
    <message>
        <source>Save corrections (Ctrl+Enter)</source>
        <translation>Simpan perbaikan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>y ya · t tidak</source>
        <translation>y ya · t tidak</translation>
    </message>
    <message>
        <source>&amp;Respondent:</source>
        <translation>&amp;Responden:</translation>
    </message>
    <message>
        <source>&amp;Speaker:</source>
        <translation>&amp;Narasumber:</translation>
    </message>
    <message>
        <source>Ratings: %1. Yes/no: y or t. A choice: its number. Enter: next question; on the last one, or Ctrl+Enter anywhere: save. * must be answered.</source>
        <translation>Nilai: %1. Ya/tidak: y atau t. Pilihan: nomornya. Enter: pertanyaan berikutnya; pada pertanyaan terakhir, atau Ctrl+Enter di mana saja: simpan. * wajib dijawab.</translation>
    </message>
    <message>
        <source>Type the participant&apos;s number, NIP or name, or press Alt+A for an anonymous form.</source>
        <translation>Ketik nomor, NIP atau nama peserta, atau tekan Alt+A untuk formulir anonim.</translation>
    </message>
    <message>
        <source>No participant of this event matches “%1”.</source>
        <translation>Tidak ada peserta kegiatan ini yang cocok dengan “%1”.</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>no. %1</translation>
    </message>
    <message>
        <source>Anonymous form</source>
        <translation>Formulir anonim</translation>
    </message>
    <message>
        <source>Choose the speaker this form is about.</source>
        <translation>Pilih narasumber yang dinilai dalam formulir ini.</translation>
    </message>
    <message>
        <source>Type 1 to 5.</source>
        <translation>Ketik 1 sampai 5.</translation>
    </message>
    <message>
        <source>Type y (ya) or t (tidak).</source>
        <translation>Ketik y (ya) atau t (tidak).</translation>
    </message>
    <message>
        <source>Type the number of a choice: %1.</source>
        <translation>Ketik nomor pilihan: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n required question(s) are blank on this form. Save it as it was filled in?</source>
        <translation>
            <numerusform>%n pertanyaan wajib dibiarkan kosong pada formulir ini. Simpan formulir sesuai isiannya?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save as is</source>
        <translation>Simpan apa adanya</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonim</translation>
    </message>
    <message>
        <source>Form %1 saved: %2.</source>
        <translation>Formulir %1 disimpan: %2.</translation>
    </message>
    <message>
        <source>Not saved: correct the marked answers.</source>
        <translation>Belum disimpan: perbaiki jawaban yang ditandai.</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s) entered</source>
        <translation>
            <numerusform>%n formulir sudah dimasukkan</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the form being typed?</source>
        <translation>Buang formulir yang sedang diketik?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>ResponseImport</name>
    <message>
        <source>The columns {columns} all hold the respondent&apos;s NIP: keep one.</source>
        <translation>Kolom {columns} semuanya berisi NIP responden: pertahankan satu saja.</translation>
    </message>
    <message>
        <source>The columns {columns} all hold the respondent&apos;s name: keep one.</source>
        <translation>Kolom {columns} semuanya berisi nama responden: pertahankan satu saja.</translation>
    </message>
    <message>
        <source>The columns {columns} all name the speaker: keep one.</source>
        <translation>Kolom {columns} semuanya berisi nama narasumber: pertahankan satu saja.</translation>
    </message>
    <message>
        <source>The columns {columns} all hold “{target}”: keep one.</source>
        <translation>Kolom {columns} semuanya berisi “{target}”: pertahankan satu saja.</translation>
    </message>
    <message>
        <source>No column is matched to a question of the form.</source>
        <translation>Tidak ada kolom yang dicocokkan dengan pertanyaan formulir.</translation>
    </message>
    <message>
        <source>No column holds the required question “{question}”.</source>
        <translation>Tidak ada kolom yang berisi pertanyaan wajib “{question}”.</translation>
    </message>
    <message>
        <source>Choose the column naming the speaker, or the speaker every row is about.</source>
        <translation>Pilih kolom yang berisi nama narasumber, atau narasumber yang dinilai oleh semua baris.</translation>
    </message>
    <message>
        <source>{name} (NIP {nip}) is not registered for this event: imported as anonymous.</source>
        <translation>{name} (NIP {nip}) tidak terdaftar pada kegiatan ini: diimpor sebagai anonim.</translation>
    </message>
    <message>
        <source>No one has the NIP {nip}: imported as anonymous.</source>
        <translation>Tidak ada orang dengan NIP {nip}: diimpor sebagai anonim.</translation>
    </message>
    <message>
        <source>“{name}” is not registered for this event (or the name is not unique): imported as anonymous.</source>
        <translation>“{name}” tidak terdaftar di kegiatan ini (atau namanya tidak unik): diimpor sebagai anonim.</translation>
    </message>
    <message>
        <source>The speaker is missing.</source>
        <translation>Narasumber belum diisi.</translation>
    </message>
    <message>
        <source>“{value}” is not a speaker in the event&apos;s schedule ({speakers}).</source>
        <translation>“{value}” bukan narasumber dalam jadwal kegiatan ({speakers}).</translation>
    </message>
    <message>
        <source>{name} also answered in row {row}: each person answers once.</source>
        <translation>{name} juga menjawab di baris {row}: setiap orang hanya boleh menjawab sekali.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database refused a row ({detail}). Perhaps the form was changed meanwhile; read the file again.</source>
        <translation>Tidak ada yang diimpor: basis data menolak satu baris ({detail}). Mungkin formulirnya baru saja diubah; baca ulang berkasnya.</translation>
    </message>
</context>
<context>
    <name>ResponseImportDialog</name>
    <message>
        <source>Import responses — %1 — %2</source>
        <translation>Impor respons — %1 — %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>← Columns</source>
        <translation>← Kolom</translation>
    </message>
    <message>
        <source>Check the rows →</source>
        <translation>Periksa baris →</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Match each column of the file to a question of “%1”, to the respondent&apos;s NIP or name (a NIP finds the person; a row naming no one is anonymous), or ignore it. SiBina remembers the choice for this form.</source>
        <translation>Cocokkan setiap kolom dalam berkas dengan pertanyaan dari “%1”, dengan NIP atau nama responden (orang dicari menurut NIP; baris yang tidak menyebut nama siapa pun dianggap anonim), atau abaikan kolom itu. SiBina mengingat pilihan ini untuk formulir ini.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom dalam berkas</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Contoh</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Berisi</translation>
    </message>
    <message>
        <source>— a column names the speaker —</source>
        <translation>— narasumber tercantum di kolom —</translation>
    </message>
    <message>
        <source>The answers to the rating questions and their &amp;values (suggested for the usual scales; SiBina remembers them for this form):</source>
        <translation>Jawaban pertanyaan penilaian dan &amp;nilainya (disarankan untuk skala yang lazim; SiBina mengingatnya untuk formulir ini):</translation>
    </message>
    <message>
        <source>Every row is about the &amp;speaker:</source>
        <translation>Semua baris menilai &amp;narasumber:</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— abaikan —</translation>
    </message>
    <message>
        <source>Respondent&apos;s NIP</source>
        <translation>NIP responden</translation>
    </message>
    <message>
        <source>Respondent&apos;s name</source>
        <translation>Nama responden</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Show only rejected rows and rows with a note</source>
        <translation>Tampilkan hanya baris yang ditolak dan baris yang diberi catatan</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of this file were already imported (from this file or an earlier download of it) and are skipped.</source>
        <translation>
            <numerusform>%n baris berkas ini sudah pernah diimpor (dari berkas ini atau unduhan sebelumnya) dan dilewati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous (naming no participant of this event).</source>
        <translation>
            <numerusform>%n anonim (tidak menyebut peserta kegiatan ini).</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the rows…</source>
        <translation>Memeriksa baris…</translation>
    </message>
    <message>
        <source>Import brings in the %1 rows that fit, all in one go; the rejected rows are not imported. To import nothing, close this window. Rejected rows stay listed: correct them in the file and import a file holding only those rows.</source>
        <translation>Impor memasukkan %1 baris yang sesuai sekaligus; baris yang ditolak tidak diimpor. Untuk tidak mengimpor apa pun, tutup jendela ini. Baris yang ditolak tetap ditampilkan: perbaiki di berkas, lalu impor berkas yang hanya berisi baris-baris itu.</translation>
    </message>
    <message>
        <source>Every row fits; Import brings them all in, in one go.</source>
        <translation>Semua baris sesuai; Impor memasukkan semuanya sekaligus.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Impor %n baris</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) fit</source>
        <translation>
            <numerusform>%n baris sesuai</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n ditolak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported before.</source>
        <translation>
            <numerusform>%n sudah diimpor sebelumnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Baris %1: %2</translation>
    </message>
    <message>
        <source>Importing responses…</source>
        <translation>Mengimpor respons…</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Impor dibatalkan: tidak ada yang diimpor.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s) imported</source>
        <translation>
            <numerusform>%n respons diimpor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n anonymous);</source>
        <translation>
            <numerusform>(%n anonim);</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected.</source>
        <translation>
            <numerusform>%n baris ditolak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) already imported before were skipped.</source>
        <translation>
            <numerusform>%n baris yang sudah diimpor sebelumnya dilewati.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected rows stay listed below.</source>
        <translation>Baris yang ditolak tetap ditampilkan di bawah.</translation>
    </message>
    <message>
        <source>Import responses</source>
        <translation>Impor respons</translation>
    </message>
</context>
<context>
    <name>Responses</name>
    <message>
        <source>An answer is required.</source>
        <translation>Jawaban wajib diisi.</translation>
    </message>
    <message>
        <source>“{value}” is not yes or no: write ya or tidak (yes/no, 1/0).</source>
        <translation>“{value}” bukan ya atau tidak: tulis ya atau tidak (yes/no, 1/0).</translation>
    </message>
    <message>
        <source>“{value}” is not one of the choices: {choices}.</source>
        <translation>“{value}” bukan salah satu pilihan: {choices}.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>“{value}” bukan angka.</translation>
    </message>
    <message>
        <source>“{value}” has no rating value: give it one from 1 to 5 among the rating answers when matching the columns.</source>
        <translation>“{value}” belum memiliki nilai: beri nilai 1 sampai 5 pada daftar jawaban penilaian saat mencocokkan kolom.</translation>
    </message>
    <message>
        <source>“{value}” is not a rating: write 1 to 5, or a label from Sangat Kurang to Sangat Baik.</source>
        <translation>“{value}” bukan nilai penilaian: tulis 1 sampai 5, atau keterangan dari Sangat Kurang sampai Sangat Baik.</translation>
    </message>
    <message>
        <source>{name} has already answered this form; delete that response first to enter it again.</source>
        <translation>{name} sudah mengisi formulir ini; hapus dulu respons tersebut untuk memasukkannya lagi.</translation>
    </message>
    <message>
        <source>This form is not about a speaker.</source>
        <translation>Formulir ini bukan untuk menilai narasumber.</translation>
    </message>
    <message>
        <source>Choose the speaker this form is about.</source>
        <translation>Pilih narasumber yang dinilai dalam formulir ini.</translation>
    </message>
    <message>
        <source>This person does not speak in the event&apos;s schedule.</source>
        <translation>Orang ini bukan narasumber dalam jadwal kegiatan.</translation>
    </message>
</context>
<context>
    <name>ResponsesModel</name>
    <message>
        <source>Respondent</source>
        <translation>Responden</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulir</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Dimasukkan</translation>
    </message>
    <message>
        <source>paper form</source>
        <translation>formulir kertas</translation>
    </message>
    <message>
        <source>imported file</source>
        <translation>berkas impor</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonim</translation>
    </message>
</context>
<context>
    <name>ResponsesPanel</name>
    <message>
        <source>&amp;Enter paper forms…</source>
        <translation>&amp;Masukkan formulir kertas…</translation>
    </message>
    <message>
        <source>Type the filled-in paper forms, one after another, from the keyboard</source>
        <translation>Ketik formulir kertas yang sudah diisi, satu per satu, dengan papan ketik</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <source>Responses exported by a form tool (Google Forms, Microsoft Forms …) as CSV or Excel</source>
        <translation>Respons yang diekspor oleh aplikasi formulir (Google Forms, Microsoft Forms …) sebagai CSV atau Excel</translation>
    </message>
    <message>
        <source>Edi&amp;t response…</source>
        <translation>&amp;Ubah respons…</translation>
    </message>
    <message>
        <source>Open the response in the form to correct it (Enter, or double-click)</source>
        <translation>Buka respons dalam formulir untuk memperbaikinya (Enter, atau klik ganda)</translation>
    </message>
    <message>
        <source>&amp;Delete response</source>
        <translation>&amp;Hapus respons</translation>
    </message>
    <message>
        <source>F&amp;orm:</source>
        <translation>F&amp;ormulir:</translation>
    </message>
    <message>
        <source>Choose an event to see its evaluation responses.</source>
        <translation>Pilih kegiatan untuk melihat respons evaluasinya.</translation>
    </message>
    <message>
        <source>No responses yet: type the paper forms in, or import the file a form tool exported.</source>
        <translation>Belum ada respons: ketik formulir kertas, atau impor berkas yang diekspor aplikasi formulir.</translation>
    </message>
    <message numerus="yes">
        <source>%n response(s)</source>
        <translation>
            <numerusform>%n respons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n anonymous</source>
        <translation>
            <numerusform>%n anonim</numerusform>
        </translation>
    </message>
    <message>
        <source>Import responses</source>
        <translation>Impor respons</translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>CSV atau Excel (*.csv *.txt *.xlsx *.xlsm);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Delete the response of %1 to “%2”? Its answers go with it.</source>
        <translation>Hapus respons %1 untuk “%2”? Jawaban-jawabannya ikut terhapus.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n response(s) and their answers?</source>
        <translation>
            <numerusform>Hapus %n respons beserta jawabannya?</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete response</source>
        <translation>Hapus respons</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>ResultsPanel</name>
    <message>
        <source>&amp;Save report as PDF…</source>
        <translation>&amp;Simpan laporan sebagai PDF…</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Rata-rata</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Other answers</source>
        <translation>Jawaban lain</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Butir</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Komentar</translation>
    </message>
    <message>
        <source>Service figures before and after the event:</source>
        <translation>Statistik layanan sebelum dan sesudah kegiatan:</translation>
    </message>
    <message>
        <source>&amp;Questions</source>
        <translation>&amp;Pertanyaan</translation>
    </message>
    <message>
        <source>Spea&amp;kers</source>
        <translation>&amp;Narasumber</translation>
    </message>
    <message>
        <source>Strongest and &amp;weakest</source>
        <translation>Tertinggi dan te&amp;rendah</translation>
    </message>
    <message>
        <source>&amp;Comments</source>
        <translation>&amp;Komentar</translation>
    </message>
    <message>
        <source>&amp;Impact</source>
        <translation>&amp;Dampak</translation>
    </message>
    <message>
        <source>Reading the results…</source>
        <translation>Membaca hasil…</translation>
    </message>
    <message>
        <source>Choose an event to see its evaluation results.</source>
        <translation>Pilih kegiatan untuk melihat hasil evaluasinya.</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n peserta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) to the organisation form</source>
        <translation>
            <numerusform>%n responden formulir penyelenggaraan</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 responses for %2 participants (the extra forms are anonymous: no response rate)</source>
        <translation>%1 respons untuk %2 peserta (kelebihan formulir berasal dari respons anonim: tingkat respons tidak dihitung)</translation>
    </message>
    <message>
        <source>response rate %1</source>
        <translation>tingkat respons %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n response(s)</source>
        <translation>
            <numerusform>%1: %n respons</numerusform>
        </translation>
    </message>
    <message>
        <source>(mean %1, %2)</source>
        <translation>(rata-rata %1, %2)</translation>
    </message>
    <message>
        <source>no responses yet</source>
        <translation>belum ada respons</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>%n jawaban</numerusform>
        </translation>
    </message>
    <message>
        <source>yes %1, no %2</source>
        <translation>ya %1, tidak %2</translation>
    </message>
    <message>
        <source>see Comments</source>
        <translation>lihat Komentar</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Overall mean</source>
        <translation>Rata-rata keseluruhan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Strongest</source>
        <translation>Tertinggi</translation>
    </message>
    <message>
        <source>Weakest</source>
        <translation>Terendah</translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n komentar</numerusform>
        </translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Belum ada komentar.</translation>
    </message>
    <message>
        <source>Pre/post tests: no participant has both scores yet.</source>
        <translation>Pre-test/post-test: belum ada peserta yang memiliki kedua nilai.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>tinggi</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>sedang</translation>
    </message>
    <message>
        <source>low</source>
        <translation>rendah</translation>
    </message>
    <message numerus="yes">
        <source>Pre/post tests: %n participant(s) with both scores</source>
        <translation>
            <numerusform>Pre-test/post-test: %n peserta memiliki kedua nilai</numerusform>
        </translation>
    </message>
    <message>
        <source>mean pre %1, post %2, normalised gain %3 (%4)</source>
        <translation>rata-rata pre-test %1, post-test %2, gain ternormalisasi %3 (%4)</translation>
    </message>
    <message>
        <source>high %1, medium %2, low %3</source>
        <translation>tinggi %1, sedang %2, rendah %3</translation>
    </message>
    <message>
        <source>Follow-up: none recorded yet.</source>
        <translation>Tindak lanjut: belum ada yang dicatat.</translation>
    </message>
    <message numerus="yes">
        <source>Follow-up: %n record(s)</source>
        <translation>
            <numerusform>Tindak lanjut: %n catatan</numerusform>
        </translation>
    </message>
    <message>
        <source>applied: yes %1, partly %2, no %3</source>
        <translation>diterapkan: ya %1, sebagian %2, tidak %3</translation>
    </message>
    <message>
        <source>mean rating %1</source>
        <translation>rata-rata penilaian %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Mean before</source>
        <translation>Rata-rata sebelum</translation>
    </message>
    <message>
        <source>Mean after</source>
        <translation>Rata-rata sesudah</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>%1: month in progress, not counted yet</source>
        <translation>%1: bulan berjalan, belum dihitung</translation>
    </message>
    <message>
        <source>%1: not begun, not counted yet</source>
        <translation>%1: belum tiba, belum dihitung</translation>
    </message>
    <message>
        <source>Save evaluation report</source>
        <translation>Simpan laporan evaluasi</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) saved to %1.</source>
        <translation>
            <numerusform>%n halaman disimpan ke %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the evaluation report…</source>
        <translation>Menulis laporan evaluasi…</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Your role (%1) does not allow this.</source>
        <translation>Peran Anda (%1) tidak mengizinkan ini.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Petugas presensi</translation>
    </message>
    <message>
        <source>Pimpinan (head of office)</source>
        <translation>Pimpinan</translation>
    </message>
</context>
<context>
    <name>SaveFile</name>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Read back and checked; the USB stick is safe to remove.</source>
        <translation>Sudah dibaca ulang dan diperiksa; flashdisk aman untuk dicabut.</translation>
    </message>
    <message>
        <source>Read back and checked.</source>
        <translation>Sudah dibaca ulang dan diperiksa.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>%1 is there already. Replace it?</source>
        <translation>%1 sudah ada. Ganti?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
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
    <name>Schema</name>
    <message>
        <source>the file records an upgrade “{name}” that SiBina does not know</source>
        <translation>berkas mencatat pembaruan “{name}” yang tidak dikenal SiBina</translation>
    </message>
    <message>
        <source>the file&apos;s upgrade history skips “{name}”</source>
        <translation>riwayat pembaruan berkas melewatkan “{name}”</translation>
    </message>
    <message>
        <source>the file has a trigger “{name}” that SiBina never makes</source>
        <translation>berkas memiliki trigger “{name}” yang tidak pernah dibuat SiBina</translation>
    </message>
    <message>
        <source>trigger “{name}” differs from the one SiBina makes</source>
        <translation>trigger “{name}” berbeda dari yang dibuat SiBina</translation>
    </message>
    <message>
        <source>the file has a view “{name}” that SiBina never makes</source>
        <translation>berkas memiliki view “{name}” yang tidak pernah dibuat SiBina</translation>
    </message>
    <message>
        <source>the file has an index “{name}” that SiBina never makes</source>
        <translation>berkas memiliki indeks “{name}” yang tidak pernah dibuat SiBina</translation>
    </message>
    <message>
        <source>the file lacks table {table}</source>
        <translation>berkas tidak memiliki tabel {table}</translation>
    </message>
    <message>
        <source>table {table} lacks column {column}</source>
        <translation>tabel {table} tidak memiliki kolom {column}</translation>
    </message>
    <message>
        <source>column {column} of table {table} is declared {found}; SiBina declares it {expected}</source>
        <translation>kolom {column} pada tabel {table} dideklarasikan {found}; SiBina mendeklarasikannya {expected}</translation>
    </message>
    <message>
        <source>table {table} has a column {column} that SiBina never makes</source>
        <translation>tabel {table} memiliki kolom {column} yang tidak pernah dibuat SiBina</translation>
    </message>
    <message>
        <source>the links of table {table} to other tables (what a deletion keeps or removes) differ from SiBina&apos;s</source>
        <translation>keterkaitan tabel {table} dengan tabel lain (apa yang dipertahankan atau ikut terhapus saat penghapusan) berbeda dari buatan SiBina</translation>
    </message>
    <message>
        <source>the file has a table “{name}” that SiBina never makes</source>
        <translation>berkas memiliki tabel “{name}” yang tidak pernah dibuat SiBina</translation>
    </message>
    <message>
        <source>the file lacks index “{name}”</source>
        <translation>berkas tidak memiliki indeks “{name}”</translation>
    </message>
    <message>
        <source>index “{name}” differs from the one SiBina makes</source>
        <translation>indeks “{name}” berbeda dari yang dibuat SiBina</translation>
    </message>
    <message>
        <source>the file lacks trigger “{name}”</source>
        <translation>berkas ini tidak memiliki trigger “{name}”</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>angka</translation>
    </message>
    <message>
        <source>text</source>
        <translation>teks</translation>
    </message>
    <message>
        <source>file content</source>
        <translation>isi berkas</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>tanggal</translation>
    </message>
    <message>
        <source>a date and time</source>
        <translation>tanggal dan waktu</translation>
    </message>
    <message>
        <source>a time</source>
        <translation>waktu</translation>
    </message>
    <message>
        <source>table {table}, row {row}, column {column} does not hold {kind}</source>
        <translation>tabel {table}, baris {row}, kolom {column} tidak berisi {kind}</translation>
    </message>
</context>
<context>
    <name>Scores</name>
    <message>
        <source>A score is a number from 0 to 100, not “{value}”.</source>
        <translation>Nilai adalah angka 0 sampai 100, bukan “{value}”.</translation>
    </message>
    <message>
        <source>Only a participant of the event can have a test score.</source>
        <translation>Hanya peserta kegiatan yang dapat memiliki nilai tes.</translation>
    </message>
    <message>
        <source>{file} has no Pre-test or Post-test column. The first filled row must hold the column headings. Headings found: {headers}.</source>
        <translation>{file} tidak memiliki kolom Pre-test atau Post-test. Baris pertama yang terisi harus berisi judul kolom. Judul yang ditemukan: {headers}.</translation>
    </message>
    <message>
        <source>{file} has no column that names the participant: NIP, No. (participant number) or Nama. Headings found: {headers}.</source>
        <translation>{file} tidak memiliki kolom yang menyebutkan peserta: NIP, No. (nomor peserta) atau Nama. Judul yang ditemukan: {headers}.</translation>
    </message>
    <message>
        <source>The row has no score.</source>
        <translation>Baris ini tidak berisi nilai.</translation>
    </message>
    <message>
        <source>Same participant as row {row}: each may appear only once.</source>
        <translation>Peserta sama dengan baris {row}: setiap peserta hanya boleh muncul sekali.</translation>
    </message>
    <message>
        <source>No participant of this event has NIP {nip}.</source>
        <translation>Tidak ada peserta kegiatan ini dengan NIP {nip}.</translation>
    </message>
    <message>
        <source>Two participants are named “{name}”: give the NIP or the participant number.</source>
        <translation>Ada dua peserta bernama “{name}”: isikan NIP atau nomor peserta.</translation>
    </message>
    <message>
        <source>No participant of this event is named “{name}”.</source>
        <translation>Tidak ada peserta kegiatan ini yang bernama “{name}”.</translation>
    </message>
    <message>
        <source>The row does not say whose scores these are: fill in the NIP, the participant number or the name.</source>
        <translation>Baris ini tidak menyebutkan pemilik nilainya: isikan NIP, nomor peserta atau nama.</translation>
    </message>
    <message>
        <source>No participant of this event has number {number}.</source>
        <translation>Tidak ada peserta kegiatan ini dengan nomor {number}.</translation>
    </message>
    <message>
        <source>Participant number {number} is {found}, not “{name}”.</source>
        <translation>Peserta nomor {number} adalah {found}, bukan “{name}”.</translation>
    </message>
</context>
<context>
    <name>ScoresModel</name>
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
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>Gain</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Tinggi</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Sedang</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Rendah</translation>
    </message>
    <message>
        <source>No gain to measure: the pre-test was already 100.</source>
        <translation>Tidak ada peningkatan yang dapat diukur: nilai pre-test sudah 100.</translation>
    </message>
</context>
<context>
    <name>ScoresPanel</name>
    <message>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <source>A CSV or Excel file with NIP, No. or Name, and Pre-test and Post-test columns</source>
        <translation>Berkas CSV atau Excel dengan kolom NIP, No. atau Nama, serta kolom Pre-test dan Post-test</translation>
    </message>
    <message>
        <source>Type a score (0–100): Enter goes down, Tab to the next score, Delete clears, Ctrl+Z undoes.</source>
        <translation>Ketik nilai (0–100): Enter ke bawah, Tab ke nilai berikutnya, Delete mengosongkan, Ctrl+Z mengurungkan.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>The earlier score is back.</source>
        <translation>Nilai sebelumnya dikembalikan.</translation>
    </message>
    <message>
        <source>Choose an event to see its test scores.</source>
        <translation>Pilih kegiatan untuk melihat nilai tesnya.</translation>
    </message>
    <message>
        <source>This event has no participants yet.</source>
        <translation>Kegiatan ini belum memiliki peserta.</translation>
    </message>
    <message>
        <source>Average gain: none yet; it needs a pre-test and a post-test score of the same person.</source>
        <translation>Rata-rata gain: belum ada; diperlukan nilai pre-test dan post-test dari orang yang sama.</translation>
    </message>
    <message numerus="yes">
        <source>Average gain: %1 (%2), over %n participant(s) with both scores.</source>
        <translation>
            <numerusform>Rata-rata gain: %1 (%2), dari %n peserta yang memiliki kedua nilai.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with a pre-test of 100 left out (no gain to measure).</source>
        <translation>
            <numerusform>%n orang dengan nilai pre-test 100 tidak dihitung (tidak ada peningkatan yang dapat diukur).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) without both scores yet.</source>
        <translation>
            <numerusform>%n peserta belum memiliki kedua nilai.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import test scores</source>
        <translation>Impor nilai tes</translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>CSV atau Excel (*.csv *.txt *.xlsx *.xlsm);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>import</source>
        <translation>impor</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 to import, %3 unchanged, %4 rejected.</source>
        <translation>%1: %2 akan diimpor, %3 tidak berubah, %4 ditolak.</translation>
    </message>
    <message numerus="yes">
        <source>%n score(s) already stored will be replaced.</source>
        <translation>
            <numerusform>%n nilai yang sudah tersimpan akan diganti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns not used: %1.</source>
        <translation>Kolom yang tidak dipakai: %1.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>Pre-test</source>
        <translation>Pre-test</translation>
    </message>
    <message>
        <source>Post-test</source>
        <translation>Post-test</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Impor %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing test scores…</source>
        <translation>Mengimpor nilai tes…</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n score(s) stored.</source>
        <translation>
            <numerusform>Diimpor: %n nilai disimpan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendStaffDialog</name>
    <message>
        <source>Send staff</source>
        <translation>Kirim pegawai</translation>
    </message>
    <message>
        <source>Who goes to “%1”? They are registered as participants of the event made from the offer; their JP counts once their attendance or certificate is recorded.</source>
        <translation>Siapa yang mengikuti “%1”? Mereka didaftarkan sebagai peserta kegiatan yang dibuat dari peluang ini; JP mereka terhitung setelah kehadiran atau sertifikatnya dicatat.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message numerus="yes">
        <source>%n already sent.</source>
        <translation>
            <numerusform>%n sudah dikirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <source>Registration closed on %1: send staff only if the organiser still accepts them, or to record those who already went.</source>
        <translation>Pendaftaran sudah ditutup pada %1: kirim pegawai hanya bila penyelenggara masih menerima mereka, atau untuk mencatat yang sudah berangkat.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <source>Connected to PostgreSQL {version}. The database is empty: SiBina will create its tables when it opens it (or run transfer to move the office&apos;s data there first).</source>
        <translation>Tersambung ke PostgreSQL {version}. Basis data ini masih kosong: SiBina akan membuat tabelnya saat membukanya (atau jalankan transfer untuk memindahkan data kantor ke sana lebih dulu).</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version}. The database holds SiBina&apos;s data (schema {schema}).</source>
        <translation>Tersambung ke PostgreSQL {version}. Basis data ini berisi data SiBina (skema {schema}).</translation>
    </message>
    <message>
        <source>The server refused the password for this user. Type the password again, or ask the administrator to reset it.</source>
        <translation>Server menolak kata sandi untuk pengguna ini. Ketik ulang kata sandinya, atau minta administrator mengaturnya ulang.</translation>
    </message>
    <message>
        <source>The server asks for a password: type the user&apos;s password.</source>
        <translation>Server meminta kata sandi: ketik kata sandi pengguna.</translation>
    </message>
    <message>
        <source>The server has no database of that name. Check the name, or create the database on the server first.</source>
        <translation>Di server tidak ada basis data dengan nama itu. Periksa namanya, atau buat dulu basis datanya di server.</translation>
    </message>
    <message>
        <source>The server does not let this user in from this PC ({detail}). The administrator allows it in pg_hba.conf.</source>
        <translation>Server tidak mengizinkan pengguna ini masuk dari PC ini ({detail}). Administrator dapat mengizinkannya di pg_hba.conf.</translation>
    </message>
    <message>
        <source>The server does not answer ({detail}). Check the address and port, that the server PC is on, and that its firewall lets port 5432 in.</source>
        <translation>Server tidak menjawab ({detail}). Periksa alamat dan port, pastikan PC server menyala dan firewall-nya membuka port 5432.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <source>Database server</source>
        <translation>Server basis data</translation>
    </message>
    <message>
        <source>When several PCs of the office work on the same data, it is kept on one PostgreSQL server. Type what the administrator set up there. The password is kept by Windows, not by SiBina. The change takes effect when SiBina starts again.</source>
        <translation>Bila beberapa PC kantor bekerja dengan data yang sama, data itu disimpan di satu server PostgreSQL. Ketik apa yang disiapkan administrator di sana. Kata sandi disimpan oleh Windows, bukan oleh SiBina. Perubahan berlaku saat SiBina dibuka lagi.</translation>
    </message>
    <message>
        <source>e.g. 192.168.1.10 or the server PC&apos;s name</source>
        <translation>mis. 192.168.1.10 atau nama PC server</translation>
    </message>
    <message>
        <source>&amp;Server (name or address)</source>
        <translation>&amp;Server (nama atau alamat)</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>&amp;Port</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Basis data</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>Pen&amp;gguna</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji sambungan</translation>
    </message>
    <message>
        <source>Use this PC&apos;s &amp;file</source>
        <translation>P&amp;akai berkas PC ini</translation>
    </message>
    <message>
        <source>Type the server&apos;s name or address.</source>
        <translation>Ketik nama atau alamat server.</translation>
    </message>
    <message>
        <source>Type the database&apos;s name.</source>
        <translation>Ketik nama basis data.</translation>
    </message>
    <message>
        <source>Type the user&apos;s name.</source>
        <translation>Ketik nama pengguna.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menyambung…</translation>
    </message>
    <message>
        <source>Windows could not keep the password (%1); nothing was saved.</source>
        <translation>Windows tidak dapat menyimpan kata sandi (%1); tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>ServerStart</name>
    <message>
        <source>SiBina works on the office&apos;s database server, set under File ▸ Database server. Try again once the server PC is on, or change the server (or go back to this PC&apos;s own file).</source>
        <translation>SiBina bekerja dengan server basis data kantor, yang diatur di Berkas ▸ Server basis data. Coba lagi setelah PC server menyala, atau ganti server (atau kembali ke berkas PC ini sendiri).</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>&amp;Change server…</source>
        <translation>&amp;Ganti server…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>ServiceStats</name>
    <message>
        <source>The metric needs a name.</source>
        <translation>Nama metrik wajib diisi.</translation>
    </message>
    <message>
        <source>The metric&apos;s name</source>
        <translation>Nama metrik</translation>
    </message>
    <message>
        <source>There is already a metric called “{name}”.</source>
        <translation>Sudah ada metrik bernama “{name}”.</translation>
    </message>
    <message>
        <source>This metric has figures, so it cannot be deleted; deactivate it instead.</source>
        <translation>Metrik ini sudah memiliki angka, sehingga tidak dapat dihapus; nonaktifkan saja.</translation>
    </message>
    <message>
        <source>“{value}” is not a figure: write a whole number of 0 or more.</source>
        <translation>“{value}” bukan angka: tulis bilangan bulat 0 atau lebih.</translation>
    </message>
    <message>
        <source>“{value}” is below zero: a month&apos;s figure is 0 or more.</source>
        <translation>“{value}” kurang dari nol: angka sebulan 0 atau lebih.</translation>
    </message>
    <message>
        <source>“{value}” is more than 10 million in a month: check the figure.</source>
        <translation>“{value}” lebih dari 10 juta dalam sebulan: periksa angkanya.</translation>
    </message>
    <message>
        <source>“{value}” is not a whole number: a month&apos;s figure counts whole visits, loans or members.</source>
        <translation>“{value}” bukan bilangan bulat: angka sebulan menghitung kunjungan, peminjaman atau anggota secara utuh.</translation>
    </message>
    <message>
        <source>{file} has no Bulan (month) or Periode column. The first filled row must hold the column headings. Headings found: {headers}.</source>
        <translation>{file} tidak memiliki kolom Bulan atau Periode. Baris pertama yang terisi harus berisi judul kolom. Judul yang ditemukan: {headers}.</translation>
    </message>
    <message>
        <source>No column of {file} is named like a metric ({metrics}). Headings found: {headers}.</source>
        <translation>Tidak ada kolom di {file} yang bernama seperti metrik ({metrics}). Judul yang ditemukan: {headers}.</translation>
    </message>
    <message>
        <source>The row has no figure.</source>
        <translation>Baris ini tidak berisi angka.</translation>
    </message>
    <message>
        <source>Same month as row {row}: each month may appear only once.</source>
        <translation>Bulan sama dengan baris {row}: setiap bulan hanya boleh muncul sekali.</translation>
    </message>
    <message>
        <source>“{value}” is not a year.</source>
        <translation>“{value}” bukan tahun.</translation>
    </message>
    <message>
        <source>The month is missing.</source>
        <translation>Bulan belum diisi.</translation>
    </message>
    <message>
        <source>“{value}” gives no year: write it like 2026-03 or Maret 2026, or add a Tahun column.</source>
        <translation>“{value}” tidak menyebutkan tahun: tulis seperti 2026-03 atau Maret 2026, atau tambahkan kolom Tahun.</translation>
    </message>
    <message>
        <source>“{value}” is not a month: write it like 2026-03, Maret 2026 or Mar 2026.</source>
        <translation>“{value}” bukan bulan: tulis seperti 2026-03, Maret 2026 atau Mar 2026.</translation>
    </message>
</context>
<context>
    <name>ServiceStatsDialog</name>
    <message>
        <source>Service statistics</source>
        <translation>Statistik layanan</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Tahun:</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Impor CSV…</translation>
    </message>
    <message>
        <source>A CSV or Excel file with a Bulan column (2026-03, Maret 2026) or Tahun and Bulan columns, and one column per metric, headed with its name</source>
        <translation>Berkas CSV atau Excel dengan kolom Bulan (2026-03, Maret 2026) atau kolom Tahun dan Bulan, serta satu kolom untuk setiap metrik, berjudul nama metrik tersebut</translation>
    </message>
    <message>
        <source>Type a figure: Enter goes down to the next month, Tab to the next metric, Delete clears.</source>
        <translation>Ketik angka: Enter turun ke bulan berikutnya, Tab ke metrik berikutnya, Delete mengosongkan.</translation>
    </message>
    <message>
        <source>Metrics (the columns):</source>
        <translation>Metrik (sebagai kolom):</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Pindah ke atas</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Pindah ke bawah</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Nonaktifkan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Tidak tersimpan: %1</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>Aktifkan</translation>
    </message>
    <message>
        <source>Name of the metric:</source>
        <translation>Nama metrik:</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Add a metric</source>
        <translation>Tambah metrik</translation>
    </message>
    <message>
        <source>Rename the metric</source>
        <translation>Ganti nama metrik</translation>
    </message>
    <message>
        <source>Import service statistics</source>
        <translation>Impor statistik layanan</translation>
    </message>
    <message>
        <source>CSV or Excel (*.csv *.txt *.xlsx *.xlsm);;All files (*)</source>
        <translation>CSV atau Excel (*.csv *.txt *.xlsx *.xlsm);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>import</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>tidak berubah</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>ditolak</translation>
    </message>
    <message>
        <source>Row %1, column %2: %3</source>
        <translation>Baris %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 to import, %3 unchanged, %4 rejected.</source>
        <translation>%1: %2 akan diimpor, %3 tidak berubah, %4 ditolak.</translation>
    </message>
    <message>
        <source>Metrics read: %1.</source>
        <translation>Metrik yang terbaca: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) already stored will be replaced.</source>
        <translation>
            <numerusform>%n angka yang sudah tersimpan akan diganti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns matching no metric, not used: %1.</source>
        <translation>Kolom yang tidak cocok dengan metrik mana pun, tidak dipakai: %1.</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message numerus="yes">
        <source>Import %n row(s)</source>
        <translation>
            <numerusform>Impor %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing service statistics…</source>
        <translation>Mengimpor statistik layanan…</translation>
    </message>
    <message numerus="yes">
        <source>Imported: %n figure(s) stored.</source>
        <translation>
            <numerusform>Diimpor: %n angka disimpan.</numerusform>
        </translation>
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
    <name>SettingFields</name>
    <message>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>years</source>
        <translation>tahun</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Down to a half JP</source>
        <translation>Dibulatkan ke bawah per setengah JP</translation>
    </message>
    <message>
        <source>Down to a whole JP</source>
        <translation>Dibulatkan ke bawah per JP utuh</translation>
    </message>
    <message>
        <source>Government (letterhead&apos;s first line)</source>
        <translation>Pemerintah daerah (baris pertama kop)</translation>
    </message>
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
        <source>Telephone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Laman</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Pos-el</translation>
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
        <source>Head&apos;s rank (pangkat/golongan)</source>
        <translation>Pangkat/golongan kepala</translation>
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
        <source>The JP target binds</source>
        <translation>Target JP berlaku bagi</translation>
    </message>
    <message>
        <source>JP counts from these kinds</source>
        <translation>JP dihitung dari jenis kegiatan</translation>
    </message>
    <message>
        <source>Competency map: JP of the last</source>
        <translation>Peta kompetensi: JP selama</translation>
    </message>
    <message>
        <source>Suggested JP of a session</source>
        <translation>Usulan JP per sesi</translation>
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
    <message>
        <source>Certificate number pattern</source>
        <translation>Pola nomor sertifikat</translation>
    </message>
    <message>
        <source>Letter number pattern</source>
        <translation>Pola nomor surat</translation>
    </message>
    <message>
        <source>Code of invitations</source>
        <translation>Kode klasifikasi surat undangan</translation>
    </message>
    <message>
        <source>Code of assignment letters (SPT)</source>
        <translation>Kode klasifikasi surat tugas (SPT)</translation>
    </message>
    <message>
        <source>Code of requests for a speaker</source>
        <translation>Kode klasifikasi surat permohonan narasumber</translation>
    </message>
    <message>
        <source>PPh 21 on an honorarium: golongan IV</source>
        <translation>PPh 21 atas honorarium: golongan IV</translation>
    </message>
    <message>
        <source>PPh 21 on an honorarium: golongan III</source>
        <translation>PPh 21 atas honorarium: golongan III</translation>
    </message>
    <message>
        <source>PPh 21 on an honorarium: golongan I and II</source>
        <translation>PPh 21 atas honorarium: golongan I dan II</translation>
    </message>
    <message>
        <source>PPh 21 on an honorarium: others (non-ASN, with NPWP)</source>
        <translation>PPh 21 atas honorarium: lainnya (non-ASN, ber-NPWP)</translation>
    </message>
    <message>
        <source>Evaluation categories: upper bounds</source>
        <translation>Kategori evaluasi: batas atas</translation>
    </message>
    <message>
        <source>Automatic backups kept</source>
        <translation>Cadangan otomatis yang disimpan</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Ketentuan</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Setting up SiBina</source>
        <translation>Persiapan awal SiBina</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Save and start</source>
        <translation>&amp;Simpan dan mulai</translation>
    </message>
    <message>
        <source>The office</source>
        <translation>Kantor</translation>
    </message>
    <message>
        <source>These lines head every paper SiBina prints (the letterhead).</source>
        <translation>Baris-baris ini menjadi kop setiap dokumen yang dicetak SiBina.</translation>
    </message>
    <message>
        <source>Head of office</source>
        <translation>Kepala kantor</translation>
    </message>
    <message>
        <source>Signs reports and certificates: name with titles, rank, position and NIP as they print under the signature.</source>
        <translation>Menandatangani laporan dan sertifikat: nama dengan gelar, pangkat, jabatan, dan NIP sebagaimana tercetak di bawah tanda tangan.</translation>
    </message>
    <message>
        <source>Certificates and JP</source>
        <translation>Sertifikat dan JP</translation>
    </message>
    <message>
        <source>How certificates are numbered, and the yearly JP target of each civil servant.</source>
        <translation>Cara penomoran sertifikat, dan target JP tahunan setiap ASN.</translation>
    </message>
</context>
<context>
    <name>Signatories</name>
    <message>
        <source>The name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>The position is required: it is printed above the signature.</source>
        <translation>Jabatan wajib diisi: jabatan dicetak di atas tanda tangan.</translation>
    </message>
    <message>
        <source>{name} is chosen as both signatories; choose someone else as the second, or nobody.</source>
        <translation>{name} dipilih sebagai kedua penanda tangan; pilih orang lain sebagai penanda tangan kedua, atau tidak ada.</translation>
    </message>
</context>
<context>
    <name>SignatoriesDialog</name>
    <message>
        <source>Signatories</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
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
        <source>&amp;Activate</source>
        <translation>&amp;Aktifkan</translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <source>Signatory</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <source>Name with titles</source>
        <translation>Nama dengan gelar</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>e.g. Kepala Dinas Perpustakaan dan Kearsipan</source>
        <translation>mis. Kepala Dinas Perpustakaan dan Kearsipan</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message numerus="yes">
        <source>%1 signed %n certificate(s). Printed again, they will show the name, position and signature as you change them here. For a new head of office, add a new signatory and deactivate this one instead. Save the change anyway?</source>
        <translation>
            <numerusform>%1 menandatangani %n sertifikat. Bila dicetak ulang, sertifikat itu akan menampilkan nama, jabatan, dan tanda tangan sesuai perubahan di sini. Untuk kepala kantor yang baru, tambahkan penanda tangan baru dan nonaktifkan yang ini. Tetap simpan perubahan?</numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Tetap simpan</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>{file}, line {line}: this is this office&apos;s own key; it needs no importing.</source>
        <translation>{file}, baris {line}: ini kunci milik kantor ini sendiri; tidak perlu diimpor.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the key claims to be this office&apos;s ({office}). Only this office&apos;s own keys sign in its name; the file was not imported.</source>
        <translation>{file}, baris {line}: kunci ini mengaku milik kantor ini ({office}). Hanya kunci kantor ini sendiri yang menandatangani atas namanya; berkas tidak diimpor.</translation>
    </message>
    <message>
        <source>The office&apos;s name is missing.</source>
        <translation>Nama kantornya tidak ada.</translation>
    </message>
    <message>
        <source>{file}, line {line}, office name: {problem}</source>
        <translation>{file}, baris {line}, nama kantor: {problem}</translation>
    </message>
    <message>
        <source>{file}, line {line}: this is not a SiBina public key (a line starting with SIBINA-KEY2 or SIBINA-KEY1).</source>
        <translation>{file}, baris {line}: ini bukan kunci publik SiBina (baris yang diawali SIBINA-KEY2 atau SIBINA-KEY1).</translation>
    </message>
    <message>
        <source>Every signing key of this office is retired. Make a new key under Certificates ▸ Signing keys.</source>
        <translation>Semua kunci tanda tangan kantor ini sudah tidak dipakai. Buat kunci baru di Sertifikat ▸ Kunci tanda tangan.</translation>
    </message>
    <message>
        <source>This office&apos;s signing key {key} is not on this PC (it was looked for in {path}). Import the key file exported on the old PC, or make a new key, under Certificates ▸ Signing keys.</source>
        <translation>Kunci tanda tangan kantor ini ({key}) tidak ada di PC ini (dicari di {path}). Impor berkas kunci yang diekspor dari PC lama, atau buat kunci baru, di Sertifikat ▸ Kunci tanda tangan.</translation>
    </message>
    <message>
        <source>There is no key {key}.</source>
        <translation>Tidak ada kunci {key}.</translation>
    </message>
    <message>
        <source>The passphrase needs at least {count} characters.</source>
        <translation>Frasa sandi harus terdiri atas sekurang-kurangnya {count} karakter.</translation>
    </message>
    <message>
        <source>The private key {key} is not on this PC, so it cannot be exported.</source>
        <translation>Kunci privat {key} tidak ada di PC ini, sehingga tidak dapat diekspor.</translation>
    </message>
    <message>
        <source>{file} could not be opened: the passphrase is wrong, or the file is not a SiBina key file.</source>
        <translation>{file} tidak dapat dibuka: frasa sandinya salah, atau berkas itu bukan berkas kunci SiBina.</translation>
    </message>
    <message>
        <source>{file} holds key {key}, which is not one of this office&apos;s keys in this database. Nothing was changed.</source>
        <translation>{file} berisi kunci {key}, yang bukan kunci kantor ini dalam basis data ini. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{file} is not a SiBina key file (a passphrase-protected key exported under Signing keys).</source>
        <translation>{file} bukan berkas kunci SiBina (kunci berfrasa sandi yang diekspor melalui Kunci tanda tangan).</translation>
    </message>
    <message>
        <source>The signing key kept in this database could not be read and was removed from it; a new key will be made for the next certificate.</source>
        <translation>Kunci tanda tangan yang tersimpan di basis data ini tidak dapat dibaca dan telah dihapus darinya; kunci baru akan dibuat untuk sertifikat berikutnya.</translation>
    </message>
    <message>
        <source>The certificates&apos; signing key no longer travels in the database and its backups: it was moved to {path}, on this PC only. To use it on another PC, export it under Certificates ▸ Signing keys.</source>
        <translation>Kunci tanda tangan sertifikat tidak lagi ikut di basis data dan cadangannya: kunci itu dipindahkan ke {path}, hanya di PC ini. Untuk memakainya di PC lain, ekspor melalui Sertifikat ▸ Kunci tanda tangan.</translation>
    </message>
</context>
<context>
    <name>SpeakerRatingsDialog</name>
    <message>
        <source>Speaker ratings across events</source>
        <translation>Penilaian narasumber lintas kegiatan</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Semua tema</translation>
    </message>
    <message>
        <source>All speakers</source>
        <translation>Semua narasumber</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>S&amp;peaker:</source>
        <translation>&amp;Narasumber:</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Mean (1–5)</source>
        <translation>Rata-rata (1–5)</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message numerus="yes">
        <source>%n speaker(s)</source>
        <translation>
            <numerusform>%n narasumber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated event(s)</source>
        <translation>
            <numerusform>%n kegiatan yang dinilai</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Spreadsheet</name>
    <message>
        <source>Cannot write {file} ({detail}). If the file is open in another program (Excel, a PDF reader), close it; check that the USB stick is still there and not full, then try again.</source>
        <translation>Tidak dapat menulis {file} ({detail}). Jika berkas sedang terbuka di program lain (Excel, pembaca PDF), tutup dahulu; periksa apakah flashdisk masih terpasang dan belum penuh, lalu coba lagi.</translation>
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
        <translation>“{email}” bukan alamat pos-el.</translation>
    </message>
    <message>
        <source>A phone number has 6 to 20 digits, optionally starting with +.</source>
        <translation>Nomor telepon terdiri atas 6 sampai 20 digit, boleh diawali +.</translation>
    </message>
    <message>
        <source>{name} already has this NIP.</source>
        <translation>{name} sudah memiliki NIP ini.</translation>
    </message>
    <message>
        <source>The organisation chosen is no longer in the network; choose again.</source>
        <translation>Organisasi yang dipilih sudah tidak ada di jejaring; pilih lagi.</translation>
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
        <translation>Pos-el</translation>
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
    <message>
        <source>STAFF AND OUTSIDE PEOPLE</source>
        <translation>PEGAWAI DAN PIHAK LUAR</translation>
    </message>
    <message>
        <source>As on {date}</source>
        <translation>Keadaan {date}</translation>
    </message>
    <message>
        <source>ROWS THE STAFF IMPORT REFUSED</source>
        <translation>BARIS YANG DITOLAK PADA IMPOR PEGAWAI</translation>
    </message>
    <message>
        <source>From {file}, imported on {date}</source>
        <translation>Dari {file}, diimpor pada {date}</translation>
    </message>
</context>
<context>
    <name>StaffImport</name>
    <message>
        <source>Cannot read {file}: {detail}</source>
        <translation>Tidak dapat membaca {file}: {detail}</translation>
    </message>
    <message>
        <source>{file} is too large to import ({size} MB; at most {limit} MB).</source>
        <translation>{file} terlalu besar untuk diimpor ({size} MB; paling besar {limit} MB).</translation>
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
        <source>{file} looks like UTF-16 text but cannot be read as such: in Excel, save it again as “CSV UTF-8”.</source>
        <translation>{file} tampak berupa teks UTF-16 tetapi tidak dapat dibaca: di Excel, simpan ulang sebagai “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>{file} holds a NUL character on line {line}: it is not a text (CSV) file. In Excel, save it again as “CSV UTF-8”.</source>
        <translation>{file} berisi karakter NUL pada baris {line}: berkas ini bukan berkas teks (CSV). Di Excel, simpan ulang sebagai “CSV UTF-8”.</translation>
    </message>
    <message>
        <source>{file}: line {line} is longer than {limit} characters; it is not an ordinary CSV file.</source>
        <translation>{file}: baris {line} lebih dari {limit} karakter; berkas ini bukan berkas CSV biasa.</translation>
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
        <source>“{value}” is not an employment status: write PNS, PPPK or Non-ASN.</source>
        <translation>“{value}” bukan status kepegawaian: tulis PNS, PPPK atau Non-ASN.</translation>
    </message>
    <message>
        <source>Write ya or tidak (yes or no) here, not “{value}”.</source>
        <translation>Tulis ya atau tidak di sini, bukan “{value}”.</translation>
    </message>
    <message>
        <source>skipped: numbering row</source>
        <translation>dilewati: baris nomor kolom</translation>
    </message>
    <message>
        <source>skipped: signature</source>
        <translation>dilewati: tanda tangan</translation>
    </message>
    <message>
        <source>{file} holds {count} parts, more than an office spreadsheet has (at most {limit}): SiBina does not open it.</source>
        <translation>{file} berisi {count} bagian, melebihi lembar kerja kantor yang wajar (paling banyak {limit}): SiBina tidak membukanya.</translation>
    </message>
    <message>
        <source>{file} unpacks to {size} MB, more than an office spreadsheet holds (at most {limit} MB): SiBina does not open it.</source>
        <translation>{file} berisi {size} MB setelah dibuka, melebihi isi lembar kerja kantor yang wajar (paling besar {limit} MB): SiBina tidak membukanya.</translation>
    </message>
    <message>
        <source>{file} holds a part packed {ratio} times smaller than it unpacks ({part}): SiBina does not open such files.</source>
        <translation>{file} berisi bagian yang dipadatkan {ratio} kali lebih kecil daripada isinya ({part}): SiBina tidak membuka berkas seperti ini.</translation>
    </message>
    <message>
        <source>{file}: the sheet says it reaches row {row} and column {column}; at most {rows} rows and {columns} columns are read. Delete what lies below and right of the table, or copy the table to a new workbook.</source>
        <translation>{file}: lembar kerja menyatakan isinya sampai baris {row} dan kolom {column}; yang dibaca paling banyak {rows} baris dan {columns} kolom. Hapus isi di bawah dan di kanan tabel, atau salin tabel ke buku kerja baru.</translation>
    </message>
    <message>
        <source>{file}: the sheet has something on row {row}; at most {limit} rows are read. Delete the rows below the table.</source>
        <translation>{file}: lembar kerja berisi sesuatu pada baris {row}; yang dibaca paling banyak {limit} baris. Hapus baris di bawah tabel.</translation>
    </message>
    <message>
        <source>{file}: row {row} has something in column {column}; columns past {last} are not read. Delete what lies right of the table.</source>
        <translation>{file}: baris {row} berisi sesuatu di kolom {column}; kolom setelah {last} tidak dibaca. Hapus isi di kanan tabel.</translation>
    </message>
    <message>
        <source>{file}: row {row}, column {column} holds a formula without a saved value: open the file in Excel and save it again.</source>
        <translation>{file}: baris {row}, kolom {column} berisi rumus tanpa nilai tersimpan: buka berkas di Excel lalu simpan kembali.</translation>
    </message>
</context>
<context>
    <name>StaffImportChanges</name>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
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
        <source>No one is on the list yet. Import the staff list the personnel office keeps (SIMPEG, as Excel or CSV), or add people one by one.</source>
        <translation>Daftar masih kosong. Impor daftar pegawai dari bagian kepegawaian (SIMPEG, berkas Excel atau CSV), atau tambahkan orang satu per satu.</translation>
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
            <numerusform>%n orang disimpan ke %1.</numerusform>
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
    <name>Stamps</name>
    <message>
        <source>{name} changed this record on {date} at {time} while you were editing it; nothing was saved.</source>
        <translation>Data ini diubah oleh {name} pada {date} pukul {time} sementara Anda menyuntingnya; tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>This record was deleted on another PC while you were editing it; nothing was saved.</source>
        <translation>Data ini dihapus di PC lain sementara Anda menyuntingnya; tidak ada yang disimpan.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Where to start</source>
        <translation>Mulai dari mana</translation>
    </message>
    <message>
        <source>Everything asked so far can be changed later under File ▸ Settings.</source>
        <translation>Semua isian tadi dapat diubah kemudian melalui Berkas ▸ Pengaturan.</translation>
    </message>
    <message>
        <source>&amp;Import staff from the SIMPEG file</source>
        <translation>&amp;Impor pegawai dari berkas SIMPEG</translation>
    </message>
    <message>
        <source>&amp;Add staff by hand</source>
        <translation>&amp;Tambah pegawai satu per satu</translation>
    </message>
    <message>
        <source>&amp;Look at the demo first (a separate database full of examples)</source>
        <translation>&amp;Lihat demo dahulu (basis data terpisah berisi contoh)</translation>
    </message>
</context>
<context>
    <name>StatsGridModel</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (nonaktif)</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Not counted, as no month can have them: %1. Type the figure again or clear it with Delete.</source>
        <translation>Tidak dihitung, karena tidak mungkin untuk sebulan: %1. Ketik ulang angkanya atau hapus dengan Delete.</translation>
    </message>
</context>
<context>
    <name>StoredFile</name>
    <message>
        <source>{file} cannot be used: {detail}</source>
        <translation>{file} tidak dapat dipakai: {detail}</translation>
    </message>
    <message>
        <source>it is larger than {limit} MB.</source>
        <translation>ukurannya lebih dari {limit} MB.</translation>
    </message>
    <message>
        <source>only PNG, JPEG or PDF files are accepted.</source>
        <translation>hanya berkas PNG, JPEG, atau PDF yang diterima.</translation>
    </message>
    <message>
        <source>it is not a PNG or JPEG picture SiBina can read.</source>
        <translation>berkas ini bukan gambar PNG atau JPEG yang dapat dibaca SiBina.</translation>
    </message>
    <message>
        <source>the picture has more than {limit} million pixels. Scan or save it smaller.</source>
        <translation>gambar lebih dari {limit} juta piksel. Pindai atau simpan dengan ukuran lebih kecil.</translation>
    </message>
    <message>
        <source>the picture is damaged or cut short ({detail}).</source>
        <translation>gambar rusak atau terpotong ({detail}).</translation>
    </message>
    <message>
        <source>it is not a PDF SiBina can read.</source>
        <translation>berkas ini bukan PDF yang dapat dibaca SiBina.</translation>
    </message>
    <message>
        <source>it has {count} pages; {low} to {limit} are accepted here.</source>
        <translation>berkas ini berisi {count} halaman; di sini hanya diterima {low} sampai {limit} halaman.</translation>
    </message>
    <message>
        <source>page {page} is {width} × {height} cm; pages larger than A3 are not accepted.</source>
        <translation>halaman {page} berukuran {width} × {height} cm; halaman yang lebih besar dari A3 tidak diterima.</translation>
    </message>
</context>
<context>
    <name>StoredFiles</name>
    <message>
        <source>The file&apos;s name</source>
        <translation>Nama berkas</translation>
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
    <name>TemplateEditor</name>
    <message>
        <source>New template</source>
        <translation>Templat baru</translation>
    </message>
    <message>
        <source>Template: %1</source>
        <translation>Templat: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>e.g. Evaluasi Penyelenggaraan</source>
        <translation>mis. Evaluasi Penyelenggaraan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>A speaker template is asked once for every speaker of the event&apos;s schedule.</source>
        <translation>Templat narasumber ditanyakan satu kali untuk setiap narasumber dalam jadwal kegiatan.</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipe</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Pilihan</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>&amp;Tambah pertanyaan</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pindah ke &amp;atas</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Pindah ke &amp;bawah</translation>
    </message>
    <message>
        <source>Type to edit a cell, F2 or Enter to open it; Space ticks Required; a single-choice question takes one choice per line.</source>
        <translation>Ketik untuk mengubah sel, F2 atau Enter untuk membukanya; Spasi mencentang Wajib; pertanyaan pilihan tunggal berisi satu pilihan per baris.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>This is version %1, kept as it was for the answers given on it. Edit the current version instead.</source>
        <translation>Ini versi %1, dipertahankan seperti semula untuk jawaban yang diberikan padanya. Ubah saja versi yang berlaku.</translation>
    </message>
    <message numerus="yes">
        <source>%n answered form(s) were given on this template. Changes to its questions are saved as a new version; the answers stay with this one.</source>
        <translation>
            <numerusform>Sudah ada %n respons yang diisi dengan templat ini. Perubahan pada pertanyaannya disimpan sebagai versi baru; jawabannya tetap pada versi ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>One choice per line</source>
        <translation>Satu pilihan per baris</translation>
    </message>
    <message>
        <source>Only a single-choice question has choices</source>
        <translation>Hanya pertanyaan pilihan tunggal yang memiliki pilihan</translation>
    </message>
    <message>
        <source>Responses were given on the earlier version; it is kept and this is saved as version %1.</source>
        <translation>Sudah ada respons pada versi sebelumnya; versi itu dipertahankan dan ini disimpan sebagai versi %1.</translation>
    </message>
    <message>
        <source>Discard the changes to this template?</source>
        <translation>Buang perubahan pada templat ini?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>Templates</name>
    <message>
        <source>Organisation (evaluasi penyelenggaraan)</source>
        <translation>Evaluasi penyelenggaraan</translation>
    </message>
    <message>
        <source>Speaker (evaluasi narasumber)</source>
        <translation>Evaluasi narasumber</translation>
    </message>
    <message>
        <source>Rating 1–5</source>
        <translation>Skala 1–5</translation>
    </message>
    <message>
        <source>Yes / no</source>
        <translation>Ya / tidak</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Pilihan tunggal</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Angka</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Teks bebas</translation>
    </message>
    <message>
        <source>Question {row}: choose the type of answer.</source>
        <translation>Pertanyaan {row}: pilih jenis jawaban.</translation>
    </message>
    <message>
        <source>Question {row}: type the question.</source>
        <translation>Pertanyaan {row}: ketik pertanyaannya.</translation>
    </message>
    <message>
        <source>Question {row} is longer than {limit} characters; shorten it so it fits the printed form.</source>
        <translation>Pertanyaan {row} lebih dari {limit} karakter; persingkat agar muat di formulir cetak.</translation>
    </message>
    <message>
        <source>Question {row}: {reason}</source>
        <translation>Pertanyaan {row}: {reason}</translation>
    </message>
    <message>
        <source>Question {row}: type the section it belongs to (for example Materi).</source>
        <translation>Pertanyaan {row}: ketik bagian tempat pertanyaan ini berada (misalnya Materi).</translation>
    </message>
    <message>
        <source>Question {row}: a single-choice question needs at least two choices, one per line.</source>
        <translation>Pertanyaan {row}: pertanyaan pilihan tunggal memerlukan sekurang-kurangnya dua pilihan, satu per baris.</translation>
    </message>
    <message>
        <source>Question {row}: the choice “{choice}” is there twice.</source>
        <translation>Pertanyaan {row}: pilihan “{choice}” tercantum dua kali.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Nama wajib diisi.</translation>
    </message>
    <message>
        <source>Another template is already called “{name}”.</source>
        <translation>Sudah ada templat lain bernama “{name}”.</translation>
    </message>
    <message>
        <source>Choose whether the form evaluates the organisation or a speaker.</source>
        <translation>Pilih apakah formulir ini mengevaluasi penyelenggaraan atau narasumber.</translation>
    </message>
    <message>
        <source>Add at least one question.</source>
        <translation>Tambahkan sekurang-kurangnya satu pertanyaan.</translation>
    </message>
    <message>
        <source>“{name}” version {version} is an earlier version, kept for the answers given on it; edit the current version instead.</source>
        <translation>“{name}” versi {version} adalah versi lama, dipertahankan untuk jawaban yang diberikan padanya; ubah saja versi yang berlaku.</translation>
    </message>
    <message>
        <source>Another template is already called “{name}”; rename it first.</source>
        <translation>Sudah ada templat lain bernama “{name}”; ganti dulu nama templat itu.</translation>
    </message>
    <message>
        <source>“{name}” is archived; choose a current template.</source>
        <translation>“{name}” sudah diarsipkan; pilih templat yang berlaku.</translation>
    </message>
    <message>
        <source>Answers to “{name}” are recorded for this event ({count}); the template stays attached while they exist.</source>
        <translation>Jawaban untuk “{name}” sudah tercatat pada kegiatan ini ({count}); templat tetap terpasang selama jawaban itu masih ada.</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Questionnaire templates</source>
        <translation>Templat kuesioner</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Pertanyaan</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Dipakai</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Baru</translation>
    </message>
    <message>
        <source>&amp;Copy…</source>
        <translation>&amp;Salin…</translation>
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
        <source>&amp;Archive</source>
        <translation>&amp;Arsipkan</translation>
    </message>
    <message>
        <source>A template that has answers is never changed under them: editing it makes a new version, and the earlier one is archived.</source>
        <translation>Templat yang sudah memiliki jawaban tidak pernah diubah begitu saja: mengubahnya akan membuat versi baru, dan versi sebelumnya diarsipkan.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Diarsipkan</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Berlaku</translation>
    </message>
    <message numerus="yes">
        <source>%n answered form(s)</source>
        <translation>
            <numerusform>%n formulir terisi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n kegiatan</numerusform>
        </translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Belum</translation>
    </message>
    <message>
        <source>Re&amp;store</source>
        <translation>&amp;Pulihkan</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Lihat</translation>
    </message>
    <message>
        <source>Copy template</source>
        <translation>Salin templat</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nama salinan:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (salinan)</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>This is {count} characters long; at most {limit} fit here.</source>
        <translation>Panjangnya {count} karakter; paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>Write this on one line: it holds a line break or a tab.</source>
        <translation>Tulis dalam satu baris: isian ini memuat ganti baris atau tab.</translation>
    </message>
    <message>
        <source>This holds an invisible control character ({code}) after “{before}”; type the text again instead of pasting it.</source>
        <translation>Isian ini memuat karakter kendali tak terlihat ({code}) setelah “{before}”; ketik ulang teksnya, jangan ditempel.</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <source>Theme {number} has no name.</source>
        <translation>Tema ke-{number} belum bernama.</translation>
    </message>
    <message>
        <source>Theme {number}: {reason}</source>
        <translation>Tema {number}: {reason}</translation>
    </message>
    <message>
        <source>“{name}” is in the list twice.</source>
        <translation>“{name}” ada dua kali dalam daftar.</translation>
    </message>
    <message>
        <source>“{name}” is the theme of events such as “{title}” ({count} in all): rename it instead, or give those events another theme first.</source>
        <translation>“{name}” menjadi tema kegiatan seperti “{title}” ({count} kegiatan): ganti namanya saja, atau beri kegiatan tersebut tema lain terlebih dahulu.</translation>
    </message>
</context>
<context>
    <name>ThemesDialog</name>
    <message>
        <source>Theme areas</source>
        <translation>Bidang tema</translation>
    </message>
    <message>
        <source>The themes events are filed under, in this order. F2 renames the selected theme.</source>
        <translation>Tema pengelompokan kegiatan, dalam urutan ini. F2 mengganti nama tema yang dipilih.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Pindah ke &amp;atas</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Pindah ke &amp;bawah</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message numerus="yes">
        <source>Used by %n event(s)</source>
        <translation>
            <numerusform>Dipakai oleh %n kegiatan</numerusform>
        </translation>
    </message>
    <message>
        <source>New theme</source>
        <translation>Tema baru</translation>
    </message>
    <message>
        <source>Discard the changes to the list?</source>
        <translation>Buang perubahan pada daftar?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>The source and the target are the same database ({target}).</source>
        <translation>Sumber dan tujuan adalah basis data yang sama ({target}).</translation>
    </message>
    <message>
        <source>There is no database at {source}.</source>
        <translation>Tidak ada basis data di {source}.</translation>
    </message>
    <message>
        <source>{target} already exists; a transfer writes a new file. Choose another name; nothing was changed.</source>
        <translation>{target} sudah ada; pemindahan data menulis berkas baru. Pilih nama lain; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Copying table {table} to {target} failed ({detail}); nothing was changed there.</source>
        <translation>Menyalin tabel {table} ke {target} gagal ({detail}); tidak ada yang diubah di sana.</translation>
    </message>
    <message>
        <source>Table {table} did not copy whole to {target} ({read} rows read, {found} there); nothing was changed there.</source>
        <translation>Tabel {table} tidak tersalin utuh ke {target} ({read} baris dibaca, {found} ada di sana); tidak ada yang diubah di sana.</translation>
    </message>
    <message>
        <source>Table {table} reads back differently from {target} than it was read from the source (a value the target keeps otherwise); nothing was changed there.</source>
        <translation>Tabel {table} terbaca lain di {target} daripada di sumbernya (ada nilai yang disimpan berbeda oleh tujuan); tidak ada yang diubah di sana.</translation>
    </message>
    <message>
        <source>{target} already holds data (table {table} has rows); a transfer fills only an empty database. Nothing was changed.</source>
        <translation>{target} sudah berisi data (tabel {table} ada isinya); pemindahan data hanya mengisi basis data yang kosong. Tidak ada yang diubah.</translation>
    </message>
</context>
<context>
    <name>TransferTexts</name>
    <message numerus="yes">
        <source>%1: %n row(s), verified</source>
        <translation>
            <numerusform>%1: %n baris, terverifikasi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Buat administrator</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Pengguna baru</translation>
    </message>
    <message>
        <source>&amp;Login name:</source>
        <translation>&amp;Nama pengguna:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Nama &amp;lengkap:</translation>
    </message>
    <message>
        <source>&amp;NIP (optional):</source>
        <translation>N&amp;IP (boleh kosong):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Password &amp;again:</source>
        <translation>&amp;Ulangi kata sandi:</translation>
    </message>
    <message>
        <source>Nobody can log in yet. Create the administrator: the user who sets SiBina up and adds the others. Keep the password safe.</source>
        <translation>Belum ada yang dapat masuk. Buat administrator: pengguna yang mengatur SiBina dan menambahkan pengguna lain. Simpan kata sandinya baik-baik.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Buat</translation>
    </message>
    <message>
        <source>The two passwords differ: type them again.</source>
        <translation>Kedua kata sandi berbeda: ketik ulang.</translation>
    </message>
</context>
<context>
    <name>UserMenu</name>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Pengguna…</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Ganti &amp;kata sandi saya…</translation>
    </message>
    <message>
        <source>&amp;Log out</source>
        <translation>Ke&amp;luar akun</translation>
    </message>
    <message>
        <source>Logged in: %1 (%2)</source>
        <translation>Masuk sebagai: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>The login name or the password is wrong.</source>
        <translation>Nama pengguna atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Type a login name.</source>
        <translation>Ketik nama pengguna.</translation>
    </message>
    <message>
        <source>A login name is one word of letters, digits, dots, dashes or underscores, at most {limit} characters.</source>
        <translation>Nama pengguna berupa satu kata dari huruf, angka, titik, tanda hubung atau garis bawah, paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>There is already a user called {login}.</source>
        <translation>Sudah ada pengguna bernama {login}.</translation>
    </message>
    <message>
        <source>Type the user&apos;s full name.</source>
        <translation>Ketik nama lengkap pengguna.</translation>
    </message>
    <message>
        <source>Choose one of the roles.</source>
        <translation>Pilih salah satu peran.</translation>
    </message>
    <message>
        <source>This account is locked after {count} wrong passwords, until {until}. Try again then, or ask an administrator to unlock it.</source>
        <translation>Akun ini terkunci setelah {count} kali salah kata sandi, sampai pukul {until}. Coba lagi nanti, atau minta administrator membukanya.</translation>
    </message>
    <message>
        <source>The present password is wrong.</source>
        <translation>Kata sandi sekarang salah.</translation>
    </message>
    <message>
        <source>{login} is the last active administrator: without one nobody could change settings or users. Make another user administrator first.</source>
        <translation>{login} adalah administrator aktif terakhir: tanpa administrator tidak ada yang dapat mengubah pengaturan atau pengguna. Jadikan pengguna lain administrator terlebih dahulu.</translation>
    </message>
    <message>
        <source>Create an administrator first: the login needs one.</source>
        <translation>Buat administrator terlebih dahulu: wajib masuk memerlukannya.</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters.</source>
        <translation>Kata sandi paling sedikit {minimum} karakter.</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Keadaan</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>&amp;Peran:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Ganti peran</translation>
    </message>
    <message>
        <source>&amp;New password…</source>
        <translation>Kata sandi &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Nonaktifkan…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Nonaktif</translation>
    </message>
    <message>
        <source>Locked until %1</source>
        <translation>Terkunci sampai %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Aktifkan kembali</translation>
    </message>
    <message>
        <source>Deactivate %1? They can no longer log in; what they recorded keeps their name.</source>
        <translation>Nonaktifkan %1? Pengguna ini tidak dapat masuk lagi; yang pernah dicatatnya tetap atas namanya.</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
</context>
<context>
    <name>Verification</name>
    <message>
        <source>Scan the QR code or type the certificate number.</source>
        <translation>Pindai kode QR atau ketik nomor sertifikat.</translation>
    </message>
    <message>
        <source>The QR code&apos;s signature does not hold: it was altered, or it was not made by this office nor by an office whose key was imported. Do not accept this certificate.</source>
        <translation>Tanda tangan digital pada kode QR tidak cocok: isinya telah diubah, atau tidak dibuat oleh kantor ini maupun kantor yang kuncinya telah diimpor. Jangan terima sertifikat ini.</translation>
    </message>
    <message>
        <source>Signed with key {key}, which {office} reported as leaked from {date}: anyone may have signed this since. Do not accept this certificate.</source>
        <translation>Ditandatangani dengan kunci {key}, yang dilaporkan {office} bocor sejak {date}: siapa pun mungkin telah menandatanganinya sejak itu. Jangan terima sertifikat ini.</translation>
    </message>
    <message>
        <source>this office</source>
        <translation>kantor ini</translation>
    </message>
    <message>
        <source>Signed by {office}, whose key was imported. Whether it was revoked since is known only to that office.</source>
        <translation>Ditandatangani oleh {office}, yang kuncinya telah diimpor. Apakah sertifikat ini kemudian dicabut hanya diketahui kantor tersebut.</translation>
    </message>
    <message>
        <source>Signed with this office&apos;s key, but this office never registered it. Do not accept this certificate until the office confirms in writing that it issued number {number}.</source>
        <translation>Ditandatangani dengan kunci kantor ini, tetapi kantor ini tidak pernah mencatatnya di register. Jangan terima sertifikat ini sebelum kantor menyatakan secara tertulis bahwa nomor {number} memang diterbitkannya.</translation>
    </message>
    <message>
        <source>Signed by this office, but the register holds other details for number {number}: {name}, {event}. Ask the office which paper is in force.</source>
        <translation>Ditandatangani oleh kantor ini, tetapi register mencatat rincian lain untuk nomor {number}: {name}, {event}. Tanyakan ke kantor sertifikat mana yang berlaku.</translation>
    </message>
    <message>
        <source>Revoked on {date}: {reason}</source>
        <translation>Dicabut pada {date}: {reason}</translation>
    </message>
    <message>
        <source>Genuine: signed by this office and in its register. Compare the details with the paper.</source>
        <translation>Asli: ditandatangani oleh kantor ini dan tercatat di daftarnya. Cocokkan rinciannya dengan kertas sertifikat.</translation>
    </message>
    <message>
        <source>No certificate numbered {number} was issued by this office.</source>
        <translation>Kantor ini tidak pernah menerbitkan sertifikat bernomor {number}.</translation>
    </message>
    <message>
        <source>In the register. A number alone can be copied: compare every detail with the paper, or scan its QR code.</source>
        <translation>Tercatat di daftar. Nomor saja dapat ditiru: cocokkan setiap rincian dengan kertasnya, atau pindai kode QR-nya.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a certificate</source>
        <translation>Verifikasi sertifikat</translation>
    </message>
    <message>
        <source>Scan the QR code on the certificate with the barcode scanner, or type the certificate&apos;s number, then press Enter.</source>
        <translation>Pindai kode QR pada sertifikat dengan pemindai barcode, atau ketik nomor sertifikatnya, lalu tekan Enter.</translation>
    </message>
    <message>
        <source>QR code or certificate number</source>
        <translation>Kode QR atau nomor sertifikat</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
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
        <source>Event</source>
        <translation>Kegiatan</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Issued on</source>
        <translation>Tanggal terbit</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Diterbitkan oleh</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
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
    <message>
        <source>VALID</source>
        <translation>SAH</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>DICABUT</translation>
    </message>
    <message>
        <source>UNKNOWN</source>
        <translation>TIDAK DIKENAL</translation>
    </message>
    <message>
        <source>FORGED</source>
        <translation>PALSU</translation>
    </message>
    <message>
        <source>NOT VALID</source>
        <translation>TIDAK SAH</translation>
    </message>
    <message>
        <source>National Library (Perpusnas)</source>
        <translation>Perpustakaan Nasional (Perpusnas)</translation>
    </message>
    <message>
        <source>Provincial library</source>
        <translation>Perpustakaan provinsi</translation>
    </message>
    <message>
        <source>City or regency library</source>
        <translation>Perpustakaan kabupaten/kota</translation>
    </message>
    <message>
        <source>Association (IPI …)</source>
        <translation>Asosiasi profesi (IPI …)</translation>
    </message>
    <message>
        <source>University</source>
        <translation>Perguruan tinggi</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Komunitas</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Penerbit</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>MoU (memorandum of understanding)</source>
        <translation>MoU (nota kesepahaman)</translation>
    </message>
    <message>
        <source>PKS (cooperation agreement)</source>
        <translation>PKS (perjanjian kerja sama)</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Diterapkan</translation>
    </message>
    <message>
        <source>Partly applied</source>
        <translation>Sebagian diterapkan</translation>
    </message>
    <message>
        <source>Not applied</source>
        <translation>Tidak diterapkan</translation>
    </message>
    <message>
        <source>The participant</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <source>The supervisor</source>
        <translation>Atasan</translation>
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
        <source>The change could not be saved: %1. Nothing was changed.</source>
        <translation>Perubahan tidak dapat disimpan: %1. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Unexpected error: %1</source>
        <translation>Kesalahan tak terduga: %1</translation>
    </message>
</context>
</TS>
