"""Start the built program and check it carries what it needs; exit 1 on the first failure.

    uv run python packaging/smoke_test.py [dist/SiBina]

Everything runs in a temporary folder with a home of its own, as on a PC that never had
SiBina: a demo database, its check, a merged certificate PDF whose text and fonts are read
back, a message in Indonesian (the translation is inside), the window opening
offscreen, and the user guide beside the fonts, with a chapter for every tab. On Windows
the subcommands run through the console program ``sibina-cli.exe``, and both programs are
checked to be of their kind (windowed, console). Prints the build's size and the window's
start time beside ``main.py``'s under this Python.
"""

import os
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NAME = "SiBina"
CLI_NAME = "sibina-cli"
# A Windows program's subsystem, from its PE header: windowed or console.
WINDOWED, CONSOLE = 2, 3


class Failed(Exception):
    pass


def program_in(folder: Path, platform: str = sys.platform) -> Path:
    return folder / (NAME + (".exe" if platform == "win32" else ""))


def command_line_program_in(folder: Path, platform: str = sys.platform) -> Path:
    """What runs the subcommands: on Windows the console program beside the windowed one."""
    return folder / (CLI_NAME + ".exe") if platform == "win32" else program_in(folder, platform)


def pe_subsystem(header: bytes) -> int:
    """The subsystem field of a Windows program (from its first kilobytes)."""
    if header[:2] != b"MZ":
        raise Failed("not a Windows program")
    start = struct.unpack_from("<I", header, 0x3C)[0]
    if header[start:start + 4] != b"PE\0\0":
        raise Failed("no PE header")
    # After the signature, the 20-byte file header; the subsystem is at 68 in the next.
    return struct.unpack_from("<H", header, start + 4 + 20 + 68)[0]


def check_windows_programs(folder: Path) -> None:
    for program, kind, what in ((program_in(folder), WINDOWED, "windowed"),
                                (command_line_program_in(folder), CONSOLE, "console")):
        with open(program, "rb") as file:
            if pe_subsystem(file.read(4096)) != kind:
                raise Failed(f"{program.name} is not a {what} program")
        print(f"ok  {program.name} is a {what} program")


def run(command: list, home: Path, extra_env: dict | None = None, timeout: int = 180):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home),
           "USERPROFILE": str(home), "LOCALAPPDATA": str(home / "local"),
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           **(extra_env or {})}
    for variable in ("PYTHONPATH", "VIRTUAL_ENV"):  # the frozen program must need neither
        env.pop(variable, None)
    return subprocess.run([str(c) for c in command], capture_output=True, text=True,
                          env=env, cwd=home, timeout=timeout, encoding="utf-8")


def expect(result, what: str, *words: str) -> str:
    out = result.stdout + result.stderr
    if result.returncode != 0 or any(word not in out for word in words):
        raise Failed(f"{what}: exit {result.returncode}, expected {words!r} in:\n{out[-2000:]}")
    print(f"ok  {what}")
    return out


def window_start(command: list, home: Path) -> float:
    """Seconds from starting the process until the window is shown with its first rows."""
    started = time.time()
    result = run(command, home, {"SIBINA_BENCH_STARTUP": "1"}, timeout=60)
    lines = [line.split() for line in result.stdout.splitlines()]
    ready = [float(parts[1]) for parts in lines if parts[:1] == ["ready"]]
    if result.returncode != 0 or not ready:
        raise Failed(f"window: exit {result.returncode}\n{(result.stdout + result.stderr)[-2000:]}")
    return ready[0] - started


def certificate_text(pdf: Path) -> tuple[str, set[str]]:
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    fonts = set()
    for page in reader.pages:
        for font in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            fonts.add(str(font.get_object().get("/BaseFont", "")))
    return "\n".join(page.extract_text() for page in reader.pages), fonts


def check_guide(folder: Path) -> None:
    """The guide sits in the resources/ folder the fonts are found in (the certificate PDF
    proves those are found), as ui/main_window.py looks for it, and opens at each tab."""
    from pypdf import PdfReader

    fonts = [path.parent for path in folder.rglob("NotoSans-Regular.ttf")]
    guides = [path / "panduan-pengguna.pdf" for path in {font.parent for font in fonts}]
    if len(fonts) != 1 or not guides[0].exists():
        raise Failed(f"the user guide is not beside the fonts {fonts} in {folder}")
    reader = PdfReader(guides[0])
    chapters = {str(name).lstrip("/") for name in reader.named_destinations}
    tabs = {"staff_page", "events_page", "attendance_page", "evaluations_page",
            "certificates_page", "reports_page", "network_page"}
    if not tabs <= chapters or "Panduan Pengguna SiBina" not in reader.pages[0].extract_text():
        raise Failed(f"the user guide {guides[0]}: chapters {sorted(chapters)}")
    print(f"ok  user guide, {len(reader.pages)} pages, a chapter for every tab: {guides[0]}")


def letter_text(docx: Path) -> str:
    from docx import Document

    document = Document(str(docx))
    cells = [cell.text for table in document.tables for row in table.rows
             for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def smoke(folder: Path) -> None:
    window_program, program = program_in(folder), command_line_program_in(folder)
    for needed in (window_program, program):
        if not needed.exists():
            raise Failed(f"{needed} is not there: run packaging/build.py first")
    if not (folder / "_internal" / "resources" / "icons" / "sibina.png").exists():
        raise Failed("the window icon resources/icons/sibina.png is not in the build")
    print("ok  the window icon is inside")
    if sys.platform == "win32":
        check_windows_programs(folder)
    check_guide(folder)
    with tempfile.TemporaryDirectory(prefix="sibina-smoke-") as temp:
        home = Path(temp)
        db = home / "kantor.sqlite"
        expect(run([program, "--db", db, "--lang", "id", "demo"], home), "demo on a new database",
               "Data demo ditulis")
        expect(run([program, "--db", db, "check"], home), "check")
        out = run([program, "--db", db, "--lang", "id", "verify", "999/X/2026"], home)
        if "Kantor ini tidak pernah menerbitkan sertifikat bernomor 999/X/2026" not in out.stdout:
            raise Failed(f"an Indonesian message: {out.stdout + out.stderr}")
        print("ok  an Indonesian message")
        pdf = home / "sertifikat.pdf"
        expect(run([program, "--db", db, "certificates", "1", "--out", pdf], home),
               "certificates of event 1 to one PDF")
        text, fonts = certificate_text(pdf)
        if "SERTIFIKAT" not in text.upper() or not any("Noto" in f for f in fonts):
            raise Failed(f"certificate PDF: fonts {sorted(fonts)}, text {text[:300]!r}")
        print(f"ok  certificate PDF text read back, fonts {', '.join(sorted(fonts))}")
        letter = home / "undangan.docx"
        expect(run([program, "--db", db, "letter", "invitation", "1", "--out", letter], home),
               "an invitation letter from the shipped template")
        words = letter_text(letter)
        if "UNDANGAN" not in words.upper() or "NIP" not in words:
            raise Failed(f"invitation letter: {words[:300]!r}")
        print("ok  invitation letter read back (its template is inside)")
        frozen = window_start([window_program, "--db", db], home)
        source = window_start([sys.executable, ROOT / "main.py", "--db", db], home)
        print(f"ok  window opens offscreen: frozen {frozen:.2f} s, main.py under this "
              f"Python {source:.2f} s")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"build: {size / 1e6:.0f} MB in {folder}")


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "dist" / NAME
    try:
        smoke(folder)
    except (Failed, subprocess.TimeoutExpired) as exc:
        print(f"FAILED {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
