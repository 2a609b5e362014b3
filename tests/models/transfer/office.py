"""An office's database with a row in every table, and every table read back from any
engine, for the transfer's tests."""

import datetime as dt

from models.db import db, open_database
from models.schema import ALL_MODELS
from models.transfer.copying import batches


def filled_office(path):
    """The demo office at ``path``, with what the demo leaves out: a remembered column
    mapping, a numbered letter, the office's own letter template, a stored file of every
    byte value, and a questionnaire copied from one made after it."""
    from models.demo import fill as demo
    from models.evaluation.tables import ImportMapping, Questionnaire
    from models.files.stored import StoredFile
    from models.letters.tables import EventPaper, LetterTemplate

    database = open_database(path)
    demo.fill_demo(today=dt.date(2026, 3, 1))
    blob = StoredFile.create(name="surat.docx", data=bytes(range(256)) * 4000)
    LetterTemplate.create(kind="undangan", file=blob)
    EventPaper.create(kind="undangan", number="005/1/PK/2026", year=2026, seq=1,
                      date=dt.date(2026, 3, 2), made_at=dt.datetime(2026, 3, 2, 9, 15, 30, 250))
    first = Questionnaire.select().order_by(Questionnaire.id).first()
    ImportMapping.create(questionnaire=first, mapping='{"Nilai": 1}')
    later = Questionnaire.create(name="Versi baru", version=2)
    first.copied_from = later  # a link to a row further on in its own table
    first.save()
    from models.users import accounts, roles

    accounts.create_user("admin", "Admin Kantor", "pustaka-2026", roles.ADMINISTRATOR)
    database.close()
    db.initialize(None)


def every_row(database) -> dict[str, list[tuple]]:
    """Every row of every SiBina table in ``database`` as the models read it."""
    return {model._meta.table_name: [row for rows in batches(model, database) for row in rows]
            for model in ALL_MODELS}
