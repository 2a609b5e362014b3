"""Whether SiBina asks who is working, and what the one working may do."""

from models.db import db
from models.engine import on_server
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.settings import Setting, put
from models.sharing import actor
from models.users import roles
from models.users.tables import AppUser

# Kept in the database: a file opened on another PC asks for the same login.
SETTING = "security/login_required"


def login_required() -> bool:
    """Always on a server (several PCs, several people); on a file, the office's choice
    (off by default: one PC, the Windows user's name is recorded)."""
    if on_server():
        return True
    row = Setting.get_or_none(Setting.key == SETTING)
    return row is not None and row.value == "1"


def set_login_required(required: bool) -> None:
    """Turn the login on or off for this file; on only once an administrator exists, or
    nobody could change settings again."""
    from models.users.accounts import administrator_exists

    with db.atomic():
        if required and not administrator_exists():
            raise SiBinaError(message("Users", QT_TRANSLATE_NOOP(
                "Users", "Create an administrator first: the login needs one.")))
        put(SETTING, "1" if required else "0")


def current_user() -> AppUser | None:
    user_id = actor.current().user_id
    return None if user_id is None else AppUser.get_or_none(AppUser.id == user_id)


def current_role() -> str | None:
    """The role of whoever is logged in. With the login off nobody logs in and the PC's
    user may do everything (as before there were users); with it on and nobody logged in,
    None: nothing is allowed."""
    user = current_user()
    if user is not None:
        return user.role if user.active else None
    return None if login_required() else roles.ADMINISTRATOR


def may(action: str) -> bool:
    """Whether the one working may do ``action`` (models.users.roles)."""
    role = current_role()
    return role is not None and roles.allows(role, action)


def log_out() -> None:
    actor.reset()
