"""Who last saved a record and when, and saving a form only over what the clerk saw.

A form loads a record's stamp (``changed_at``) with its values and hands it back on save.
The record is written only if its stamp is still the one loaded; otherwise another PC (or
another window) saved it meanwhile, and :class:`ChangedMeanwhile` says who and when, so the
office decides instead of the later save silently undoing the earlier one. The check is one
UPDATE … WHERE, so no other save can slip in between the check and the write on either
engine.
"""

import datetime

from models.messages import QT_TRANSLATE_NOOP, SiBinaError, message
from models.sharing import actor

# Passed as the loaded stamp by saves that have no form to ask about (an import, a test):
# the record is stamped, but written whatever its stamp.
UNCHECKED = object()


class ChangedMeanwhile(SiBinaError):
    """The record was saved by ``by`` at ``at`` after the form loaded it; nothing was
    written. Saving again with ``at`` as the loaded stamp overwrites knowingly. A stamp
    cleared outside SiBina (``at`` None) is shown as now: it is still not what was
    loaded."""

    def __init__(self, by: str, at: datetime.datetime | None):
        shown = at or datetime.datetime.now()
        super().__init__(message("Stamps", QT_TRANSLATE_NOOP(
            "Stamps", "{name} changed this record on {date} at {time} while you were "
                      "editing it; nothing was saved."),
            name=by or "?", date=shown.date(), time=shown.time()))
        self.by, self.at, self.shown_at = by, at, shown


class DeletedMeanwhile(SiBinaError):
    """The record was deleted after the form loaded it."""

    def __init__(self):
        super().__init__(message("Stamps", QT_TRANSLATE_NOOP(
            "Stamps", "This record was deleted on another PC while you were editing it; "
                      "nothing was saved.")))


def fresh() -> dict:
    """The stamp a save writes now: this run's user and the clock. Microseconds are kept:
    two saves within one second must not carry the same stamp, or the check could not
    tell them apart."""
    return {"changed_at": datetime.datetime.now(), "changed_by": actor.current().name}


def save_if_unchanged(model, record_id: int, loaded, values: dict) -> datetime.datetime:
    """Write ``values`` (field name → value) into ``model``'s row ``record_id``, stamped
    now, if its stamp is still ``loaded`` (None for a row never stamped; UNCHECKED for no
    check). Returns the new stamp; raises ChangedMeanwhile or DeletedMeanwhile, writing
    nothing. Call it inside the caller's transaction with the record's other writes."""
    stamp = fresh()
    key = model._meta.primary_key
    query = model.update(**values, **stamp).where(key == record_id)
    if loaded is not UNCHECKED:
        # "changed_at IS ?" is SQLite's; PostgreSQL's IS takes only NULL, so the two cases
        # are written apart, which both engines read alike.
        query = query.where(model.changed_at.is_null() if loaded is None
                            else model.changed_at == loaded)
    if query.execute() == 0:
        _refuse(model, record_id)
    return stamp["changed_at"]


def refuse_if_changed(current: tuple | None, loaded) -> None:
    """For records saved otherwise than by one UPDATE (several rows, an upsert): raise
    ChangedMeanwhile when ``current`` (changed_at, changed_by, as read in the saving
    transaction) is not the ``loaded`` stamp."""
    if loaded is UNCHECKED or current is None:
        return
    at, by = current
    if at != loaded:
        raise ChangedMeanwhile(by or "", at)


def _refuse(model, record_id: int) -> None:
    """Why no row was written: deleted, or saved by someone since."""
    key = model._meta.primary_key
    row = (model.select(model.changed_at, model.changed_by).where(key == record_id)
           .tuples().first())
    if row is None:
        raise DeletedMeanwhile()
    at, by = row
    raise ChangedMeanwhile(by or "", at)
