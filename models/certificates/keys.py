"""This office's signing keys: made, replaced after a leak, marked compromised, moved to a
new PC.

The database keeps only public halves (table ``signing_key``), each with the id its
payloads carry; a private half lives on this PC (models/certificates/key_store.py) and
leaves it only as a passphrase-protected PKCS#8 file the office exports itself. The newest
own key that is not retired signs; older ones keep verifying what they signed.
"""

import base64
import datetime
import hashlib

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)

from models.base import now
from models.certificates import key_store
from models.certificates.tables import SigningKey
from models.db import db
from models.engine import on_server
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.settings import LEGACY_SIGNING_KEY, Setting

LEGACY_SETTING = LEGACY_SIGNING_KEY  # the raw key, base64
PASSPHRASE_MIN = 10
ENCRYPTED_PEM = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"  # what export_private writes


def _says(text: str, **params) -> Message:
    return message("Signing", text, **params)


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64(text: str) -> bytes:
    """Strict: a text that is not exactly what encoding its bytes gives is refused, so two
    payloads that differ in one character never decode to the same bytes."""
    data = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    if b64(data) != text:
        raise ValueError("not canonical base64url")
    return data


def raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def key_id_of(raw: bytes) -> str:
    """Short, and the same wherever the key is known: derived from the key itself."""
    return hashlib.sha256(raw).hexdigest()[:8]


def _raw_private(key: Ed25519PrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                             serialization.NoEncryption())


def own_keys() -> list[SigningKey]:
    return list(SigningKey.select().where(SigningKey.own).order_by(SigningKey.created_at.desc(),
                                                                   SigningKey.id.desc()))


def current() -> SigningKey | None:
    return next((k for k in own_keys() if k.retired_at is None), None)


def signing_key() -> tuple[str, Ed25519PrivateKey]:
    """The key id and private key that sign now. A database that never had a key gets one;
    one whose key is not on this PC is refused with what to do (a restored backup on a new
    PC: import the exported key file, or make a new key)."""
    with db.atomic():
        row = current()
        if row is None and not own_keys():
            row = _make_key()
    if row is None:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Signing", "Every signing key of this office is retired. Make a new key under "
                       "Certificates ▸ Signing keys.")))
    raw = key_store.load(row.key_id)
    if raw is None:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Signing", "This office's signing key {key} is not on this PC (it was looked for "
                       "in {path}). Import the key file exported on the old PC, or make a new "
                       "key, under Certificates ▸ Signing keys."), key=row.key_id,
            path=str(key_store.path_of(row.key_id))))
    return row.key_id, Ed25519PrivateKey.from_private_bytes(raw)


def _make_key(private: Ed25519PrivateKey | None = None) -> SigningKey:
    """The file first: a row whose private half was never written would sign nothing."""
    private = private or Ed25519PrivateKey.generate()
    raw = raw_public(private.public_key())
    key_id = key_id_of(raw)
    key_store.store(key_id, _raw_private(private))
    return SigningKey.create(key_id=key_id, public_key=b64(raw), office="", own=True)


def new_key() -> SigningKey:
    """Replace the signing key (after a leak, or to retire an old one): the old keys stay
    and verify what they signed; only the new one signs from now on."""
    with db.atomic():
        SigningKey.update(retired_at=now()).where(
            SigningKey.own & SigningKey.retired_at.is_null()).execute()
        return _make_key()


def mark_compromised(key_id: str, since: datetime.date) -> SigningKey:
    """From ``since`` on, what the key signed verifies as forged (an own key also stops
    signing: make a new one). :func:`signing.signed_with` lists what to issue again."""
    with db.atomic():
        row = SigningKey.get_or_none(SigningKey.key_id == key_id)
        if row is None:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP("Signing", "There is no key {key}."),
                                    key=key_id))
        row.compromised_from = since
        if row.own and row.retired_at is None:
            row.retired_at = now()
        row.save()
    return row


# --- moving a key to a new PC -----------------------------------------------------------


def export_private(key_id: str, passphrase: str) -> bytes:
    """The key as PKCS#8 PEM, encrypted with the passphrase (for the new PC)."""
    if len(passphrase) < PASSPHRASE_MIN:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Signing", "The passphrase needs at least {count} characters."),
            count=PASSPHRASE_MIN))
    raw = key_store.load(key_id)
    if raw is None:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Signing", "The private key {key} is not on this PC, so it cannot be exported."),
            key=key_id))
    return Ed25519PrivateKey.from_private_bytes(raw).private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")))


def import_private(data: bytes, passphrase: str, name: str = "") -> SigningKey:
    """Put on this PC a key exported elsewhere. It must be one of this office's keys in
    this database (or, for a database that has none yet, it becomes its key)."""
    if len(data) > 64 * 1024 or not data.lstrip().startswith(ENCRYPTED_PEM):
        raise _not_a_key_file(name)
    try:
        private = serialization.load_pem_private_key(data, passphrase.encode("utf-8"))
    except TypeError as exc:  # the file is not encrypted, or needs a passphrase
        raise _not_a_key_file(name) from exc
    except ValueError as exc:  # wrong passphrase, or not a key at all: the library can't tell
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Signing", "{file} could not be opened: the passphrase is wrong, or the file is "
                       "not a SiBina key file."), file=name)) from exc
    if not isinstance(private, Ed25519PrivateKey):
        raise _not_a_key_file(name)
    key_id = key_id_of(raw_public(private.public_key()))
    with db.atomic():
        row = SigningKey.get_or_none(SigningKey.key_id == key_id)
        if row is None and not own_keys():
            return _make_key(private)
        if row is None or not row.own:
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Signing", "{file} holds key {key}, which is not one of this office's keys "
                           "in this database. Nothing was changed."), file=name, key=key_id))
        key_store.store(key_id, _raw_private(private))
        return row


def _not_a_key_file(name: str) -> SiBinaError:
    return SiBinaError(_says(QT_TRANSLATE_NOOP(
        "Signing", "{file} is not a SiBina key file (a passphrase-protected key exported "
                   "under Signing keys)."), file=name))


# --- databases from before version 9 ---------------------------------------------------


def move_key_out_of_database(database=None) -> Message | None:
    """A key kept in the settings (before version 9) moves to this PC's key folder and
    leaves no trace in the file; returns what to tell the office, None when there was
    nothing to move."""
    database = database or db.obj
    row = Setting.get_or_none(Setting.key == LEGACY_SETTING)
    if row is None:
        return None
    try:
        private = Ed25519PrivateKey.from_private_bytes(base64.b64decode(row.value))
    except ValueError:
        private = None
    # SQLite keeps freed pages in the file until zeroed; a server's storage is its own.
    file = not on_server(database)
    if file:
        database.execute_sql("PRAGMA secure_delete = ON")  # the freed page is zeroed too
    with db.atomic():
        if private is not None:
            public = raw_public(private.public_key())
            existing = SigningKey.get_or_none(SigningKey.key_id == key_id_of(public))
            if existing is None:
                _make_key(private)
            else:
                key_store.store(existing.key_id, _raw_private(private))
        Setting.delete().where(Setting.key == LEGACY_SETTING).execute()
    if file:
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        database.execute_sql("PRAGMA secure_delete = OFF")
    if private is None:
        return _says(QT_TRANSLATE_NOOP(
            "Signing", "The signing key kept in this database could not be read and was "
                       "removed from it; a new key will be made for the next certificate."))
    key_id = key_id_of(raw_public(private.public_key()))
    return _says(QT_TRANSLATE_NOOP(
        "Signing", "The certificates' signing key no longer travels in the database and its "
                   "backups: it was moved to {path}, on this PC only. To use it on another "
                   "PC, export it under Certificates ▸ Signing keys."),
        path=str(key_store.path_of(key_id)))
