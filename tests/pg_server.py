"""One PostgreSQL server for the whole test run, from the pgserver wheel: nothing to install
on the machine, and started once (a second or so) rather than per test.

As root, pgserver runs postgres as a system user of its own ("pgserver", made with useradd
on first use), since postgres refuses to run as root.

Each test gets its own database copied from a template (CREATE DATABASE … TEMPLATE), so the
schema is made once per run, not once per test.
"""

import itertools
import warnings
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psycopg

TEMPLATE = "sibina_template"


class TestServer:
    def __init__(self, folder: Path, prepare_template):
        with warnings.catch_warnings():  # no XDG_RUNTIME_DIR in CI: its fallback is fine
            warnings.simplefilter("ignore")
            import pgserver

            self._server = pgserver.get_server(folder, cleanup_mode="delete")
        self._numbers = itertools.count(1)
        self._prepare_template = prepare_template
        self._template_ready = False
        self._worker = None
        # Durability is pointless for throw-away test data; without it a test's writes and
        # each CREATE DATABASE cost no disk flush.
        with self._admin() as connection:
            for setting in ("fsync", "synchronous_commit", "full_page_writes"):
                connection.execute(f"ALTER SYSTEM SET {setting} = off")
            connection.execute("SELECT pg_reload_conf()")

    def uri(self, name: str) -> str:
        return self._server.get_uri(name)

    def _admin(self):
        return psycopg.connect(self.uri("postgres"), autocommit=True)

    def fresh_database(self) -> str:
        """The URI of a new database holding what a new SiBina database holds.

        Copies are made (and used ones dropped) by a worker thread one test ahead: the
        server copies while the test runs, instead of each test waiting a fifth of a
        second for its copy."""
        if not self._template_ready:
            with self._admin() as connection:
                connection.execute(f'CREATE DATABASE "{TEMPLATE}"')
            self._prepare_template(self.uri(TEMPLATE))
            self._template_ready = True
            self._worker = ThreadPoolExecutor(max_workers=1)
            self._ready = self._worker.submit(self._copy)
        ready, self._ready = self._ready, self._worker.submit(self._copy)
        return ready.result()

    def _copy(self) -> str:
        name = f"test_{next(self._numbers)}"
        with self._admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}" TEMPLATE "{TEMPLATE}"')
        return self.uri(name)

    def empty_database(self) -> str:
        """The URI of a new database with nothing in it (as an office's new server)."""
        name = f"empty_{next(self._numbers)}"
        with self._admin() as connection:
            connection.execute(f'CREATE DATABASE "{name}"')
        return self.uri(name)

    def drop(self, uri: str) -> None:
        if self._worker is not None:
            self._worker.submit(self._drop, uri)
        else:
            self._drop(uri)

    def _drop(self, uri: str) -> None:
        name = uri.rsplit("/", 1)[1].split("?", 1)[0]
        with self._admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        if self._worker is not None:
            self._worker.shutdown()
        self._server.cleanup()
