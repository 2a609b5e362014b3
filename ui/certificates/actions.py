"""What the Certificates tab does with the people chosen: check the names against the fonts,
issue, write the PDF (one, or one per person) in the background, preview and print; and
the office's public key, out and in."""

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from models.certificates import issuing as certificates
from models.events.tables import Event
from models.files.export import write_verified, write_verified_files
from models.messages import SiBinaError
from ui.common.files.save_file import (
    ask_folder,
    ask_pdf_path,
    safe_file_name,
    tell_saved,
)
from ui.common.widgets import confirm, error_text, show_error, show_info
from ui.i18n import fill
from ui.tasks import TaskRunner

translate = QCoreApplication.translate


class ActionTexts(QObject):
    """Its own class: lupdate marks a plural only in tr(), not in translate() with a count."""

    def more(self, count: int) -> str:
        return self.tr("…and %n more.", "", count)

    def saved(self, count: int) -> str:
        return self.tr("%n certificate(s) saved to %1.", "", count)

    def new_numbers(self, count: int) -> str:
        return self.tr("This issues %n new certificate(s): their numbers are given now and "
                       "stay in the register. Continue?", "", count)


def _fonts_cover_the_names(page) -> bool:
    """Warn, by name, about characters the certificate's fonts lack; the office decides."""
    from reports.certificates.printing import names_printing_blank, names_the_fonts_lack

    chosen = {(x.person_id, x.role) for x in page.chosen()}
    names = [c.name for c in page.candidates if (c.person_id, c.role) in chosen]
    blank = names_printing_blank(names, page.layout_combo.currentData())
    if blank:  # no certificate is issued with a blank name, whatever the office answers
        show_error(page, translate("CertificateActions", "Letters missing from the font"),
                   translate("CertificateActions",
                             "The certificate's font has none of the letters of these names, "
                             "which would print blank. Write them in Latin letters on the "
                             "Staff tab (as the identity card spells them), or choose a "
                             "layout whose font has them.")
                   + "\n\n" + "\n".join(f"• {name}" for name in blank[:15]))
        return False
    missing = names_the_fonts_lack(names, page.layout_combo.currentData())
    if not missing:
        return True
    lines = "\n".join(f"• {name}: {chars}" for name, chars in missing[:15])
    more = len(missing) - 15
    if more > 0:
        lines += "\n" + ActionTexts().more(more)
    title = translate("CertificateActions", "Letters missing from the font")
    text = translate("CertificateActions",
                     "These names have letters the certificate's font does not have; those "
                     "letters would be left out of the printed name. Correct the names on the "
                     "Staff tab, or print anyway.")
    return confirm(page, title, text + "\n\n" + lines,
                   translate("CertificateActions", "Print anyway"))


def _new_numbers_agreed(page) -> bool:
    """Numbers once given stay in the register: say how many new ones this takes."""
    have = {(c.person_id, c.role) for c in page.candidates if c.number and not c.revoked}
    new = sum(1 for x in page.chosen() if (x.person_id, x.role) not in have)
    if not new:
        return True
    return confirm(page, translate("CertificateActions", "Issue certificates"),
                   ActionTexts().new_numbers(new), translate("CertificateActions", "Issue"))


def _signers_not_recipients(page) -> bool:
    """A certificate signed by its own recipient (the head of office attending) is asked
    about: the office may mean it, or picked the wrong signatory."""
    from models.certificates.signatories import signing_their_own

    signers = (page.signatory_combo.currentData(), page.second_combo.currentData())
    found = signing_their_own(signers, {x.person_id for x in page.chosen()})
    if not found:
        return True
    text = fill(translate("CertificateActions",
                          "%1 signs these certificates and receives one of them: that "
                          "certificate would be signed by its own recipient. Choose another "
                          "signatory for it, or issue anyway."), ", ".join(found))
    return confirm(page, translate("CertificateActions", "Issue certificates"), text,
                   translate("CertificateActions", "Issue anyway"))


def _issue(page) -> list[int] | None:
    if page.event_id is None or not page.chosen() or not _fonts_cover_the_names(page):
        return None
    if not _signers_not_recipients(page) or not _new_numbers_agreed(page):
        return None
    try:
        made = certificates.issue(
            page.event_id, page.chosen(), page.issued_on(), page.layout_combo.currentData(),
            (page.signatory_combo.currentData(), page.second_combo.currentData()),
            redesign=page.redesign.isChecked())
    except SiBinaError as exc:
        show_error(page, translate("CertificateActions", "Issue certificates"),
                   error_text(exc))
        return None
    page.reload()  # the numbers now show in the list
    return [c.id for c in made]


def issue_and_save(page, separate: bool, target: Path | None = None) -> None:
    """Issue the chosen certificates, then write them where the office says."""
    from reports.certificates.printing import write_merged, write_separate

    title = Event.get_by_id(page.event_id).title if page.event_id else ""
    if target is None:
        suggested = safe_file_name(f"Sertifikat {title}") + ".pdf"
        if separate:
            target = ask_folder(page, translate("CertificateActions",
                                                "Folder for the certificates"))
        else:
            target = ask_pdf_path(page, translate("CertificateActions", "Save certificates"),
                                  suggested)
    if target is None:
        return
    ids = _issue(page)
    if not ids:
        return
    back = page.back_page.isChecked()
    heading = translate("CertificateActions", "Save certificates")

    def work(progress):
        if separate:
            return len(write_verified_files(
                target, lambda local: write_separate(ids, local, progress, back_page=back)))
        write_verified(target, lambda made: write_merged(ids, made, progress, back_page=back))
        return len(ids)

    def done(count):
        page.last_written = target
        tell_saved(page, heading, fill(ActionTexts().saved(count), str(target)), target)

    cancelled = translate("CertificateActions",
                          "Cancelled. The certificates are issued (their numbers are kept); "
                          "save them again whenever you like.")
    TaskRunner.run(page, translate("CertificateActions", "Writing the certificates…"), work,
                   done, lambda exc: show_error(page, heading, error_text(exc)),
                   lambda: show_info(page, heading, cancelled))


def preview(page) -> None:
    """Issue, write to a temporary file, and show it; printing is one button away."""
    from reports.certificates.printing import write_merged
    from ui.common.files.pdf_preview import PdfPreviewDialog

    ids = _issue(page)
    if not ids:
        return
    folder = tempfile.TemporaryDirectory(prefix="sibina-preview-")
    path = Path(folder.name) / "sertifikat.pdf"
    back = page.back_page.isChecked()

    def done(_pages):
        dialog = PdfPreviewDialog(page, path, translate("CertificateActions", "Certificates"))
        dialog.exec()
        dialog.deleteLater()
        folder.cleanup()  # the file was only for looking and printing

    TaskRunner.run(page, translate("CertificateActions", "Writing the certificates…"),
                   lambda progress: write_merged(ids, path, progress, back_page=back), done,
                   lambda exc: (folder.cleanup(), show_error(
                       page, translate("CertificateActions", "Certificates"),
                       error_text(exc))))
