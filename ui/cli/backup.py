"""The backup subcommands: backup DEST_DIR, restore FILE."""

from pathlib import Path

from ui.cli.entry import EXIT_OK, CliError, needs_file, open_for, translate
from ui.i18n import fill


def backup(args) -> int:
    from models.backup import write_backup

    if args.folder.exists() and not args.folder.is_dir():
        raise CliError(fill(translate("Cli", "%1 is not a folder."), str(args.folder)))
    needs_file(args)  # a backup is SQLite's copy of the file (a server's: still to come)
    open_for(args, must_exist=True)
    print(write_backup(args.folder))
    return EXIT_OK


def restore(args) -> int:
    from models.backup import AUTO_FOLDER, check_backup
    from models.backup import restore as restore_file
    from models.db import db, open_database

    path = needs_file(args)  # the restored file replaces the database file
    check_backup(args.file)  # refused before the database is even opened
    open_for(args, must_exist=False)
    safety = restore_file(args.file, Path(path).parent / AUTO_FOLDER)
    db.close()
    open_database(path)  # an older backup is upgraded here, as any older file is
    print(fill(translate("Cli", "Restored %1. The data from before is kept in %2."), str(args.file),
               str(safety)))
    return EXIT_OK


COMMANDS = {"backup": backup, "restore": restore}
