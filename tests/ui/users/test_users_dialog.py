"""The administrator's Users dialog, the password dialog and the login setting."""

import datetime as dt

import pytest

from models.users import accounts, login, roles
from models.users.accounts import LoginRefused
from models.users.tables import AppUser
from tests.builders import when_modal
from ui.users.password_dialog import PasswordDialog
from ui.users.user_dialog import UserDialog
from ui.users.users_dialog import UsersDialog

NINE = dt.datetime(2026, 3, 12, 9, 0)


@pytest.fixture
def users(qtbot, database):
    admin = accounts.create_user("admin", "Rina Marlina", "pustaka-2026", roles.ADMINISTRATOR)
    budi = accounts.create_user("budi", "Budi Santoso", "password-budi", roles.OPERATOR)
    dialog = UsersDialog(clock=lambda: NINE)
    qtbot.addWidget(dialog)
    return dialog, admin, budi


def rows(dialog):
    return [[dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())]


def test_the_list_shows_role_and_state_and_an_administrator_unlocks(users):
    dialog, _admin, budi = users
    for _ in range(5):
        with pytest.raises(LoginRefused):
            accounts.authenticate("budi", "wrong-password", NINE)
    dialog.reload()
    assert rows(dialog) == [["admin", "Rina Marlina", "Administrator", "Active"],
                            ["budi", "Budi Santoso", "Operator", "Locked until 09:15"]]
    dialog.table.selectRow(1)
    dialog.unlock_button.click()
    assert rows(dialog)[1][3] == "Active"
    assert AppUser.get_by_id(budi.id).locked_until is None


def test_roles_change_but_the_last_administrator_stays(users, message_boxes):
    dialog, admin, budi = users
    dialog.table.selectRow(1)
    dialog.role.setCurrentIndex(dialog.role.findData(roles.PIMPINAN))
    dialog.role_button.click()
    assert AppUser.get_by_id(budi.id).role == roles.PIMPINAN
    dialog.table.selectRow(0)
    dialog.role.setCurrentIndex(dialog.role.findData(roles.OPERATOR))
    dialog.role_button.click()
    assert "last active administrator" in message_boxes[-1]
    assert AppUser.get_by_id(admin.id).role == roles.ADMINISTRATOR


def test_an_added_user_can_log_in(users):
    dialog, _admin, _budi = users

    def fill(form):
        form.fields["login"].setText("Ani")
        form.fields["full_name"].setText("Ani Wulandari")
        form.fields["role"].setCurrentIndex(form.fields["role"].findData(roles.CHECKIN))
        form.fields["password"].setText("pintu-masuk")
        form.again.setText("pintu-masuk")
        form.accept()

    when_modal(fill, UserDialog)
    dialog.add_button.click()
    assert ["ani", "Ani Wulandari", "Check-in", "Active"] in rows(dialog)
    assert accounts.authenticate("ANI", "pintu-masuk", NINE).role == roles.CHECKIN


def test_a_reset_password_replaces_the_old(users):
    dialog, _admin, budi = users
    reset = PasswordDialog(dialog, budi.id, own=False)
    assert not reset.old.isVisibleTo(reset)
    reset.new.setText("baru-sekali")
    reset.again.setText("baru-sekali")
    reset.accept()
    assert accounts.authenticate("budi", "baru-sekali", NINE)


def test_my_own_password_needs_the_present_one(qtbot, users):
    _dialog, admin, _budi = users
    mine = PasswordDialog(None, admin.id, own=True)
    qtbot.addWidget(mine)
    mine.old.setText("not-it")
    mine.new.setText("rahasia-baru")
    mine.again.setText("rahasia-baru")
    mine.accept()
    assert mine.problem.text() == "The present password is wrong."
    mine.old.setText("pustaka-2026")
    mine.accept()
    assert accounts.authenticate("admin", "rahasia-baru", NINE)


def test_turning_the_login_on_offers_to_create_the_administrator(qtbot, database,
                                                                 message_boxes):
    from ui.settings_dialog import SettingsDialog

    settings_dialog = SettingsDialog()
    qtbot.addWidget(settings_dialog)
    settings_dialog.login.required.setChecked(True)

    def create(form):
        form.fields["login"].setText("admin")
        form.fields["full_name"].setText("Kepala TU")
        form.fields["password"].setText("pustaka-2026")
        form.again.setText("pustaka-2026")
        form.accept()

    when_modal(create, UserDialog)
    settings_dialog.save()
    assert "needs an administrator" in message_boxes[0]
    assert login.login_required()
    assert AppUser.get().role == roles.ADMINISTRATOR
