"""`vanthu verify FILE.pdf…`: each signature of each file, as a reviewer needs to know it.

Per signature: who signed (the certificate's subject), in which role (the field `sign` gave it), when (the time
the signer's machine put in it, and the TSA's time when there is a timestamp), whether the signed bytes are intact,
whether the document changed after it (a later signature is not a change; anything else, such as a page added,
is), and whether the certificate chain leads to one of the trust roots of the settings (`signing.trust_roots`).
pyHanko does the cryptography and the analysis of the incremental updates. Exit status 1 when any signature is
invalid, untrusted, or the file was altered after it.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from vanthu.errors import Failure
from vanthu.files import shown_path
from vanthu.i18n import text
from vanthu.keep.sign import AGENCY_FIELD, SIGNER_FIELD, VIETNAM, resolve, settings_of_pdf

ROLES = {SIGNER_FIELD: "role_signer", AGENCY_FIELD: "role_agency"}


@dataclass
class Finding:
    field: str
    role: str | None  # role_signer, role_agency, or None for a field `sign` did not make
    signer: str
    time: str | None  # ISO 8601, +07:00
    timestamp: str | None  # the TSA's time, when the signature carries a timestamp
    intact: bool  # the signed bytes hash to what was signed and the signature checks
    unchanged: bool  # nothing but later signatures was added after it
    changed_after: str  # unchanged | only_signed | altered
    trusted: bool

    @property
    def valid(self) -> bool:
        return self.intact and self.unchanged and self.trusted


def _context(settings: dict, project: Path):
    from pyhanko.keys import load_certs_from_pemder
    from pyhanko_certvalidator import ValidationContext

    roots = []
    for value in settings.get("trust_roots") or []:
        path = resolve(project, value)
        try:
            roots.extend(load_certs_from_pemder([str(path)]))
        except (OSError, ValueError) as err:
            raise Failure("verify_root_unreadable", file=shown_path(path), reason=err) from None
    # Offline by default: revocation data is used when the file carries it, and its absence is not a failure.
    return ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")


def _who(certificate) -> str:
    """«Trần Văn Sơn (Văn phòng Chính phủ)»: the certificate's common name and organisation."""
    subject = certificate.subject.native
    name = subject.get("common_name") or certificate.subject.human_friendly
    organisation = subject.get("organization_name")
    return f"{name} ({organisation})" if organisation and organisation != name else str(name)


def _when(moment) -> str | None:
    return moment.astimezone(VIETNAM).isoformat(timespec="seconds") if moment else None


def examine(pdf: Path, settings_path: Path | None = None) -> list[Finding]:
    """The findings of every signature in the file; ValueError (with a reason) when it cannot be read as a PDF."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    settings, project = settings_of_pdf(pdf, settings_path)
    context = _context(settings, project)
    findings = []
    try:
        with pdf.open("rb") as handle:
            reader = PdfFileReader(handle, strict=False)
            for signature in reader.embedded_signatures:
                field = str(signature.field_name)  # plain text: pyHanko's string objects hold the open reader
                try:
                    status = validate_pdf_signature(signature, context, ts_validation_context=context)
                except (SignatureValidationError, ValueError, KeyError) as err:  # a signature that cannot be parsed
                    findings.append(Finding(field, ROLES.get(field), str(err), None,
                                            None, False, False, "altered", False))
                    continue
                whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
                signed_only = (status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and status.docmdp_ok
                               and status.modification_level is not None
                               and status.modification_level <= ModificationLevel.FORM_FILLING)
                ts = status.timestamp_validity
                findings.append(Finding(
                    field=field, role=ROLES.get(field), signer=_who(status.signing_cert),
                    time=_when(status.signer_reported_dt),
                    timestamp=_when(ts.timestamp) if ts is not None else None,
                    intact=bool(status.intact and status.valid and (ts is None or (ts.intact and ts.valid))),
                    unchanged=whole or signed_only,
                    changed_after="unchanged" if whole else "only_signed" if signed_only else "altered",
                    trusted=bool(status.trusted and (ts is None or ts.trusted)),
                ))
    except (PdfReadError, OSError, ValueError) as err:
        raise ValueError(str(err) or type(err).__name__) from None
    return findings


def _print(pdf: Path, findings: list[Finding], lang: str) -> None:
    print(text("verify_file", lang, file=shown_path(pdf), count=len(findings)))
    for n, f in enumerate(findings, 1):
        role = f" ({text(f.role, lang)})" if f.role else ""
        print(text("verify_signature", lang, n=n, field=f.field + role, signer=f.signer))
        stamp = text("verify_timestamp", lang, time=f.timestamp) if f.timestamp else ""
        print(text("verify_time", lang, time=f.time or "—", timestamp=stamp))
        print(text("verify_intact", lang, value=text("verify_ok" if f.intact else "verify_bad", lang)))
        changed = {"unchanged": "verify_unchanged", "only_signed": "verify_only_signed", "altered": "verify_altered"}
        print(text("verify_changed", lang, value=text(changed[f.changed_after], lang)))
        print(text("verify_trusted", lang, value=text("verify_trusted_yes" if f.trusted else "verify_trusted_no",
                                                        lang)))


def run(files: list[Path], format: str, settings: Path | None, lang: str) -> int:
    """`vanthu verify`: every signature of every file; exit status 1 when any is invalid or a file was altered."""
    good, report = True, []
    for pdf in files:
        try:
            findings = examine(pdf, settings)
        except ValueError as err:
            good = False
            report.append({"file": str(pdf), "error": str(err), "signatures": []})
            if format == "text":
                print(text("verify_unreadable", lang, file=shown_path(pdf), reason=err))
            continue
        valid = bool(findings) and all(f.valid for f in findings)
        good = good and valid
        report.append({"file": str(pdf), "valid": valid,
                       "signatures": [{**asdict(f), "valid": f.valid} for f in findings]})
        if format == "text":
            if findings:
                _print(pdf, findings, lang)
            else:
                print(text("verify_no_signatures", lang, file=shown_path(pdf)))
    if format == "json":
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        print(text("verify_summary_ok" if good else "verify_summary_bad", lang))
    return 0 if good else 1
