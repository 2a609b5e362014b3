"""Build SiBina as one folder a PC runs without Python: ``dist/SiBina/SiBina[.exe]``.

    uv run python packaging/build.py [--dist DIR]

The same recipe on Windows and Linux (PyInstaller one-folder, as MusicBrainz Picard
ships). The program takes the same arguments as ``main.py``: no arguments open the window,
a subcommand runs on the command line. On Windows the folder holds two programs on the same
files: ``SiBina.exe`` is a windowed program (no console flashes up from the Start menu),
and ``sibina-cli.exe`` a console one, which cmd.exe waits for, prints into, and takes the
exit code of. What is read from files at run time is carried
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
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "SiBina"
CLI_NAME = "sibina-cli"
# Beside the code, where the modules look for them (relative to their own __file__).
DATA = [("resources/fonts", "resources/fonts"),
        ("resources/translations/*.qm", "resources/translations"),
        ("models/migrations/*.py", "models/migrations"),
        ("models/schema_newest.json", "models"),
        ("resources/icons", "resources/icons"),
        ("resources/letters/*.docx", "resources/letters")]
# Imported by name at run time (the upgrade runner, lazy imports inside functions).
# keyring finds its backends (Windows Credential Manager among them) by entry point:
# PyInstaller's own hook-keyring carries every backend and the entry points' metadata.
HIDDEN = ["playhouse.migrations", "peewee", "cryptography.hazmat.primitives.asymmetric.ed25519"]
# The window imports its pages by name when a tab is first shown: every module of ours.
OWN_PACKAGES = ["models", "reports", "ui"]
# Development tools and Qt parts SiBina never loads: smaller, and nothing to test with.
EXCLUDED = ["pytest", "pytestqt", "_pytest", "ruff", "zxingcpp", "PyInstaller", "tkinter",
            "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtNetwork", "PySide6.Qt3DCore",
            "PySide6.QtWebEngineCore"]


@dataclass(frozen=True)
class Program:
    name: str
    windowed: bool


def programs(platform: str = sys.platform) -> list[Program]:
    """The programs the folder holds. A windowed Windows program has no standard output in
    a console, so the command line gets a console program of its own there; elsewhere one
    program does both."""
    if platform == "win32":
        return [Program(NAME, windowed=True), Program(CLI_NAME, windowed=False)]
    return [Program(NAME, windowed=False)]


def spec_text(platform: str = sys.platform, made: tuple = ()) -> str:
    """PyInstaller's recipe: one analysis, one program per ``programs``, one folder;
    ``made``: (file, folder) pairs built for the occasion (the user guide)."""
    icon = str(ROOT / "packaging" / "windows" / "sibina.ico") if platform == "win32" else None
    executables = ", ".join(
        f"EXE(pyz, a.scripts, [], exclude_binaries=True, name={p.name!r}, "
        f"console={not p.windowed!r}, icon={icon!r}, upx=False)"
        for p in programs(platform))
    return f"""# Written by packaging/build.py; the lists live there.
a = Analysis([{str(ROOT / "main.py")!r}], pathex=[{str(ROOT)!r}],
             datas={[(str(ROOT / source), target) for source, target in DATA]
                    + [(str(file), folder) for file, folder in made]!r},
             hiddenimports={HIDDEN + own_modules()!r}, excludes={EXCLUDED!r})
pyz = PYZ(a.pure)
COLLECT({executables}, a.binaries, a.datas, name={NAME!r}, upx=False)
"""


def build(dist: Path, work: Path) -> Path:
    import PyInstaller.__main__

    guide = build_guide(work / "guide")
    work.mkdir(parents=True, exist_ok=True)
    spec = work / f"{NAME}.spec"
    # The guide goes where ui/main_window.py looks for it: resources/ beside the fonts.
    spec.write_text(spec_text(made=((guide, "resources"), *icon_font())), encoding="utf-8")
    PyInstaller.__main__.run([str(spec), "--noconfirm", "--clean", "--distpath", str(dist),
                              "--workpath", str(work), "--log-level", "WARN"])
    return dist / NAME


def build_guide(folder: Path) -> Path:
    """The user guide, its screenshots taken from this source: in a process of its own,
    which opens the window offscreen."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, str(ROOT / "packaging" / "guide.py"), "--out", str(folder)],
                   check=True, env=env)
    return folder / "panduan-pengguna.pdf"


def icon_font() -> list[tuple[Path, str]]:
    """The toolbar icons' font, read from qtawesome's package without importing it (see
    ui/common/icons.py): carried where the built program looks for it."""
    sys.path.insert(0, str(ROOT))
    from ui.common.icons import font_files

    folder = Path(find_spec("qtawesome").submodule_search_locations[0]) / "fonts"
    return [(file, "resources/icons/mdi") for file in font_files(folder)]


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
    suffix = ".exe" if sys.platform == "win32" else ""
    made = [folder / (p.name + suffix) for p in programs()]
    print(f"{', '.join(p.name for p in made)}: {folder_size(folder) / 1e6:.0f} MB in {folder}, "
          f"built in {time.monotonic() - started:.0f} s")
    return 0 if all(p.exists() for p in made) else 1


if __name__ == "__main__":
    sys.exit(main())
