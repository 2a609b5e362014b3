"""Who qualifies at many events at once gives the eligibility list's answer."""

import datetime as dt

from models import settings
from models.certificates.eligibility import Rule, verdicts
from models.certificates.qualifying import qualifying
from models.evaluation import questionnaires, responses
from tests.builders import DAY, certificate_course

AFTER = DAY + dt.timedelta(days=10)


def listed(event_id, rule, today):
    return sorted((v.person_id, v.role) for v in verdicts(event_id, rule, today) if v.qualifies)


def test_the_same_people_as_the_eligibility_list(database):
    course = certificate_course()  # Siti came to all four sessions, Budi to one, Rina spoke
    event = course["event"].id
    rule = Rule.from_settings()
    for today in (DAY - dt.timedelta(days=1), DAY, AFTER):
        assert sorted(qualifying([event], rule, today)[event]) == listed(event, rule, today)
    assert sorted(qualifying([event], rule, AFTER)[event]) == [
        (course["siti"].id, "peserta"), (course["rina"].id, "narasumber")]
    # A quarter of the sessions qualifies Budi at a 25% minimum.
    low = Rule(25)
    assert (course["budi"].id, "peserta") in qualifying([event], low, AFTER)[event]
    assert sorted(qualifying([event], low, AFTER)[event]) == listed(event, low, AFTER)


def test_an_evaluation_required_and_not_submitted(database):
    course = certificate_course()
    event = course["event"].id
    settings.save({"evaluation_required": True})
    rule = Rule.from_settings()
    organisation, _ = questionnaires.ensure_default_templates()
    responses.attach(event, organisation.id)
    assert qualifying([event], rule, AFTER)[event] == [(course["rina"].id, "narasumber")]
    assert listed(event, rule, AFTER) == [(course["rina"].id, "narasumber")]
