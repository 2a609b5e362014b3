"""The office's signing key, and the signed payload a certificate's QR code carries.

The key is Ed25519, made the first time a certificate is signed and kept in the database
(so a backup carries it, and a restored office signs on as before). The payload is plain
ASCII, so a USB barcode scanner, which types like a keyboard, can read it into any text
field::

    SB1.<the fields, UTF-8, base64url>.<the 64-byte signature, base64url>

Any change to a payload, down to one character, fails the signature: such a payload is
forged. Another installation verifies this office's certificates once it has imported the
public key (:func:`public_key_text`); that key signs nothing.
"""

import base64
import binascii
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from models.db import db
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.settings import Setting

PREFIX = "SB1"
KEY_PREFIX = "SIBINA-KEY1"
PRIVATE_SETTING = "signing_private_key"  # raw 32 bytes, base64
TRUSTED_SETTING = "trusted_public_keys"  # JSON: [{"office": ..., "key": base64url}]
SEPARATOR = "\x1f"  # between fields: a character no name or title holds


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    """Strict: a text that is not exactly what encoding its bytes gives is refused, so two
    payloads that differ in one character never decode to the same bytes."""
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if _b64(data) != text:
        raise ValueError("not canonical base64url")
    return data


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _private_key() -> Ed25519PrivateKey:
    """This office's key, made on first use (in one transaction, so two windows starting
    together still end with one key)."""
    with db.atomic():
        row = Setting.get_or_none(Setting.key == PRIVATE_SETTING)
        if row is None:
            key = Ed25519PrivateKey.generate()
            raw = key.private_bytes(serialization.Encoding.Raw,
                                    serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
            Setting.create(key=PRIVATE_SETTING, value=base64.b64encode(raw).decode("ascii"))
            return key
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(row.value))


def sign(fields: list[str]) -> str:
    return signer()(fields)


def signer():
    """A function signing payloads with this office's key, read once (for a batch)."""
    key = _private_key()

    def sign_fields(fields: list[str]) -> str:
        data = SEPARATOR.join(" ".join(str(f).split()) for f in fields).encode("utf-8")
        return f"{PREFIX}.{_b64(data)}.{_b64(key.sign(data))}"

    return sign_fields


@dataclass(frozen=True)
class Opened:
    fields: list[str]
    own: bool  # signed by this office's key
    office: str  # the office whose imported key signed it ("" for this office)


def open_payload(text: str) -> Opened | None:
    """The fields of a genuine payload and who signed it; None when it is not one (not
    of this form, altered, or signed by a key this installation does not know)."""
    parts = text.strip().split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    try:
        data, signature = _unb64(parts[1]), _unb64(parts[2])
        fields = data.decode("utf-8").split(SEPARATOR)
    except (ValueError, binascii.Error, UnicodeDecodeError):
        return None
    for office, key in _known_keys():
        try:
            key.verify(signature, data)
        except InvalidSignature:
            continue
        return Opened(fields, office is None, office or "")
    return None


def looks_like_payload(text: str) -> bool:
    """A payload, or what is left of one after a change: long, without spaces. (A
    certificate number is short; an altered payload must still count as forged.)"""
    text = text.strip()
    return text.startswith(PREFIX + ".") or (len(text) >= 60 and " " not in text)


def _known_keys():
    yield None, _private_key().public_key()
    for entry in trusted_keys():
        try:
            key = Ed25519PublicKey.from_public_bytes(_unb64(entry["key"]))
        except (ValueError, KeyError, binascii.Error):
            continue
        yield entry.get("office") or "?", key


# --- exchanging public keys between installations ------------------------------------------


def public_key_text(office: str) -> str:
    """One line another installation imports: ``SIBINA-KEY1 <key> <office name>``."""
    key = _b64(_raw_public(_private_key().public_key()))
    return f"{KEY_PREFIX} {key} {' '.join(office.split())}"


def trusted_keys() -> list[dict]:
    row = Setting.get_or_none(Setting.key == TRUSTED_SETTING)
    try:
        return json.loads(row.value) if row else []
    except ValueError:
        return []


def import_public_key(text: str) -> str:
    """Trust another office's key (the line :func:`public_key_text` wrote); returns the
    office's name. Refuses a line that is not such a key, and this office's own."""
    parts = text.strip().split(" ", 2)
    try:
        if len(parts) < 2 or parts[0] != KEY_PREFIX:
            raise ValueError(text)
        raw = _unb64(parts[1])
        Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, binascii.Error) as exc:
        raise SiBinaError(message("Signing", QT_TRANSLATE_NOOP(
            "Signing", "This is not a SiBina public key: the file should hold one line "
                       "starting with SIBINA-KEY1."))) from exc
    office = parts[2].strip() if len(parts) > 2 else ""
    if raw == _raw_public(_private_key().public_key()):
        raise SiBinaError(message("Signing", QT_TRANSLATE_NOOP(
            "Signing", "This is this office's own key; it needs no importing.")))
    with db.atomic():
        keys = [k for k in trusted_keys() if k.get("key") != parts[1]]
        keys.append({"office": office, "key": parts[1]})
        Setting.replace(key=TRUSTED_SETTING, value=json.dumps(keys)).execute()
    return office
