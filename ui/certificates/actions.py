"""What the Certificates tab does with the people chosen: check the names against the fonts,
issue, write the PDF (one, or one per person) in the background, preview and print; and
the office's public key, out and in."""

import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from models import settings
from models.certificates import issuing as certificates
from models.certificates import signing
from models.events.tables import Event
from models.files.export import write_verified, write_verified_files
from models.messages import SiBinaError
from ui.common.save_file import ask_folder, ask_pdf_path, ask_save_path, safe_file_name
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


def _issue(page) -> list[int] | None:
    if page.event_id is None or not page.chosen() or not _fonts_cover_the_names(page):
        return None
    if not _new_numbers_agreed(page):
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
        text = fill(ActionTexts().saved(count), str(target))
        show_info(page, heading, text)

    cancelled = translate("CertificateActions",
                          "Cancelled. The certificates are issued (their numbers are kept); "
                          "save them again whenever you like.")
    TaskRunner.run(page, translate("CertificateActions", "Writing the certificates…"), work,
                   done, lambda exc: show_error(page, heading, error_text(exc)),
                   lambda: show_info(page, heading, cancelled))


def preview(page) -> None:
    """Issue, write to a temporary file, and show it; printing is one button away."""
    from reports.certificates.printing import write_merged
    from ui.common.pdf_preview import PdfPreviewDialog

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


def export_public_key(parent: QWidget, path: Path | None = None) -> Path | None:
    office = settings.get("office_name")
    title = translate("CertificateActions", "Export the public key")
    if path is None:
        path = _ask_key_file(parent, title, office)
    if path is None:
        return None
    text = signing.public_key_text(office) + "\n"
    try:
        write_verified(path, lambda made: made.write_text(text, encoding="utf-8"))
    except (OSError, SiBinaError) as exc:
        show_error(parent, title, error_text(exc))
        return None
    show_info(parent, title, fill(translate(
        "CertificateActions", "Saved to %1. Another SiBina installation imports this file to "
        "verify this office's certificates; it cannot be used to make certificates."), str(path)))
    return path


def _ask_key_file(parent: QWidget, title: str, office: str) -> Path | None:
    return ask_save_path(parent, title, safe_file_name(f"Kunci publik {office}") + ".txt",
                         [translate("CertificateActions", "Text files (*.txt)")])


def import_public_key(parent: QWidget, path: Path | None = None) -> str | None:
    title = translate("CertificateActions", "Import a public key")
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent, title, str(Path.home()),
            translate("CertificateActions", "Text files (*.txt)"))
        if not name:
            return None
        path = Path(name)
    try:
        office = signing.import_public_key(path.read_text(encoding="utf-8", errors="replace"))
    except (SiBinaError, OSError) as exc:
        show_error(parent, title, error_text(exc))
        return None
    show_info(parent, title, fill(translate(
        "CertificateActions", "Certificates signed by %1 now verify here."), office or "?"))
    return office
