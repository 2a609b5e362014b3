"""The Evaluations tab: one event's panels follow the chosen event."""

import datetime as dt

from models.evaluation.questionnaires import ensure_default_templates, questions_of
from models.evaluation.tables import Answer, Response
from models.events import participants
from models.events import planning as events
from models.staff import staff_list as staff
from ui.evaluations.page import EvaluationsPage

DAY = dt.date(2026, 3, 10)


def test_choosing_an_event_and_a_panel_shows_that_events_results(qtbot, database):
    siti, budi = (staff.save_person({"name": n}) for n in ("Siti Aminah", "Budi Santoso"))
    older = events.save_event({"title": "Seminar Lama", "kind": "seminar", "status": "finished",
                               "start_date": DAY - dt.timedelta(days=60),
                               "end_date": DAY - dt.timedelta(days=60)})
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "status": "finished",
                               "start_date": DAY, "end_date": DAY})
    events.save_event({"title": "Batal", "kind": "seminar", "status": "cancelled",
                       "start_date": DAY, "end_date": DAY})
    participants.add_people(event.id, [siti.id, budi.id])
    form, _speaker = ensure_default_templates()
    first = questions_of(form.id)[0]
    for person, rating in ((siti, 5), (budi, 4)):
        response = Response.create(event=event, questionnaire=form, person=person)
        Answer.create(response=response, question=first, number=rating)

    page = EvaluationsPage()
    qtbot.addWidget(page)
    page.show()
    titles = [page.event_picker.itemText(i) for i in range(page.event_picker.count())]
    assert [t.split(" — ")[0] for t in titles] == ["Bimtek DDC", "Seminar Lama"]  # no cancelled
    page.set_event(older.id)
    page.panels.setCurrentWidget(page.results)
    qtbot.waitUntil(lambda: "no responses yet" in page.results.summary.text())
    page.set_event(event.id)
    qtbot.waitUntil(lambda: "response rate" in page.results.summary.text())
    summary = page.results.summary.text()
    assert summary.startswith("2 participants · 2 respondents to the organisation form")
    assert "(mean 4.50, Very good)" in summary  # (5 + 4) / 2
    page.panels.setCurrentWidget(page.forms)
    assert page.forms.attached_ids() == []  # nothing attached to this event by hand
