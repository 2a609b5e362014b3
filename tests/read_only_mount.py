"""Run Python code with a folder mounted read-only, as a write-protected USB stick is.

The mount is made in a user namespace of the test's own (``unshare -rm``), so it needs no
root and touches nothing outside the test's temporary folder. Skips where the machine
does not allow it.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_on_read_only(folder: Path, code: str) -> str:
    """Run ``code`` (with the project importable) while ``folder`` is read-only; its output."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not available")
    script = f"import sys; sys.path.insert(0, {str(ROOT)!r})\n" + code
    command = (f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder} && "
               f"{sys.executable} -c \"$SCRIPT\"")
    done = subprocess.run(["unshare", "-rm", "sh", "-c", command], capture_output=True,
                          text=True, env={"SCRIPT": script, "PATH": "/usr/bin:/bin"},
                          timeout=60)
    if done.returncode != 0 and "Operation not permitted" in done.stderr:
        pytest.skip("user namespaces are not allowed here")
    assert done.returncode == 0, done.stderr
    return done.stdout
