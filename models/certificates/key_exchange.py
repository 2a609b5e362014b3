"""Public keys between offices: this office's to hand out, other offices' to trust.

A public key file holds one line per key::

    SIBINA-KEY2 <key, base64url> <compromised from YYYY-MM-DD, or -> <office name>

(``SIBINA-KEY1 <key> <office>`` lines, written before keys had ids, are read too). A public
key signs nothing; importing one only lets this installation verify that office's
certificates. Importing again updates a key's office name and compromised date.
"""

import binascii
import datetime

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from models.certificates.keys import b64, key_id_of, own_keys, unb64
from models.certificates.tables import SigningKey
from models.db import db
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.settings import get as setting
from models.text_rules import NAME_MAX, text_problem

KEY1, KEY2 = "SIBINA-KEY1", "SIBINA-KEY2"
MAX_LINES = 200


def _says(text: str, **params) -> Message:
    return message("Signing", text, **params)


def public_keys_text(office: str) -> str:
    """Every key of this office, old ones included (they verify what they signed)."""
    office = " ".join(office.split())
    lines = []
    for key in reversed(own_keys()):
        since = key.compromised_from.isoformat() if key.compromised_from else "-"
        lines.append(f"{KEY2} {key.public_key} {since} {office}")
    return "\n".join(lines) + "\n"


def imported_keys() -> list[SigningKey]:
    return list(SigningKey.select().where(~SigningKey.own).order_by(SigningKey.office,
                                                                    SigningKey.created_at))


def remove_imported(key_id: str) -> None:
    """Stop trusting another office's key; this office's own keys cannot be removed (what
    they signed must keep verifying)."""
    SigningKey.delete().where(SigningKey.key_id == key_id, ~SigningKey.own).execute()


def import_public_keys(text: str, name: str = "") -> list[str]:
    """Trust the keys of another office's file; returns the office names. Every line is
    checked before anything is kept, and a refusal names the line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if not lines or len(lines) > MAX_LINES:
        raise _not_a_key(name, 1)
    entries = [_parse(line, name, number) for number, line in enumerate(lines, 1)]
    own = {k.key_id for k in own_keys()}
    this_office = _folded(str(setting("office_name")))
    for number, (key_id, _key, _since, office) in enumerate(entries, 1):
        if key_id in own:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Signing", "{file}, line {line}: this is this office's own key; it needs no "
                           "importing."), file=name, line=number))
        if _folded(office) == this_office:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Signing", "{file}, line {line}: the key claims to be this office's "
                           "({office}). Only this office's own keys sign in its name; the "
                           "file was not imported."), file=name, line=number, office=office))
    with db.atomic():
        for key_id, key, since, office in entries:
            row = SigningKey.get_or_none(SigningKey.key_id == key_id)
            if row is None:
                SigningKey.create(key_id=key_id, public_key=key, office=office, own=False,
                                  compromised_from=since)
            else:
                row.office = office
                row.compromised_from = since or row.compromised_from
                row.save()
    return sorted({office for *_, office in entries})


def _parse(line: str, name: str, number: int):
    parts = line.split(" ", 3) if line.startswith(KEY2) else line.split(" ", 2)
    try:
        if parts[0] == KEY2 and len(parts) == 4:
            key, since, office = parts[1], parts[2], parts[3]
            since = None if since == "-" else datetime.date.fromisoformat(since)
        elif parts[0] == KEY1 and len(parts) >= 2:
            key, since, office = parts[1], None, parts[2] if len(parts) > 2 else ""
        else:
            raise ValueError(line)
        raw = unb64(key)
        Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, binascii.Error) as exc:
        raise _not_a_key(name, number) from exc
    office = office.strip()
    problem = text_problem(office, NAME_MAX) if office else _says(QT_TRANSLATE_NOOP(
        "Signing", "The office's name is missing."))
    if problem is not None:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Signing", "{file}, line {line}, office name: {problem}"), file=name, line=number,
            problem=problem))
    return key_id_of(raw), b64(raw), since, office


def _folded(office: str) -> str:
    return " ".join(office.casefold().split())


def _not_a_key(name: str, line: int) -> SiBinaError:
    return SiBinaError(_says(QT_TRANSLATE_NOOP(
        "Signing", "{file}, line {line}: this is not a SiBina public key (a line starting "
                   "with SIBINA-KEY2 or SIBINA-KEY1)."), file=name, line=line))
