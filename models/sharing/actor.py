"""Who is working, and on which PC: the name written as "Recorded by", in the audit log and
in "changed by … at …".

Until someone logs in (login is off on a one-PC file by default) it is the operating
system's user name, the name the office already signs on to Windows with. A login replaces
it with the SiBina user's name for the rest of the run.
"""

import getpass
import socket
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    name: str
    pc: str
    # The SiBina user's id after a login; None while the OS user name stands in.
    user_id: int | None = None


_current: Actor | None = None


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name in the environment (a service, a container)
        return ""


def current() -> Actor:
    global _current
    if _current is None:
        _current = Actor(_os_user(), socket.gethostname())
    return _current


def set_user(name: str, user_id: int | None = None) -> None:
    """After a login: what this run writes is recorded under ``name``."""
    global _current
    _current = Actor(name, current().pc, user_id)


def reset() -> None:
    """Back to the OS user (a logout; tests)."""
    global _current
    _current = None
