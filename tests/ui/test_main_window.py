from pathlib import Path

from models import settings
from ui import i18n
from ui.main_window import MainWindow
from ui.settings_dialog import SettingsDialog


def test_window_speaks_indonesian_by_default(qtbot, qapp, database):
    i18n.install(qapp, "id")
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    assert window.windowTitle() == "SiBina — Pembinaan Pustakawan"
    tabs = [window.tabs.tabText(i).replace("&", "") for i in range(window.tabs.count())]
    assert tabs == ["Beranda", "Pegawai", "Kegiatan", "Kehadiran", "Evaluasi", "Sertifikat",
                    "Laporan", "Kompetensi", "Jejaring"]


def test_the_events_tab_opens_an_events_attendance(qtbot, database):
    import datetime as dt

    from models.events import participants
    from models.events import planning as events
    from models.staff import staff_list as staff

    day = dt.date(2026, 3, 10)
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": day,
                               "end_date": day})
    events.save_event({"title": "Seminar", "kind": "seminar", "start_date": day,
                       "end_date": day})
    events.save_session(event.id, {"date": day, "start_time": dt.time(8),
                                   "end_time": dt.time(10), "topic": "DDC", "room": "",
                                   "jp": 2})
    participants.add_people(event.id, [staff.save_person({"name": "Siti Aminah"}).id])
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show()
    window.show_page("events_page")
    window.events_page.select_event(event.id)
    window.events_page.attendance_action.trigger()
    assert window.current_page() is window.attendance_page
    page = window.attendance_page
    assert page.event_picker.currentData() == event.id
    assert page.model.rowCount() == 1 and page.model.index(0, 1).data() == "Siti Aminah"


def test_each_tab_keeps_its_own_shortcuts(qtbot, database):
    """Ctrl+N and Ctrl+F exist on the Staff and the Events tab: only the shown tab's fire."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    fired = []
    for page in (window.staff_page, window.events_page):
        action = page.new_action if page is window.events_page else page.add_action
        action.triggered.disconnect()  # count instead of opening a modal dialog
        action.triggered.connect(lambda _=False, p=page: fired.append(p))
    for index, page in ((1, window.staff_page), (2, window.events_page)):
        window.tabs.setCurrentIndex(index)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        assert fired[-1:] == [page]
    assert len(fired) == 2


def test_window_size_is_remembered(qtbot, database):
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)
    window.close()
    again = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_settings_dialog_saves_the_institution_profile(qtbot, database, tmp_path):
    from PySide6.QtGui import QColor, QImage

    logo = tmp_path / "logo.png"
    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("navy"))
    image.save(str(logo))
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.widgets["office_name"].setText("Dinas Perpustakaan Kota Tanjungpinang")
    dialog.widgets["head_name"].setText("Dra. Hj. Nurhayati, M.Si.")
    dialog.widgets["jp_target"].setValue(24)
    assert dialog.widgets["logo"].set_path(str(logo))
    qtbot.keyClicks(dialog.widgets["head_nip"], "19690309 199403 2 00")
    assert dialog.nip_error.text()  # said under the field
    dialog.save()
    assert dialog.result() == 0 and settings.get("jp_target") == 20  # refused, unchanged
    qtbot.keyClicks(dialog.widgets["head_nip"], "1")
    dialog.save()
    values = settings.get_all()
    assert values["office_name"] == "Dinas Perpustakaan Kota Tanjungpinang"
    assert values["head_nip"] == "196903091994032001"
    assert values["jp_target"] == 24
    from models.files import stored as stored_file

    assert stored_file.read(values["logo"]) == logo.read_bytes()


def test_replacing_the_logo_keeps_no_orphan_image(qtbot, database, tmp_path):
    from PySide6.QtGui import QColor, QImage

    from models.files.stored import StoredFile

    paths = []
    for colour in ("navy", "maroon"):
        image = QImage(20, 20, QImage.Format.Format_RGB32)
        image.fill(QColor(colour))
        paths.append(tmp_path / f"{colour}.png")
        image.save(str(paths[-1]))
    for path in paths:
        dialog = SettingsDialog()
        qtbot.addWidget(dialog)
        dialog.widgets["logo"].set_path(str(path))
        dialog.save()
    assert [bytes(f.data) for f in StoredFile.select()] == [paths[1].read_bytes()]
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.widgets["logo"].remove()
    dialog.save()
    assert StoredFile.select().count() == 0 and settings.get("logo") == 0


def test_a_certificate_number_pattern_without_a_running_number_is_refused(qtbot, database,
                                                                         message_boxes):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    pattern = dialog.widgets["certificate_number_pattern"]
    pattern.setText("SERT/{office}/{year}")
    dialog.save()
    assert "needs {seq}" in message_boxes[-1]
    assert settings.get("certificate_number_pattern") == (
        "{seq:03d}/SERT/{office}/{month_roman}/{year}")
    pattern.setText("{seq:04d}/PIAGAM/{year}")
    dialog.save()
    assert settings.get("certificate_number_pattern") == "{seq:04d}/PIAGAM/{year}"


def test_evaluation_category_bounds_show_their_scale_and_bad_ones_are_refused(
        qtbot, qapp, database, message_boxes):
    from models.evaluation.categories import SETTING

    i18n.install(qapp, "id")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    bounds = dialog.widgets[SETTING]
    assert bounds.text() == "1,80; 2,60; 3,40; 4,20"
    assert dialog.scale.text() == ("1,00–1,80 Sangat Kurang; 1,81–2,60 Kurang; "
                                   "2,61–3,40 Cukup; 3,41–4,20 Baik; 4,21–5,00 Sangat Baik")
    bounds.setText("1,80; 2,60; 2,50; 4,20")
    assert "masing-masing lebih besar dari batas sebelumnya" in dialog.scale.text()
    dialog.save()
    assert "masing-masing lebih besar" in message_boxes[-1]
    assert settings.get(SETTING) == "1,80; 2,60; 3,40; 4,20" and dialog.result() == 0
    bounds.setText("1,50; 2,50; 3,50; 4,50")
    assert dialog.scale.text().startswith("1,00–1,50 Sangat Kurang; 1,51–2,50 Kurang;")
    dialog.save()
    assert settings.get(SETTING) == "1,50; 2,50; 3,50; 4,50"


def test_the_settings_dialog_fits_a_small_screen(qtbot, database):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    size = dialog.sizeHint()
    assert size.width() <= 1024 and size.height() <= 740  # 768 less the title bar


def test_a_tab_is_built_when_first_shown(qtbot, database):
    """Start-up builds only the tab the window opens on; the others come when asked for."""
    import datetime as dt

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from models.events import planning as events

    day = dt.date(2026, 3, 10)
    events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": day,
                       "end_date": day})
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    assert set(window._pages) == {"home_page"}  # the window opens on the home screen
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.current_page()
    assert page is window.attendance_page and page.isVisible()
    assert page.event_picker.currentText().startswith("Bimtek DDC")
    assert set(window._pages) == {"home_page", "attendance_page"}


def test_each_alt_key_on_the_events_tab_does_one_thing(qtbot, qapp, database):
    """In Indonesian, the menus, the tabs and the Events tab's buttons have their own
    Alt+letter each (two of one letter make Alt+letter only cycle between them)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QToolBar

    i18n.install(qapp, "id")
    window = MainWindow(Path("sibina.sqlite"))
    qtbot.addWidget(window)
    window.show_page("events_page")
    texts = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    texts += [action.text() for action in window.menuBar().actions()]
    for bar in window.events_page.findChildren(QToolBar):
        texts += [action.text() for action in bar.actions() if action.text()]
    texts += [button.text() for button in window.events_page.findChildren(QAbstractButton)
              if button.isVisibleTo(window.events_page) and button.text()]
    keys = [m.group(1).lower() for text in texts
            for m in [re.search(r"&([^&])", text.replace("&&", ""))] if m]
    assert len(keys) == len(set(keys)), sorted(texts)


def test_settings_say_how_jp_counts_and_fit_the_screen(qtbot, database):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 768 - 40 and dialog.width() <= 1024  # a taskbar below
    kinds = dialog.widgets["jp_development_kinds"].boxes
    assert [code for code, box in kinds.items() if box.isChecked()] == [
        "pelatihan", "bimtek", "seminar", "workshop", "webinar", "sosialisasi",
        "studi_banding"]
    kinds["klub_buku"].setChecked(True)
    kinds["seminar"].setChecked(False)
    bound = dialog.widgets["jp_target_employment"].boxes
    assert [code for code, box in bound.items() if box.isChecked()] == ["PNS", "PPPK"]
    bound["NON_ASN"].setChecked(True)
    rounding = dialog.widgets["jp_rounding"]
    assert rounding.currentText() == "Down to a half JP"
    rounding.setCurrentIndex(rounding.findData("whole"))
    qtbot.keyClicks(dialog.widgets["head_nip"], "")
    dialog.save()
    values = settings.get_all()
    assert "klub_buku" in values["jp_development_kinds"]
    assert "seminar" not in values["jp_development_kinds"]
    assert values["jp_target_employment"] == ["PNS", "PPPK", "NON_ASN"]
    assert values["jp_rounding"] == "whole"
