"""Settings declared once: key, default, type and a translatable label.

Values live in the ``setting`` table as text; images (logo, signature) are kept as
:class:`~models.files.stored.StoredFile` rows and the setting holds the row's id.
"""

from dataclasses import dataclass

from peewee import CharField, DateTimeField, TextField

from models.base import BaseModel
from models.messages import QT_TRANSLATE_NOOP, Message, ValidationError
from models.sharing.stamps import UNCHECKED, fresh, refuse_if_changed
from models.text_rules import NAME_MAX, SHORT_MAX, TITLE_MAX, text_problem
from models.vocab import EMPLOYMENT, EVENT_KINDS

# Kinds that count as competency development (pengembangan kompetensi) unless an event says
# otherwise; the library's programmes for the public do not.
DEVELOPMENT_KINDS = ["pelatihan", "bimtek", "seminar", "workshop", "webinar", "studi_banding",
                     "sosialisasi"]
JP_ROUNDING = {
    "half": QT_TRANSLATE_NOOP("Settings", "Down to a half JP"),
    "whole": QT_TRANSLATE_NOOP("Settings", "Down to a whole JP"),
}


# Where versions before 9 kept the certificates' private signing key (moved out on open).
LEGACY_SIGNING_KEY = "signing_private_key"


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = TextField()
    # Who last saved it and when (schema 14; see models/sharing/stamps.py).
    changed_at = DateTimeField(null=True)
    changed_by = CharField(null=True)


def put(key: str, text: str, stamp: dict | None = None) -> None:
    """Store one setting, replacing its value: an upsert both engines know (REPLACE is
    SQLite's own). ``stamp``: who saved it in the Settings dialog, and when."""
    stamp = stamp or {}
    (Setting.insert(key=key, value=text, **stamp)
     .on_conflict(conflict_target=[Setting.key],
                  update={Setting.value: text, **{getattr(Setting, k): v
                                                  for k, v in stamp.items()}}).execute())


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: object
    kind: type  # str, int, bool, list (codes); "image" specs use int (a StoredFile id, 0 = none)
    label: str
    image: bool = False
    unit: str = ""  # shown after a number: "JP", "%", "minutes" (translated in the UI)
    maximum: int = 500
    minimum: int = 0
    choices: dict | None = None  # code → label: one of them (str) or several (list)


SPECS = [
    SettingSpec("government", "Pemerintah Kota Tanjungpinang", str,
                QT_TRANSLATE_NOOP("Settings", "Government (letterhead's first line)")),
    SettingSpec("office_name", "Perpustakaan Kota Tanjungpinang", str,
                QT_TRANSLATE_NOOP("Settings", "Office name")),
    SettingSpec("office_code", "PERPUS-TPI", str,
                QT_TRANSLATE_NOOP("Settings", "Office short code")),
    SettingSpec("address", "", str, QT_TRANSLATE_NOOP("Settings", "Address")),
    SettingSpec("phone", "", str, QT_TRANSLATE_NOOP("Settings", "Telephone")),
    SettingSpec("website", "", str, QT_TRANSLATE_NOOP("Settings", "Website")),
    SettingSpec("email", "", str, QT_TRANSLATE_NOOP("Settings", "E-mail")),
    SettingSpec("city", "Tanjungpinang", str, QT_TRANSLATE_NOOP("Settings", "City")),
    SettingSpec("logo", 0, int, QT_TRANSLATE_NOOP("Settings", "Logo"), image=True),
    SettingSpec("head_name", "", str, QT_TRANSLATE_NOOP("Settings", "Head of office")),
    SettingSpec("head_title", "Kepala Perpustakaan", str,
                QT_TRANSLATE_NOOP("Settings", "Head's title")),
    SettingSpec("head_rank", "", str,
                QT_TRANSLATE_NOOP("Settings", "Head's rank (pangkat/golongan)")),
    SettingSpec("head_nip", "", str, QT_TRANSLATE_NOOP("Settings", "Head's NIP")),
    SettingSpec("head_signature", 0, int, QT_TRANSLATE_NOOP("Settings", "Head's signature"),
                image=True),
    SettingSpec("jp_target", 20, int, QT_TRANSLATE_NOOP("Settings", "Yearly JP target"),
                unit="JP"),
    SettingSpec("jp_target_employment", ["PNS", "PPPK"], list, QT_TRANSLATE_NOOP(
        "Settings", "The JP target binds"), choices={k: v for k, v in EMPLOYMENT.items() if k}),
    SettingSpec("jp_development_kinds", DEVELOPMENT_KINDS, list, QT_TRANSLATE_NOOP(
        "Settings", "JP counts from these kinds"), choices=EVENT_KINDS),
    SettingSpec("competency_years", 3, int, QT_TRANSLATE_NOOP(
        "Settings", "Competency map: JP of the last"), unit="years", minimum=1, maximum=10),
    SettingSpec("jp_rounding", "half", str, QT_TRANSLATE_NOOP(
        "Settings", "Suggested JP of a session"), choices=JP_ROUNDING),
    SettingSpec("late_after_minutes", 15, int, QT_TRANSLATE_NOOP(
        "Settings", "Check-in is late after the session starts by"), unit="minutes",
        maximum=240),
    SettingSpec("min_attendance_pct", 80, int, QT_TRANSLATE_NOOP(
        "Settings", "Certificate: minimum attendance"), unit="%", maximum=100),
    SettingSpec("evaluation_required", False, bool, QT_TRANSLATE_NOOP(
        "Settings", "Certificate: evaluation must be submitted")),
    SettingSpec("certificate_number_pattern", "{seq:03d}/SERT/{office}/{month_roman}/{year}",
                str, QT_TRANSLATE_NOOP("Settings", "Certificate number pattern")),
    SettingSpec("rating_category_bounds", "1,80; 2,60; 3,40; 4,20", str, QT_TRANSLATE_NOOP(
        "Settings", "Evaluation categories: upper bounds")),
    SettingSpec("backup_keep", 10, int, QT_TRANSLATE_NOOP(
        "Settings", "Automatic backups kept"), maximum=365),
    # Letters and the honorarium list: the Settings dialog's third page starts here.
    SettingSpec("letter_number_pattern", "{code}/{seq}/{office}/{month_roman}/{year}", str,
                QT_TRANSLATE_NOOP("Settings", "Letter number pattern")),
    # The classification code (klasifikasi arsip) leading each numbered letter's number.
    SettingSpec("letter_code_invitation", "005", str, QT_TRANSLATE_NOOP(
        "Settings", "Code of invitations")),
    SettingSpec("letter_code_assignment", "800", str, QT_TRANSLATE_NOOP(
        "Settings", "Code of assignment letters (SPT)")),
    SettingSpec("letter_code_speaker_request", "005", str, QT_TRANSLATE_NOOP(
        "Settings", "Code of requests for a speaker")),
    # PPh 21 withheld from an honorarium (models.letters.honorarium): civil servants by
    # golongan, as the final rate for honoraria paid from the budget; everyone else alike.
    SettingSpec("pph21_golongan_iv", 15, int, QT_TRANSLATE_NOOP(
        "Settings", "PPh 21 on an honorarium: golongan IV"), unit="%", maximum=100),
    SettingSpec("pph21_golongan_iii", 5, int, QT_TRANSLATE_NOOP(
        "Settings", "PPh 21 on an honorarium: golongan III"), unit="%", maximum=100),
    SettingSpec("pph21_golongan_i_ii", 0, int, QT_TRANSLATE_NOOP(
        "Settings", "PPh 21 on an honorarium: golongan I and II"), unit="%", maximum=100),
    SettingSpec("pph21_other", 5, int, QT_TRANSLATE_NOOP(
        "Settings", "PPh 21 on an honorarium: others (non-ASN, with NPWP)"), unit="%",
        maximum=100),
]
SPEC_BY_KEY = {spec.key: spec for spec in SPECS}


def image_keys() -> list[str]:
    return [spec.key for spec in SPECS if spec.image]


def _parse(spec: SettingSpec, stored: str | None):
    if stored is None:
        return list(spec.default) if spec.kind is list else spec.default
    if spec.kind is bool:
        return stored.strip().lower() in ("1", "true", "yes")
    if spec.kind is list:  # codes no longer known are dropped, never passed on
        return [code for code in stored.split(",") if code in spec.choices]
    if spec.choices is not None and stored not in spec.choices:
        return spec.default
    try:
        return spec.kind(stored)
    except ValueError:  # a hand-edited or damaged value: fall back, never crash
        return spec.default


def get(key: str):
    row = Setting.get_or_none(Setting.key == key)
    return _parse(SPEC_BY_KEY[key], row.value if row else None)


def get_all() -> dict:
    stored = {row.key: row.value for row in Setting.select()}
    return {spec.key: _parse(spec, stored.get(spec.key)) for spec in SPECS}


CODE_MAX = 20  # a classification code: 005, 800.1.11.1

# The office's texts print on every paper (letterhead, signature block): the text rule and
# its lengths, as for the same texts typed anywhere else.
TEXT_LIMITS = {"government": TITLE_MAX, "office_name": TITLE_MAX, "office_code": SHORT_MAX,
               "address": TITLE_MAX, "phone": SHORT_MAX, "website": SHORT_MAX,
               "email": SHORT_MAX, "city": SHORT_MAX, "head_name": NAME_MAX,
               "head_title": TITLE_MAX, "head_rank": SHORT_MAX,
               "letter_code_invitation": CODE_MAX, "letter_code_assignment": CODE_MAX,
               "letter_code_speaker_request": CODE_MAX}


def problems(values: dict) -> dict[str, Message]:
    """Field → why it cannot be stored, for the office's texts among ``values``."""
    found = {}
    for key, limit in TEXT_LIMITS.items():
        if key in values and (problem := text_problem(str(values[key]), limit)) is not None:
            found[key] = problem
    return found


def is_stored(key: str) -> bool:
    """Whether the office ever saved this setting (a default shown is not saved)."""
    return Setting.select().where(Setting.key == key).exists()


def stamp() -> tuple | None:
    """(changed_at, changed_by) of the office settings' latest save, None if never saved
    since schema 14: the Settings dialog loads it as one record's stamp. Only what the
    dialog saves counts (the last backup's date, say, is no edit of the settings)."""
    return (Setting.select(Setting.changed_at, Setting.changed_by)
            .where(Setting.key.in_(list(SPEC_BY_KEY)), Setting.changed_at.is_null(False))
            .order_by(Setting.changed_at.desc()).tuples().first())


def save(values: dict, loaded=UNCHECKED) -> None:
    """Store several settings together (one transaction); raises ValidationError, storing
    nothing, when one of the office's texts breaks the text rule. ``loaded``: the
    :func:`stamp`'s time when the dialog was filled (see models/sharing/stamps.py)."""
    from models.db import db

    if found := problems(values):
        raise ValidationError(found)
    with db.atomic():
        refuse_if_changed(stamp(), loaded)
        changed = fresh()
        for key, value in values.items():
            spec = SPEC_BY_KEY[key]
            if spec.kind is bool:
                text = str(int(bool(value)))
            elif spec.kind is list:
                text = ",".join(code for code in spec.choices if code in value)
            else:
                text = str(spec.kind(value))
            put(key, text, changed)


def save_with_images(values: dict, loaded=UNCHECKED) -> None:
    """Store what the Settings dialog shows, all or nothing: an image given as a path (a
    newly chosen logo) is stored first, and one replaced is deleted unless still used."""
    from models.db import db
    from models.files import stored as stored_file

    with db.atomic():
        values = dict(values)
        for key in image_keys():
            if key in values:
                values[key] = stored_file.stored_id(values[key])
        before = get_all()
        save(values, loaded)
        for key in image_keys():
            if key in values and before[key] != values[key]:
                stored_file.delete_if_unused(before[key])
