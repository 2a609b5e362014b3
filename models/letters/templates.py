"""The letter templates: the shipped .docx files, or the office's own in their place.

An office's template is a Word file with docxtpl's fields (``{{ judul }}``) kept in the
database as a stored file, so a backup carries it. It is refused at the door, naming the
file, when it is not a Word document within bounds, and naming the field when it uses one
SiBina does not fill (a misspelt ``{{ judull }}`` would print as nothing).
"""

import io
import zipfile
from pathlib import Path

from models.files.checks import refused
from models.files.stored import StoredFile, check_name, delete_if_unused
from models.letters.kinds import KINDS
from models.letters.tables import LetterTemplate
from models.messages import QT_TRANSLATE_NOOP, message

SHIPPED = Path(__file__).resolve().parent.parent.parent / "resources" / "letters"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MAX_BYTES = 10 * 1024 * 1024
MAX_UNPACKED = 50 * 1024 * 1024
MAX_PARTS = 2000

# The fields every letter gets, then each kind's own (its list of people as ``p.…``).
COMMON = {"logo", "kop_pemerintah", "kop_instansi", "kop_alamat", "kop_kontak", "instansi",
          "kota", "nomor", "sifat", "lampiran", "tanggal_surat", "tempat_tanggal", "judul",
          "jenis_kegiatan", "penyelenggara", "hari_tanggal", "tanggal_kegiatan", "waktu",
          "tempat", "dasar", "acara", "ttd_jabatan", "ttd_nama", "ttd_pangkat", "ttd_nip"}
FIELDS = {"invitation": COMMON | {"peserta", "jumlah_peserta"},
          "assignment": COMMON | {"pegawai", "jumlah_pegawai"},
          "speaker-request": COMMON | {"narasumber", "sesi"},
          "tor": COMMON | {"latar_belakang", "tujuan", "sasaran", "pembiayaan", "tahun",
                           "jumlah_peserta", "narasumber"}}


def _says(text: str, **params):
    return message("Letters", text, **params)


def shipped_bytes(kind: str) -> bytes:
    return (SHIPPED / KINDS[kind].template).read_bytes()


def template_bytes(kind: str) -> bytes:
    """The office's template for ``kind`` if it set one, else the shipped one."""
    own = LetterTemplate.get_or_none(LetterTemplate.kind == kind)
    return bytes(own.file.data) if own is not None else shipped_bytes(kind)


def is_own(kind: str) -> bool:
    return LetterTemplate.select().where(LetterTemplate.kind == kind).exists()


def own_name(kind: str) -> str:
    """The file name of the office's template for ``kind``; "" while the shipped one is
    used."""
    own = LetterTemplate.get_or_none(LetterTemplate.kind == kind)
    return own.file.name if own is not None else ""


def unknown_fields(kind: str, data: bytes) -> list[str]:
    """The fields of the template ``data`` that SiBina does not fill for ``kind``."""
    from docxtpl import DocxTemplate

    template = DocxTemplate(io.BytesIO(data))
    return sorted(template.get_undeclared_template_variables(
        context=dict.fromkeys(FIELDS[kind], "")))


def checked_template(kind: str, path) -> bytes:
    """The bytes of the .docx at ``path`` once it is found to be a Word file within bounds
    whose fields SiBina fills; raises :class:`SiBinaError` naming the file or the field."""
    from models.os_errors import describe

    path = Path(path)
    check_name(path)
    not_docx = _says(QT_TRANSLATE_NOOP("Letters", "it is not a Word document (.docx)."))
    try:
        if path.stat().st_size > MAX_BYTES:
            raise refused(path, _says(QT_TRANSLATE_NOOP(
                "Letters", "it is larger than {limit} MB."), limit=MAX_BYTES // 2**20))
        data = path.read_bytes()
    except OSError as exc:
        raise refused(path, describe(exc)) from exc
    if path.suffix.lower() != ".docx" or not zipfile.is_zipfile(io.BytesIO(data)):
        raise refused(path, not_docx)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        parts = archive.infolist()
        if "word/document.xml" not in {part.filename for part in parts}:
            raise refused(path, not_docx)
        if len(parts) > MAX_PARTS or sum(p.file_size for p in parts) > MAX_UNPACKED:
            raise refused(path, _says(QT_TRANSLATE_NOOP(
                "Letters", "it unpacks to more than {limit} MB or {parts} parts."),
                limit=MAX_UNPACKED // 2**20, parts=MAX_PARTS))
    try:
        unknown = unknown_fields(kind, data)
    except Exception as exc:  # docxtpl and Jinja raise their own kinds for a broken field
        raise refused(path, _says(QT_TRANSLATE_NOOP(
            "Letters", "a field cannot be read ({detail})."), detail=str(exc))) from exc
    if unknown:
        raise refused(path, _says(QT_TRANSLATE_NOOP(
            "Letters", "it has the field {{{{ {field} }}}}, which SiBina does not fill. "
                       "Correct or remove it in Word."), field=unknown[0]))
    return data


def replace(kind: str, path) -> None:
    """Use the office's .docx at ``path`` for ``kind`` from now on."""
    from models.db import db

    data = checked_template(kind, path)
    with db.atomic():
        stored = StoredFile.create(name=Path(path).name, data=data, mime=DOCX_MIME)
        old = LetterTemplate.get_or_none(LetterTemplate.kind == kind)
        if old is None:
            LetterTemplate.create(kind=kind, file=stored)
        else:
            before = old.file_id
            old.file = stored
            old.save()
            delete_if_unused(before)


def use_shipped(kind: str) -> None:
    """Go back to the shipped template for ``kind``."""
    from models.db import db

    with db.atomic():
        own = LetterTemplate.get_or_none(LetterTemplate.kind == kind)
        if own is not None:
            file_id = own.file_id
            own.delete_instance()
            delete_if_unused(file_id)

