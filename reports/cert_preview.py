"""One certificate for a layout being edited: a real recipient of the chosen event (or a
sample one), drawn exactly as the batch will draw it."""

import datetime
import tempfile
from pathlib import Path

from models import cert_layouts, certificates, settings
from models.cert_numbers import current_pattern, format_number
from models.event import Event
from models.nip import grouped

from .cert_drawing import CertificatePainter, Recipient, Shared, SignatoryBlock
from .cert_files import canvas_for
from .certificates import event_text

SAMPLE_NAME = "Dra. Siti Aminah, S.IP., M.Hum."


def sample(event_id: int | None, layout: cert_layouts.Layout, folder: Path) -> Recipient:
    """The first participant of the event (else a sample) as the certificate would show
    them, with the office's logo and signatory."""
    from models import stored_file
    from models.certificate import Signatory

    event = Event.get_or_none(Event.id == event_id) if event_id else None
    values = settings.get_all()
    name, nip, role = SAMPLE_NAME, "19690309 199403 2 001", "peserta"
    if event is not None:
        found = next(iter(certificates.candidates(event.id)), None)
        if found is not None:
            name, nip, role = found.name, grouped(found.nip) if found.nip else "", found.role
    title = event_text(event) if event else "Bimbingan Teknis Klasifikasi DDC Edisi 23"
    start = event.start_date if event else datetime.date.today()
    end = event.end_date if event else start

    def picture(file_id, suffix):
        data = stored_file.read(file_id) if file_id else None
        if not data:
            return None
        path = folder / f"{file_id}{suffix}"
        path.write_bytes(data)
        return str(path)

    from . import indonesian

    blocks = tuple(SignatoryBlock(s.title, s.name, grouped(s.nip) if s.nip else "",
                                  picture(s.signature_id, ".png"))
                   for s in Signatory.select().where(Signatory.active).limit(2))
    place = (event.venue if event and event.venue else values["city"]) or ""
    shared = Shared(
        title,
        layout.texts["dates_place"].format(dates=indonesian.date_range(start, end),
                                           place=place),
        layout.texts["jp"].format(jp=_jp(event)),
        layout.texts["date_line"].format(city=values["city"],
                                         date=indonesian.long_date(datetime.date.today())),
        blocks, picture(values["logo"], ".png"), picture(layout.background_id, ".jpg"))
    number = format_number(current_pattern(), 1, datetime.date.today(),
                           values["office_code"] or "X")
    # As long as a real payload, but signed by no one: a preview is never a certificate
    # (scanned, it verifies as forged).
    payload = f"SB1.{'CONTOH' * 30}.{'0' * 86}"
    return Recipient(number, name, nip, role, payload, shared)


def _jp(event) -> str:
    from models.events import total_jp

    jp = total_jp(event.id) if event is not None else 24
    return f"{jp:g}".replace(".", ",")


def write_preview(layout: cert_layouts.Layout, event_id: int | None, path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="sibina-layout-") as folder:
        who = sample(event_id, layout, Path(folder))
        c = canvas_for(path, layout, "")
        CertificatePainter(c, layout).draw(who)
        c.save()
