import datetime as dt

import pytest

from models.evaluation import scores
from models.evaluation import tables as evaluation
from models.events import participants
from models.events.tables import Registration
from models.messages import SiBinaError
from models.staff import staff_list as staff
from tests.builders import event_with_sessions, staff_member
from tests.sheets import write_xlsx

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def bimtek(database):
    """Four participants numbered 1–4; Siti has a NIP and titles."""
    people = [staff_member("Siti Aminah", "196903092000032001", front_title="Dra.",
                           back_title="S.IP."),
              *(staff_member(name) for name in ("Budi Santoso", "Dewi Lestari", "Rina Marlina"))]
    event, _no_sessions = event_with_sessions(days=(DAY,), hours=(), participants=people)
    return event, people


# --- gain and bands, against values worked out by hand ------------------------------

@pytest.mark.parametrize(("pre", "post", "expected", "expected_band"), [
    (40, 70, 0.5, "medium"),  # 30 / 60
    (50, 90, 0.8, "high"),  # 40 / 50
    (60, 66, 0.15, "low"),  # 6 / 40
    (57, 87.1, 0.7, "high"),  # 30.1 / 43: 0.6999… in floating point, still high
    (70, 79, 0.3, "medium"),  # 9 / 30: exactly on the medium border
    (80, 70, -0.5, "low"),  # did worse afterwards
    (0, 100, 1.0, "high"),
])
def test_gain_and_band(pre, post, expected, expected_band):
    assert scores.gain(pre, post) == pytest.approx(expected)
    assert scores.band(scores.gain(pre, post)) == expected_band


def test_gain_is_undefined_without_both_scores_or_with_a_perfect_pre_test():
    assert scores.gain(100, 100) is None  # nothing left to learn
    assert scores.gain(None, 80) is None
    assert scores.gain(40, None) is None
    assert scores.band(None) is None


def test_a_score_is_0_to_100_typed_with_a_comma_or_a_point(bimtek):
    event, (siti, *_rest) = bimtek
    assert scores.parse_score("72,5") == 72.5
    assert scores.parse_score(" 72.5 ") == 72.5
    assert scores.parse_score("") is None
    for bad in ("101", "-1", "abc", "nan", "inf"):
        with pytest.raises(SiBinaError) as caught:
            scores.set_score(event.id, siti.id, "pre", bad)
        assert caught.value.msg.english() == f"A score is a number from 0 to 100, not “{bad}”."
    assert not evaluation.TestScore.select().exists()  # nothing saved from a bad value


def test_set_replace_and_clear_a_score(bimtek):
    event, (siti, *_rest) = bimtek
    assert scores.set_score(event.id, siti.id, "pre", "40") is None
    assert scores.set_score(event.id, siti.id, "pre", 45) == 40
    assert scores.stored(event.id) == {(siti.id, "pre"): 45}
    assert scores.clear_score(event.id, siti.id, "pre") == 45
    assert scores.stored(event.id) == {}


def test_only_a_participant_has_a_score(bimtek):
    event, _people = bimtek
    guest = staff.save_person({"name": "Dr. Tamu", "is_external": True})
    participants.add_people(event.id, [guest.id], role="narasumber")
    with pytest.raises(SiBinaError, match="Only a participant"):
        scores.set_score(event.id, guest.id, "post", 80)


def test_rows_and_the_events_average_gain(bimtek):
    event, (siti, budi, dewi, rina) = bimtek
    for person, pre, post in ((siti, 40, 70), (budi, 50, 90), (dewi, 60, 66), (rina, 100, 100)):
        scores.set_score(event.id, person.id, "pre", pre)
        scores.set_score(event.id, person.id, "post", post)
    rows = scores.scores(event.id)
    assert [(r.participant_no, r.name, r.pre, r.post, r.band) for r in rows] == [
        (1, "Dra. Siti Aminah, S.IP.", 40, 70, "medium"),
        (2, "Budi Santoso", 50, 90, "high"),
        (3, "Dewi Lestari", 60, 66, "low"),
        (4, "Rina Marlina", 100, 100, None)]
    gain = scores.event_gain(event.id)
    assert (gain.n, gain.ceiling) == (3, 1)  # Rina's pre-test of 100 leaves no gain
    assert gain.mean_gain == pytest.approx((0.5 + 0.8 + 0.15) / 3)  # 0.4833…
    assert gain.band == "medium"
    assert gain.bands == {"high": 1, "medium": 1, "low": 1}


def test_average_of_an_event_without_scores():
    gain = scores.summarise([])
    assert (gain.n, gain.mean_gain, gain.band) == (0, None, "")


# --- import -------------------------------------------------------------------------

def write_csv(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_import_matches_by_nip_number_or_name_and_reads_decimal_commas(bimtek, tmp_path):
    event, (siti, budi, dewi, rina) = bimtek
    scores.set_score(event.id, dewi.id, "pre", 50)
    path = write_csv(tmp_path / "nilai.csv", (
        "NIP;No;Nama;Nilai Pre-test;Nilai Post-test\n"
        "19690309 200003 2 001;;;40;70,5\n"  # by NIP, written grouped
        ";2;Budi Santoso;50;90\n"  # by number, the name agrees
        ";;dewi  lestari;;66\n"  # by name; the empty pre keeps Dewi's 50
        ";3;Rina Marlina;60;70\n"  # number 3 is Dewi, not Rina: refused
        ";;Ahmad;10;20\n"  # not a participant
        ";;Budi Santoso;55;95\n"  # Budi twice
        ";4;;101;80\n"  # a score out of range
        ";4;;;\n"))  # no score
    preview = scores.read_import(event.id, path)
    got = [(r.row, r.status, r.column, r.reason.english() if r.reason else "")
           for r in preview.rows]
    assert got == [
        (2, "ok", "", ""), (3, "ok", "", ""), (4, "ok", "", ""),
        (5, "rejected", "No", "Participant number 3 is Dewi Lestari, not “Rina Marlina”."),
        (6, "rejected", "Nama", "No participant of this event is named “Ahmad”."),
        (7, "rejected", "Nama", "Same participant as row 3: each may appear only once."),
        (8, "rejected", "Nilai Pre-test", "A score is a number from 0 to 100, not “101”."),
        (9, "rejected", "Nilai Pre-test", "The row has no score.")]
    assert preview.count("ok") == 3 and preview.replaced == 0
    assert scores.stored(event.id) == {(dewi.id, "pre"): 50}  # the preview wrote nothing

    result = scores.apply_import(preview)
    assert (result.written, result.rows, result.rejected) == (5, 3, 5)
    assert scores.stored(event.id) == {
        (siti.id, "pre"): 40, (siti.id, "post"): 70.5, (budi.id, "pre"): 50,
        (budi.id, "post"): 90, (dewi.id, "pre"): 50, (dewi.id, "post"): 66}

    again = scores.read_import(event.id, path)
    assert [r.status for r in again.rows[:3]] == ["unchanged"] * 3


def test_import_counts_the_scores_it_would_replace(bimtek, tmp_path):
    event, (siti, *_rest) = bimtek
    scores.set_score(event.id, siti.id, "post", 60)
    path = write_xlsx(tmp_path / "nilai.xlsx", [["Nama", "Post"], ["Siti Aminah", 75.5]])
    preview = scores.read_import(event.id, path)
    assert preview.replaced == 1 and preview.rows[0].status == "ok"
    scores.apply_import(preview)
    assert scores.stored(event.id) == {(siti.id, "post"): 75.5}


def test_two_participants_with_one_name_need_a_nip_or_number(bimtek, tmp_path):
    event, _people = bimtek
    twin = staff.save_person({"name": "Budi Santoso", "unit": "TI"})
    participants.add_people(event.id, [twin.id])
    path = write_csv(tmp_path / "nilai.csv", "Nama,Pre\nBudi Santoso,40\n")
    row = scores.read_import(event.id, path).rows[0]
    assert row.status == "rejected" and "give the NIP or the participant number" in \
        row.reason.english()


def test_a_file_without_the_needed_columns_says_what_it_found(bimtek, tmp_path):
    event, _people = bimtek
    with pytest.raises(SiBinaError, match=r"no Pre-test or Post-test column.*Nama, Nilai"):
        scores.read_import(event.id, write_csv(tmp_path / "a.csv", "Nama,Nilai\nBudi,40\n"))
    with pytest.raises(SiBinaError, match="names the participant"):
        scores.read_import(event.id, write_csv(tmp_path / "b.csv", "Unit,Pre\nTI,40\n"))
    with pytest.raises(SiBinaError, match="is empty"):
        scores.read_import(event.id, write_csv(tmp_path / "c.csv", "\n\n"))


def test_a_cancelled_participant_is_not_in_the_table(bimtek):
    event, (siti, *_rest) = bimtek
    scores.set_score(event.id, siti.id, "pre", 40)
    Registration.update(cancelled=True).where(Registration.person == siti.id).execute()
    assert [r.name for r in scores.scores(event.id)] == [
        "Budi Santoso", "Dewi Lestari", "Rina Marlina"]
