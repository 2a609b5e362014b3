"""Certificates as PDF: one merged file for the printer, or one file per person.

The certificates to print are read in a few queries and grouped by what they share (event,
layout, signatories, date of issue); each group's pictures are written once to a
temporary folder, since ReportLab takes a JPEG file as it is but decodes a picture held in
memory again for every file. Every file is written to a temporary name and renamed when
complete.
"""

import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

from reportlab.lib.units import mm

from models import settings
from models.certificates import layouts as cert_layouts
from models.certificates.tables import Certificate, Signatory
from models.events.jp import earned
from models.events.speakers import speakers
from models.events.tables import Event
from models.files import stored as stored_file
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from models.staff.nip import grouped
from models.staff.tables import Person
from reports import glyphs, indonesian
from reports.certificates.back_page import draw_back_page, session_rows
from reports.certificates.drawing import (
    CertificatePainter,
    Recipient,
    Shared,
    SignatoryBlock,
    font_of,
    register_certificate_fonts,
)
from reports.certificates.files import canvas_for, write_all
from reports.file_names import safe_name
from reports.spreadsheet import replacing

# Titles often start with the kind, in full or short: then it is not said twice.
KIND_WORDS = {"bimtek": ("bimtek",), "workshop": ("workshop", "lokakarya"),
              "literasi_informasi": ("kelas literasi",), "klub_buku": ("klub buku",)}


def event_text(event: Event) -> str:
    """"Bimbingan Teknis Klasifikasi DDC" from kind Bimtek and title "Klasifikasi DDC"; a
    title that starts with its kind ("Bimtek DDC", "Workshop Pemasaran") stays as it is."""
    kind = indonesian.KIND_NAMES.get(event.kind, "")
    title = " ".join(event.title.split())
    starts = (*(w.casefold() for w in kind.split("/")), *KIND_WORDS.get(event.kind, ()))
    if not kind or title.casefold().startswith(starts):
        return title
    return f"{kind} {title}"


def jp_text(layout: cert_layouts.Layout, jp: float) -> str:
    """The layout's JP line for ``jp``; none for nothing earned."""
    if not jp:
        return ""
    return layout.texts.get("jp", "{jp} JP").format(jp=indonesian.number(jp))


def topic_text(layout: cert_layouts.Layout, topics: list[str]) -> str:
    """The layout's material line for a speaker: “Dasar DDC” dan “Praktik DDC”; none
    without a topic in the schedule."""
    if not topics:
        return ""
    quoted = [f"“{topic}”" for topic in topics]
    listed = quoted[0] if len(quoted) == 1 else f"{', '.join(quoted[:-1])} dan {quoted[-1]}"
    return layout.texts.get("topic", "{topic}").format(topic=listed)


def speaker_topics(event_id: int) -> dict[int, list[str]]:
    """Each speaker's topics at the event (:func:`models.events.speakers.speakers`)."""
    return {s.person_id: s.topics for s in speakers(event_id)}


def certificate_jp(event_id: int) -> dict[int, float]:
    """The JP each person's certificate of the event states as theirs (on the front, or
    on the back page when the layout puts the event's JP on the front): what they earned
    there, the figure their transcript shows too (one rule, :func:`models.events.jp.earned`)."""
    return {person: jp for (person, _event), jp in earned(event_id=event_id).items()}


class Batch:
    """The certificates to print, grouped by what they share, with their pictures on disk
    for as long as the batch is open."""

    def __init__(self, cert_ids: Iterable[int], folder: Path):
        self.folder = folder
        self.layouts: dict[int, cert_layouts.Layout] = {}
        self._shared: dict[tuple, Shared] = {}
        self._files: dict[int, str | None] = {}
        self.items: list[tuple[cert_layouts.Layout, Recipient]] = []
        self._jp: dict[int, dict[int, float]] = {}  # event -> person -> JP
        self._topics: dict[int, dict[int, list[str]]] = {}  # event -> speaker -> topics
        self.images: dict = {}  # each picture prepared once for every file of the batch
        ids = list(dict.fromkeys(cert_ids))
        rows = {c.id: c for c in (Certificate.select(Certificate, Person, Event)
                                  .join(Person).switch(Certificate).join(Event)
                                  .where(Certificate.id.in_(ids)))}
        values = settings.get_all()
        self.office = values["office_name"]
        for cert_id in ids:
            cert = rows[cert_id]
            layout = self._layout(cert.layout_id)
            person = cert.person
            if cert.event_id not in self._jp:
                self._jp[cert.event_id] = certificate_jp(cert.event_id)
                self._topics[cert.event_id] = speaker_topics(cert.event_id)
            attended = self._jp[cert.event_id].get(person.id, 0.0)
            shared = self._shared_of(cert, layout, values)
            stated = (sum(s[-1] for s in shared.sessions) if layout.style.get("event_jp")
                      else attended)
            self.items.append((layout, Recipient(
                cert.number, person.full_name, grouped(person.nip) if person.nip else "",
                cert.role, cert.payload, shared, jp_text(layout, stated),
                attended if layout.style.get("event_jp") and cert.role == "peserta"
                else None,
                topic_text(layout, self._topics[cert.event_id].get(person.id, [])))))

    def _layout(self, layout_id: int | None) -> cert_layouts.Layout:
        if layout_id is None:
            layout_id = cert_layouts.ensure_default_layout().id
        if layout_id not in self.layouts:
            self.layouts[layout_id] = cert_layouts.load(layout_id)
        return self.layouts[layout_id]

    def _file(self, file_id: int | None, suffix: str) -> str | None:
        """A stored picture written once into the batch's folder."""
        if not file_id:
            return None
        if file_id not in self._files:
            try:
                data = stored_file.drawable(file_id)
            except SiBinaError as exc:  # stored before pictures were checked at the door
                raise SiBinaError(message("Certificates", QT_TRANSLATE_NOOP(
                    "Certificates", "A picture on the certificates (the logo, a signature or "
                                    "the background) cannot be drawn: {detail} Choose it again "
                                    "in Settings, the signatory or the layout."),
                    detail=exc.msg)) from exc
            path = None
            if data:
                path = self.folder / f"{file_id}{suffix}"
                path.write_bytes(data)
            self._files[file_id] = str(path) if path else None
        return self._files[file_id]

    def _picture(self, file_id: int | None) -> str | None:
        row = stored_file.StoredFile.get_or_none(stored_file.StoredFile.id == file_id) \
            if file_id else None
        if row is None:
            return None
        suffix = ".jpg" if row.mime == "image/jpeg" else ".png"
        return self._file(file_id, suffix)

    def _shared_of(self, cert: Certificate, layout: cert_layouts.Layout,
                   values: dict) -> Shared:
        key = (cert.event_id, layout.id, cert.signatory_id, cert.second_signatory_id,
               cert.issued_on)
        if key not in self._shared:
            self._shared[key] = shared_for(
                cert.event, layout, (cert.signatory_id, cert.second_signatory_id),
                cert.issued_on, values, self._picture)
        return self._shared[key]


def shared_for(event: Event, layout: cert_layouts.Layout, signatory_ids: tuple,
               issued_on, values: dict, picture) -> Shared:
    """What every certificate of ``event`` issued on ``issued_on`` says alike; ``picture``
    turns a stored file's id into a file the canvas can take."""
    place = " ".join((event.venue or values["city"] or "").split())
    dates = indonesian.date_range(event.start_date, event.end_date)
    by = organiser_text(event, values["office_name"])
    # An online event's "venue" is the meeting link or app: no place to print.
    wording = "dates_online" if event.mode == "daring" else "dates_place"
    blocks = []
    for signatory_id in signatory_ids:
        row = Signatory.get_or_none(Signatory.id == signatory_id) if signatory_id else None
        if row is not None:
            blocks.append(SignatoryBlock(row.title, row.name,
                                         grouped(row.nip) if row.nip else "",
                                         picture(row.signature_id)))
    return Shared(
        event_text(event),
        layout.texts.get(wording, "{dates}").format(dates=dates, place=place, organiser=by),
        layout.texts.get("date_line", "{city}, {date}").format(
            city=values["city"], date=indonesian.long_date(issued_on)),
        tuple(blocks), picture(values["logo"]), picture(layout.background_id), event.id,
        session_rows(event.id), by, " ".join(values["office_name"].split()))


def organiser_text(event: Event, office: str) -> str:
    """Who ran the event, as a certificate names it: the office, or the office together
    with the outside body it co-organised the event with."""
    office = " ".join(office.split())
    outsider = " ".join((event.organiser_name or "").split())
    if not event.organiser_external or not outsider:
        return office
    if not event.co_organised:  # no office certificate; a layout's preview may show it
        return outsider
    return f"{office} bersama {outsider}"


@contextmanager
def open_batch(cert_ids: Iterable[int]):
    with tempfile.TemporaryDirectory(prefix="sibina-certificates-") as folder:
        yield Batch(cert_ids, Path(folder))


def write_merged(cert_ids: Iterable[int], path, progress: Progress = NO_PROGRESS,
                 back_page: bool | None = None) -> int:
    """Every certificate in one PDF for the printer; returns the number of pages."""
    path = Path(path)
    with open_batch(cert_ids) as batch, replacing(path) as temp:
        if not batch.items:
            return 0
        c = canvas_for(temp, batch.items[0][0], batch.office)
        painters: dict[int, CertificatePainter] = {}
        pages = 0
        for done, (layout, who) in enumerate(batch.items):
            progress.step(done, len(batch.items))
            painter = painters.get(layout.id)
            if painter is None:
                painter = painters[layout.id] = CertificatePainter(c, layout, batch.images)
            c.setPageSize(tuple(v * mm for v in layout.page_size_mm))
            painter.draw(who)
            pages += 1
            if _with_back_page(layout, back_page):
                pages += draw_back_page(c, layout, who)
        c.save()
        progress.step(len(batch.items), len(batch.items))
        return pages


def write_separate(cert_ids: Iterable[int], folder, progress: Progress = NO_PROGRESS,
                   back_page: bool | None = None) -> list[Path]:
    """One PDF per certificate, named ``<number> <name>.pdf``; returns the files."""
    folder = Path(folder)
    with open_batch(cert_ids) as batch:
        jobs = [(layout, who, _with_back_page(layout, back_page),
                 folder / file_name(who.number, who.name)) for layout, who in batch.items]
        write_all(jobs, batch.office, progress)
    return [target for *_rest, target in jobs]


def _with_back_page(layout: cert_layouts.Layout, asked: bool | None) -> bool:
    if layout.style.get("event_jp"):  # the attended JP is stated there
        return True
    return layout.back_page if asked is None else asked


def file_name(number: str, name: str) -> str:
    """``001-SERT-DISPUSIP-TPI-XI-2026 Dra. Siti Aminah, M.Hum..pdf`` — no character
    Windows refuses, no trailing dot or space, not too long for a USB stick's folder."""
    return f"{safe_name(f'{number} {name}', 150)}.pdf"


def glyph_problems(cert_ids: Iterable[int]) -> list[tuple[str, str]]:
    """Names (and numbers) of issued certificates the fonts cannot print whole."""
    with open_batch(cert_ids) as batch:
        found = []
        for layout, who in batch.items:
            found += _lacking([who.name, who.number], layout)
    return found


def names_the_fonts_lack(names: Iterable[str], layout_id: int | None) -> list[tuple[str, str]]:
    """(name, the characters missing) for each name the layout's name font cannot print:
    checked before printing, so the office is warned by name."""
    layout = cert_layouts.load(layout_id or cert_layouts.ensure_default_layout().id)
    found = []
    for name in dict.fromkeys(names):
        found += _lacking([name], layout)
    return found


def names_printing_blank(names: Iterable[str], layout_id: int | None) -> list[str]:
    """The names the layout's name font could print nothing of (an Arabic name in a Latin
    font): a certificate is never issued with a blank name."""
    layout = cert_layouts.load(layout_id or cert_layouts.ensure_default_layout().id)
    register_certificate_fonts()
    font = font_of(layout.fields["name"])
    return [item.record for item in glyphs.lacking(
        ((name, [name]) for name in dict.fromkeys(names)), (font,)) if item.blank]


def _lacking(texts: list[str], layout: cert_layouts.Layout) -> list[tuple[str, str]]:
    """The certificate's name and number against the fonts the layout prints them in."""
    register_certificate_fonts()
    missing = set()
    for field, text in zip(("name", "number"), texts, strict=False):
        for item in glyphs.lacking([(texts[0], [text])], (font_of(layout.fields[field]),)):
            missing |= set(item.characters)
    return [(texts[0], "".join(sorted(missing)))] if missing else []
