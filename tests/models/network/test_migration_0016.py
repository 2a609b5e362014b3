"""Migration 0016 on a PostgreSQL server (a file's upgrade is the version 1 fixture's, in
tests/models/test_migrations.py): a server at version 15 gains the network's tables and
links, and they behave as the models say."""

import peewee
import pytest

from models.db import db, open_database, schema_version
from models.network import directory
from models.staff.tables import Person
from tests.builders import external

NETWORK_TABLES = ("cooperation_document", "opportunity", "cooperation", "organisation")


@pytest.fixture
def server_at_15(pg_server):
    uri = pg_server.fresh_database()
    database = open_database(uri)
    with db.atomic():
        for table in NETWORK_TABLES:
            db.execute_sql(f"DROP TABLE {table} CASCADE")
        for table in ("person", "event"):
            db.execute_sql(f"ALTER TABLE {table} DROP COLUMN organisation_id")
        db.execute_sql("DELETE FROM schema_migration WHERE name = '0016_network'")
    database.close()
    yield uri
    if db.obj is not None:
        db.close()
    db.initialize(None)
    pg_server.drop(uri)


def test_a_server_at_version_15_is_upgraded(server_at_15):
    open_database(server_at_15)

    assert schema_version() == 16
    org = directory.save_organisation({"name": "IPI Kepri", "kind": "association"})
    guest = external("Yanti Kusumawati")
    directory.link_contact(org.id, guest.id)
    with pytest.raises(peewee.IntegrityError), db.atomic():  # one name whatever its case
        db.execute_sql("INSERT INTO organisation (name, kind, region, address, phone, "
                       "email, website, notes, created_at, updated_at) VALUES "
                       "('ipi kepri', 'other', '', '', '', '', '', '', now(), now())")
    db.execute_sql("DELETE FROM organisation")
    assert Person.get_by_id(guest.id).organisation_id is None  # ON DELETE SET NULL
