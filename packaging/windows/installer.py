"""Make the Windows installer from the one-folder build: ``dist/SiBina-Setup-<version>.exe``.

    uv run python packaging/build.py
    uv run python packaging/windows/installer.py [--iscc PATH]

Runs Inno Setup's compiler (ISCC) on ``sibina.iss`` with the version from pyproject.toml.
Inno Setup is a Windows program: on GitHub's Windows runners ``choco install innosetup``
puts it in Program Files, where this finds it.
"""

import argparse
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
SCRIPT = ROOT / "packaging" / "windows" / "sibina.iss"
DIST = ROOT / "dist"


def version() -> str:
    with open(ROOT / "pyproject.toml", "rb") as file:
        return tomllib.load(file)["project"]["version"]


def installer_name(app_version: str) -> str:
    return f"SiBina-Setup-{app_version}.exe"


def iscc_places(environ: dict) -> list[Path]:
    """Where Inno Setup 6 installs its compiler: for all users, or for one (its own
    per-user install)."""
    places = [Path(environ[v]) / "Inno Setup 6" / "ISCC.exe"
              for v in ("ProgramFiles(x86)", "ProgramFiles") if environ.get(v)]
    if environ.get("LOCALAPPDATA"):
        places.append(Path(environ["LOCALAPPDATA"]) / "Programs" / "Inno Setup 6" / "ISCC.exe")
    return places


def find_iscc(environ: dict = os.environ) -> Path | None:
    import shutil

    on_path = shutil.which("iscc") or shutil.which("ISCC.exe")
    if on_path:
        return Path(on_path)
    return next((place for place in iscc_places(environ) if place.exists()), None)


def iscc_command(iscc: Path, app_version: str, dist: Path = DIST) -> list[str]:
    return [str(iscc), f"/DAppVersion={app_version}", f"/DDistDir={dist / 'SiBina'}",
            f"/DOutputDir={dist}", "/Qp", str(SCRIPT)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iscc", type=Path, help="ISCC.exe, when not found by itself")
    parser.add_argument("--dist", type=Path, default=DIST)
    args = parser.parse_args(argv)
    iscc = args.iscc or find_iscc()
    if iscc is None:
        print("Inno Setup 6 (ISCC.exe) not found: install it (choco install innosetup) "
              "or name it with --iscc", file=sys.stderr)
        return 1
    if not (args.dist / "SiBina" / "SiBina.exe").exists():
        print(f"no build in {args.dist / 'SiBina'}: run packaging/build.py first",
              file=sys.stderr)
        return 1
    app_version = version()
    result = subprocess.run(iscc_command(iscc, app_version, args.dist))
    made = args.dist / installer_name(app_version)
    if result.returncode != 0 or not made.exists():
        print(f"ISCC failed (exit {result.returncode})", file=sys.stderr)
        return 1
    print(f"{made}: {made.stat().st_size / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
