"""Issuing certificates: who gets one, their numbers and signed payloads, the register.

A certificate belongs to one person in one role at one event. Who qualifies follows the
attendance rule (:mod:`models.certificates.eligibility`); the office may include someone
who does not, and the reason it gives is kept. Issuing again (a corrected name, another
layout) keeps the number. Revoking keeps the row, with the date and the reason, so the QR
code on the paper then verifies as revoked.
"""

import datetime
from dataclasses import dataclass

from peewee import IntegrityError, fn

from models import settings
from models.certificates import signing
from models.certificates.eligibility import verdicts
from models.certificates.numbers import current_pattern, format_number
from models.certificates.outside import is_outside, no_office_certificate
from models.certificates.signatories import choice_problem
from models.certificates.tables import Certificate, CertificateLayout, Signatory
from models.db import db
from models.events.tables import Event
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.search_text import search_key
from models.staff.tables import Person, join_name
from models.text_rules import LONG_MAX, text_problem


def _says(text: str, **params) -> Message:
    return message("Certificates", text, **params)


@dataclass(slots=True)
class Candidate:
    person_id: int
    name: str
    nip: str
    role: str
    qualifies: bool
    reason: Message
    number: str = ""  # the certificate in force, if any; else the last revoked one
    revoked: bool = False  # the number shown was revoked (issuing again replaces it)
    manual_reason: str = ""  # why the certificate in force was issued against the rule
    layout_id: int | None = None  # of the certificate in force
    signatory_ids: tuple = ()


def candidates(event_id: int) -> list[Candidate]:
    """Everyone registered (not cancelled), per role, with whether they qualify and why, and
    the certificate they already have."""
    latest: dict[tuple, Certificate] = {}
    for cert in (Certificate.select().where(Certificate.event == event_id)
                 .order_by(Certificate.revoked_at.is_null(), Certificate.id)):
        latest[(cert.person_id, cert.role)] = cert  # the one in force comes last
    found = []
    verdict_list = verdicts(event_id)
    nips = dict(Person.select(Person.id, Person.nip).where(
        Person.id.in_([v.person_id for v in verdict_list])).tuples())
    for v in verdict_list:
        done = latest.get((v.person_id, v.role))
        candidate = Candidate(v.person_id, v.name, nips.get(v.person_id) or "", v.role,
                              v.qualifies, v.reason)
        if done is not None:
            candidate.number, candidate.revoked = done.number, done.revoked_at is not None
            if not candidate.revoked:
                candidate.manual_reason = done.manual_inclusion
                candidate.layout_id = done.layout_id
                candidate.signatory_ids = tuple(
                    s for s in (done.signatory_id, done.second_signatory_id) if s)
        found.append(candidate)
    return found


@dataclass(frozen=True, slots=True)
class Choice:
    person_id: int
    role: str
    manual_reason: str = ""  # why someone who does not qualify is included


def issue(event_id: int, chosen: list[Choice], issued_on: datetime.date,
          layout_id: int | None = None, signatory_ids: tuple = (),
          redesign: bool = False) -> list[Certificate]:
    """Issue (or issue again) the chosen certificates in one transaction; returns them in
    the order chosen. A person included against the rule needs a reason.

    New certificates get the layout and signatories given (else the default layout and
    the first signatory). One issued before keeps its own unless ``redesign`` says to
    give it those too: printing one more changes no one else's certificate."""
    event = Event.get_by_id(event_id)
    _check_event(event, issued_on)
    qualifies = {(v.person_id, v.role): v.qualifies for v in verdicts(event_id)}
    for choice in chosen:
        key = (choice.person_id, choice.role)
        if key not in qualifies:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Certificates", "{name} is not registered for this event as {role}."),
                name=Person.get_by_id(choice.person_id).full_name, role=choice.role))
        wrong = text_problem(choice.manual_reason.strip(), LONG_MAX, multiline=True)
        if wrong is not None:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Certificates", "Why {name} is included: {reason}"),
                name=Person.get_by_id(choice.person_id).full_name, reason=wrong))
        if not qualifies[key] and not choice.manual_reason.strip():
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Certificates", "{name} does not meet the certificate rule: say why they are "
                                "included."), name=Person.get_by_id(choice.person_id).full_name))
    twice = choice_problem(signatory_ids)
    if twice is not None:
        raise SiBinaError(twice)
    signatories = [s for s in signatory_ids if s][:2]
    chosen_design = {}
    if layout_id is not None:
        chosen_design["layout"] = layout_id
    if signatories:
        chosen_design.update(signatory=signatories[0],
                             second_signatory=signatories[1] if len(signatories) > 1 else None)
    first = ensure_default_signatory()
    common = {"layout": default_layout_id(), "signatory": first.id if first else None,
              "second_signatory": None, **chosen_design}
    office = settings.get("office_code")
    pattern = current_pattern()
    sign = signing.signer()
    people = _people([c.person_id for c in chosen])
    with db.atomic():
        # Only certificates in force are issued again; a revoked one gets a replacement.
        existing = {(c.person_id, c.role): c for c in
                    Certificate.select().where(Certificate.event == event_id,
                                               Certificate.revoked_at.is_null())}
        next_seq = _next_seq(issued_on.year)
        new_rows = []
        for choice in chosen:
            name = people[choice.person_id].full_name
            cert = existing.get((choice.person_id, choice.role))
            if cert is None:  # a new number; written below, all at once
                number = format_number(pattern, next_seq, issued_on, office)
                new_rows.append({
                    **common, "number": number, "year": issued_on.year, "seq": next_seq,
                    "event": event_id, "person": choice.person_id, "role": choice.role,
                    "issued_on": issued_on, "manual_inclusion": choice.manual_reason.strip(),
                    "payload": sign(payload_fields(number, name, choice.role, event,
                                                   issued_on))})
                next_seq += 1
                continue
            if redesign:  # issued again: same number and date; a new design only if asked
                for field, value in chosen_design.items():
                    setattr(cert, field, value)
            cert.manual_inclusion = choice.manual_reason.strip()
            cert.payload = sign(payload_fields(cert.number, name, choice.role, event,
                                               cert.issued_on))
            cert.save()
        try:
            for start in range(0, len(new_rows), 200):
                Certificate.insert_many(new_rows[start:start + 200]).execute()
        except IntegrityError as exc:  # a number the pattern made twice
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Certificates", "The number pattern gives a number that was issued before "
                                "({number}); check the pattern in Settings."),
                number=new_rows[0]["number"] if new_rows else "")) from exc
        issued = {(c.person_id, c.role): c for c in
                  Certificate.select().where(Certificate.event == event_id,
                                             Certificate.revoked_at.is_null())}
    return [issued[(c.person_id, c.role)] for c in chosen]


def _check_event(event: Event, issued_on: datetime.date) -> None:
    """Certificates are for events that took place: not cancelled, at their last day by the
    date of issue (certificates are often handed out at the closing), and run by the office:
    an outside body's event gives that body's certificates (:mod:`.outside`). Who qualifies
    is judged on the sessions held so far, so a certificate issued earlier could go to
    someone who then misses the rest."""
    if is_outside(event):
        raise SiBinaError(no_office_certificate(event))
    if event.status == "cancelled":
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Certificates", "“{title}” was cancelled: it gives no certificates."),
            title=event.title))
    if event.start_date > issued_on:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Certificates", "“{title}” begins on {start}, after the date of issue {date}: "
                            "certificates are issued once it has begun."),
            title=event.title, start=event.start_date, date=issued_on))
    if event.end_date > issued_on:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Certificates", "“{title}” runs until {end}, after the date of issue {date}: "
                            "certificates are issued from its last day."),
            title=event.title, end=event.end_date, date=issued_on))


def _people(ids: list[int]) -> dict[int, Person]:
    found = {}
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), 500):
        found.update({p.id: p for p in Person.select().where(
            Person.id.in_(unique[start:start + 500]))})
    return found


# Characters of the recipient's name and the event's title the QR code vouches for: the
# code must stay coarse enough for a cheap scanner, and drawable at all for a name an old
# database holds at 10,000 characters. The certificate prints them whole; a verification
# shows the shortened one, ending in "…", next to the paper.
PAYLOAD_NAME_MAX = 100
PAYLOAD_TITLE_MAX = 60


def _bounded(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def payload_fields(number: str, name: str, role: str, event: Event,
                   issued_on: datetime.date) -> list[str]:
    """What the QR code vouches for: number, recipient, role, event and its dates, the date
    of issue. A long name or title is shortened: the QR code must stay small enough to
    print."""
    return [number, _bounded(name, PAYLOAD_NAME_MAX), role,
            _bounded(event.title, PAYLOAD_TITLE_MAX), event.start_date.isoformat(),
            event.end_date.isoformat(), issued_on.isoformat()]


def _next_seq(year: int) -> int:
    last = Certificate.select(fn.MAX(Certificate.seq)).where(Certificate.year == year).scalar()
    return (last or 0) + 1


def default_layout_id() -> int:
    from models.certificates.layouts import ensure_default_layout

    return ensure_default_layout().id


def revoke(number: str, reason: str, when: datetime.datetime | None = None) -> Certificate:
    cert = find(number)
    if cert is None:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Certificates", "There is no certificate numbered {number}."), number=number))
    if not reason.strip():
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Certificates", "Say why the certificate is revoked.")))
    wrong = text_problem(reason.strip(), LONG_MAX, multiline=True)
    if wrong is not None:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP("Certificates", "Why it is revoked: {reason}"),
                                reason=wrong))
    if cert.revoked_at is not None:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Certificates", "Certificate {number} was revoked already, on {date}."),
            number=cert.number, date=cert.revoked_at.date()))
    cert.revoked_at = when or datetime.datetime.now().replace(microsecond=0)
    cert.revoked_reason = reason.strip()
    cert.save()
    return cert


def find(number: str) -> Certificate | None:
    """A certificate by its number, however spaced or cased it was typed."""
    wanted = "".join(number.split()).upper()
    return Certificate.get_or_none(fn.UPPER(fn.REPLACE(Certificate.number, " ", "")) == wanted)


@dataclass(frozen=True, slots=True)
class RegisterRow:
    id: int
    number: str
    issued_on: datetime.date
    name: str
    nip: str
    role: str
    event_id: int
    event: str
    revoked_at: datetime.datetime | None
    revoked_reason: str
    manual_inclusion: str


def register(search: str = "", event_id: int | None = None) -> list[RegisterRow]:
    """The issued certificates, newest first; every word of ``search`` must appear in the
    number, the name, the NIP or the event's title."""
    query = (Certificate.select(Certificate.id, Certificate.number, Certificate.issued_on,
                                Person.front_title, Person.name, Person.back_title, Person.nip,
                                Certificate.role, Event.id, Event.title,
                                Certificate.revoked_at, Certificate.revoked_reason,
                                Certificate.manual_inclusion)
             .join(Person).switch(Certificate).join(Event)
             .order_by(Certificate.year.desc(), Certificate.seq.desc()))
    if event_id is not None:
        query = query.where(Certificate.event == event_id)
    rows = [RegisterRow(cid, number, issued, join_name(front, name, back), nip or "", role,
                        eid, title, revoked, reason, manual)
            for (cid, number, issued, front, name, back, nip, role, eid, title, revoked,
                 reason, manual) in query.tuples()]
    words = search_key(search).split()
    if words:
        rows = [r for r in rows if all(w in search_key(f"{r.number} {r.name} {r.nip} {r.event}")
                                       for w in words)]
    return rows


def ensure_default_signatory() -> Signatory | None:
    """The head of office from Settings, as the first signatory, made once; None while
    Settings name no head."""
    with db.atomic():
        first = Signatory.select().where(Signatory.active).order_by(Signatory.id).first()
        if first is not None or Signatory.select().exists():
            return first  # all deactivated on purpose: none is made behind the office's back
        values = settings.get_all()
        if not values["head_name"].strip():
            return None
        return Signatory.create(name=values["head_name"].strip(),
                                title=values["head_title"].strip() or "Kepala Perpustakaan",
                                nip=values["head_nip"], signature=values["head_signature"] or None)


def signatories(active_only: bool = True) -> list[Signatory]:
    query = Signatory.select().order_by(Signatory.id)
    if active_only:
        query = query.where(Signatory.active)
    return list(query)


def layouts() -> list[CertificateLayout]:
    from models.certificates.layouts import ensure_default_layout

    ensure_default_layout()
    return list(CertificateLayout.select().order_by(CertificateLayout.is_default.desc(),
                                                    CertificateLayout.name))
