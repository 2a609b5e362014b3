"""Where this office's private signing keys live: outside the database, on this PC only.

A key in the database would travel in every backup, and whoever holds a backup could sign
a certificate the office never issued. So each private key is a file of its own in the
user's data folder (``keys/<key id>.key``): on Windows its content is sealed with DPAPI,
which only this Windows user on this PC can open; elsewhere the file and its folder are
readable by the user alone. To move to a new PC the office exports the key once as a
passphrase-protected PKCS#8 file and imports it there (models/certificates/keys.py).
"""

import base64
import os
import sys
from pathlib import Path

_folder: Path | None = None
HEADER = "SIBINA-PRIVATE1"


def use_folder(folder) -> None:
    """Where the keys are kept (the window and command line pass the data folder; tests, a
    temporary one)."""
    global _folder
    _folder = Path(folder) if folder is not None else None


def folder() -> Path:
    if _folder is not None:
        return _folder
    base = os.environ.get("LOCALAPPDATA") if sys.platform == "win32" else None
    base = base or os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "SiBina" / "SiBina" / "keys"


def path_of(key_id: str) -> Path:
    return folder() / f"{key_id}.key"


def store(key_id: str, raw: bytes) -> Path:
    """Keep the 32 raw bytes of a private key; returns the file they went to."""
    target = path_of(key_id)
    target.parent.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(target.parent, 0o700)
    sealed, how = (_dpapi_protect(raw), "dpapi") if sys.platform == "win32" else (raw, "plain")
    text = f"{HEADER} {how} {base64.b64encode(sealed).decode('ascii')}\n"
    _write_private(target, text.encode("ascii"))
    return target


def _write_private(target: Path, data: bytes) -> None:
    """Whole or not at all, and readable by the user alone from its first byte."""
    temp = target.with_name(target.name + ".tmp")
    temp.unlink(missing_ok=True)
    handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0),
                     0o600)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, target)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def load(key_id: str) -> bytes | None:
    """The raw private key, or None when this PC does not hold it (or the file is not one
    of ours: a key that cannot be read is as good as absent, and the caller says so)."""
    try:
        header, how, data = path_of(key_id).read_text(encoding="ascii").split()
        sealed = base64.b64decode(data, validate=True)
    except (OSError, ValueError):
        return None
    if header != HEADER:
        return None
    try:
        raw = _dpapi_unprotect(sealed) if how == "dpapi" else sealed
    except OSError:
        return None
    return raw if len(raw) == 32 else None


# --- Windows DPAPI (CryptProtectData), through ctypes: nothing to install ----------------


def _dpapi_protect(data: bytes) -> bytes:
    return _dpapi("CryptProtectData", data)


def _dpapi_unprotect(data: bytes) -> bytes:
    return _dpapi("CryptUnprotectData", data)


def _dpapi(function: str, data: bytes) -> bytes:
    import ctypes
    from ctypes import wintypes

    class Blob(ctypes.Structure):
        _fields_ = [("cbData", wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]

    buffer = ctypes.create_string_buffer(data, len(data))
    source, result = Blob(len(data), buffer), Blob()
    ui_forbidden = 0x1  # never a dialog: the command line and scheduled jobs use it too
    call = getattr(ctypes.windll.crypt32, function)
    if not call(ctypes.byref(source), None, None, None, None, ui_forbidden,
                ctypes.byref(result)):
        raise ctypes.WinError()
    try:
        return ctypes.string_at(result.pbData, result.cbData)
    finally:
        ctypes.windll.kernel32.LocalFree(result.pbData)
