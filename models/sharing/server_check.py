"""A database server's address as the office types it, and what the server answers when
SiBina tries it (the window's "Test connection"), in words the office can act on."""

from dataclasses import dataclass
from urllib.parse import quote

from models.messages import QT_TRANSLATE_NOOP, Message, message

DEFAULT_PORT = 5432
# An office's server is on its own LAN: one that has not answered in this time never will.
ANSWER_WITHIN = 5  # seconds

_C = "ServerCheck"


@dataclass(frozen=True, slots=True)
class Answer:
    ok: bool
    says: Message


def server_uri(host: str, port: int, database: str, user: str) -> str:
    """The libpq URI of ``database`` on ``host`` (a name, an address, or a socket folder
    starting with /), without a password."""
    host = host.strip()
    user_part = quote(user.strip(), safe="") + "@" if user.strip() else ""
    name = quote(database.strip(), safe="")
    if host.startswith("/"):
        return f"postgresql://{user_part}:{port}/{name}?host={quote(host, safe='/')}"
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    return f"postgresql://{user_part}{host}:{port}/{name}"


def check_server(uri: str, password: str | None) -> Answer:
    """Connect to the database ``uri`` names with ``password`` and say what was found: the
    server's version and whether the database holds SiBina's tables yet."""
    import psycopg

    from models.db import HISTORY_TABLE
    from models.sharing.server import conninfo, password_parameter

    try:
        with psycopg.connect(conninfo(uri), connect_timeout=ANSWER_WITHIN,
                             **password_parameter(password)) as connection:
            version = connection.info.server_version
            made = connection.execute("SELECT to_regclass(%s)", (HISTORY_TABLE,)).fetchone()[0]
            names = (connection.execute(f"SELECT name FROM {HISTORY_TABLE}").fetchall()
                     if made else [])
    except psycopg.Error as exc:
        return Answer(False, refusal(exc))
    shown = f"{version // 10000}.{version % 10000}"
    if not made:
        return Answer(True, message(_C, QT_TRANSLATE_NOOP(
            "ServerCheck", "Connected to PostgreSQL {version}. The database is empty: SiBina "
                           "will create its tables when it opens it (or run transfer to "
                           "move the office's data there first)."), version=shown))
    schema = max((int(name.split("_", 1)[0]) for (name,) in names), default=0)
    return Answer(True, message(_C, QT_TRANSLATE_NOOP(
        "ServerCheck", "Connected to PostgreSQL {version}. The database holds SiBina's data "
                       "(schema {schema})."), version=shown, schema=schema))


def refusal(exc) -> Message:
    """Why the server refused, or why it could not be reached, by the server's own code."""
    detail = (str(exc).strip().splitlines() or [""])[-1]
    code = getattr(exc, "sqlstate", None)
    if code == "28P01" or "password authentication failed" in str(exc):
        return message(_C, QT_TRANSLATE_NOOP(
            "ServerCheck", "The server refused the password for this user. Type the "
                           "password again, or ask the administrator to reset it."))
    if "no password supplied" in str(exc):
        return message(_C, QT_TRANSLATE_NOOP(
            "ServerCheck", "The server asks for a password: type the user's password."))
    if code == "3D000":
        return message(_C, QT_TRANSLATE_NOOP(
            "ServerCheck", "The server has no database of that name. Check the name, or "
                           "create the database on the server first."))
    if code in ("28000", "42501"):
        return message(_C, QT_TRANSLATE_NOOP(
            "ServerCheck", "The server does not let this user in from this PC ({detail}). "
                           "The administrator allows it in pg_hba.conf."), detail=detail)
    return message(_C, QT_TRANSLATE_NOOP(
        "ServerCheck", "The server does not answer ({detail}). Check the address and port, "
                       "that the server PC is on, and that its firewall lets port 5432 in."),
        detail=detail)
