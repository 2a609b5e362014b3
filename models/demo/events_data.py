"""The events behind the demo database: a year and a half of the office's trainings.

Each row is turned into an event, its sessions and its registrations by
:mod:`models.demo.events`. ``offset`` is the start in days from ``today`` (moved back to a
Monday when the event would otherwise run into a weekend); ``theme`` indexes
``demo_data.THEMES``; one session is made per topic, filling the day's slots in order.
"""

from typing import NamedTuple

from models.demo.staff_data import PERPUSNAS

PROV_DISPUSIP = "Dinas Perpustakaan dan Kearsipan Provinsi Kepulauan Riau"
IPI_KEPRI = "Ikatan Pustakawan Indonesia Kepulauan Riau"

AULA = "Aula Perpustakaan Kota Tanjungpinang, Jl. Pramuka No. 12, Tanjungpinang"
ONLINE = "Zoom Meeting"

# The day's slots: two in the morning, two after the midday break (90 minutes = 2 JP each).
SLOTS = [((8, 0), (9, 30)), ((9, 45), (11, 15)), ((13, 0), (14, 30)), ((14, 45), (16, 15))]


class DemoEvent(NamedTuple):
    title: str
    kind: str  # vocab.EVENT_KINDS
    theme: int  # index into THEMES
    mode: str  # luring / daring / hybrid
    venue: str
    room: str
    offset: int  # start, days from today
    days: int
    topics: list[str]
    speakers: str = "mix"  # "int" (staff), "ext" (guests) or "mix"
    organiser: str = ""  # an outside body; empty when the office organises it
    co_organised: bool = False  # with the outside body: the office's certificate then
    cancelled: bool = False
    running: bool = False  # starts yesterday whatever the weekday, so it runs today


EVENTS = [
    DemoEvent("Bimbingan Teknis Klasifikasi DDC Edisi 23", "bimtek", 1, "luring", AULA,
              "Ruang Pelatihan", -505, 3, [
                  "Struktur dan Prinsip DDC Edisi 23", "Tabel Pembantu dan Sintesis Notasi",
                  "Praktik Klasifikasi Karya Umum dan Agama",
                  "Praktik Klasifikasi Ilmu Sosial",
                  "Klasifikasi Koleksi Lokal Melayu dan Kepulauan Riau",
                  "Praktik Klasifikasi Sastra dan Sejarah",
                  "Penentuan Nomor Panggil dan Label Buku",
                  "Evaluasi Hasil Praktik Klasifikasi"], "mix"),
    DemoEvent("Pelatihan Digitalisasi Koleksi Lokal Melayu", "pelatihan", 2, "luring", AULA,
              "Laboratorium Komputer", -440, 4, [
                  "Kebijakan Digitalisasi Naskah dan Koleksi Lokal",
                  "Seleksi Bahan dan Penilaian Kondisi Fisik",
                  "Teknik Pemindaian dan Standar Resolusi",
                  "Praktik Pemindaian Naskah Melayu",
                  "Metadata Dublin Core untuk Koleksi Digital",
                  "Alih Aksara Jawi ke Latin", "Pengunggahan ke Repositori Digital",
                  "Hak Cipta dan Akses Terbuka", "Praktik Pengelolaan Repositori",
                  "Penyusunan Rencana Tindak Lanjut"], "mix"),
    DemoEvent("Seminar Literasi Informasi di Era Digital", "seminar", 5, "hybrid",
              "Aula Kantor Wali Kota Tanjungpinang, Senggarang", "Aula Utama", -380, 1, [
                  "Literasi Informasi sebagai Kecakapan Hidup",
                  "Melawan Hoaks: Peran Pustakawan di Tengah Banjir Informasi",
                  "Literasi Digital untuk Pelajar dan Masyarakat"], "ext"),
    DemoEvent("Workshop Pemasaran Perpustakaan melalui Media Sosial", "workshop", 3, "luring",
              AULA, "Ruang Sidang", -320, 2, [
                  "Merancang Strategi Konten Perpustakaan",
                  "Fotografi dan Video Pendek dengan Ponsel",
                  "Mengelola Instagram dan Facebook Perpustakaan",
                  "Praktik Membuat Kalender Konten",
                  "Mengukur Jangkauan dan Keterlibatan Pengikut",
                  "Presentasi Rencana Kampanye"], "ext"),
    DemoEvent("Klub Buku Gurindam Dua Belas", "klub_buku", 4, "luring",
              "Pojok Baca Perpustakaan Kota Tanjungpinang", "Pojok Baca", -280, 1, [
                  "Membaca Bersama Gurindam Dua Belas Karya Raja Ali Haji",
                  "Diskusi: Nilai Gurindam dalam Kehidupan Hari Ini"], "int"),
    DemoEvent("Studi Banding ke Dinas Perpustakaan Provinsi Kepulauan Riau", "studi_banding",
              6, "luring", "Dinas Perpustakaan Provinsi Kepulauan Riau, Pulau Dompak, "
              "Tanjungpinang", "Ruang Rapat", -240, 1, [
                  "Paparan Layanan dan Program Unggulan",
                  "Kunjungan Ruang Layanan dan Depo Koleksi",
                  "Diskusi Kerja Sama Jejaring Perpustakaan"], "ext"),
    DemoEvent("Webinar Nasional Transformasi Perpustakaan Berbasis Inklusi Sosial", "webinar",
              4, "daring", ONLINE, "", -200, 1, [
                  "Kebijakan Transformasi Perpustakaan Berbasis Inklusi Sosial",
                  "Praktik Baik Perpustakaan Daerah"], "ext", PERPUSNAS),
    DemoEvent("Sosialisasi Kebijakan Pengembangan Koleksi dan Serah Simpan Karya", "sosialisasi",
              0, "luring", AULA, "Ruang Sidang", -160, 1, [
                  "Kebijakan Pengembangan Koleksi Perpustakaan Kota",
                  "Serah Simpan Karya Cetak dan Karya Rekam Daerah"], "int"),
    DemoEvent("Kelas Literasi Informasi bagi Pelajar SMA se-Kota Tanjungpinang",
              "literasi_informasi", 5, "luring", AULA, "Aula Utama", -130, 2, [
                  "Mencari Informasi dengan Katalog Daring dan Mesin Pencari",
                  "Menilai Sumber: Fakta, Opini dan Hoaks",
                  "Mengutip dan Menghindari Plagiarisme",
                  "Praktik Menyusun Makalah Sederhana"], "mix"),
    DemoEvent("Kelas Keterampilan Menulis Resensi Buku", "kelas_keterampilan", 4, "luring",
              AULA, "Ruang Baca Umum", -95, 2, [
                  "Membaca Kritis dan Mencatat", "Struktur Resensi yang Menarik",
                  "Praktik Menulis Resensi", "Penyuntingan dan Publikasi di Media Sosial"],
              "mix"),
    DemoEvent("Bimbingan Teknis Pengukuran Indeks Pembangunan Literasi Masyarakat", "bimtek",
              7, "luring", "Hotel CK Tanjungpinang, Jl. Lembah Purnama", "Ruang Bintan", -60, 3, [
                  "Konsep Indeks Pembangunan Literasi Masyarakat",
                  "Tingkat Kegemaran Membaca dan Cara Mengukurnya",
                  "Pengumpulan Data Layanan Perpustakaan", "Praktik Pengisian Instrumen",
                  "Analisis Data dan Penghitungan Indeks",
                  "Menyusun Laporan Dampak Layanan", "Rencana Tindak Lanjut Daerah"],
              "ext", PROV_DISPUSIP),
    DemoEvent("Pelatihan Otomasi Perpustakaan dengan SLiMS 9 Bulian", "pelatihan", 2, "luring",
              AULA, "Laboratorium Komputer", -1, 3, [
                  "Pengenalan SLiMS dan Instalasi", "Pengaturan Sistem dan Pengguna",
                  "Entri Data Bibliografi", "Impor Data dari Katalog Induk Nasional",
                  "Modul Keanggotaan dan Sirkulasi", "Pencetakan Label dan Kartu Anggota",
                  "Laporan dan Statistik", "Pencadangan dan Pemeliharaan Data"],
              "mix", running=True),
    DemoEvent("Seminar Pustakawan Kepulauan Riau: Jejaring dan Kolaborasi Perpustakaan",
              "seminar", 6, "hybrid", "Gedung Gonggong, Tepi Laut, Tanjungpinang", "Aula Utama",
              20, 1, [
                  "Organisasi Profesi dan Pengembangan Karier Pustakawan",
                  "Kolaborasi Perpustakaan Kabupaten dan Kota",
                  "Berbagi Sumber Daya melalui Jejaring Perpustakaan"], "ext", IPI_KEPRI),
    DemoEvent("Workshop Penyusunan Instrumen Evaluasi dan Dampak Pelatihan", "workshop", 7,
              "luring", AULA, "Ruang Sidang", 35, 2, [
                  "Model Evaluasi Kirkpatrick untuk Pelatihan Pustakawan",
                  "Menyusun Angket Reaksi serta Pre-test dan Post-test",
                  "Mengukur Perubahan Perilaku Setelah Pelatihan",
                  "Menghubungkan Pelatihan dengan Statistik Layanan",
                  "Praktik Menyusun Instrumen"], "mix"),
    DemoEvent("Webinar Penyiangan Koleksi yang Tepat Sasaran", "webinar", 0, "daring", ONLINE,
              "", 50, 1, [
                  "Kebijakan dan Kriteria Penyiangan Koleksi",
                  "Praktik Penyiangan di Perpustakaan Umum"], "ext", cancelled=True),
    DemoEvent("Pelatihan Katalogisasi RDA dan MARC21", "pelatihan", 1, "hybrid",
              AULA, "Ruang Pelatihan", 75, 4, [
                  "Prinsip RDA dan Model IFLA LRM", "Deskripsi Manifestasi dan Item",
                  "Titik Akses Nama Pribadi dan Badan Korporasi",
                  "Struktur Cantuman MARC21 Bibliografis",
                  "Praktik Katalogisasi Buku Tercetak", "Praktik Katalogisasi Terbitan Berseri",
                  "Katalogisasi Koleksi Digital", "Kontrol Kualitas Cantuman",
                  "Pertukaran Data dengan Katalog Induk Nasional"], "ext", PERPUSNAS,
              co_organised=True),
]

DESCRIPTIONS = {
    "pelatihan": "Pelatihan bagi pustakawan untuk {theme}.",
    "bimtek": "Bimbingan teknis pustakawan di bidang {theme}.",
    "seminar": "Seminar yang mempertemukan pustakawan dengan ahli dan praktisi {theme}.",
    "workshop": "Lokakarya praktik {theme} dengan hasil kerja yang langsung dipakai.",
    "webinar": "Webinar daring tentang {theme}.",
    "sosialisasi": "Sosialisasi kebijakan terbaru di bidang {theme}.",
    "studi_banding": "Kunjungan untuk belajar praktik baik {theme} dari perpustakaan lain.",
    "literasi_informasi": "Program layanan literasi informasi bagi masyarakat.",
    "klub_buku": "Pertemuan klub buku: membaca dan berdiskusi bersama masyarakat.",
    "kelas_keterampilan": "Kelas keterampilan bagi pustakawan dan pemustaka.",
}
