"""The competency map: for each active member of staff, the JP per theme over the last N
years (a setting, 3 by default), and the training needs list of one theme drawn from it.

The JP are those of the one JP rule (:func:`models.events.jp.by_theme`): sessions attended
at the office's events, the outside certificate's JP at an outside body's, only events
that count as competency development. "The last N years" are the events that began in
the N years up to ``today`` (the day N years before excluded), so a map made on any day
of the year looks back as far.
"""

import datetime
from dataclasses import dataclass

from models import settings
from models.db import db
from models.events import jp
from models.events.tables import Theme
from models.events.themes import choices as theme_choices
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.staff.tables import Person, join_name


@dataclass(slots=True)
class StaffRow:
    person_id: int
    name: str  # with titles, as printed
    nip: str
    unit: str
    functional_level: str
    jp: list[float]  # one per theme, in the map's order of themes
    other: float  # at development events without a theme: in the total only
    total: float


@dataclass
class CompetencyMap:
    since: datetime.date
    until: datetime.date
    years: int
    themes: list[tuple[int, str]]  # (id, name) in the office's order
    rows: list[StaffRow]

    @property
    def has_other(self) -> bool:
        """Whether some JP came from events without a theme (a column of their own)."""
        return any(row.other for row in self.rows)


def years_setting(years: int | None = None) -> int:
    """The N of "the last N years": given, or the setting; at least one."""
    return max(1, int(years if years is not None else settings.get("competency_years")))


def window(today: datetime.date, years: int) -> tuple[datetime.date, datetime.date]:
    """The first and last day whose events count for "the last ``years`` years"."""
    try:
        back = today.replace(year=today.year - years)
    except ValueError:  # 29 February, in a year without one
        back = today.replace(year=today.year - years, day=28)
    return back + datetime.timedelta(days=1), today


def staff(unit: str | None = None, functional_level: str | None = None) -> list[tuple]:
    """(id, name with titles, NIP, unit, functional level) of active staff, by name."""
    query = (Person.select(Person.id, Person.front_title, Person.name, Person.back_title,
                           Person.nip, Person.unit, Person.functional_level)
             .where(Person.active, ~Person.is_external))
    if unit:
        query = query.where(Person.unit == unit)
    if functional_level:
        query = query.where(Person.functional_level == functional_level)
    # The plain cursor: thousands of rows of text as stored, no model objects needed.
    rows = [(pid, join_name(front, name, back), nip or "", unit_ or "", level or "")
            for pid, front, name, back, nip, unit_, level in db.execute(query)]
    rows.sort(key=lambda row: (row[1].casefold(), row[0]))
    return rows


def competency_map(today: datetime.date, years: int | None = None, unit: str | None = None,
                   functional_level: str | None = None) -> CompetencyMap:
    """Every active member of staff (of ``unit``, at ``functional_level``) with the JP per
    theme and in all over the last ``years`` years (the setting when not given)."""
    years = years_setting(years)
    since, until = window(today, years)
    themes = theme_choices()
    earned = jp.by_theme(since, until)
    rows = []
    for pid, name, nip, unit_, level in staff(unit, functional_level):
        per_theme = [earned.get((pid, theme_id), 0.0) for theme_id, _name in themes]
        other = earned.get((pid, None), 0.0)
        rows.append(StaffRow(pid, name, nip, unit_, level, per_theme, other,
                             sum(per_theme) + other))
    return CompetencyMap(since, until, years, themes, rows)


def theme_id(given: str | int) -> int:
    """A theme named by its id or its name (without regard to case); a clear error
    naming what was given when there is none."""
    text = str(given).strip()
    if text.isdigit() and Theme.get_or_none(Theme.id == int(text)) is not None:
        return int(text)
    for found_id, name in theme_choices():
        if name.casefold() == text.casefold():
            return found_id
    raise SiBinaError(message("Competency", QT_TRANSLATE_NOOP(
        "Competency", "There is no theme “{theme}”: give its name as in the list of themes, "
                      "or its number."), theme=text))


@dataclass(slots=True)
class NeedRow:
    person_id: int
    name: str
    nip: str
    unit: str
    functional_level: str
    jp: float  # in the theme over the N years


def training_needs(theme: int, today: datetime.date, years: int | None = None,
                   below: float | None = None, unit: str | None = None) -> list[NeedRow]:
    """Active staff with no JP in ``theme`` over the last ``years`` years (or fewer than
    ``below`` JP), by unit then name: whom the theme's next event is for."""
    return needs_in(competency_map(today, years, unit), theme, below)


def needs_in(found: CompetencyMap, theme: int, below: float | None = None) -> list[NeedRow]:
    """:func:`training_needs` from a map already made (a report asks for every theme)."""
    column = [theme_id_ for theme_id_, _name in found.themes].index(theme)
    needs = [NeedRow(row.person_id, row.name, row.nip, row.unit, row.functional_level,
                     row.jp[column])
             for row in found.rows
             if (row.jp[column] < below if below else not row.jp[column])]
    needs.sort(key=lambda row: (row.unit.casefold(), row.name.casefold(), row.person_id))
    return needs
