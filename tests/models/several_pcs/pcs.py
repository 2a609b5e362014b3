"""Starting several office PCs at once on the open database (see pc.py)."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from models.db import db

ROOT = Path(__file__).resolve().parents[3]


def at_once(work: str, folder: Path, args_per_pc: list[list], timeout: float = 120) -> list:
    """Run ``work`` in one process per entry of ``args_per_pc``, each on its own connection
    to the open database; once all have read, all write. What each printed, in order."""
    folder.mkdir(parents=True, exist_ok=True)
    target = str(db.obj.database)  # the file's path, or the server's URI
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    pcs = [subprocess.Popen([sys.executable, "-m", "tests.models.several_pcs.pc", work,
                             target, str(folder), str(number), *map(str, args)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
           for number, args in enumerate(args_per_pc)]
    deadline = time.monotonic() + timeout
    while not all((folder / f"ready-{n}").exists() for n in range(len(pcs))):
        if any(pc.poll() is not None for pc in pcs) or time.monotonic() > deadline:
            break  # one failed before it was ready: communicate() below says why
        time.sleep(0.01)
    (folder / "go").touch()
    outputs = [pc.communicate(timeout=timeout) for pc in pcs]
    failed = [err for pc, (_, err) in zip(pcs, outputs, strict=True) if pc.returncode]
    assert not failed, failed
    return [json.loads(out) for out, _ in outputs]
