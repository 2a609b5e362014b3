"""Verify a certificate: scan its QR code (or type its number) and read the verdict large,
with what the certificate must say, so the clerk can compare it with the paper."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from models.certificates import verification
from models.vocab import ROLES, VERDICTS
from ui import i18n
from ui.common import formats

COLOURS = {verification.VALID: "#1e7b34", verification.REVOKED: "#b3261e",
           verification.FORGED: "#b3261e", verification.UNKNOWN: "#9a6700",
           verification.NOT_VALID: "#b3261e"}


class VerifyDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify a certificate"))
        self.resize(760, 520)
        self.verdict: verification.Verdict | None = None
        hint = QLabel(self.tr("Scan the QR code on the certificate with the barcode scanner, "
                              "or type the certificate's number, then press Enter."))
        hint.setWordWrap(True)
        self.field = QLineEdit()
        big = QFont(self.field.font())
        big.setPointSizeF(big.pointSizeF() * 1.4)
        self.field.setFont(big)
        self.field.setPlaceholderText(self.tr("QR code or certificate number"))
        self.field.returnPressed.connect(self.check)
        self.status = QLabel()
        status_font = QFont(self.status.font())
        status_font.setPointSizeF(status_font.pointSizeF() * 2.2)
        status_font.setBold(True)
        self.status.setFont(status_font)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.details = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (("number", self.tr("Number")), ("name", self.tr("Name")),
                           ("role", self.tr("Role")), ("event", self.tr("Event")),
                           ("dates", self.tr("Dates")), ("issued", self.tr("Issued on")),
                           ("office", self.tr("Issued by"))):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.details.addRow(label, value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.field)
        layout.addWidget(self.status)
        layout.addWidget(self.explanation)
        layout.addLayout(self.details)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.show_verdict(None)

    def check(self) -> None:
        text = self.field.text().strip()
        if not text:
            return
        self.show_verdict(verification.verify(text))
        self.field.selectAll()  # the next scan replaces it

    def show_verdict(self, verdict: verification.Verdict | None) -> None:
        self.verdict = verdict
        if verdict is None:
            self.status.clear()
            self.explanation.clear()
        else:
            self.status.setText(i18n.vocab(VERDICTS[verdict.status]))
            self.status.setStyleSheet(f"color: {COLOURS[verdict.status]};")
            self.explanation.setText(i18n.text(verdict.explanation))
        shown = verdict is not None and verdict.status != verification.FORGED
        values = {}
        if shown:
            values = {
                "number": verdict.number, "name": verdict.name,
                "role": i18n.vocab(ROLES[verdict.role]) if verdict.role in ROLES
                else verdict.role,
                "event": verdict.event,
                "dates": (formats.long_date_range(verdict.start, verdict.end)
                          if verdict.start else ""),
                "issued": formats.long_date(verdict.issued_on) if verdict.issued_on else "",
                "office": verdict.office}
        for key, label in self.values.items():
            label.setText(values.get(key, ""))
            self.details.setRowVisible(label, bool(values.get(key)))
