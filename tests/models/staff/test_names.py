import pytest

from models.staff.names import (
    looks_like_back_title,
    normal_case,
    split_titles,
    titles_out_of_name,
)


@pytest.mark.parametrize("text, expected", [
    ("Dra. Siti Aminah, S.IP., M.Hum.", ("Dra.", "Siti Aminah", "S.IP., M.Hum.")),
    ("Dr. H. Ahmad Fauzi, M.Si.", ("Dr. H.", "Ahmad Fauzi", "M.Si.")),
    ("Budi Santoso", ("", "Budi Santoso", "")),
    # SIMPEG in capitals, several front titles, a bare back title
    ("DRS. H. M. YUSUF, MM", ("DRS. H.", "M. YUSUF", "MM")),
    ("Prof.Dr.Ir. Budi Hartono, M.Sc., Ph.D.", ("Prof. Dr. Ir.", "Budi Hartono",
                                                "M.Sc., Ph.D.")),
    ("Hj. Nur Aini,S.Sos", ("Hj.", "Nur Aini", "S.Sos")),
    ("dr. Andi Wijaya", ("dr.", "Andi Wijaya", "")),
    ("apt. Sari Dewi, S.Farm.", ("apt.", "Sari Dewi", "S.Farm.")),
    ("Ns. Rina, S.Kep., A.Md.Kep.", ("Ns.", "Rina", "S.Kep., A.Md.Kep.")),
    ("  Rahmat   Hidayat ,  S.Kom.  ", ("", "Rahmat Hidayat", "S.Kom.")),
    ("Siti Aminah,", ("", "Siti Aminah", "")),
])
def test_titles_are_taken_apart(text, expected):
    assert split_titles(text) == expected


@pytest.mark.parametrize("text", [
    "Hendra Gunawan",  # starts like "H." but is a name
    "Ira Puspita",  # starts like "Ir."
    "Drajat Santoso",  # starts like "Dra"
    "M. Yusuf",  # an initial is not a title
    "Santoso, Budi Hartono",  # words after the comma are a name, not titles
    "H.",  # a title alone stays the name rather than leaving no name
    "",
])
def test_names_without_titles_are_left_alone(text):
    front, name, back = split_titles(text)
    assert (front, back) == ("", "")
    assert name == text


def test_back_title_shapes():
    for title in ("S.IP.", "M.Hum", "A.Md.Kom.", "Ph.D.", "SE", "MM", "Lc", "S.Pd.I"):
        assert looks_like_back_title(title), title
    for word in ("Budi", "Hartono", "Budi Hartono", ""):
        assert not looks_like_back_title(word), word


def test_titles_typed_into_the_name_join_those_in_their_fields_in_reading_order():
    assert titles_out_of_name("", "Dra. Siti Aminah, S.IP.", "") == (
        "Dra.", "Siti Aminah", "S.IP.")
    assert titles_out_of_name("Dr.", "H. Ahmad Fauzi, M.Si.", "M.Pd.") == (
        "Dr. H.", "Ahmad Fauzi", "M.Si., M.Pd.")
    assert titles_out_of_name(" Dra. ", "Siti Aminah", "") == ("Dra.", "Siti Aminah", "")
    assert titles_out_of_name("", "Hendra", "") == ("", "Hendra", "")


@pytest.mark.parametrize("text, expected", [
    ("SITI RAHMAWATI", "Siti Rahmawati"),
    ("DRA. SITI RAHMAWATI, M.Hum.", "Dra. Siti Rahmawati, M.Hum."),
    ("Dra. SITI RAHMAWATI, S.IP., M.Hum.", "Dra. Siti Rahmawati, S.IP., M.Hum."),
    ("H. AHMAD BIN ABDULLAH", "H. Ahmad bin Abdullah"),
    ("NUR AINI BINTI YUSUF", "Nur Aini binti Yusuf"),
    ("MUHAMMAD AL-FARUQI", "Muhammad al-Faruqi"),
    ("MAYA VAN DER BERG", "Maya van der Berg"),
    ("RINA DE LIMA", "Rina de Lima"),
    ("SRI-WAHYUNI PUTRI", "Sri-Wahyuni Putri"),
    ("MA'RUF AMIN", "Ma'ruf Amin"),
    ("M. YUSUF", "M. Yusuf"),
    # a name already in normal case is the office's own writing, kept as it is
    ("Siti van Rahmawati", "Siti van Rahmawati"),
    ("Budi McDonald", "Budi McDonald"),
])
def test_names_in_capitals_get_normal_case(text, expected):
    assert normal_case(text) == expected
