import datetime as dt

from PySide6.QtCore import QDate, Qt

from models.events import planning as events
from models.events.tables import Event
from tests.builders import save_button
from ui.events.event_dialog import EventDialog

DAY = dt.date(2026, 3, 10)




def test_a_new_event_is_typed_and_saved(qtbot, database):
    dialog = EventDialog(today=DAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.title, "Bimtek Klasifikasi DDC")
    dialog.kind.setCurrentIndex(dialog.kind.findData("bimtek"))
    dialog.theme.setCurrentIndex(dialog.theme.findText("Klasifikasi dan Katalogisasi"))
    qtbot.keyClicks(dialog.venue, "Aula Perpustakaan")
    dialog.end.setDate(QDate(2026, 3, 11))
    dialog.capacity.setValue(30)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    event = Event.get_by_id(dialog.saved_id)
    assert (event.title, event.kind, event.theme.name, event.capacity) == (
        "Bimtek Klasifikasi DDC", "bimtek", "Klasifikasi dan Katalogisasi", 30)
    assert (event.start_date, event.end_date, event.status) == (DAY, dt.date(2026, 3, 11),
                                                                "planned")


def test_end_before_start_and_missing_organiser_are_explained(qtbot, database):
    dialog = EventDialog(today=DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Seminar")
    dialog.end.setDate(QDate(2026, 3, 9))
    assert dialog.form.errors["end_date"].text() == "The event cannot end before it starts."
    assert not save_button(dialog).isEnabled()
    dialog.end.setDate(QDate(2026, 3, 10))
    dialog.external.setChecked(True)
    dialog.save()
    assert "outside body" in dialog.form.errors["organiser_name"].text()
    assert Event.select().count() == 0


def test_empty_title_is_flagged_when_save_is_pressed(qtbot, database):
    dialog = EventDialog(today=DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    assert save_button(dialog).isEnabled()
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.form.errors["title"].text() == "The title is required."
    assert Event.select().count() == 0


def test_editing_keeps_values_and_refuses_dates_that_strand_a_session(qtbot, database):
    event = events.save_event({"title": "Pelatihan SLiMS", "kind": "pelatihan",
                               "start_date": DAY, "end_date": dt.date(2026, 3, 11),
                               "organiser_external": True,
                               "organiser_name": "Perpustakaan Nasional RI"})
    events.save_session(event.id, {"date": dt.date(2026, 3, 11), "start_time": dt.time(8),
                                   "end_time": dt.time(10), "topic": "Praktik", "room": "",
                                   "jp": 2})
    dialog = EventDialog(event_id=event.id)
    qtbot.addWidget(dialog)
    assert dialog.organiser.text() == "Perpustakaan Nasional RI"
    dialog.end.setDate(QDate(2026, 3, 10))
    dialog.save()
    assert "“Praktik” on 11 March 2026 would fall outside" in dialog.form.errors["end_date"].text()
    assert Event.get_by_id(event.id).end_date == dt.date(2026, 3, 11)


def test_an_event_may_count_as_competency_development_or_not_whatever_its_kind(qtbot, database):
    club = events.save_event({"title": "Klub Buku Pustakawan", "kind": "klub_buku",
                              "start_date": DAY, "end_date": DAY})
    dialog = EventDialog(event_id=club.id)
    qtbot.addWidget(dialog)
    combo = dialog.development
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "As its kind: no", "Yes: competency development", "No: not towards the JP target"]
    dialog.kind.setCurrentIndex(dialog.kind.findData("bimtek"))
    assert combo.itemText(0) == "As its kind: yes"  # follows the kind chosen
    dialog.kind.setCurrentIndex(dialog.kind.findData("klub_buku"))
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the keyboard alone
    assert combo.currentText() == "Yes: competency development"
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert Event.get_by_id(club.id).counts_as_development is True

    again = EventDialog(event_id=club.id)
    qtbot.addWidget(again)
    assert again.development.currentText() == "Yes: competency development"
    again.development.setCurrentIndex(0)
    qtbot.mouseClick(save_button(again), Qt.MouseButton.LeftButton)
    assert Event.get_by_id(club.id).counts_as_development is None  # follows its kind again


def test_an_outside_body_s_event_may_be_marked_co_organised(qtbot, database):
    dialog = EventDialog(today=DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Pelatihan Katalogisasi RDA")
    assert not dialog.co_organised.isEnabled()  # only an outside body's event is shared
    dialog.external.setChecked(True)
    qtbot.keyClicks(dialog.organiser, "Perpustakaan Nasional RI")
    assert dialog.co_organised.isEnabled()
    dialog.co_organised.setChecked(True)
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    event = Event.get_by_id(dialog.saved_id)
    assert (event.organiser_name, event.co_organised) == ("Perpustakaan Nasional RI", True)

    again = EventDialog(event_id=event.id)
    qtbot.addWidget(again)
    assert again.co_organised.isChecked()
    again.external.setChecked(False)  # the office's own event after all: nothing shared
    again.organiser.clear()
    again.save()
    assert not Event.get_by_id(event.id).co_organised


def test_the_report_texts_and_photos_are_typed_on_their_own_tab_and_saved(qtbot, database,
                                                                         tmp_path):
    from PIL import Image
    from PySide6.QtWidgets import QMessageBox

    from models.events.photos import photos
    from tests.builders import when_modal

    dialog = EventDialog(today=DAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 768 - 40 and dialog.width() <= 1024  # a taskbar below
    qtbot.keyClicks(dialog.title, "Bimtek Klasifikasi DDC")
    dialog.tabs.setCurrentIndex(1)
    qtbot.keyClicks(dialog.legal_basis, "DPA Dinas Perpustakaan 2026")
    qtbot.keyClicks(dialog.funding, "APBD Kota Tanjungpinang")
    good, fake = tmp_path / "pembukaan.jpg", tmp_path / "daftar.jpg"
    Image.new("RGB", (40, 30), "navy").save(good, "JPEG")
    fake.write_text("bukan foto", encoding="utf-8")
    said = []
    when_modal(lambda box: said.append(box.text()), QMessageBox)
    assert dialog.photos.add_files([fake, good]) == 1
    assert "daftar.jpg" in said[0]  # the refused file, by name
    assert dialog.height() <= 768 - 40
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    event = Event.get_by_id(dialog.saved_id)
    assert (event.legal_basis, event.funding) == ("DPA Dinas Perpustakaan 2026",
                                                  "APBD Kota Tanjungpinang")
    assert [(name, caption) for _id, name, caption in photos(event.id)] == [
        ("pembukaan.jpg", "pembukaan")]
