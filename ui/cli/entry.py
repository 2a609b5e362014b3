"""The command line: arguments, and the subcommands that run without a window.

Messages go through Qt's translator like the window's, so ``--lang`` applies to both.
Errors are one sentence on stderr with exit code 1; usage errors exit with 2 (argparse).
"""

import argparse
import sys
from pathlib import Path

import peewee
from PySide6.QtCore import QCoreApplication, QStandardPaths

from models.messages import SiBinaError
from ui import i18n
from ui.i18n import fill

EXIT_OK, EXIT_ERROR, EXIT_REJECTED = 0, 1, 3  # usage errors: 2, from argparse
APP_NAME = "SiBina"


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


WINDOW_OPTIONS = ("--db", "--lang", "--user")  # each takes a value
WINDOW_FLAGS = ("--demo",)


def prescan(argv: list[str]) -> tuple[bool, str]:
    """Whether a window is wanted, and the language, before Qt starts.

    Only the window's own options mean a window; anything else (a subcommand, --help, a
    mistake for argparse to explain) runs without a screen, so it works with no display.
    """
    window, language, i = True, i18n.DEFAULT_LANGUAGE, 0
    while i < len(argv):
        arg = argv[i]
        name, has_value, value = arg.partition("=")
        if name in WINDOW_OPTIONS and (has_value or i + 1 < len(argv)):
            if not has_value:
                i, value = i + 1, argv[i + 1]
            if name == "--lang":
                language = value
        elif arg not in WINDOW_FLAGS:
            window = False
        i += 1
    if language not in i18n.LANGUAGES:
        return False, i18n.DEFAULT_LANGUAGE
    return window, language


def make_application(window: bool, argv: list[str]) -> QCoreApplication:
    QCoreApplication.setApplicationName(APP_NAME)
    QCoreApplication.setOrganizationName(APP_NAME)
    if window:
        from PySide6.QtWidgets import QApplication

        return QApplication.instance() or QApplication([sys.argv[0], *argv])
    return QCoreApplication.instance() or QCoreApplication([sys.argv[0], *argv])


def data_folder() -> Path:
    # Local, not roaming: a roaming profile may sync over the network, and SQLite's WAL
    # must stay on the local disk.
    location = QStandardPaths.StandardLocation.AppLocalDataLocation
    return Path(QStandardPaths.writableLocation(location))


def default_database(demo: bool = False) -> Path:
    return data_folder() / ("sibina-demo.sqlite" if demo else "sibina.sqlite")


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    """--db and --lang, accepted before or after the subcommand."""
    default = argparse.SUPPRESS if suppress else None
    common = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
    common.add_argument("--db", metavar=translate("Cli", "PATH"), type=database_target,
                        default=default, help=translate(
                            "Cli", "database file (default: sibina.sqlite in the data folder), "
                                   "or a PostgreSQL server as postgresql://user@host/database"))
    common.add_argument("--lang", choices=i18n.LANGUAGES,
                        default=default if suppress else i18n.DEFAULT_LANGUAGE,
                        help=translate("Cli", "language of the interface and messages"))
    common.add_argument("--user", metavar=translate("Cli", "NAME"), default=default,
                        help=translate("Cli", "log in as this user (the password is asked, "
                                              "or read from SIBINA_PASSWORD)"))
    return common


def build_parser() -> argparse.ArgumentParser:
    # argparse's own words (usage, errors) come from qt_extra_id.ts, kept by hand.
    argparse._ = lambda text: translate("argparse", text)
    # No abbreviated options: prescan must recognise exactly what argparse accepts.
    parser = argparse.ArgumentParser(
        prog="main.py", parents=[_common_options(suppress=False)], allow_abbrev=False,
        description=translate("Cli", "SiBina — staff development records of the library."))
    parser.add_argument("--demo", action="store_true", help=translate(
        "Cli", "open a separate demo database full of example data"))
    sub = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))
    common = [_common_options(suppress=True)]

    def command(name: str, text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, parents=common, help=text, description=text,
                              allow_abbrev=False)

    command("demo", translate("Cli", "fill an empty database with demo data"))
    imp = command("import-staff", translate("Cli", "import staff from an XLSX or CSV file"))
    imp.add_argument("file", type=Path, metavar=translate("Cli", "FILE"))
    imp.add_argument("--rejects", type=Path, metavar=translate("Cli", "OUT.csv"), help=translate(
        "Cli", "write the rejected rows to this file to fix and re-import"))
    imp.add_argument("--overwrite", action="store_true", help=translate(
        "Cli", "also apply the rows that would replace values with less (fewer titles, an "
               "empty or shorter value)"))
    imp.add_argument("--keep-capitals", action="store_true", help=translate(
        "Cli", "keep names written in capitals as the file writes them"))
    exp = command("export-staff", translate("Cli", "export the staff list to XLSX or CSV"))
    exp.add_argument("out", type=Path, metavar=translate("Cli", "OUT.xlsx|OUT.csv"))
    command("check", translate(
        "Cli", "check the database's integrity and print its schema version"))
    events = command("list-events", translate(
        "Cli", "list the events, one a line, tab-separated"))
    events.add_argument("--year", type=int, metavar=translate("Cli", "YEAR"), help=translate(
        "Cli", "only events taking place in this year"))
    order_help = translate("Cli", "list the names by name (default), participant number or "
                                  "unit")
    sheet = command("sign-in-sheet", translate(
        "Cli", "print the sign-in sheets of an event's sessions to a PDF"))
    sheet.add_argument("event", type=int, metavar=translate("Cli", "EVENT_ID"))
    sheet.add_argument("--session", type=int, metavar="N", help=translate(
        "Cli", "only the event's Nth session (1 is the first); all sessions if left out"))
    sheet.add_argument("--committee", action="store_true", help=translate(
        "Cli", "the sheet of the committee and speakers instead of the participants'"))
    tags = command("name-tags", translate("Cli", "print the name tags of an event to a PDF"))
    tags.add_argument("event", type=int, metavar=translate("Cli", "EVENT_ID"))
    responses = command("import-responses", translate(
        "Cli", "import evaluation responses from a form tool's CSV (or XLSX) file"))
    responses.add_argument("event", type=int, metavar=translate("Cli", "EVENT_ID"))
    responses.add_argument("template", metavar=translate("Cli", "TEMPLATE"), help=translate(
        "Cli", "the questionnaire's id or exact name"))
    responses.add_argument("file", type=Path, metavar=translate("Cli", "FILE.csv"))
    responses.add_argument("--speaker", metavar=translate("Cli", "NAME|ID"), help=translate(
        "Cli", "for a speaker form without a speaker column: the speaker every row is about"))
    for sub_parser in (sheet, tags):
        sub_parser.add_argument("--out", type=Path, required=True,
                                metavar=translate("Cli", "FILE.pdf"))
        sub_parser.add_argument("--order", choices=("name", "number", "unit"),
                                default="name", help=order_help)
    report = command("evaluation-report", translate(
        "Cli", "write an event's evaluation report (results, gain, follow-up) to a PDF"))
    report.add_argument("event", type=int, metavar=translate("Cli", "EVENT_ID"))
    report.add_argument("--out", type=Path, required=True, metavar=translate("Cli", "FILE.pdf"))
    certs = command("certificates", translate(
        "Cli", "issue the certificates of everyone who qualifies at an event, and print them "
               "to one PDF (or one PDF per person)"))
    certs.add_argument("event", type=int, metavar=translate("Cli", "EVENT_ID"))
    certs.add_argument("--out", type=Path, required=True,
                       metavar=translate("Cli", "DIR_OR_FILE.pdf"))
    certs.add_argument("--separate", action="store_true", help=translate(
        "Cli", "one PDF per person, named with the number and name, in the folder --out"))
    verify = command("verify", translate(
        "Cli", "check a certificate from its QR code's text or its number: prints VALID, "
               "REVOKED, NOT VALID, UNKNOWN or FORGED"))
    verify.add_argument("text", metavar=translate("Cli", "PAYLOAD_OR_NUMBER"))
    revoke = command("revoke", translate("Cli", "revoke a certificate, with the reason"))
    revoke.add_argument("number", metavar=translate("Cli", "NUMBER"))
    revoke.add_argument("--reason", required=True, metavar=translate("Cli", "TEXT"))
    save = command("backup", translate(
        "Cli", "write a checked backup of the database into a folder (a USB stick); prints "
               "the backup file's path"))
    save.add_argument("folder", type=Path, metavar=translate("Cli", "DEST_DIR"))
    back = command("restore", translate(
        "Cli", "replace the data with a backup, after checking it and backing up the "
               "current data"))
    back.add_argument("file", type=Path, metavar=translate("Cli", "FILE"))
    from ui.cli.backup import add_transfer_parser

    add_transfer_parser(command)
    from reports.catalogue import KINDS

    made = command("report", translate(
        "Cli", "write a report to a PDF, XLSX or CSV file"))
    made.add_argument("kind", choices=[k.code for k in KINDS], metavar=translate("Cli", "KIND"),
                      help=" | ".join(k.code for k in KINDS))
    made.add_argument("--event", type=int, metavar=translate("Cli", "EVENT_ID"), help=translate(
        "Cli", "attendance, event-report: the event (see list-events); "
               "certificate-register: only this event"))
    made.add_argument("--year", type=int, metavar=translate("Cli", "YEAR"), help=translate(
        "Cli", "jp-recap, annual, competency: the year; speakers, certificate-register: only "
               "this year"))
    made.add_argument("--person", type=int, metavar=translate("Cli", "PERSON_ID"),
                      help=translate("Cli", "transcript: the person"))
    made.add_argument("--unit", metavar=translate("Cli", "UNIT"), help=translate(
        "Cli", "jp-recap, competency, training-needs: only this unit"))
    made.add_argument("--theme", metavar=translate("Cli", "THEME"), help=translate(
        "Cli", "training-needs: the theme, by name or number"))
    made.add_argument("--out", type=Path, required=True,
                      metavar=translate("Cli", "FILE.pdf|.xlsx|.csv"))
    from ui.cli.letters import add_parsers

    add_parsers(command)
    return parser


def database_target(text: str) -> Path | str:
    """--db: a file path, or a libpq URI naming a PostgreSQL database. A password in the
    URI is refused: a command line is visible to the PC's other users and kept in shell
    histories; libpq reads PGPASSWORD or the user's pgpass file instead."""
    from urllib.parse import parse_qs, urlsplit

    from models.engine import is_server_target

    if not is_server_target(text):
        return Path(text)
    parts = urlsplit(text)
    if parts.password or parse_qs(parts.query).get("password"):
        raise argparse.ArgumentTypeError(translate(
            "Cli", "no password in --db, please: set PGPASSWORD or put it in the pgpass "
                   "file, where only you can read it"))
    return text


def database_path(args) -> Path | str:
    return args.db if args.db is not None else default_database(args.demo)


def needs_file(args) -> Path:
    """The database file, for a command that reads the file itself (check)."""
    path = database_path(args)
    if isinstance(path, str):
        raise CliError(fill(translate(
            "Cli", "This command works on a database file; %1 is a database server."), path))
    return path


def open_for(args, must_exist: bool, ask_who: bool = True, password: str | None = None):
    """Open the database named by the arguments; warn when it sits on unsafe storage. A
    command then logs --user in (``ask_who``; the window has its login dialog).
    ``password``: the window's, from the OS keyring, for a server."""
    from models.db import open_database, opening_notice
    from models.files.storage import is_unsafe_location
    from ui.cli.login import log_in

    path = database_path(args)
    if isinstance(path, str):  # a server: it says itself whether the database is there
        use_key_folder()
        database = open_database(path, password)
        if ask_who:
            log_in(args)
        return database
    if must_exist and not path.exists():
        raise CliError(fill(translate("Cli", "There is no database at %1."), str(path)))
    if is_unsafe_location(path.parent if not path.exists() else path):
        print(unsafe_location_warning(path), file=sys.stderr)
    use_key_folder()
    database = open_database(path)
    if (notice := opening_notice()) is not None:
        print(i18n.text(notice), file=sys.stderr)
    if ask_who:
        log_in(args)
    return database


def use_key_folder() -> None:
    """This office's private signing keys stay in the user's own data folder, never beside
    the database (which may be copied, shared or backed up)."""
    from models.certificates import key_store

    key_store.use_folder(data_folder() / "keys")


def unsafe_location_warning(path: Path) -> str:
    return fill(translate(
        "Cli", "Warning: %1 is on removable or network storage; keep the working database on "
        "the local disk and use backups for USB sticks."), str(path))


class CliError(Exception):
    """A problem already worded for the user."""


def run(args) -> int:
    from ui.cli import (
        backup as cli_backup,
    )
    from ui.cli import (
        certificates as cli_certificates,
    )
    from ui.cli import (
        commands as cli_commands,
    )
    from ui.cli import (
        letters as cli_letters,
    )
    from ui.cli import (
        reports as cli_reports,
    )

    commands = {**cli_commands.COMMANDS, **cli_certificates.COMMANDS, **cli_backup.COMMANDS,
                **cli_reports.COMMANDS, **cli_letters.COMMANDS}
    try:
        return commands[args.command](args)
    except CliError as err:
        print(str(err), file=sys.stderr)
    except SiBinaError as err:
        print(i18n.text(err.msg), file=sys.stderr)
    except (OSError, peewee.OperationalError) as err:
        from ui.common.widgets import error_text

        print(error_text(err), file=sys.stderr)
    except Exception:  # a bug: one sentence for the user, the traceback for the log
        from ui import crash

        print(crash.report(*sys.exc_info()), file=sys.stderr)
    return EXIT_ERROR
