"""The people who sign certificates: the head of office, a committee chair, …

A signatory who signed certificates is deactivated, not deleted: the register and any
reprint still need their name and signature.
"""

from models.certificates.tables import Certificate, Signatory
from models.db import db
from models.files import stored as stored_file
from models.messages import QT_TRANSLATE_NOOP, Message, ValidationError, message
from models.staff import nip as nip_rules
from models.staff.names import split_titles
from models.staff.tables import Person
from models.text_rules import TITLE_MAX, text_problem


def _says(text: str) -> Message:
    return message("Signatories", text)


def problems(values: dict) -> dict[str, Message]:
    found = {}
    for field, limit in (("name", TITLE_MAX), ("title", TITLE_MAX)):  # name with titles
        wrong = text_problem(str(values.get(field) or "").strip(), limit)
        if wrong is not None:
            found[field] = wrong
    if not str(values.get("name") or "").strip():
        found["name"] = _says(QT_TRANSLATE_NOOP("Signatories", "The name is required."))
    if not str(values.get("title") or "").strip():
        found["title"] = _says(QT_TRANSLATE_NOOP(
            "Signatories", "The position is required: it is printed above the signature."))
    nip = str(values.get("nip") or "").strip()
    if nip:
        msg = nip_rules.problem(nip)
        if msg is not None:
            found["nip"] = msg
    return found


def save(values: dict, signatory_id: int | None = None) -> Signatory:
    """``values["signature"]``: a stored file's id (0 or None: no signature), or the path
    of a newly chosen image, stored with the signatory (not at all when saving fails)."""
    found = problems(values)
    if found:
        raise ValidationError(found)
    data = {"name": " ".join(values["name"].split()), "title": " ".join(values["title"].split()),
            "nip": nip_rules.normalize(values.get("nip") or "")}
    with db.atomic():
        data["signature"] = stored_file.stored_id(values.get("signature") or 0) or None
        if signatory_id is None:
            return Signatory.create(**data)
        Signatory.update(**data).where(Signatory.id == signatory_id).execute()
        return Signatory.get_by_id(signatory_id)


def listing() -> list[Signatory]:
    """Every signatory, the active ones first, by name."""
    return list(Signatory.select().order_by(Signatory.active.desc(), Signatory.name))


def get(signatory_id) -> Signatory | None:
    return Signatory.get_or_none(Signatory.id == signatory_id)


def set_active(signatory_id: int, active: bool) -> None:
    Signatory.update(active=active).where(Signatory.id == signatory_id).execute()


def signed_count(signatory_id: int) -> int:
    return Certificate.select().where((Certificate.signatory == signatory_id)
                                      | (Certificate.second_signatory == signatory_id)).count()


def choice_problem(signatory_ids) -> Message | None:
    """Why these signatories cannot sign together: one chosen twice would print the same
    name and signature side by side."""
    chosen = [s for s in signatory_ids if s]
    if len(set(chosen)) == len(chosen):
        return None
    twice = Signatory.get_or_none(Signatory.id == chosen[-1])
    return message("Signatories", QT_TRANSLATE_NOOP(
        "Signatories", "{name} is chosen as both signatories; choose someone else as the "
                       "second, or nobody."), name=twice.name if twice else "")


def _bare(name: str) -> str:
    return " ".join(split_titles(name)[1].casefold().split())


def signing_their_own(signatory_ids, person_ids) -> list[str]:
    """The signatories who would sign a certificate of their own (the head of office
    attending the training): the same NIP, or, where either has none, the same name without
    titles. The office may mean it; it is asked, not refused."""
    people = list(Person.select(Person.name, Person.nip).where(Person.id.in_(list(person_ids)))
                  .tuples())
    found = []
    for row in Signatory.select().where(Signatory.id.in_([s for s in signatory_ids if s])):
        nip = nip_rules.normalize(row.nip or "")
        for name, person_nip in people:
            same = (nip == person_nip if nip and person_nip
                    else _bare(row.name) == _bare(name))
            if same:
                found.append(row.name)
                break
    return found
