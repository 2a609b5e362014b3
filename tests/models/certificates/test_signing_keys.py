"""The signing key never travels with the data: a stolen backup cannot forge a certificate,
a leaked key can be replaced and marked, and the register decides what is in force."""

import base64
import datetime as dt
import os
import sys

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from models import settings
from models.certificates import issuing as certificates
from models.certificates import key_exchange, key_store, keys, signing
from models.certificates.issuing import Choice
from models.certificates.tables import SigningKey
from models.certificates.verification import FORGED, NOT_VALID, VALID, verify
from models.db import database_file, db, open_database, opening_notice
from models.messages import SiBinaError
from models.settings import Setting

ISSUED = dt.date(2026, 3, 12)


def issue(course, who="siti"):
    role = "narasumber" if who == "rina" else "peserta"
    [cert] = certificates.issue(course["event"].id, [Choice(course[who].id, role)], ISSUED)
    return cert


def private_bytes_of(key_id: str) -> bytes:
    raw = key_store.load(key_id)
    assert raw is not None
    return raw


@pytest.mark.sqlite_only  # reads the file's bytes and a backup of it
def test_the_private_key_is_neither_in_the_database_nor_in_a_backup(course, tmp_path,
                                                                      key_folder):
    from models.backup import write_backup

    cert = issue(course)
    key_id = cert.payload.split(".")[1]
    raw = private_bytes_of(key_id)
    backup = write_backup(tmp_path / "stick")
    db.close()
    for path in (database_file_path(tmp_path), backup):
        data = path.read_bytes()
        for form in (raw, base64.b64encode(raw), base64.urlsafe_b64encode(raw).rstrip(b"=")):
            assert form not in data, path
    key_file = key_folder / f"{key_id}.key"
    assert key_file.exists()
    if sys.platform != "win32":
        assert (key_file.stat().st_mode & 0o777, key_folder.stat().st_mode & 0o777) == (
            0o600, 0o700)


def database_file_path(tmp_path):
    return tmp_path / "sibina.sqlite"


def test_the_payload_names_its_key(course):
    cert = issue(course)
    prefix, key_id, _data, _signature = cert.payload.split(".")
    assert (prefix, key_id) == ("SB2", keys.current().key_id)


def test_a_restored_database_on_another_pc_signs_nothing_until_the_key_is_imported(
        course, key_folder):
    cert = issue(course)
    exported = keys.export_private(keys.current().key_id, "rahasia kantor 2026")
    for file in key_folder.iterdir():
        file.unlink()  # the new PC: same data, no key
    assert verify(cert.payload).status == VALID  # verifying needs only the public half
    with pytest.raises(SiBinaError, match="is not on this PC"):
        issue(course, "rina")
    assert certificates.Certificate.select().count() == 1
    with pytest.raises(SiBinaError, match="passphrase is wrong"):
        keys.import_private(exported, "salah sandi kantor", "kunci.pem")
    keys.import_private(exported, "rahasia kantor 2026", "kunci.pem")
    assert verify(issue(course, "rina").payload).status == VALID


def test_exporting_needs_a_real_passphrase_and_a_foreign_key_is_refused(course):
    issue(course)
    with pytest.raises(SiBinaError, match="at least 10"):
        keys.export_private(keys.current().key_id, "pendek")
    from cryptography.hazmat.primitives import serialization

    stranger = Ed25519PrivateKey.generate().private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(b"rahasia kantor lain"))
    with pytest.raises(SiBinaError, match="not one of this office's keys"):
        keys.import_private(stranger, "rahasia kantor lain", "lain.pem")
    with pytest.raises(SiBinaError, match="planted.pem is not a SiBina key file"):
        keys.import_private(b"-----BEGIN PRIVATE KEY-----\nAAAA\n", "x" * 10, "planted.pem")
    assert SigningKey.select().count() == 1


def test_a_new_key_signs_and_the_old_one_still_verifies(course):
    old = issue(course)
    old_id = keys.current().key_id
    fresh = keys.new_key()
    assert fresh.key_id != old_id
    new = issue(course, "rina")
    assert new.payload.split(".")[1] == fresh.key_id
    assert verify(old.payload).status == VALID
    assert verify(new.payload).status == VALID


def test_what_a_leaked_key_signed_from_the_day_it_leaked_is_forged(course):
    before = issue(course)  # issued 12 March
    leaked = keys.current().key_id
    # The thief signs a made-up certificate with the stolen key, dated after the leak.
    forged = signing.sign(["099/SERT/X/IV/2026", "Orang Lain", "peserta", "Pelatihan",
                           "2026-04-01", "2026-04-02", "2026-04-03"])
    keys.mark_compromised(leaked, dt.date(2026, 4, 1))
    assert verify(before.payload).status == VALID
    verdict = verify(forged)
    assert verdict.status == FORGED
    assert "leaked from 2026-04-01" in verdict.explanation.english()
    assert keys.current() is None  # a compromised key stops signing
    with pytest.raises(SiBinaError, match="retired"):
        issue(course, "rina")
    keys.new_key()
    assert verify(issue(course, "rina").payload).status == VALID
    assert [c.number for c in signing.signed_with(leaked, dt.date(2026, 3, 1))] == [
        before.number]


def test_signed_here_but_never_registered_is_not_valid(course):
    issue(course)
    payload = signing.sign(["777/SERT/DISPUSIP-TPI/III/2026", "Siti Aminah", "peserta",
                            "Pelatihan", "2026-03-10", "2026-03-11", "2026-03-12"])
    verdict = verify(payload)
    assert verdict.status == NOT_VALID
    assert "Do not accept this certificate until the office confirms" in (
        verdict.explanation.english())


# Keys were kept in the database before version 9, when SiBina ran on files only; the test
# reads the file's bytes.
@pytest.mark.sqlite_only
def test_a_key_kept_in_an_older_database_moves_out_on_first_open(course, tmp_path, key_folder):
    """Before version 9 the raw key sat in the settings: a payload it signed then (SB1)
    still verifies, the setting is gone from the file, and the office is told where the
    key went."""
    legacy = Ed25519PrivateKey.generate()
    raw = keys._raw_private(legacy)
    text = base64.b64encode(raw).decode("ascii")
    data = signing.SEPARATOR.join(["001/OLD/2025", "Siti Aminah", "peserta", "Pelatihan",
                                   "2025-05-01", "2025-05-02", "2025-05-03"]).encode()
    old_payload = f"SB1.{keys.b64(data)}.{keys.b64(legacy.sign(data))}"
    SigningKey.delete().execute()
    Setting.create(key=keys.LEGACY_SETTING, value=text)
    path = database_file()
    db.close()
    open_database(path)
    notice = opening_notice().english()
    key_id = keys.key_id_of(keys.raw_public(legacy.public_key()))
    assert str(key_folder / f"{key_id}.key") in notice
    assert Setting.get_or_none(Setting.key == keys.LEGACY_SETTING) is None
    assert key_store.load(key_id) == raw
    db.close()
    assert text.encode() not in path.read_bytes()
    assert not os.path.exists(str(path) + "-wal") or text.encode() not in (
        path.with_name(path.name + "-wal").read_bytes())
    open_database(path)
    assert opening_notice() is None  # said once
    assert verify(old_payload).status in (NOT_VALID,)  # genuine, but not in this register
    assert issue(course).payload.split(".")[1] == key_id


def test_other_offices_keys_are_listed_removed_and_never_claim_this_office(course, tmp_path):
    cert = issue(course)
    ours = key_exchange.public_keys_text("Perpustakaan Kota Tanjungpinang")
    ours_target = db.obj.database  # the file, or the server's URI
    db.close()
    open_database(tmp_path / "bintan.sqlite")
    settings.save({"office_name": "Perpustakaan Kabupaten Bintan"})
    with pytest.raises(SiBinaError, match="claims to be this office's"):
        key_exchange.import_public_keys(ours.replace("Kota Tanjungpinang",
                                                     "kabupaten  BINTAN"), "kunci.txt")
    with pytest.raises(SiBinaError, match="kunci.txt, line 1, office name"):
        key_exchange.import_public_keys(ours.replace("Kota", "Kota\u202e"), "kunci.txt")
    with pytest.raises(SiBinaError, match="line 2: this is not a SiBina public key"):
        key_exchange.import_public_keys(ours + "SIBINA-KEY2 rusak\n", "kunci.txt")
    assert key_exchange.imported_keys() == []
    assert key_exchange.import_public_keys(ours, "kunci.txt") == [
        "Perpustakaan Kota Tanjungpinang"]
    [imported] = key_exchange.imported_keys()
    assert verify(cert.payload).status == VALID
    # The other office reports its key leaked from a date before this certificate.
    key_exchange.import_public_keys(ours.replace(" - ", " 2026-03-01 "), "kunci.txt")
    assert verify(cert.payload).status == FORGED
    key_exchange.remove_imported(imported.key_id)
    assert key_exchange.imported_keys() == []
    assert verify(cert.payload).status == FORGED  # no key knows it now
    db.close()
    open_database(ours_target)
