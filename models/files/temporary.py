"""SiBina's temporary files on a stick or in a folder, and clearing the ones a killed
SiBina left.

A backup or an export is written under a temporary name beside its final one and renamed
when whole. A SiBina killed midway (the task manager, a power cut) leaves that file behind.
The name is visible, not a dot-file, so the office sees it and what it is
(``Rekap.xlsx.sibina-sementara``); the next backup or export to that folder removes it.
"""

import os
import re
import time
from pathlib import Path

TEMP_SUFFIX = ".sibina-sementara"
# A file still being written is touched at least every few seconds; one unchanged for an
# hour was left by a SiBina that is no longer writing it (another window may be, now).
STALE_AFTER = 3600  # seconds
# The names SiBina used before (hidden, under a backup's own name) and uses now; a look-alike
# of another program (a browser's ``.part``, an editor's ``.tmp``) never matches.
_OURS = re.compile(
    rf"(.+{re.escape(TEMP_SUFFIX)}(-journal)?"
    r"|\.SiBina-cadangan-[\w-]+\.sqlite\.tmp(-journal)?)")


def temporary_name(target: Path) -> Path:
    return target.with_name(target.name + TEMP_SUFFIX)


def remove_stale(folder: Path) -> list[Path]:
    """Remove SiBina's temporary files in ``folder`` that nothing has written for an hour;
    returns them. Never fails: a folder that cannot be read or written is reported by the
    write that follows."""
    removed = []
    try:
        with os.scandir(folder) as entries:
            for entry in entries:
                if not _OURS.fullmatch(entry.name) or not entry.is_file(follow_symlinks=False):
                    continue
                if time.time() - entry.stat(follow_symlinks=False).st_mtime < STALE_AFTER:
                    continue
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    except OSError:
        pass
    return removed
