"""Settings as the office edits them: the logo chosen is stored with the rest, a replaced
one is gone, and nothing is stored when the save fails."""

from PySide6.QtGui import QColor, QImage

from models import settings
from models.files import stored as stored_file
from models.files.stored import StoredFile
from ui.settings_dialog import SettingsDialog


def picture(path, colour="red"):
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor(colour))
    image.save(str(path))
    return path


def test_a_chosen_logo_is_stored_when_settings_save(qtbot, database, tmp_path):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    logo = picture(tmp_path / "logo.png")
    assert dialog.widgets["logo"].set_path(str(logo))
    dialog.widgets["office_name"].setText("Dinas Perpustakaan Kota Tanjungpinang")
    dialog.save()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert settings.get("office_name") == "Dinas Perpustakaan Kota Tanjungpinang"
    assert stored_file.read(settings.get("logo")) == logo.read_bytes()

    again = SettingsDialog()
    qtbot.addWidget(again)
    first = settings.get("logo")
    again.widgets["logo"].set_path(str(picture(tmp_path / "baru.png", "blue")))
    again.save()
    assert settings.get("logo") != first
    assert stored_file.read(settings.get("logo")) == (tmp_path / "baru.png").read_bytes()
    assert StoredFile.get_or_none(StoredFile.id == first) is None  # the old one is gone


def test_a_logo_that_vanished_before_saving_stores_nothing(qtbot, database, tmp_path,
                                                           message_boxes):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    logo = picture(tmp_path / "logo.png")
    dialog.widgets["logo"].set_path(str(logo))
    dialog.widgets["office_name"].setText("Dinas Baru")
    logo.unlink()  # the stick it was on was pulled out
    dialog.save()
    assert message_boxes and "logo.png" in message_boxes[0]
    assert settings.get("office_name") != "Dinas Baru"
    assert StoredFile.select().count() == 0


def test_a_truncated_logo_is_refused_by_name_and_nothing_is_saved(qtbot, database, tmp_path,
                                                                   message_boxes):
    from tests import crafted

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    logo = crafted.truncated_jpeg(tmp_path / "logo terpotong.jpg")
    dialog.widgets["logo"].set_path(str(logo))  # Qt shows what it can of a cut JPEG
    dialog.widgets["office_name"].setText("Dinas Baru")
    dialog.save()
    assert message_boxes and "logo terpotong.jpg" in message_boxes[0]
    assert settings.get("office_name") != "Dinas Baru"
    assert StoredFile.select().count() == 0


def test_the_office_texts_follow_the_text_rule_and_nothing_is_saved(qtbot, database,
                                                                    message_boxes):
    """They print on every paper: a pasted control character or a name too long for the
    signature block is refused, naming the field, and no setting changes."""
    import pytest

    from models.messages import ValidationError

    with pytest.raises(ValidationError) as refused:
        settings.save({"office_name": "Dinas Perpustakaan", "head_name": "Drs. Ahmad\x1b[2J"})
    assert "U+001B" in refused.value.problems["head_name"].english()
    assert settings.get("office_name") == "Perpustakaan Kota Tanjungpinang"

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.widgets["city"].setText("Tanjungpinang")
    dialog.widgets["head_name"].setText("A" * 151)
    dialog.save()
    assert dialog.result() == 0
    assert message_boxes[-1] == ("Head of office: This is 151 characters long; at most 150 "
                                 "fit here.")
    assert dialog.focusWidget() in (None, dialog.widgets["head_name"])
    assert settings.get("head_name") == ""


def test_a_wrong_nip_moves_no_field(qtbot, database):
    """The NIP's problem appears in room kept for it: the fields below stay where the
    cursor was aimed."""
    from ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def places():
        return {key: widget.mapTo(dialog, widget.rect().topLeft())
                for key, widget in dialog.widgets.items() if widget.isVisible()}

    before = places()
    qtbot.keyClicks(dialog.widgets["head_nip"], "19690309 199403 2 00")
    qtbot.wait(10)
    assert dialog.nip_error.isVisible() and "18" in dialog.nip_error.text()
    assert places() == before


def test_the_letterhead_and_the_heads_rank_are_set_in_the_dialog(qtbot, database):
    """What the kop and the signature print: the government line, telephone, website,
    e-mail and the head's pangkat/golongan, on the Office page, within 1024×768."""
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    values = {"government": "Pemerintah Kota Batam", "phone": "(0778) 123456",
              "website": "dispusip.batam.go.id", "email": "dispusip@batam.go.id",
              "head_rank": "Pembina Utama Muda, IV/c"}
    assert dialog.widgets["government"].text() == "Pemerintah Kota Tanjungpinang"
    for key, value in values.items():
        dialog.widgets[key].setText(value)
    assert dialog.sizeHint().height() <= 768 - 60  # the taskbar and the title bar
    dialog.save()
    assert {key: settings.get(key) for key in values} == values


def test_the_competency_map_s_years_are_a_rule_of_one_to_ten(qtbot, database):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    years = dialog.widgets["competency_years"]
    assert (years.value(), years.minimum(), years.maximum()) == (3, 1, 10)
    assert years.suffix() == " years"
    years.setValue(0)  # typed as 0: the box keeps its least, 1
    assert years.value() == 1
    years.setValue(5)
    dialog.save()
    assert settings.get("competency_years") == 5
