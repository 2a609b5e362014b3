import pytest

from models.staff import nip


@pytest.mark.parametrize("text", [
    "196903091994032001",
    "19690309 199403 2 001",
    "19850115.201001.1.003",
    "200002292022012005",  # 29 February of a leap year
])
def test_valid_nips_pass(text):
    assert nip.problem(text) is None


@pytest.mark.parametrize("text, fragment", [
    ("19690309199403200", "18 digits, not 17"),
    ("1969030919940320011", "18 digits, not 19"),
    ("19691309199403 2 001", "real birth date"),  # month 13
    ("19690230199403 2 001", "real birth date"),  # 30 February
    ("19010229199403 2 001", "real birth date"),  # 1901 is not a leap year
    ("19690309199413 2 001", "appointment year and month"),
    ("19690309196801 2 001", "at least 18 years after the birth date"),
    ("19690309198702 2 001", "at least 18 years after the birth date"),  # aged 17 years 11 m.
    ("19900101 299002 1 001", "lies in the future"),
    ("19690309199403 2 000", "sequence number from 001"),
    ("19690309199403 3 001", "1 (male) or 2 (female)"),
    ("19690309199403 0 001", "1 (male) or 2 (female)"),
    ("1969O309199403 2 001", "only digits"),  # letter O
    ("١٩٦٩٠٣٠٩١٩٩٤٠٣٢٠٠١", "only digits"),  # Arabic-Indic digits are not NIP digits
])
def test_invalid_nips_say_why(text, fragment):
    msg = nip.problem(text)
    assert msg is not None
    assert fragment in msg.english()


def test_appointment_at_18_and_this_month_is_fine():
    import datetime

    assert nip.problem("19690309 198703 2 001") is None  # exactly 18
    assert nip.problem("20000101 202611 1 001", today=datetime.date(2026, 11, 25)) is None
    assert nip.problem("20000101 202612 1 001", today=datetime.date(2026, 11, 25)) is not None


def test_grouping_and_gender():
    assert nip.grouped("196903091994032001") == "19690309 199403 2 001"
    assert nip.grouped("19690309 199403 2 001") == "19690309 199403 2 001"
    assert nip.gender_of("196903091994032001") == "F"
    assert nip.gender_of("198501152010011003") == "M"
