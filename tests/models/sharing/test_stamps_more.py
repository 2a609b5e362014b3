"""The same check for the other records kept in forms: an outside certificate, a
questionnaire template, the office settings."""

import datetime as dt

import pytest

from models import settings
from models.attendance import marking
from models.certificates import outside
from models.certificates.tables import OutsideCertificate
from models.evaluation import templates
from models.evaluation.tables import Questionnaire
from models.sharing.stamps import ChangedMeanwhile, DeletedMeanwhile
from tests.builders import DAY, event_with_sessions, on_another_pc, staff_member

QUESTION = {"section": "Materi", "text": "Materi mudah dipahami", "qtype": "rating",
            "choices": "", "required": True}


@pytest.fixture
def webinar(database):
    ani = staff_member("Ani Lestari", "198501012010012001")
    event, sessions = event_with_sessions(
        "Webinar Literasi Digital", "webinar", organiser_external=True,
        organiser_name="Perpustakaan Nasional RI", mode="daring", participants=[ani])
    marking.set_marks(sessions[0].id, [ani.id], "hadir")
    return event, ani


def record(webinar, number, loaded):
    event, ani = webinar
    return outside.record(event.id, ani.id, number, "Perpusnas", DAY, 4, loaded=loaded)


def test_an_outside_certificate_recorded_meanwhile_is_not_overwritten(webinar):
    on_another_pc(lambda: record(webinar, "SERT-1/2026", None))  # both forms showed none
    with pytest.raises(ChangedMeanwhile) as refused:
        record(webinar, "SERT-9/2026", None)
    assert refused.value.by == "Rina"
    assert OutsideCertificate.get().number == "SERT-1/2026"


def test_an_outside_certificate_corrected_meanwhile_is_not_overwritten(webinar):
    loaded = record(webinar, "SERT-1/2026", None).changed_at
    on_another_pc(lambda: record(webinar, "SERT-2/2026", loaded))
    with pytest.raises(ChangedMeanwhile):
        record(webinar, "SERT-3/2026", loaded)
    assert OutsideCertificate.get().number == "SERT-2/2026"
    on_another_pc(lambda: outside.remove(webinar[0].id, webinar[1].id))
    with pytest.raises(DeletedMeanwhile):
        record(webinar, "SERT-3/2026", loaded)


def test_a_template_edited_meanwhile_is_not_overwritten(database):
    saved = templates.save_template(None, "Evaluasi Daring", "organisation", [QUESTION])
    loaded = Questionnaire.get_by_id(saved.questionnaire.id).changed_at
    qid = saved.questionnaire.id
    on_another_pc(lambda: templates.save_template(qid, "Evaluasi Webinar", "organisation",
                                                  [QUESTION], loaded))
    with pytest.raises(ChangedMeanwhile) as refused:
        templates.save_template(qid, "Evaluasi Luring", "organisation", [QUESTION], loaded)
    assert refused.value.by == "Rina"
    assert Questionnaire.get_by_id(qid).name == "Evaluasi Webinar"


def test_settings_saved_meanwhile_are_not_overwritten(database):
    loaded = (settings.stamp() or (None,))[0]
    on_another_pc(lambda: settings.save({"head_name": "Dra. Hj. Rina"}, loaded))
    with pytest.raises(ChangedMeanwhile) as refused:
        settings.save({"jp_target": 24}, loaded)
    assert refused.value.by == "Rina"
    assert (settings.get("head_name"), settings.get("jp_target")) == ("Dra. Hj. Rina", 20)
    settings.save({"jp_target": 24}, refused.value.at)  # overwrite knowingly
    assert settings.get("jp_target") == 24
    assert settings.stamp()[0] > refused.value.at


def test_the_last_backup_s_date_is_no_change_of_the_settings(database):
    loaded = (settings.stamp() or (None,))[0]
    settings.put("last_removable_backup", dt.date(2026, 3, 10).isoformat())
    settings.save({"jp_target": 24}, loaded)
    assert settings.get("jp_target") == 24
