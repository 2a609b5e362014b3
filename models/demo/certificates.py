"""Demo certificates: issued for every finished event the office ran, one revoked, and a
second layout with a background (a cream page with a gold frame, drawn here); for the
finished events of outside bodies, the participants' own certificates recorded instead."""

import datetime
import io

from models import settings
from models.certificates import issuing as certificates
from models.certificates import layouts as cert_layouts
from models.certificates import outside
from models.events.tables import Event
from models.files.stored import StoredFile

REVOKED_REASON = "Nama penerima salah ketik; diganti dengan sertifikat baru."
BACKGROUND_KINDS = {"seminar", "webinar", "sosialisasi"}


def gold_frame_background() -> bytes:
    """An A4-landscape JPEG: cream paper, a double gold frame with corner ornaments."""
    from PIL import Image, ImageDraw

    width, height = 2339, 1654  # 200 dpi
    page = Image.new("RGB", (width, height), (253, 249, 238))
    draw = ImageDraw.Draw(page)
    gold, dark = (183, 146, 72), (120, 86, 30)
    for inset, line in ((55, 20), (105, 5)):
        draw.rectangle([inset, inset, width - inset, height - inset], outline=gold, width=line)
    for x, y in ((105, 105), (width - 105, 105), (105, height - 105),
                 (width - 105, height - 105)):
        for radius, colour in ((46, gold), (30, (253, 249, 238)), (16, dark)):
            draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=colour)
    for step in range(0, 360, 6):  # a faint rosette behind the name
        draw.arc([width / 2 - 420, height / 2 - 420, width / 2 + 420, height / 2 + 420],
                 step, step + 3, fill=(244, 234, 208), width=3)
    buffer = io.BytesIO()
    page.save(buffer, "JPEG", quality=88, optimize=True)
    return buffer.getvalue()


def library_logo() -> bytes:
    """A round emblem with an open book, as a PNG with a transparent ground."""
    from PIL import Image, ImageDraw

    size = 480
    logo = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(logo)
    draw.ellipse([8, 8, size - 8, size - 8], fill=(31, 59, 92, 255))
    draw.ellipse([36, 36, size - 36, size - 36], outline=(214, 178, 94, 255), width=10)
    middle = size // 2
    for side in (-1, 1):  # the two pages of the book
        draw.polygon([(middle, 170), (middle + side * 150, 140), (middle + side * 150, 320),
                      (middle, 350)], fill=(253, 249, 238, 255))
    draw.line([(middle, 170), (middle, 350)], fill=(31, 59, 92, 255), width=8)
    buffer = io.BytesIO()
    logo.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def framed_layout() -> int:
    """The demo's second layout: a gold frame drawn as its background, maroon texts."""
    background = StoredFile.create(name="bingkai-emas.jpg", mime="image/jpeg",
                                   data=gold_frame_background())
    layout = cert_layouts.Layout(name="Bingkai Emas", background_id=background.id)
    layout.style["border"] = False
    maroon = "#7a1f2b"
    for name in ("institution", "title", "name", "role"):
        layout.fields[name]["colour"] = maroon
    # A participant's certificate attests; a speaker's or the committee's thanks.
    layout.texts["title_honour"] = "PIAGAM PENGHARGAAN"
    layout.fields["title"]["size"] = 32
    return cert_layouts.save(layout).id


def add_certificates(ctx) -> dict:
    logo = StoredFile.create(name="logo.png", mime="image/png", data=library_logo())
    settings.save({"logo": logo.id})
    standard = cert_layouts.ensure_default_layout().id
    framed = framed_layout()
    signatory = certificates.ensure_default_signatory()
    issued = 0
    first = None
    finished = Event.select().where(Event.status == "finished").order_by(Event.start_date)
    recorded = 0
    for event in finished:
        if outside.is_outside(event):
            recorded += _record_outside(event)
            continue
        chosen = [certificates.Choice(c.person_id, c.role)
                  for c in certificates.candidates(event.id) if c.qualifies]
        day = min(ctx.today, event.end_date + datetime.timedelta(days=3))
        layout = framed if event.kind in BACKGROUND_KINDS else standard
        made = certificates.issue(event.id, chosen, day, layout,
                                  (signatory.id,) if signatory else ())
        issued += len(made)
        first = first or (made[0] if made else None)
    revoked = 0
    if first is not None:
        when = datetime.datetime.combine(first.issued_on + datetime.timedelta(days=9),
                                         datetime.time(10, 15))
        certificates.revoke(first.number, REVOKED_REASON, when)
        revoked = 1
        certificates.issue(first.event_id, [certificates.Choice(first.person_id, first.role)],
                           when.date(), first.layout_id, (first.signatory_id,))
        issued += 1  # the replacement the reason speaks of, under a new number
    return {"certificates": issued, "revoked": revoked, "layouts": 2,
            "outside_certificates": recorded}


# The outside bodies' own numbering, as their certificates print it.
OUTSIDE_CODES = {"Perpustakaan Nasional RI": "PERPUSNAS",
                 "Dinas Perpustakaan dan Kearsipan Provinsi Kepulauan Riau": "DISPUSIP-KEPRI"}


def _record_outside(event: Event) -> int:
    """The certificates the outside body gave those who qualified, stating the event's JP
    (as such bodies do), dated its last day; one participant's is left to record."""
    from models.events.planning import total_jp

    jp = total_jp(event.id)
    code = OUTSIDE_CODES.get(event.organiser_name, "SERT")
    qualified = [c for c in certificates.candidates(event.id)
                 if c.qualifies and c.role == "peserta"]
    for seq, candidate in enumerate(qualified[:-1], 1):
        outside.record(event.id, candidate.person_id,
                       f"{seq:04d}/{code}/{event.end_date:%m}/{event.end_date.year}",
                       event.organiser_name, event.end_date, jp)
    return max(0, len(qualified) - 1)
