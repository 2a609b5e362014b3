"""One certificate for a layout being edited: a real recipient of the chosen event (or a
sample one), drawn as the batch will draw it."""

import datetime
import tempfile
from pathlib import Path

from models import settings
from models.certificates import issuing as certificates
from models.certificates import layouts as cert_layouts
from models.certificates.numbers import current_pattern, format_number
from models.certificates.tables import Signatory
from models.events.planning import total_jp
from models.events.tables import Event
from models.files import stored as stored_file
from models.staff.nip import grouped
from reports.certificates.drawing import CertificatePainter, Recipient
from reports.certificates.files import canvas_for
from reports.certificates.printing import (
    certificate_jp,
    jp_text,
    shared_for,
    speaker_topics,
    topic_text,
)

SAMPLE_NAME = "Dra. Siti Aminah, S.IP., M.Hum."
SAMPLE_EVENT = Event(title="Klasifikasi DDC Edisi 23", kind="bimtek", venue="Aula",
                     start_date=datetime.date(2026, 3, 10), end_date=datetime.date(2026, 3, 11))


def sample(event_id: int | None, layout: cert_layouts.Layout, folder: Path) -> Recipient:
    """The first recipient of the event (else a sample) with the office's logo and first
    signatories; the QR code is as long as a real one but signed by no one."""
    event = Event.get_or_none(Event.id == event_id) if event_id else None
    values = settings.get_all()
    name, nip, role = SAMPLE_NAME, "19690309 199403 2 001", "peserta"
    jp = 24.0  # the sample event has no sessions; the JP line is shown all the same
    topics: list[str] = []
    if event is not None:
        found = next(iter(certificates.candidates(event.id)), None)
        jp = 0.0
        if found is not None:
            name, nip, role = found.name, grouped(found.nip) if found.nip else "", found.role
            jp = certificate_jp(event.id).get(found.person_id, 0.0)
            topics = speaker_topics(event.id).get(found.person_id, [])
        if layout.style.get("event_jp"):
            jp = total_jp(event.id)

    def picture(file_id):
        row = stored_file.StoredFile.get_or_none(stored_file.StoredFile.id == file_id) \
            if file_id else None
        if row is None:
            return None
        path = folder / (str(file_id) + (".jpg" if row.mime == "image/jpeg" else ".png"))
        path.write_bytes(bytes(row.data))
        return str(path)

    signatories = tuple(s.id for s in Signatory.select().where(Signatory.active)
                        .order_by(Signatory.id).limit(2))
    shared = shared_for(event or SAMPLE_EVENT, layout, signatories, datetime.date.today(),
                        values, picture)
    number = format_number(current_pattern(), 1, datetime.date.today(),
                           values["office_code"] or "X")
    # As long as a real payload, but signed by no one: a preview is never a certificate
    # (scanned, it verifies as forged).
    payload = f"SB2.00000000.{'CONTOH' * 30}.{'0' * 86}"
    return Recipient(number, name, nip, role, payload, shared, jp_text(layout, jp),
                     topic_text=topic_text(layout, topics))


def write_preview(layout: cert_layouts.Layout, event_id: int | None, path: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="sibina-layout-") as folder:
        who = sample(event_id, layout, Path(folder))
        c = canvas_for(path, layout, "")
        CertificatePainter(c, layout).draw(who)
        c.save()
