import sys

from ui import crash


def test_an_unexpected_error_is_logged_and_told_in_one_sentence(qapp, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    try:
        {}["missing"]
    except KeyError:
        sentence = crash.report(*sys.exc_info())
    for handler in crash.log.handlers[:]:
        handler.close()
        crash.log.removeHandler(handler)
    assert sentence.startswith("Unexpected error: KeyError: 'missing'. Your saved work is safe")
    assert str(crash.log_file()) in sentence
    written = crash.log_file().read_text(encoding="utf-8")
    assert crash.log_file().is_relative_to(tmp_path)
    assert "Traceback" in written and "KeyError: 'missing'" in written
