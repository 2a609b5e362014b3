"""The letter subcommands: letter KIND EVENT_ID --out FILE.docx|.pdf|.xlsx (any of the
event's ten papers, by its kind and the suffix), and the register."""

import argparse
import datetime
from pathlib import Path

from PySide6.QtCore import QObject

from ui.cli.entry import EXIT_OK, CliError, open_for, translate
from ui.i18n import fill


class LetterTexts(QObject):
    """Its own class: lupdate marks a plural only in tr(), not in translate() with a count."""

    def register_written(self, count: int) -> str:
        return self.tr("%n letter(s) in the register written to %1.", "", count)


def add_parsers(command) -> None:
    from models.letters.kinds import KINDS

    letter = command("letter", translate(
        "Cli", "write one of an event's papers (a letter as .docx, a list as .pdf or .xlsx) "
               "and record it"))
    letter.add_argument("kind", choices=list(KINDS), metavar=translate("Cli", "KIND"),
                        help=" | ".join(KINDS))
    letter.add_argument("event", type=int, metavar=translate("Cli", "EVENT_ID"))
    letter.add_argument("--out", type=Path, required=True,
                        metavar=translate("Cli", "FILE.docx|.pdf|.xlsx"))
    letter.add_argument("--person", type=int, metavar=translate("Cli", "PERSON_ID"),
                        help=translate("Cli", "a letter written per person: only this person"))
    letter.add_argument("--each", action="store_true", help=translate(
        "Cli", "a letter written per person: one file each, each with its number, in the "
               "folder --out"))
    letter.add_argument("--date", type=_date, metavar=translate("Cli", "YYYY-MM-DD"),
                        help=translate("Cli", "the letter's date (today if left out)"))
    register = command("letter-register", translate(
        "Cli", "write the register of letter numbers to an XLSX or CSV file"))
    register.add_argument("out", type=Path, metavar=translate("Cli", "OUT.xlsx|OUT.csv"))
    register.add_argument("--year", type=int, metavar=translate("Cli", "YEAR"),
                          help=translate("Cli", "only this year's letters"))


def _date(text: str) -> datetime.date:
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(fill(translate(
            "Cli", "%1 is not a date written as YYYY-MM-DD."), text)) from exc


def letter(args) -> int:
    from models.events.tables import Event
    from models.letters.kinds import KINDS
    from reports.letters.papers import suffix_problem, write_each_paper, write_paper

    personal = KINDS[args.kind].personal
    if (args.person is not None or args.each) and not personal:
        raise CliError(fill(translate("Cli", "--person and --each are for letters written "
                                             "per person (%1)."),
                            ", ".join(k for k, kind in KINDS.items() if kind.personal)))
    if args.each and args.person is not None:
        raise CliError(translate("Cli", "Give --each or --person, not both."))
    if args.each and args.out.suffix:
        raise CliError(translate("Cli", "With --each, --out names a folder, not a file."))
    if not args.each and (problem := suffix_problem(args.kind, args.out)) is not None:
        raise problem
    open_for(args, must_exist=True)
    if Event.get_or_none(Event.id == args.event) is None:
        raise CliError(fill(translate("Cli", "There is no event with id %1."), str(args.event)))
    dated = args.date or datetime.date.today()
    if args.each:
        args.out.mkdir(parents=True, exist_ok=True)
        for path in write_each_paper(args.kind, args.event, args.out, dated):
            print(fill(translate("Cli", "%1 written to %2."), path.stem, str(path)))
        return EXIT_OK
    paper = write_paper(args.kind, args.event, args.out, dated, args.person)
    if not paper.number:  # a paper without a number (a list, a TOR)
        print(fill(translate("Cli", "%1 written to %2."), KINDS[args.kind].paper_name,
                   str(args.out)))
    else:
        print(fill(translate("Cli", "Letter %1 written to %2."), paper.number, str(args.out)))
    return EXIT_OK


def letter_register(args) -> int:
    from reports.letters.register import write_letter_register

    if args.out.suffix.lower() not in (".xlsx", ".csv"):
        raise CliError(translate("Cli", "The output file must end in .xlsx or .csv."))
    open_for(args, must_exist=True)
    count = write_letter_register(args.out, args.year)
    print(fill(LetterTexts().register_written(count), str(args.out)))
    return EXIT_OK


COMMANDS = {"letter": letter, "letter-register": letter_register}
