"""The processes drawing certificate files do not outlive SiBina when it is killed."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from models.db import db
from tests.builders import issue_all

ROOT = Path(__file__).resolve().parents[3]

# The parent: a thousand files, in chunks long enough that a worker left behind would
# still be drawing a minute later.
PARENT = """
import sys
sys.path.insert(0, sys.argv[1])
from models.db import open_database
from models.progress import NO_PROGRESS
from reports.certificates import files, printing

open_database(sys.argv[2])
files.PARALLEL_FROM, files.CHUNK = 2, 500
files.os.cpu_count = lambda: 2
ids = [int(i) for i in sys.argv[4:]]
with printing.open_batch(ids) as batch:
    jobs = [(layout, who, True, printing.Path(sys.argv[3]) / f"{n}.pdf")
            for n in range(1000) for layout, who in batch.items[:1]]
    files.write_all(jobs, batch.office, NO_PROGRESS)
"""


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and _stat(int(entry.name))[1] == pid:
            found.append(int(entry.name))
    return found


def _stat(pid: int) -> tuple[str, int]:
    """State and parent of a process; ("X", 0) once it is gone."""
    try:
        fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return "X", 0
    return fields[0], int(fields[1])


def _running(pid: int) -> bool:
    return _stat(pid)[0] not in ("X", "Z")  # a zombie has ended; nobody reaped it yet


def test_workers_end_when_the_window_that_started_them_is_killed(course, tmp_path):
    made = issue_all(course)
    out = tmp_path / "out"
    out.mkdir()
    parent = subprocess.Popen(
        [sys.executable, "-c", PARENT, str(ROOT), db.obj.database, str(out),
         *[str(c.id) for c in made]], stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while len(list(out.glob("*.pdf"))) < 4:  # both workers are drawing
            assert parent.poll() is None and time.monotonic() < deadline
            time.sleep(0.1)
        workers = _children(parent.pid)
        assert len(workers) >= 2
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait()
        deadline = time.monotonic() + 5
        while any(_running(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert [w for w in workers if _running(w)] == []
    finally:
        parent.kill()
        parent.wait()
        for pid in _children(parent.pid) + locals().get("workers", []):
            if _running(pid):
                os.kill(pid, signal.SIGKILL)
