"""Filling a translated text's %1, %2 … as Qt's arg does: once, never re-scanning a value."""

from ui.i18n import fill


def test_each_placeholder_takes_its_value_once():
    assert fill("%1 dari %2", "3", "10") == "3 dari 10"
    assert fill("%2, lalu %1", "a", "b") == "b, lalu a"
    assert fill("Narasumber: %1 (%2)", "Budi %2", "Rina Wati") == "Narasumber: Budi %2 (Rina Wati)"


def test_a_placeholder_without_a_value_stays():
    assert fill("%1 dan %3", "a") == "a dan %3"
    assert fill("100%", "x") == "100%"


def test_a_message_writes_its_numbers_dates_and_times_as_the_language_does(qapp):
    import datetime as dt

    from models.messages import message
    from ui.i18n import install, text

    said = message("Tests", "{share} on {day} at {time}; {count} people", share=80.5,
                   day=dt.date(2026, 11, 25), time=dt.time(8, 30), count=1250)
    assert text(said) == "80.5 on 25 November 2026 at 08:30; 1250 people"
    install(qapp, "id")
    try:
        assert text(said) == "80,5 on 25 November 2026 at 08.30; 1250 people"
    finally:
        install(qapp, "en")
