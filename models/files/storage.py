"""Where a file lives: a database on a USB stick or a network share is not safe for SQLite.

USB sticks may lie about having written data, and WAL does not work over network file
systems (sqlite.org), so the working database belongs on the local disk.
"""

import os
import sys
from pathlib import Path

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p", "afs"}
_REMOVABLE_ROOTS = ("/media/", "/run/media/", "/mnt/usb")


def is_unsafe_location(path) -> bool:
    """True when ``path`` is on removable media or a network share (best effort)."""
    path = Path(path).resolve()
    if sys.platform == "win32":
        return _windows_drive_unsafe(path)
    return _posix_unsafe(path)


def is_removable(path) -> bool:
    """True when ``path`` is on a USB stick or another removable drive (best effort)."""
    path = Path(path).resolve()
    if sys.platform == "win32":
        return not str(path).startswith("\\\\") and _windows_drive_type(path) == 2
    text = str(path)
    if text.startswith(_REMOVABLE_ROOTS):
        return True
    return _posix_flagged_removable(_mount_of(text)[2])


def _windows_drive_type(path: Path) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(path.anchor)


def _windows_drive_unsafe(path: Path) -> bool:
    if str(path).startswith("\\\\"):
        return True  # UNC path: a network share
    return _windows_drive_type(path) in (2, 4)  # DRIVE_REMOVABLE, DRIVE_REMOTE


def _posix_unsafe(path: Path) -> bool:
    text = str(path)
    if text.startswith(_REMOVABLE_ROOTS):
        return True
    mount, fstype, device = _mount_of(text)
    if fstype in _NETWORK_FS:
        return True
    return _posix_flagged_removable(device)


def _posix_flagged_removable(device: str) -> bool:
    name = os.path.basename(device)
    for candidate in (name, name.rstrip("0123456789").removesuffix("p")):
        flag = Path("/sys/block") / candidate / "removable"
        if flag.exists():
            return flag.read_text().strip() == "1"
    return False


def _mount_of(text: str) -> tuple[str, str, str]:
    best = ("/", "", "")
    try:
        lines = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return best
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        device, mount, fstype = parts[0], parts[1], parts[2]
        inside = text == mount or text.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best[0]):
            best = (mount, fstype, device)
    return best
