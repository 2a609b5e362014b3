"""Certificates from outside bodies: an event run by another body (a Perpusnas webinar, a
provincial training) gives its own certificates, not the office's. The office records each
participant's (number, issuer, date, JP and a scan if it has one) and that JP is what the
person earned there (:mod:`models.events.jp`).

An event the office co-organised with the outside body gives the office's certificate, as
its own events do.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path

from models.base import now
from models.certificates.tables import OutsideCertificate
from models.db import db
from models.events.tables import Event, Registration
from models.files import stored as stored_file
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.sharing.stamps import UNCHECKED, DeletedMeanwhile, fresh, refuse_if_changed
from models.staff.tables import Person, join_name
from models.text_rules import SHORT_MAX, TITLE_MAX, text_problem

MAX_JP = 1000  # more than any training gives: a typing slip (a year's number, say)


def _says(text: str, **params) -> Message:
    return message("Certificates", text, **params)


def is_outside(event: Event) -> bool:
    """Run by an outside body without the office: it gives no office certificate."""
    return bool(event.organiser_external) and not event.co_organised


def no_office_certificate(event: Event) -> Message:
    return _says(QT_TRANSLATE_NOOP(
        "Certificates", "“{title}” is organised by {organiser}, which gives its own "
                        "certificates: record each participant's certificate instead of "
                        "issuing the office's."),
        title=event.title, organiser=event.organiser_name or "—")


@dataclass(slots=True)
class OutsideRow:
    person_id: int
    name: str
    nip: str
    number: str = ""  # empty while none is recorded
    issuer: str = ""
    issued_on: datetime.date | None = None
    jp: float | None = None
    scan_id: int | None = None
    changed_at: datetime.datetime | None = None  # the stamp a form loads (models/sharing/stamps.py)


def rows(event_id: int) -> list[OutsideRow]:
    """The event's participants (not cancelled) with the certificate recorded for each."""
    recorded = {c.person_id: c for c in
                OutsideCertificate.select().where(OutsideCertificate.event == event_id)}
    people = (Person.select(Person.id, Person.front_title, Person.name, Person.back_title,
                            Person.nip)
              .join(Registration, on=(Registration.person == Person.id))
              .where(Registration.event == event_id, Registration.role == "peserta",
                     ~Registration.cancelled)
              .order_by(Person.name).tuples())
    found = []
    for pid, front, name, back, nip in people:
        row = OutsideRow(pid, join_name(front, name, back), nip or "")
        cert = recorded.get(pid)
        if cert is not None:
            row.number, row.issuer, row.issued_on = cert.number, cert.issuer, cert.issued_on
            row.jp, row.scan_id, row.changed_at = cert.jp, cert.scan_id, cert.changed_at
        found.append(row)
    return found


def record(event_id: int, person_id: int, number: str, issuer: str,
           issued_on: datetime.date, jp: float, scan: Path | None = None,
           drop_scan: bool = False, loaded=UNCHECKED) -> OutsideCertificate:
    """Record (or correct) a participant's outside certificate in one transaction. ``scan``
    replaces the stored scan; ``drop_scan`` removes it. ``loaded``: the stamp the form
    loaded, None when it showed no certificate (see models/sharing/stamps.py)."""
    event = Event.get_by_id(event_id)
    number, issuer = " ".join(number.split()), " ".join(issuer.split())
    if not is_outside(event):
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Certificates", "“{title}” is the office's own event: it gives the office's "
                            "certificate, not an outside one."), title=event.title))
    if not Registration.select().where(Registration.event == event_id,
                                       Registration.person == person_id,
                                       Registration.role == "peserta",
                                       ~Registration.cancelled).exists():
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Certificates", "{name} is not a participant of “{title}”."),
            name=Person.get_by_id(person_id).full_name, title=event.title))
    problem = _problem(event, number, issuer, issued_on, jp)
    if problem is not None:
        raise SiBinaError(problem)
    with db.atomic():
        cert = OutsideCertificate.get_or_none(OutsideCertificate.event == event_id,
                                              OutsideCertificate.person == person_id)
        old_scan = cert.scan_id if cert is not None else None
        if cert is None and loaded not in (None, UNCHECKED):
            raise DeletedMeanwhile()
        if cert is None:
            cert = OutsideCertificate(event=event_id, person=person_id)
        else:  # read in this transaction, which no other save can enter before it ends
            refuse_if_changed((cert.changed_at, cert.changed_by), loaded)
        stamp = fresh()
        cert.changed_at, cert.changed_by = stamp["changed_at"], stamp["changed_by"]
        cert.number, cert.issuer, cert.issued_on, cert.jp = number, issuer, issued_on, jp
        if scan is not None:  # checked by the one door every stored file comes through
            cert.scan = stored_file.store(scan)
        elif drop_scan:
            cert.scan = None
        cert.updated_at = now()
        cert.save()
        if old_scan and old_scan != cert.scan_id:
            stored_file.delete_if_unused(old_scan)
    return cert


def _problem(event: Event, number: str, issuer: str, issued_on, jp) -> Message | None:
    if not number:
        return _says(QT_TRANSLATE_NOOP("Certificates",
                                       "The certificate number is required."))
    if not issuer:
        return _says(QT_TRANSLATE_NOOP("Certificates",
                                       "Say who issued the certificate."))
    wrong = text_problem(number, SHORT_MAX)
    if wrong is not None:
        return _says(QT_TRANSLATE_NOOP("Certificates", "The certificate number: {reason}"),
                     reason=wrong)
    wrong = text_problem(issuer, TITLE_MAX)
    if wrong is not None:
        return _says(QT_TRANSLATE_NOOP("Certificates", "The issuer: {reason}"), reason=wrong)
    if issued_on is None or issued_on < event.start_date:
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The certificate's date {date} is before the event began "
                            "({start})."), date=issued_on, start=event.start_date)
    if jp is None or not 0 < jp <= MAX_JP:
        return _says(QT_TRANSLATE_NOOP(
            "Certificates", "The JP on the certificate must be more than 0 and at most "
                            "{most}."), most=MAX_JP)
    return None


def remove(event_id: int, person_id: int) -> bool:
    """Forget a certificate recorded by mistake (and its scan); the person's attended
    sessions count again."""
    with db.atomic():
        cert = OutsideCertificate.get_or_none(OutsideCertificate.event == event_id,
                                              OutsideCertificate.person == person_id)
        if cert is None:
            return False
        scan = cert.scan_id
        cert.delete_instance()
        if scan:
            stored_file.delete_if_unused(scan)
        return True


def export_scan(scan_id: int, folder) -> Path:
    """Write a recorded certificate's scan to ``folder`` (for the PDF or image viewer)."""
    stored = stored_file.StoredFile.get_by_id(scan_id)
    target = Path(folder) / f"{scan_id}-{Path(stored.name).name}"
    target.write_bytes(bytes(stored.data))
    return target


def recorded_numbers(person_id: int) -> dict[int, str]:
    """The outside certificate's number per event, for the person's transcript."""
    return dict(OutsideCertificate.select(OutsideCertificate.event, OutsideCertificate.number)
                .where(OutsideCertificate.person == person_id).tuples())
