import datetime as dt

import pytest

from models.messages import SiBinaError, ValidationError
from models.sharing import actor
from models.users import accounts, roles
from models.users.accounts import LoginRefused
from models.users.tables import AppUser

NINE = dt.datetime(2026, 3, 12, 9, 0)


@pytest.fixture
def rina(database):
    return accounts.create_user("Rina", "Rina Marlina, S.IP.", "pustaka-2026",
                                roles.ADMINISTRATOR)


def test_a_user_is_stored_with_a_hash_and_logs_in_ignoring_the_names_case(rina):
    row = AppUser.get(AppUser.login == "rina")
    assert row.full_name == "Rina Marlina, S.IP."
    assert "pustaka-2026" not in row.password_hash
    assert accounts.authenticate("RINA", "pustaka-2026", NINE).id == row.id
    assert (actor.current().name, actor.current().user_id) == ("Rina Marlina, S.IP.", row.id)


def test_a_login_name_is_taken_whatever_its_case(rina):
    with pytest.raises(ValidationError) as refused:
        accounts.create_user("rINA", "Another Rina", "password-2", roles.OPERATOR)
    assert refused.value.problems["login"].english() == "There is already a user called rina."
    assert AppUser.select().count() == 1


def test_bad_fields_are_named_and_nothing_is_stored(database):
    with pytest.raises(ValidationError) as refused:
        accounts.create_user("budi santoso", "", "short", "boss", nip="123")
    assert set(refused.value.problems) == {"login", "full_name", "password", "role", "nip"}
    assert not AppUser.select().exists()


def test_unknown_user_and_wrong_password_get_the_same_words(rina):
    with pytest.raises(LoginRefused) as unknown:
        accounts.authenticate("nobody", "pustaka-2026", NINE)
    with pytest.raises(LoginRefused) as wrong:
        accounts.authenticate("rina", "wrong-password", NINE)
    assert unknown.value.msg.english() == wrong.value.msg.english() == (
        "The login name or the password is wrong.")
    assert actor.current().user_id is None


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(rina):
    for minute in range(5):
        with pytest.raises(LoginRefused):
            accounts.authenticate("rina", "wrong-password", NINE + dt.timedelta(minutes=minute))
    assert AppUser.get_by_id(rina.id).locked_until == dt.datetime(2026, 3, 12, 9, 19)
    with pytest.raises(LoginRefused) as locked:  # even the right password, while locked
        accounts.authenticate("rina", "pustaka-2026", dt.datetime(2026, 3, 12, 9, 10))
    assert "locked after 5 wrong passwords, until 09:19" in locked.value.msg.english()
    assert accounts.authenticate("rina", "pustaka-2026", dt.datetime(2026, 3, 12, 9, 20))


def test_a_right_password_ends_the_count(rina):
    for _ in range(4):
        with pytest.raises(LoginRefused):
            accounts.authenticate("rina", "wrong-password", NINE)
    accounts.authenticate("rina", "pustaka-2026", NINE)
    with pytest.raises(LoginRefused) as fifth:
        accounts.authenticate("rina", "wrong-password", NINE)
    assert "locked" not in fifth.value.msg.english()


def test_an_administrator_unlocks(rina):
    for _ in range(5):
        with pytest.raises(LoginRefused):
            accounts.authenticate("rina", "wrong-password", NINE)
    accounts.unlock(rina.id)
    assert AppUser.get_by_id(rina.id).locked_until is None
    assert accounts.authenticate("rina", "pustaka-2026", NINE)


def test_change_password_needs_the_old_one_and_reset_does_not(rina):
    with pytest.raises(ValidationError) as refused:
        accounts.change_password(rina.id, "not-the-old", "new-password-1")
    assert refused.value.problems["old"].english() == "The present password is wrong."
    accounts.change_password(rina.id, "pustaka-2026", "new-password-1")
    accounts.reset_password(rina.id, "given-by-admin")
    assert accounts.authenticate("rina", "given-by-admin", NINE)
    with pytest.raises(ValidationError):
        accounts.reset_password(rina.id, "short")


def test_the_last_active_administrator_stays_one(rina):
    budi = accounts.create_user("budi", "Budi", "password-budi", roles.OPERATOR)
    for attempt in (lambda: accounts.deactivate(rina.id),
                    lambda: accounts.set_role(rina.id, roles.OPERATOR)):
        with pytest.raises(SiBinaError) as refused:
            attempt()
        assert "last active administrator" in refused.value.msg.english()
    assert AppUser.get_by_id(rina.id).role == roles.ADMINISTRATOR
    accounts.set_role(budi.id, roles.ADMINISTRATOR)
    accounts.deactivate(rina.id)
    assert not AppUser.get_by_id(rina.id).active
    with pytest.raises(LoginRefused):
        accounts.authenticate("rina", "pustaka-2026", NINE)
    assert [u.login for u in accounts.list_users()] == ["budi", "rina"]
