"""What went wrong with a file, disk or database file, in a few words the office can read.

The operating system and SQLite explain themselves in English ("No such file or directory",
"database disk image is malformed"); put into a translated sentence as its ``{detail}``,
that English would stand out. :func:`describe` turns the common failures into short
phrases marked for translation; the UI translates a :class:`Message` inside a message's
parameters as it translates the message itself. Only an error it does not know keeps its
own text.
"""

import errno
import sqlite3

from models.messages import QT_TRANSLATE_NOOP, Message, message


def _says(text: str) -> Message:
    return message("OsErrors", text)


NOT_FOUND = _says(QT_TRANSLATE_NOOP("OsErrors", "the file or folder is not there"))
DENIED = _says(QT_TRANSLATE_NOOP("OsErrors", "access is denied"))
WRITE_PROTECTED = _says(QT_TRANSLATE_NOOP("OsErrors", "the disk or folder is write-protected"))
FULL = _says(QT_TRANSLATE_NOOP("OsErrors", "the disk is full"))
DISK_FAILED = _says(QT_TRANSLATE_NOOP("OsErrors", "the disk could not be read or written"))
GONE = _says(QT_TRANSLATE_NOOP("OsErrors", "the USB stick or disk is no longer there"))
EXISTS = _says(QT_TRANSLATE_NOOP("OsErrors", "something of that name is already there"))
BUSY = _says(QT_TRANSLATE_NOOP("OsErrors", "the file or disk is in use"))
NAME_TOO_LONG = _says(QT_TRANSLATE_NOOP("OsErrors", "the name is too long"))
RUNNING = _says(QT_TRANSLATE_NOOP("OsErrors", "the file is in use by a running program"))
OPEN_ELSEWHERE = _says(QT_TRANSLATE_NOOP("OsErrors", "the file is open in another program"))
NOT_A_FOLDER = _says(QT_TRANSLATE_NOOP("OsErrors", "part of the path is not a folder"))
IS_A_FOLDER = _says(QT_TRANSLATE_NOOP("OsErrors", "it is a folder, not a file"))
CANNOT_OPEN = _says(QT_TRANSLATE_NOOP(
    "OsErrors", "the file or its folder is missing or cannot be accessed"))
NOT_A_DATABASE = _says(QT_TRANSLATE_NOOP("OsErrors", "it is not a database file"))
GARBLED = _says(QT_TRANSLATE_NOOP("OsErrors", "parts of the file are garbled"))
DATABASE_BUSY = _says(QT_TRANSLATE_NOOP(
    "OsErrors", "the database is in use by another window or program"))
READ_ONLY_DATABASE = _says(QT_TRANSLATE_NOOP("OsErrors", "the database file is read-only"))
FOLDER_READ_ONLY = _says(QT_TRANSLATE_NOOP("OsErrors", "the folder cannot be written"))

_BY_ERRNO = {
    errno.ENOENT: NOT_FOUND,
    errno.EACCES: DENIED,
    errno.EPERM: DENIED,
    errno.EROFS: WRITE_PROTECTED,
    errno.ENOSPC: FULL,
    errno.EIO: DISK_FAILED,
    errno.ENODEV: GONE,
    errno.ENXIO: GONE,
    errno.EEXIST: EXISTS,
    errno.EBUSY: BUSY,
    errno.ENAMETOOLONG: NAME_TOO_LONG,
    errno.ENOTDIR: NOT_A_FOLDER,
    errno.EISDIR: IS_A_FOLDER,
}
for _name, _phrase in (("EDQUOT", FULL), ("ETXTBSY", RUNNING)):  # not on every system
    if hasattr(errno, _name):
        _BY_ERRNO[getattr(errno, _name)] = _phrase

# Windows says more than its errno: a file open in Excel is a "sharing violation" (32), not
# a missing permission, although Python gives both EACCES.
_BY_WINERROR = {
    19: WRITE_PROTECTED,  # ERROR_WRITE_PROTECT
    21: GONE,  # ERROR_NOT_READY
    32: OPEN_ELSEWHERE,  # ERROR_SHARING_VIOLATION
    33: OPEN_ELSEWHERE,  # ERROR_LOCK_VIOLATION
    1167: GONE,  # ERROR_DEVICE_NOT_CONNECTED
}

# SQLite's primary result codes (an extended code keeps the primary one in its low byte).
_BY_SQLITE_CODE = {
    sqlite3.SQLITE_PERM: DENIED,
    sqlite3.SQLITE_BUSY: DATABASE_BUSY,
    sqlite3.SQLITE_LOCKED: DATABASE_BUSY,
    sqlite3.SQLITE_READONLY: READ_ONLY_DATABASE,
    sqlite3.SQLITE_IOERR: DISK_FAILED,
    sqlite3.SQLITE_CORRUPT: GARBLED,
    sqlite3.SQLITE_FULL: FULL,
    sqlite3.SQLITE_CANTOPEN: CANNOT_OPEN,
    sqlite3.SQLITE_NOTADB: NOT_A_DATABASE,
}


# Extended codes that say more than their primary one (not named in every Python).
SQLITE_READONLY_DIRECTORY = getattr(sqlite3, "SQLITE_READONLY_DIRECTORY", 1544)
_BY_SQLITE_EXTENDED = {SQLITE_READONLY_DIRECTORY: FOLDER_READ_ONLY}


def describe(exc: BaseException) -> Message | str:
    """A few translatable words for ``exc``, to fill a message's ``{detail}``; for an error
    it does not know, the error's own text.

    An error raised while handling another is described by the first one known in the
    chain: on a full disk SQLite rolls the transaction back itself, and the rollback that
    follows fails with "cannot rollback - no transaction is active", hiding the cause."""
    seen = set()
    cause = exc
    while cause is not None and id(cause) not in seen:
        phrase = _phrase(cause)
        if phrase is not None:
            return phrase
        seen.add(id(cause))
        cause = cause.__cause__ or cause.__context__
    if isinstance(exc, OSError):
        return exc.strerror or str(exc) or type(exc).__name__
    return str(sqlite_error(exc) or exc) or type(exc).__name__


def _phrase(exc: BaseException) -> Message | None:
    if isinstance(exc, OSError):
        return (_BY_WINERROR.get(getattr(exc, "winerror", None))
                or _BY_ERRNO.get(exc.errno))
    if isinstance(exc, sqlite3.Error):
        code = getattr(exc, "sqlite_errorcode", None)
        if code is not None:
            return _BY_SQLITE_EXTENDED.get(code) or _BY_SQLITE_CODE.get(code & 0xFF)
    return None


def sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    """The SQLite error behind ``exc``: itself, or the one Peewee re-raised it from."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, sqlite3.Error):
            return exc
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return None


def sqlite_code(exc: BaseException) -> int | None:
    """SQLite's primary result code behind ``exc`` (``sqlite3.SQLITE_CORRUPT``, …), or None
    when there is none."""
    error = sqlite_error(exc)
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF
