"""Electronic issuance: the signer's and the agency's PAdES signatures on a built notice (`vanthu sign`).

Nghị định 30, Phụ lục I §II.7.d and §II.8: the signer's signature shows the image of the handwritten signature
between the authority lines and the name; the agency's shows the seal at its real size over the left third of that
image. The build already drew both images in those places (`render`, `render.layout.float_seal`), so signing reads their
boxes off the built PDF and gives each signature that box and that image as its visible appearance: the page looks
as it did, and each picture is now the face of a signature a PDF reader can check. Both signatures are incremental
updates, so the built PDF's bytes stay the first part of the signed file.

A notice is signed only when it is final: it checks clean and the PDF was built from its current YAML (the build
record says so). Keys come from the agency settings (`signing.keys`): a PKCS#12 file whose password is read from a
file or an environment variable, never from the command line, or a PKCS#11 token (the Government CA's USB tokens).
A Phụ lục issued as a separate file (`--attachment`) gets the agency's signature at the top right of page 1: no
image, the number and symbol and the signing time (ISO 8601, +07:00), Times New Roman 10 pt, black (PL I §II.8.b).
"""
from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from vanthu import project
from vanthu.check import notices as checking
from vanthu.check.loader import load
from vanthu.check.problems import Problems
from vanthu.check.settings import SETTINGS_NAME, load_with_settings, settings_file
from vanthu.engine import manifest
from vanthu.engine.pipeline import output_stem
from vanthu.errors import Failure
from vanthu.files import shown_path, write_atomically
from vanthu.i18n import text
from vanthu.notice.model import Notice
from vanthu.project import notices_root, project_folder
from vanthu.render.render import SIGNATURE_HEIGHT_MM

VIETNAM = timezone(timedelta(hours=7))  # Vietnam keeps no summer time
SIGNER_FIELD = "ChuKyNguoiKy"
AGENCY_FIELD = "ChuKyCoQuan"
SIGNED_SUFFIX = ".signed.pdf"
MM = 72 / 25.4
BOX_TOLERANCE_PT = 1.5  # LibreOffice rounds a picture's size to its own units
ATTACHMENT_BOX_MM = (70, 12)  # room for two lines of 10 pt at the top right of page 1, inside the top margin
ATTACHMENT_TOP_MM = 6
RIGHT_MARGIN_MM = 20
TSA_TIMEOUT_S = 15


# Settings: `signing:` in _agency.yaml (schema: notice.signing).

def signing_settings(data: dict) -> dict:
    """The `signing` mapping of loaded settings (values as typed), {} when absent."""
    section = data.get("signing") if isinstance(data, dict) else None
    return section if isinstance(section, dict) else {}


def settings_of_pdf(pdf: Path, given: Path | None = None) -> tuple[dict, Path]:
    """The signing settings that apply to a PDF, and the folder their paths are relative to: the settings file
    given, else those of the notice it was built from when the build record knows it, else the current project's
    notices/_agency.yaml (a file received from elsewhere is checked against this office's trust roots)."""
    if given is not None:
        if not given.is_file():
            raise Failure("sign_no_file", file=shown_path(given))
        path, root = given, project_folder(given)
    elif (found := _recorded_notice(pdf)) is not None:
        path, root = settings_file(found[0], notices_root(found[0])), project_folder(found[0])
    elif (here := project.find()) is not None:
        path, root = here.notices / SETTINGS_NAME, here.root
    else:
        return {}, Path.cwd()
    if path is None or not path.is_file():
        return {}, root
    return signing_settings(load(path, Problems()).data), root


def resolve(project: Path, value: str) -> Path:
    """A path from the settings: `~` and absolute paths as written, others relative to the project folder (keys
    and passwords are usually kept outside it, away from the repository)."""
    path = Path(os.path.expanduser(str(value)))
    return path if path.is_absolute() else project / path


def _secret(entry: dict, file_key: str, env_key: str, project: Path, name: str) -> str | None:
    """A password or PIN from a file (first line) or an environment variable; None when neither is set."""
    if entry.get(file_key):
        path = resolve(project, entry[file_key])
        try:
            return next(iter(path.read_text(encoding="utf-8").splitlines()), "")
        except OSError as err:
            raise Failure("sign_secret_unreadable", key=name, file=shown_path(path),
                          reason=err.strerror or err) from None
        except UnicodeDecodeError:
            raise Failure("sign_secret_unreadable", key=name, file=shown_path(path), reason="UTF-8?") from None
    if entry.get(env_key):
        variable = str(entry[env_key])
        if variable not in os.environ:
            raise Failure("sign_secret_env_missing", key=name, variable=variable)
        return os.environ[variable]
    return None


@dataclass
class Key:
    """An open signing key: pyHanko's signer, and what must be closed after signing."""

    signer: object
    session: object | None = None

    def close(self) -> None:
        if self.session is not None:
            self.session.close()


def open_key(settings: dict, name: str, project: Path) -> Key:
    keys = settings.get("keys") or {}
    entry = keys.get(name)
    if not isinstance(entry, dict):
        raise Failure("sign_key_unknown", key=name, known=", ".join(sorted(keys)) or "—")
    if bool(entry.get("pkcs12")) == bool(entry.get("pkcs11")):
        raise Failure("sign_key_kind", key=name)
    if entry.get("pkcs12"):
        return Key(_pkcs12(entry, name, project))
    return _pkcs11(entry["pkcs11"], name, project)


def _pkcs12(entry: dict, name: str, project: Path):
    from pyhanko.sign import signers

    path = resolve(project, entry["pkcs12"])
    password = _secret(entry, "password_file", "password_env", project, name)
    if password is None:
        raise Failure("sign_no_password", key=name)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise Failure("sign_key_unreadable", key=name, file=shown_path(path), reason=err.strerror or err) from None
    try:
        return signers.SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=password.encode())
    except ValueError:
        raise Failure("sign_pkcs12_bad", key=name, file=shown_path(path)) from None


def _pkcs11(entry: dict, name: str, project: Path) -> Key:
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign import pkcs11

    if not isinstance(entry, dict) or not entry.get("module") or not entry.get("key_label"):
        raise Failure("sign_pkcs11_incomplete", key=name)
    module = resolve(project, entry["module"])
    if not module.is_file():
        raise Failure("sign_pkcs11_module", key=name, file=str(module))
    pin = _secret(entry, "pin_file", "pin_env", project, name)
    slot = int(entry["slot"]) if entry.get("slot") not in (None, "") else None
    criteria = TokenCriteria(label=str(entry["token"])) if entry.get("token") else None
    try:
        session = pkcs11.open_pkcs11_session(str(module), slot_no=slot, token_criteria=criteria, user_pin=pin)
    except Exception as err:  # python-pkcs11 raises its own types for every token failure; all mean "cannot open"
        raise Failure("sign_pkcs11_open", key=name, reason=type(err).__name__ + (f": {err}" if str(err) else ""))
    label = str(entry["key_label"])
    certificate = None
    if entry.get("certificate"):  # a token that holds only the key
        from pyhanko.keys import load_cert_from_pemder

        certificate = load_cert_from_pemder(str(resolve(project, entry["certificate"])))
    try:
        signer = pkcs11.PKCS11Signer(session, key_label=label, cert_label=str(entry.get("cert_label") or label),
                                     signing_cert=certificate)
        signer.signing_cert  # noqa: B018 — fetched now so that a missing certificate is refused before signing
    except Exception as err:
        session.close()
        raise Failure("sign_pkcs11_key", key=name, label=label, reason=type(err).__name__ + (f": {err}" if str(err) else ""))
    return Key(signer, session)


# Where the build put the images.

@dataclass(frozen=True)
class Places:
    page: int
    signature: tuple[float, float, float, float]  # x0, y0, x1, y1 in PDF points, origin bottom left
    seal: tuple[float, float, float, float]


def find_places(pdf: Path, notice: Notice) -> Places | None:
    """The boxes of the signature image (its height is the build's) and of the seal (a square of its diameter)
    that overlap each other on one page; None when the PDF has no such pair."""
    import pdfplumber

    diameter = notice.seal.diameter_mm * MM
    height = SIGNATURE_HEIGHT_MM * MM
    with pdfplumber.open(pdf) as document:
        for index, page in enumerate(document.pages):
            boxes = [(float(i["x0"]), float(i["y0"]), float(i["x1"]), float(i["y1"])) for i in page.images]
            seals = [b for b in boxes if _near(b[2] - b[0], diameter) and _near(b[3] - b[1], diameter)]
            signatures = [b for b in boxes if _near(b[3] - b[1], height) and b not in seals]
            for seal in seals:
                for signature in signatures:
                    if _overlap(seal, signature):
                        return Places(index, signature, seal)
    return None


def _near(a: float, b: float) -> bool:
    return abs(a - b) <= BOX_TOLERANCE_PT


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# Appearances.

def _font_file() -> Path:
    """Times New Roman, or the metric-compatible Liberation Serif: embedded (subset) so that Vietnamese prints."""
    candidates = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts" / "times.ttf",
                  Path("/Library/Fonts/Times New Roman.ttf"),
                  Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
                  Path("/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf")]
    if shutil.which("fc-match"):
        found = subprocess.run(["fc-match", "-f", "%{file}", "Times New Roman:style=Regular"],
                               capture_output=True, text=True).stdout.strip()
        if found.lower().endswith((".ttf", ".otf")):
            candidates.insert(0, Path(found))
    for path in candidates:
        if path.is_file():
            return path
    raise Failure("sign_no_font")


VIETNAMESE_TEXT = "U+0020-007E,U+00A0-024F,U+0300-036F,U+1E00-1EFF,U+2000-206F"


def _appearance_font(folder: Path) -> str:
    """The font cut to the letters Vietnamese uses and scaled to 1000 units per em, written into `folder`.

    pyHanko's glyph layout writes the font's advance widths into the PDF unscaled, and PDF reads them in 1/1000 em:
    Times New Roman and Liberation Serif have 2048 units per em, so unscaled their letters would stand twice
    their width apart."""
    import logging

    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # it reports each table it leaves out
    font = TTFont(str(_font_file()))
    options = subset.Options()
    options.layout_features = ["*"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=subset.parse_unicodes(VIETNAMESE_TEXT))
    subsetter.subset(font)
    scale_upem(font, 1000)
    target = folder / "appearance-serif.ttf"
    font.save(str(target))
    return str(target)


def _styles(font: str):
    """The three appearances: the signer's image; the seal with the signing time; an attachment's text line."""
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulatorFactory
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import StaticStampStyle, TextStampStyle

    @dataclass(frozen=True)
    class VietnamTimeStyle(TextStampStyle):
        """pyHanko writes the signing time in the machine's zone; the decree wants Vietnam's (+07:00). The same
        instant as the signature's /M, read back from the machine-readable form and written again."""

        timestamp_format: str = "%Y-%m-%dT%H:%M:%S%z"

        def create_stamp(self, writer, box, text_params):
            when = datetime.strptime(text_params["ts"], self.timestamp_format).astimezone(VIETNAM)
            return super().create_stamp(writer, box, {**text_params, "ts": when.isoformat(timespec="seconds")})

    exact = layout.SimpleBoxLayoutRule(x_align=layout.AxisAlignment.ALIGN_MID,
                                       y_align=layout.AxisAlignment.ALIGN_MID,
                                       inner_content_scaling=layout.InnerScaling.STRETCH_FILL)
    def text_style(size: int) -> TextBoxStyle:  # the engine lays glyphs out at its own size: give it the same
        return TextBoxStyle(font=GlyphAccumulatorFactory(font, font_size=size), font_size=size, text_color=(0, 0, 0))

    def image(picture):
        return StaticStampStyle(background=picture, background_layout=exact, background_opacity=1.0,
                                border_width=0)

    def seal(picture):
        return VietnamTimeStyle(
            stamp_text="%(ts)s", background=picture, background_layout=exact, background_opacity=1.0,
            border_width=0, text_box_style=text_style(7),
            inner_content_layout=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MID, y_align=layout.AxisAlignment.ALIGN_MIN,
                margins=layout.Margins(bottom=2), inner_content_scaling=layout.InnerScaling.NO_SCALING))

    attachment = VietnamTimeStyle(
        stamp_text="%(number)s\n%(ts)s", border_width=0, text_box_style=text_style(10),
        inner_content_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MAX, y_align=layout.AxisAlignment.ALIGN_MAX,
            inner_content_scaling=layout.InnerScaling.NO_SCALING))
    return image, seal, attachment


# Signing.

def _timestamper(settings: dict):
    from pyhanko.sign import timestamps

    url = settings.get("tsa")
    return timestamps.HTTPTimeStamper(str(url), timeout=TSA_TIMEOUT_S) if url else None


def _sign(data: bytes, key: Key, field: str, page: int, box, style, timestamper, params=None) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES,
                                        md_algorithm="sha256")
    pdf_signer = signers.PdfSigner(meta, key.signer, timestamper=timestamper, stamp_style=style,
                                   new_field_spec=fields.SigFieldSpec(field, on_page=page, box=box))
    out = pdf_signer.sign_pdf(writer, appearance_text_params=params)
    return out.getvalue()


def _sign_with_tsa(data: bytes, key: Key, settings: dict, lang: str, **how) -> tuple[bytes, bool]:
    """B-T when the TSA answers; B-B, said aloud, when it cannot be reached."""
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.timestamps import TimestampRequestError

    timestamper = _timestamper(settings)
    if timestamper is not None:
        try:
            return _sign(data, key, timestamper=timestamper, **how), True
        except (TimestampRequestError, SigningError, OSError) as err:
            if isinstance(err, SigningError) and not isinstance(err.__cause__, (TimestampRequestError, OSError)):
                raise
            print(text("sign_tsa_unreachable", lang, url=settings["tsa"], reason=err), file=sys.stderr)
    return _sign(data, key, timestamper=None, **how), False


def _recorded_notice(pdf: Path) -> tuple[Path, Path, str] | None:
    """(notice, build folder, output stem) of a PDF the build made, from the build record above it."""
    for folder in pdf.resolve().parents:
        if (folder / manifest.NAME).is_file():
            stem = pdf.resolve().relative_to(folder).with_suffix("").as_posix()
            stem = stem.removesuffix(SIGNED_SUFFIX.removesuffix(".pdf"))
            entry = manifest.Manifest.load(folder).entries.get(stem)
            return (Path(entry.source), folder, stem) if entry else None
    return None


def final_notice(source: Path, build_dir: Path, lang: str) -> tuple[Notice, Path, dict]:
    """The checked notice, its built PDF and its merged data, when the notice is final; a Failure otherwise."""
    if source.suffix.lower() == ".pdf":
        found = _recorded_notice(source)
        if found is None:
            raise Failure("sign_pdf_unknown", file=shown_path(source))
        notice_file, build_dir, stem = found
    else:
        notice_file = source
        if not notice_file.is_file():
            raise Failure("sign_no_file", file=shown_path(notice_file))
        stem = output_stem(notice_file, build_dir).relative_to(build_dir).as_posix()
    checked, problems = checking.check([notice_file])
    for problem in problems.errors:
        print(problem.format(lang), file=sys.stderr)
    notice = checked[0].notice
    if notice is None:
        raise Failure("sign_not_clean", file=shown_path(notice_file))
    if not (notice.electronic and notice.signature_image and notice.seal):
        raise Failure("sign_not_electronic", file=shown_path(notice_file))
    pdf = build_dir / f"{stem}.pdf"
    entry = manifest.Manifest.load(build_dir).entries.get(stem)
    root = notices_root(notice_file)
    current = entry is not None and f"{stem}.pdf" in entry.outputs and pdf.is_file() and any(
        entry.key == manifest.notice_key(notice_file, root, f"pdf=True;pdf-a={pdf_a}") for pdf_a in (False, True))
    if not current:
        raise Failure("sign_not_current", file=shown_path(notice_file), pdf=shown_path(pdf))
    merged, _ = load_with_settings(notice_file, root, Problems(), {})
    return notice, pdf, merged.data


def signed_path(pdf: Path) -> Path:
    return pdf.with_name(pdf.name.removesuffix(".pdf") + SIGNED_SUFFIX)


def sign_notice(source: Path, signer_key: str, agency_key: str, build_dir: Path, lang: str,
                attachments: list[Path] = ()) -> list[Path]:
    """Sign the notice's built PDF (and each attachment); the files written."""
    notice, pdf, data = final_notice(source, build_dir, lang)
    settings = signing_settings(data)
    places = find_places(pdf, notice)
    if places is None:
        raise Failure("sign_no_places", pdf=shown_path(pdf))
    with tempfile.TemporaryDirectory(prefix="vanthu-sign-") as folder:
        return _sign_places(notice, pdf, places, settings, signer_key, agency_key, attachments, lang,
                            _styles(_appearance_font(Path(folder))))


def _sign_places(notice, pdf, places, settings, signer_key, agency_key, attachments, lang, styles) -> list[Path]:
    from PIL import Image
    from pyhanko.pdf_utils.images import PdfImage

    image, seal, attachment = styles
    project = project_folder(notice.file)
    written = []
    signer = open_key(settings, signer_key, project)
    try:
        signed, stamped = _sign_with_tsa(
            pdf.read_bytes(), signer, settings, lang, field=SIGNER_FIELD, page=places.page, box=places.signature,
            style=image(PdfImage(Image.open(notice.signature_image))))
    finally:
        signer.close()
    agency = open_key(settings, agency_key, project)
    try:
        signed, stamped_too = _sign_with_tsa(
            signed, agency, settings, lang, field=AGENCY_FIELD, page=places.page, box=places.seal,
            style=seal(PdfImage(Image.open(notice.seal.image))))
        target = signed_path(pdf)
        write_atomically(target, signed)
        written.append(target)
        for extra in attachments:
            written.append(_sign_attachment(extra, agency, notice, settings, attachment, lang))
    finally:
        agency.close()
    level = "B-T" if stamped and stamped_too else "B-B"
    for path in written:
        print(text("sign_done", lang, file=shown_path(path), level=level))
    if level == "B-B":
        print(text("sign_level_bb", lang), file=sys.stderr)
    return written


def _sign_attachment(path: Path, agency: Key, notice: Notice, settings: dict, style, lang: str) -> Path:
    import pypdfium2

    try:
        data = path.read_bytes()
        width, height = pypdfium2.PdfDocument(data)[0].get_size()
    except (OSError, pypdfium2.PdfiumError):
        raise Failure("sign_attachment_unreadable", file=shown_path(path)) from None
    box_w, box_h = (v * MM for v in ATTACHMENT_BOX_MM)
    right, top = width - RIGHT_MARGIN_MM * MM, height - ATTACHMENT_TOP_MM * MM
    box = (right - box_w, top - box_h, right, top)
    signed, _ = _sign_with_tsa(data, agency, settings, lang, field=AGENCY_FIELD, page=0, box=box, style=style,
                               params={"number": notice.number_symbol})
    target = signed_path(path)
    write_atomically(target, signed)
    return target


def signed_when(notice_file: Path, build_dir: Path, lang: str) -> str | None:
    """For the register: when the notice's signed PDF got the agency's signature (ISO 8601, +07:00), None when there
    is none. A signed PDF that no longer begins with the built PDF was signed on an earlier build: it says so."""
    stem = output_stem(notice_file, build_dir)
    signed, built = stem.with_name(stem.name + SIGNED_SUFFIX), stem.with_name(stem.name + ".pdf")
    if not signed.is_file():
        return None
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        data = signed.read_bytes()
        signatures = PdfFileReader(io.BytesIO(data), strict=False).embedded_signatures
        moment = signatures[-1].self_reported_timestamp if signatures else None
    except (OSError, PdfReadError, ValueError):
        return None
    if moment is None:
        return None
    when = moment.astimezone(VIETNAM).isoformat(timespec="seconds")
    current = built.is_file() and data.startswith(built.read_bytes())
    return when if current else text("register_signed_stale", lang, time=when)


def run(source: Path, signer: str, agency: str, attachment: list[Path], out: Path | None, lang: str) -> int:
    """`vanthu sign`: the signer's and the agency's signatures on a final notice's built PDF (and attachments)."""
    if out is None:
        found = project.find(source)
        out = found.build if found is not None else Path.cwd() / "build"
    try:
        sign_notice(source, signer, agency, out, lang, attachment)
    except OSError as err:  # the build folder cannot be written
        raise Failure("sign_write_failed", reason=err.strerror or err) from None
    return 0
