"""The background-task helper with real threads (other UI tests run it inline)."""

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from models.staff import staff_list as staff
from models.staff.tables import Person
from ui.tasks import TaskRunner


@pytest.fixture
def threaded(monkeypatch):
    monkeypatch.setattr(TaskRunner, "synchronous", False)


def test_work_runs_off_the_gui_thread_and_result_comes_back(qtbot, database, threaded):
    gui_thread = threading.get_ident()
    seen = {}

    def work(progress):
        seen["thread"] = threading.get_ident()
        progress.step(1, 2)
        return staff.save_person({"name": "Dewi Lestari"}).id  # its own connection

    results = []
    parent = QWidget()
    qtbot.addWidget(parent)
    TaskRunner.run(parent, "Working…", work, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert seen["thread"] != gui_thread
    assert Person.get_by_id(results[0]).name == "Dewi Lestari"  # visible to the GUI thread


def test_cancel_stops_the_work_and_calls_on_cancel(qtbot, database, threaded):
    started, release = threading.Event(), threading.Event()
    outcome = []

    def work(progress):
        started.set()
        release.wait(5)
        progress.step(1, 10)  # raises Cancelled: the user pressed Cancel meanwhile
        outcome.append("finished")

    parent = QWidget()
    qtbot.addWidget(parent)
    TaskRunner.run(parent, "Working…", work, lambda _: outcome.append("done"),
                   on_cancel=lambda: outcome.append("cancelled"))
    assert started.wait(5)
    dialog = parent.findChild(QProgressDialog)
    assert dialog.findChild(QPushButton).text() == "Cancel"
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == ["cancelled"]


def test_errors_come_back_to_the_gui_thread(qtbot, database, threaded):
    errors = []

    def work(progress):
        raise OSError(28, "No space left on device", "E:/pegawai.xlsx")

    TaskRunner.run(None, None, work, lambda _: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], OSError) and errors[0].filename == "E:/pegawai.xlsx"
