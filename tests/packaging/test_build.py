"""What the build makes, read from its recipe: the build itself runs in .ci/run and on the
Windows runner (.github/workflows/windows.yml)."""

import ast
import struct
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent


def programs_in(spec: str) -> dict[str, bool]:
    """name → console, for every program the recipe collects into the folder."""
    calls = [n for n in ast.walk(ast.parse(spec)) if isinstance(n, ast.Call)]
    collect = next(c for c in calls if c.func.id == "COLLECT")
    found = {}
    for call in collect.args:
        if isinstance(call, ast.Call) and call.func.id == "EXE":
            options = {k.arg: ast.literal_eval(k.value) for k in call.keywords}
            found[options["name"]] = options["console"]
    return found


def test_windows_gets_a_windowed_program_and_a_console_one_beside_it(script):
    spec = script("build.py").spec_text("win32")
    assert programs_in(spec) == {"SiBina": False, "sibina-cli": True}
    assert "sibina.ico" in spec


def test_linux_keeps_one_program_for_both(script):
    assert programs_in(script("build.py").spec_text("linux")) == {"SiBina": True}


def test_the_build_carries_the_window_icon(script):
    spec = script("build.py").spec_text("linux")
    datas = next(k.value for n in ast.walk(ast.parse(spec)) if isinstance(n, ast.Call)
                 and n.func.id == "Analysis" for k in n.keywords if k.arg == "datas")
    assert any(target == "resources/icons" and Path(source) == ROOT / "resources" / "icons"
               for source, target in ast.literal_eval(datas))


def pe_header(subsystem: int) -> bytes:
    """The first bytes of a Windows program, as far as its subsystem field."""
    header = bytearray(512)
    header[:2] = b"MZ"
    struct.pack_into("<I", header, 0x3C, 0x80)
    header[0x80:0x84] = b"PE\0\0"
    struct.pack_into("<H", header, 0x80 + 4 + 20 + 68, subsystem)
    return bytes(header)


def test_the_smoke_test_tells_a_windowed_program_from_a_console_one(script):
    smoke = script("smoke_test.py")
    assert smoke.pe_subsystem(pe_header(2)) == smoke.WINDOWED
    assert smoke.pe_subsystem(pe_header(3)) == smoke.CONSOLE
    with pytest.raises(smoke.Failed):
        smoke.pe_subsystem(b"\x7fELF" + bytes(508))


def test_the_smoke_test_runs_subcommands_through_the_console_program(script, tmp_path):
    smoke = script("smoke_test.py")
    assert smoke.command_line_program_in(tmp_path, "win32") == tmp_path / "sibina-cli.exe"
    assert smoke.program_in(tmp_path, "win32") == tmp_path / "SiBina.exe"
    assert smoke.command_line_program_in(tmp_path, "linux") == tmp_path / "SiBina"
