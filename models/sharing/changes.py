"""Whether another PC (or window) changed the database since the screen was read: one
query so cheap the window can ask every few seconds.

SQLite: ``PRAGMA data_version``, which changes when another connection commits to the
file, and never for this connection's own writes or reads.

PostgreSQL (engine-specific, so kept here): the xmax of the current snapshot, the next
transaction number the server will hand out. A transaction gets a number only when it
writes, so the value moves on every change by anyone and stays put while PCs only read.
The newest ``changed_at`` across the tables would miss most of what the lists show
(attendance marks, registrations, certificates, anything deleted), and the server's
statistics count reads too and reach other sessions late. It also moves for this PC's
own saves and for other databases on the same server: at worst a list is read once more.
pg_current_snapshot() is PostgreSQL 13's; older servers are long out of support.
"""

from models.db import db
from models.engine import on_server


def token(database=None):
    """A value that differs from the last one read whenever anything was committed
    meanwhile by someone else; compare tokens of one connection only. None while no
    database is open (between a restore and the window reopening on it)."""
    database = database or db.obj
    if database is None:
        return None
    if on_server(database):
        sql = "SELECT pg_snapshot_xmax(pg_current_snapshot())::text"
    else:
        sql = "PRAGMA data_version"
    return database.execute_sql(sql).fetchone()[0]
