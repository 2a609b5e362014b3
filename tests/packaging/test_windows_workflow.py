"""The Windows runner's workflow builds, smoke-tests, packs and tries the installer, in
that order. GitHub runs it; here it is read (PyYAML is not a dependency: a small reader
of the part of YAML the file uses)."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
WORKFLOW = ROOT / ".github" / "workflows" / "windows.yml"


def jobs(text: str) -> dict[str, dict]:
    """job → {"runs-on": …, "steps": [{key: value, …}, …]}, from the file's two-space
    layout; a step's ``with:`` keys join the step's own."""
    found, job, step = {}, None, None
    body = text.split("\njobs:\n", 1)[1]
    for line in body.splitlines():
        if not line.strip() or line.strip().startswith("#"):
            continue
        if m := re.match(r"^  ([\w-]+):\s*$", line):
            job, step = found.setdefault(m.group(1), {"steps": []}), None
        elif m := re.match(r"^    ([\w-]+):\s*(\S.*)$", line):  # not steps:, env:
            job[m.group(1)] = m.group(2)
        elif m := re.match(r"^      - ([\w-]+):\s*(.*)$", line):
            step = {m.group(1): m.group(2)}
            job["steps"].append(step)
        elif step is not None and (m := re.match(r"^\s{8,}([\w-]+):\s*(.*)$", line)):
            step[m.group(1)] = m.group(2).strip('"')
    return found


def runs(job: dict) -> list[str]:
    return [step["run"] for step in job["steps"] if "run" in step]


def test_the_installer_job_builds_smoke_tests_packs_and_tries_it_in_order():
    job = jobs(WORKFLOW.read_text(encoding="utf-8"))["installer"]
    assert job["runs-on"].startswith("windows-")
    commands = runs(job)
    order = ["uv run python packaging/build.py", "uv run python packaging/smoke_test.py",
             "choco install innosetup", "uv run python packaging/windows/installer.py",
             "uv run python packaging/windows/install_test.py"]
    positions = [next(i for i, c in enumerate(commands) if c.startswith(o)) for o in order]
    assert positions == sorted(positions)
    uses = [step["uses"] for step in job["steps"] if "uses" in step]
    assert uses[0].startswith("actions/checkout@")
    assert any(u.startswith("astral-sh/setup-uv@") for u in uses)


def test_the_installer_is_kept_as_an_artifact():
    job = jobs(WORKFLOW.read_text(encoding="utf-8"))["installer"]
    upload = next(s for s in job["steps"] if s.get("uses", "").startswith(
        "actions/upload-artifact@"))
    assert upload["path"] == "dist/SiBina-Setup-*.exe"
    assert upload["if-no-files-found"] == "error"


def test_the_tests_run_on_windows_too():
    job = jobs(WORKFLOW.read_text(encoding="utf-8"))["tests"]
    assert job["runs-on"].startswith("windows-")
    assert "uv run pytest -q" in runs(job)
