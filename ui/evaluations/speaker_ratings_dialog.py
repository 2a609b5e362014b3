"""Every speaker's ratings across events: one row per speaker and event, to compare a
speaker over time and speakers on the same theme."""

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from models.evaluation import categories, results
from models.events import themes
from ui.common import formats
from ui.evaluations.categories import category_text

SPEAKER, DATE, EVENT, THEME, MEAN, CATEGORY, RESPONSES = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SortableItem(QTableWidgetItem):
    """Sorts by the value it was given (a date, a mean), not by the text shown."""

    def __lt__(self, other):  # Qt calls this to sort
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


class SpeakerRatingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Speaker ratings across events"))
        self.resize(1000, 560)  # within a 1024×768 screen
        self.rows: list[results.SpeakerRating] = []

        self.theme = QComboBox()
        self.theme.addItem(self.tr("All themes"), None)
        for theme_id, name in themes.choices():
            self.theme.addItem(name, theme_id)
        self.speaker = QComboBox()
        self.speaker.addItem(self.tr("All speakers"), None)
        seen = {}
        for rating in results.speaker_history():
            seen.setdefault(rating.speaker_id, rating.speaker)
        for speaker_id, name in seen.items():
            self.speaker.addItem(name, speaker_id)
        filters = QFormLayout()
        filters.addRow(self.tr("&Theme:"), self.theme)
        filters.addRow(self.tr("S&peaker:"), self.speaker)

        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels([
            self.tr("Speaker"), self.tr("Date"), self.tr("Event"), self.tr("Theme"),
            self.tr("Mean (1–5)"), self.tr("Category"), self.tr("Responses")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for column, width in ((SPEAKER, 190), (DATE, 95), (THEME, 150), (MEAN, 95),
                              (CATEGORY, 110), (RESPONSES, 80)):
            self.table.setColumnWidth(column, width)
        # The event's title takes the room left; a long one is elided, its tooltip whole.
        header.setSectionResizeMode(EVENT, QHeaderView.ResizeMode.Stretch)
        # No column sorted at first: the rows as read, by speaker then date.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.status = QLabel()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.theme.currentIndexChanged.connect(self.fill)
        self.speaker.currentIndexChanged.connect(self.fill)
        self.fill()

    def fill(self, *_) -> None:
        """Read the ratings for the chosen theme and speaker; the chosen sort stays."""
        self.rows = results.speaker_history(self.theme.currentData(),
                                            self.speaker.currentData())
        bounds = categories.current_bounds()
        self.table.setSortingEnabled(False)  # rows would move while they are filled in
        self.table.setRowCount(len(self.rows))
        for row, rating in enumerate(self.rows):
            day = QDate(rating.start_date.year, rating.start_date.month, rating.start_date.day)
            cells = ((rating.speaker, rating.speaker.casefold()),
                     (formats.short_date(rating.start_date), day.toJulianDay()),
                     (rating.title, rating.title.casefold()),
                     (rating.theme or "–", rating.theme.casefold()),
                     (formats.fixed(rating.mean), rating.mean),
                     (category_text(rating.mean, bounds), rating.mean),
                     (str(rating.n), rating.n))
            for column, (text, key) in enumerate(cells):
                item = SortableItem(text)
                item.setData(SORT_ROLE, key)
                if column in (MEAN, RESPONSES):
                    item.setTextAlignment(_RIGHT)
                if column == EVENT:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        speakers = len({r.speaker_id for r in self.rows})
        self.status.setText(self.tr("%n speaker(s)", "", speakers) + " · "
                            + self.tr("%n rated event(s)", "", len({r.event_id
                                                                     for r in self.rows})))
