"""Run Python code with a folder mounted read-only, as a write-protected USB stick is, or
on a small disk that fills up.

The mount is made in a user namespace of the test's own (``unshare -rm``), so it needs no
root and touches nothing outside the test's temporary folder; it is gone when the code
ends. Skips where the machine does not allow it.
"""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run_on_read_only(folder: Path, code: str) -> str:
    """Run ``code`` (with the project importable) while ``folder`` is read-only; its output."""
    return _run(f"mount --bind {folder} {folder} && mount -o remount,bind,ro {folder}", code)


def run_on_small_disk(folder: Path, size_kb: int, code: str) -> str:
    """Run ``code`` while ``folder`` is an empty disk of ``size_kb`` kilobytes; its output."""
    return _run(f"mount -t tmpfs -o size={size_kb}k sibina-test {folder}", code)


def _run(mount: str, code: str) -> str:
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not available")
    script = f"import sys; sys.path.insert(0, {str(ROOT)!r})\n" + code
    command = f"{mount} && {sys.executable} -c \"$SCRIPT\""
    done = subprocess.run(["unshare", "-rm", "sh", "-c", command], capture_output=True,
                          text=True, env={"SCRIPT": script, "PATH": "/usr/bin:/bin"},
                          timeout=120)
    if done.returncode != 0 and ("Operation not permitted" in done.stderr
                                 or "mount:" in done.stderr):
        pytest.skip("user namespaces or this mount are not allowed here")
    assert done.returncode == 0, done.stderr
    return done.stdout
