import datetime as dt

import pytest
from PIL import Image

from models.events import photos as event_photos
from models.events import planning as events
from models.events.report_chapters import empty_chapters
from models.events.tables import Event, EventPhoto
from models.files.stored import StoredFile
from models.messages import SiBinaError

DAY = dt.date(2026, 3, 10)


def an_event(**fields):
    return events.save_event({"title": "Bimtek Pengelolaan Perpustakaan Sekolah",
                              "kind": "bimtek", "start_date": DAY, "end_date": DAY, **fields})


def values(**changes):
    return {"title": "Bimtek Pengelolaan Perpustakaan Sekolah", "kind": "bimtek",
            "start_date": DAY, "end_date": DAY, **changes}


def a_photo(path, colour="red"):
    Image.new("RGB", (64, 48), colour).save(path, "JPEG")
    return path


def test_a_text_file_named_jpg_is_refused_by_name_and_nothing_is_stored(database, tmp_path):
    event = an_event()
    fake = tmp_path / "foto pembukaan.jpg"
    fake.write_text("bukan gambar", encoding="utf-8")

    with pytest.raises(SiBinaError, match="foto pembukaan.jpg"):
        events.save_event(values(legal_basis="DPA 2026"), event.id,
                          photos=[(fake, "Pembukaan")])

    assert EventPhoto.select().count() == 0 and StoredFile.select().count() == 0
    assert Event.get_by_id(event.id).legal_basis == ""  # the event's save went with it


def test_photos_are_kept_in_order_with_their_captions_and_removed(database, tmp_path):
    event = an_event()
    events.save_event(values(), event.id, photos=[
        (a_photo(tmp_path / "pembukaan.jpg"), "Pembukaan oleh Kepala Dinas"),
        (a_photo(tmp_path / "praktik.jpg", "blue"), "Praktik klasifikasi DDC")])
    kept = event_photos.photos(event.id)
    assert [(name, caption) for _id, name, caption in kept] == [
        ("pembukaan.jpg", "Pembukaan oleh Kepala Dinas"),
        ("praktik.jpg", "Praktik klasifikasi DDC")]

    events.save_event(values(), event.id, photos=[(kept[1][0], "Praktik")])

    assert [caption for _id, _name, caption in event_photos.photos(event.id)] == ["Praktik"]
    assert StoredFile.select().count() == 1  # the removed photo's bytes went with it


def test_an_event_with_photos_is_cancelled_rather_than_deleted(database, tmp_path):
    event = an_event()
    events.save_event(values(), event.id,
                      photos=[(a_photo(tmp_path / "foto.png"), "")])
    with pytest.raises(SiBinaError, match="photos"):
        events.delete_event(event.id)


def test_the_report_texts_are_kept_and_the_empty_chapters_named(database):
    event = an_event(description="Latar", objectives="Tujuan",
                     legal_basis="DPA Dinas Perpustakaan 2026", audience="Pustakawan sekolah",
                     funding="APBD Kota Tanjungpinang 2026")
    assert empty_chapters(Event.get_by_id(event.id)) == [
        "committee", "obstacles", "conclusions", "recommendations"]
    assert empty_chapters(Event.get_by_id(event.id), {"conclusions": "Berhasil"}) == [
        "committee", "obstacles", "recommendations"]


def test_a_report_text_with_a_control_character_is_refused_by_field(database):
    from models.messages import ValidationError

    with pytest.raises(ValidationError) as err:
        an_event(funding="APBD\x1b2026")
    assert "funding" in err.value.problems


def test_a_duplicate_keeps_the_basis_but_not_the_obstacles(database):
    event = an_event(legal_basis="DPA 2026", obstacles="Listrik padam")
    copy = events.duplicate_event(event.id, dt.date(2027, 3, 9))
    assert (copy.legal_basis, copy.obstacles) == ("DPA 2026", "")
