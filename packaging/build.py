"""Build SiBina as one folder a PC runs without Python: ``dist/SiBina/SiBina[.exe]``.

    uv run python packaging/build.py [--dist DIR]

The same recipe on Windows and Linux (PyInstaller one-folder, as MusicBrainz Picard
ships). The program takes the same arguments as ``main.py``: no arguments open the window,
a subcommand runs on the command line. What is read from files at run time is carried
beside the code: the fonts and translations (``resources/``), the schema migrations (the
upgrade runner reads them as files), the newest schema layout every open compares a
database with, and the user guide (built first by ``packaging/guide.py``; Bantuan >
Panduan Pengguna opens it from ``resources/``). Test tools (pytest, ruff, zxing) are
development dependencies and are excluded, so the build carries none of them.
"""

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "SiBina"
# Beside the code, where the modules look for them (relative to their own __file__).
DATA = [("resources/fonts", "resources/fonts"),
        ("resources/translations/*.qm", "resources/translations"),
        ("models/migrations/*.py", "models/migrations"),
        ("models/schema_newest.json", "models")]
# Imported by name at run time (the upgrade runner, lazy imports inside functions).
HIDDEN = ["playhouse.migrations", "peewee", "cryptography.hazmat.primitives.asymmetric.ed25519"]
# The window imports its pages by name when a tab is first shown: every module of ours.
OWN_PACKAGES = ["models", "reports", "ui"]
# Development tools and Qt parts SiBina never loads: smaller, and nothing to test with.
EXCLUDED = ["pytest", "pytestqt", "_pytest", "ruff", "zxingcpp", "PyInstaller", "tkinter",
            "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "PySide6.Qt3DCore",
            "PySide6.QtWebEngineCore"]


def build(dist: Path, work: Path) -> Path:
    import PyInstaller.__main__

    guide = build_guide(work / "guide")
    separator = ";" if sys.platform == "win32" else ":"
    args = [str(ROOT / "main.py"), "--name", NAME, "--onedir", "--noconfirm", "--clean",
            "--distpath", str(dist), "--workpath", str(work), "--specpath", str(work),
            "--paths", str(ROOT), "--log-level", "WARN"]
    for source, target in DATA:
        args += ["--add-data", f"{ROOT / source}{separator}{target}"]
    # Where ui/main_window.py looks for it: resources/ beside the fonts.
    args += ["--add-data", f"{guide}{separator}resources"]
    for module in HIDDEN:
        args += ["--hidden-import", module]
    for module in own_modules():
        args += ["--hidden-import", module]
    for module in EXCLUDED:
        args += ["--exclude-module", module]
    icon = ROOT / "packaging" / "windows" / "sibina.ico"
    if sys.platform == "win32" and icon.exists():
        args += ["--icon", str(icon)]
    PyInstaller.__main__.run(args)
    return dist / NAME


def build_guide(folder: Path) -> Path:
    """The user guide, its screenshots taken from this source: in a process of its own,
    which opens the window offscreen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(ROOT / "packaging" / "guide.py"), "--out", str(folder)],
                   check=True, env=env)
    return folder / "panduan-pengguna.pdf"


def own_modules() -> list[str]:
    """Every module of SiBina's packages, found from the files (PyInstaller's own
    collect-submodules imports them in a process that does not see this folder)."""
    modules = []
    for package in OWN_PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = path.relative_to(ROOT).with_suffix("").parts
            modules.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return modules


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args(argv)
    started = time.monotonic()
    folder = build(args.dist, args.work)
    shutil.rmtree(args.work, ignore_errors=True)
    program = folder / (NAME + (".exe" if sys.platform == "win32" else ""))
    print(f"{program}: {folder_size(folder) / 1e6:.0f} MB in {folder}, built in "
          f"{time.monotonic() - started:.0f} s")
    return 0 if program.exists() else 1


if __name__ == "__main__":
    sys.exit(main())
