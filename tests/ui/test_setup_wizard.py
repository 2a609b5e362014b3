"""The first-run set-up, driven as a new office would: typed, refused, corrected, saved."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from models import settings
from ui.setup_wizard import MANUAL, SetupWizard, needs_setup


def type_into(qtbot, widget, text):
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_only_a_new_office_is_asked(database):
    assert needs_setup()
    settings.save({"office_name": "Dinas Perpustakaan dan Kearsipan Kota Tanjungpinang"})
    assert not needs_setup()


def test_a_demo_database_is_not_asked(database):
    from models.demo.fill import fill_demo

    fill_demo()
    assert not needs_setup()


def test_the_office_is_set_up_and_bad_entries_are_refused_on_their_page(qtbot, database):
    wizard = SetupWizard(None)
    qtbot.addWidget(wizard)
    wizard.show()
    office = wizard.office.widgets
    type_into(qtbot, office["office_name"], "Dinas Perpustakaan dan Kearsipan")
    type_into(qtbot, office["address"], "Jl. Ganet No. 1, Tanjungpinang")
    wizard.next()
    assert wizard.currentPage() is wizard.head
    head = wizard.head.widgets
    type_into(qtbot, head["head_name"], "Drs. H. Raja Kamaruddin, M.Si.")
    type_into(qtbot, head["head_nip"], "1974 0908")
    wizard.next()
    assert wizard.currentPage() is wizard.head  # a NIP of 8 digits is refused here
    assert wizard.head.problem.text().startswith("Head's NIP:")
    type_into(qtbot, head["head_nip"], "19740908 200301 1 005")
    wizard.next()
    assert wizard.currentPage() is wizard.numbers
    numbers = wizard.numbers.widgets
    type_into(qtbot, numbers["office_code"], "DISPUSIP-TPI")
    type_into(qtbot, numbers["certificate_number_pattern"], "SERT/{office}/{year}")
    assert "needs {seq}" in wizard.numbers.example.text()
    wizard.next()
    assert wizard.currentPage() is wizard.numbers
    type_into(qtbot, numbers["certificate_number_pattern"], "{seq:03d}/SERT/{office}/{year}")
    assert wizard.numbers.example.text().startswith("001/SERT/DISPUSIP-TPI/20")
    numbers["jp_target"].setValue(24)
    wizard.next()
    assert wizard.currentPage() is wizard.start
    wizard.start.choices[MANUAL].setChecked(True)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    assert wizard.result() == QWizard.DialogCode.Accepted
    stored = settings.get_all()
    assert (stored["office_name"], stored["address"], stored["head_name"], stored["head_nip"],
            stored["office_code"], stored["certificate_number_pattern"],
            stored["jp_target"]) == (
        "Dinas Perpustakaan dan Kearsipan", "Jl. Ganet No. 1, Tanjungpinang",
        "Drs. H. Raja Kamaruddin, M.Si.", "197409082003011005", "DISPUSIP-TPI",
        "{seq:03d}/SERT/{office}/{year}", 24)
    assert wizard.start.chosen() == MANUAL
    assert not needs_setup()


def test_a_control_character_in_the_office_name_is_refused(qtbot, database):
    wizard = SetupWizard(None)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.office.widgets["office_name"].setText("Dinas\u202ePerpustakaan")
    wizard.next()
    assert wizard.currentPage() is wizard.office
    assert "invisible control character (U+202E)" in wizard.office.problem.text()
    assert not settings.is_stored("office_name")


def test_the_wizard_fits_a_small_screen(qtbot, database):
    wizard = SetupWizard(None)
    qtbot.addWidget(wizard)
    wizard.show()
    for _page in range(3):
        size = wizard.sizeHint().expandedTo(wizard.size())
        assert size.width() <= 1000 and size.height() <= 700, size
        wizard.next()
