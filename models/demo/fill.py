"""Demo data: a believable year of the Tanjungpinang library office in an empty database.

``fill_demo`` runs small steps in order (staff, externals, themes, profile, events) inside
one transaction; later issues append their own steps (attendance, evaluations) to
``STEPS``. Everything is drawn from one seeded ``random.Random`` and dated relative to
``today``, so the same call always makes the same database.
"""

import datetime
import random
import re
import unicodedata
from dataclasses import dataclass, field

from models import settings, vocab
from models.certificates.tables import Signatory
from models.db import db, is_empty
from models.demo.attendance import add_attendance
from models.demo.certificates import add_certificates
from models.demo.evaluations import add_evaluations
from models.demo.events import add_events
from models.demo.network import add_network
from models.demo.payments import add_payments
from models.demo.staff_data import (
    EXTERNALS,
    GIVEN_FEMALE,
    GIVEN_MALE,
    INSTITUTION,
    MAIL_DOMAINS,
    PHONE_PREFIXES,
    POSITION_RANKS,
    PROFILE,
    PUBLIC_PER_GROUP,
    READERS,
    REGION,
    SCHOOLS,
    SECOND_NAMES,
    STAFF,
    THEMES,
)
from models.events.tables import Theme
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.progress import NO_PROGRESS, Progress
from models.staff import staff_list as staff
from models.staff.tables import Person

SEED = 20261125
_C = "Demo"


@dataclass
class DemoContext:
    """What the steps share: the random source, the reference date, and what was made."""

    rng: random.Random
    today: datetime.date
    nips: set[str] = field(default_factory=set)
    staff: list[Person] = field(default_factory=list)
    externals: list[Person] = field(default_factory=list)  # speakers and guests
    pupils: list[Person] = field(default_factory=list)  # the public at the library's
    readers: list[Person] = field(default_factory=list)  # own programmes
    themes: list[Theme] = field(default_factory=list)
    head: Person | None = None


def fill_demo(progress: Progress = NO_PROGRESS, today: datetime.date | None = None,
              seed: int = SEED) -> dict:
    """Fill an empty database with demo data; return how many rows of each kind were made."""
    if not is_empty():
        raise SiBinaError(message(_C, QT_TRANSLATE_NOOP(
            "Demo",
            "The database already holds data; demo data goes only into an empty database.")))
    ctx = DemoContext(random.Random(seed), today or datetime.date.today())
    counts: dict[str, int] = {}
    with db.atomic():
        for done, step in enumerate(STEPS):
            progress.step(done, len(STEPS))
            counts.update(step(ctx))
        progress.step(len(STEPS), len(STEPS))
    return counts


# --- people ---------------------------------------------------------------------------------

def _add_staff(ctx: DemoContext) -> dict:
    rng = ctx.rng
    for row in STAFF:
        rank, nip = "", None
        retired_year = ctx.today.year - row.retired if row.retired else 0
        if row.employment == "PNS":
            low, high = POSITION_RANKS[row.position]
            entry = entry_rank(row.front, row.back)
            rank_index = max(rng.randint(low, high), entry)
            rank = vocab.RANKS[rank_index]
            retire_age = 60 if "Madya" in row.position else 58
            nip = _nip(ctx, row.gender, promotion_years(rng, rank_index, entry),
                       retired_year, retire_age)
        elif row.employment == "PPPK":
            nip = _nip(ctx, row.gender, rng.randint(1, 4), age_range=(24, 40))
        person = _create({
            "nip": nip, "front_title": row.front, "name": row.name, "back_title": row.back,
            "gender": row.gender, "employment": row.employment, "rank": rank,
            "position": row.position,
            "functional_level": row.position if row.position in vocab.FUNCTIONAL_LEVELS else "",
            "unit": row.unit, "institution": INSTITUTION, "region": REGION,
            "phone": phone(rng) if rng.random() < 0.9 else "",
            "email": email(rng, row.name) if rng.random() < 0.7 else "",
            "notes": f"Pensiun {retired_year}" if retired_year else "",
        }, active=not row.retired)
        ctx.staff.append(person)
    ctx.head = ctx.staff[0]
    return {"staff": len(ctx.staff), "inactive": sum(1 for r in STAFF if r.retired)}


def _add_externals(ctx: DemoContext) -> dict:
    rng = ctx.rng
    for row in EXTERNALS:
        nip = None
        if row.rank:
            rank_index = vocab.RANKS.index(row.rank)
            entry = entry_rank(row.front, row.back)
            nip = _nip(ctx, row.gender, promotion_years(rng, rank_index, entry))
        person = _create({
            "nip": nip, "front_title": row.front, "name": row.name, "back_title": row.back,
            "gender": row.gender, "employment": "PNS" if nip else "", "rank": row.rank,
            "position": row.position,
            "functional_level": row.position if row.position in vocab.FUNCTIONAL_LEVELS else "",
            "institution": row.institution, "region": row.region,
            "phone": phone(rng) if rng.random() < 0.8 else "",
            "email": email(rng, row.name) if rng.random() < 0.6 else "",
            "is_external": True,
        })
        ctx.externals.append(person)
    _add_public(ctx)
    return {"externals": len(ctx.externals) + len(ctx.pupils) + len(ctx.readers)}


def _add_public(ctx: DemoContext) -> None:
    """Pupils and readers for the library's programmes for the public. Their names come
    from the name lists by position, not from ``ctx.rng``: the rest of the demo draws the
    same numbers as before they were added."""
    for group, places, position in ((ctx.pupils, SCHOOLS, "Pelajar"),
                                    (ctx.readers, READERS, "Pemustaka")):
        offset = len(ctx.pupils)
        for n in range(PUBLIC_PER_GROUP):
            i = n + offset
            gender = "F" if i % 2 else "M"
            given = GIVEN_FEMALE if gender == "F" else GIVEN_MALE
            name = f"{given[(i * 7) % len(given)]} {SECOND_NAMES[(i * 5) % len(SECOND_NAMES)]}"
            group.append(_create({
                "name": name, "gender": gender, "position": position,
                "institution": places[n % len(places)], "region": REGION,
                "is_external": True}))


def _create(data: dict, active: bool = True) -> Person:
    """Validate like the staff form does, so the demo never holds what the office could not type."""
    return Person.create(**staff.validate(data), active=active)


def _nip(ctx: DemoContext, gender: str, service: int, retired_year: int = 0,
         retire_age: int = 58, age_range: tuple[int, int] = (22, 30)) -> str:
    birth, appointed = career_dates(ctx.rng, ctx.today, service, retired_year, retire_age,
                                    age_range)
    seq = ctx.rng.randint(1, 5)
    while (nip := make_nip(birth, appointed, gender, seq)) in ctx.nips:
        seq += 1
    ctx.nips.add(nip)
    return nip


# --- themes and profile -----------------------------------------------------------------------

def _add_themes(ctx: DemoContext) -> dict:
    # A new database has the default themes already; the demo's events use them.
    ctx.themes = [Theme.get_or_create(name=name, defaults={"position": i})[0]
                  for i, name in enumerate(THEMES)]
    return {"themes": len(ctx.themes)}


def _add_profile(ctx: DemoContext) -> dict:
    head = ctx.head
    settings.save({**PROFILE, "head_name": head.full_name, "head_nip": head.nip,
                   "head_rank": head.rank})
    Signatory.create(name=head.full_name, title=PROFILE["head_title"], nip=head.nip)
    return {"signatories": 1}


def _add_events(ctx: DemoContext) -> dict:
    """Events, sessions and registrations (see :mod:`models.demo.events`)."""
    return add_events(ctx)


# Later issues append their steps here (e.g. _add_attendance, _add_evaluations).
def _add_photos(_ctx: DemoContext) -> dict:
    from models.demo.report_texts import add_photos

    return {"photos": add_photos()}


STEPS = [_add_staff, _add_externals, _add_themes, _add_profile, _add_events, add_attendance,
         add_evaluations, add_certificates, _add_photos, add_payments, add_network]


# --- building blocks, shared with benchmarks/stress.py ----------------------------------------

_GRADUATE = re.compile(r"(?<![A-Za-z])(S\.|Dr|M\.|Prof)")


def entry_rank(front: str, back: str) -> int:
    """Index into vocab.RANKS where a career starts: III/a with a degree, II/c with a diploma."""
    titles = f"{front} {back}"
    if _GRADUATE.search(titles):
        return vocab.RANKS.index("Penata Muda, III/a")
    if "A.Md." in titles:
        return vocab.RANKS.index("Pengatur, II/c")
    return 0


def promotion_years(rng: random.Random, rank_index: int, entry: int) -> int:
    """Years of service to reach a rank by regular promotion (one step every four years)."""
    return max(0, rank_index - entry) * 4 + rng.randint(1, 4)


def career_dates(rng: random.Random, today: datetime.date, service: int,
                 retired_year: int = 0, retire_age: int = 58,
                 age_range: tuple[int, int] = (22, 30)) -> tuple[datetime.date, tuple[int, int]]:
    """A birth date (1965–1998) and an appointment (year, month) after it, before ``today``."""
    last_year = today.year - 1
    if retired_year:
        birth_year = retired_year - retire_age
        appointed = birth_year + rng.randint(23, 28)
    else:
        appointed = last_year - service + 1
        birth_year = appointed - rng.randint(*age_range)
    birth_year = min(max(birth_year, 1965), 1998)
    appointed = min(max(appointed, birth_year + 22), last_year)
    birth = datetime.date(birth_year, rng.randint(1, 12), rng.randint(1, 28))
    return birth, (appointed, rng.randint(1, 12))


def make_nip(birth: datetime.date, appointed: tuple[int, int], gender: str, seq: int) -> str:
    """The 18 digits: birth YYYYMMDD, appointment YYYYMM, gender 1/2, sequence."""
    year, month = appointed
    return f"{birth:%Y%m%d}{year:04d}{month:02d}{'1' if gender == 'M' else '2'}{seq:03d}"


def phone(rng: random.Random) -> str:
    return f"{rng.choice(PHONE_PREFIXES)}-{rng.randint(1000, 9999)}-{rng.randint(1000, 9999)}"


def email(rng: random.Random, name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z ]", "", ascii_name.lower()).split()
    local = ".".join(words[:2]) + (str(rng.randint(1, 99)) if rng.random() < 0.4 else "")
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"
