"""File names Windows accepts: no \\ / : * ? " < > | or control characters, no trailing dot
or space, short enough for a USB stick's folder."""

import re

UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def safe_name(text: str, limit: int = 80) -> str:
    cleaned = " ".join(UNSAFE.sub("-", text).split())
    return cleaned[:limit].rstrip(" .") or "SiBina"
