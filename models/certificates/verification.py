"""Is this certificate genuine? Offline, from its QR payload or its number.

A payload whose signature holds is the office's word (or an office whose key was imported);
the register then says whether it was revoked since. A payload that fails is forged: one
changed character is enough. A number alone can only be looked up in the register.
"""

import datetime
from dataclasses import dataclass

from models.certificates import signing
from models.certificates.issuing import find
from models.messages import QT_TRANSLATE_NOOP, Message, message

VALID, REVOKED, UNKNOWN, FORGED = "VALID", "REVOKED", "UNKNOWN", "FORGED"
NOT_VALID = "NOT VALID"  # genuinely signed here, but the office never registered it


def _says(text: str, **params) -> Message:
    return message("Verification", text, **params)


@dataclass(frozen=True)
class Verdict:
    status: str
    explanation: Message
    number: str = ""
    name: str = ""
    role: str = ""
    event: str = ""
    start: datetime.date | None = None
    end: datetime.date | None = None
    issued_on: datetime.date | None = None
    office: str = ""  # another office's name, when its imported key signed it
    revoked_at: datetime.datetime | None = None
    revoked_reason: str = ""


def verify(text: str) -> Verdict:
    text = text.strip()
    if signing.looks_like_payload(text):
        return _from_payload(text)
    if not text:
        return Verdict(UNKNOWN, _says(QT_TRANSLATE_NOOP(
            "Verification", "Scan the QR code or type the certificate number.")))
    return _from_number(text)


def _from_payload(text: str) -> Verdict:
    opened = signing.open_payload(text)
    if opened is None or len(opened.fields) != 7:
        return Verdict(FORGED, _says(QT_TRANSLATE_NOOP(
            "Verification", "The QR code's signature does not hold: it was altered, or it "
                            "was not made by this office nor by an office whose key was "
                            "imported. Do not accept this certificate.")))
    number, name, role, event, start, end, issued = opened.fields
    details = {"number": number, "name": name, "role": role, "event": event,
               "start": _date(start), "end": _date(end), "issued_on": _date(issued)}
    leaked = opened.compromised_from
    if leaked is not None and (details["issued_on"] is None or details["issued_on"] >= leaked):
        return Verdict(FORGED, _says(QT_TRANSLATE_NOOP(
            "Verification", "Signed with key {key}, which {office} reported as leaked from "
                            "{date}: anyone may have signed this since. Do not accept this "
                            "certificate."), key=opened.key_id,
            office=opened.office or _says(QT_TRANSLATE_NOOP("Verification", "this office")),
            date=leaked), office=opened.office, **details)
    if not opened.own:
        return Verdict(VALID, _says(QT_TRANSLATE_NOOP(
            "Verification", "Signed by {office}, whose key was imported. Whether it was "
                            "revoked since is known only to that office."),
            office=opened.office), office=opened.office, **details)
    cert = find(number)
    if cert is None:
        # Whoever holds the key can sign; only the register says the office issued it.
        return Verdict(NOT_VALID, _says(QT_TRANSLATE_NOOP(
            "Verification", "Signed with this office's key, but this office never registered "
                            "it. Do not accept this certificate until the office confirms "
                            "in writing that it issued number {number}."), number=number),
            **details)
    if cert.revoked_at is None and text.strip() != cert.payload:
        # Genuinely signed, yet not the payload the register holds for this number: an
        # older print of a certificate issued again (a corrected name), or a paper made for
        # something else. (Compared with what was signed, not with today's records: a title
        # added to the person later does not make an old paper doubtful.)
        registered = signing.open_payload(cert.payload)
        now = registered.fields if registered is not None else [number, "?", "", "?"]
        return Verdict(UNKNOWN, _says(QT_TRANSLATE_NOOP(
            "Verification", "Signed by this office, but the register holds other details "
                            "for number {number}: {name}, {event}. Ask the office which "
                            "paper is in force."), number=number, name=now[1],
            event=now[3]), **details)
    if cert.revoked_at is not None:
        return Verdict(REVOKED, _says(QT_TRANSLATE_NOOP(
            "Verification", "Revoked on {date}: {reason}"), date=cert.revoked_at.date(),
            reason=cert.revoked_reason), revoked_at=cert.revoked_at,
            revoked_reason=cert.revoked_reason, **details)
    return Verdict(VALID, _says(QT_TRANSLATE_NOOP(
        "Verification", "Genuine: signed by this office and in its register. Compare the "
                        "details with the paper.")), **details)


def _from_number(text: str) -> Verdict:
    cert = find(text)
    if cert is None:
        return Verdict(UNKNOWN, _says(QT_TRANSLATE_NOOP(
            "Verification", "No certificate numbered {number} was issued by this office."),
            number=text))
    # What the certificate says is what was signed for it, not today's records.
    opened = signing.open_payload(cert.payload)
    if opened is not None and len(opened.fields) == 7:
        number, name, role, event, start, end, issued = opened.fields
        details = {"number": number, "name": name, "role": role, "event": event,
                   "start": _date(start), "end": _date(end), "issued_on": _date(issued)}
    else:
        event = cert.event
        details = {"number": cert.number, "name": cert.person.full_name, "role": cert.role,
                   "event": event.title, "start": event.start_date, "end": event.end_date,
                   "issued_on": cert.issued_on}
    if cert.revoked_at is not None:
        return Verdict(REVOKED, _says(QT_TRANSLATE_NOOP(
            "Verification", "Revoked on {date}: {reason}"), date=cert.revoked_at.date(),
            reason=cert.revoked_reason), revoked_at=cert.revoked_at,
            revoked_reason=cert.revoked_reason, **details)
    return Verdict(VALID, _says(QT_TRANSLATE_NOOP(
        "Verification", "In the register. A number alone can be copied: compare every "
                        "detail with the paper, or scan its QR code.")), **details)


def _date(text: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return None
