"""Certificate layouts: where each field of a certificate goes, in which font and colour.

A layout is the page (A4, landscape or portrait), an optional background (the office's
own design: a picture, or a one-page PDF turned into one), and fields placed on the page
in millimetres from its top-left corner. A text field's ``x`` is its left edge, centre or
right edge as its alignment says; ``width`` is the room it may take (a long name shrinks,
then wraps). The wording is the layout's too: the fixed texts with their ``{placeholders}``
and one line per role ("sebagai PESERTA").

The default layout looks finished with no background at all: a double frame in the
office's colour, the logo, a serif title and name.
"""

import copy
import json
import string
from dataclasses import dataclass, field

from models.certificates.tables import CertificateLayout
from models.db import db
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.text_rules import SHORT_MAX, TITLE_MAX, named_problem, text_problem

A4_LONG, A4_SHORT = 297.0, 210.0
FONTS = ("serif", "serif-bold", "serif-italic", "sans", "sans-bold")
ALIGNS = ("left", "center", "right")

# The text fields, in the order a certificate reads; then the pictures.
TEXT_FIELDS = ("institution", "title", "number", "given_to", "name", "nip", "role", "event",
               "dates_place", "jp", "topic", "date_line")
BLOCK_FIELDS = ("signatory_1", "signatory_2")  # title, signature, name, NIP
PICTURE_FIELDS = ("logo", "qr")
ALL_FIELDS = TEXT_FIELDS + BLOCK_FIELDS + PICTURE_FIELDS

FIELD_LABELS = {
    "institution": QT_TRANSLATE_NOOP("Layouts", "Institution"),
    "title": QT_TRANSLATE_NOOP("Layouts", "Title"),
    "title_honour": QT_TRANSLATE_NOOP("Layouts", "Title for speakers, moderators, committee "
                                                 "and facilitators"),
    "number": QT_TRANSLATE_NOOP("Layouts", "Number"),
    "given_to": QT_TRANSLATE_NOOP("Layouts", "“diberikan kepada”"),
    "name": QT_TRANSLATE_NOOP("Layouts", "Name with titles"),
    "nip": QT_TRANSLATE_NOOP("Layouts", "NIP"),
    "role": QT_TRANSLATE_NOOP("Layouts", "Role wording"),
    "event": QT_TRANSLATE_NOOP("Layouts", "Event kind and title"),
    "dates_place": QT_TRANSLATE_NOOP("Layouts", "Dates and place"),
    "dates_online": QT_TRANSLATE_NOOP("Layouts", "Dates of an online event"),
    "jp": QT_TRANSLATE_NOOP("Layouts", "JP"),
    "topic": QT_TRANSLATE_NOOP("Layouts", "A speaker's material"),
    "date_line": QT_TRANSLATE_NOOP("Layouts", "Date line"),
    "signatory_1": QT_TRANSLATE_NOOP("Layouts", "First signatory"),
    "signatory_2": QT_TRANSLATE_NOOP("Layouts", "Second signatory"),
    "logo": QT_TRANSLATE_NOOP("Layouts", "Logo"),
    "qr": QT_TRANSLATE_NOOP("Layouts", "QR code"),
}

DEFAULT_TEXTS = {
    # Who gives the certificate, at the top, as Indonesian certificates name it.
    "institution": "{office}",
    "title": "SERTIFIKAT",
    # The title of a certificate that thanks rather than attests (empty: the title above).
    "title_honour": "",
    "number": "Nomor: {number}",
    "given_to": "diberikan kepada",
    "nip": "NIP. {nip}",
    "event": "dalam {event}",
    "dates_place": "yang diselenggarakan oleh {organiser} pada {dates} di {place}",
    # An online event has no place to name; printed in the dates and place field.
    "dates_online": "yang diselenggarakan oleh {organiser} secara daring pada {dates}",
    "jp": "dengan jumlah {jp} jam pelajaran (JP)",
    # A speaker's certificate names what they taught: the topics of their sessions.
    "topic": "dengan materi {topic}",
    "date_line": "{city}, {date}",
}

DEFAULT_ROLE_WORDING = {
    "peserta": "sebagai PESERTA",
    "narasumber": "sebagai NARASUMBER",
    "moderator": "sebagai MODERATOR",
    "panitia": "sebagai PANITIA",
    "fasilitator": "sebagai FASILITATOR",
}

# The roles whose certificate may carry the honour title: they served the event.
HONOURED_ROLES = ("narasumber", "moderator", "panitia", "fasilitator")

NAVY, GOLD, INK = "#1f3b5c", "#b08d3c", "#222222"
# The smallest QR code a layout may have, in mm: the longest payload (a 100-character name,
# a 60-character title: 85 modules with the quiet zone) still decodes from a page scanned
# at 150 dpi, with room to spare (it stops decoding below 20 mm).
QR_MIN_MM = 25.0


def _text(x, y, size, font="sans", colour=INK, width=250.0, align="center", lines=1,
          min_size=None):
    return {"x": x, "y": y, "size": size, "font": font, "colour": colour, "width": width,
            "align": align, "lines": lines, "min_size": min_size or size, "visible": True}


# A4 landscape, 297 × 210 mm; y is the text's baseline (a block's or picture's top).
DEFAULT_FIELDS = {
    "logo": {"x": 148.5, "y": 14.0, "size": 20.0, "visible": True},
    "institution": _text(148.5, 40.5, 13, "sans-bold", NAVY, width=240, min_size=9),
    "title": _text(148.5, 56, 38, "serif-bold", NAVY),
    "number": _text(148.5, 64, 11),
    # Sans, not a fourth font: each font costs every certificate file its own subset.
    "given_to": _text(148.5, 78, 12),
    "name": _text(148.5, 93, 26, "serif-bold", NAVY, width=235, lines=2, min_size=16),
    "nip": _text(148.5, 101.5, 11),
    "role": _text(148.5, 112, 14, "sans-bold", NAVY),
    "event": _text(148.5, 121, 13, "sans-bold", width=240, lines=2, min_size=10),
    "dates_place": _text(148.5, 134, 11, width=240, lines=2, min_size=9),
    "jp": _text(148.5, 141.5, 11),
    # Where the JP line is: a speaker's certificate states no JP.
    "topic": _text(148.5, 141.5, 11, width=240, lines=2, min_size=9),
    "date_line": _text(231, 149, 11, width=100),
    "signatory_1": {"x": 231, "y": 151, "size": 11, "width": 90, "font": "sans",
                    "colour": INK, "visible": True},
    "signatory_2": {"x": 66, "y": 151, "size": 11, "width": 90, "font": "sans",
                    "colour": INK, "visible": True},
    "qr": {"x": 148.5, "y": 152, "size": 32.0, "visible": True},
}
# event_jp: the front states the event's JP and the back page (then always printed) the
# JP the person attended, which is what their transcript shows; by default the front
# states the attended JP itself.
DEFAULT_STYLE = {"border": True, "border_colour": NAVY, "accent_colour": GOLD,
                 "event_jp": False}


def _says(text: str, **params) -> Message:
    return message("Layouts", text, **params)


def field_label(name: str) -> Message:
    return message("Layouts", FIELD_LABELS.get(name, name))


@dataclass
class Layout:
    """A layout as the renderer and the editor use it (plain data, no database row)."""

    name: str = "Standar"
    orientation: str = "landscape"
    fields: dict = field(default_factory=lambda: copy.deepcopy(DEFAULT_FIELDS))
    texts: dict = field(default_factory=lambda: dict(DEFAULT_TEXTS))
    roles: dict = field(default_factory=lambda: dict(DEFAULT_ROLE_WORDING))
    style: dict = field(default_factory=lambda: dict(DEFAULT_STYLE))
    background_id: int | None = None
    back_page: bool = False
    id: int | None = None

    @property
    def page_size_mm(self) -> tuple[float, float]:
        return (A4_LONG, A4_SHORT) if self.orientation == "landscape" else (A4_SHORT, A4_LONG)

    def role_wording(self, role: str) -> str:
        return self.roles.get(role) or DEFAULT_ROLE_WORDING.get(role, role.upper())

    def title_for(self, role: str) -> str:
        """"SERTIFIKAT" for a participant; the honour title, when the layout has one, for
        those who served."""
        honour = self.texts.get("title_honour", "").strip()
        return honour if honour and role in HONOURED_ROLES else self.texts.get("title", "")


def from_row(row: CertificateLayout) -> Layout:
    stored = _json(row.fields)
    fields = copy.deepcopy(DEFAULT_FIELDS)
    for name, spec in (stored.get("fields") or {}).items():
        if name in fields and isinstance(spec, dict):
            fields[name].update(spec)
    if "institution" not in (stored.get("fields") or {}) and row.background_id:
        # Saved before the institution was printed: an office's own background most likely
        # carries its name already.
        fields["institution"]["visible"] = False
    texts = {**DEFAULT_TEXTS, **(stored.get("texts") or {})}
    style = {**DEFAULT_STYLE, **(stored.get("style") or {})}
    roles = {**DEFAULT_ROLE_WORDING, **_json(row.role_wording)}
    return Layout(row.name, row.orientation, fields, texts, roles, style, row.background_id,
                  row.back_page, row.id)


def _json(text: str) -> dict:
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def names() -> list[tuple[int, str]]:
    """(id, name) of every layout, by name."""
    return list(CertificateLayout.select(CertificateLayout.id, CertificateLayout.name)
                .order_by(CertificateLayout.name).tuples())


def layout_row(layout_id: int) -> CertificateLayout:
    return CertificateLayout.get_by_id(layout_id)


def load(layout_id: int) -> Layout:
    return from_row(CertificateLayout.get_by_id(layout_id))


def ensure_default_layout() -> CertificateLayout:
    """The default layout, made once when the office first needs one."""
    with db.atomic():
        row = CertificateLayout.select().where(CertificateLayout.is_default).first()
        if row is None:
            row = CertificateLayout.get_or_none(CertificateLayout.name == "Standar")
            if row is None:
                row = CertificateLayout.create(name="Standar", fields=json.dumps({}),
                                               role_wording="{}")
            row.is_default = True
            row.save()
        return row


def layout_problems(layout: Layout) -> list[Message]:
    """What is wrong with a layout the office edited; empty when it can be saved."""
    found = []
    if not layout.name.strip():
        found.append(_says(QT_TRANSLATE_NOOP("Layouts", "The layout needs a name.")))
    wrong = named_problem(_says(QT_TRANSLATE_NOOP("Layouts", "The layout's name")),
                          layout.name.strip(), SHORT_MAX)
    if wrong is not None:
        found.append(wrong)
    width, height = layout.page_size_mm
    for name, spec in layout.fields.items():
        if not spec.get("visible", True):
            continue
        left, right = _span(name, spec)
        if not (0 <= left and right <= width and 0 <= spec.get("y", 0) <= height):
            found.append(_says(QT_TRANSLATE_NOOP(
                "Layouts", "{field} runs off the page: move it or make it narrower."),
                field=field_label(name)))
        if name in TEXT_FIELDS and not 4 <= spec.get("size", 0) <= 96:
            found.append(_says(QT_TRANSLATE_NOOP(
                "Layouts", "{field}: the font size must be between 4 and 96 points."),
                field=field_label(name)))
    if layout.fields["qr"].get("size", 0) < QR_MIN_MM:
        found.append(_says(QT_TRANSLATE_NOOP(
            "Layouts", "The QR code must be at least {size} mm wide: a smaller one cannot be "
                       "read from a scanned or photographed certificate."),
            size=f"{QR_MIN_MM:g}"))
    for key, text in layout.texts.items():
        problem = wording_problem(key, text)
        if problem is not None:
            found.append(problem)
    for role, text in layout.roles.items():
        wrong = text_problem(str(text or ""), SHORT_MAX)
        if wrong is not None:
            found.append(_says(QT_TRANSLATE_NOOP(
                "Layouts", "The role wording for {role}: {reason}"), role=role, reason=wrong))
    return found


# What each fixed text may fill in.
# {organiser} is the office, or the office and the body it co-organised the event with.
PLACEHOLDERS = {"institution": ("office",), "topic": ("topic",),
                "number": ("number",), "nip": ("nip",), "event": ("event", "organiser"),
                "dates_place": ("dates", "place", "organiser"),
                "dates_online": ("dates", "organiser"), "jp": ("jp",),
                "date_line": ("city", "date")}
UNMATCHED = QT_TRANSLATE_NOOP("Layouts", "The wording of {field} has an unmatched {{ or }}.")
UNKNOWN_NAME = QT_TRANSLATE_NOOP(
    "Layouts", "The wording of {field} uses {{{name}}}, which SiBina does not fill in; it may "
               "use {allowed}.")
WORDING_PROBLEMS = (UNMATCHED, UNKNOWN_NAME)


def wording_problem(key: str, text: str) -> Message | None:
    """Why a fixed text cannot be printed (a stray brace, a placeholder SiBina does not
    know), or None."""
    wrong = text_problem(str(text or ""), TITLE_MAX)
    if wrong is not None:
        return _says(QT_TRANSLATE_NOOP("Layouts", "The wording of {field}: {reason}"),
                     field=field_label(key), reason=wrong)
    allowed = PLACEHOLDERS.get(key, ())
    try:
        names = [name for _text, name, _spec, _conv in string.Formatter().parse(text)
                 if name is not None]
    except ValueError:
        return _says(UNMATCHED, field=field_label(key))
    for name in names:
        if name not in allowed:
            return _says(UNKNOWN_NAME, field=field_label(key), name=name,
                         allowed=", ".join(f"{{{a}}}" for a in allowed) or "—")
    return None


def _span(name: str, spec: dict) -> tuple[float, float]:
    """The left and right edge of a field's room on the page, in mm."""
    x = spec.get("x", 0)
    if name in PICTURE_FIELDS:
        half = spec.get("size", 0) / 2
        return x - half, x + half
    width = spec.get("width") or 0
    align = spec.get("align", "center")
    if align == "left":
        return x, x + width
    if align == "right":
        return x - width, x
    return x - width / 2, x + width / 2


def save(layout: Layout, make_default: bool = False) -> CertificateLayout:
    problems = layout_problems(layout)
    if problems:
        raise SiBinaError(problems[0])
    changed = {name: {k: v for k, v in spec.items() if DEFAULT_FIELDS[name].get(k) != v}
               for name, spec in layout.fields.items() if name in DEFAULT_FIELDS}
    # Always kept, so a layout saved from now on is told from one saved before (from_row).
    changed["institution"]["visible"] = layout.fields["institution"].get("visible", True)
    stored = {"fields": {k: v for k, v in changed.items() if v},
              "texts": {k: v for k, v in layout.texts.items() if DEFAULT_TEXTS.get(k) != v},
              "style": {k: v for k, v in layout.style.items() if DEFAULT_STYLE.get(k) != v}}
    roles = {k: v for k, v in layout.roles.items() if DEFAULT_ROLE_WORDING.get(k) != v}
    values = {"name": layout.name.strip(), "orientation": layout.orientation,
              "background": layout.background_id, "fields": json.dumps(stored),
              "role_wording": json.dumps(roles), "back_page": layout.back_page}
    with db.atomic():
        clash = CertificateLayout.get_or_none(CertificateLayout.name == values["name"])
        if clash is not None and clash.id != layout.id:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Layouts", "There is a layout named “{name}” already."), name=values["name"]))
        if layout.id is None:
            row = CertificateLayout.create(**values)
        else:
            CertificateLayout.update(**values).where(CertificateLayout.id == layout.id).execute()
            row = CertificateLayout.get_by_id(layout.id)
        if make_default:
            CertificateLayout.update(is_default=False).execute()
            CertificateLayout.update(is_default=True).where(
                CertificateLayout.id == row.id).execute()
        layout.id = row.id
        return row
