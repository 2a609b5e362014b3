"""The theme areas the office trains for: an editable, ordered list.

A new database starts with the themes of the seed article (collection management,
classification, IT and digitisation, marketing and social media, service innovation,
information literacy, professional networking, evaluation); the office renames, adds,
reorders and removes them. A theme that events use is never removed under them: the list
says which events, so the office renames it or moves those events first.
"""

from models.db import db
from models.engine import marks
from models.events.tables import Event, Theme
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.text_rules import SHORT_MAX, text_problem

DEFAULT_THEMES = (
    "Pengelolaan Koleksi",
    "Klasifikasi dan Katalogisasi",
    "Teknologi Informasi dan Digitalisasi",
    "Pemasaran Perpustakaan dan Media Sosial",
    "Inovasi Layanan",
    "Literasi Informasi",
    "Jejaring Profesional",
    "Evaluasi dan Pengukuran Dampak",
)


def _says(text: str, **params) -> Message:
    return message("Themes", text, **params)


def seed_defaults(database) -> None:
    """The default list, into a theme table that is still empty (new or upgraded files)."""
    if database.execute_sql("SELECT COUNT(*) FROM theme").fetchone()[0]:
        return
    for position, name in enumerate(DEFAULT_THEMES):
        database.execute_sql(f"INSERT INTO theme (name, position) VALUES ({marks(2, database)})",
                             (name, position))


def listing() -> list[tuple[int, str, int]]:
    """Every theme in the office's order: id, name and how many events use it."""
    from peewee import JOIN, fn

    return list(Theme.select(Theme.id, Theme.name, fn.COUNT(Event.id))
                .join(Event, JOIN.LEFT_OUTER).group_by(Theme.id)
                .order_by(Theme.position, Theme.name).tuples())


def choices() -> list[tuple[int, str]]:
    """(id, name) of every theme in the office's order, to choose from."""
    return list(Theme.select(Theme.id, Theme.name).order_by(Theme.position, Theme.name)
                .tuples())


def save_list(rows: list[tuple[int | None, str]]) -> None:
    """Make the list exactly ``rows`` (id or None for a new theme, name), in that order,
    in one transaction; a blank or repeated name, or removing a theme in use, changes
    nothing and says why."""
    names = [" ".join(name.split()) for _id, name in rows]
    for number, name in enumerate(names, 1):
        if not name:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Themes", "Theme {number} has no name."), number=number))
        wrong = text_problem(name, SHORT_MAX)
        if wrong is not None:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Themes", "Theme {number}: {reason}"), number=number, reason=wrong))
        if name.casefold() in (n.casefold() for n in names[:number - 1]):
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Themes", "“{name}” is in the list twice."), name=name))
    kept = {theme_id for theme_id, _name in rows if theme_id is not None}
    with db.atomic():
        gone = Theme.select().where(Theme.id.not_in(list(kept)))
        for theme in gone:
            used = Event.select().where(Event.theme == theme.id)
            if used.exists():
                raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                    "Themes", "“{name}” is the theme of events such as “{title}” ({count} "
                              "in all): rename it instead, or give those events another "
                              "theme first."), name=theme.name, count=used.count(),
                    title=used.order_by(Event.start_date.desc()).first().title))
        Theme.delete().where(Theme.id.not_in(list(kept))).execute()
        # Names move out of the way first: swapping two names must not trip the UNIQUE index.
        # A control character no theme may hold (nor NUL, which PostgreSQL refuses in text).
        for theme_id in kept:
            Theme.update(name=f"\x1f{theme_id}").where(Theme.id == theme_id).execute()
        for position, ((theme_id, _old), name) in enumerate(zip(rows, names, strict=True)):
            if theme_id is None:
                Theme.create(name=name, position=position)
            else:
                Theme.update(name=name, position=position).where(
                    Theme.id == theme_id).execute()
