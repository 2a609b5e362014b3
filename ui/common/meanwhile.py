"""What a form does when its record was saved or deleted on another PC while it was open
(models/sharing/stamps.py refused the save): the office decides, never a silent overwrite."""

import datetime
from collections.abc import Callable

from peewee import DoesNotExist
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from models.sharing.stamps import ChangedMeanwhile, DeletedMeanwhile
from ui.common import formats
from ui.common.widgets import choose_or_cancel, show_error
from ui.i18n import fill, text

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text") calls


def question(err: ChangedMeanwhile, today: datetime.date | None = None) -> str:
    """``Data ini diubah oleh Rina pukul 10.42 sementara Anda menyuntingnya.``; the day
    too when it was not today."""
    name, when = err.by or translate("Meanwhile", "someone on another PC"), err.shown_at
    if when.date() == (today or datetime.date.today()):
        return fill(translate("Meanwhile", "This record was changed by %1 at %2 while you "
                                           "were editing it."), name, formats.clock(when))
    return fill(translate("Meanwhile", "This record was changed by %1 on %2 at %3 while you "
                                       "were editing it."),
                name, formats.short_date(when.date()), formats.clock(when))


def settle(parent: QWidget, err: ChangedMeanwhile | DeletedMeanwhile,
           reload: Callable[[], object], save_over: Callable[[datetime.datetime], object]
           ) -> None:
    """Ask about ``err``: Reload fills the form with the saved values (``reload()``), Save
    mine saves the form over them (``save_over(their stamp)``); Cancel, the default,
    leaves the form open as it is. A record deleted meanwhile is only said: there is
    nothing left to save to, and the form stays open so what was typed can be copied."""
    title = parent.windowTitle()
    if isinstance(err, DeletedMeanwhile):
        show_error(parent, title, text(err.msg))
        return
    chosen = choose_or_cancel(parent, title, question(err), [
        translate("Meanwhile", "Reload"), translate("Meanwhile", "Save mine")],
        translate("Meanwhile", "Reload shows the values saved on the other PC; what you "
                               "typed here is lost. Save mine writes what you typed over "
                               "their change."))
    if chosen == 0:
        try:
            reload()
        except DoesNotExist:  # deleted while the question was on screen
            show_error(parent, title, text(DeletedMeanwhile().msg))
    elif chosen == 1:
        save_over(err.at)
