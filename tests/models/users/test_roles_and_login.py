import pytest

from models.messages import SiBinaError
from models.sharing import actor
from models.users import accounts, login, roles
from models.users.roles import allows


def test_what_each_role_may_do():
    assert all(allows(roles.ADMINISTRATOR, action) for action in roles.ALL_ACTIONS)
    assert allows(roles.OPERATOR, roles.CHANGE) and allows(roles.OPERATOR, roles.BACKUP)
    assert not any(allows(roles.OPERATOR, a) for a in (roles.SETTINGS, roles.USERS,
                                                       roles.RESTORE, roles.SIGNING_KEYS))
    assert [a for a in roles.ALL_ACTIONS if allows(roles.CHECKIN, a)] == [roles.CHECK_IN]
    assert allows(roles.PIMPINAN, roles.PRINT) and not allows(roles.PIMPINAN, roles.CHANGE)
    assert not allows("stranger", roles.READ)


def test_login_is_off_on_a_file_until_the_office_turns_it_on(database, engine):
    if engine == "postgres":
        assert login.login_required()  # several PCs: always
        return
    assert not login.login_required()
    assert login.may(roles.RESTORE)  # the PC's own user, as before there were users
    with pytest.raises(SiBinaError) as refused:
        login.set_login_required(True)
    assert "administrator first" in refused.value.msg.english()
    assert not login.login_required()
    accounts.create_user("admin", "Kepala TU", "password-1", roles.ADMINISTRATOR)
    login.set_login_required(True)
    assert login.login_required()
    assert not login.may(roles.READ)  # nobody logged in yet


def test_the_logged_in_users_role_decides(database):
    accounts.create_user("admin", "Kepala TU", "password-1", roles.ADMINISTRATOR)
    accounts.create_user("ibu", "Ibu Kepala", "password-2", roles.PIMPINAN)
    accounts.authenticate("ibu", "password-2", accounts.clock_now())
    assert login.current_role() == roles.PIMPINAN
    assert login.may(roles.PRINT) and not login.may(roles.CHANGE)
    login.log_out()
    assert actor.current().user_id is None
