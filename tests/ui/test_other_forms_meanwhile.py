"""The other forms ask the same question when their record was saved on another PC:
the event, a session, the Settings."""

import datetime as dt

from PySide6.QtWidgets import QMessageBox

from models import settings
from models.events import planning as events
from models.events.tables import Event, EventSession
from tests.builders import event_with_sessions, on_another_pc, when_modal
from ui.events.event_dialog import EventDialog
from ui.events.session_dialog import SessionDialog
from ui.settings_dialog import SettingsDialog


def press(text: str, seen: list):
    def answer(box):
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == text).click()
    return answer


def test_the_event_form_reloads_the_other_pc_s_title(qtbot, database):
    event, _sessions = event_with_sessions("Bimtek DDC")
    dialog = EventDialog(event_id=event.id)
    qtbot.addWidget(dialog)
    values = {f: getattr(Event.get_by_id(event.id), f) for f in events.EVENT_FIELDS}
    on_another_pc(lambda: events.save_event({**values, "title": "Bimtek DDC 2026"}, event.id))
    dialog.venue.setText("Aula")
    seen = []
    when_modal(press("Reload", seen), QMessageBox)
    dialog.save()
    assert "changed by Rina at" in seen[0]
    assert (dialog.title.text(), dialog.venue.text()) == ("Bimtek DDC 2026", "")
    assert Event.get_by_id(event.id).venue == ""


def test_the_session_form_saves_over_knowingly(qtbot, database):
    event, (session,) = event_with_sessions("Bimtek DDC", hours=(8,))
    dialog = SessionDialog(None, event.id, session.id)
    qtbot.addWidget(dialog)
    values = {f: getattr(session, f) for f in events.SESSION_FIELDS}
    on_another_pc(lambda: events.save_session(event.id, {**values, "room": "Aula"},
                                              session.id))
    dialog.topic.setText("Klasifikasi DDC")
    when_modal(press("Save mine", []), QMessageBox)
    dialog.save()
    stored = EventSession.get_by_id(session.id)
    assert (stored.topic, stored.room) == ("Klasifikasi DDC", "")


def test_the_settings_cancel_keeps_the_dialog_and_writes_nothing(qtbot, database):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    on_another_pc(lambda: settings.save({"head_name": "Dra. Hj. Rina"}))
    dialog.widgets["jp_target"].setValue(24)
    seen = []
    when_modal(press("Cancel", seen), QMessageBox)
    dialog.save()
    assert "changed by Rina" in seen[0]
    assert dialog.result() != SettingsDialog.DialogCode.Accepted
    assert (settings.get("head_name"), settings.get("jp_target")) == ("Dra. Hj. Rina", 20)
    when_modal(press("Reload", []), QMessageBox)
    dialog.save()
    assert dialog.widgets["head_name"].text() == "Dra. Hj. Rina"
    assert dialog.widgets["jp_target"].value() == 20
    dialog.widgets["jp_target"].setValue(24)
    dialog.save()  # over the values it now shows: no question
    assert (settings.get("head_name"), settings.get("jp_target")) == ("Dra. Hj. Rina", 24)


def test_a_date_other_than_today_is_named(qtbot, database):
    from models.sharing.stamps import ChangedMeanwhile
    from ui.common.meanwhile import question

    asked = question(ChangedMeanwhile("Rina", dt.datetime(2026, 3, 9, 10, 42)),
                     today=dt.date(2026, 3, 10))
    assert asked == ("This record was changed by Rina on 9 Mar 2026 at 10:42 while you "
                     "were editing it.")
