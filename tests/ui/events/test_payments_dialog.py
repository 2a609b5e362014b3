"""Amounts…: the people paid each kind of amount, typed and stored together."""

import pytest
from PySide6.QtWidgets import QMessageBox

from models.events import participants as registration
from models.letters.payments import amounts, set_amounts
from tests.builders import event_with_sessions, external, staff_member


@pytest.fixture
def course(database):
    siti = staff_member("Siti Aminah", "198001012005012001", front_title="Dra.")
    budi = staff_member("Budi Santoso")
    rina = external("Rina Wati", front_title="Dr.")
    event, _ = event_with_sessions("Bimtek DDC", participants=[siti, budi])
    registration.add_people(event.id, [rina.id], role="narasumber")
    registration.add_people(event.id, [budi.id], role="panitia")
    return event, siti, budi, rina


def open_dialog(qtbot, event_id, kind="honorarium"):
    from ui.events.payments_dialog import PaymentsDialog

    dialog = PaymentsDialog(None, event_id, kind)
    qtbot.addWidget(dialog)
    return dialog


def rows(dialog):
    return [[dialog.table.item(r, c).text() for c in range(3)]
            for r in range(dialog.table.rowCount())]


def test_speakers_and_committee_for_an_honorarium_participants_for_transport(qtbot, course):
    event, siti, budi, rina = course
    set_amounts(event.id, "honorarium", {rina.id: 1_250_000})
    dialog = open_dialog(qtbot, event.id)
    assert rows(dialog) == [["Dr. Rina Wati", "Speaker (Narasumber)", "1,250,000"],
                            ["Budi Santoso", "Committee (Panitia)", ""]]
    dialog.table.item(1, 2).setText("Rp 400.000")
    assert dialog.save()
    assert amounts(event.id, "honorarium") == {rina.id: 1_250_000, budi.id: 400_000}
    transport = open_dialog(qtbot, event.id, "transport")
    assert [row[0] for row in rows(transport)] == ["Dra. Siti Aminah", "Budi Santoso"]


def test_changing_the_kind_with_amounts_typed_asks_first(qtbot, course, monkeypatch):
    event, _siti, _budi, rina = course
    dialog = open_dialog(qtbot, event.id)
    dialog.table.item(0, 2).setText("500000")
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.No)
    dialog.kind.setCurrentIndex(dialog.kind.findData("transport"))
    assert dialog.kind.currentData() == "honorarium"  # kept, with what was typed
    assert rows(dialog)[0][2] == "500000"
    assert amounts(event.id, "honorarium") == {}
