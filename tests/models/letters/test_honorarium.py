"""The honorarium rule: PPh 21 by the golongan in the rank, at the rates the office set."""

from models import settings
from models.letters.honorarium import golongan, golongan_ruang, pph21, pph21_rate


def test_the_golongan_is_read_from_the_rank():
    assert golongan("Penata Muda, III/a") == "III"
    assert golongan_ruang("Pembina Utama Muda, IV / c") == "IV/c"
    assert golongan("Pengatur, II/d") == "II"
    assert golongan("PPPK golongan IX") == ""  # no ruang letter: not a PNS golongan
    assert golongan("") == ""


def test_the_rates_are_the_office_s_settings(database):
    assert [pph21_rate(rank) for rank in ("Pembina, IV/a", "Penata, III/c", "Juru, I/a",
                                          "Pengatur, II/b", "")] == [15, 5, 0, 0, 5]
    assert pph21(1_000_000, 5) == 50_000 and pph21(333_333, 5) == 16_666
    settings.save({"pph21_golongan_iv": 12, "pph21_other": 6})
    assert pph21_rate("Pembina, IV/a") == 12 and pph21_rate("") == 6


def test_each_letter_kind_has_its_code_setting(database):
    from models.letters.kinds import KINDS, code

    assert len(KINDS) == 10
    assert code("assignment") == "800" and code("invitation") == "005"
    settings.save({"letter_code_assignment": "800.1.11.1"})
    assert code("assignment") == "800.1.11.1"
    settings.save({"letter_code_assignment": " "})
    assert code("assignment") == "800"
