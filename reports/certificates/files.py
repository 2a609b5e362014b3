"""One PDF per certificate, drawn by several processes at once.

Each file embeds its own fonts and pictures, so a thousand files cost more than a thousand
pages of one file; the PC's other cores take their share. The work handed to a process is
plain data (the layout, the recipient with what it shares, the pictures' paths), so the
processes never touch the database. A small batch is drawn here, the disk writing the
last file while the next is drawn.
"""

import io
import multiprocessing
import multiprocessing.connection
import os
import threading
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures import wait as wait_for
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as pdf_canvas

from models.progress import NO_PROGRESS, Progress
from reports.certificates.back_page import draw_back_page
from reports.certificates.drawing import CertificatePainter
from reports.spreadsheet import replacing

PARALLEL_FROM = 60  # files: below this, starting processes costs more than it saves
CHUNK = 20  # files a process draws before it reports back
MAX_PROCESSES = 4

# In a worker process (which lives for one batch): the pictures it has prepared, by path.
_worker_images: dict = {}


def canvas_for(target, layout, author: str):
    """A canvas writing to a file (a path) or into memory (a buffer)."""
    width, height = layout.page_size_mm
    c = pdf_canvas.Canvas(str(target) if isinstance(target, Path) else target,
                          pagesize=(width * mm, height * mm), pageCompression=1)
    c.setTitle("Sertifikat")
    c.setAuthor(author)
    return c


def _draw(layout, who, back_page: bool, author: str, images: dict) -> bytes:
    buffer = io.BytesIO()
    c = canvas_for(buffer, layout, author)
    CertificatePainter(c, layout, images).draw(who)
    if back_page:
        draw_back_page(c, layout, who)
    c.save()
    return buffer.getvalue()


def write_file(target: Path, data: bytes) -> None:
    with replacing(target) as temp:
        temp.write_bytes(data)


def _end_with_parent() -> None:
    """In a worker process, at its start: end it as soon as its parent has ended.

    A SiBina ended by the task manager or a power button cannot say so, and a worker
    waiting for work (or in the middle of twenty files) would stay, holding the PC's cores
    and files on the stick. The parent's sentinel (a pipe on Linux, the process handle on
    Windows) becomes ready when the parent ends, however it ends."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch():
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(1)  # no clean-up to wait for: each file is written under a temporary name

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _draw_chunk(jobs: list, author: str) -> int:
    """In a worker process: draw and write a few files."""
    _write_here(jobs, author, NO_PROGRESS, _worker_images)
    return len(jobs)


def write_all(jobs: list, author: str, progress: Progress) -> None:
    """``jobs``: (layout, recipient, back page?, target path) per file."""
    processes = min(os.cpu_count() or 1, MAX_PROCESSES)
    if len(jobs) < PARALLEL_FROM or processes < 2:
        _write_here(jobs, author, progress, {})  # pictures prepared for this batch only
    else:
        _write_in_processes(jobs, author, progress, processes)
    progress.step(len(jobs), len(jobs))


def _write_here(jobs: list, author: str, progress: Progress, images: dict) -> None:
    with ThreadPoolExecutor(max_workers=1) as writer:
        pending: list[Future] = []
        for done, (layout, who, back_page, target) in enumerate(jobs):
            progress.step(done, len(jobs))
            pending.append(writer.submit(write_file, target,
                                         _draw(layout, who, back_page, author, images)))
            while len(pending) > 8 or (pending and pending[0].done()):
                pending.pop(0).result()  # a failed write stops the batch here
        for job in pending:
            job.result()


def _write_in_processes(jobs: list, author: str, progress: Progress, processes: int) -> None:
    # "spawn" everywhere, as on Windows: a forked copy of a process with Qt's threads is
    # not safe.
    context = multiprocessing.get_context("spawn")
    chunks = [jobs[i:i + CHUNK] for i in range(0, len(jobs), CHUNK)]
    done = 0
    with ProcessPoolExecutor(max_workers=processes, mp_context=context,
                             initializer=_end_with_parent) as pool:
        pending = {pool.submit(_draw_chunk, chunk, author) for chunk in chunks}
        try:
            while pending:
                progress.step(done, len(jobs))
                finished, pending = wait_for(pending, timeout=0.2,
                                             return_when=FIRST_COMPLETED)
                for future in finished:
                    done += future.result()  # a failed file stops the batch here
        except BaseException:  # Cancel, or a file that could not be written
            for future in pending:
                future.cancel()
            raise
