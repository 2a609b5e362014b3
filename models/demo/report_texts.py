"""What the office types on each demo event's Report tab: the legal basis, aims, target
group, funding and (once it is over) what got in the way, plus documentation photos of
the latest events. Chosen from the event itself, not from the shared random source, so
the rest of the demo stays as it was."""

import io
import zlib

from models.events.counting import counts_as_development
from models.events.tables import Event, EventPhoto
from models.files.stored import StoredFile

OFFICE = "Dinas Perpustakaan dan Kearsipan Kota Tanjungpinang"
PHOTOGRAPHED = 2  # the latest finished events have their photos attached

_BASIS_OWN = (
    "1. Undang-Undang Nomor 43 Tahun 2007 tentang Perpustakaan;\n"
    "2. Peraturan Pemerintah Nomor 24 Tahun 2014 tentang Pelaksanaan Undang-Undang Nomor 43 "
    "Tahun 2007 tentang Perpustakaan;\n"
    "3. Peraturan Wali Kota Tanjungpinang tentang Kedudukan, Susunan Organisasi, Tugas dan "
    "Fungsi serta Tata Kerja " + OFFICE + ";\n"
    "4. Dokumen Pelaksanaan Anggaran (DPA) " + OFFICE + " Tahun Anggaran {year}.")
_BASIS_OUTSIDE = ("1. Surat undangan {organiser} tentang {title};\n"
                  "2. Surat Tugas Kepala " + OFFICE + " Tahun {year}.")
_AIMS = (
    "Maksud kegiatan ini adalah meningkatkan kompetensi pustakawan di bidang {theme}.\n\n"
    "Tujuannya agar peserta memahami konsep dan mampu menerapkannya dalam pekerjaan "
    "sehari-hari di unit kerja masing-masing.")
_AIMS_PUBLIC = ("Maksud kegiatan ini adalah mendekatkan perpustakaan kepada masyarakat.\n\n"
                "Tujuannya agar peserta gemar membaca dan memanfaatkan layanan perpustakaan.")
_AUDIENCE = {
    "literasi_informasi": "Pelajar SD dan SMP se-Kota Tanjungpinang beserta guru "
                          "pendampingnya.",
    "klub_buku": "Anggota perpustakaan dan masyarakat umum Kota Tanjungpinang.",
    "kelas_keterampilan": "Pemustaka dan masyarakat umum, terutama ibu rumah tangga dan "
                          "pemuda.",
}
_AUDIENCE_STAFF = ("Pustakawan dan tenaga perpustakaan di lingkungan " + OFFICE + ".")
_AUDIENCE_WIDE = ("Pustakawan " + OFFICE + " serta pustakawan sekolah dan perguruan tinggi "
                  "se-Kota Tanjungpinang.")
_FUNDING_OWN = ("APBD Kota Tanjungpinang Tahun Anggaran {year} pada DPA " + OFFICE +
                ", Program Pengelolaan Perpustakaan, untuk honorarium narasumber, "
                "penggandaan bahan, konsumsi dan sertifikat.")
_FUNDING_OUTSIDE = ("Biaya kegiatan ditanggung oleh {organiser}; perjalanan dinas peserta "
                    "dibebankan pada DPA " + OFFICE + " Tahun Anggaran {year}.")
_FUNDING_ONLINE = "Tanpa biaya: kegiatan diikuti secara daring dengan jaringan internet kantor."
_OBSTACLES = (
    "Sebagian peserta datang terlambat pada hari pertama karena tugas pelayanan pagi.",
    "Jaringan internet di ruang kegiatan sempat terputus sehingga praktik daring tertunda "
    "sekitar 30 menit.",
    "Waktu praktik terasa kurang karena banyak pertanyaan peserta pada sesi teori.",
    "Tidak ada hambatan berarti; kegiatan berjalan sesuai jadwal.",
)


def report_texts(title: str, kind: str, mode: str, organiser: str, theme: str,
                 year: int, finished: bool) -> dict:
    pick = zlib.crc32(title.encode())  # the same event, the same words, every time
    public = not counts_as_development(kind, None)
    values = {"title": title, "organiser": organiser, "theme": theme.lower(), "year": year}
    if organiser:
        funding = _FUNDING_OUTSIDE
    else:
        funding = _FUNDING_ONLINE if mode == "daring" else _FUNDING_OWN
    return {
        "legal_basis": (_BASIS_OUTSIDE if organiser else _BASIS_OWN).format(**values),
        "objectives": (_AIMS_PUBLIC if public else _AIMS).format(**values),
        "audience": _AUDIENCE.get(kind, _AUDIENCE_WIDE if kind in ("seminar", "webinar")
                                  else _AUDIENCE_STAFF),
        "funding": funding.format(**values),
        "obstacles": _OBSTACLES[pick % len(_OBSTACLES)] if finished else "",
    }


def add_photos() -> int:
    """Two documentation photos for each of the latest finished events."""
    latest = (Event.select().where(Event.status == "finished")
              .order_by(Event.end_date.desc()).limit(PHOTOGRAPHED))
    made = 0
    for event in latest:
        for position, (caption, colour) in enumerate((
                ("Pembukaan kegiatan oleh Kepala Dinas", (180, 150, 110)),
                ("Peserta mengerjakan praktik dalam kelompok", (110, 150, 170)))):
            stored = StoredFile.create(name=f"dokumentasi-{event.id}-{position + 1}.jpg",
                                       mime="image/jpeg", data=_photo(colour, position))
            EventPhoto.create(event=event, file=stored, caption=caption, position=position)
            made += 1
    return made


def _photo(colour: tuple[int, int, int], seed: int) -> bytes:
    """A stand-in for a photo of a room: a wall, a floor, a screen and rows of heads."""
    from PIL import Image, ImageDraw

    picture = Image.new("RGB", (800, 533), colour)
    draw = ImageDraw.Draw(picture)
    draw.rectangle((0, 330, 800, 533), fill=(120, 90, 70))
    draw.rectangle((250, 60, 550, 230), fill=(235, 235, 240), outline=(40, 40, 40), width=4)
    for row in range(3):
        for column in range(9):
            x, y = 40 + column * 85 + (row + seed) % 2 * 30, 300 + row * 70
            draw.ellipse((x, y, x + 40, y + 44), fill=(40 + row * 20, 30, 25))
            draw.rectangle((x - 10, y + 40, x + 50, y + 90), fill=(60, 80 + column * 12, 130))
    buffer = io.BytesIO()
    picture.save(buffer, "JPEG", quality=80)
    return buffer.getvalue()
