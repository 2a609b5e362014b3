import gc

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from ui import i18n
from ui.tasks import TaskRunner


@pytest.fixture(autouse=True)
def isolated_qt(qapp, tmp_path, monkeypatch):
    """Remembered settings go to the test's folder; long work runs inline; English UI."""
    QCoreApplication.setOrganizationName("SiBina-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    monkeypatch.setattr(TaskRunner, "synchronous", True)
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")
    destroy_leftover_widgets()


def destroy_leftover_widgets():
    """Delete this test's windows now, while the QApplication lives, so no window, dialog
    or timer of one test is still around to act during the next."""
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def answer_message_boxes(seen: list[str]) -> None:
    """Press the OK/Yes button of every message box on screen, as a person would."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            seen.append(widget.text())
            accept = [b for b in widget.buttons() if widget.buttonRole(b) in (
                QMessageBox.ButtonRole.AcceptRole, QMessageBox.ButtonRole.YesRole)]
            (accept or widget.buttons())[0].click()


@pytest.fixture
def message_boxes(qapp):
    """Answers every message box and keeps what each one said, so tests can drive flows
    that ask or inform."""
    seen: list[str] = []
    timer = QTimer()
    timer.timeout.connect(lambda: answer_message_boxes(seen))
    timer.start(20)
    yield seen
    timer.stop()


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """pytest-qt closes each test's windows; one that asks before closing (unsaved typing)
    is answered, so teardown never waits for a person."""
    timer = QTimer()
    timer.timeout.connect(lambda: answer_message_boxes([]))
    timer.start(20)
    try:
        return (yield)
    finally:
        timer.stop()


@pytest.fixture
def usb_stick(qapp, tmp_path, monkeypatch):
    """A USB stick plugged in (the one drive the PC lists), and a person who, in every
    save dialog that opens, keeps the suggested name and clicks "Save here". The stick's
    folder is ``.path``; the names the dialogs suggested are in ``.names``."""
    from types import SimpleNamespace

    from ui.common.files import drive_chooser

    stick = tmp_path / "KINGSTON"
    stick.mkdir()
    monkeypatch.setattr(drive_chooser, "volumes",
                        lambda: [(stick, "KINGSTON", 8 * 1024 ** 3, False, True)])
    seen = SimpleNamespace(path=stick, names=[])

    def answer():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, drive_chooser.DriveChooser) and widget.isVisible():
                seen.names.append(widget.name.text() if widget.name is not None else None)
                widget.save_button.click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    yield seen
    timer.stop()


@pytest.fixture(autouse=True)
def nobody_logged_in():
    """The window's role, as a new run has it: nobody logged in, everything allowed."""
    from ui.users import role_gate

    role_gate.set_role(None)
    yield
    role_gate.set_role(None)
