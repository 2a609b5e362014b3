"""The user guide's screenshots: the real window on a fresh demo database, offscreen.

    uv run python packaging/guide_screens.py --out DIR     # DIR/<name>.png, one per SHOTS

Each shot is taken from the program itself (``MainWindow`` and its dialogs, in Indonesian,
at the office laptop's 1366×768), so rebuilding the guide after a screen changed shows the
screen as it is now. The demo data is dated relative to today: the pictures differ from
day to day in their dates, never in what they show.
"""

import argparse
import datetime
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QCoreApplication, QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SCREEN = (1366, 768)
# What the status bar shows on the office PC, rather than this machine's temporary folder.
SHOWN_PATH = Path(r"C:\Users\Kantor\AppData\Local\SiBina\SiBina\sibina.sqlite")


class Scene:
    """The window on the demo data, and the events worth showing."""

    def __init__(self, window, app: QApplication):
        from models.certificates.tables import Certificate
        from models.events.tables import Event

        self.window = window
        self.app = app
        today = datetime.date.today()
        events = list(Event.select().order_by(Event.start_date))
        past = [e for e in events if e.end_date < today and e.status != "cancelled"]
        # The latest finished event of the office's own: attendance, evaluations and
        # certificates all done (an outside body's event has no certificates of ours).
        issued = {e.id for e in Event.select(Event.id).join(Certificate)}
        own = [e for e in past if not e.organiser_external and e.id in issued]
        trainings = [e for e in own if e.kind in ("pelatihan", "bimtek")]
        self.finished = (trainings or own or past)[-1].id

    def tab(self, name: str) -> QWidget:
        self.window.show_page(name)
        self.settle()
        return self.window

    def dialog(self, dialog: QWidget) -> QWidget:
        dialog.show()
        self.settle()
        return dialog

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()


def settings_dialog(scene: Scene, tab: int) -> QWidget:
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(scene.window)
    dialog.tabs.setCurrentIndex(tab)
    return scene.dialog(dialog)


def staff_tab(scene: Scene) -> QWidget:
    from models.staff import staff_list

    scene.tab("staff_page")
    kind = scene.window.staff_page.kind
    kind.setCurrentIndex(kind.findData(staff_list.INTERNAL_ONLY))  # the office's own first
    scene.settle()
    scene.window.staff_page.table.selectRow(0)  # below: that person's events and JP
    scene.settle()
    return scene.window


def person_dialog(scene: Scene) -> QWidget:
    from models.staff.tables import Person
    from ui.staff.person_dialog import PersonDialog

    first = Person.select().where(Person.is_external == False, Person.nip.is_null(False))  # noqa: E712
    return scene.dialog(PersonDialog(scene.window, person_id=first.order_by(Person.id).get().id))


def staff_import(scene: Scene) -> QWidget:
    from ui.staff.import_dialog import ImportDialog

    dialog = ImportDialog(scene.window, str(simpeg_file(scene.folder)))
    dialog.start()
    return scene.dialog(dialog)


def simpeg_file(folder: Path) -> Path:
    """A file as the personnel office sends it: a new person in capitals, a changed
    position, and a NIP Excel shortened to a number."""
    from openpyxl import Workbook

    from models.staff.tables import Person

    book = Workbook()
    sheet = book.active
    sheet.append(["Nama", "NIP", "Jabatan", "Pangkat/Golongan", "Unit Kerja"])
    people = Person.select().where(Person.is_external == False, Person.nip.is_null(False))  # noqa: E712
    for number, person in enumerate(people.order_by(Person.id).limit(6)):
        position = "Pustakawan Ahli Muda" if number == 1 else person.position
        sheet.append([person.name, person.nip, position, person.rank, person.unit])
    sheet.append(["SITI RAHMAWATI BINTI YUSUF", "199703152022032001", "Pustakawan Ahli Pertama",
                  "Penata Muda, III/a", "Layanan Anak"])
    sheet.append(["Rudi Hartono", 1.98505122010011e17, "Pranata Komputer", "", "Layanan Anak"])
    path = folder / "data-simpeg.xlsx"
    book.save(path)
    return path


def events_tab(scene: Scene) -> QWidget:
    return scene.tab("events_page")


def schedule_dialog(scene: Scene) -> QWidget:
    from ui.events.schedule_dialog import ScheduleDialog

    return scene.dialog(ScheduleDialog(scene.window, scene.finished))


def participants_dialog(scene: Scene) -> QWidget:
    from ui.events.participants_dialog import ParticipantsDialog

    return scene.dialog(ParticipantsDialog(scene.window, scene.finished))


def attendance_tab(scene: Scene) -> QWidget:
    scene.tab("attendance_page")
    scene.window.attendance_page.set_event(scene.finished)
    scene.window.attendance_page.recorder.setText("Nurul Fadhilah")
    scene.settle()
    return scene.window


def checkin_dialog(scene: Scene) -> QWidget:
    from models.events.tables import EventSession
    from ui.attendance.checkin_dialog import CheckinDialog

    session = EventSession.select().where(EventSession.event == scene.finished).first()
    return scene.dialog(CheckinDialog(scene.window, session.id, "Nurul Fadhilah"))


def evaluations_tab(scene: Scene, panel: str) -> QWidget:
    scene.tab("evaluations_page")
    page = scene.window.evaluations_page
    page.set_event(scene.finished)
    page.panels.setCurrentWidget(getattr(page, panel))
    scene.settle()
    return scene.window


def certificates_tab(scene: Scene) -> QWidget:
    scene.tab("certificates_page")
    scene.window.certificates_page.set_event(scene.finished)
    scene.settle()
    return scene.window


def keys_dialog(scene: Scene) -> QWidget:
    from ui.certificates.keys_dialog import KeysDialog

    return scene.dialog(KeysDialog(scene.window))


def verify_dialog(scene: Scene) -> QWidget:
    from ui.certificates.verify_dialog import VerifyDialog

    return scene.dialog(VerifyDialog(scene.window))


def reports_tab(scene: Scene) -> QWidget:
    from PySide6.QtCore import Qt as QtNames

    scene.tab("reports_page")
    kinds = scene.window.reports_page.kinds
    kinds.setCurrentRow(next(row for row in range(kinds.count())
                             if kinds.item(row).data(QtNames.ItemDataRole.UserRole) == "annual"))
    scene.settle()
    return scene.window


def competency_tab(scene: Scene) -> QWidget:
    from PySide6.QtCore import Qt as QtNames

    page = scene.tab("competency_page").competency_page
    marketing = page.theme.findText("Pemasaran", QtNames.MatchFlag.MatchContains)
    page.theme.setCurrentIndex(max(0, marketing))  # the demo's widest gap
    scene.settle()
    return scene.window


def network_tab(scene: Scene) -> QWidget:
    page = scene.tab("network_page").network_page
    page.views.setCurrentWidget(page.offers)
    scene.settle()
    return scene.window


def file_menu(scene: Scene) -> QWidget:
    scene.tab("staff_page")
    menu = scene.window.menuBar().actions()[0].menu()
    menu.popup(scene.window.mapToGlobal(scene.window.menuBar().geometry().bottomLeft()))
    scene.settle()
    return menu


# name: what to grab. The guide's text names the pictures it shows by these names.
SHOTS: dict[str, Callable[[Scene], QWidget]] = {
    "pengaturan": lambda scene: settings_dialog(scene, 0),
    "pengaturan-ketentuan": lambda scene: settings_dialog(scene, 1),
    "pegawai": staff_tab,
    "pegawai-ubah": person_dialog,
    "pegawai-impor": staff_import,
    "kegiatan": events_tab,
    "kegiatan-jadwal": schedule_dialog,
    "kegiatan-peserta": participants_dialog,
    "presensi": attendance_tab,
    "presensi-qr": checkin_dialog,
    "evaluasi-formulir": lambda scene: evaluations_tab(scene, "forms"),
    "evaluasi-respons": lambda scene: evaluations_tab(scene, "responses"),
    "evaluasi-hasil": lambda scene: evaluations_tab(scene, "results"),
    "sertifikat": certificates_tab,
    "sertifikat-kunci": keys_dialog,
    "sertifikat-verifikasi": verify_dialog,
    "laporan": reports_tab,
    "kompetensi": competency_tab,
    "jejaring": network_tab,
    "cadangan": file_menu,
}


def take(out: Path, names=None) -> list[Path]:
    """Write ``out/<name>.png`` for every shot (or those named); returns the files."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="sibina-guide-") as temp:
        return _take(out, Path(temp), list(names or SHOTS))


def _take(out: Path, temp: Path, names: list[str]) -> list[Path]:
    from models.certificates import key_store
    from models.db import db, open_database
    from models.demo.fill import fill_demo
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.tasks import TaskRunner

    app = QApplication.instance() or QApplication([])
    # Remembered window state and choices stay in the temporary folder, not the user's.
    QCoreApplication.setOrganizationName("SiBina-guide")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(temp))
    i18n.install(app, "id")
    key_store.use_folder(temp / "keys")  # the demo's certificates make a signing key
    previous_sync = TaskRunner.synchronous
    TaskRunner.synchronous = True  # every page reads its rows before the picture is taken
    open_database(temp / "sibina.sqlite")
    written = []
    try:
        fill_demo()
        window = MainWindow(SHOWN_PATH)
        window.setWindowState(Qt.WindowState.WindowNoState)
        window.resize(*SCREEN)
        window.show()
        scene = Scene(window, app)
        scene.folder = temp
        for name in names:
            widget = SHOTS[name](scene)
            path = out / f"{name}.png"
            if not widget.grab().save(str(path)):
                raise OSError(f"{path} could not be written")
            written.append(path)
            if widget is not window:
                widget.close()
                widget.deleteLater()
            scene.settle()
        window.close()
        window.deleteLater()
        scene.settle()
    finally:
        TaskRunner.synchronous = previous_sync
        db.close()
        db.initialize(None)
        key_store.use_folder(None)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args(argv)
    for path in take(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
