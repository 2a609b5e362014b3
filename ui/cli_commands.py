"""What each command-line subcommand does."""

import sys

from models import db as database
from ui import i18n
from ui.cli import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, CliError, open_for, translate


def demo(args) -> int:
    from models.demo import fill_demo

    open_for(args, must_exist=False)
    counts = fill_demo()
    print(translate("Cli", "Demo data written: %1 staff, %2 external people.")
          .replace("%1", str(counts.get("staff", 0)))
          .replace("%2", str(counts.get("externals", 0))))
    return EXIT_OK


def import_staff(args) -> int:
    from models import staff_import

    if not args.file.exists():
        raise CliError(translate("Cli", "There is no file %1.").replace("%1", str(args.file)))
    open_for(args, must_exist=False)
    preview = staff_import.read_preview(args.file)
    result = staff_import.apply(preview)
    print(translate("Cli", "imported %1, updated %2, rejected %3")
          .replace("%1", str(result.imported)).replace("%2", str(result.updated))
          .replace("%3", str(result.rejected)))
    for row in preview.rows:
        if row.status == staff_import.REJECTED:
            print(translate("Cli", "row %1, column %2: %3").replace("%1", str(row.row))
                  .replace("%2", row.column).replace("%3", i18n.text(row.reason)))
    if args.rejects is not None and result.rejected:
        staff_import.write_rejects(preview, args.rejects, render=i18n.text)
    return EXIT_REJECTED if result.rejected else EXIT_OK


def export_staff(args) -> int:
    from models.person import Person
    from reports.staff_export import export_staff as write

    if args.out.suffix.lower() not in (".xlsx", ".csv"):
        raise CliError(translate("Cli", "The export file must end in .xlsx or .csv."))
    open_for(args, must_exist=True)
    people = list(Person.select().order_by(Person.name))
    write(people, args.out, render=i18n.text)
    print(translate("Cli", "%1 people written to %2.").replace("%1", str(len(people)))
          .replace("%2", str(args.out)))
    return EXIT_OK


def check(args) -> int:
    open_for(args, must_exist=True)
    problems = database.integrity_problems()
    print(translate("Cli", "schema version %1").replace("%1", str(database.schema_version())))
    if problems:
        print(translate("Cli", "integrity check failed:"), file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_ERROR
    print(translate("Cli", "integrity check: ok"))
    return EXIT_OK


COMMANDS = {"demo": demo, "import-staff": import_staff, "export-staff": export_staff,
            "check": check}
