"""What each command-line subcommand does."""

import sys

from PySide6.QtCore import QObject

from models import db as database
from ui import i18n
from ui.cli.entry import EXIT_ERROR, EXIT_OK, EXIT_REJECTED, CliError, open_for, translate
from ui.i18n import fill


def demo(args) -> int:
    from models.demo.fill import fill_demo

    open_for(args, must_exist=False)
    counts = fill_demo()
    print(fill(translate("Cli", "Demo data written: %1 staff, %2 external people."),
               str(counts.get("staff", 0)), str(counts.get("externals", 0))))
    return EXIT_OK


def import_staff(args) -> int:
    from models.staff import importer as staff_import
    from reports.staff.rejects import write_rejects

    if not args.file.exists():
        raise CliError(fill(translate("Cli", "There is no file %1."), str(args.file)))
    if args.rejects is not None and args.rejects.suffix.lower() not in (".csv", ".xlsx"):
        raise CliError(translate("Cli", "The rejects file must end in .csv or .xlsx."))
    open_for(args, must_exist=False)
    preview = staff_import.read_preview(args.file, normal_case=not args.keep_capitals)
    if args.rejects is not None and preview.rejected:
        # Written first: if it cannot be written, nothing is imported either.
        write_rejects(preview, args.rejects, render=i18n.text)
    result = staff_import.apply(preview, overwrite=args.overwrite)
    print(fill(translate("Cli", "imported %1, updated %2, rejected %3"), str(result.imported),
               str(result.updated), str(result.rejected)))
    for row in result.rows:  # as matched when written (see staff_import.apply)
        if row.status == staff_import.REJECTED:
            print(fill(translate("Cli", "row %1, column %2: %3"), str(row.row), row.column,
                       i18n.text(row.reason)))
        elif row.status == staff_import.SKIPPED:
            print(fill(translate("Cli", "row %1: %2"), str(row.row), i18n.text(row.reason)))
        elif row.status == staff_import.WEAKENS:
            print(_weakening_line(row, args.overwrite))
    if preview.ignored_columns:
        print(fill(translate("Cli", "columns not used: %1"), ", ".join(preview.ignored_columns)))
    if preview.unheaded_columns:
        print(fill(translate("Cli", "columns without a heading, not used: %1"),
                   ", ".join(preview.unheaded_columns)))
    return EXIT_REJECTED if result.rejected or result.held else EXIT_OK


def _weakening_line(row, overwritten: bool) -> str:
    from ui.staff.import_preview_model import changes_text

    changed = changes_text(row, only=row.weakened)
    if overwritten:
        return fill(translate("Cli", "row %1: replaced with less: %2"), str(row.row), changed)
    return fill(translate("Cli", "row %1: left out, it would replace values with less: %2 "
                                 "(--overwrite applies it)"), str(row.row), changed)


def export_staff(args) -> int:
    from models.staff.staff_list import everyone_by_name
    from reports.staff.export import export_staff as write

    if args.out.suffix.lower() not in (".xlsx", ".csv"):
        raise CliError(translate("Cli", "The export file must end in .xlsx or .csv."))
    open_for(args, must_exist=True)
    people = everyone_by_name()
    write(people, args.out, render=i18n.text)
    print(fill(translate("Cli", "%1 people written to %2."), str(len(people)), str(args.out)))
    return EXIT_OK


def check(args) -> int:
    from ui.cli.entry import needs_file

    path = needs_file(args)  # the integrity check reads the file itself
    if not path.exists():
        raise CliError(fill(translate("Cli", "There is no database at %1."), str(path)))
    version, problems = database.inspect_file(path)  # read-only: a check changes nothing
    print(fill(translate("Cli", "schema version %1"), str(version)))
    latest = database.latest_version()
    if version > latest:
        raise CliError(fill(translate(
            "Cli", "This database was written by a newer SiBina (schema %1; this one knows "
                   "up to %2)."), str(version), str(latest)))
    if version < latest:
        print(fill(translate(
            "Cli", "upgrade pending: SiBina upgrades it to schema %1, after a safety copy, "
                   "when it next opens it"), str(latest)))
    if problems:
        print(translate("Cli", "integrity check failed:"), file=sys.stderr)
        for problem in problems[:20]:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_ERROR
    print(translate("Cli", "integrity check: ok"))
    from models.schema_check import foreign_in_file

    foreign = foreign_in_file(path, version)
    if foreign is not None:  # what open and restore would refuse, said before they do
        raise CliError(fill(translate("Cli", "SiBina will not open it: %1."),
                            i18n.text(foreign)))
    return EXIT_OK


def list_events(args) -> int:
    """id, start, end, kind, status, participants, total JP, title — tab-separated."""
    from models.events.planning import listing

    open_for(args, must_exist=True)
    for event_id, start, end, kind, status, count, jp, title in listing(args.year):
        jp_text = f"{jp:g}"
        print("\t".join((str(event_id), start.isoformat(), end.isoformat(), kind, status,
                         str(count), jp_text, title)))
    return EXIT_OK


class CliTexts(QObject):
    """Its own class: lupdate marks a plural only in tr(), not in translate() with a count."""

    def session_range(self, count: int) -> str:
        return self.tr("The event has %n session(s); choose --session from 1 to %n.", "", count)

    def pages_written(self, count: int) -> str:
        return self.tr("%n page(s) written to %1.", "", count)

    def tags_written(self, count: int) -> str:
        return self.tr("%n name tag(s) written to %1.", "", count)


def _event_for_print(args):
    from models.events.tables import Event

    if args.out.suffix.lower() != ".pdf":
        raise CliError(translate("Cli", "The output file must end in .pdf."))
    open_for(args, must_exist=True)
    event = Event.get_or_none(Event.id == args.event)
    if event is None:
        raise CliError(fill(translate("Cli", "There is no event with id %1."), str(args.event)))
    return event


def sign_in_sheet(args) -> int:
    from models.attendance.marking import sessions_of
    from reports.attendance.sign_in_sheet import write_sign_in_sheets

    event = _event_for_print(args)
    chosen = None
    if args.session is not None:
        sessions = sessions_of(event.id)
        if not 1 <= args.session <= len(sessions):
            raise CliError(CliTexts().session_range(len(sessions)))
        chosen = [sessions[args.session - 1].id]
    pages = write_sign_in_sheets(event.id, args.out, chosen, order=args.order,
                                 crew=args.committee)
    print(fill(CliTexts().pages_written(pages), str(args.out)))
    return EXIT_OK


def name_tags(args) -> int:
    from reports.attendance.name_tags import write_name_tags

    event = _event_for_print(args)
    count = write_name_tags(event.id, args.out, order=args.order)
    print(fill(CliTexts().tags_written(count), str(args.out)))
    return EXIT_OK


def import_responses(args) -> int:
    """Rows that fit are imported (in one transaction); the others are listed, exit 3."""
    from models.evaluation import response_columns, response_import
    from models.evaluation.questionnaires import ensure_default_templates
    from models.events.tables import Event

    if not args.file.exists():
        raise CliError(fill(translate("Cli", "There is no file %1."), str(args.file)))
    open_for(args, must_exist=True)
    if Event.get_or_none(Event.id == args.event) is None:
        raise CliError(fill(translate("Cli", "There is no event with id %1."), str(args.event)))
    ensure_default_templates()  # a new database has them only once a window showed them
    questionnaire = response_import.find_questionnaire(args.event, args.template)
    if questionnaire is None:
        raise CliError(fill(translate("Cli", "There is no questionnaire %1."), args.template))
    speaker_id = _speaker_of(args.event, args.speaker) if args.speaker else None
    table = response_import.read_table(args.file)
    mapping = response_columns.mapping_for(table.headers, questionnaire.id)
    problems = response_columns.mapping_problems(mapping, questionnaire.id, bool(speaker_id))
    if problems:
        raise CliError(i18n.text(problems[0]) + " " + translate(
            "Cli", "Match the columns to the questions once in the window (Evaluations, "
                   "Responses, Import CSV…); SiBina remembers them for this questionnaire."))
    preview = response_import.read_preview(table, args.event, questionnaire.id, mapping,
                                           speaker_id)
    result = response_import.apply(preview)
    print(fill(translate("Cli", "imported %1, already imported before %2, rejected %3"),
               str(result.imported), str(result.already), str(result.rejected)))
    for row in preview.rejected_rows:
        for column, reason in row.problems:
            print(fill(translate("Cli", "row %1, column %2: %3"), str(row.row), column,
                       i18n.text(reason)))
    return EXIT_REJECTED if result.rejected else EXIT_OK


def _speaker_of(event_id: int, text: str) -> int:
    from models.evaluation.responses import event_speakers

    speakers = event_speakers(event_id)
    wanted = " ".join(text.split()).casefold()
    found = [pid for pid, name in speakers
             if wanted in (str(pid), " ".join(name.split()).casefold())]
    if len(found) != 1:
        raise CliError(fill(translate("Cli", "%1 is not a speaker in the event's schedule (%2)."),
                            text, ", ".join(name for _pid, name in speakers) or "—"))
    return found[0]


def evaluation_report(args) -> int:
    from reports.evaluation.report import write_evaluation_report

    event = _event_for_print(args)
    pages = write_evaluation_report(event.id, args.out)
    print(fill(CliTexts().pages_written(pages), str(args.out)))
    return EXIT_OK


COMMANDS = {"demo": demo, "import-staff": import_staff, "export-staff": export_staff,
            "check": check, "list-events": list_events, "sign-in-sheet": sign_in_sheet,
            "name-tags": name_tags, "import-responses": import_responses,
            "evaluation-report": evaluation_report}
