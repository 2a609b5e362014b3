"""SiBina's domain layer: Peewee models and the operations the office performs.

Nothing here imports Qt; the UI and the command line call in, never the reverse.
"""

import sys as _sys

if "peewee" not in _sys.modules and "psycopg" not in _sys.modules:
    # Peewee imports the PostgreSQL driver when it is imported: 120 ms of every start of a
    # one-PC office on SQLite, which never uses it. It is handed the driver when a server
    # is opened (models/sharing/server.py, use_driver).
    _sys.modules["psycopg"] = None  # "import psycopg" fails at once, as if not installed
    try:
        import peewee  # noqa: F401
    finally:
        del _sys.modules["psycopg"]
