"""Issuing certificates: who, numbers across a year, reissue, manual inclusion, revocation,
and verification of the signed payload."""

import datetime as dt

import pytest

from models import settings
from models.certificates import issuing as certificates
from models.certificates import key_exchange
from models.certificates import numbers as cert_numbers
from models.certificates.issuing import Choice
from models.certificates.tables import Certificate
from models.certificates.verification import FORGED, REVOKED, UNKNOWN, VALID, verify
from models.messages import SiBinaError
from models.staff import staff_list as staff
from tests.builders import four_session_event


def test_candidates_say_who_qualifies_and_why(course):
    found = {(c.name, c.role): c for c in certificates.candidates(course["event"].id)}
    assert found[("Dra. Siti Aminah", "peserta")].qualifies
    assert found[("Dra. Siti Aminah", "peserta")].nip == "196903091994032001"
    budi = found[("Budi Santoso", "peserta")]
    assert not budi.qualifies
    assert budi.reason.english() == "Attended 1 of 4 sessions held (25%); 80% needed."
    assert found[("Dr. Rina Wati", "narasumber")].qualifies


def test_numbers_follow_the_pattern_and_restart_each_year(course):
    event = course["event"]
    made = certificates.issue(event.id, [Choice(course["siti"].id, "peserta"),
                                         Choice(course["rina"].id, "narasumber")],
                              dt.date(2026, 11, 25))
    assert [c.number for c in made] == ["001/SERT/DISPUSIP-TPI/XI/2026",
                                        "002/SERT/DISPUSIP-TPI/XI/2026"]
    other = four_session_event()[0]
    from models.events import participants

    participants.add_people(other.id, [course["rina"].id], "narasumber")
    [january] = certificates.issue(other.id, [Choice(course["rina"].id, "narasumber")],
                                   dt.date(2027, 1, 3))
    assert january.number == "001/SERT/DISPUSIP-TPI/I/2027"  # a new year starts at 1
    assert (january.year, january.seq) == (2027, 1)


def test_reissuing_keeps_the_number_and_date(course):
    event, siti = course["event"], course["siti"]
    [first] = certificates.issue(event.id, [Choice(siti.id, "peserta")], dt.date(2026, 3, 12))
    staff.save_person({"name": "Siti Aminah", "front_title": "Dra.", "back_title": "M.Hum.",
                       "nip": "196903091994032001"}, siti.id)
    [again] = certificates.issue(event.id, [Choice(siti.id, "peserta")], dt.date(2026, 4, 1))
    assert (again.id, again.number, again.issued_on) == (first.id, first.number,
                                                         dt.date(2026, 3, 12))
    assert Certificate.select().count() == 1
    assert verify(again.payload).name == "Dra. Siti Aminah, M.Hum."  # the corrected name
    # The paper printed before the correction is genuine but no longer what the register
    # says: the clerk is told to ask.
    old_paper = verify(first.payload)
    assert old_paper.status == UNKNOWN and "other details" in old_paper.explanation.english()


def test_issuing_again_keeps_each_certificates_design_unless_asked(course):
    from models.certificates import layouts as cert_layouts
    from models.certificates.tables import Signatory

    framed = cert_layouts.save(cert_layouts.Layout(name="Bingkai")).id
    chair = Signatory.create(name="Budi Hartono", title="Ketua Panitia")
    event, siti, rina = course["event"], course["siti"], course["rina"]
    [first] = certificates.issue(event.id, [Choice(siti.id, "peserta")], dt.date(2026, 3, 12),
                                 framed, (chair.id,))
    again = certificates.issue(event.id, [Choice(siti.id, "peserta"),
                                          Choice(rina.id, "narasumber")], dt.date(2026, 3, 14))
    assert (again[0].layout_id, again[0].signatory_id) == (framed, chair.id)
    default = cert_layouts.ensure_default_layout().id
    head = certificates.ensure_default_signatory().id
    assert (again[1].layout_id, again[1].signatory_id) == (default, head)
    # One more certificate in another design leaves the earlier ones as they were...
    kept = certificates.issue(event.id, [Choice(siti.id, "peserta")], dt.date(2026, 3, 14),
                              default, (head,))
    assert (kept[0].layout_id, kept[0].signatory_id) == (framed, chair.id)
    # ...unless the office asks to give them the new design too.
    moved = certificates.issue(event.id, [Choice(siti.id, "peserta")], dt.date(2026, 3, 14),
                               default, (head,), redesign=True)
    assert (moved[0].layout_id, moved[0].signatory_id) == (default, head)


def test_a_later_change_to_the_person_leaves_their_paper_valid(course):
    [cert] = certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                                dt.date(2026, 3, 12))
    staff.save_person({"name": "Siti Aminah", "front_title": "Dra.", "back_title": "M.Hum.",
                       "nip": "196903091994032001"}, course["siti"].id)
    for text in (cert.payload, cert.number):  # the paper says what was signed
        verdict = verify(text)
        assert (verdict.status, verdict.name) == (VALID, "Dra. Siti Aminah")


def test_a_revoked_certificate_is_replaced_by_a_new_number(course):
    event, siti = course["event"], course["siti"]
    [first] = certificates.issue(event.id, [Choice(siti.id, "peserta")], dt.date(2026, 3, 12))
    certificates.revoke(first.number, "Salah ketik")
    [found] = [c for c in certificates.candidates(event.id) if c.person_id == siti.id]
    assert (found.number, found.revoked) == (first.number, True)
    [second] = certificates.issue(event.id, [Choice(siti.id, "peserta")], dt.date(2026, 3, 20))
    assert second.id != first.id and second.number == "002/SERT/DISPUSIP-TPI/III/2026"
    assert verify(first.payload).status == REVOKED and verify(second.payload).status == VALID
    [found] = [c for c in certificates.candidates(event.id) if c.person_id == siti.id]
    assert (found.number, found.revoked) == (second.number, False)


@pytest.mark.parametrize("change, fragment", [
    ({"status": "cancelled"}, "was cancelled"),
    ({"start_date": dt.date(2026, 4, 1), "end_date": dt.date(2026, 4, 2)},
     "certificates are issued once it has begun"),
    # Still running: who qualifies is judged on the sessions held so far, so a certificate
    # now could go to someone who then misses the rest.
    ({"start_date": dt.date(2026, 3, 10), "end_date": dt.date(2026, 3, 13)},
     "certificates are issued from its last day"),
])
def test_no_certificates_for_an_event_that_did_not_take_place(course, change, fragment):
    from models.events.tables import Event

    Event.update(**change).where(Event.id == course["event"].id).execute()
    with pytest.raises(SiBinaError) as err:
        certificates.issue(course["event"].id, [Choice(course["rina"].id, "narasumber")],
                           dt.date(2026, 3, 12))
    assert fragment in str(err.value)
    assert Certificate.select().count() == 0


def test_someone_below_the_rule_needs_a_reason_which_is_kept(course):
    event, budi = course["event"], course["budi"]
    with pytest.raises(SiBinaError) as err:
        certificates.issue(event.id, [Choice(budi.id, "peserta")], dt.date(2026, 3, 12))
    assert "does not meet the certificate rule" in str(err.value)
    assert Certificate.select().count() == 0
    [cert] = certificates.issue(event.id, [Choice(budi.id, "peserta", "Sakit, ikut susulan")],
                                dt.date(2026, 3, 12))
    assert cert.manual_inclusion == "Sakit, ikut susulan"


def test_a_payload_verifies_and_any_changed_character_is_forged(course):
    [cert] = certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                                dt.date(2026, 3, 12))
    verdict = verify(cert.payload)
    assert verdict.status == VALID
    assert (verdict.number, verdict.name, verdict.role, verdict.issued_on) == (
        cert.number, "Dra. Siti Aminah", "peserta", dt.date(2026, 3, 12))
    assert verdict.event == "Pelatihan Katalogisasi"
    payload = cert.payload
    for index in range(len(payload)):
        for other in ("A", "b", "-"):
            if payload[index] != other:
                changed = payload[:index] + other + payload[index + 1:]
                assert verify(changed).status == FORGED, (index, other)
                break
    assert verify(payload[:-1]).status == FORGED
    assert verify(payload + "A").status == FORGED


def test_revoked_then_verified_by_payload_and_by_number(course):
    [cert] = certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                                dt.date(2026, 3, 12))
    revoked = certificates.revoke(" 001/sert/DISPUSIP-TPI/III/2026 ", "Nama salah ketik",
                                  dt.datetime(2026, 4, 2, 9, 30))
    assert revoked.id == cert.id
    for text in (cert.payload, cert.number):
        verdict = verify(text)
        assert verdict.status == REVOKED
        assert verdict.explanation.english() == "Revoked on 2026-04-02: Nama salah ketik"
    with pytest.raises(SiBinaError):
        certificates.revoke(cert.number, "lagi")
    with pytest.raises(SiBinaError):
        certificates.revoke("999/SERT/X/I/2026", "tidak ada")


def test_an_unknown_number_and_another_offices_key(course, tmp_path):
    assert verify("123/SERT/LAIN/I/2026").status == UNKNOWN
    [cert] = certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                                dt.date(2026, 3, 12))
    key_line = key_exchange.public_keys_text("Perpustakaan Kota Tanjungpinang")
    with pytest.raises(SiBinaError):
        key_exchange.import_public_keys(key_line)  # its own key
    with pytest.raises(SiBinaError):
        key_exchange.import_public_keys("not a key")
    # Another installation: a fresh database with its own key imports ours.
    from models.db import db, open_database

    payload = cert.payload
    db.close()
    open_database(tmp_path / "other.sqlite")
    assert verify(payload).status == FORGED  # a key it does not know
    settings.save({"office_name": "Perpustakaan Kabupaten Bintan"})
    assert key_exchange.import_public_keys(key_line) == ["Perpustakaan Kota Tanjungpinang"]
    verdict = verify(payload)
    assert (verdict.status, verdict.office, verdict.name) == (
        VALID, "Perpustakaan Kota Tanjungpinang", "Dra. Siti Aminah")


@pytest.mark.parametrize("pattern, fragment", [
    ("SERT/{office}/{year}", "needs {seq}"),
    ("{seq:03d}/SERT/{office}", "needs {year}"),
    ("{seq:03d}/{kantor}", "unknown placeholder {kantor}"),
    ("{seq:03d}/{year", "unmatched"),
    ("{seq:q}/{year}", "cannot be filled in"),
    # Crafted widths: filling these would take gigabytes of memory or a number no
    # certificate line holds.
    ("{seq:0999999999d}/{year}", "at most 6 digits"),
    ("{seq:03d}/{office:>999999999}/{year}", "at most 6 digits"),
    ("{seq:03d}/{office:.999999999}/{year}", "at most 6 digits"),
    ("{seq:{year}}/{year}", "cannot be filled in"),
    ("{seq:03d}/" + "SERT/" * 20 + "{year}", "longer than 60"),
])
def test_bad_number_patterns_are_explained(pattern, fragment):
    assert fragment in cert_numbers.pattern_problem(pattern).english()


def test_a_good_pattern_and_roman_months():
    assert cert_numbers.pattern_problem("{seq}/{month}/{year}") is None
    assert cert_numbers.pattern_problem("{seq:06d}/{year}") is None
    assert cert_numbers.format_number("{seq:03d}/SERT/{office}/{month_roman}/{year}", 7,
                                      dt.date(2026, 12, 1), "X") == "007/SERT/X/XII/2026"


def test_the_register_finds_names_however_accents_and_apostrophes_are_typed(course):
    from models.events import participants

    person = staff.save_person({"name": "Zulkarnaén Ni’mah"})
    participants.add_people(course["event"].id, [person.id], "panitia")
    certificates.issue(course["event"].id, [Choice(person.id, "panitia")],
                       dt.date(2026, 3, 12))
    assert [r.name for r in certificates.register("zulkarnaen ni'mah")] == [
        "Zulkarnaén Ni’mah"]
    assert certificates.register("DISPUSIP III 2026")[0].name == "Zulkarnaén Ni’mah"


def test_deactivating_every_signatory_makes_none_behind_the_office(course):
    from models.certificates import signatories
    from models.certificates.tables import Signatory

    head = certificates.ensure_default_signatory()
    signatories.set_active(head.id, False)
    assert certificates.ensure_default_signatory() is None
    assert Signatory.select().count() == 1


@pytest.mark.parametrize("key, text, fragment", [
    ("number", "Nomor: {nomor}", "uses {nomor}, which SiBina does not fill in; it may use "
                                 "{number}"),
    ("date_line", "{city.upper}, {date}", "uses {city.upper}"),
    ("jp", "{jp JP", "unmatched"),
    ("dates_online", "secara daring pada {dates} di {place}", "uses {place}"),
    ("jp", "{jp} JP oleh {organiser}", "uses {organiser}"),
])
def test_wording_that_could_not_print_is_refused(key, text, fragment):
    from models.certificates import layouts as cert_layouts

    layout = cert_layouts.Layout()
    layout.texts[key] = text
    [problem] = cert_layouts.layout_problems(layout)
    assert fragment in problem.english()


@pytest.mark.parametrize("key", ["event", "dates_place", "dates_online"])
def test_the_event_and_dates_wording_may_name_the_organiser(key):
    from models.certificates import layouts as cert_layouts

    layout = cert_layouts.Layout()
    layout.texts[key] = "{organiser} " + layout.texts[key]
    assert cert_layouts.layout_problems(layout) == []


# Only a SQLite file can hold a value longer than its column (or a figure no column
# type takes); PostgreSQL refuses it when it is written.
@pytest.mark.sqlite_only
def test_an_old_database_s_10000_character_name_gets_a_bounded_payload_that_verifies(course):
    from models.staff.tables import Person

    (Person.update(name="Nama" + "N" * 9_996).where(Person.id == course["siti"].id)
     .execute())  # what an old database may hold: no form accepts it today
    certificates.ensure_default_signatory()
    made = certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                              dt.date(2026, 3, 12))
    assert len(made[0].payload) < 800  # a QR code a cheap scanner reads
    verdict = verify(made[0].payload)
    assert verdict.status == VALID
    assert verdict.name.startswith("Dra. NamaNNN")
    assert verdict.name.endswith("…") and len(verdict.name) == 100


@pytest.mark.parametrize(("field", "value"), [
    ("name", "Drs. H. Raja\x1b Kamaruddin"), ("name", "R" * 201),
    ("title", "Kepala \u202eDinas"), ("title", "K" * 201),
])
def test_a_signatory_printed_on_every_certificate_holds_no_control_or_overlong_text(
        database, field, value):
    from models.certificates import signatories
    from models.certificates.tables import Signatory
    from models.messages import ValidationError

    values = {"name": "Drs. H. Raja Kamaruddin", "title": "Kepala Dinas", field: value}
    with pytest.raises(ValidationError) as refused:
        signatories.save(values)
    assert set(refused.value.problems) == {field}
    assert Signatory.select().count() == 0


def test_one_signatory_chosen_twice_is_refused(course):
    from models.certificates.tables import Signatory

    head = certificates.ensure_default_signatory()
    with pytest.raises(SiBinaError) as refused:
        certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                           dt.date(2026, 3, 12), None, (head.id, head.id))
    assert refused.value.msg.english() == (
        "Drs. H. Raja Kamaruddin is chosen as both signatories; choose someone else as the "
        "second, or nobody.")
    assert Certificate.select().count() == 0
    chair = Signatory.create(name="Budi Hartono, S.Sos.", title="Ketua Panitia")
    [made] = certificates.issue(course["event"].id, [Choice(course["siti"].id, "peserta")],
                                dt.date(2026, 3, 12), None, (head.id, chair.id))
    assert (made.signatory_id, made.second_signatory_id) == (head.id, chair.id)


def test_a_signatory_who_receives_a_certificate_is_found(course):
    from models.certificates.signatories import signing_their_own
    from models.certificates.tables import Signatory

    head = certificates.ensure_default_signatory()
    siti = Signatory.create(name="Dra. Siti Aminah, M.Hum.", title="Kepala Seksi",
                            nip="196903091994032001")  # her NIP
    rina = Signatory.create(name="Rina Wati", title="Ketua Panitia")  # no NIP: by name
    people = [course["siti"].id, course["budi"].id]
    assert signing_their_own((head.id, siti.id), people) == ["Dra. Siti Aminah, M.Hum."]
    assert signing_their_own((rina.id, None), [course["rina"].id]) == ["Rina Wati"]
    assert signing_their_own((head.id, None), people) == []
