"""What the audit log calls a table and a column, in the words the office knows.

One mapping for the screen and the export: a person's fields by the labels the staff form,
import and export share (models/staff/columns.py); other columns by the words below; a
column none names (a newer table's) by its name.
"""

from models.messages import QT_TRANSLATE_NOOP, Message, message
from models.staff import columns as staff_columns

_C = "AuditLog"

TABLES = {
    "person": QT_TRANSLATE_NOOP("AuditLog", "Person"),
    "event": QT_TRANSLATE_NOOP("AuditLog", "Event"),
    "event_session": QT_TRANSLATE_NOOP("AuditLog", "Session"),
    "registration": QT_TRANSLATE_NOOP("AuditLog", "Participant"),
    "attendance": QT_TRANSLATE_NOOP("AuditLog", "Attendance"),
    "certificate": QT_TRANSLATE_NOOP("AuditLog", "Certificate"),
    "outside_certificate": QT_TRANSLATE_NOOP("AuditLog", "Outside certificate"),
    "response": QT_TRANSLATE_NOOP("AuditLog", "Evaluation response"),
    "answer": QT_TRANSLATE_NOOP("AuditLog", "Evaluation answer"),
    "test_score": QT_TRANSLATE_NOOP("AuditLog", "Test score"),
    "follow_up": QT_TRANSLATE_NOOP("AuditLog", "Follow-up"),
    "setting": QT_TRANSLATE_NOOP("AuditLog", "Setting"),
    "stored_file": QT_TRANSLATE_NOOP("AuditLog", "Stored file"),
    "signatory": QT_TRANSLATE_NOOP("AuditLog", "Signatory"),
    "questionnaire": QT_TRANSLATE_NOOP("AuditLog", "Questionnaire"),
    "question": QT_TRANSLATE_NOOP("AuditLog", "Question"),
    "theme": QT_TRANSLATE_NOOP("AuditLog", "Theme"),
    "event_paper": QT_TRANSLATE_NOOP("AuditLog", "Letter"),
    "event_photo": QT_TRANSLATE_NOOP("AuditLog", "Event photo"),
    "session_attachment": QT_TRANSLATE_NOOP("AuditLog", "Session attachment"),
    "event_questionnaire": QT_TRANSLATE_NOOP("AuditLog", "Event questionnaire"),
    "certificate_layout": QT_TRANSLATE_NOOP("AuditLog", "Certificate layout"),
    "signing_key": QT_TRANSLATE_NOOP("AuditLog", "Signing key"),
    "service_metric": QT_TRANSLATE_NOOP("AuditLog", "Service figure"),
    "service_stat": QT_TRANSLATE_NOOP("AuditLog", "Service figure value"),
    "letter_template": QT_TRANSLATE_NOOP("AuditLog", "Letter template"),
    "import_mapping": QT_TRANSLATE_NOOP("AuditLog", "Import columns"),
    "organisation": QT_TRANSLATE_NOOP("AuditLog", "Organisation"),
    "cooperation": QT_TRANSLATE_NOOP("AuditLog", "Cooperation agreement"),
    "cooperation_document": QT_TRANSLATE_NOOP("AuditLog", "Agreement document"),
    "opportunity": QT_TRANSLATE_NOOP("AuditLog", "Training offer"),
    "event_payment": QT_TRANSLATE_NOOP("AuditLog", "Payment amount"),
    "app_user": QT_TRANSLATE_NOOP("AuditLog", "User"),
}

COLUMNS = {
    "title": QT_TRANSLATE_NOOP("AuditLog", "Title"),
    "kind": QT_TRANSLATE_NOOP("AuditLog", "Kind"),
    "start_date": QT_TRANSLATE_NOOP("AuditLog", "Start date"),
    "end_date": QT_TRANSLATE_NOOP("AuditLog", "End date"),
    "venue": QT_TRANSLATE_NOOP("AuditLog", "Venue"),
    "organiser": QT_TRANSLATE_NOOP("AuditLog", "Organiser"),
    "date": QT_TRANSLATE_NOOP("AuditLog", "Date"),
    "start_time": QT_TRANSLATE_NOOP("AuditLog", "Start"),
    "end_time": QT_TRANSLATE_NOOP("AuditLog", "End"),
    "topic": QT_TRANSLATE_NOOP("AuditLog", "Topic"),
    "room": QT_TRANSLATE_NOOP("AuditLog", "Room"),
    "jp": QT_TRANSLATE_NOOP("AuditLog", "JP"),
    "status": QT_TRANSLATE_NOOP("AuditLog", "Status"),
    "checkin_time": QT_TRANSLATE_NOOP("AuditLog", "Check-in time"),
    "note": QT_TRANSLATE_NOOP("AuditLog", "Note"),
    "recorded_by": QT_TRANSLATE_NOOP("AuditLog", "Recorded by"),
    "recorded_at": QT_TRANSLATE_NOOP("AuditLog", "Recorded at"),
    "role": QT_TRANSLATE_NOOP("AuditLog", "Role"),
    "cancelled": QT_TRANSLATE_NOOP("AuditLog", "Cancelled"),
    "participant_no": QT_TRANSLATE_NOOP("AuditLog", "Participant no."),
    "number": QT_TRANSLATE_NOOP("AuditLog", "Number"),
    "value": QT_TRANSLATE_NOOP("AuditLog", "Value"),
    "person_id": QT_TRANSLATE_NOOP("AuditLog", "Person"),
    "event_id": QT_TRANSLATE_NOOP("AuditLog", "Event"),
    "session_id": QT_TRANSLATE_NOOP("AuditLog", "Session"),
    "data": QT_TRANSLATE_NOOP("AuditLog", "Content (bytes)"),
    "caption": QT_TRANSLATE_NOOP("AuditLog", "Caption"),
    "description": QT_TRANSLATE_NOOP("AuditLog", "Description"),
    "issuer": QT_TRANSLATE_NOOP("AuditLog", "Issuer"),
    "issued_on": QT_TRANSLATE_NOOP("AuditLog", "Issued on"),
    "revoked_at": QT_TRANSLATE_NOOP("AuditLog", "Revoked on"),
    "revoked_reason": QT_TRANSLATE_NOOP("AuditLog", "Reason for revoking"),
    "subject": QT_TRANSLATE_NOOP("AuditLog", "Subject"),
    "file_id": QT_TRANSLATE_NOOP("AuditLog", "File"),
    "speaker_id": QT_TRANSLATE_NOOP("AuditLog", "Speaker"),
    "moderator_id": QT_TRANSLATE_NOOP("AuditLog", "Moderator"),
    "mode": QT_TRANSLATE_NOOP("AuditLog", "Mode"),
    "year": QT_TRANSLATE_NOOP("AuditLog", "Year"),
    "theme_id": QT_TRANSLATE_NOOP("AuditLog", "Theme"),
    "organisation_id": QT_TRANSLATE_NOOP("AuditLog", "Organisation"),
    "organiser_name": QT_TRANSLATE_NOOP("AuditLog", "Organiser"),
    "organiser_external": QT_TRANSLATE_NOOP("AuditLog", "Organised by others"),
    "capacity": QT_TRANSLATE_NOOP("AuditLog", "Capacity"),
    "objectives": QT_TRANSLATE_NOOP("AuditLog", "Objectives"),
    "registered_at": QT_TRANSLATE_NOOP("AuditLog", "Registered at"),
    "checkin_code": QT_TRANSLATE_NOOP("AuditLog", "Check-in code"),
    "address": QT_TRANSLATE_NOOP("AuditLog", "Address"),
    "website": QT_TRANSLATE_NOOP("AuditLog", "Website"),
    "signed_on": QT_TRANSLATE_NOOP("AuditLog", "Signed on"),
    "valid_until": QT_TRANSLATE_NOOP("AuditLog", "Valid until"),
    "place": QT_TRANSLATE_NOOP("AuditLog", "Place"),
    "cost": QT_TRANSLATE_NOOP("AuditLog", "Cost"),
    "deadline": QT_TRANSLATE_NOOP("AuditLog", "Registration deadline"),
    "link": QT_TRANSLATE_NOOP("AuditLog", "Link"),
    "amount": QT_TRANSLATE_NOOP("AuditLog", "Amount"),
    "login": QT_TRANSLATE_NOOP("AuditLog", "Login name"),
    "full_name": QT_TRANSLATE_NOOP("AuditLog", "Full name"),
    "password_hash": QT_TRANSLATE_NOOP("AuditLog", "Password"),
    "failed_attempts": QT_TRANSLATE_NOOP("AuditLog", "Failed logins"),
    "locked_until": QT_TRANSLATE_NOOP("AuditLog", "Locked until"),
    "text": QT_TRANSLATE_NOOP("AuditLog", "Text"),
    "score": QT_TRANSLATE_NOOP("AuditLog", "Score"),
    "rating": QT_TRANSLATE_NOOP("AuditLog", "Rating"),
    "applied": QT_TRANSLATE_NOOP("AuditLog", "Applied"),
    "archived": QT_TRANSLATE_NOOP("AuditLog", "Archived"),
}

ACTIONS = {
    "insert": QT_TRANSLATE_NOOP("AuditLog", "added"),
    "update": QT_TRANSLATE_NOOP("AuditLog", "changed"),
    "delete": QT_TRANSLATE_NOOP("AuditLog", "deleted"),
}


def table_label(table: str) -> Message | str:
    return message(_C, TABLES[table]) if table in TABLES else table


def column_label(table: str, column: str) -> Message | str:
    if table == "person" and column in staff_columns.LABELS:
        return staff_columns.label(column)
    if column in COLUMNS:
        return message(_C, COLUMNS[column])
    if column in staff_columns.LABELS:  # a name, a unit, a position elsewhere
        return staff_columns.label(column)
    return column


def action_label(action: str) -> Message:
    return message(_C, ACTIONS.get(action, action))
