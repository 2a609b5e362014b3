"""The backup subcommands: backup DEST_DIR, restore FILE, transfer --from --to."""

import sys
from pathlib import Path

from PySide6.QtCore import QObject

from ui import i18n
from ui.cli.entry import (
    EXIT_OK,
    CliError,
    data_folder,
    database_path,
    database_target,
    open_for,
    translate,
)
from ui.i18n import fill


def backup(args) -> int:
    """A file of the database, whether a file or a server (the same SiBina file)."""
    from models.backup import write_backup

    if args.folder.exists() and not args.folder.is_dir():
        raise CliError(fill(translate("Cli", "%1 is not a folder."), str(args.folder)))
    open_for(args, must_exist=True)
    print(write_backup(args.folder))
    return EXIT_OK


def restore(args) -> int:
    from models.backup import AUTO_FOLDER, check_backup
    from models.backup import restore as restore_file
    from models.db import db, open_database, opening_notice

    path = database_path(args)
    check_backup(args.file)  # refused before the database is even opened
    open_for(args, must_exist=False)
    # Beside the file; for a server, in this PC's data folder (as the window does).
    folder = data_folder() if isinstance(path, str) else Path(path).parent
    safety = restore_file(args.file, folder / AUTO_FOLDER)
    if not isinstance(path, str):  # a server's schema is current: its rows were replaced
        db.close()
        open_database(path)  # an older backup is upgraded here, as any older file is
    if (notice := opening_notice()) is not None:  # where an older backup's signing key went
        print(i18n.text(notice), file=sys.stderr)
    print(fill(translate("Cli", "Restored %1. The data from before is kept in %2."), str(args.file),
               str(safety)))
    return EXIT_OK


def add_transfer_parser(command) -> None:
    move = command("transfer", translate(
        "Cli", "copy all of SiBina's data from a database file to an empty PostgreSQL "
               "database, or back into a new file; each table is verified"))
    for option, text in (("--from", translate("Cli", "the database to copy: a file or "
                                                     "postgresql://user@host/database")),
                         ("--to", translate("Cli", "where to copy it: an empty PostgreSQL "
                                                   "database, or a file not there yet"))):
        move.add_argument(option, dest=option[2:] + "_target", required=True,
                          type=database_target, metavar=translate("Cli", "PATH"), help=text)


class TransferTexts(QObject):
    """Its own class: lupdate marks a plural only in tr(), not in translate() with a count."""

    def table_copied(self, table: str, rows: int) -> str:
        return fill(self.tr("%1: %n row(s), verified", "", rows), table)


def transfer(args) -> int:
    from models.transfer import transfer as copy_everything
    from ui.cli.entry import use_key_folder

    use_key_folder()  # an older file's signing key moves out as opening it always does
    for table, rows in copy_everything(args.from_target, args.to_target):
        print(TransferTexts().table_copied(table, rows))
    print(fill(translate("Cli", "Everything is in %1."), _shown(args.to_target)))
    return EXIT_OK


def _shown(target) -> str:
    from models.sharing.server import shown_target

    return shown_target(target) if isinstance(target, str) else str(target)


COMMANDS = {"backup": backup, "restore": restore, "transfer": transfer}
