"""The signed payload a certificate's QR code carries.

The payload is plain ASCII, so a USB barcode scanner, which types like a keyboard, can read
it into any text field::

    SB2.<key id>.<the fields, UTF-8, base64url>.<the 64-byte signature, base64url>

The signature covers the key id and the fields: any change, down to one character, fails
it, and such a payload is forged. The key id says which key to verify with (this office's
current or an older one, or another office's imported key: models/certificates/keys.py).
Payloads from before key ids (``SB1.<fields>.<signature>``) are tried against every key.
"""

import binascii
import datetime
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from models.certificates.keys import b64, signing_key, unb64
from models.certificates.tables import Certificate, SigningKey

PREFIX, LEGACY_PREFIX = "SB2", "SB1"
SEPARATOR = "\x1f"  # between fields: a character no name or title holds


def sign(fields: list[str]) -> str:
    return signer()(fields)


def signer():
    """A function signing payloads with this office's current key, read once (for a
    batch). Raises when the key is not on this PC, before anything is issued."""
    key_id, key = signing_key()
    head = f"{PREFIX}.{key_id}."

    def sign_fields(fields: list[str]) -> str:
        data = SEPARATOR.join(" ".join(str(f).split()) for f in fields).encode("utf-8")
        body = head + b64(data)
        return f"{body}.{b64(key.sign(body.encode('ascii')))}"

    return sign_fields


@dataclass(frozen=True)
class Opened:
    fields: list[str]
    own: bool  # signed by one of this office's keys
    office: str  # the office whose imported key signed it ("" for this office)
    key_id: str
    compromised_from: datetime.date | None  # of the key that signed it


def open_payload(text: str) -> Opened | None:
    """The fields of a genuine payload and which key signed it; None when it is not one
    (not of this form, altered, or signed by a key this installation does not know)."""
    parts = text.strip().split(".")
    try:
        if len(parts) == 4 and parts[0] == PREFIX:
            signed = ".".join(parts[:3]).encode("ascii")
            data, signature = unb64(parts[2]), unb64(parts[3])
            keys = SigningKey.select().where(SigningKey.key_id == parts[1])
        elif len(parts) == 3 and parts[0] == LEGACY_PREFIX:
            data, signature = unb64(parts[1]), unb64(parts[2])
            signed, keys = data, SigningKey.select()
        else:
            return None
        fields = data.decode("utf-8").split(SEPARATOR)
    except (ValueError, binascii.Error, UnicodeError):
        return None
    for row in keys:
        try:
            Ed25519PublicKey.from_public_bytes(unb64(row.public_key)).verify(signature, signed)
        except (InvalidSignature, ValueError, binascii.Error):
            continue
        return Opened(fields, row.own, "" if row.own else row.office or "?", row.key_id,
                      row.compromised_from)
    return None


def looks_like_payload(text: str) -> bool:
    """A payload, or what is left of one after a change: long, without spaces. (A
    certificate number is short; an altered payload must still count as forged.)"""
    text = text.strip()
    return (text.startswith((PREFIX + ".", LEGACY_PREFIX + "."))
            or (len(text) >= 60 and " " not in text))


def signed_with(key_id: str, since: datetime.date) -> list[Certificate]:
    """This office's certificates in force that the key signed on or after ``since``: to be
    issued again once the key is marked compromised."""
    found = []
    for cert in Certificate.select().where(Certificate.issued_on >= since,
                                           Certificate.revoked_at.is_null()):
        opened = open_payload(cert.payload or "")
        if opened is not None and opened.key_id == key_id:
            found.append(cert)
    return found
