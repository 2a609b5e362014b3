import argparse
import subprocess

import pytest
from PySide6.QtCore import QCoreApplication

import main
from models.db import db
from tests.builders import database_file, event_with_sessions, staff_member


@pytest.fixture
def cli(qapp, tmp_path, monkeypatch, capsys):
    """main.main(argv) in this process, answering as ``run`` does (returncode, stdout,
    stderr): a new Python with Qt costs about a second a command, and most tests are about
    what a command does, not about the process.

    The command finds the QApplication pytest-qt made (main's make_application takes the
    instance there is; a second one cannot exist). What a real process would drop at exit
    is undone here: the open database, the application's names, argparse's translated
    words.
    """
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(argparse, "_", argparse._)  # build_parser translates argparse's words
    names = QCoreApplication.applicationName(), QCoreApplication.organizationName()

    def cli(*args):
        capsys.readouterr()  # what the test printed before is not the command's
        try:
            code = main.main([str(arg) for arg in args])
        except SystemExit as stop:  # argparse: --help, and usage errors (2)
            code = stop.code or 0
        finally:
            if db.obj is not None:
                db.close()
            db.initialize(None)
        # Had main made an application of its own, this process would now have two.
        assert QCoreApplication.instance() is qapp
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)

    yield cli
    QCoreApplication.setApplicationName(names[0])
    QCoreApplication.setOrganizationName(names[1])


@pytest.fixture
def office_db(tmp_path):
    """A database file with one two-session event and three participants, then closed."""
    path = tmp_path / "office.sqlite"
    with database_file(path):
        people = [staff_member(n) for n in ("Siti Aminah", "Budi Santoso", "Ani Wulandari")]
        event, _sessions = event_with_sessions(
            topics=("Notasi DDC", "Praktik Klasifikasi"), participants=people)
    return path, event.id
