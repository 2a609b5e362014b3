"""The reports the office can make, what each needs, and how to build it.

One list for the Reports tab and the command line (cheap to import: the builders load
only when a report is made): a code (the command line's KIND), the
parameters it takes, and the function that builds its :class:`~reports.report_model.Report`.
"""

from dataclasses import dataclass

from models.messages import QT_TRANSLATE_NOOP

EVENT, YEAR, PERSON, UNIT, THEME = "event", "year", "person", "unit", "theme"


@dataclass(frozen=True)
class Kind:
    code: str
    name: str  # marked for translation; the UI translates it
    description: str
    needs: tuple[str, ...]  # required parameters
    optional: tuple[str, ...] = ()
    formats: tuple[str, ...] = ("pdf", "xlsx", "csv")


# A report of several tables has no CSV: a CSV holds one table, and the rest would be lost.
PAPERS = ("pdf", "xlsx")

KINDS = [
    Kind("attendance", QT_TRANSLATE_NOOP("Reports", "Attendance recap"),
         QT_TRANSLATE_NOOP("Reports", "Each participant of an event against its sessions: "
                                      "status, share of sessions, attended JP."), (EVENT,)),
    Kind("jp-recap", QT_TRANSLATE_NOOP("Reports", "JP recap"),
         QT_TRANSLATE_NOOP("Reports", "JP each staff member attended in a year against the "
                                      "target: who is below it and by how much, by unit."),
         (YEAR,), (UNIT,)),
    Kind("transcript", QT_TRANSLATE_NOOP("Reports", "Training transcript"),
         QT_TRANSLATE_NOOP("Reports", "One person's events, roles, JP and certificate "
                                      "numbers, year by year (riwayat pengembangan "
                                      "kompetensi)."), (PERSON,), formats=PAPERS),
    Kind("event-report", QT_TRANSLATE_NOOP("Reports", "Event report"),
         QT_TRANSLATE_NOOP("Reports", "Laporan pelaksanaan kegiatan: introduction, conduct "
                                      "(schedule, speakers, committee, funding), results "
                                      "(attendance, evaluation, obstacles), closing, the "
                                      "signature, then the attendance list, scanned sheets "
                                      "and photos as attachments."),
         (EVENT,), formats=PAPERS),
    Kind("annual", QT_TRANSLATE_NOOP("Reports", "Annual report"),
         QT_TRANSLATE_NOOP("Reports", "A year's events by kind and theme, participants, JP "
                                      "delivered, staff meeting the target, evaluation "
                                      "averages and the service figures, with charts."),
         (YEAR,), formats=PAPERS),
    Kind("speakers", QT_TRANSLATE_NOOP("Reports", "Speaker ratings"),
         QT_TRANSLATE_NOOP("Reports", "Every speaker's mean rating per event, over the "
                                      "years (or one year)."), (), (YEAR,)),
    Kind("certificate-register", QT_TRANSLATE_NOOP("Reports", "Certificate register"),
         QT_TRANSLATE_NOOP("Reports", "The certificates issued, with their numbers, "
                                      "recipients and status (all, one event or one year)."),
         (), (EVENT, YEAR)),
    Kind("competency", QT_TRANSLATE_NOOP("Reports", "Competency development plan"),
         QT_TRANSLATE_NOOP("Reports", "Rencana pengembangan kompetensi: per theme the staff "
                                      "with no JP in it over the last years, the year's "
                                      "events held and planned, who is still uncovered; "
                                      "the competency map attached."), (YEAR,), (UNIT,)),
    Kind("training-needs", QT_TRANSLATE_NOOP("Reports", "Training needs"),
         QT_TRANSLATE_NOOP("Reports", "The active staff with no JP in a theme over the last "
                                      "years (Settings), by unit and name."), (THEME,),
         (UNIT,)),
    Kind("letter-register", QT_TRANSLATE_NOOP("Reports", "Letter number register"),
         QT_TRANSLATE_NOOP("Reports", "Every letter number given, in order: date, kind of "
                                      "letter, event and for whom (all, or one year)."),
         (), (YEAR,)),
    Kind("network", QT_TRANSLATE_NOOP("Reports", "Network directory"),
         QT_TRANSLATE_NOOP("Reports", "The organisations the office works with (Jejaring): "
                                      "kind, region, contacts with phone and e-mail, "
                                      "cooperation agreements (MoU/PKS) and their validity."),
         ()),
]
BY_CODE = {kind.code: kind for kind in KINDS}


def build(code: str, event: int | None = None, year: int | None = None,
          person: int | None = None, unit: str = "", theme: int | None = None):
    # Imported here: the command line lists the kinds before any report is made.
    from reports.recaps import narratives, recaps
    from reports.recaps.event_report import event_report

    if code == "attendance":
        return recaps.attendance_recap(event)
    if code == "jp-recap":
        return recaps.jp_recap(year, unit)
    if code == "transcript":
        return recaps.transcript(person)
    if code == "event-report":
        return event_report(event)
    if code == "annual":
        return narratives.annual_report(year)
    if code == "speakers":
        return recaps.speakers(year)
    if code == "certificate-register":
        return recaps.certificate_register(event, year)
    if code in ("competency", "training-needs"):
        import datetime

        from reports.competency import papers

        if code == "competency":
            return papers.plan_report(year, unit)
        return papers.needs_report(theme, datetime.date.today(), unit=unit)
    if code == "letter-register":
        from reports.letters.register import letter_register_report

        return letter_register_report(year)
    if code == "network":
        from reports.network.directory import network_directory

        return network_directory()
    raise ValueError(code)
