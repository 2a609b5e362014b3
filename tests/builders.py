"""What many tests need and used to build each for itself: people, an event with its
sessions and participants, the hand-computed evaluation example, a database file left
closed for the command line, and the answer to a modal dialog that a click opens.

Everything goes through the models' own functions (save_person, save_event, ...), so what a
builder makes is what the office could have typed in, checks included. Test modules import
from here (or get a fixture from a conftest.py), never from one another: an import from a
test module ties one test file to another's layout, and an imported fixture is defined
again in the importing module.
"""

import datetime as dt
import re
from contextlib import contextmanager
from pathlib import Path

from models.db import db, open_database
from models.events import participants as registration
from models.events import planning as events
from models.staff import staff_list as staff

DAY = dt.date(2026, 3, 10)

# A database as SiBina 1 wrote it (schema 1), for the upgrade and restore tests.
V1_DATABASE = Path(__file__).parent / "fixtures" / "sibina-v1.sqlite"


# --- people --------------------------------------------------------------------------------


def staff_member(name: str, nip: str = "", **fields):
    """A member of the office's staff; ``nip`` as typed (grouped or not)."""
    return staff.save_person({"name": name, "nip": nip, **fields})


def external(name: str, **fields):
    """Someone from outside the office: a speaker, a guest."""
    return staff.save_person({"name": name, "is_external": True, **fields})


# --- events --------------------------------------------------------------------------------


def event_with_sessions(title: str = "Bimtek DDC", kind: str = "bimtek", days=(DAY,),
                        hours=(8, 13), topics=(), jp: float = 2, speaker=None,
                        participants=(), **fields):
    """An event over ``days`` with a two-hour session at each of ``hours`` every day, and
    ``participants`` (people) registered; returns (event, sessions in order).

    Sessions are named by ``topics`` in order, else "Sesi 1", "Sesi 2", ...
    """
    event = events.save_event({"title": title, "kind": kind, "start_date": days[0],
                               "end_date": days[-1], **fields})
    sessions = []
    for day in days:
        for hour in hours:
            number = len(sessions)
            topic = topics[number] if topics else f"Sesi {number + 1}"
            values = {"date": day, "start_time": dt.time(hour), "end_time": dt.time(hour + 2),
                      "topic": topic, "room": "", "jp": jp}
            if speaker is not None:
                values["speaker"] = speaker.id
            sessions.append(events.save_session(event.id, values))
    if participants:
        registration.add_people(event.id, [p.id for p in participants])
    return event, sessions


def four_session_event():
    """A two-day training, two sessions a day, no one registered yet."""
    return event_with_sessions("Pelatihan Katalogisasi", "pelatihan",
                               days=(DAY, DAY + dt.timedelta(days=1)))


def certificate_course() -> dict:
    """A four-session training of an office with its certificate settings: Siti came to
    all, Budi to one, Dr. Rina spoke."""
    from models import settings
    from models.attendance import marking

    settings.save({"office_code": "DISPUSIP-TPI", "head_name": "Drs. H. Raja Kamaruddin",
                   "head_nip": "197409082003011005"})
    event, sessions = four_session_event()
    siti = staff_member("Siti Aminah", "196903091994032001", front_title="Dra.")
    budi = staff_member("Budi Santoso")
    rina = external("Rina Wati", front_title="Dr.")
    registration.add_people(event.id, [siti.id, budi.id])
    registration.add_people(event.id, [rina.id], "narasumber")
    for session in sessions:
        marking.set_marks(session.id, [siti.id], "hadir")
    marking.set_marks(sessions[0].id, [budi.id], "hadir")
    return {"event": event, "siti": siti, "budi": budi, "rina": rina}


# --- the questionnaires an office already has -----------------------------------------------

# The shipped templates' questions as SiBina made them before their wording was fitted to
# the scale: what an existing office's database holds (and its form tool's exports name).
SHIPPED_BEFORE = {
    "organisation": ("Evaluasi Penyelenggaraan", [
        ("Materi", "Materi sesuai dengan kebutuhan tugas saya", "rating", ""),
        ("Materi", "Materi mudah dipahami", "rating", ""),
        ("Materi", "Materi dapat langsung diterapkan di tempat kerja", "rating", ""),
        ("Penyelenggaraan", "Kesesuaian jadwal dan alokasi waktu", "rating", ""),
        ("Penyelenggaraan", "Kenyamanan ruang dan kelengkapan fasilitas", "rating", ""),
        ("Penyelenggaraan", "Konsumsi", "rating", ""),
        ("Penyelenggaraan", "Pelayanan panitia", "rating", ""),
        ("Umum", "Secara keseluruhan, kegiatan ini bermanfaat", "rating", ""),
        ("Umum", "Apakah Anda akan merekomendasikan kegiatan ini kepada rekan?", "yesno", ""),
        ("Umum", "Informasi kegiatan ini Anda peroleh dari",
         "choice", "Surat undangan\nAtasan\nMedia sosial\nRekan kerja"),
        ("Umum", "Kritik dan saran", "text", ""),
    ]),
    "speaker": ("Evaluasi Narasumber", [
        ("Narasumber", text, "rating", "") for text in (
            "Penguasaan materi", "Ketepatan waktu", "Sistematika penyajian",
            "Penggunaan metode dan alat bantu", "Sikap dan perilaku",
            "Penggunaan bahasa dan suara", "Pemberian motivasi kepada peserta",
            "Kesempatan tanya jawab", "Tercapainya tujuan pembelajaran")
    ] + [("Narasumber", "Saran untuk narasumber", "text", "")]),
}


def templates_as_shipped_before():
    """The office's two templates as an older SiBina shipped them (organisation, speaker);
    ensure_default_templates then finds them and makes none."""
    from models.evaluation.tables import Question, Questionnaire

    made = []
    for kind, (name, questions) in SHIPPED_BEFORE.items():
        template = Questionnaire.create(name=name, kind=kind)
        for position, (section, text, qtype, choices) in enumerate(questions, 1):
            Question.create(questionnaire=template, position=position, section=section,
                            text=text, qtype=qtype, choices=choices,
                            required=qtype == "rating")
        made.append(template)
    return tuple(made)


# --- the evaluated example ------------------------------------------------------------------

EXAMPLE_START, EXAMPLE_END = dt.date(2026, 3, 10), dt.date(2026, 3, 11)

# Organisation questionnaire: (section, text, type, choices)
ORGANISATION = [
    ("Materi", "Materi sesuai kebutuhan", "rating", ""),
    ("Materi", "Alokasi waktu", "rating", ""),
    ("Penyelenggaraan", "Kenyamanan ruang", "rating", ""),
    ("Umum", "Akan merekomendasikan?", "yesno", ""),
    ("Umum", "Sumber informasi", "choice", "Surat\nAtasan"),
    ("Umum", "Jarak dari rumah (km)", "number", ""),
    ("Umum", "Kritik dan saran", "text", ""),
]
SPEAKER = [
    ("Narasumber", "Penguasaan materi", "rating", ""),
    ("Narasumber", "Ketepatan waktu", "rating", ""),
    ("Narasumber", "Saran untuk narasumber", "text", ""),
]


def _template(name, kind, questions):
    from models.evaluation.tables import Question, Questionnaire

    template = Questionnaire.create(name=name, kind=kind)
    made = [Question.create(questionnaire=template, position=i, section=section, text=text,
                            qtype=qtype, choices=choices)
            for i, (section, text, qtype, choices) in enumerate(questions, 1)]
    return template, made


def _respond(event, template, questions, person, speaker, answers):
    """``answers`` in question order; None leaves the question unanswered."""
    from models.evaluation.tables import Answer, Response

    response = Response.create(event=event, questionnaire=template, person=person,
                               speaker=speaker)
    for question, value in zip(questions, answers, strict=False):
        if value is None:
            continue
        if isinstance(value, str):
            Answer.create(response=response, question=question, text=value)
        else:
            Answer.create(response=response, question=question, number=value)
    return response


def fill_example() -> dict:
    """The made-up evaluated event whose figures tests/models/evaluation/test_results.py
    computed by hand; the report, panel and command-line tests read the same figures."""
    from models.evaluation.tables import (
        EventQuestionnaire,
        FollowUp,
        ServiceMetric,
        ServiceStat,
    )
    from models.evaluation.tables import TestScore as Score
    from models.events.tables import Registration, Theme

    theme = Theme.create(name="Klasifikasi")
    other_theme = Theme.create(name="Teknologi Informasi")
    event = events.save_event({"title": "Bimtek Klasifikasi DDC", "kind": "bimtek",
                               "theme": theme.id, "venue": "Aula Lantai 2",
                               "start_date": EXAMPLE_START, "end_date": EXAMPLE_END})
    people = {n: staff.save_person({"name": n}) for n in
              ("Ani Wulandari", "Budi Santoso", "Citra Lestari", "Dedi Kurniawan", "Eka Putri")}
    rahmat = external("Rahmat Hidayat", front_title="Dr.")
    maya = external("Maya Sari", back_title="M.Hum.")
    a, b, c, d, e = people.values()
    registration.add_people(event.id, [p.id for p in people.values()])
    (Registration.update(cancelled=True)
     .where(Registration.event == event.id, Registration.person == e.id).execute())
    # Maya speaks first: the speakers are listed in session order, not by name.
    for hour, speaker in ((8, maya), (13, rahmat)):
        events.save_session(event.id, {"date": EXAMPLE_START, "start_time": dt.time(hour),
                                       "end_time": dt.time(hour + 2), "topic": "DDC",
                                       "room": "", "jp": 2, "speaker": speaker.id,
                                       "moderator": None})

    org, oq = _template("Evaluasi Penyelenggaraan", "organisation", ORGANISATION)
    spk, sq = _template("Evaluasi Narasumber", "speaker", SPEAKER)
    for template in (org, spk):
        EventQuestionnaire.create(event=event, questionnaire=template)
    _respond(event, org, oq, a, None, [5, 4, 3, 1, "Surat", 10, "Bagus"])
    _respond(event, org, oq, b, None, [4, 4, 2, 1, "Atasan", 20, ""])
    _respond(event, org, oq, None, None, [4, 3, 5, 0, "Surat", None, "Ruang panas"])
    # Ani twice (a second paper form): she is still one respondent.
    _respond(event, org, oq, a, None, [3, None, None, None, "Teman", None, "   "])
    _respond(event, spk, sq, a, rahmat, [5, 4, "Jelas sekali"])
    _respond(event, spk, sq, b, rahmat, [4, 5])
    _respond(event, spk, sq, None, rahmat, [3, 3])
    _respond(event, spk, sq, a, maya, [2, 3, "Terlalu cepat"])
    _respond(event, spk, sq, b, maya, [3, None])

    for person, pre, post in ((a, 40, 82), (b, 50, 65), (c, 60, 58), (d, 100, 100)):
        Score.create(event=event, person=person, kind="pre", score=pre)
        Score.create(event=event, person=person, kind="post", score=post)
    Score.create(event=event, person=e, kind="pre", score=70)

    for person, applied, rating, changes, by in (
            (a, "yes", 4, "Menata ulang rak 000–099", "participant"),
            (b, "partly", 3, "", "participant"),
            (c, "no", None, "", "participant"),
            (d, "", 5, "Katalog lebih rapi", "supervisor")):
        FollowUp.create(event=event, person=person, date=dt.date(2026, 6, 15), applied=applied,
                        rating=rating, changes=changes, rated_by=by)

    visits = ServiceMetric.create(name="Kunjungan", position=1)
    loans = ServiceMetric.create(name="Peminjaman", position=2)
    old = ServiceMetric.create(name="Lama", position=0, active=False)
    for metric, year, month, value in (
            (visits, 2025, 11, 999), (visits, 2025, 12, 100), (visits, 2026, 1, 120),
            (visits, 2026, 2, 140), (visits, 2026, 3, 500), (visits, 2026, 4, 150),
            (visits, 2026, 5, 150), (visits, 2026, 6, 180), (visits, 2026, 7, 999),
            (loans, 2026, 1, 30), (loans, 2026, 2, 50), (loans, 2026, 4, 30),
            (old, 2026, 1, 7)):
        ServiceStat.create(metric=metric, year=year, month=month, value=value)

    # A later event on another theme where Dr. Rahmat speaks again.
    later = events.save_event({"title": "Workshop Otomasi", "kind": "workshop",
                               "theme": other_theme.id, "start_date": dt.date(2026, 8, 4),
                               "end_date": dt.date(2026, 8, 4)})
    _respond(later, spk, sq, None, rahmat, [5, 5, "Mantap"])
    return {"event": event, "later": later, "rahmat": rahmat, "maya": maya, "theme": theme,
            "other_theme": other_theme, "organisation": org, "speaker": spk,
            "org_questions": oq, "speaker_questions": sq}


# --- database files ------------------------------------------------------------------------


@contextmanager
def database_file(path):
    """The database at ``path``, open for the block and closed after it, as the command
    line finds a file the window (another process) wrote."""
    database = open_database(path)
    try:
        yield database
    finally:
        database.close()
        db.initialize(None)


# --- the command line ----------------------------------------------------------------------


def english(run, database, *args):
    """A subcommand on ``database`` with English messages (``run`` or ``cli``)."""
    return run("--db", database, "--lang", "en", *args)


# --- Qt ------------------------------------------------------------------------------------


def when_modal(callback, kind=None, skip=()):
    """Act on the next modal dialog (of ``kind``, when given) as soon as it is on screen:
    exec() blocks the test until the dialog closes.

    Dialogs of the ``skip`` kinds are waited past (the dialog the click was made in, a
    message box on the way). A dialog the callback leaves open (a failed check) is
    rejected, so the test ends with the failure instead of waiting for a person.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def attempt():
        dialog = QApplication.activeModalWidget()
        if (dialog is None or isinstance(dialog, tuple(skip))
                or (kind is not None and not isinstance(dialog, kind))):
            QTimer.singleShot(20, attempt)
            return
        try:
            callback(dialog)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, attempt)


def plural(text: str) -> str:
    """English plural forms of "%n word(s)", whether or not the compiled translation has
    them yet: "1 row(s)" reads "1 row", "2 rated event(s)" "2 rated events". The count is
    the number nearest before the "(s)"."""
    return re.sub(r"(\d+) ([^()·\d]*?)\(s\)",
                  lambda m: f"{m[1]} {m[2]}{'' if m[1] == '1' else 's'}", text)


@contextmanager
def answering(fill):
    """Hand the modal dialog that the block opens to ``fill``, as the person at the keyboard
    would; it is closed afterwards in any case, so a failing check cannot leave the test
    waiting, and the check's failure is raised in the test itself.

    Unlike :func:`when_modal`, for a block that runs inside another modal dialog: the
    dialog already open when the block starts is never the one answered.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    seen, failures = [], []

    def act():
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog in seen:  # not open yet, or the one that opened this
            timer.start(10)
            return
        seen.append(dialog)
        try:
            fill(dialog)
        except BaseException as exc:  # noqa: BLE001 - re-raised once the dialog is closed
            failures.append(exc)
        finally:
            if dialog.isVisible():
                dialog.done(0)

    timer = QTimer(singleShot=True, interval=0)
    timer.timeout.connect(act)
    seen.append(QApplication.activeModalWidget())
    timer.start()
    try:
        yield
    finally:
        timer.stop()  # no waiting on into the next test
    if failures:
        raise failures[0]
    assert len(seen) == 2, "no dialog opened"


def save_button(dialog):
    """The OK button of a form dialog's button box, which reads Save."""
    from PySide6.QtWidgets import QDialogButtonBox

    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def activate(qtbot, window):
    """Shortcuts and focus reach only the active window; the offscreen platform, unlike a
    desktop, does not give it back when a dialog over it closes."""
    from PySide6.QtWidgets import QApplication

    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def type_in(qtbot, text, end=None):
    """Keys go where a person's would: the grid first, then the editor it opened; ``end``
    (Enter unless given) finishes the cell."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    for char in text:
        qtbot.keyClick(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return if end is None else end)
    qtbot.wait(10)  # Enter closes the editor through a queued call


# --- evaluation forms and results ----------------------------------------------------------


def full_form(questionnaire_id, **overrides):
    """Answers to every question of a form, as a satisfied participant fills it in;
    ``overrides`` by question id."""
    from models.evaluation.questionnaires import questions_of

    answers = {}
    for question in questions_of(questionnaire_id):
        answers[question.id] = {"rating": "4", "yesno": "ya", "choice": "Atasan",
                                "text": "Bagus"}[question.qtype]
    answers.update(overrides)
    return answers


def more_forms_than_participants(example, extra=2):
    """Anonymous forms of people not registered: 3 + 2 respondents for 4 participants."""
    from models.evaluation.tables import Response

    for _ in range(extra):
        Response.create(event=example["event"], questionnaire=example["organisation"])


# --- certificates --------------------------------------------------------------------------


def issue_all(course, day=dt.date(2026, 3, 12)):
    """Certificates for everyone of ``course`` (the ``course`` fixture): Siti and Budi as
    participants, Dr. Rina as speaker, signed by the default signatory."""
    from models.certificates import issuing as certificates
    from models.certificates.issuing import Choice

    chosen = [Choice(course["siti"].id, "peserta"), Choice(course["rina"].id, "narasumber"),
              Choice(course["budi"].id, "peserta", "Ikut ujian susulan")]
    certificates.ensure_default_signatory()
    return certificates.issue(course["event"].id, chosen, day,
                              signatory_ids=(certificates.signatories()[0].id,))


# --- reading the screens -------------------------------------------------------------------


def tree_rows(tree, item=None, depth=0) -> list[tuple]:
    """(depth, cells...) for every row of a tree, top to bottom."""
    rows = []
    count = tree.topLevelItemCount() if item is None else item.childCount()
    for i in range(count):
        child = tree.topLevelItem(i) if item is None else item.child(i)
        rows.append((depth, *(plural(child.text(c)) for c in range(tree.columnCount()))))
        rows += tree_rows(tree, child, depth + 1)
    return rows


def table_rows(table) -> list[list[str]]:
    """The cells of a table widget, row by row."""
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def open_scores_panel(qtbot, event_id):
    """The Scores panel shown and active on ``event_id``, its table focused for typing."""
    from PySide6.QtWidgets import QApplication

    from ui.evaluations.scores_panel import ScoresPanel

    panel = ScoresPanel()
    qtbot.addWidget(panel)
    panel.resize(900, 500)
    panel.show()
    qtbot.waitExposed(panel)
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel)
    panel.set_event(event_id)
    panel.table.setFocus()
    return panel


def every_table() -> dict[str, list]:
    """Every row of every table of the open database, as it holds them."""
    from models.db import db

    tables = [row[0] for row in db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name").fetchall()]
    return {t: db.execute_sql(f'SELECT * FROM "{t}" ORDER BY 1').fetchall() for t in tables}


# --- clerks working at the same moment -----------------------------------------------------


def at_once(count: int, work) -> list:
    """Run ``work(barrier)`` in ``count`` threads, each on its own connection to the open
    database's file as the window's workers are; what each returned (or raised), in order.
    ``work`` waits on the barrier to line the threads up (all read, then all write)."""
    import threading

    barrier = threading.Barrier(count, timeout=30)
    results: list = [None] * count

    def run(index):
        db.connect(reuse_if_open=True)
        try:
            results[index] = work(barrier)
        except Exception as exc:  # noqa: BLE001 — handed to the test, which names it
            results[index] = exc
        finally:
            db.close()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    return results


def on_another_pc(work, name: str = "Rina"):
    """What ``work()`` returns, done by ``name`` on a connection of its own to the open
    database (a thread: Peewee gives each its own connection), as another PC would: the
    test's connection sees it only as committed by someone else."""
    import threading

    from models.sharing import actor

    result: list = []

    def run():
        db.connect(reuse_if_open=True)
        try:
            result.append(work())
        except Exception as exc:  # noqa: BLE001 — raised again in the test's thread
            result.append(exc)
        finally:
            db.close()

    before = actor.current()
    actor.set_user(name)
    try:
        thread = threading.Thread(target=run)
        thread.start()
        thread.join(60)
    finally:
        actor.set_user(before.name, before.user_id)
    if isinstance(result[0], Exception):
        raise result[0]
    return result[0]
