import pytest

from models.staff import staff_list as staff
from models.staff.tables import Person

SITI = {"nip": "19690309 199403 2 001", "front_title": "Dra.", "name": "Siti Aminah",
        "back_title": "S.IP., M.Hum.", "unit": "Layanan Anak", "position": "Pustakawan"}


def test_save_person_stores_clean_values(database):
    person = staff.save_person(SITI)
    stored = Person.get_by_id(person.id)
    assert stored.nip == "196903091994032001"
    assert stored.gender == "F"  # taken from the NIP
    assert stored.full_name == "Dra. Siti Aminah, S.IP., M.Hum."


def test_duplicate_nip_is_refused_naming_the_owner(database):
    staff.save_person(SITI)
    with pytest.raises(staff.ValidationError) as err:
        staff.save_person({"nip": "196903091994032001", "name": "Orang Lain"})
    assert "Dra. Siti Aminah, S.IP., M.Hum." in err.value.problems["nip"].english()
    assert Person.select().count() == 1


def test_editing_keeps_own_nip_and_updates(database):
    person = staff.save_person(SITI)
    staff.save_person({**SITI, "unit": "Pengolahan"}, person.id)
    assert Person.get_by_id(person.id).unit == "Pengolahan"


def test_bad_fields_are_all_reported_and_nothing_saved(database):
    with pytest.raises(staff.ValidationError) as err:
        staff.save_person({"nip": "123", "name": " ", "email": "siti@", "phone": "abc"})
    assert set(err.value.problems) == {"nip", "name", "email", "phone"}
    assert Person.select().count() == 0


def test_gender_must_match_nip(database):
    with pytest.raises(staff.ValidationError) as err:
        staff.save_person({**SITI, "gender": "M"})
    assert "gender" in err.value.problems


def test_people_without_nip_may_coexist(database):
    staff.save_person({"name": "Rahmat Hidayat", "is_external": True})
    staff.save_person({"name": "Dewi Lestari", "is_external": True})
    assert Person.select().where(Person.nip.is_null()).count() == 2


def test_deactivate_and_filter(database):
    siti = staff.save_person(SITI)
    staff.save_person({"name": "Rahmat Hidayat", "is_external": True,
                       "institution": "Perpustakaan Nasional RI"})
    staff.set_active([siti.id], False)
    rows = staff.load_rows()
    names = lambda found: [r.full_name for r in found]  # noqa: E731
    assert names(staff.filter_rows(rows)) == ["Rahmat Hidayat"]
    assert names(staff.filter_rows(rows, status=staff.INACTIVE_ONLY)) == [
        "Dra. Siti Aminah, S.IP., M.Hum."]
    assert names(staff.filter_rows(rows, "nasional", status=staff.ANY_STATUS)) == [
        "Rahmat Hidayat"]
    # the NIP matches typed grouped or not, and every word must match
    assert len(staff.filter_rows(rows, "199403 2", status=staff.ANY_STATUS)) == 1
    assert len(staff.filter_rows(rows, "siti anak", status=staff.ANY_STATUS)) == 1
    assert staff.filter_rows(rows, "siti pengolahan", status=staff.ANY_STATUS) == []
    assert names(staff.filter_rows(rows, status=staff.ANY_STATUS,
                                   kind=staff.INTERNAL_ONLY)) == [
        "Dra. Siti Aminah, S.IP., M.Hum."]


def test_search_sets_accents_and_curly_apostrophes_aside(database):
    staff.save_person({"name": "Zulkarnaén Ma’ruf", "is_external": True})
    staff.save_person({"name": "Rahmat Hidayat", "is_external": True})
    rows = staff.load_rows()
    for typed in ("zulkarnaen", "Zulkarnaén", "ma'ruf", "MA’RUF"):
        assert [r.full_name for r in staff.filter_rows(rows, typed)] == [
            "Zulkarnaén Ma’ruf"], typed


def test_the_people_to_pick_are_the_active_ones_and_those_already_chosen(database):
    from models.staff.staff_list import people_to_pick, person_to_pick

    siti = staff.save_person({"front_title": "Dra.", "name": "siti Aminah", "unit": "Layanan"})
    left = staff.save_person({"name": "Agus Salim"})
    guest = staff.save_person({"name": "Budi", "is_external": True, "institution": "Perpusnas"})
    staff.set_active([left.id], False)
    assert people_to_pick() == [(guest.id, "", "Budi", "", 1, "", "Perpusnas"),
                                (siti.id, "Dra.", "siti Aminah", "", 0, "Layanan", "")]
    assert [row[2] for row in people_to_pick(include=(left.id,))] == [
        "Agus Salim", "Budi", "siti Aminah"]
    assert person_to_pick(left.id)[:3] == (left.id, "", "Agus Salim")


@pytest.mark.parametrize(("field", "value"), [
    ("name", "S" * 151), ("name", "Siti\x1b[2JAminah"), ("name", "Siti\u202eAminah"),
    ("name", "Siti\nAminah"), ("front_title", "Dr." * 40), ("back_title", "S.IP.\x00"),
    ("unit", "U" * 201), ("position", "Pustakawan\x07"), ("institution", "I" * 201),
    ("rank", "Pen\x85ata"), ("region", "R" * 101), ("notes", "catatan\x1b"),
])
def test_overlong_or_control_text_is_refused_and_nothing_saved(database, field, value):
    with pytest.raises(staff.ValidationError) as err:
        staff.save_person({**SITI, field: value})
    assert set(err.value.problems) == {field}
    assert Person.select().count() == 0


def test_longest_accepted_name_and_multiline_notes_are_kept(database):
    person = staff.save_person({**SITI, "name": "S" * 150, "notes": "baris satu\nbaris dua"})
    assert Person.get_by_id(person.id).name == "S" * 150
