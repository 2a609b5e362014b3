"""At start: which database the window opens (``--db`` wins over File ▸ Database server…,
which wins over this PC's file), and what the office can do when the server does not
answer: try again, change the server, or quit."""

from PySide6.QtCore import QCoreApplication

from models.messages import SiBinaError
from ui import server_setting
from ui.cli import entry as cli
from ui.common.widgets import choose, error_text

translate = QCoreApplication.translate
RETRY, CHANGE, QUIT = "retry", "change", "quit"


def chosen_target(args) -> tuple:
    """(target, password): the setting's server with its password from the keyring, when
    neither --db nor --demo names the database."""
    if args.db is None and not args.demo and (server := server_setting.saved()) is not None:
        return server.uri(), server_setting.password_of(server)
    return cli.database_path(args), None


def open_chosen(args, ask=None):
    """Open the database the window works on: its target (a file or a server's URI) once
    open, None when the office chose to quit.

    A server set in the window that does not answer is asked about (``ask``, by default
    :func:`ask_unreachable`) instead of ending SiBina with an error; a file, or a target
    named by --db, fails as before (raising)."""
    ask = ask or ask_unreachable
    while True:
        target, password = chosen_target(args)
        from_setting = args.db is None and isinstance(target, str)
        try:
            cli.open_for(_with_db(args, target), must_exist=False, ask_who=False,
                         password=password)
            return target
        except (SiBinaError, OSError) as exc:
            if not from_setting:
                raise
            choice = ask(error_text(exc))
        if choice == QUIT:
            return None
        if choice == CHANGE:
            from ui.server_dialog import ServerDialog

            dialog = ServerDialog()
            dialog.exec()
            dialog.deleteLater()


def _with_db(args, target):
    from argparse import Namespace

    return Namespace(**{**vars(args), "db": target})


def ask_unreachable(why: str) -> str:
    return choose(None, "SiBina", why, translate(
        "ServerStart", "SiBina works on the office's database server, set under File ▸ "
                       "Database server. Try again once the server PC is on, or change the "
                       "server (or go back to this PC's own file)."),
        [(translate("ServerStart", "&Try again"), RETRY),
         (translate("ServerStart", "&Change server…"), CHANGE),
         (translate("ServerStart", "&Quit"), QUIT)])
