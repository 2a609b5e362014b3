"""Pictures prepared once and stamped into many PDFs (the per-person certificate files).

ReportLab's ``drawImage`` decodes and compresses a PNG (a logo, a signature with its
transparency) again for every new file: 10 ms a file for two small pictures, more than the
rest of a certificate. Here the image XObject (and its transparency mask) is made once per
batch and registered in each file's document as ``drawImage`` would register it.

This uses ReportLab's document internals (``getXObjectName``, ``Reference``, ``addForm``,
the canvas's ``_formsinuse`` and ``_code``), as ``Canvas.drawImage`` itself does; the tests
render the result and compare it with a plain ``drawImage``.
"""

import copy
import hashlib

from reportlab.lib.boxstuff import aspectRatioFix
from reportlab.pdfbase import pdfdoc


class CachedImage:
    def __init__(self, path: str):
        name = "sibina" + hashlib.md5(path.encode("utf-8")).hexdigest()
        self.xobject = pdfdoc.PDFImageXObject(name, path, mask="auto")
        self.xobject.name = name
        self.smask = getattr(self.xobject, "_smask", None)  # a PNG's transparency
        if self.smask is not None:
            del self.xobject._smask
            self.smask.name = "m" + name

    def draw(self, c, x: float, y: float, width: float, height: float,
             preserve_aspect: bool = True) -> None:
        doc = c._doc
        registered = doc.getXObjectName(self.xobject.name)
        if doc.idToObject.get(registered) is None:
            # A copy per document (the pixels are shared): a registered object carries the
            # name it has in its document, and ReportLab refuses to register it twice.
            image = _fresh(self.xobject)
            c._setXObjects(image)
            doc.Reference(image, registered)
            doc.addForm(image.name, image)
            if self.smask is not None:
                mask = _fresh(self.smask)
                mask_name = doc.getXObjectName(mask.name)
                c._setXObjects(mask)
                doc.Reference(mask, mask_name)
                image.smask = pdfdoc.PDFObjectReference(mask_name)
        x, y, width, height, _scaled = aspectRatioFix(
            preserve_aspect, "c", x, y, width, height, self.xobject.width,
            self.xobject.height)
        c.saveState()
        c.translate(x, y)
        c.scale(width, height)
        c._code.append(f"/{registered} Do")
        c.restoreState()
        c._formsinuse.append(self.xobject.name)
        c._currentPageHasImages = 1


def _fresh(xobject):
    image = copy.copy(xobject)
    image.__dict__.pop("__InternalName__", None)
    return image
