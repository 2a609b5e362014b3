"""The honorarium rule, one implementation for the PDF list, the workbook and the
kuitansi: PPh 21 withheld at the rate the office sets for the payee's golongan.

An honorarium paid from the budget to a civil servant bears the final PPh 21 by golongan
(by default IV 15%, III 5%, I and II none); anyone else (non-ASN staff, outside speakers
with an NPWP) one rate. The rates are settings (``pph21_*``) because the office follows
its finance officer, and the rules change.
"""

import re
from dataclasses import dataclass

from models import settings

# "Penata Muda, III/a": a civil servant's golongan and ruang. PPPK grades (IX) carry no
# ruang letter and are taxed as others.
_GOLONGAN = re.compile(r"\b(IV|III|II|I)\s*/\s*([a-eA-E])\b")
RATE_SETTING = {"IV": "pph21_golongan_iv", "III": "pph21_golongan_iii",
                "II": "pph21_golongan_i_ii", "I": "pph21_golongan_i_ii"}


def golongan(rank: str) -> str:
    """``III`` from ``Penata Muda, III/a``; "" when the rank names no PNS golongan."""
    found = _GOLONGAN.search(rank or "")
    return found.group(1) if found else ""


def golongan_ruang(rank: str) -> str:
    """``III/a`` from ``Penata Muda, III/a``; "" when the rank names none."""
    found = _GOLONGAN.search(rank or "")
    return f"{found.group(1)}/{found.group(2).lower()}" if found else ""


def pph21_rate(rank: str) -> int:
    """The PPh 21 rate in percent on an honorarium to someone of ``rank``."""
    return settings.get(RATE_SETTING.get(golongan(rank), "pph21_other"))


def pph21(gross: int, rate: int) -> int:
    """The tax in whole rupiah, rounded down as the tax office's forms do."""
    return gross * rate // 100


@dataclass(frozen=True)
class Payment:
    """One line of a list of receipts: who, in which role, and what they receive."""

    person_id: int
    name: str
    nip: str
    role: str  # the strongest role, models.attendance.roles.RANKED
    rank: str
    gross: int
    rate: int = 0
    tax: int = 0

    @property
    def net(self) -> int:
        return self.gross - self.tax


def honorarium_lines(event_id: int) -> list[Payment]:
    """Everyone with an honorarium typed for the event, in the sign-in sheets' order, with
    the PPh 21 withheld and what they receive."""
    from models.letters.payments import amounts, payees
    from models.staff.tables import Person

    typed = amounts(event_id, "honorarium")
    ranks = dict(Person.select(Person.id, Person.rank)
                 .where(Person.id.in_(list(typed) or [0])).tuples())
    lines = []
    for person, roles in payees(event_id, "honorarium"):
        if typed.get(person.id):
            gross, rate = typed[person.id], pph21_rate(ranks[person.id])
            lines.append(Payment(person.id, person.name, person.nip, roles[0],
                                 ranks[person.id], gross, rate, pph21(gross, rate)))
    return lines


@dataclass(frozen=True)
class Allowance:
    person_id: int
    name: str
    nip: str
    position: str
    transport: int
    pocket: int

    @property
    def total(self) -> int:
        return self.transport + self.pocket


def allowance_lines(event_id: int) -> list[Allowance]:
    """Every participant with transport or uang saku typed, in the sign-in sheets' order."""
    from models.letters.payments import amounts, payees

    transport, pocket = amounts(event_id, "transport"), amounts(event_id, "uang_saku")
    return [Allowance(person.id, person.name, person.nip,
                      " / ".join(p for p in (person.position, person.institution) if p),
                      transport.get(person.id, 0), pocket.get(person.id, 0))
            for person, _roles in payees(event_id, "transport")
            if transport.get(person.id) or pocket.get(person.id)]
