"""The audit log read back: filtered by person, event, user and dates, a page at a time,
each change with the label the forms use and its values typed."""

import datetime as dt

from models.attendance import checkin
from models.audit import log
from models.events import planning as events
from models.sharing import actor
from models.staff import staff_list
from tests.builders import DAY, event_with_sessions, staff_member


def words(entry):
    return log.summary(entry, str, lambda label: getattr(label, "english", lambda: label)())


def test_entries_of_a_person_include_rows_that_refer_to_them(database):
    siti, budi = staff_member("Siti Aminah"), staff_member("Budi")
    event, sessions = event_with_sessions(participants=(siti, budi))
    checkin.check_in(sessions[0].id, "1", dt.datetime.combine(DAY, dt.time(8)), 15)
    found = log.page(log.Filter(person_id=siti.id))
    assert {(e.table, e.action) for e in found} == {
        ("person", "insert"), ("registration", "insert"), ("attendance", "insert")}
    assert all(e.record != str(budi.id) or e.table != "person" for e in found)
    mark = next(e for e in found if e.table == "attendance")
    assert mark.name == "Siti Aminah — Bimtek DDC"  # a mark has no words of its own
    assert "Person: Siti Aminah" in words(mark)  # the name, not a number
    assert log.count(log.Filter(person_id=siti.id)) == 3


def test_entries_of_an_event_include_its_sessions_participants_and_marks(database):
    siti = staff_member("Siti Aminah")
    event, sessions = event_with_sessions(participants=(siti,))
    other, _ = event_with_sessions("Seminar Literasi")
    checkin.check_in(sessions[0].id, "1", dt.datetime.combine(DAY, dt.time(8)), 15)
    tables = sorted(e.table for e in log.page(log.Filter(event_id=event.id)))
    assert tables == sorted(["event", "event_session", "event_session", "registration",
                             "attendance"])
    assert all(e.name != "Seminar Literasi" for e in log.page(log.Filter(event_id=event.id)))
    assert log.count(log.Filter(event_id=other.id)) == 3


def test_an_edit_reads_as_labelled_fields_old_to_new(database):
    rina = staff_member("Rina", unit="Layanan")
    clerk = actor.current().name  # the OS user, until someone logs in
    actor.set_user("Dewi")
    staff_list.save_person({**staff_list.person_values(rina), "name": "Rina S.",
                            "unit": "Pengolahan"}, rina.id)
    [edit] = log.page(log.Filter(actor="Dewi"))
    assert (edit.name, edit.done.english(), edit.what.english()) == (
        "Rina S.", "changed", "Person")
    assert words(edit) == "Name: Rina → Rina S.; Unit: Layanan → Pengolahan"
    assert log.actors() == sorted({"Dewi", clerk} - {""})


def test_dates_and_yes_no_read_back_typed_on_either_engine(database):
    event = events.save_event({"title": "Bimtek DDC", "kind": "bimtek",
                               "start_date": DAY, "end_date": DAY})
    events.save_event({"title": "Bimtek DDC", "kind": "bimtek", "start_date": DAY,
                       "end_date": DAY + dt.timedelta(days=1)}, event.id)
    change = next(e for e in log.page(log.Filter(event_id=event.id)) if e.action == "update")
    [end] = [c for c in change.changes if c.column == "end_date"]
    assert (end.old, end.new) == (DAY, DAY + dt.timedelta(days=1))
    assert isinstance(change.at, dt.datetime)
    added = next(e for e in log.page(log.Filter(event_id=event.id)) if e.action == "insert")
    assert all(not isinstance(c.new, str) or c.column not in ("start_date", "end_date")
               for c in added.changes)


def test_dates_filter_and_pages_follow_one_another(database):
    for number in range(7):
        staff_member(f"Pegawai {number}")
    today = dt.date.today()
    assert log.count(log.Filter(date_from=today, date_to=today)) == 7
    assert log.count(log.Filter(date_to=today - dt.timedelta(days=1))) == 0
    first, second = log.page(limit=4), log.page(offset=4, limit=4)
    assert len(first) == 4 and len(second) == 3
    assert {e.id for e in first}.isdisjoint(e.id for e in second)
    records = [e.record for e in log.page(order="record", descending=False)]
    assert records == sorted(records) and len(records) == 7


def test_every_audited_table_has_a_name_the_office_reads():
    from models.audit import labels
    from models.audit.tables import AuditEntry as Log
    from models.schema import ALL_MODELS

    unnamed = [m._meta.table_name for m in ALL_MODELS
               if m is not Log and not isinstance(labels.table_label(m._meta.table_name),
                                                   labels.Message)]
    assert unnamed == []
