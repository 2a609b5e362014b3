"""The Signing keys window: what a clerk sees and does with the office's keys."""

import datetime as dt

from models.certificates import issuing as certificates
from models.certificates import key_exchange, keys
from models.certificates.issuing import Choice
from models.certificates.verification import FORGED, VALID, verify
from tests.builders import when_modal
from ui.certificates.keys_dialog import KeysDialog, LeakDateDialog, PassphraseDialog


def cells(dialog):
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def test_a_new_key_is_listed_and_the_old_one_kept(qtbot, course, message_boxes):
    [cert] = certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                                dt.date(2026, 3, 12))
    dialog = KeysDialog(None)
    qtbot.addWidget(dialog)
    [[key_id, office, _made, state]] = cells(dialog)
    assert (key_id, office, state) == (keys.current().key_id, "This office", "Signs now")
    dialog.buttons["new_key"].click()
    states = sorted(row[3] for row in cells(dialog))
    assert states == ["Retired: verifies what it signed", "Signs now"]
    assert verify(cert.payload).status == VALID
    assert message_boxes[0].startswith("Make a new signing key?")


def test_marking_a_key_leaked_says_what_to_issue_again(qtbot, course, message_boxes):
    [cert] = certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                                dt.date(2026, 3, 12))
    dialog = KeysDialog(None)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)

    def pick(leak: LeakDateDialog):
        leak.since.setDate(dt.date(2026, 3, 1))
        leak.buttons.accepted.emit()

    when_modal(pick, LeakDateDialog)
    dialog.buttons["mark_leaked"].click()
    assert verify(cert.payload).status == FORGED
    assert "issue again the 1 certificates it signed since" in message_boxes[-1]
    assert cells(dialog)[0][3] == "Leaked from 1 Mar 2026"


def test_the_key_file_goes_to_a_new_pc_with_its_passphrase(qtbot, course, tmp_path, key_folder,
                                                           message_boxes):
    certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                       dt.date(2026, 3, 12))
    dialog = KeysDialog(None)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)

    def type_twice(ask: PassphraseDialog):
        ask.first.setText("kunci kantor dispusip")
        ask.second.setText("kunci kantor dispusip")
        ask.buttons.accepted.emit()

    when_modal(type_twice, PassphraseDialog)
    dialog.export_key_file(tmp_path / "kunci.pem")
    assert (tmp_path / "kunci.pem").read_bytes().startswith(keys.ENCRYPTED_PEM)
    for file in key_folder.iterdir():
        file.unlink()
    dialog.fill()
    assert cells(dialog)[0][3] == "Signs now, but is not on this PC"
    dialog.import_key_file(tmp_path / "kunci.pem", "kunci kantor dispusip")
    assert cells(dialog)[0][3] == "Signs now"
    assert message_boxes[-1] == f"Key {keys.current().key_id} is now on this PC."


def test_a_short_or_mistyped_passphrase_is_said_in_the_dialog(qtbot):
    ask = PassphraseDialog(None, twice=True)
    qtbot.addWidget(ask)
    ask.first.setText("pendek")
    ask.buttons.accepted.emit()
    assert ask.problem.text() == "The passphrase needs at least 10 characters."
    ask.first.setText("cukup panjang sekali")
    ask.second.setText("cukup panjang sekal")
    ask.buttons.accepted.emit()
    assert ask.problem.text() == "The two passphrases differ."
    assert ask.result() == 0


def test_another_offices_keys_are_imported_listed_and_removed(qtbot, database, tmp_path,
                                                            message_boxes):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    theirs = keys.b64(keys.raw_public(Ed25519PrivateKey.generate().public_key()))
    (tmp_path / "bintan.txt").write_text(
        f"SIBINA-KEY2 {theirs} - Perpustakaan Kabupaten Bintan\n", encoding="utf-8")
    dialog = KeysDialog(None)
    qtbot.addWidget(dialog)
    dialog.import_public(tmp_path / "bintan.txt")
    assert [row[1] for row in cells(dialog)] == ["Perpustakaan Kabupaten Bintan"]
    assert message_boxes[-1] == ("Certificates signed by Perpustakaan Kabupaten Bintan now "
                                 "verify here.")
    dialog.table.selectRow(0)
    assert not dialog.buttons["export_key_file"].isEnabled()
    dialog.buttons["remove_imported"].click()
    assert cells(dialog) == []
    assert key_exchange.imported_keys() == []
