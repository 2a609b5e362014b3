"""A file that requires a login and cannot be written (a write-protected stick) still lets
its users in to look things up: a login writes nothing unless it must."""

import pytest

from models.db import db, open_database
from models.users import accounts, login, roles
from tests.read_only_mount import run_on_read_only


@pytest.mark.sqlite_only
def test_a_read_only_file_lets_its_users_log_in(tmp_path):
    data = tmp_path / "data"
    open_database(data / "sibina.sqlite")
    accounts.create_user("admin", "Admin", "password-admin", roles.ADMINISTRATOR)
    accounts.create_user("rina", "Rina Marlina", "pustaka-2026", roles.OPERATOR)
    login.set_login_required(True)
    db.close()
    db.initialize(None)
    said = run_on_read_only(data, (
        "import datetime\n"
        "from models.db import open_database, read_only\n"
        "from models.messages import SiBinaError\n"
        "from models.users import accounts\n"
        f"open_database({str(data / 'sibina.sqlite')!r})\n"
        "now = datetime.datetime(2026, 3, 12, 9)\n"
        "print(read_only())\n"
        "try:\n"
        "    accounts.authenticate('rina', 'wrong-password', now)\n"
        "except SiBinaError as exc:\n"
        "    print(exc)\n"
        "print(accounts.authenticate('rina', 'pustaka-2026', now).full_name)\n"))
    assert said.splitlines() == ["True", "The login name or the password is wrong.",
                                 "Rina Marlina"]
