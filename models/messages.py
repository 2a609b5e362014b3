"""Translatable messages raised by the domain layer.

The domain cannot import Qt, so it marks its texts with ``QT_TRANSLATE_NOOP`` (which
``pyside6-lupdate`` recognises by name) and hands the UI a :class:`Message`; the UI looks
the text up in the installed translator and fills in the parameters.

Write the context as a string literal in each ``QT_TRANSLATE_NOOP`` call: lupdate skips a
call whose context is a variable, and that text would stay English forever.
"""

import datetime
from dataclasses import dataclass, field


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate knows
    return text


@dataclass(frozen=True)
class Message:
    context: str
    text: str
    params: dict = field(default_factory=dict)

    def english(self) -> str:
        """The English text (for logs and tests): dates ISO, times ``08:30``."""
        return self.text.format(**{k: _english(v) for k, v in self.params.items()})


def _english(value):
    if isinstance(value, Message):
        return value.english()
    return value.strftime("%H:%M") if isinstance(value, datetime.time) else value


def message(context: str, text: str, **params) -> Message:
    return Message(context, text, params)


class SiBinaError(Exception):
    """An error the office should read in its own language, not a traceback."""

    def __init__(self, msg: Message):
        super().__init__(msg.english())
        self.msg = msg


class ValidationError(SiBinaError):
    """One or more fields are wrong; ``problems`` maps each field to its reason."""

    def __init__(self, problems: dict[str, Message]):
        first = next(iter(problems.values()))
        super().__init__(first)
        self.problems = problems
