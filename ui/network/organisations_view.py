"""The organisations of the network: search by name or region, filter by kind, open one,
add, delete (asking when agreements go with it), export the directory."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolBar, QVBoxLayout, QWidget

from models import vocab
from models.network import directory
from ui.common.page_tools import add_find_shortcut, open_on_enter, page_action
from ui.common.widgets import confirm, error_text, show_error
from ui.i18n import fill, text
from ui.i18n import vocab as vocab_text
from ui.network.table_tools import fill_table, make_table, select_id, selected_id


class OrganisationsView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        toolbar = QToolBar()
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_action = page_action(self, toolbar, self.tr("&New organisation"), self.add,
                    QKeySequence.StandardKey.New, icon="plus")
        page_action(self, toolbar, self.tr("&Open"), self.open_selected, "Ctrl+Return",
                    icon="pencil")
        self.delete_action = page_action(self, toolbar, self.tr("&Delete"), self.delete,
                                         "Ctrl+Delete", icon="delete")
        page_action(self, toolbar, self.tr("E&xport…"), self.export, "Ctrl+E", icon="file-export")
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name or region…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.reload)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for code, label in vocab.ORGANISATION_KINDS.items():
            self.kind.addItem(vocab_text(label), code)
        self.kind.currentIndexChanged.connect(self.reload)
        add_find_shortcut(self, self.search)
        self.table = make_table([self.tr("Organisation"), self.tr("Kind"), self.tr("Region"),
                                 self.tr("Phone"), self.tr("E-mail"), self.tr("Contacts"),
                                 self.tr("Agreements")])
        self.table.doubleClicked.connect(lambda *_: self.open_selected())
        open_on_enter(self.table, self.open_selected)
        line = QHBoxLayout()
        line.addWidget(self.search, 1)
        line.addWidget(self.kind)
        layout = QVBoxLayout(self)
        layout.addWidget(toolbar)
        layout.addLayout(line)
        layout.addWidget(self.table)

    def reload(self, *_) -> None:
        chosen = selected_id(self.table)
        rows = directory.search(self.search.text(), self.kind.currentData() or "")
        fill_table(self.table, [(r.id, [
            r.name, vocab_text(vocab.ORGANISATION_KINDS.get(r.kind, r.kind)), r.region,
            r.phone, r.email, (str(r.contacts), r.contacts),
            (str(r.cooperations), r.cooperations)]) for r in rows])
        if chosen is not None:
            select_id(self.table, chosen)

    def add(self) -> None:
        self._open(None)

    def open_selected(self) -> None:
        chosen = selected_id(self.table)
        if chosen is not None:
            self._open(chosen)

    def _open(self, organisation_id: int | None) -> None:
        from ui.network.organisation_dialog import OrganisationDialog

        dialog = OrganisationDialog(self, organisation_id)
        dialog.exec()
        saved = dialog.saved_id
        dialog.deleteLater()
        self.reload()
        if saved is not None:
            select_id(self.table, saved)

    def delete(self) -> None:
        chosen = selected_id(self.table)
        if chosen is None:
            return
        title = self.tr("Delete organisation")
        name = self.table.item(self.table.currentRow(), 0).text()
        warning = directory.before_deleting(chosen)
        question = (text(warning) if warning is not None else fill(self.tr(
            "Delete %1 from the network? Its contacts and events stay in SiBina."), name))
        if not confirm(self, title, question, self.tr("&Delete")):
            return
        try:
            directory.delete_organisation(chosen)
        except Exception as exc:  # noqa: BLE001 - said to the office, nothing changed
            show_error(self, title, error_text(exc))
        self.reload()

    def export(self) -> None:
        from reports.network.directory import network_directory
        from reports.report_writer import write_report
        from ui.common.files.save_file import ask_save_path, write_and_tell

        title = self.tr("Export the network directory")
        target = ask_save_path(self, title, "Direktori jejaring.xlsx",
                               [self.tr("Excel workbooks (*.xlsx)")])
        if target is None:
            return
        report = network_directory()
        write_and_tell(self, title, target,
                       lambda made, _progress, missing_ok: write_report(report, made,
                                                                        missing_ok),
                       self.tr("Writing the directory…"),
                       lambda count: self.tr("%n row(s) written.", "", count))
