"""The audit log as XLSX: one row a change, its words, formula-like text kept as text."""

from openpyxl import load_workbook

from models.audit import log
from models.sharing import actor
from models.staff import staff_list
from reports.audit.export import export_audit
from tests.builders import staff_member


def test_each_change_is_a_row_with_its_fields_old_and_new(database, tmp_path):
    rina = staff_member("Rina", unit="Layanan")
    actor.set_user("Dewi")
    staff_list.save_person({**staff_list.person_values(rina), "unit": "=HYPERLINK(\"x\")"},
                           rina.id)
    path = tmp_path / "log.xlsx"
    assert export_audit(log.Filter(), path) == 2
    sheet = load_workbook(path).active
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    header = rows.index(["When", "Who", "PC", "What", "Action", "Record", "Changes"])
    edit, added = rows[header + 1], rows[header + 2]
    assert edit[1:] == ["Dewi", actor.current().pc, "Person", "changed", "Rina",
                        'Unit: Layanan → =HYPERLINK("x")']
    assert added[3:6] == ["Person", "added", "Rina"]
    assert "Name: Rina" in added[6] and "Unit: Layanan" in added[6]
    cells = {cell.value: cell for row in sheet.iter_rows() for cell in row}
    assert cells[edit[6]].data_type == "s"  # text, never a formula
    assert not list(tmp_path.glob("*.tmp*"))  # written under a temporary name, then renamed


def test_only_the_filtered_entries_are_written(database, tmp_path):
    staff_member("Rina")
    actor.set_user("Dewi")
    staff_member("Budi")
    path = tmp_path / "log.xlsx"
    assert export_audit(log.Filter(actor="Dewi"), path) == 1
    names = [row[5] for row in load_workbook(path).active.iter_rows(values_only=True)]
    assert "Budi" in names and "Rina" not in names
