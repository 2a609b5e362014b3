import pytest

from models.text_rules import NAME_MAX, strip_controls, text_problem

CONTROLS = ["\x00", "\x1b", "\x07", "\x7f", "\x85", "\x9b", "\u202a", "\u202e", "\u2066",
            "\u2069", "\ud800"]


@pytest.mark.parametrize("ch", CONTROLS)
def test_control_and_bidi_characters_are_refused_naming_the_character(ch):
    problem = text_problem(f"Siti{ch}Aminah", NAME_MAX)
    assert problem is not None
    assert f"U+{ord(ch):04X}" in problem.english()
    assert "“Siti”" in problem.english()


def test_line_breaks_only_where_the_field_has_lines():
    assert text_problem("Siti\nAminah", NAME_MAX) is not None
    assert text_problem("Siti\tAminah", NAME_MAX) is not None
    assert text_problem("first line\r\nsecond\tline", 4000, multiline=True) is None
    assert text_problem("first\x1bline", 4000, multiline=True) is not None


def test_length_is_bounded_and_the_bound_is_said():
    assert text_problem("a" * NAME_MAX, NAME_MAX) is None
    problem = text_problem("a" * (NAME_MAX + 1), NAME_MAX)
    assert "151" in problem.english() and "150" in problem.english()


def test_ordinary_names_pass():
    for name in ["Siti Aminah", "Zulkarnaén", "Nguyễn Thị Minh", "O'Neil-Rahman", "Ṣāliḥ", ""]:
        assert text_problem(name, NAME_MAX) is None


def test_strip_controls_keeps_lines_and_words():
    assert strip_controls("Bagus\x1b[31m sekali\u202e\nterima kasih") == (
        "Bagus[31m sekali\nterima kasih")
