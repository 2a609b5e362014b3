"""Creating accounts, logging in, passwords and the lock-out.

Every check the office meets is here, so the window and the command line refuse the same
things with the same words. The clock is passed in (``now``) wherever time decides.
"""

import datetime
import re

from models.base import now as clock_now
from models.db import db, read_only
from models.messages import QT_TRANSLATE_NOOP, SiBinaError, ValidationError, message
from models.sharing import actor
from models.staff import nip as nip_rules
from models.text_rules import NAME_MAX, text_problem
from models.users import passwords, roles
from models.users.tables import AppUser

LOCK_AFTER = 5  # wrong passwords in a row
LOCKED_FOR = datetime.timedelta(minutes=15)
LOGIN_MAX = 50
_LOGIN = re.compile(r"[\w.\-]+")


def _says(text: str, **params):
    return message("Users", text, **params)


class LoginRefused(SiBinaError):
    """A login that did not succeed, worded for the person at the keyboard."""


def _wrong():
    # One answer for an unknown name, a wrong password and a deactivated account: which
    # of them it was would tell a stranger which names to try.
    return LoginRefused(_says(QT_TRANSLATE_NOOP(
        "Users", "The login name or the password is wrong.")))


def normal_login(login: str) -> str:
    return (login or "").strip().casefold()


def _login_problem(login: str):
    if not login:
        return _says(QT_TRANSLATE_NOOP("Users", "Type a login name."))
    if len(login) > LOGIN_MAX or not _LOGIN.fullmatch(login):
        return _says(QT_TRANSLATE_NOOP(
            "Users", "A login name is one word of letters, digits, dots, dashes or "
                     "underscores, at most {limit} characters."), limit=LOGIN_MAX)
    return None


def _check(login: str, full_name: str, nip: str, role: str, password: str) -> None:
    found = {}
    if (problem := _login_problem(login)) is not None:
        found["login"] = problem
    elif AppUser.select().where(AppUser.login == login).exists():
        found["login"] = _says(QT_TRANSLATE_NOOP(
            "Users", "There is already a user called {login}."), login=login)
    if not full_name.strip():
        found["full_name"] = _says(QT_TRANSLATE_NOOP("Users", "Type the user's full name."))
    elif (problem := text_problem(full_name, NAME_MAX)) is not None:
        found["full_name"] = problem
    if nip and (problem := nip_rules.problem(nip)) is not None:
        found["nip"] = problem
    if role not in roles.ROLES:
        found["role"] = _says(QT_TRANSLATE_NOOP("Users", "Choose one of the roles."))
    if (problem := passwords.problem(password)) is not None:
        found["password"] = problem
    if found:
        raise ValidationError(found)


def create_user(login: str, full_name: str, password: str, role: str,
                nip: str = "") -> AppUser:
    """A new account; raises ValidationError (field → reason) and stores nothing when a
    field is wrong or the login name is taken (whatever its case)."""
    login, full_name, nip = normal_login(login), full_name.strip(), nip_rules.normalize(nip)
    with db.atomic():
        _check(login, full_name, nip, role, password)
        return AppUser.create(login=login, full_name=full_name, nip=nip, role=role,
                              password_hash=passwords.hash_password(password))


def any_user() -> bool:
    return AppUser.select().exists()


def administrator_exists() -> bool:
    return (AppUser.select().where(AppUser.role == roles.ADMINISTRATOR, AppUser.active)
            .exists())


def list_users() -> list[AppUser]:
    """Everyone, active first, by login name."""
    return list(AppUser.select().order_by(AppUser.active.desc(), AppUser.login))


def authenticate(login: str, password: str, now: datetime.datetime) -> AppUser:
    """The user whose login and password these are, who is then the one working (see
    models/sharing/actor.py); raises LoginRefused. The fifth wrong password in a row locks the
    account for 15 minutes; a right one ends the count."""
    with db.atomic():  # the count is read and written in one step, however many PCs try
        user = AppUser.get_or_none(AppUser.login == normal_login(login))
        if user is None or not user.active:
            passwords.spend_time(password)
            raise _wrong()
        if user.locked_until is not None and user.locked_until > now:
            raise LoginRefused(_says(QT_TRANSLATE_NOOP(
                "Users", "This account is locked after {count} wrong passwords, until "
                         "{until}. Try again then, or ask an administrator to unlock it."),
                count=LOCK_AFTER, until=user.locked_until.time().replace(second=0)))
        # Written only when something changes: a file that cannot be written (a
        # write-protected stick) still lets its users in to look things up; there the
        # wrong passwords cannot be counted.
        if passwords.verify(password, user.password_hash):
            if user.failed_attempts or user.locked_until is not None:
                user.failed_attempts, user.locked_until = 0, None
                user.save(only=[AppUser.failed_attempts, AppUser.locked_until])
        else:
            if not read_only():
                user.failed_attempts += 1
                if user.failed_attempts >= LOCK_AFTER:
                    user.failed_attempts = 0
                    user.locked_until = now + LOCKED_FOR
                user.save(only=[AppUser.failed_attempts, AppUser.locked_until])
            user = None
    if user is None:
        raise _wrong()
    actor.set_user(user.shown_name, user.id)
    return user


def _changed(user: AppUser, **fields) -> None:
    for name, value in fields.items():
        setattr(user, name, value)
    user.changed_at = clock_now()
    user.save()


def change_password(user_id: int, old: str, new: str) -> None:
    """One's own password: only with the old one."""
    with db.atomic():
        user = AppUser.get_by_id(user_id)
        if not passwords.verify(old, user.password_hash):
            raise ValidationError({"old": _says(QT_TRANSLATE_NOOP(
                "Users", "The present password is wrong."))})
        reset_password(user_id, new)


def reset_password(user_id: int, new: str) -> None:
    """An administrator sets a new password (a user who forgot theirs); it also unlocks."""
    if (problem := passwords.problem(new)) is not None:
        raise ValidationError({"password": problem})
    with db.atomic():
        _changed(AppUser.get_by_id(user_id), password_hash=passwords.hash_password(new),
                 failed_attempts=0, locked_until=None)


def unlock(user_id: int) -> None:
    with db.atomic():
        _changed(AppUser.get_by_id(user_id), failed_attempts=0, locked_until=None)


def _refuse_last_administrator(user: AppUser) -> None:
    others = (AppUser.select().where(AppUser.role == roles.ADMINISTRATOR, AppUser.active,
                                     AppUser.id != user.id).exists())
    if user.active and user.role == roles.ADMINISTRATOR and not others:
        raise SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Users", "{login} is the last active administrator: without one nobody could "
                     "change settings or users. Make another user administrator first."),
            login=user.login))


def set_role(user_id: int, role: str) -> None:
    if role not in roles.ROLES:
        raise ValidationError({"role": _says(QT_TRANSLATE_NOOP(
            "Users", "Choose one of the roles."))})
    with db.atomic():
        user = AppUser.get_by_id(user_id)
        if role != roles.ADMINISTRATOR:
            _refuse_last_administrator(user)
        _changed(user, role=role)


def deactivate(user_id: int) -> None:
    """The account can no longer log in; it stays, so what it recorded keeps its name."""
    with db.atomic():
        user = AppUser.get_by_id(user_id)
        _refuse_last_administrator(user)
        _changed(user, active=False)


def reactivate(user_id: int) -> None:
    with db.atomic():
        _changed(AppUser.get_by_id(user_id), active=True, failed_attempts=0,
                 locked_until=None)
