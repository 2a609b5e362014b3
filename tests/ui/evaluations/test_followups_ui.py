"""Follow-ups typed in through the panel's form, and the list of events that are due."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt

from models.evaluation import followups
from models.evaluation.tables import FollowUp
from models.events import participants
from models.events import planning as events
from tests.builders import event_with_sessions, plural, staff_member, when_modal
from ui.evaluations.followups_due_dialog import FollowUpsDueDialog
from ui.evaluations.followups_panel import (
    APPLIED,
    CHANGES,
    NAME,
    RATING,
    FollowUpDialog,
    FollowUpsPanel,
)

TODAY = dt.date(2026, 9, 15)


@pytest.fixture
def bimtek(database):
    people = [staff_member("Siti Aminah", "196903092000032001", front_title="Dra.",
                           back_title="S.IP."),
              staff_member("Budi Santoso"), staff_member("Dewi Lestari")]
    event, _no_sessions = event_with_sessions(
        days=(dt.date(2026, 3, 10), dt.date(2026, 3, 11)), hours=(), status="finished",
        participants=people)
    return event, people




def open_panel(qtbot, event_id):
    panel = FollowUpsPanel()
    panel.today = TODAY
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    panel.set_event(event_id)
    return panel


def choose(combo, text):
    combo.setCurrentIndex(combo.findText(text))


def test_add_a_follow_up_through_the_form(qtbot, bimtek):
    event, (siti, budi, _dewi) = bimtek
    panel = open_panel(qtbot, event.id)
    assert panel.summary.text().startswith("No follow-up yet.")
    seen = {}

    def fill(dialog):
        assert isinstance(dialog, FollowUpDialog)
        seen["date"] = dialog.date.date()
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)  # empty
        seen["problems"] = [label.text() for label in dialog.form.errors.values()
                            if label.isVisibleTo(dialog)]
        dialog.person.setFocus()
        qtbot.keyClicks(dialog.person.lineEdit(), "budi")  # part of the name is enough
        dialog.date.setDate(QDate(2026, 6, 15))
        choose(dialog.applied, "Partly applied")
        qtbot.keyClicks(dialog.changes, "Rak referensi kini disusun menurut DDC.")
        choose(dialog.rated_by, "The supervisor")
        choose(dialog.rating, "4")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    when_modal(fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)

    assert seen["date"] == QDate(2026, 9, 15)  # today, after the event
    assert seen["problems"] == ["Choose the participant.",
                                "Choose whether it was applied: yes, partly or no."]
    record = FollowUp.get()
    assert (record.person_id, record.date, record.applied, record.rated_by, record.rating,
            record.changes) == (budi.id, dt.date(2026, 6, 15), "partly", "supervisor", 4,
                                "Rak referensi kini disusun menurut DDC.")
    item = panel.list.currentItem()
    assert [item.text(c) for c in (NAME, APPLIED, RATING, CHANGES)] == [
        "Budi Santoso", "Partly applied", "4", "Rak referensi kini disusun menurut DDC."]
    followed, applied, rating = panel.summary.text().split(". ")
    assert plural(followed) == "1 of 3 participants followed up"
    assert applied == "Applied: 0, partly: 1, not applied: 0"
    assert plural(rating) == "Mean rating 4.0 of 5, from 1 rating."


def test_edit_keeps_the_person_and_a_date_before_the_end_is_refused(qtbot, bimtek):
    event, (siti, *_rest) = bimtek
    record = followups.add_followup(event.id, {"person": siti.id, "date": dt.date(2026, 6, 1),
                                               "applied": "yes", "rating": 5})
    panel = open_panel(qtbot, event.id)
    seen = {}

    def change(dialog):
        seen["person"] = dialog.person.currentText()
        dialog.date.setDate(QDate(2026, 3, 1))
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        seen["problem"] = dialog.form.errors["date"].text()
        dialog.date.setDate(QDate(2026, 6, 2))
        choose(dialog.rating, "— none")
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    when_modal(change)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert seen["person"] == "Dra. Siti Aminah, S.IP. — 19690309 200003 2 001"
    assert seen["problem"] == "A follow-up comes after the event, which ended on 11 March 2026."
    edited = FollowUp.get_by_id(record.id)
    assert (edited.date, edited.rating) == (dt.date(2026, 6, 2), None)
    assert panel.list.currentItem().text(RATING) == "—"


def test_delete_asks_first(qtbot, bimtek, message_boxes):
    event, (siti, *_rest) = bimtek
    followups.add_followup(event.id, {"person": siti.id, "date": dt.date(2026, 6, 1),
                                      "applied": "no"})
    panel = open_panel(qtbot, event.id)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert message_boxes == ["Delete the follow-up of Dra. Siti Aminah, S.IP. on 1 Jun 2026?"]
    assert not FollowUp.select().exists()
    assert panel.list.topLevelItemCount() == 0 and not panel.edit_button.isEnabled()


def test_due_dialog_lists_events_and_opens_one(qtbot, bimtek):
    event, (siti, *_rest) = bimtek
    recent = events.save_event({"title": "Workshop Literasi", "kind": "workshop",
                                "start_date": dt.date(2026, 8, 1),
                                "end_date": dt.date(2026, 8, 1)})
    participants.add_people(recent.id, [siti.id])
    followups.add_followup(event.id, {"person": siti.id, "date": dt.date(2026, 6, 1),
                                      "applied": "yes"})
    dialog = FollowUpsDueDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    rows = [[dialog.list.topLevelItem(r).text(c) for c in range(5)]
            for r in range(dialog.list.topLevelItemCount())]
    assert rows == [["Bimtek DDC", "Technical guidance (Bimtek)", "10–11 Mar 2026",
                     "11 Jun 2026", "1 of 3"]]
    dialog.months.setValue(1)  # a month after: the workshop of August is due too
    assert dialog.list.topLevelItemCount() == 2
    assert plural(dialog.summary.text()) == "2 events due."
    with qtbot.waitSignal(dialog.open_event) as opened:
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert opened.args == [event.id] and dialog.result() == dialog.DialogCode.Accepted


def test_nothing_due(qtbot, database):
    dialog = FollowUpsDueDialog(None, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.summary.text() == "No follow-up is due."
    assert not dialog.open_button.isEnabled()
