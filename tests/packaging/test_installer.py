"""The Windows installer's recipe, read as Inno Setup reads it. Inno Setup and Windows are
not on this project's machines: the installer is made and tried by the Windows runner
(.github/workflows/windows.yml); what can be checked from the files is checked here."""

import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
WINDOWS = ROOT / "packaging" / "windows"
ISS = WINDOWS / "sibina.iss"
DATA_FOLDER = "{localappdata}\\sibina"  # %LOCALAPPDATA%\SiBina\SiBina holds the data


def read_iss(text: str) -> dict[str, list]:
    """section → its lines: [Setup]-like ones as (key, value), entry sections as dicts of
    ``Name: "value"; Flags: …``; preprocessor #defines substituted."""
    defines = dict(re.findall(r'#define\s+(\w+)\s+"([^"]*)"', text))
    sections, current = {}, None
    for raw in text.splitlines():
        line = re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], raw.strip())
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].lower(), [])
        elif re.match(r'^\w+:\s', line):
            parts = re.findall(r'(\w+):\s*("[^"]*"|[^;]*)(?:;\s*|$)', line)
            current.append({k.lower(): v.strip().strip('"') for k, v in parts})
        else:
            key, _, value = line.partition("=")
            current.append((key.strip(), value.strip()))
    return sections


def setup() -> dict[str, str]:
    return dict(read_iss(ISS.read_text(encoding="utf-8"))["setup"])


def test_it_installs_per_user_without_administrator_rights():
    options = setup()
    assert options["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in options  # no way to ask for admin


def test_the_program_goes_apart_from_the_data_folder():
    folder = setup()["DefaultDirName"].lower()
    assert folder.startswith(("{userpf}", "{localappdata}"))
    assert not folder.startswith(DATA_FOLDER) and not DATA_FOLDER.startswith(folder)


def test_it_carries_the_whole_one_folder_build():
    files = read_iss(ISS.read_text(encoding="utf-8"))["files"]
    build = next(f for f in files if f["source"].endswith("\\*"))
    source = (WINDOWS / build["source"][:-2].replace("\\", "/")).resolve()
    assert source == ROOT / "dist" / "SiBina"
    assert build["destdir"] == "{app}"
    assert {"recursesubdirs", "createallsubdirs"} <= set(build["flags"].split())


def test_the_start_menu_entry_opens_sibina_with_its_icon():
    sections = read_iss(ISS.read_text(encoding="utf-8"))
    entry = next(i for i in sections["icons"] if i["name"].startswith("{userprograms}\\"))
    assert entry["filename"] == "{app}\\SiBina.exe"
    assert entry["iconfilename"] == "{app}\\sibina.ico"
    assert any(f["source"] == "sibina.ico" and f["destdir"] == "{app}"
               for f in sections["files"])
    assert setup()["SetupIconFile"] == "sibina.ico" and (WINDOWS / "sibina.ico").exists()


def test_uninstalling_never_touches_the_data_folder():
    sections = read_iss(ISS.read_text(encoding="utf-8"))
    assert "uninstalldelete" not in sections
    assert "code" not in sections  # no script that could delete anything itself
    for entry in sections.get("installdelete", []):
        assert entry["name"].startswith("{app}\\")


def test_the_office_is_told_the_data_stays_in_both_languages():
    messages = dict(read_iss(ISS.read_text(encoding="utf-8"))["messages"])
    indonesian = dict(read_iss((WINDOWS / "sibina-id.isl").read_text(encoding="utf-8"))
                      ["messages"])
    assert "AppData\\Local\\SiBina) is kept" in messages["en.ConfirmUninstall"]
    assert "tetap disimpan" in indonesian["ConfirmUninstall"]
    assert "AppData\\Local\\SiBina" in indonesian["UninstalledAll"]


def test_it_speaks_indonesian_first_from_a_file_in_the_repository():
    sections = read_iss(ISS.read_text(encoding="utf-8"))
    first = sections["languages"][0]
    assert first["name"] == "id"
    for name in first["messagesfile"].split(","):
        assert name.startswith("compiler:") or (WINDOWS / name).exists()
    assert setup()["LanguageDetectionMethod"] == "none"


def test_the_installer_is_named_for_the_version(script, tmp_path):
    installer = script("windows/installer.py")
    with open(ROOT / "pyproject.toml", "rb") as file:
        version = tomllib.load(file)["project"]["version"]
    assert setup()["OutputBaseFilename"] == "SiBina-Setup-0.0.0"  # ISCC /DAppVersion= sets it
    assert installer.installer_name(installer.version()) == f"SiBina-Setup-{version}.exe"
    command = installer.iscc_command(tmp_path / "ISCC.exe", version, tmp_path)
    assert f"/DAppVersion={version}" in command and command[-1] == str(ISS)
    assert f"/DDistDir={tmp_path / 'SiBina'}" in command


def test_iscc_is_looked_for_where_inno_setup_installs_it(script, tmp_path):
    places = script("windows/installer.py").iscc_places(
        {"ProgramFiles(x86)": str(tmp_path / "x86"), "LOCALAPPDATA": str(tmp_path / "local")})
    assert places == [tmp_path / "x86" / "Inno Setup 6" / "ISCC.exe",
                      tmp_path / "local" / "Programs" / "Inno Setup 6" / "ISCC.exe"]


def test_every_locked_package_installs_on_64_bit_windows_without_a_compiler():
    """The Windows runner and an office PC get wheels only: a dependency without one for
    Windows would need a C compiler there."""
    with open(ROOT / "uv.lock", "rb") as file:
        lock = tomllib.load(file)
    fits = re.compile(r"-(none-any|(cp311-cp311|cp3\d+-abi3|py3-none|py2\.py3-none)-win_amd64)"
                      r"\.whl$")
    missing = [p["name"] for p in lock["package"] if p.get("wheels") or p.get("sdist")
               if not any(fits.search(w["url"]) for w in p.get("wheels", []))]
    assert missing == []
