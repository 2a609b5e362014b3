"""Signing keys: this office's (make a new one, mark one leaked, move one to a new PC) and
other offices' (import their public keys to verify their certificates, remove them)."""

import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models import settings
from models.certificates import key_exchange, key_store, keys, signing
from models.certificates.tables import SigningKey
from models.files.export import write_verified
from models.messages import SiBinaError
from ui.common import formats
from ui.common.date_time import DateEdit
from ui.common.files.save_file import ask_save_path, last_folder, safe_file_name
from ui.common.widgets import button_box, confirm, error_text, show_error, show_info
from ui.i18n import fill

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls

KEY_ID = Qt.ItemDataRole.UserRole


class KeysDialog(QDialog):
    def __init__(self, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signing keys"))
        self.resize(820, 460)
        intro = QLabel(self.tr(
            "This office's private keys stay on this PC: backups do not carry them. Export a "
            "key file (with a passphrase) to sign on another PC. Other offices verify this "
            "office's certificates with its public keys."))
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Office"),
                                              self.tr("Made on"), self.tr("State")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # newest own key first
        self.table.setSortingEnabled(True)
        buttons = QGridLayout()
        made = [(self.tr("&New key…"), self.new_key), (self.tr("Mark &leaked…"), self.mark_leaked),
                (self.tr("E&xport key file…"), self.export_key_file),
                (self.tr("&Import key file…"), self.import_key_file),
                (self.tr("Export &public keys…"), self.export_public),
                (self.tr("Import p&ublic keys…"), self.import_public),
                (self.tr("&Remove imported key"), self.remove_imported)]
        self.buttons = {}
        for index, (text, slot) in enumerate(made):
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            buttons.addWidget(button, index // 4, index % 4)
            self.buttons[slot.__name__] = button
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.fill()

    def fill(self) -> None:
        self.table.setSortingEnabled(False)
        rows = keys.own_keys() + key_exchange.imported_keys()
        self.table.setRowCount(len(rows))
        for row, key in enumerate(rows):
            office = self.tr("This office") if key.own else key.office
            cells = [key.key_id, office, formats.short_date(key.created_at.date()),
                     self._state(key)]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(KEY_ID, key.key_id)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        for column in (0, 1, 2):
            self.table.resizeColumnToContents(column)
        self._selection_changed()

    def _state(self, key: SigningKey) -> str:
        if key.compromised_from is not None:
            return fill(self.tr("Leaked from %1"), formats.short_date(key.compromised_from))
        if not key.own:
            return self.tr("Verifies that office's certificates")
        if key.retired_at is not None:
            return self.tr("Retired: verifies what it signed")
        if key_store.load(key.key_id) is None:
            return self.tr("Signs now, but is not on this PC")
        return self.tr("Signs now")

    def selected(self) -> SigningKey | None:
        items = self.table.selectedItems()
        return SigningKey.get_or_none(SigningKey.key_id == items[0].data(KEY_ID)) if items \
            else None

    def _selection_changed(self) -> None:
        key = self.selected()
        self.buttons["mark_leaked"].setEnabled(key is not None and key.compromised_from is None)
        self.buttons["export_key_file"].setEnabled(key is not None and key.own)
        self.buttons["remove_imported"].setEnabled(key is not None and not key.own)

    # --- this office's keys ---------------------------------------------------------------

    def new_key(self) -> None:
        if not confirm(self, self.tr("New key"), self.tr(
                "Make a new signing key? Certificates are signed with it from now on; those "
                "signed before keep verifying. Other offices must import the new public "
                "key."), self.tr("Make a new key")):
            return
        _attempt(self, self.tr("New key"), keys.new_key)
        self.fill()

    def mark_leaked(self, since: datetime.date | None = None) -> None:
        key = self.selected()
        if key is None:
            return
        title = self.tr("Mark a key leaked")
        if not since:
            since = LeakDateDialog.ask(self, key.key_id)
            if since is None:
                return
        if _attempt(self, title, lambda: keys.mark_compromised(key.key_id, since)) is None:
            return
        again = signing.signed_with(key.key_id, since) if key.own else []
        text = fill(self.tr("Key %1 is marked leaked from %2: what it signed from that day on "
                            "now verifies as forged."), key.key_id, formats.long_date(since))
        if key.own:
            text += " " + fill(self.tr(
                "Make a new key, then issue again the %1 certificates it signed since (the "
                "register lists them by date)."), str(len(again)))
        show_info(self, title, text)
        self.fill()

    def export_key_file(self, path: Path | None = None, passphrase: str | None = None) -> None:
        key = self.selected()
        if key is None or not key.own:
            return
        title = self.tr("Export key file")
        if passphrase is None:
            passphrase = PassphraseDialog.ask(self, twice=True)
            if passphrase is None:
                return
        data = _attempt(self, title, lambda: keys.export_private(key.key_id, passphrase))
        if data is None:
            return
        path = path or ask_save_path(self, title, safe_file_name(
            f"Kunci tanda tangan {key.key_id}") + ".pem", [self.tr("Key files (*.pem)")])
        if path is None:
            return
        if _attempt(self, title, lambda: write_verified(path, lambda p: p.write_bytes(data))) \
                is None:
            return
        show_info(self, title, fill(self.tr(
            "Saved to %1. Whoever has this file and its passphrase can sign in this office's "
            "name: keep the stick locked away, and import it only on the office's PCs."),
            str(path)))

    def import_key_file(self, path: Path | None = None, passphrase: str | None = None) -> None:
        title = self.tr("Import key file")
        if path is None:
            name, _ = QFileDialog.getOpenFileName(self, title, last_folder(),
                                                  self.tr("Key files (*.pem)"))
            if not name:
                return
            path = Path(name)
        if passphrase is None:
            passphrase = PassphraseDialog.ask(self, twice=False)
            if passphrase is None:
                return
        try:
            data = path.read_bytes()[:65 * 1024]
        except OSError as exc:
            show_error(self, title, error_text(exc))
            return
        row = _attempt(self, title, lambda: keys.import_private(data, passphrase, path.name))
        if row is not None:
            show_info(self, title, fill(self.tr("Key %1 is now on this PC."), row.key_id))
        self.fill()

    # --- other offices' keys --------------------------------------------------------------

    def export_public(self, path: Path | None = None) -> Path | None:
        return export_public_keys(self, path)

    def import_public(self, path: Path | None = None) -> None:
        import_public_keys(self, path)
        self.fill()

    def remove_imported(self) -> None:
        key = self.selected()
        if key is None or key.own:
            return
        if confirm(self, self.tr("Remove imported key"), fill(self.tr(
                "Stop trusting key %1 of %2? Its certificates will no longer verify here."),
                key.key_id, key.office), self.tr("Remove")):
            key_exchange.remove_imported(key.key_id)
            self.fill()


def _attempt(parent: QWidget, title: str, action):
    try:
        return action()
    except (SiBinaError, OSError) as exc:
        show_error(parent, title, error_text(exc))
        return None


def export_public_keys(parent: QWidget | None, path: Path | None = None) -> Path | None:
    office = settings.get("office_name")
    title = translate("KeysDialog", "Export public keys")
    if path is None:
        path = ask_save_path(parent, title, safe_file_name(f"Kunci publik {office}") + ".txt",
                             [translate("KeysDialog", "Text files (*.txt)")])
    if path is None:
        return None
    text = key_exchange.public_keys_text(office) if keys.own_keys() else None
    if text is None:  # no certificate signed yet: make the key the first one would make
        keys.signing_key()
        text = key_exchange.public_keys_text(office)
    if _attempt(parent, title, lambda: write_verified(
            path, lambda made: made.write_text(text, encoding="utf-8"))) is None:
        return None
    show_info(parent, title, fill(translate(
        "KeysDialog", "Saved to %1. Another SiBina installation imports this file to verify "
        "this office's certificates; it cannot be used to make certificates."), str(path)))
    return path


def import_public_keys(parent: QWidget | None, path: Path | None = None) -> list[str]:
    title = translate("KeysDialog", "Import public keys")
    if path is None:
        name, _ = QFileDialog.getOpenFileName(parent, title, last_folder(),
                                              translate("KeysDialog", "Text files (*.txt)"))
        if not name:
            return []
        path = Path(name)
    try:
        with path.open("rb") as file:
            text = file.read(64 * 1024).decode("utf-8", errors="replace")
    except OSError as exc:
        show_error(parent, title, error_text(exc))
        return []
    offices = _attempt(parent, title, lambda: key_exchange.import_public_keys(text, path.name))
    if offices:
        show_info(parent, title, fill(translate(
            "KeysDialog", "Certificates signed by %1 now verify here."), ", ".join(offices)))
    return offices or []


class PassphraseDialog(QDialog):
    def __init__(self, parent: QWidget | None, twice: bool):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Passphrase"))
        self.first, self.second = QLineEdit(), QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase"), self.first)
        if twice:
            form.addRow(self.tr("&Again"), self.second)
        self.twice = twice
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(fill(self.tr("At least %1 characters. Without it the key file cannot be "
                                   "opened: there is no way to recover it."),
                           str(keys.PASSPHRASE_MIN)) if twice else "")
        hint.setWordWrap(True)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e;")
        self.buttons = button_box()
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def _check(self) -> None:
        if self.twice and len(self.first.text()) < keys.PASSPHRASE_MIN:
            self.problem.setText(fill(self.tr("The passphrase needs at least %1 characters."),
                                      str(keys.PASSPHRASE_MIN)))
        elif self.twice and self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two passphrases differ."))
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget, twice: bool) -> str | None:
        dialog = cls(parent, twice)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        text = dialog.first.text()
        dialog.deleteLater()
        return text if accepted else None


class LeakDateDialog(QDialog):
    def __init__(self, parent: QWidget | None, key_id: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark a key leaked"))
        text = QLabel(fill(self.tr(
            "From which day may key %1 have been in other hands? What it signed from that day "
            "on will verify as forged, here and wherever the office's public keys are "
            "imported again."), key_id))
        text.setWordWrap(True)
        self.since = DateEdit(QDate.currentDate())
        self.buttons = button_box(self.tr("Mark leaked"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.since)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget, key_id: str) -> datetime.date | None:
        dialog = cls(parent, key_id)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        day = dialog.since.date().toPython()
        dialog.deleteLater()
        return day if accepted else None
