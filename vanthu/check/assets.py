"""The files a notice names besides itself, checked for what they hold (not only that they exist), at `check`:
whatever `check` accepts, the build must be able to use.

- A template is a DOCX (a ZIP package with word/document.xml) that unpacks to a bounded size (a "ZIP bomb" of a
  few KB can unpack to gigabytes), whose Jinja tags parse and only print the notice's values: no name but those
  render.context() gives (TEMPLATE_NAMES), no attribute or key starting with "_", no call, no `attr` filter. The render itself runs
  in Jinja's sandbox too (render.py); this check names the template and the tag before any build starts.
- A signature or seal image is a PNG (its signature bytes and header), of sane dimensions (a small file can declare
  100,000 × 100,000 pixels), whose chunks are whole (Pillow's verify).

Each check returns None, or (message code, parameters); results are kept per file version, since every notice of an
agency names the same files.
"""
from __future__ import annotations

import struct
import zipfile
from functools import lru_cache
from pathlib import Path

import jinja2
from jinja2 import meta, nodes
from jinja2.sandbox import ImmutableSandboxedEnvironment

from vanthu.i18n import Ref

MAX_UNPACKED_MB = 100  # the toolkit's template unpacks to 60 KB; a template with pictures to a few MB
MAX_IMAGE_SIDE = 5000  # pixels: a seal 45 mm wide at 600 dpi is about 1,060
MAX_IMAGE_BYTES = 20 * 1024 * 1024
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# The names a template may use: what render.context() gives it (a test holds the two together).
TEMPLATE_NAMES = ("agency", "number_symbol", "place_date", "type_name", "summary", "confidentiality", "urgency",
                  "circulation", "body", "recipient_lines", "drafter_mark", "authority", "signature_image",
                  "seal_image", "signer", "contact_line", "appendices", "cong_van_summary")
_PARSER = ImmutableSandboxedEnvironment()  # parsing only: Jinja's default syntax, as the render uses
_TEMPLATE_PARTS = ("word/document.xml", "word/header", "word/footer", "word/footnotes.xml", "docProps/core.xml")


def check_template(path: Path):
    info = path.stat()
    return _template(path, info.st_mtime_ns, info.st_size)


def check_png(path: Path):
    info = path.stat()
    return _png(path, info.st_mtime_ns, info.st_size)


@lru_cache(maxsize=64)
def _template(path: Path, _mtime: int, _size: int):
    try:
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            if "word/document.xml" not in names:
                return "template_not_docx", {"reason": Ref("reason_no_document")}
            unpacked = sum(member.file_size for member in package.infolist())
            if unpacked > MAX_UNPACKED_MB * 1024 * 1024:
                return "template_not_docx", {"reason": Ref("reason_too_big_unpacked", size=unpacked // 2 ** 20,
                                                           limit=MAX_UNPACKED_MB)}
            parts = [package.read(name).decode("utf-8", errors="replace") for name in names
                     if name.startswith(_TEMPLATE_PARTS) and name.endswith(".xml")]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError):
        return "template_not_docx", {"reason": Ref("reason_not_zip")}
    except (OSError, ValueError) as exc:  # a damaged member (CRC, truncated data)
        return "template_not_docx", {"reason": Ref("reason_damaged", detail=str(exc))}
    from docxtpl import DocxTemplate  # slow to import; only for agencies with their own template

    for xml in parts:
        if "{" not in xml:
            continue
        source = DocxTemplate.patch_xml(DocxTemplate.__new__(DocxTemplate), xml)  # as docxtpl renders it
        try:
            tree = _PARSER.parse(source)
        except jinja2.TemplateSyntaxError as exc:
            return "template_syntax", {"detail": exc.message or str(exc)}
        if refused := _forbidden(tree):
            return "template_unsafe", {"expression": refused, "allowed": ", ".join(TEMPLATE_NAMES)}
    return None


def _forbidden(tree: nodes.Template) -> str | None:
    """The first tag that does more than print the notice's values, as written (roughly), or None."""
    for name in sorted(meta.find_undeclared_variables(tree) - set(TEMPLATE_NAMES)):
        return name  # lipsum, cycler, range, self, … : Jinja's globals and anything else not given
    for node in tree.find_all((nodes.Getattr, nodes.Getitem, nodes.Call, nodes.Filter)):
        if isinstance(node, nodes.Getattr) and node.attr.startswith("_"):
            return _shown(node)
        if isinstance(node, nodes.Getitem) and isinstance(node.arg, nodes.Const) and str(node.arg.value)[:1] == "_":
            return _shown(node)
        if isinstance(node, nodes.Call):
            return _shown(node)
        if isinstance(node, nodes.Filter) and (node.name == "attr" or any(
                isinstance(arg, nodes.Const) and str(arg.value).startswith("_")
                for arg in [*node.args, *(kw.value for kw in node.kwargs)])):
            return _shown(node)
    return None


def _shown(node: nodes.Node) -> str:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Const):
        return repr(node.value)
    if isinstance(node, nodes.Getattr):
        return f"{_shown(node.node)}.{node.attr}"
    if isinstance(node, nodes.Getitem):
        return f"{_shown(node.node)}[{_shown(node.arg)}]"
    if isinstance(node, nodes.Call):
        return f"{_shown(node.node)}(…)"
    if isinstance(node, nodes.Filter):
        return f"{_shown(node.node) if node.node else '…'}|{node.name}"
    return "…"


@lru_cache(maxsize=64)
def _png(path: Path, _mtime: int, size: int):
    if size > MAX_IMAGE_BYTES:
        return "image_file_too_large", {"size": size // 2 ** 20, "limit": MAX_IMAGE_BYTES // 2 ** 20}
    with open(path, "rb") as handle:
        head = handle.read(33)
    if not head.startswith(_PNG_SIGNATURE):
        return "image_not_png", {"reason": Ref("reason_no_png_signature")}
    if len(head) < 33 or head[12:16] != b"IHDR":
        return "image_not_png", {"reason": Ref("reason_damaged", detail="IHDR")}
    width, height = struct.unpack(">II", head[16:24])
    if not (0 < width <= MAX_IMAGE_SIDE and 0 < height <= MAX_IMAGE_SIDE):
        return "image_too_large", {"width": width, "height": height, "limit": MAX_IMAGE_SIDE}
    from PIL import Image  # only here: Pillow is slow to import and most notices have no image

    try:
        with Image.open(path) as image:
            image.verify()  # every chunk whole and its checksum right
    except Exception as exc:  # Pillow raises many types for a damaged file; each means the same to a clerk
        return "image_not_png", {"reason": Ref("reason_damaged", detail=str(exc) or type(exc).__name__)}
    return None
