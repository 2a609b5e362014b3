"""Putting a finished file on a USB stick (or any folder) so that it is really there.

The file is copied to a temporary name beside its final one, flushed to the stick, read
back and compared with the original, and only then given its name. A stick that is
write-protected, full or pulled out meanwhile gets a message saying so, and no half-written
file is left under the final name.
"""

import errno
import hashlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from models.files.temporary import remove_stale, temporary_name
from models.messages import QT_TRANSLATE_NOOP, Message, SiBinaError, message
from models.os_errors import describe
from models.progress import NO_PROGRESS, Progress

CHUNK = 1 << 20
R = TypeVar("R")


def _says(text: str, **params) -> Message:
    return message("Export", text, **params)


def copy_verified(source, target, progress: Progress = NO_PROGRESS) -> Path:
    source, target = Path(source), Path(target)
    temp = temporary_name(target)
    remove_stale(target.parent)
    total = source.stat().st_size
    digest = hashlib.sha256()
    try:
        with open(source, "rb") as reading, open(temp, "wb") as writing:
            done = 0
            while chunk := reading.read(CHUNK):
                writing.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                progress.step(done, total)
            writing.flush()
            os.fsync(writing.fileno())
        if _digest(temp) != digest.hexdigest():
            raise SiBinaError(_says(QT_TRANSLATE_NOOP(
                "Export", "{file} did not read back as it was written; it was not kept. Try "
                          "again, or another USB stick."), file=str(target)))
        os.replace(temp, target)
    except OSError as exc:
        raise _failed(target, exc) from exc
    finally:
        _remove(temp)
    return target


def write_verified(target, write: Callable[[Path], R], progress: Progress = NO_PROGRESS) -> R:
    """Make the file with ``write(path)`` on the PC's own disk, then put it at ``target``
    with :func:`copy_verified`; returns what ``write`` returned.

    Made locally first: a writer that fails halfway (or a stick pulled out while it
    writes) leaves nothing at ``target``, and the stick is written once, in one go.
    """
    target = Path(target)
    with tempfile.TemporaryDirectory(prefix="sibina-") as local:
        made = Path(local) / target.name
        result = write(made)
        copy_verified(made, target, progress)
    return result


def write_verified_files(folder, write: Callable[[Path], R],
                         progress: Progress = NO_PROGRESS) -> R:
    """:func:`write_verified` for a writer that makes several files in a folder: each is
    copied into ``folder`` (replacing one of the same name) and checked."""
    folder = Path(folder)
    with tempfile.TemporaryDirectory(prefix="sibina-") as local:
        result = write(Path(local))
        made = sorted(p for p in Path(local).iterdir() if p.is_file())
        for done, path in enumerate(made, start=1):
            copy_verified(path, folder / path.name)
            progress.step(done, len(made))
    return result


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as reading:
        while chunk := reading.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _remove(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass  # the stick is gone: there is nothing left to remove


def _failed(target: Path, exc: OSError) -> SiBinaError:
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        text = QT_TRANSLATE_NOOP("Export", "{file} cannot be written: the USB stick or folder "
                                           "is write-protected. Nothing was saved.")
    elif exc.errno in (errno.ENOSPC, errno.EDQUOT):
        text = QT_TRANSLATE_NOOP("Export", "{file} does not fit: the USB stick is full. "
                                           "Nothing was saved under that name.")
    elif exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        text = QT_TRANSLATE_NOOP("Export", "{file} could not be written: the USB stick or "
                                           "folder is no longer there. Nothing was saved "
                                           "under that name.")
    else:
        return SiBinaError(_says(QT_TRANSLATE_NOOP(
            "Export", "{file} could not be written ({detail}). Nothing was saved under that "
                      "name."), file=str(target), detail=describe(exc)))
    return SiBinaError(_says(text, file=str(target)))
