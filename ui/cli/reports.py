"""The report subcommand: report KIND [--event ID] [--year Y] [--person ID] --out FILE."""

from ui.cli.entry import EXIT_OK, CliError, open_for, translate
from ui.i18n import fill


def report(args) -> int:
    from models.events.tables import Event
    from models.staff.tables import Person
    from reports.catalogue import BY_CODE, EVENT, PERSON, THEME, YEAR, build
    from reports.report_writer import write_report

    kind = BY_CODE[args.kind]
    if args.out.suffix.lower().lstrip(".") not in kind.formats:
        raise CliError(fill(translate("Cli", "The output file must end in %1."),
                            ", ".join(f".{f}" for f in kind.formats)))
    given = {EVENT: args.event, YEAR: args.year, PERSON: args.person, THEME: args.theme}
    missing = [f"--{name}" for name in kind.needs if given.get(name) is None]
    if missing:
        raise CliError(fill(translate("Cli", "The %1 report needs %2."), args.kind,
                            " ".join(missing)))
    open_for(args, must_exist=True)
    if args.event is not None and Event.get_or_none(Event.id == args.event) is None:
        raise CliError(fill(translate("Cli", "There is no event with id %1."), str(args.event)))
    if args.person is not None and Person.get_or_none(Person.id == args.person) is None:
        raise CliError(fill(translate("Cli", "There is no person with id %1."), str(args.person)))
    if args.unit:
        from reports.recaps.recaps import units

        if args.unit not in units():
            raise CliError(fill(translate("Cli", "There is no unit named %1."), args.unit))
    theme = None
    if args.theme is not None:
        from models.competency.staff_map import theme_id

        theme = theme_id(args.theme)  # none such: its message, as any refusal's
    made = build(args.kind, args.event, args.year, args.person, args.unit or "", theme)
    write_report(made, args.out)
    print(fill(translate("Cli", "%1 written to %2."), made.title, str(args.out)))
    return EXIT_OK


COMMANDS = {"report": report}
