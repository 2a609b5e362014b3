"""Language: the translators, the locale, and turning domain Messages into text."""

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from models.messages import Message

TRANSLATIONS = Path(__file__).resolve().parent.parent / "resources" / "translations"
LANGUAGES = ("id", "en")
DEFAULT_LANGUAGE = "id"

_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> None:
    """Load SiBina's own translation (and the extra Qt strings) for ``language``."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        names = ("sibina_id", "qt_extra_id")
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        names = ("sibina_en",)  # English plural forms only: the source texts are English
    for name in names:
        translator = QTranslator(app)
        if translator.load(name, str(TRANSLATIONS)):
            app.installTranslator(translator)
            _installed.append(translator)


_PLACEHOLDER = re.compile(r"%(\d+)")


def fill(template: str, *values) -> str:
    """A translated text with ``%1``, ``%2`` … filled in one pass, as Qt's ``arg`` does.

    A value is never scanned again: a speaker typed as ``Budi %2`` stays ``Budi %2``
    (chained ``replace`` calls turned it into the next value). A number without a value
    is left as it stands."""
    def value(found: re.Match) -> str:
        index = int(found.group(1)) - 1
        return str(values[index]) if 0 <= index < len(values) else found.group(0)

    return _PLACEHOLDER.sub(value, template)


def text(msg: Message) -> str:
    """A domain message in the user's language, parameters filled in (dates as the user's
    language writes them: ``5 Desember 2026``)."""
    params = {key: _shown(value) for key, value in msg.params.items()}
    return QCoreApplication.translate(msg.context, msg.text).format(**params)


def _shown(value):
    import datetime

    if isinstance(value, Message):  # a translatable word inside a sentence
        return text(value)

    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        from PySide6.QtCore import QDate

        return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")
    if isinstance(value, datetime.time):
        return clock(value)
    return value


def vocab(label: str) -> str:
    """A label from models.vocab in the user's language."""
    return QCoreApplication.translate("Vocab", label)



def day_text(day) -> str:
    """``25 November 2026`` (the Indonesian way, month in full), from a ``datetime.date``."""
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def days_text(start, end) -> str:
    """``10–11 Maret 2026``, ``30 Desember 2025 – 2 Januari 2026``."""
    if start == end or end is None:
        return day_text(start)
    if (start.year, start.month) == (end.year, end.month):
        return f"{start.day}–{day_text(end)}"
    if start.year == end.year:
        from PySide6.QtCore import QDate

        return (QLocale().toString(QDate(start.year, start.month, start.day), "d MMMM")
                + " – " + day_text(end))
    return f"{day_text(start)} – {day_text(end)}"


def long_date(day) -> str:
    """``Selasa, 10 Maret 2026`` (or the English form), from a ``datetime.date``."""
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(day.year, day.month, day.day), "dddd, d MMMM yyyy")


def clock(moment) -> str:
    """``08.30`` in Indonesian, ``08:30`` in English, from a ``datetime.time``/``datetime``."""
    separator = "." if QLocale().language() == QLocale.Language.Indonesian else ":"
    return f"{moment.hour:02d}{separator}{moment.minute:02d}"


def date_and_time(moment) -> str:
    """``10 Mar 2026 08.30``, from a ``datetime.datetime``."""
    from PySide6.QtCore import QDate

    day = QLocale().toString(QDate(moment.year, moment.month, moment.day), "d MMM yyyy")
    return f"{day} {clock(moment)}"
