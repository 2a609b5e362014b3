"""The row-table base: its shape, its headings, and sorting, without a window."""

from operator import itemgetter

from PySide6.QtCore import QModelIndex, Qt

from ui.common.row_table import RowTableModel

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder
PEOPLE = [("Siti Aminah", "Bidang Layanan", 3), ("Budi Santoso", "", 1),
          ("Rina Marlina", "Bidang Pengolahan", 2)]


class People(RowTableModel):
    """What a subclass adds: its data(), here the tuple's cells."""

    def __init__(self, parent=None, **sorting):
        super().__init__(parent, ["Name", "Unit", "No."], **sorting)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        return None


class SearchedPeople(People):
    """A subclass that filters: sorting filters again, from the whole list."""

    def __init__(self, parent=None, **sorting):
        super().__init__(parent, **sorting)
        self.all = list(PEOPLE)
        self.text = ""

    def _apply(self):
        self.show_rows(self.sorted_rows([r for r in self.all if self.text in r[0]]))


def names(model):
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_shape_and_headings(qapp, qtmodeltester):
    model = People()
    assert (model.rowCount(), model.columnCount()) == (0, 3)
    model.show_rows(list(PEOPLE))
    assert (model.rowCount(), model.columnCount()) == (3, 3)
    assert model.rowCount(model.index(0, 0)) == 0  # a table: no rows under a cell
    assert model.columnCount(model.index(0, 0)) == 0
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == [
        "Name", "Unit", "No."]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    assert model.row_at(1) == PEOPLE[1] and model.rows() == PEOPLE
    qtmodeltester.check(model)


def test_show_rows_resets_the_view(qapp, qtbot):
    model = People()
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.show_rows(list(PEOPLE))
    assert names(model) == ["Siti Aminah", "Budi Santoso", "Rina Marlina"]


def test_sorting_by_a_column_each_way(qapp):
    model = People(sort_keys={0: itemgetter(0), 2: itemgetter(2)})
    model.show_rows(list(PEOPLE))
    model.sort(0, ASC)
    assert names(model) == ["Budi Santoso", "Rina Marlina", "Siti Aminah"]
    model.sort(2, DESC)
    assert names(model) == ["Siti Aminah", "Rina Marlina", "Budi Santoso"]


def test_without_a_key_the_default_order_or_the_order_given(qapp):
    model = People(sort_keys={0: itemgetter(0)}, default_key=itemgetter(2))
    model.show_rows(list(PEOPLE))
    model.sort(1, DESC)  # no key for the unit: the default order, ascending
    assert names(model) == ["Budi Santoso", "Rina Marlina", "Siti Aminah"]
    plain = People(sort_keys={0: itemgetter(0)})
    plain.show_rows(list(PEOPLE))
    plain.sort(-1, ASC)
    assert names(plain) == ["Siti Aminah", "Budi Santoso", "Rina Marlina"]


def test_the_first_order_is_the_one_given(qapp):
    model = People(sort_keys={2: itemgetter(2)}, sort_column=2)
    assert model.sorted_rows(PEOPLE) == [PEOPLE[1], PEOPLE[2], PEOPLE[0]]


def test_sorted_rows_leaves_the_list_it_is_given_alone(qapp):
    model = People(sort_keys={0: itemgetter(0)})
    given = list(PEOPLE)
    model.sort(0, ASC)
    assert model.sorted_rows(given) == sorted(PEOPLE)
    assert given == PEOPLE  # a filter's source list keeps its order


def test_a_filtering_subclass_sorts_its_matches(qapp):
    model = SearchedPeople(sort_keys={0: itemgetter(0)})
    model.text = "i"
    model.sort(0, DESC)
    assert names(model) == ["Siti Aminah", "Rina Marlina", "Budi Santoso"]
    model.text = "ti"
    model._apply()
    assert names(model) == ["Siti Aminah"]
    assert model.all == PEOPLE


def test_no_rows_under_an_invalid_parent_only(qapp):
    model = People()
    model.show_rows(list(PEOPLE))
    assert model.rowCount(QModelIndex()) == 3
