"""Evaluation responses as a form tool exports them (Google Forms' CSV), for the import
tests of models and of the window; the event they are imported into is the ``import_event``
fixture (tests/models/evaluation/conftest.py)."""

from models.evaluation import response_columns, response_import

SITI_NIP = "196903091994032001"
BUDI_NIP = "197501152000031002"

# As Google Forms exports an evaluation: a timestamp, who answered, one column a question
# (a grid question's rows as "Title [row]"), in the order of the form.
HEADERS = ["Timestamp", "NIP", "Nama Lengkap",
           "Penilaian materi [Materi sesuai dengan kebutuhan tugas saya]",
           "Penilaian materi [Materi mudah dipahami]",
           "3. Materi dapat langsung diterapkan di tempat kerja",
           "Kesesuaian jadwal dan alokasi waktu", "Kenyamanan ruang dan kelengkapan fasilitas",
           "Konsumsi", "Pelayanan panitia", "Secara keseluruhan, kegiatan ini bermanfaat",
           "Apakah Anda akan merekomendasikan kegiatan ini kepada rekan?",
           "Informasi kegiatan ini Anda peroleh dari", "Kritik dan saran", "Email"]


def row(nip="", name="", ratings=("5",) * 8, yes="Ya", source="Atasan", comment=""):
    return ["2026/03/10 15:02:11", nip, name, *ratings, yes, source, comment, ""]


def write_csv(path, rows, delimiter=",", headers=HEADERS):
    lines = [headers, *rows]

    def quoted(cell):
        return f'"{cell}"' if delimiter in cell or '"' in cell else cell

    path.write_text("\n".join(delimiter.join(quoted(c) for c in line) for line in lines)
                    + "\n", encoding="utf-8-sig")
    return path


def preview_of(import_event, path, form="organisation", **kwargs):
    """The preview of importing ``path`` into ``form`` of the ``import_event`` fixture's
    event, its columns mapped as guessed."""
    form_id = import_event[form].id
    table = response_import.read_table(path)
    mapping = response_columns.mapping_for(table.headers, form_id)
    return response_import.read_preview(table, import_event["event"].id, form_id, mapping,
                                        **kwargs)
