"""On Windows: install SiBina as the signed-in user, use it, uninstall it, and check that the
office's data stayed. Exit 1 on the first failure. Run by .github/workflows/windows.yml.

    python packaging/windows/install_test.py dist/SiBina-Setup-<version>.exe

Installs silently (as an office would by double-clicking, without the questions), twice,
as an update does; then the program runs from the Start-menu folder, makes a database and
a signing key in the data folder, and the uninstaller removes the program and its
shortcuts but not the data folder.
"""

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

APP_ID = "{58AA675A-37E7-4660-94EB-C7537D3F003F}"  # sibina.iss's AppId
SILENT = ["/VERYSILENT", "/SUPPRESSMSGBOXES", "/NORESTART"]


class Failed(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise Failed(what)
    print(f"ok  {what}")


def run(command: list, what: str, *words: str) -> str:
    result = subprocess.run([str(c) for c in command], capture_output=True, text=True,
                            encoding="utf-8", timeout=300)
    out = result.stdout + result.stderr
    check(result.returncode == 0 and all(w in out for w in words),
          f"{what} (exit {result.returncode}){'' if result.returncode == 0 else ': ' + out}")
    return out


def registered_for_this_user_only() -> bool:
    import winreg

    key = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP_ID}_is1"

    def present(root) -> bool:
        try:
            winreg.CloseKey(winreg.OpenKey(root, key))
            return True
        except OSError:
            return False
    return present(winreg.HKEY_CURRENT_USER) and not present(winreg.HKEY_LOCAL_MACHINE)


def main(installer: Path) -> None:
    local, roaming = Path(os.environ["LOCALAPPDATA"]), Path(os.environ["APPDATA"])
    app = local / "Programs" / "SiBina"
    data = local / "SiBina" / "SiBina"
    shortcut = roaming / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "SiBina.lnk"
    cli = app / "sibina-cli.exe"
    keys_before = set((data / "keys").glob("*"))
    with tempfile.TemporaryDirectory(prefix="sibina-install-") as temp:
        for attempt in ("install", "install again over it (an update)"):
            run([installer, *SILENT, f"/LOG={Path(temp) / 'setup.log'}"], attempt)
        check((app / "SiBina.exe").exists() and cli.exists(), f"both programs in {app}")
        check(shortcut.exists(), "the Start-menu entry")
        check(registered_for_this_user_only(), "registered for this user, not the machine")
        run([cli, "--lang", "id", "demo"], "the installed program fills the demo",
            "Data demo ditulis")
        run([cli, "check"], "check on the database in the data folder")
        run([cli, "certificates", "1", "--out", Path(temp) / "sertifikat.pdf"],
            "certificates (the first makes the signing key)")
        check((data / "sibina.sqlite").exists(), f"the database in {data}")
        keys = set((data / "keys").glob("*"))
        check(bool(keys - keys_before), f"a new private signing key in {data / 'keys'}")
        run([app / "unins000.exe", *SILENT], "uninstall")
        deadline = time.monotonic() + 120  # the uninstaller finishes from a copy of itself
        while (app / "SiBina.exe").exists() and time.monotonic() < deadline:
            time.sleep(1)
        check(not (app / "SiBina.exe").exists(), "the program is removed")
        check(not shortcut.exists(), "the Start-menu entry is removed")
        check((data / "sibina.sqlite").exists(), "the database stayed")
        check(all(key.exists() for key in keys), "the signing keys stayed")


if __name__ == "__main__":
    try:
        main(Path(sys.argv[1]))
    except (Failed, subprocess.TimeoutExpired) as exc:
        print(f"FAILED {exc}", file=sys.stderr)
        sys.exit(1)
