"""Every table of SiBina, in creation order."""

from models.attendance.tables import Attendance, SessionAttachment
from models.audit.tables import AuditEntry
from models.certificates.tables import (
    Certificate,
    CertificateLayout,
    OutsideCertificate,
    Signatory,
    SigningKey,
)
from models.evaluation.tables import (
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
from models.events.tables import Event, EventPhoto, EventSession, Registration, Theme
from models.files.stored import StoredFile
from models.letters.tables import EventPaper, EventPayment, LetterTemplate
from models.network.tables import Cooperation, CooperationDocument, Organisation
from models.opportunities.tables import Opportunity
from models.settings import Setting
from models.staff.tables import Person
from models.users.tables import AppUser

ALL_MODELS = [
    Setting,
    StoredFile,
    Organisation,
    Person,
    Theme,
    Event,
    EventSession,
    Registration,
    Attendance,
    SessionAttachment,
    EventPhoto,
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
    OutsideCertificate,
    SigningKey,
    EventPaper,
    LetterTemplate,
    AppUser,
    EventPayment,
    AuditEntry,
    Cooperation,
    CooperationDocument,
    Opportunity,
]

__all__ = [m.__name__ for m in ALL_MODELS] + ["ALL_MODELS"]
