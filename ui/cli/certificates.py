"""The certificate subcommands: certificates, verify, revoke."""

import datetime
import sys

from PySide6.QtCore import QObject

from ui import i18n
from ui.cli.entry import EXIT_ERROR, EXIT_OK, CliError, open_for, translate
from ui.common import formats
from ui.i18n import fill


class CertificateTexts(QObject):
    """Its own class: lupdate marks a plural only in tr(), not in translate() with a count."""

    def issued(self, count: int) -> str:
        return self.tr("%n certificate(s) issued, written to %1.", "", count)

    def written(self, count: int) -> str:
        return self.tr("%n certificate(s) written to %1.", "", count)

    def issued_before(self, count: int) -> str:
        return self.tr("%n of them issued before, with the same number and date.", "", count)


def certificates(args) -> int:
    from models.certificates import issuing as certs
    from models.events.tables import Event
    from reports.certificates.printing import (
        glyph_problems,
        names_printing_blank,
        write_merged,
        write_separate,
    )

    if not args.separate and args.out.suffix.lower() != ".pdf":
        raise CliError(translate("Cli", "The output file must end in .pdf (or give "
                                        "--separate and a folder)."))
    if args.separate and args.out.suffix.lower() == ".pdf":
        raise CliError(translate("Cli", "With --separate, --out names a folder, not a PDF."))
    open_for(args, must_exist=True)
    if Event.get_or_none(Event.id == args.event) is None:
        raise CliError(fill(translate("Cli", "There is no event with id %1."), str(args.event)))
    # Who qualifies, or was included by hand before; a revoked certificate is replaced only
    # when the office asks for it on the Certificates tab.
    found = [c for c in certs.candidates(args.event)
             if (c.qualifies or c.manual_reason) and not c.revoked]
    chosen = [certs.Choice(c.person_id, c.role, c.manual_reason) for c in found]
    # Issuing again keeps the number and the date: say so rather than count them as new.
    before = sum(1 for c in found if c.number)
    if not chosen:
        raise CliError(translate("Cli", "No one at this event qualifies for a certificate."))
    blank = names_printing_blank([c.name for c in found], None)
    if blank:  # never issued with a blank name: the number would be given for nothing
        raise CliError(fill(translate("Cli", "The certificate's font has none of the letters "
                                             "of %1: write the name in Latin letters first."),
                            ", ".join(blank)))
    made = certs.issue(args.event, chosen, datetime.date.today())
    ids = [c.id for c in made]
    from models.certificates.signatories import signing_their_own

    for cert in made:  # the tab asks; the command line says so
        for signer in signing_their_own((cert.signatory_id, cert.second_signatory_id),
                                        [cert.person_id]):
            print(fill(translate("Cli", "Warning: %1 signs the certificate %2, which is their "
                                        "own."), signer, cert.number), file=sys.stderr)
    for name, missing in glyph_problems(ids):
        print(fill(translate("Cli", "Warning: the font has no %1 for the name %2; it will print "
                               "as a box."), missing, name),
              file=sys.stderr)
    if args.separate:
        args.out.mkdir(parents=True, exist_ok=True)
        write_separate(ids, args.out)
    else:
        write_merged(ids, args.out)
    texts = CertificateTexts()
    if before:
        print(fill(texts.written(len(made)), str(args.out)), texts.issued_before(before))
    else:
        print(fill(texts.issued(len(made)), str(args.out)))
    return EXIT_OK


def verify(args) -> int:
    from models.certificates.verification import VALID
    from models.certificates.verification import verify as check
    from models.vocab import ROLES, VERDICTS

    open_for(args, must_exist=True)
    verdict = check(args.text)
    print(i18n.vocab(VERDICTS[verdict.status]))  # SAH, DICABUT… in Indonesian
    print(i18n.text(verdict.explanation))
    labels = ((translate("Cli", "Number"), verdict.number),
              (translate("Cli", "Name"), verdict.name),
              (translate("Cli", "Role"), i18n.vocab(ROLES.get(verdict.role, verdict.role))),
              (translate("Cli", "Event"), verdict.event),
              (translate("Cli", "Dates"), formats.long_date_range(verdict.start, verdict.end)
               if verdict.start else ""),
              (translate("Cli", "Issued on"), formats.long_date(verdict.issued_on)
               if verdict.issued_on else ""))
    for label, value in labels:
        if value:
            print(f"{label}: {value}")
    return EXIT_OK if verdict.status == VALID else EXIT_ERROR


def revoke(args) -> int:
    from models.certificates.issuing import revoke as revoke_certificate

    open_for(args, must_exist=True)
    cert = revoke_certificate(args.number, args.reason)
    print(fill(translate("Cli", "Certificate %1 revoked."), cert.number))
    return EXIT_OK


COMMANDS = {"certificates": certificates, "verify": verify, "revoke": revoke}
