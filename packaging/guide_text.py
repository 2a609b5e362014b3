"""The words of "Panduan Pengguna SiBina", written for the office's clerks (Indonesian).

One chapter per part of the work, in the order the office meets them. A chapter about a tab
has that tab's name in ``ui.main_window.PAGES`` as its key: the key is the PDF's named
destination, so Bantuan > Panduan Pengguna (F1) opens the chapter of the tab in view.
``Shot`` names a picture made by ``packaging/guide_screens.py``.
"""

from typing import NamedTuple

TITLE = "Panduan Pengguna SiBina"
SUBTITLE = "Sistem Informasi Pembinaan Pustakawan"


class Shot(NamedTuple):
    name: str
    caption: str


class Steps(NamedTuple):
    items: tuple[str, ...]


class Note(NamedTuple):
    text: str


class Chapter(NamedTuple):
    key: str
    title: str
    blocks: tuple


INTRODUCTION = (
    "SiBina mencatat pembinaan pustakawan kantor: data pegawai dan pihak luar, kegiatan "
    "(pelatihan, bimtek, seminar, lokakarya), daftar hadir per sesi, evaluasi, sertifikat, "
    "serta rekap dan laporan. SiBina bekerja tanpa internet pada satu PC kantor.",
    "Alur kerja kantor dari awal sampai laporan tahunan:",
    Steps((
        "Isi pengaturan kantor sekali saja: nama, kop, kepala, pola nomor sertifikat "
        "(Bab 1).",
        "Masukkan data pegawai dari SIMPEG (Bab 2).",
        "Buat kegiatan, susun jadwal, daftarkan peserta (Bab 3).",
        "Catat kehadiran setiap sesi: daftar hadir kertas atau presensi QR (Bab 4).",
        "Kumpulkan evaluasi dan lihat hasilnya (Bab 5).",
        "Terbitkan sertifikat bagi yang memenuhi syarat (Bab 6).",
        "Cetak rekap JP dan laporan tahunan (Bab 7).",
        "Catat mitra jejaring dan peluang pelatihan dari luar, lalu kirim pegawai (Bab 9).",
        "Buat cadangan ke flashdisk setiap minggu (Bab 10).",
    )),
    "Setiap tab punya tombol pintas: Ctrl+1 Beranda, Ctrl+2 Pegawai, Ctrl+3 Kegiatan, "
    "Ctrl+4 Kehadiran, Ctrl+5 Evaluasi, Ctrl+6 Sertifikat, Ctrl+7 Laporan, "
    "Ctrl+8 Kompetensi, Ctrl+9 Jejaring. "
    "Tekan F1 di tab mana pun untuk membuka panduan ini pada bab tab tersebut.",
)

CHAPTERS = (
    Chapter("setup", "Persiapan awal", (
        "Sebelum mencetak apa pun, isi data kantor. Semua cetakan (daftar hadir, sertifikat, "
        "laporan) mengambil kop dan tanda tangan dari sini, jadi cukup diisi sekali.",
        "Pada basis data yang masih kosong, SiBina membuka Persiapan awal SiBina dengan "
        "sendirinya: kop (pemerintah daerah, nama kantor, alamat, telepon, laman, pos-el, "
        "logo), kepala kantor (nama bergelar, pangkat, jabatan, NIP, tanda tangan), kode "
        "kantor dan pola nomor sertifikat dengan contohnya, serta target JP. Sesudah Simpan "
        "dan mulai, pilih Impor pegawai dari berkas SIMPEG, Tambah pegawai satu per satu, "
        "atau Lihat demo dahulu. Semua isian itu dapat diubah kemudian di Pengaturan:",
        Steps((
            "Buka menu Berkas > Pengaturan… (Ctrl+,).",
            "Tab Kantor: isi baris pemerintah daerah, Nama kantor, Kode singkat kantor "
            "(dipakai dalam nomor sertifikat), Alamat, Telepon, Laman, Pos-el dan Kota. "
            "Bersama Logo, isian ini membentuk kop surat.",
            "Pilih Logo (berkas PNG atau JPEG). Logo disimpan di dalam basis data, jadi ikut "
            "terbawa dalam cadangan.",
            "Isi Kepala kantor, Pangkat/golongan, Jabatan kepala dan NIP kepala, lalu pilih "
            "gambar Tanda tangan "
            "kepala bila sertifikat dicetak dengan tanda tangan hasil pindaian.",
            "Tab Ketentuan: periksa target JP per tahun dan siapa yang terikat (PNS, PPPK, "
            "Non-ASN), jenis kegiatan yang JP-nya dihitung, batas terlambat presensi, "
            "kehadiran minimal untuk sertifikat, apakah evaluasi wajib diisi, dan pola "
            "nomor sertifikat.",
            "Tekan Simpan.",
        )),
        Shot("pengaturan", "Berkas > Pengaturan: tab Kantor berisi kop dan kepala kantor."),
        Shot("pengaturan-ketentuan", "Tab Ketentuan: target JP, presensi, sertifikat."),
        "Pola nomor sertifikat tersusun dari bagian-bagian dalam kurung kurawal: {seq:03d} "
        "nomor urut tiga digit (mulai lagi dari 1 setiap tahun), {office} kode singkat "
        "kantor, {month_roman} bulan dalam angka romawi, {month} bulan dalam angka, {year} "
        "tahun. Pola bawaan {seq:03d}/SERT/{office}/{month_roman}/{year} menghasilkan "
        "misalnya 102/SERT/DISPUSIP-TPI/IX/2026. Nomor yang sudah terbit tidak ikut berubah "
        "bila pola diubah kemudian.",
        Note("Isian yang keliru ditandai dengan alasannya di bawah isian dan tidak disimpan. "
             "Perbaiki lalu tekan Simpan lagi."),
        "Bidang tema (menu Berkas > Bidang tema…) mengelompokkan kegiatan, misalnya "
        "Pengelolaan Koleksi atau Literasi Informasi; daftar bawaan bisa ditambah.",
    )),
    Chapter("staff_page", "Pegawai", (
        "Tab Pegawai (Ctrl+2) memuat semua pegawai dan pihak luar (narasumber, tamu). Ketik "
        "di kotak cari (Ctrl+F) untuk mencari nama, NIP, unit kerja atau jabatan; hasil "
        "langsung tampil. Pilih satu orang untuk melihat kegiatan yang diikutinya dan JP-nya "
        "per tahun.",
        Shot("pegawai", "Tab Pegawai: pegawai internal yang aktif, dengan kegiatan dan JP "
                        "orang yang dipilih."),
        "Tambah orang (Ctrl+N) membuka formulir dengan kursor di NIP. Gelar yang diketik "
        "bersama nama dipisahkan sendiri, dan jenis kelamin mengikuti digit NIP. Centang "
        "Pihak luar untuk narasumber atau tamu dari instansi lain.",
        Shot("pegawai-ubah", "Formulir data seorang pegawai."),
        "Impor dari SIMPEG. Data pegawai dari bagian kepegawaian (berkas Excel atau CSV) "
        "dimasukkan sekaligus:",
        Steps((
            "Tekan Impor… lalu pilih berkas dari SIMPEG.",
            "SiBina menampilkan pratinjau: setiap baris bertanda baru, pembaruan (kolom "
            "Perubahan menyebut isian lama dan barunya), tidak berubah, atau ditolak beserta "
            "alasannya.",
            "Baris yang ditolak dapat disimpan (Simpan baris yang ditolak…) untuk diperbaiki "
            "di Excel, lalu diimpor lagi.",
            "Tekan Impor untuk menyimpan baris yang baik.",
        )),
        Shot("pegawai-impor", "Pratinjau impor: satu baris baru, satu pembaruan, satu "
                              "ditolak karena NIP tersimpan sebagai angka."),
        Note("Format kolom NIP sebagai Teks di Excel. NIP 18 digit yang tersimpan sebagai "
             "angka sudah kehilangan digit terakhirnya, dan baris itu ditolak."),
        "Baris yang akan mengurangi data (gelar lebih sedikit, isian lebih pendek) tidak "
        "diterapkan kecuali kotaknya dicentang. Ekspor… menyimpan daftar pegawai ke Excel "
        "atau CSV.",
    )),
    Chapter("events_page", "Kegiatan", (
        "Tab Kegiatan (Ctrl+3) mendaftar semua kegiatan: yang sedang dan akan berjalan di "
        "atas, lalu yang sudah lewat. Saring menurut tahun, jenis, tema dan status.",
        Shot("kegiatan", "Tab Kegiatan."),
        Steps((
            "Kegiatan baru (Ctrl+N): isi judul, jenis, tema, penyelenggara, moda, tempat, "
            "tanggal dan kapasitas. Bila penyelenggaranya instansi lain, isi namanya: "
            "sertifikatnya diterbitkan instansi itu.",
            "Jadwal… (Ctrl+J): tambahkan sesi dengan tanggal, jam, materi, ruang, narasumber "
            "dan moderator. JP diusulkan dari lamanya sesi (45 menit satu JP) dan boleh "
            "diubah. Narasumber yang belum ada bisa ditambahkan langsung.",
            "Peserta… (Ctrl+P): tambahkan pegawai menurut unit atau jabatan, pilih satu per "
            "satu, atau pilih yang JP-nya tahun ini masih di bawah target.",
        )),
        Shot("kegiatan-jadwal", "Jadwal kegiatan: sesi, narasumber dan JP."),
        Shot("kegiatan-peserta", "Peserta kegiatan dan perannya."),
        "JP kegiatan adalah jumlah JP sesinya. Sesi di luar tanggal kegiatan atau yang "
        "bertabrakan di ruang yang sama ditolak dengan alasannya.",
    )),
    Chapter("attendance_page", "Presensi", (
        "Kehadiran dicatat per sesi di tab Kehadiran (Ctrl+4). Pilih kegiatan dan sesi; "
        "kisi menampilkan peserta terhadap sesi, dengan persentase hadir dan JP yang diikuti.",
        Shot("presensi", "Tab Kehadiran: H hadir, T terlambat, I izin, S sakit, A alpa."),
        "Daftar hadir kertas. Cetak Daftar hadir (Ctrl+P) sebelum sesi, edarkan untuk "
        "ditandatangani, lalu salin ke kisi dengan papan ketik: H, T, I, S atau A mengisi "
        "status dan turun ke baris berikutnya. Ctrl+Z membatalkan perubahan terakhir.",
        "Presensi QR. Cetak Tanda pengenal (Ctrl+Shift+P): setiap tanda pengenal memuat kode "
        "QR peserta. Di pintu, buka Presensi (Ctrl+K) dan pindai kode dengan pemindai "
        "barcode USB, atau ketik NIP. Nama peserta tampil besar; yang datang setelah batas "
        "waktu dicatat Terlambat.",
        Shot("presensi-qr", "Jendela Presensi di pintu masuk."),
        "Pindaian. Lembar daftar hadir yang sudah ditandatangani dipindai (PDF atau gambar) "
        "dan dilampirkan lewat Lembar pindaian (Ctrl+L). Pindaian tersimpan di dalam basis "
        "data dan ikut dalam cadangan.",
        Note("Sesi yang belum berlangsung berwarna abu-abu dan tidak dihitung hadir maupun "
             "tidak hadir."),
    )),
    Chapter("evaluations_page", "Evaluasi", (
        "Tab Evaluasi (Ctrl+5) memuat lima panel untuk kegiatan yang dipilih.",
        "Formulir. Lampirkan formulir yang dibagikan: Evaluasi Penyelenggaraan dan Evaluasi "
        "Narasumber sudah tersedia. Cetak formulir kosong… mencetak satu set per peserta "
        "(nama dan NIP tercetak) atau tanpa nama.",
        Shot("evaluasi-formulir", "Panel Formulir."),
        "Respons. Formulir kertas yang kembali dimasukkan lewat Masukkan formulir kertas…. "
        "Tanggapan dari formulir daring diambil dengan Impor CSV…: SiBina menebak kolom mana "
        "berisi apa, menampilkan pratinjau, dan tidak memasukkan tanggapan yang sama dua kali.",
        Shot("evaluasi-respons", "Panel Respons."),
        "Pre-test/post-test dan Tindak lanjut mencatat nilai peserta dan perubahan di tempat "
        "kerja beberapa bulan kemudian.",
        "Hasil. Rata-rata setiap pertanyaan, kategori (Baik, Sangat Baik), nilai narasumber "
        "dan komentar. Simpan laporan sebagai PDF… mencetak laporan evaluasi.",
        Shot("evaluasi-hasil", "Panel Hasil."),
    )),
    Chapter("certificates_page", "Sertifikat", (
        "Tab Sertifikat (Ctrl+6) menampilkan peserta kegiatan dan apakah mereka memenuhi "
        "syarat (kehadiran minimal, dan evaluasi bila diwajibkan). Yang tidak memenuhi "
        "syarat berwarna merah dengan alasannya; centang untuk tetap menyertakan, dengan "
        "alasan.",
        Shot("sertifikat", "Tab Sertifikat: siapa yang memenuhi syarat dan nomornya."),
        Steps((
            "Pilih Tata letak, penanda tangan dan tanggal.",
            "Terbitkan, pratinjau dan cetak… memberi nomor sesuai pola dan membuka "
            "pratinjau untuk dicetak; atau simpan sebagai satu PDF atau satu berkas per "
            "orang.",
            "Sertifikat yang terbit tercatat di Register.",
        )),
        "Verifikasi. Setiap sertifikat memuat kode QR bertanda tangan digital. Verifikasi… "
        "membaca kode itu dengan pemindai (atau nomor sertifikat yang diketik) dan menyatakan "
        "SAH, TIDAK SAH, DICABUT, PALSU atau TIDAK DIKENAL.",
        Shot("sertifikat-verifikasi", "Verifikasi sertifikat."),
        "Kunci tanda tangan. Kode QR ditandatangani dengan kunci privat kantor. Kunci itu "
        "tersimpan di PC ini saja, bukan di basis data: cadangan tidak membawanya, sehingga "
        "orang yang menyalin cadangan tidak dapat membuat sertifikat palsu.",
        Shot("sertifikat-kunci", "Sertifikat > Kunci tanda tangan."),
        Note("Pindah PC: di PC lama buka Kunci tanda tangan > Ekspor berkas kunci… dan beri "
             "frasa sandi (minimal 10 karakter, simpan baik-baik: tanpa frasa sandi berkas "
             "tidak berguna). Di PC baru, pulihkan cadangan lalu Impor berkas kunci…. "
             "Sebelum itu PC baru dapat memverifikasi, tetapi tidak dapat menerbitkan."),
        "Bila kunci mungkin bocor, buat Kunci baru… lalu Tandai bocor… sejak tanggalnya; "
        "sertifikat yang ditandatangani sejak tanggal itu dinyatakan palsu.",
    )),
    Chapter("reports_page", "Laporan", (
        "Tab Laporan (Ctrl+7) mencetak rekap dan laporan. Pilih jenisnya di kiri, isi "
        "pilihannya (kegiatan, tahun, orang, unit), lalu Pratinjau… atau simpan sebagai PDF, "
        "Excel atau (untuk daftar) CSV.",
        Shot("laporan", "Tab Laporan: laporan tahunan."),
        "Rekap JP menunjukkan JP setiap pegawai dalam setahun terhadap target (20 JP bawaan). "
        "Tahun yang sedang berjalan ditandai Berjalan bagi yang belum mencapai target.",
        "Laporan tahunan (pilih Tahun) merangkum kegiatan setahun per jenis dan tema, "
        "peserta, JP yang diselenggarakan, pegawai yang mencapai target, rata-rata evaluasi "
        "dan statistik layanan, dengan grafik. Cetak setelah tahunnya berakhir: tahun "
        "berjalan belum dinilai.",
        "Laporan pelaksanaan kegiatan memuat kesimpulan dan saran yang diketik langsung di "
        "tab ini; ketikan tersimpan sendiri. Laporan lain: Rekap kehadiran, Riwayat "
        "pengembangan kompetensi seorang pegawai, Penilaian narasumber, Register sertifikat.",
        Note("Berkas yang disimpan ke flashdisk dibaca ulang untuk memastikan tersalin utuh."),
    )),
    Chapter("home_page", "Beranda", (
        "Tab Beranda (Ctrl+1) terbuka lebih dulu dan menampilkan pekerjaan hari ini: sesi "
        "hari ini dengan tombol Presensi, kegiatan berikutnya, pegawai yang JP-nya masih di "
        "bawah target tahun ini beserta sisa hari dalam tahun, sertifikat yang perlu "
        "diterbitkan, evaluasi dan tindak lanjut yang jatuh tempo, keadaan cadangan, serta "
        "peluang pelatihan yang pendaftarannya segera ditutup.",
        "Setiap baris punya tombol yang membuka tempat pekerjaannya: Presensi membuka jendela "
        "presensi sesi itu, Buka membawa ke tab Pegawai, Kegiatan, Evaluasi, Sertifikat atau "
        "Jejaring pada orang, kegiatan atau peluang tersebut. Isinya dihitung ulang setiap "
        "kali tab dibuka.",
    )),
    Chapter("competency_page", "Kompetensi", (
        "Tab Kompetensi (Ctrl+8) memetakan pegawai terhadap tema pengembangan: untuk setiap "
        "pegawai aktif, JP tiap tema selama beberapa tahun terakhir (Pengaturan > Ketentuan, "
        "bawaan 3 tahun), dihitung dengan aturan JP yang sama dengan rekap JP: sesi yang "
        "dihadiri dan sertifikat dari luar. Saring dengan unit kerja dan jenjang jabatan "
        "fungsional; angka 0 yang ditebalkan berarti belum ada JP pada tema itu.",
        Shot("kompetensi", "Tab Kompetensi: peta JP per tema dan daftar kebutuhan pelatihan."),
        "Di bawah peta, Kebutuhan pelatihan menampilkan pegawai yang belum mendapat JP pada "
        "tema terpilih (atau kurang dari jumlah JP yang diisi).",
        Steps((
            "Pilih temanya, lalu pilih pegawai di daftar kebutuhan.",
            "Tambahkan ke kegiatan…, pilih kegiatan yang direncanakan atau berjalan.",
            "SiBina mendaftarkan mereka sebagai peserta; yang sudah terdaftar dilewati dan "
            "disebutkan jumlahnya.",
        )),
        "Rencana pengembangan kompetensi tahunan dan daftar kebutuhan pelatihan dicetak dari "
        "tab Laporan, sebagai PDF, Excel atau CSV.",
    )),
    Chapter("network_page", "Jejaring dan peluang pelatihan", (
        "Tab Jejaring (Ctrl+9) menyimpan organisasi mitra kantor: Perpusnas, perpustakaan "
        "provinsi dan kabupaten/kota, IPI dan asosiasi lain, perguruan tinggi, komunitas, "
        "penerbit, sponsor. Cari dengan nama atau wilayah, saring dengan jenisnya, lalu Buka "
        "untuk melihat rinciannya.",
        "Kontak organisasi adalah pihak luar yang sudah ada di SiBina (narasumber, tamu): "
        "pilih orangnya lalu Tautkan. Instansi orang itu mengikuti nama organisasi, sehingga "
        "sertifikat dan surat mencetak nama yang sama. Kerja sama (MoU/PKS) dicatat dengan "
        "nomor, tanggal tanda tangan, masa berlaku dan pindaian dokumennya. Kegiatan "
        "bersama menampilkan kegiatan yang diselenggarakannya dan kegiatan tempat kontaknya "
        "menjadi narasumber. Ekspor… menyimpan direktori sebagai berkas Excel.",
        Shot("jejaring", "Tab Jejaring: peluang pelatihan, yang segera ditutup ditandai."),
        "Peluang pelatihan mencatat tawaran dari luar: penyelenggara, tema, tanggal, moda, "
        "biaya, batas pendaftaran dan JP. Yang batas pendaftarannya tinggal 7 hari atau "
        "kurang ditandai segera ditutup dan tampil juga di Beranda.",
        Steps((
            "Pilih peluangnya lalu Kirim pegawai… (Ctrl+Shift+S).",
            "Ketik nama pegawai, Tambah, ulangi untuk yang lain, lalu Kirim.",
            "SiBina membuat kegiatan luar dari peluang itu dan mendaftarkan pegawai sebagai "
            "peserta; pengiriman berikutnya menambah peserta pada kegiatan yang sama.",
            "Setelah pelatihan, catat kehadiran di tab Kehadiran atau sertifikat dari "
            "penyelenggara di tab Sertifikat: JP pegawai terhitung sekali.",
        )),
    )),
    Chapter("backup", "Cadangan dan pemulihan", (
        "Semua data, termasuk logo, tanda tangan dan pindaian, ada dalam satu berkas basis "
        "data. Cadangkan berkas itu ke flashdisk setidaknya seminggu sekali; baris status "
        "mengingatkan bila cadangan terakhir ke flashdisk sudah lebih dari seminggu.",
        Shot("cadangan", "Menu Berkas: Cadangkan dan Pulihkan cadangan."),
        Steps((
            "Pasang flashdisk, lalu Berkas > Cadangkan… (Ctrl+B).",
            "Pilih flashdisk (tercantum paling atas dengan sisa ruangnya) dan tekan Simpan "
            "di sini.",
            "SiBina menulis SiBina-cadangan-tanggal-jam.sqlite, membacanya ulang, lalu "
            "memberi tahu bahwa flashdisk aman dicabut.",
        )),
        "Pemulihan: Berkas > Pulihkan cadangan… lalu pilih berkas cadangan. SiBina memeriksa "
        "berkas itu dulu; data saat ini disimpan sebagai cadangan sebelum-pulih, lalu "
        "jendela dibuka kembali dengan data cadangan.",
        Note("Cadangan tidak memuat kunci tanda tangan. Untuk pindah PC, ekspor juga berkas "
             "kunci (lihat Bab 6)."),
        "Setiap kali SiBina ditutup, cadangan otomatis dibuat di samping basis data (paling "
        "banyak satu sehari). Cadangan itu tidak menggantikan flashdisk: bila PC rusak, "
        "cadangan di PC ikut hilang.",
    )),
)


def shot_names() -> list[str]:
    """Every picture the guide shows, in order."""
    blocks = [*INTRODUCTION] + [b for chapter in CHAPTERS for b in chapter.blocks]
    return [block.name for block in blocks if isinstance(block, Shot)]
