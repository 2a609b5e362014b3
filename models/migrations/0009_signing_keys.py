"""Schema version 9: signing keys in a table of their own, with ids, and no private key.

The office's private key used to sit in the settings, so every backup carried it and
anyone holding a backup could sign a certificate the office never issued. Its private half
now lives outside the database (moved on the first open: models/certificates/key_store.py);
the table keeps the public halves, this office's and those imported from other offices,
each with the id a payload names, so an office can make a new key after a leak and mark
the old one compromised from a date.
"""

import base64
import hashlib
import json


def up(migrator, db):
    db.execute_sql(
        "CREATE TABLE IF NOT EXISTS signing_key ("
        " id INTEGER NOT NULL PRIMARY KEY,"
        " key_id VARCHAR(255) NOT NULL,"
        " public_key VARCHAR(255) NOT NULL,"
        " office VARCHAR(255) NOT NULL,"
        " own INTEGER NOT NULL,"
        " created_at DATETIME NOT NULL,"
        " retired_at DATETIME,"
        " compromised_from DATE)")
    db.execute_sql("CREATE UNIQUE INDEX IF NOT EXISTS signing_key_key_id "
                   "ON signing_key (key_id)")
    _move_imported_keys(db)


def _move_imported_keys(db):
    """Other offices' keys were a JSON list in the settings."""
    row = db.execute_sql("SELECT value FROM setting WHERE key = 'trusted_public_keys'").fetchone()
    try:
        entries = json.loads(row[0]) if row else []
    except ValueError:
        entries = []
    for entry in entries if isinstance(entries, list) else []:
        try:
            text = str(entry["key"])
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        except (KeyError, TypeError, ValueError):
            continue
        if len(raw) != 32:
            continue
        db.execute_sql(
            "INSERT OR IGNORE INTO signing_key (key_id, public_key, office, own, created_at) "
            "VALUES (?, ?, ?, 0, datetime('now', 'localtime'))",
            (hashlib.sha256(raw).hexdigest()[:8], text, str(entry.get("office") or "?")))
    db.execute_sql("DELETE FROM setting WHERE key = 'trusted_public_keys'")
