"""One office PC, as its own process: ``python -m tests.models.several_pcs.pc WORK TARGET
FOLDER NUMBER ARGS…`` opens the database TARGET (a file or a server's URI), does what
reading WORK needs, says so by creating FOLDER/ready-NUMBER, waits for FOLDER/go (so every
PC has read before any writes), does WORK's writes and prints what each one answered, one
JSON line."""

import datetime
import json
import sys
import time
from pathlib import Path

from models.db import open_database


def check_in(number: int, session_id: str, first_second: str, *codes: str):
    from models.attendance import checkin

    session_id, base = int(session_id), datetime.datetime.fromisoformat(first_second)
    yield  # nothing to read first: the door window reads as it checks in

    answers = []
    for index, code in enumerate(codes):
        # Each PC's clock reads a time of its own, so the row shows whose check-in it kept.
        at = base + datetime.timedelta(seconds=number * 1000 + index)
        result = checkin.check_in(session_id, code, at, 15, recorded_by=f"PC {number}")
        answers.append([code, result.outcome, result.checkin_time.isoformat()])
    yield answers


def import_staff(number: int, path: str):
    from models.staff import importer

    preview = importer.read_preview(Path(path))
    yield
    result = importer.apply(preview)
    yield {"imported": result.imported, "updated": result.updated}


WORK = {"check_in": check_in, "import_staff": import_staff}


def main(work: str, target: str, folder: str, number: str, *args: str) -> None:
    open_database(target)
    folder, number = Path(folder), int(number)
    steps = WORK[work](number, *args)
    next(steps)
    (folder / f"ready-{number}").touch()
    while not (folder / "go").exists():
        time.sleep(0.005)
    print(json.dumps(next(steps)))


if __name__ == "__main__":
    main(*sys.argv[1:])
