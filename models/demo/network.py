"""The demo's network (Jejaring) and training offers, relative to the demo's today.

The outside people the demo already keeps become the contacts of their organisations; one
MoU carries a scanned document; of three offers, staff were sent to the past one (they
attended and their outside certificates are recorded), one is open and one closes this
week.
"""

import datetime
import tempfile
from pathlib import Path

from models.attendance import marking
from models.attendance.tables import Attendance
from models.certificates import outside
from models.certificates.tables import OutsideCertificate
from models.demo.scan import scanned_sheet
from models.demo.staff_data import PERPUSNAS, PROV, UMRAH
from models.events.tables import Event, EventSession, Registration
from models.network import cooperations, directory
from models.opportunities import offers

PROV_NAME = "Dinas Perpustakaan dan Kearsipan Provinsi Kepulauan Riau"
# (name, kind, region, phone, e-mail, website, the institution texts of its contacts)
ORGANISATIONS = [
    (PERPUSNAS, "perpusnas", "Jakarta", "021 3154863", "info@perpusnas.go.id",
     "https://www.perpusnas.go.id", (PERPUSNAS,)),
    (PROV_NAME, "provincial", "Tanjungpinang", "0771 4500 123", "",
     "https://dispusip.kepriprov.go.id", (PROV, PROV_NAME)),
    ("Perpustakaan Kota Batam", "city_library", "Batam", "0778 460 100", "", "",
     ("Dinas Perpustakaan dan Kearsipan Kota Batam",)),
    ("IPI Kepri", "association", "Tanjungpinang", "", "ipi.kepri@gmail.com", "",
     ("Ikatan Pustakawan Indonesia Kepulauan Riau",)),
    (UMRAH, "university", "Tanjungpinang", "0771 4500 090", "humas@umrah.ac.id",
     "https://umrah.ac.id", (UMRAH,)),
    ("Komunitas Baca Gurindam", "community", "Tanjungpinang", "0812 7788 4521", "", "", ()),
    ("Penerbit Pustaka Melayu", "publisher", "Pekanbaru", "", "redaksi@pustakamelayu.id",
     "", ()),
]


def add_network(ctx) -> dict:
    today = ctx.today
    made = {}
    for name, kind, region, phone, email, website, institutions in ORGANISATIONS:
        org = directory.save_organisation({"name": name, "kind": kind, "region": region,
                                           "phone": phone, "email": email,
                                           "website": website})
        made[name] = org
        for person in ctx.externals:
            if person.institution in institutions:
                directory.link_contact(org.id, person.id)
        # The demo's events of these bodies name them as their organiser.
        for event in Event.select().where(Event.organiser_name.in_((name, *institutions))):
            event.organisation, event.organiser_name = org.id, name
            event.save()
    _add_mou(made[UMRAH], today)
    themes = {t.name: t for t in ctx.themes}
    _past_offer(ctx, made[PERPUSNAS], themes.get("Teknologi Informasi dan Digitalisasi"))
    offers.save_offer({
        "title": "Bimtek Klasifikasi DDC Edisi 23", "organisation": made[PROV_NAME].id,
        "theme": _id(themes.get("Klasifikasi dan Katalogisasi")),
        "start_date": today + datetime.timedelta(days=45),
        "end_date": today + datetime.timedelta(days=47), "mode": "luring",
        "place": "Aula Dispusip Provinsi, Tanjungpinang", "cost": 0,
        "deadline": today + datetime.timedelta(days=30), "jp": 24,
        "notes": "Kuota 2 orang per kabupaten/kota; surat tugas dari kepala dinas."})
    offers.save_offer({
        "title": "Webinar Pemasaran Perpustakaan melalui Media Sosial",
        "organisation": made["IPI Kepri"].id,
        "theme": _id(themes.get("Pemasaran Perpustakaan dan Media Sosial")),
        "start_date": today + datetime.timedelta(days=12),
        "end_date": today + datetime.timedelta(days=12), "mode": "daring",
        "place": "Zoom", "cost": 0, "deadline": today + datetime.timedelta(days=3), "jp": 4,
        "link": "https://ipikepri.or.id/webinar"})
    # Totals, as the earlier steps count them: the past offer added an event and its rows.
    return {"organisations": len(made), "offers": 3, "events": Event.select().count(),
            "sessions": EventSession.select().count(),
            "registrations": Registration.select().count(),
            "attendance": Attendance.select().count(),
            "outside_certificates": OutsideCertificate.select().count()}


def _id(theme):
    return theme.id if theme is not None else None


def _add_mou(university, today: datetime.date) -> None:
    signed = datetime.date(today.year - 1, 3, 12)
    with tempfile.TemporaryDirectory() as folder:
        scan = Path(folder) / "MoU-UMRAH-Perpustakaan-Kota.pdf"
        scan.write_bytes(scanned_sheet(
            ["NOTA KESEPAHAMAN", "Perpustakaan Kota Tanjungpinang dan",
             "Universitas Maritim Raja Ali Haji"], []))
        cooperations.save_cooperation(university.id, {
            "kind": "mou", "number": f"045/MoU/DPK-TPI/{signed.year}",
            "title": "Pengembangan literasi informasi dan magang mahasiswa",
            "signed_on": signed, "valid_until": signed.replace(year=signed.year + 3),
            "notes": "Ditindaklanjuti dengan PKS per kegiatan."}, add_files=[scan])


def _past_offer(ctx, perpusnas, theme) -> None:
    start = ctx.today - datetime.timedelta(days=60)
    end = start + datetime.timedelta(days=2)
    past = offers.save_offer({
        "title": "Pelatihan Pengelolaan Perpustakaan Digital", "organisation": perpusnas.id,
        "theme": _id(theme), "start_date": start, "end_date": end, "mode": "daring",
        "place": "Zoom", "cost": 0, "deadline": start - datetime.timedelta(days=10),
        "jp": 30, "link": "https://pelatihan.perpusnas.go.id"})
    sent = [p for p in ctx.staff if p.active][3:6]
    event, _ = offers.send_staff(past.id, [p.id for p in sent])
    Event.update(status="finished").where(Event.id == event.id).execute()
    # Registered before the deadline, not at the moment the demo was made: the demo is the
    # same database whenever it is made.
    (Registration.update(registered_at=datetime.datetime.combine(
        start - datetime.timedelta(days=12), datetime.time(9)))
     .where(Registration.event == event.id).execute())
    for session in EventSession.select().where(EventSession.event == event.id):
        marking.set_marks(session.id, [p.id for p in sent], "hadir")
    for number, person in enumerate(sent[:2], start=1):
        outside.record(event.id, person.id, f"{number:03d}/PUSDIKLAT/{start.year}",
                       perpusnas.name, end, 30)
