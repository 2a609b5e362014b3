"""Every table of SiBina, in creation order."""

from .attendance import Attendance, SessionAttachment
from .certificate import Certificate, CertificateLayout, Signatory
from .evaluation import (
    Answer,
    EventQuestionnaire,
    FollowUp,
    ImportMapping,
    Question,
    Questionnaire,
    Response,
    ServiceMetric,
    ServiceStat,
    TestScore,
)
from .event import Event, EventSession, Registration, Theme
from .person import Person
from .settings import Setting
from .stored_file import StoredFile

ALL_MODELS = [
    Setting,
    StoredFile,
    Person,
    Theme,
    Event,
    EventSession,
    Registration,
    Attendance,
    SessionAttachment,
    Questionnaire,
    Question,
    EventQuestionnaire,
    ImportMapping,
    Response,
    Answer,
    TestScore,
    FollowUp,
    ServiceMetric,
    ServiceStat,
    Signatory,
    CertificateLayout,
    Certificate,
]

__all__ = [m.__name__ for m in ALL_MODELS] + ["ALL_MODELS"]
