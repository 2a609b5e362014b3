"""Refresh the translations after changing user-visible strings.

    uv run python resources/translations/update.py

1. ``pyside6-lupdate`` collects every marked string of main.py, ui/, models/ and reports/
   into ``sibina_id.ts`` (Indonesian) and the plural forms alone into ``sibina_en.ts``.
2. Translate the new entries (Qt Linguist: ``uv run pyside6-linguist sibina_id.ts``), or edit
   the .ts file; the test suite fails while any entry is unfinished.
3. Run this script again: ``pyside6-lrelease`` compiles the .ts files into the .qm files the
   application loads.

``qt_extra_id.ts`` is kept by hand: Qt's own strings (standard buttons, the text-field
context menu) that Qt ships no Indonesian translation for.
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE_DIRS = ("ui", "models", "reports")


def tool(name: str) -> str:
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    return name


def sources() -> list[str]:
    files = [ROOT / "main.py"]
    for folder in SOURCE_DIRS:
        files += sorted((ROOT / folder).rglob("*.py"))
    return [str(f) for f in files]


def lupdate(ts_file: Path, plural_only: bool = False) -> None:
    args = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
            "-ts", str(ts_file)]
    if plural_only:
        args.insert(-2, "-pluralonly")
    subprocess.run(args, check=True, capture_output=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True,
                   capture_output=True)


def main() -> None:
    lupdate(HERE / "sibina_id.ts")
    lupdate(HERE / "sibina_en.ts", plural_only=True)
    for name in ("sibina_id", "sibina_en", "qt_extra_id"):
        lrelease(HERE / f"{name}.ts", HERE / f"{name}.qm")
    print("updated", ", ".join(p.name for p in sorted(HERE.glob("*.qm"))))


if __name__ == "__main__":
    main()
