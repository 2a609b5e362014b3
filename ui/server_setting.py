"""Which database this PC's window opens: its own file (the default), or the office's
database server. The server's address is kept per PC in QSettings; its password only by
the OS keyring (Windows Credential Manager), never in QSettings, which on Windows is the
registry any program of the user can read."""

from dataclasses import dataclass

from PySide6.QtCore import QSettings

from models.sharing.server_check import DEFAULT_PORT, server_uri

GROUP = "database_server"
SERVICE = "SiBina"


@dataclass(frozen=True, slots=True)
class ServerSetting:
    host: str
    port: int = DEFAULT_PORT
    database: str = "sibina"
    user: str = ""

    def uri(self) -> str:
        return server_uri(self.host, self.port, self.database, self.user)

    @property
    def keyring_name(self) -> str:
        # Per user and server: a PC that once pointed at another server keeps its password
        # apart, and a second user of the PC has one of their own.
        return f"{self.user}@{self.host}"


def saved() -> ServerSetting | None:
    """The server this PC opens, or None for its own file."""
    settings = QSettings()
    host = str(settings.value(f"{GROUP}/host", "") or "")
    if not host:
        return None
    return ServerSetting(host, int(settings.value(f"{GROUP}/port", DEFAULT_PORT)),
                         str(settings.value(f"{GROUP}/database", "") or ""),
                         str(settings.value(f"{GROUP}/user", "") or ""))


def save(server: ServerSetting, password: str) -> None:
    """Point this PC at ``server``; the password goes to the keyring first, so a keyring
    that refuses it (raising keyring.errors.KeyringError) leaves the setting as it was.
    Without a password none is kept: libpq then looks in PGPASSWORD and the pgpass file."""
    import keyring

    if password:
        keyring.set_password(SERVICE, server.keyring_name, password)
    else:
        forget_password(server)
    settings = QSettings()
    for key in ("host", "port", "database", "user"):
        settings.setValue(f"{GROUP}/{key}", getattr(server, key))
    settings.sync()


def use_file() -> None:
    """Back to this PC's own file; the server's password is taken out of the keyring."""
    if (server := saved()) is not None:
        forget_password(server)
    settings = QSettings()
    settings.remove(GROUP)
    settings.sync()


def password_of(server: ServerSetting) -> str | None:
    """The password kept for ``server``; None when there is none, or no keyring to ask
    (libpq then looks for one itself, in PGPASSWORD or the pgpass file)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(SERVICE, server.keyring_name)
    except KeyringError:
        return None


def forget_password(server: ServerSetting) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.delete_password(SERVICE, server.keyring_name)
    except KeyringError:
        pass  # nothing kept, or no keyring: nothing to take out
