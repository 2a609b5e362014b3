"""Passwords kept as scrypt hashes: memory-hard, so a stolen database cannot be tried
against millions of guesses a second, and in Python's standard library (no new package).

A stored hash names its algorithm and parameters, so stronger ones later still read the
old: ``scrypt$n=16384,r=8,p=1$<salt>$<hash>`` (salt and hash in base64).
"""

import base64
import functools
import hashlib
import hmac
import secrets

from models.messages import QT_TRANSLATE_NOOP, Message, message

MIN_LENGTH = 8
N, R, P = 2**14, 8, 1  # 16 MB and about 50 ms a try on an office PC
SALT_BYTES, HASH_BYTES = 16, 32


def problem(password: str) -> Message | None:
    """Why ``password`` may not be used, or None."""
    if len(password) < MIN_LENGTH:
        return message("Users", QT_TRANSLATE_NOOP(
            "Users", "A password needs at least {minimum} characters."), minimum=MIN_LENGTH)
    return None


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p,
                          maxmem=256 * n * r, dklen=HASH_BYTES)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(SALT_BYTES)
    digest = _scrypt(password, salt, N, R, P)
    return f"scrypt$n={N},r={R},p={P}${_b64(salt)}${_b64(digest)}"


def verify(password: str, stored: str) -> bool:
    """Whether ``password`` is the one ``stored`` was made from (False for a damaged hash)."""
    try:
        algorithm, parameters, salt, digest = stored.split("$")
        values = dict(part.split("=") for part in parameters.split(","))
        n, r, p = int(values["n"]), int(values["r"]), int(values["p"])
        salt_bytes, expected = base64.b64decode(salt), base64.b64decode(digest)
    except (ValueError, KeyError):
        return False
    if algorithm != "scrypt":
        return False
    return hmac.compare_digest(_scrypt(password, salt_bytes, n, r, p), expected)


# Checked against when the login name is unknown, so that answer takes as long as a wrong
# password's and the time taken does not tell which names exist.
@functools.cache
def _decoy() -> str:
    return hash_password(secrets.token_hex(8))


def spend_time(password: str) -> None:
    verify(password, _decoy())
