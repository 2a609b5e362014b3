"""Backing up and restoring the stress database (targets: backup under 5 s, restore
including its checks under 10 s).

    uv run python -m benchmarks.bench_backup

Builds the stress database (20,000 people, 2,000 events, 500,000 attendance marks,
100,000 answers) in a temporary folder, then times ``write_backup`` (online backup, read
back, fsync, rename) and ``restore`` (checks, the safety backup of the current data, the
copy in). Baseline in the same run: copying the file with ``shutil.copyfile``.
"""

import shutil
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.stress import make_stress_db


def main() -> int:
    from models import backup
    from models.db import db, open_database

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        path = folder / "stress.sqlite"
        make_stress_db(path, progress=None)
        open_database(path)
        size = path.stat().st_size
        start = time.perf_counter()
        shutil.copyfile(path, folder / "copy.sqlite")
        baseline = time.perf_counter() - start
        start = time.perf_counter()
        made = backup.write_backup(folder / "usb")
        taken = time.perf_counter() - start
        start = time.perf_counter()
        backup.restore(made, folder / "aman")
        restored = time.perf_counter() - start
        db.close()
    print(f"stress database {size / 1e6:.0f} MB")
    print(f"backup (online backup, read back, fsync)   {taken:6.2f} s   target < 5 s")
    print(f"restore (checks, safety copy, copy in)     {restored:6.2f} s   target < 10 s")
    print(f"baseline: shutil.copyfile                  {baseline:6.2f} s")
    met = taken < 5 and restored < 10
    print("targets: " + ("met" if met else "MISSED"))
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
