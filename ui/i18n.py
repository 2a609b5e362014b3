"""Language: the translators, the locale, and turning domain Messages into text."""

import datetime
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from models.messages import Message
from ui.common import formats

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
    if isinstance(value, Message):  # a translatable word inside a sentence
        return text(value)
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        return formats.long_date(value)
    if isinstance(value, datetime.time):
        return formats.clock(value)
    if isinstance(value, float):  # str() would write 80.5 in an Indonesian sentence
        return formats.number(value)
    return value  # an int is a year or a row number as often as a count: never grouped


def vocab(label: str) -> str:
    """A label from models.vocab in the user's language."""
    return QCoreApplication.translate("Vocab", label)


def role_name(code: str | None) -> str:
    """A user's role (models.users.roles) in the user's language."""
    from models.users.roles import ROLES

    return QCoreApplication.translate("Roles", ROLES[code]) if code in ROLES else ""
