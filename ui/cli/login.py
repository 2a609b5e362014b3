"""Who runs a command: --user, the password from SIBINA_PASSWORD or asked, and the role's
say over the command (models/users/roles.py, as in the window)."""

import datetime
import getpass
import os

from models.users import roles
from ui.cli.entry import CliError, translate
from ui.i18n import fill, role_name

# For scheduled jobs, which have no one to type the password.
PASSWORD_VARIABLE = "SIBINA_PASSWORD"

# What each command does to the office's data; a command not named here (a new one) is
# taken as changing data, so a role never runs more than it was given by mistake.
ACTION_OF = {
    "list-events": roles.READ, "verify": roles.READ, "check": roles.READ,
    "export-staff": roles.PRINT, "sign-in-sheet": roles.PRINT, "name-tags": roles.PRINT,
    "evaluation-report": roles.PRINT, "report": roles.PRINT, "letter-register": roles.PRINT,
    "backup": roles.BACKUP, "restore": roles.RESTORE,
}


def _password(user: str) -> str:
    if (given := os.environ.get(PASSWORD_VARIABLE)) is not None:
        return given
    try:
        return getpass.getpass(fill(translate("Cli", "Password for %1: "), user))
    except EOFError as exc:  # no one at a keyboard, and no SIBINA_PASSWORD
        raise CliError(fill(translate(
            "Cli", "No password for %1: type it when asked, or set %2 for a scheduled job."),
            user, PASSWORD_VARIABLE)) from exc


def log_in(args) -> None:
    """After the database is open: log --user in, and refuse a command their role does not
    allow; without --user, refuse when the database requires a login."""
    from models.users import accounts, login

    user = getattr(args, "user", None)
    if user is None:
        if login.login_required():
            raise CliError(fill(translate(
                "Cli", "This database requires a login: add --user NAME (the password is "
                       "asked, or read from %1 for a scheduled job)."), PASSWORD_VARIABLE))
        return
    accounts.authenticate(user, _password(user), datetime.datetime.now())
    if not login.may(ACTION_OF.get(args.command, roles.CHANGE)):
        raise CliError(fill(translate("Cli", "A user with the role %1 may not run %2."),
                            role_name(login.current_role()), args.command))
