"""The tables behind the demo database: the library's staff, its guests, themes, profile.

Names are invented but shaped like the office's real ones: Malay/Riau, Javanese, Minang,
Batak, Chinese-Indonesian and Bugis, with academic titles kept apart from the name. NIPs,
ranks, phones and e-mails are derived from these rows by :mod:`models.demo.fill`.
"""

from typing import NamedTuple

from models.events.themes import DEFAULT_THEMES

INSTITUTION = "Perpustakaan Kota Tanjungpinang"
REGION = "Tanjungpinang"

PROFILE = {
    "office_name": "Dinas Perpustakaan dan Kearsipan Kota Tanjungpinang",
    "office_code": "DISPUSIP-TPI",
    "address": "Jl. Pramuka No. 12, Kelurahan Tanjungpinang Barat, "
               "Kota Tanjungpinang, Kepulauan Riau 29111",
    "phone": "(0771) 21234",
    "website": "perpustakaan.tanjungpinangkota.go.id",
    "email": "dispusip@tanjungpinangkota.go.id",
    "city": "Tanjungpinang",
    "head_title": "Kepala Dinas Perpustakaan dan Kearsipan Kota Tanjungpinang",
    "jp_target": 20,
}

# The theme areas of the seed article, in its order, as the office writes them.
THEMES = list(DEFAULT_THEMES)

HEAD = "Pimpinan"
LAYANAN = "Bidang Layanan Perpustakaan"
OLAH = "Bidang Pengolahan Bahan Pustaka"
KOLEKSI = "Bidang Pengembangan Koleksi"
TI = "Bidang Teknologi Informasi dan Digitalisasi"
UMUM = "Subbagian Umum dan Kepegawaian"
KELILING = "Perpustakaan Keliling"
ANAK = "Layanan Anak"
UNITS = [LAYANAN, OLAH, KOLEKSI, TI, UMUM, KELILING, ANAK]

# Position → (lowest, highest) index into vocab.RANKS held in that position.
POSITION_RANKS = {
    "Kepala Dinas": (9, 10),
    "Kepala Bidang Layanan": (7, 9),
    "Kepala Bidang Pengembangan Koleksi": (7, 9),
    "Kepala Bidang Teknologi Informasi dan Digitalisasi": (7, 8),
    "Kepala Subbagian Umum": (6, 7),
    "Pustakawan Ahli Madya": (8, 10),
    "Pustakawan Ahli Muda": (6, 7),
    "Pustakawan Ahli Pertama": (4, 5),
    "Pustakawan Penyelia": (6, 7),
    "Pustakawan Mahir": (4, 5),
    "Pustakawan Terampil": (1, 3),
    "Arsiparis": (4, 6),
    "Pranata Komputer": (4, 6),
    "Pengelola Layanan Perpustakaan": (2, 5),
    "Pengadministrasi Umum": (0, 3),
}
POSITIONS = list(POSITION_RANKS)


class Staff(NamedTuple):
    front: str
    name: str
    back: str
    gender: str  # "M" / "F"
    employment: str  # PNS / PPPK / NON_ASN
    position: str
    unit: str
    retired: int = 0  # retired this many years before today; 0 = still working


M, F = "M", "F"

# The head of office comes first: the profile and the signatory are taken from that row.
STAFF = [
    Staff("Drs. H.", "Raja Kamaruddin", "M.Si.", M, "PNS", "Kepala Dinas", HEAD),
    Staff("Hj.", "Rosmawati", "S.Sos., M.Si.", F, "PNS", "Kepala Bidang Layanan", LAYANAN),
    Staff("Drs.", "Bambang Sutrisno", "M.IP.", M, "PNS",
          "Kepala Bidang Pengembangan Koleksi", KOLEKSI),
    Staff("", "Said Abdullah", "S.Sos.", M, "PNS",
          "Kepala Bidang Teknologi Informasi dan Digitalisasi", TI),
    Staff("", "Susanti Wijaya", "S.E.", F, "PNS", "Kepala Subbagian Umum", UMUM),
    Staff("Dra.", "Siti Aminah", "M.Hum.", F, "PNS", "Pustakawan Ahli Madya", LAYANAN),
    Staff("Dr.", "Mardiana", "S.IP., M.Hum.", F, "PNS", "Pustakawan Ahli Madya", OLAH),
    Staff("", "Hotma Simanjuntak", "S.IP., M.IP.", F, "PNS", "Pustakawan Ahli Madya", OLAH),
    Staff("", "Muhammad Ma'ruf", "S.IP.", M, "PNS", "Pustakawan Ahli Muda", OLAH),
    Staff("", "Endang Susilowati", "S.Sos.", F, "PNS", "Pustakawan Ahli Muda", KOLEKSI),
    Staff("", "Andi Rahmawati", "S.IP.", F, "PNS", "Pustakawan Ahli Muda", LAYANAN),
    Staff("H.", "Azhar Mahmud", "S.Sos.", M, "PNS", "Pustakawan Ahli Muda", KELILING),
    Staff("", "Yusnizar", "S.IP.", F, "PNS", "Pustakawan Ahli Muda", KOLEKSI),
    Staff("", "Ikhsan Nasution", "S.IP.", M, "PNS", "Pustakawan Ahli Muda", LAYANAN),
    Staff("", "Sri Wahyuni", "S.IP.", F, "PNS", "Pustakawan Ahli Pertama", ANAK),
    Staff("", "Herman Gunawan Tan", "S.Kom.", M, "PNS", "Pustakawan Ahli Pertama", TI),
    Staff("", "Syarifah Aini", "S.IP.", F, "PNS", "Pustakawan Ahli Pertama", OLAH),
    Staff("", "Syafrudin Piliang", "S.Sos.", M, "PNS", "Pustakawan Ahli Pertama", KELILING),
    Staff("", "Desy Natalia Manurung", "S.IP.", F, "PNS", "Pustakawan Ahli Pertama", LAYANAN),
    Staff("", "Wahyu Nugroho", "S.Kom.", M, "PNS", "Pustakawan Ahli Pertama", TI),
    Staff("", "Lestari Sinaga", "S.Hum.", F, "PNS", "Pustakawan Ahli Pertama", KOLEKSI),
    Staff("", "Nurul Fadhilah", "S.IP.", F, "PNS", "Pustakawan Ahli Pertama", ANAK),
    Staff("", "Juliana Safitri", "S.IP.", F, "PPPK", "Pustakawan Ahli Pertama", LAYANAN),
    Staff("", "Tri Handayani", "A.Md.", F, "PNS", "Pustakawan Penyelia", LAYANAN),
    Staff("", "Parlindungan Siregar", "A.Md.", M, "PNS", "Pustakawan Mahir", KELILING),
    Staff("", "Wan Nurhayati", "A.Md.", F, "PNS", "Pustakawan Mahir", ANAK),
    Staff("", "Bayu Anggara", "A.Md.", M, "PNS", "Pustakawan Mahir", KOLEKSI),
    Staff("", "Nur'aini", "A.Md.", F, "PNS", "Pustakawan Terampil", ANAK),
    Staff("", "Khairul Anwar", "A.Md.", M, "PNS", "Pustakawan Terampil", KELILING),
    Staff("", "Rusli Effendi", "A.Md.", M, "PNS", "Pustakawan Terampil", OLAH),
    Staff("", "Zulkarnaén", "S.Sos.", M, "PNS", "Arsiparis", UMUM),
    Staff("", "Afrizal Chaniago", "S.Kom.", M, "PNS", "Pranata Komputer", TI),
    Staff("", "Meilani Halim", "S.Kom.", F, "PNS", "Pranata Komputer", TI),
    Staff("", "Rini Marlina", "S.Kom.", F, "PPPK", "Pranata Komputer", TI),
    Staff("", "Tengku Fadli Ramadhan", "S.Kom.", M, "PPPK", "Pranata Komputer", TI),
    Staff("", "Fitriani", "A.Md.", F, "PNS", "Pengelola Layanan Perpustakaan", LAYANAN),
    Staff("", "Putri Ayu Lestari", "A.Md.", F, "PPPK", "Pengelola Layanan Perpustakaan", ANAK),
    Staff("", "Andi Baso Amir", "", M, "NON_ASN", "Pengelola Layanan Perpustakaan", KELILING),
    Staff("", "Dwi Rahayu", "", F, "NON_ASN", "Pengelola Layanan Perpustakaan", ANAK),
    Staff("", "Ilham Akbar", "S.Kom.", M, "NON_ASN", "Pengelola Layanan Perpustakaan", TI),
    Staff("", "Agus Prasetyo", "S.E.", M, "PNS", "Pengadministrasi Umum", UMUM),
    Staff("", "Slamet Riyadi", "", M, "PNS", "Pengadministrasi Umum", UMUM),
    Staff("", "Hasnah", "", F, "PNS", "Pengadministrasi Umum", UMUM),
    Staff("", "Dedi Saputra", "", M, "NON_ASN", "Pengadministrasi Umum", UMUM),
    # Retired: kept for the records of the events they attended.
    Staff("Hj.", "Zainab", "S.Sos.", F, "PNS", "Pustakawan Ahli Madya", LAYANAN, retired=1),
    Staff("Drs.", "Syamsuddin", "", M, "PNS", "Pustakawan Ahli Muda", KOLEKSI, retired=1),
    Staff("", "Ponirah", "", F, "PNS", "Pengadministrasi Umum", UMUM, retired=2),
]


class External(NamedTuple):
    front: str
    name: str
    back: str
    gender: str
    rank: str  # "" = not a civil servant, so no NIP
    position: str
    institution: str
    region: str


PERPUSNAS = "Perpustakaan Nasional RI"
PROV = "Dinas Perpustakaan Provinsi Kepulauan Riau"
UMRAH = "Universitas Maritim Raja Ali Haji"

EXTERNALS = [
    External("Dr.", "Hendra Gunawan", "S.S., M.Hum.", M, "Pembina Utama Muda, IV/c",
             "Pustakawan Ahli Utama", PERPUSNAS, "Jakarta"),
    External("Dra.", "Endah Puspitasari", "M.Si.", F, "Pembina Tingkat I, IV/b",
             "Pustakawan Ahli Madya", PERPUSNAS, "Jakarta"),
    External("", "Aditya Pratama", "S.Kom., M.T.I.", M, "Penata, III/c",
             "Pranata Komputer Ahli Muda", PERPUSNAS, "Jakarta"),
    External("Drs.", "Raja Syahrial", "M.Si.", M, "Pembina Tingkat I, IV/b",
             "Kepala Bidang Pembinaan Perpustakaan", PROV, "Tanjungpinang"),
    External("", "Fitri Yanti", "S.IP., M.IP.", F, "Penata Tingkat I, III/d",
             "Pustakawan Ahli Muda", PROV, "Tanjungpinang"),
    External("Dr.", "Muhammad Faisal", "M.Pd.", M, "Penata Tingkat I, III/d",
             "Dosen", UMRAH, "Tanjungpinang"),
    External("", "Nurul Hidayah", "S.Hum., M.A.", F, "",
             "Kepala UPT Perpustakaan", UMRAH, "Tanjungpinang"),
    External("Prof. Dr.", "Syamsul Bahri", "M.Si.", M, "Pembina Utama Muda, IV/c",
             "Guru Besar Ilmu Informasi", "Universitas Riau", "Pekanbaru"),
    External("", "Yanti Kusumawati", "S.Sos., M.IP.", F, "", "Ketua Pengurus Daerah",
             "Ikatan Pustakawan Indonesia Kepulauan Riau", "Tanjungpinang"),
    External("Drs.", "Agus Salim Harahap", "M.Hum.", M, "", "Pengurus Pusat",
             "Ikatan Pustakawan Indonesia", "Jakarta"),
    External("", "Desi Ratnasari", "S.IP.", F, "Penata Muda Tingkat I, III/b",
             "Pustakawan Ahli Pertama", "Dinas Perpustakaan dan Kearsipan Kota Batam", "Batam"),
    External("", "Rahmat Hidayat", "A.Md.", M, "Pengatur Tingkat I, II/d",
             "Pustakawan Terampil", "Dinas Perpustakaan dan Kearsipan Kabupaten Bintan",
             "Bintan"),
    External("", "Sri Mulyani", "S.Sos.", F, "Penata, III/c", "Pustakawan Ahli Muda",
             "Dinas Perpustakaan dan Kearsipan Kabupaten Karimun", "Karimun"),
    External("", "Tengku Ahmad Fauzi", "S.IP.", M, "Penata Muda, III/a",
             "Pustakawan Ahli Pertama", "Dinas Perpustakaan dan Kearsipan Kabupaten Lingga",
             "Lingga"),
    External("", "Wan Nurhasanah", "A.Md.", F, "Pengatur, II/c", "Pustakawan Terampil",
             "Dinas Perpustakaan dan Kearsipan Kabupaten Natuna", "Natuna"),
    External("", "Ade Putra Siregar", "S.Kom.", M, "Penata Muda Tingkat I, III/b",
             "Pustakawan Ahli Pertama", "Dinas Perpustakaan dan Kearsipan Kota Pekanbaru",
             "Pekanbaru"),
    External("", "Kevin Aditya", "S.I.Kom.", M, "", "Praktisi Pemasaran Digital",
             "Kedai Literasi Digital", "Tanjungpinang"),
    External("", "Fadhilah Ramadhani", "", F, "", "Penggiat Literasi",
             "Taman Bacaan Masyarakat Pelangi", "Tanjungpinang"),
]

# The public at the library's own programmes (a literacy class for pupils, the book club, a
# skills class): pupils of the city's schools and readers, outside people without a NIP.
SCHOOLS = ["SMA Negeri 1 Tanjungpinang", "SMA Negeri 2 Tanjungpinang",
           "SMA Negeri 4 Tanjungpinang", "MAN Tanjungpinang", "SMK Negeri 1 Tanjungpinang"]
READERS = ["Taman Bacaan Masyarakat Pelangi", "Komunitas Baca Tepi Laut", "Masyarakat umum",
           "Masyarakat umum", "Universitas Maritim Raja Ali Haji"]
PUBLIC_PER_GROUP = 40

# Mobile prefixes of Indonesian operators (Telkomsel, Indosat, XL, Smartfren).
PHONE_PREFIXES = ["0811", "0812", "0813", "0821", "0822", "0852", "0853", "0815", "0816",
                  "0857", "0858", "0817", "0818", "0819", "0877", "0878", "0881", "0896"]
MAIL_DOMAINS = ["gmail.com", "gmail.com", "gmail.com", "yahoo.co.id", "yahoo.com"]

# Name parts for generated people (the stress database).
GIVEN_MALE = [
    "Muhammad", "Ahmad", "Raja", "Tengku", "Said", "Wan", "Andi", "Agus", "Bambang", "Budi",
    "Hendra", "Rahmat", "Khairul", "Zulkifli", "Afrizal", "Syafrudin", "Parlindungan",
    "Hotman", "Herman", "Wahyu", "Dedi", "Rudi", "Fajar", "Ilham", "Ikhsan", "Yusuf",
    "Ma'ruf", "Hasanuddin", "Joko", "Slamet", "Taufik", "Irwan", "Firdaus", "Rizki",
]
GIVEN_FEMALE = [
    "Siti", "Nur", "Sri", "Dwi", "Tri", "Endang", "Rosmawati", "Nurhayati", "Fitri", "Rini",
    "Dewi", "Yusnizar", "Syarifah", "Andi", "Wan", "Meilani", "Susanti", "Desy", "Lestari",
    "Juliana", "Putri", "Rahmawati", "Hasnah", "Mardiana", "Nur'aini", "Yanti", "Fadhilah",
    "Ratna", "Wulan", "Indah", "Novita", "Aisyah", "Zainab", "Khadijah",
]
SECOND_NAMES = [
    "Abdullah", "Mahmud", "Aminah", "Hidayat", "Wahyuni", "Lestari", "Susilowati", "Prasetyo",
    "Nugroho", "Rahayu", "Chaniago", "Piliang", "Koto", "Siregar", "Simanjuntak", "Manurung",
    "Sinaga", "Nasution", "Hasibuan", "Harahap", "Wijaya", "Halim", "Tan", "Gunawan",
    "Rahman", "Saputra", "Anggraini", "Ramadhan", "Effendi", "Kamaruddin", "Safitri",
    "Hasanah", "Amir", "Baso", "Marlina", "Fauzi", "Syahrial", "Zulkarnain", "Ma'ruf",
]
# Front titles by gender: Dra./Hj. are women's, Drs./H. men's, Dr. either.
FRONT_TITLES = {"M": ["Drs.", "Dr.", "H."], "F": ["Dra.", "Dr.", "Hj."]}
BACK_TITLES = ["S.IP.", "S.Sos.", "A.Md.", "S.Kom.", "S.E.", "S.Hum.", "S.IP., M.Hum.",
               "S.Sos., M.Si.", "S.IP., M.IP.", "S.Kom., M.Kom."]
EXTERNAL_PLACES = [(e.institution, e.region) for e in EXTERNALS]
