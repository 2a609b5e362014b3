"""The tests' own PostgreSQL server starts, with no system install, and hands out databases."""

import psycopg


def test_the_server_gives_each_caller_its_own_database(pg_server):
    first, second = pg_server.empty_database(), pg_server.empty_database()
    with psycopg.connect(first, autocommit=True) as connection:
        connection.execute("CREATE TABLE only_here (n integer)")
    with psycopg.connect(second) as connection:
        found = connection.execute("SELECT to_regclass('only_here')").fetchone()[0]
    assert first != second and found is None
    pg_server.drop(first)
    pg_server.drop(second)
