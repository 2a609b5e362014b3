"""The one door for pictures and PDFs: each is decoded whole before it is kept."""

import pytest

from models import settings
from models.attendance import attachments
from models.certificates import layout_pages
from models.files.stored import StoredFile, read, store
from models.messages import SiBinaError
from tests import crafted


def refusal(path, **kwargs) -> str:
    with pytest.raises(SiBinaError) as err:
        store(path, **kwargs)
    assert StoredFile.select().count() == 0
    return err.value.msg.english()


def test_a_sound_picture_and_pdf_are_kept_whole(database, tmp_path):
    logo = crafted.picture(tmp_path / "logo.png")
    scan = crafted.pdf(tmp_path / "daftar hadir.pdf", pages=3)
    assert read(store(logo).id) == logo.read_bytes()
    assert read(store(scan).id) == scan.read_bytes()


def test_a_text_file_named_png_is_refused_by_name(database, tmp_path):
    fake = tmp_path / "logo kantor.png"
    fake.write_text("bukan gambar", encoding="utf-8")
    assert refusal(fake) == ("logo kantor.png cannot be used: it is not a PNG or JPEG "
                             "picture SiBina can read.")


def test_a_jpeg_named_png_is_still_a_picture(database, tmp_path):
    misnamed = crafted.picture(tmp_path / "ttd.png", kind="JPEG")
    assert store(misnamed).name == "ttd.png"


def test_a_truncated_jpeg_is_refused(database, tmp_path):
    cut = crafted.truncated_jpeg(tmp_path / "tanda tangan.jpg")
    text = refusal(cut)
    assert text.startswith("tanda tangan.jpg cannot be used: the picture is damaged or cut")


def test_a_picture_of_400_megapixels_is_refused_before_decoding(database, tmp_path):
    bomb = crafted.huge_png(tmp_path / "latar.png")
    assert refusal(bomb) == ("latar.png cannot be used: the picture has more than 40 "
                             "million pixels. Scan or save it smaller.")


def test_a_picture_just_over_the_cap_is_refused(database, tmp_path):
    assert "more than 40 million pixels" in refusal(
        crafted.huge_png(tmp_path / "logo.png", width=8000, height=6000))


def test_a_pdf_with_a_200_inch_page_is_refused(database, tmp_path):
    poster = crafted.pdf(tmp_path / "pindaian.pdf", size=(200 * 72, 200 * 72))
    assert refusal(poster) == ("pindaian.pdf cannot be used: page 1 is 508 × 508 cm; "
                               "pages larger than A3 are not accepted.")


def test_an_a3_scan_is_accepted(database, tmp_path):
    assert store(crafted.pdf(tmp_path / "a3.pdf", size=(842, 1191))).id


def test_a_scan_of_51_pages_is_refused(database, tmp_path):
    thick = crafted.pdf(tmp_path / "tebal.pdf", pages=51)
    assert refusal(thick) == ("tebal.pdf cannot be used: it has 51 pages; 1 to 50 are "
                              "accepted here.")


def test_a_damaged_pdf_is_refused(database, tmp_path):
    broken = tmp_path / "rusak.pdf"
    broken.write_bytes(b"%PDF-1.4 bukan pdf")
    assert refusal(broken) == "rusak.pdf cannot be used: it is not a PDF SiBina can read."


def test_a_background_must_be_one_page(database, tmp_path):
    two = crafted.pdf(tmp_path / "latar dua halaman.pdf", pages=2)
    with pytest.raises(SiBinaError) as err:
        layout_pages.store_background(two)
    assert "latar dua halaman.pdf cannot be used: it has 2 pages; 1 to 1" in str(err.value)
    assert StoredFile.select().count() == 0


def test_a_refused_logo_leaves_the_settings_as_they_were(database, tmp_path):
    settings.save_with_images({"logo": crafted.picture(tmp_path / "logo.png")})
    before = settings.get_all()["logo"]
    with pytest.raises(SiBinaError):
        settings.save_with_images({"logo": crafted.truncated_jpeg(tmp_path / "baru.jpg")})
    assert settings.get_all()["logo"] == before
    assert StoredFile.select().count() == 1


def test_a_refused_scan_attaches_nothing(database, tmp_path):
    from tests.builders import event_with_sessions

    _event, [session, _second] = event_with_sessions()
    with pytest.raises(SiBinaError):
        attachments.attach(session.id, crafted.huge_png(tmp_path / "scan.png"))
    assert attachments.attachments(session.id) == []
