"""The network directory: organisations, their contacts, agreements and events held."""

import datetime as dt

import pytest

from models.events import planning
from models.files.stored import StoredFile
from models.messages import SiBinaError, ValidationError
from models.network import cooperations, directory
from models.network.tables import Cooperation, CooperationDocument, Organisation
from models.staff import staff_list
from models.staff.tables import Person
from tests.builders import DAY, event_with_sessions, external, staff_member


def perpusnas(**fields):
    return directory.save_organisation({"name": "Perpusnas RI", "kind": "perpusnas",
                                        "region": "Jakarta", **fields})


def test_an_organisation_is_kept_and_found_by_name_region_or_kind(database):
    perpusnas(email="info@perpusnas.go.id")
    directory.save_organisation({"name": "IPI Kepri", "kind": "association",
                                 "region": "Tanjungpinang"})
    directory.save_organisation({"name": "Universitas Maritim Raja Ali Haji",
                                 "kind": "university", "region": "Tanjungpinang"})

    assert [r.name for r in directory.search()] == [
        "IPI Kepri", "Perpusnas RI", "Universitas Maritim Raja Ali Haji"]
    assert [r.name for r in directory.search("TANJUNG")] == [
        "IPI Kepri", "Universitas Maritim Raja Ali Haji"]
    assert [r.name for r in directory.search("maritim tanjung")] == [
        "Universitas Maritim Raja Ali Haji"]
    assert [r.name for r in directory.search(kind="perpusnas")] == ["Perpusnas RI"]
    assert Organisation.get(Organisation.name == "Perpusnas RI").email == "info@perpusnas.go.id"


def test_a_name_is_one_organisation_whatever_its_case(database):
    perpusnas()
    with pytest.raises(ValidationError) as refused:
        directory.save_organisation({"name": "  perpusnas   ri ", "kind": "perpusnas"})
    assert refused.value.problems["name"].english() == "“Perpusnas RI” is already in the network."
    assert Organisation.select().count() == 1


def test_bad_fields_are_named_and_nothing_is_saved(database):
    with pytest.raises(ValidationError) as refused:
        directory.save_organisation({"name": "", "kind": "planet", "email": "no-at-sign",
                                     "phone": "12"})
    assert set(refused.value.problems) == {"name", "kind", "email", "phone"}
    assert Organisation.select().count() == 0


def test_contacts_follow_the_organisations_name_and_staff_are_refused(database):
    org = perpusnas()
    hendra = external("Hendra Gunawan", institution="Perpustakaan Nasional")
    siti = staff_member("Siti Aminah")

    directory.link_contact(org.id, hendra.id)
    assert Person.get_by_id(hendra.id).institution == "Perpusnas RI"
    with pytest.raises(SiBinaError, match="on the office's staff"):
        directory.link_contact(org.id, siti.id)

    directory.save_organisation({"name": "Perpustakaan Nasional RI", "kind": "perpusnas"},
                                org.id)
    assert [p.name for p in directory.contacts(org.id)] == ["Hendra Gunawan"]
    assert Person.get_by_id(hendra.id).institution == "Perpustakaan Nasional RI"

    directory.unlink_contact(hendra.id)
    kept = Person.get_by_id(hendra.id)
    assert kept.organisation_id is None and kept.institution == "Perpustakaan Nasional RI"


def test_the_person_form_picks_an_organisation_for_an_outside_person(database):
    org = perpusnas()
    rina = staff_list.save_person({"name": "Rina Wati", "is_external": True,
                                   "institution": "typed by hand", "organisation": org.id})
    assert (rina.organisation_id, rina.institution) == (org.id, "Perpusnas RI")
    # Made staff, they are no organisation's contact any more.
    staff_list.save_person({**staff_list.person_values(rina), "is_external": False}, rina.id)
    assert Person.get_by_id(rina.id).organisation_id is None


def test_the_history_holds_events_organised_and_those_a_contact_spoke_at(database):
    org = perpusnas()
    hendra = external("Hendra Gunawan")
    directory.link_contact(org.id, hendra.id)
    webinar = planning.save_event({
        "title": "Webinar Literasi", "kind": "webinar", "organiser_external": True,
        "organiser_name": "whatever", "organisation": org.id, "start_date": DAY,
        "end_date": DAY})
    bimtek, _ = event_with_sessions("Bimtek DDC", days=(DAY + dt.timedelta(30),),
                                    speaker=hendra)
    event_with_sessions("Rapat internal", days=(DAY + dt.timedelta(40),))

    assert webinar.organiser_name == "Perpusnas RI"
    assert [(e.title, e.how, e.who) for e in directory.history(org.id)] == [
        ("Bimtek DDC", directory.SPEAKER, "Hendra Gunawan"),
        ("Webinar Literasi", directory.ORGANISER, "")]


def test_an_agreement_keeps_its_document_and_goes_with_its_organisation(database, tmp_path):

    org = perpusnas()
    hendra = external("Hendra Gunawan")
    directory.link_contact(org.id, hendra.id)
    scan = tmp_path / "mou.pdf"
    _write_pdf(scan)
    mou = cooperations.save_cooperation(org.id, {
        "kind": "mou", "number": "12/MoU/2025", "title": "Pengembangan perpustakaan digital",
        "signed_on": dt.date(2025, 3, 1), "valid_until": dt.date(2028, 2, 28)},
        add_files=[scan])

    assert [d.name for d in cooperations.documents(mou.id)] == ["mou.pdf"]
    assert cooperations.in_force(mou, dt.date(2026, 1, 1))
    assert not cooperations.in_force(mou, dt.date(2028, 3, 1))
    assert "1 cooperation record" in directory.before_deleting(org.id).english()

    directory.delete_organisation(org.id)

    assert Organisation.select().count() == Cooperation.select().count() == 0
    assert CooperationDocument.select().count() == StoredFile.select().count() == 0
    assert Person.get_by_id(hendra.id).organisation_id is None  # kept, unlinked


def test_an_agreement_ending_before_it_was_signed_is_refused(database):
    org = perpusnas()
    with pytest.raises(ValidationError) as refused:
        cooperations.save_cooperation(org.id, {
            "kind": "pks", "title": "PKS", "signed_on": dt.date(2025, 3, 1),
            "valid_until": dt.date(2024, 3, 1)})
    assert "valid_until" in refused.value.problems
    assert Cooperation.select().count() == 0


def _write_pdf(path):
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    page.drawString(100, 700, "Nota Kesepahaman")
    page.save()
