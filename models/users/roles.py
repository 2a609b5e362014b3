"""Who may do what: the roles and the named actions, in one place for window and command
line alike."""

from models.messages import QT_TRANSLATE_NOOP

ADMINISTRATOR, OPERATOR, CHECKIN, PIMPINAN = "administrator", "operator", "checkin", "pimpinan"

ROLES = {
    ADMINISTRATOR: QT_TRANSLATE_NOOP("Roles", "Administrator"),
    OPERATOR: QT_TRANSLATE_NOOP("Roles", "Operator"),
    CHECKIN: QT_TRANSLATE_NOOP("Roles", "Check-in"),
    PIMPINAN: QT_TRANSLATE_NOOP("Roles", "Pimpinan (head of office)"),
}

# The actions the window and the command line ask about.
READ = "read"  # look at every tab, list, search
PRINT = "print"  # print and export reports, sheets, letters (writes files, not data)
CHANGE = "change"  # daily work: staff, events, attendance, evaluations, certificates, imports
CHECK_IN = "check_in"  # the check-in window at the door
BACKUP = "backup"
SETTINGS = "settings"
USERS = "users"
RESTORE = "restore"
SIGNING_KEYS = "signing_keys"

ALL_ACTIONS = frozenset({READ, PRINT, CHANGE, CHECK_IN, BACKUP, SETTINGS, USERS, RESTORE,
                         SIGNING_KEYS})
_ALLOWED = {
    ADMINISTRATOR: ALL_ACTIONS,
    OPERATOR: frozenset({READ, PRINT, CHANGE, CHECK_IN, BACKUP}),
    # The laptop at the door: nothing but checking people in.
    CHECKIN: frozenset({CHECK_IN}),
    # The head of office reads and prints everything and changes nothing.
    PIMPINAN: frozenset({READ, PRINT}),
}


def allows(role: str, action: str) -> bool:
    """Whether someone with ``role`` may do ``action`` (an unknown role may do nothing)."""
    return action in _ALLOWED.get(role, frozenset())
