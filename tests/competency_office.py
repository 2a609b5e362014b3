"""A hand-made office for the competency map, its papers and its tab: three people, two
themes (conftest files of tests/models, tests/reports and tests/ui take it from here).

Counted on 30 June 2026 over 3 years (1 July 2023 – 30 June 2026):

============  =====  =========  =====
person        TI     Pemasaran  total
============  =====  =========  =====
Ani Lestari   4      8          12     Bimtek Otomasi both sessions; Perpusnas webinar,
                                       outside certificate of 8 JP (sessions: 4)
Budi Santoso  2      2          4      one of two sessions at each
Citra Dewi    0      0          0      a TI training of 2022 (too old), a book club
                                       (no competency development)
============  =====  =========  =====
"""

import datetime as dt

from models.attendance import marking
from models.certificates import outside
from models.events.tables import Theme
from models.events.themes import save_list
from tests.builders import event_with_sessions, external, staff_member

TODAY = dt.date(2026, 6, 30)


def _mark(sessions, person, statuses):
    for session, status in zip(sessions, statuses, strict=True):
        marking.set_marks(session.id, [person.id], status)


def competency_office() -> dict:
    save_list([(None, "Teknologi Informasi"), (None, "Pemasaran")])
    ti = Theme.get(Theme.name == "Teknologi Informasi").id
    marketing = Theme.get(Theme.name == "Pemasaran").id
    ani = staff_member("Ani Lestari", unit="Bidang Layanan",
                       functional_level="Pustakawan Ahli Muda")
    budi = staff_member("Budi Santoso", unit="Bidang Pengolahan",
                        functional_level="Pustakawan Terampil")
    citra = staff_member("Citra Dewi", unit="Bidang Layanan",
                         functional_level="Pustakawan Ahli Pertama")
    guest = external("Drs. Tamu Luar", institution="Perpusnas")
    gone = staff_member("Dedi Pensiun", unit="Bidang Layanan")
    gone.active = False
    gone.save()

    bimtek, sessions = event_with_sessions("Bimtek Otomasi", "bimtek", days=(dt.date(2026, 3, 10),),
                                           theme=ti, participants=[ani, budi, guest])
    _mark(sessions, ani, ("hadir", "terlambat"))
    _mark(sessions, budi, ("hadir", "alpa"))
    _mark(sessions, guest, ("hadir", "hadir"))

    webinar, sessions = event_with_sessions(
        "Webinar Pemasaran Digital", "webinar", days=(dt.date(2025, 9, 1),), theme=marketing,
        organiser_external=True, organiser_name="Perpustakaan Nasional RI",
        participants=[ani, budi])
    _mark(sessions, ani, ("hadir", "hadir"))
    _mark(sessions, budi, ("izin", "hadir"))
    outside.record(webinar.id, ani.id, "77/PERPUSNAS/2025", "Perpustakaan Nasional RI",
                   dt.date(2025, 9, 2), 8)

    old, sessions = event_with_sessions("Pelatihan TI 2022", "pelatihan",
                                        days=(dt.date(2022, 5, 10),), theme=ti,
                                        participants=[citra, gone])
    _mark(sessions, citra, ("hadir", "hadir"))
    _mark(sessions, gone, ("hadir", "hadir"))

    club, sessions = event_with_sessions("Klub Buku", "klub_buku", days=(dt.date(2026, 4, 1),),
                                         theme=marketing, participants=[citra])
    _mark(sessions, citra, ("hadir", "hadir"))

    planned_ti, _ = event_with_sessions("Pelatihan Digitalisasi", "pelatihan",
                                        days=(dt.date(2026, 9, 1),), theme=ti,
                                        participants=[ani])
    planned_marketing, _ = event_with_sessions(
        "Workshop Media Sosial", "workshop", days=(dt.date(2026, 10, 5),), theme=marketing,
        participants=[budi])
    return {"ti": ti, "marketing": marketing, "ani": ani, "budi": budi, "citra": citra,
            "guest": guest, "bimtek": bimtek, "webinar": webinar, "club": club,
            "planned_ti": planned_ti, "planned_marketing": planned_marketing}
