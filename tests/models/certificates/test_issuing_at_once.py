"""Two PCs issue certificates for two events at the same moment: every number of the year
is given once, and none is skipped (the register is numbered without gaps)."""

import datetime as dt
import subprocess
import sys
from pathlib import Path

from models.certificates import issuing as certificates
from models.certificates.tables import Certificate
from models.db import db
from tests.builders import event_with_sessions, staff_member

ROOT = Path(__file__).resolve().parents[3]
DAY = dt.date(2026, 3, 10)

# One PC: opens the database, waits for the start file, then issues one certificate a
# transaction, so the two PCs' transactions interleave as closely as they can.
PC = """
import datetime, sys, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from models.certificates import issuing, key_store
from models.db import open_database
key_store.use_folder(Path(sys.argv[3]))
open_database(sys.argv[2])
start = Path(sys.argv[4])
while not start.exists():
    time.sleep(0.01)
event_id, people = int(sys.argv[5]), [int(p) for p in sys.argv[6:]]
for person in people:
    issuing.issue(event_id, [issuing.Choice(person, "peserta", "Hadir di kelas lain")],
                  datetime.date(2026, 3, 12))
"""


def test_two_pcs_issuing_at_once_number_every_certificate_once_and_without_gaps(
        database, tmp_path, key_folder):
    people = [staff_member(f"Peserta {n}") for n in range(30)]
    first, _ = event_with_sessions("Bimtek Katalogisasi", days=(DAY,), participants=people)
    second, _ = event_with_sessions("Pelatihan Arsip", days=(DAY,), participants=people)
    certificates.ensure_default_signatory()
    certificates.issue(first.id, [certificates.Choice(people[0].id, "peserta", "Hadir")],
                       dt.date(2026, 3, 12))  # the key is made here, not in two PCs at once
    start = tmp_path / "go"
    pcs = [subprocess.Popen([sys.executable, "-c", PC, str(ROOT), db.obj.database,
                             str(key_folder), str(start), str(event.id),
                             *[str(p.id) for p in people[1:]]],
                            stderr=subprocess.PIPE, text=True)
           for event in (first, second)]
    start.touch()
    errors = [pc.communicate(timeout=300)[1] for pc in pcs]

    assert [pc.returncode for pc in pcs] == [0, 0], errors
    numbers = [seq for (seq,) in Certificate.select(Certificate.seq)
               .where(Certificate.year == 2026).tuples()]
    assert sorted(numbers) == list(range(1, 60))  # 1 + 29 + 29, each once
    assert Certificate.select().where(Certificate.event == second.id).count() == 29
