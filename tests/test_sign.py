"""`sign` and `verify`: the electronic example 1205/TB-VPCP built for real, signed by the signer and the agency with
keys of the tests' own PKI (PKCS#12 files and a SoftHSM2 token), a TSA served on this machine, and checked three
ways: our `verify`, pyHanko's validation, and poppler's `pdfsig`, an independent client."""
from __future__ import annotations

import asyncio
import csv
import io
import json
import re
import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pdfplumber
import pypdfium2
import pytest

from conftest import MM, PROJECT
from signing_pki import PASSWORD, make_pki, make_tsa
from vanthu import cli
from vanthu.engine import pipeline
from vanthu.keep import sign

SOFTHSM = "/usr/lib/softhsm/libsofthsm2.so"
PIN = "246810"
NOTICE = Path("notices/vpcp/2026/1205-TB-VPCP.yaml")
SIGNED = Path("build/vpcp/2026/1205-TB-VPCP.signed.pdf")
BUILT = Path("build/vpcp/2026/1205-TB-VPCP.pdf")


class Tsa(BaseHTTPRequestHandler):
    """An RFC 3161 time-stamping authority on 127.0.0.1 (pyHanko's token maker behind HTTP); `up` False answers
    503, as an unreachable or failing TSA."""

    stamper = None
    up = True

    def do_POST(self):  # noqa: N802 (http.server's name)
        from asn1crypto import tsp

        body = self.rfile.read(int(self.headers["Content-Length"]))
        if not Tsa.up:
            self.send_response(503)
            self.end_headers()
            return
        reply = asyncio.run(Tsa.stamper.async_request_tsa_response(tsp.TimeStampReq.load(body))).dump()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply)

    def log_message(self, *args):
        pass


def _softhsm_token(folder: Path, pki) -> None:
    """A SoftHSM2 token «vanthu-test» holding the signer's key and certificate under the label «nguoi-ky»."""
    import pkcs11
    from cryptography import x509
    from pkcs11 import Attribute, CertificateType, ObjectClass

    assert shutil.which("softhsm2-util"), "softhsm2-util is missing: apt-get install softhsm2 (see .ci/run)"
    (folder / "tokens").mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    env = {"SOFTHSM2_CONF": str(conf), "PATH": "/usr/bin:/bin"}
    run = dict(env=env, check=True, capture_output=True)
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", "vanthu-test", "--pin", PIN,
                    "--so-pin", "13579111"], **run)
    subprocess.run(["softhsm2-util", "--import", str(pki.signer.key_pem), "--token", "vanthu-test",
                    "--label", "nguoi-ky", "--id", "01", "--pin", PIN], **run)
    der = pki.signer.cert_der.read_bytes()
    token = pkcs11.lib(SOFTHSM).get_token(token_label="vanthu-test")
    with token.open(rw=True, user_pin=PIN) as session:
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE, Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
            Attribute.TOKEN: True, Attribute.LABEL: "nguoi-ky", Attribute.ID: b"\x01", Attribute.VALUE: der,
            Attribute.SUBJECT: x509.load_der_x509_certificate(der).subject.public_bytes()})


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project holding the electronic example, its settings naming the test keys (PKCS#12 files and a token),
    the TSA and the trust roots; built once. The project is the current folder."""
    from pyhanko.sign.timestamps.dummy_client import DummyTimeStamper

    base = tmp_path_factory.mktemp("signing")
    root = base / "project"
    shutil.copytree(PROJECT / "notices" / "vpcp", root / "notices" / "vpcp")
    pki = make_pki(base / "keys")
    tsa_root, tsa_cert, tsa_key = make_tsa(base / "tsa")
    Tsa.stamper = DummyTimeStamper(tsa_cert, tsa_key)
    server = ThreadingHTTPServer(("127.0.0.1", 0), Tsa)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    patch = pytest.MonkeyPatch()
    patch.setenv("SOFTHSM2_CONF", str(base / "softhsm" / "softhsm2.conf"))
    _softhsm_token(base / "softhsm", pki)
    patch.setenv("VANTHU_TEST_PASSWORD", PASSWORD)
    patch.setenv("VANTHU_TEST_PIN", PIN)
    wrong = base / "keys" / "sai.txt"
    wrong.write_text("không phải mật khẩu\n", encoding="utf-8")
    settings = root / "notices" / "vpcp" / "_agency.yaml"
    settings.write_text(settings.read_text(encoding="utf-8") + f"""
signing:
  keys:
    pho-chu-nhiem:
      pkcs12: {pki.signer.p12}
      password_file: {pki.password_file}
    van-phong:
      pkcs12: {pki.agency.p12}
      password_env: VANTHU_TEST_PASSWORD
    token-pho-chu-nhiem:
      pkcs11: {{module: {SOFTHSM}, token: vanthu-test, key_label: nguoi-ky, pin_env: VANTHU_TEST_PIN}}
    khong-mat-khau:
      pkcs12: {pki.agency.p12}
      password_env: VANTHU_TEST_NOT_SET
    sai-mat-khau:
      pkcs12: {pki.agency.p12}
      password_file: {wrong}
    tep-mat-khau-hong:
      pkcs12: {pki.agency.p12}
      password_file: {pki.signer.cert_der}
    token-sai-nhan:
      pkcs11: {{module: {SOFTHSM}, token: vanthu-test, key_label: khong-co, pin_env: VANTHU_TEST_PIN}}
    token-khong-co:
      pkcs11: {{module: {SOFTHSM}, token: khong-co-the-nay, key_label: nguoi-ky, pin_env: VANTHU_TEST_PIN}}
  tsa: http://127.0.0.1:{server.server_port}/
  trust_roots: [{pki.root_pem}, {tsa_root}]
""", encoding="utf-8")
    patch.chdir(root)
    outcome = pipeline.build([root / NOTICE], root / "build")
    assert not outcome.problems.errors and outcome.converter, [p.format() for p in outcome.problems]
    yield {"root": root, "pki": pki}
    patch.undo()
    server.shutdown()


def _sign(capsys, signer="pho-chu-nhiem", agency="van-phong", source=NOTICE, tsa_up=True) -> tuple[int, str]:
    Tsa.up = tsa_up
    code = cli.main(["sign", str(source), "--signer", signer, "--agency", agency, "--out", "build"])
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def _verify(capsys, pdf: Path = SIGNED) -> tuple[int, list[dict]]:
    code = cli.main(["verify", "--format", "json", str(pdf)])
    return code, json.loads(capsys.readouterr().out)[0]["signatures"]


def _pdfsig(pdf: Path) -> list[str]:
    """pdfsig's report, one block of lines per signature."""
    out = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True).stdout
    return out.split("Signature #")[1:]


@pytest.fixture
def signed(project, capsys) -> Path:
    code, said = _sign(capsys)
    assert code == 0, said
    assert "PAdES B-T" in said
    return project["root"] / SIGNED


def test_signed_notice_is_the_built_pdf_plus_two_signatures(signed, project):
    built = (project["root"] / BUILT).read_bytes()
    assert signed.read_bytes().startswith(built)  # incremental updates: the built PDF is not touched
    with pdfplumber.open(project["root"] / BUILT) as before, pdfplumber.open(signed) as after:
        assert [p.extract_text() for p in before.pages] == [p.extract_text() for p in after.pages]


def test_our_verify_reports_both_signatures_valid_and_trusted(signed, capsys):
    code, signatures = _verify(capsys, signed)
    assert code == 0
    assert [s["role"] for s in signatures] == ["role_signer", "role_agency"]
    assert signatures[0]["signer"].startswith("Trần Văn Sơn") and signatures[1]["signer"].startswith("Văn phòng")
    assert [s["changed_after"] for s in signatures] == ["only_signed", "unchanged"]
    assert all(s["intact"] and s["trusted"] and s["valid"] for s in signatures)
    assert all(s["time"].endswith("+07:00") and s["timestamp"] for s in signatures)  # B-T: the TSA's time
    assert cli.main(["verify", str(signed)]) == 0
    text = capsys.readouterr().out
    assert "chữ ký của người ký" in text and "dẫn đến chứng thư gốc tin cậy" in text and "Mọi chữ ký đều hợp lệ" in text


def test_pyhanko_validation_accepts_both_signatures(signed, project):
    from pyhanko.keys import load_cert_from_pemder
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(project["pki"].root_pem))])
    with signed.open("rb") as handle:
        signatures = PdfFileReader(handle).embedded_signatures
        assert [s.field_name for s in signatures] == [sign.SIGNER_FIELD, sign.AGENCY_FIELD]
        for signature in signatures:
            status = validate_pdf_signature(signature, context, skip_diff=False)
            assert status.intact and status.valid and status.trusted and status.docmdp_ok, status.pretty_print_details()


def test_pdfsig_accepts_both_signatures_and_the_whole_document(signed):
    first, second = _pdfsig(signed)
    for block, name in ((first, "Trần Văn Sơn"), (second, "Văn phòng Chính phủ")):
        assert f"Signer Certificate Common Name: {name}" in block
        assert "Signature Validation: Signature is Valid." in block
        assert "ETSI.CAdES.detached" in block  # PAdES
    assert "Total document signed" in second  # nothing after the agency's signature


def test_appearances_sit_where_the_build_put_the_images(signed, project):
    """On the page image: the blue of the signature and the red of the seal lie in the signature fields' boxes, the
    seal's box overlaps the left third of the signature's box, and neither box nor ink covers the recipients."""
    from PIL import Image
    from pyhanko.pdf_utils.reader import PdfFileReader

    pictures = {sign.SIGNER_FIELD: "chu-ky-mau.png", sign.AGENCY_FIELD: "dau-mau.png"}
    with signed.open("rb") as handle:
        for signature in PdfFileReader(handle).embedded_signatures:  # each appearance draws its PNG
            (picture,) = [x.get_object() for x in signature.sig_field["/AP"]["/N"]["/Resources"]["/XObject"].values()]
            png = Image.open(project["root"] / "notices" / "vpcp" / "anh" / pictures[signature.field_name])
            assert (picture["/Width"], picture["/Height"]) == png.size and "/SMask" in picture  # transparency kept
    with pdfplumber.open(signed) as document:
        page = document.pages[-1]
        fields = {a["data"]["T"].decode(): a for a in page.annots if a["data"].get("FT") and a["data"]["FT"].name == "Sig"}
        words = page.extract_words()
        start = next(i for i, w in enumerate(words) if w["text"] == "Nơi")
        column = (30 + 78) * MM  # the Nơi nhận column: left margin and its fixed width
        recipients = [w for w in words[start:] if w["x0"] < column]
    sig, seal = (fields[f] for f in (sign.SIGNER_FIELD, sign.AGENCY_FIELD))
    box = {name: (a["x0"], a["top"], a["x1"], a["bottom"]) for name, a in (("sig", sig), ("seal", seal))}
    third = box["sig"][0] + (box["sig"][2] - box["sig"][0]) / 3
    assert box["seal"][0] < box["sig"][0] < third <= box["seal"][2] + 1  # over the left third, from the left
    assert abs((box["seal"][2] - box["seal"][0]) - 36 * MM) < 1.5  # the seal's real size

    scale = 100 / 72
    document = pypdfium2.PdfDocument(str(signed))
    document.init_forms()  # draw the signature fields' appearances
    image = document[len(document) - 1].render(scale=scale, may_draw_forms=True).to_pil().convert("RGB")
    red = [(x, y) for x in range(image.width) for y in range(image.height // 2)
           if (lambda r, g, b: r > 150 and g < 90 and b < 90)(*image.getpixel((x, y)))]
    blue = [(x, y) for x in range(image.width) for y in range(image.height // 2)
            if (lambda r, g, b: b > 110 and r < 90 and g < 110)(*image.getpixel((x, y)))]
    assert red and blue

    def inside(point, name) -> bool:
        x0, top, x1, bottom = (v * scale for v in box[name])
        return x0 - 2 <= point[0] <= x1 + 2 and top - 2 <= point[1] <= bottom + 2

    assert all(inside(p, "seal") for p in red)
    # Where the seal lies over the signature the colours mix (and pdfium fringes small text): blue is looked for
    # outside the seal.
    assert all(inside(p, "sig") for p in blue if not inside(p, "seal"))
    for word in recipients:
        for name, ink in (("seal", red), ("sig", blue)):
            assert word["x1"] <= box[name][0] or word["bottom"] <= box[name][1] or word["top"] >= box[name][3], \
                (word["text"], name)
            assert not any(word["x0"] * scale <= x <= word["x1"] * scale and word["top"] * scale <= y
                           <= word["bottom"] * scale for x, y in ink), (word["text"], name)


def test_one_byte_changed_fails_verify_and_pdfsig(signed, capsys):
    data = bytearray(signed.read_bytes())
    offset = data.index(b"/Type /Page") if b"/Type /Page" in data else len(data) // 4
    data[offset + 1] = ord("X")  # /Type /Page → /XType: inside the bytes both signatures cover
    signed.write_bytes(bytes(data))
    code, signatures = _verify(capsys, signed)
    assert code == 1
    assert not any(s["intact"] for s in signatures)
    assert all("Signature is Valid." not in block for block in _pdfsig(signed))


def test_a_page_added_after_signing_fails_verify_and_pdfsig(signed, capsys):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed.read_bytes()))
    contents = writer.add_object(generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 720 Td (them trang) Tj ET"))
    writer.insert_page(generic.DictionaryObject({
        generic.pdf_name("/Type"): generic.pdf_name("/Page"),
        generic.pdf_name("/MediaBox"): generic.ArrayObject(list(map(generic.NumberObject, (0, 0, 595, 842)))),
        generic.pdf_name("/Contents"): contents,
        generic.pdf_name("/Resources"): generic.DictionaryObject()}))
    out = io.BytesIO()
    writer.write(out)
    signed.write_bytes(out.getvalue())
    code, signatures = _verify(capsys, signed)
    assert code == 1
    assert all(s["intact"] and s["trusted"] for s in signatures)  # the signed bytes are whole …
    assert [s["changed_after"] for s in signatures] == ["altered", "altered"]  # … but a page came after them
    blocks = _pdfsig(signed)
    assert len(blocks) == 2 and all("Total document signed" not in block for block in blocks)


def test_signing_with_a_softhsm_token_and_without_a_tsa(project, capsys):
    code, said = _sign(capsys, signer="token-pho-chu-nhiem", tsa_up=False)
    assert code == 0, said
    assert "PAdES B-B" in said and "không có dấu thời gian" in said  # the TSA failed: said, and signed all the same
    code, signatures = _verify(capsys)
    assert code == 0
    assert signatures[0]["signer"].startswith("Trần Văn Sơn") and signatures[0]["timestamp"] is None
    first, second = _pdfsig(project["root"] / SIGNED)
    assert "Signature is Valid." in first and "Signature is Valid." in second and "Total document signed" in second


def test_a_separate_appendix_gets_the_agency_signature_top_right_with_number_and_time(project, capsys):
    from pyhanko.pdf_utils.reader import PdfFileReader

    appendix = project["root"] / "build" / "phu-luc-1205.pdf"
    shutil.copy(project["root"] / BUILT, appendix)  # any PDF issued beside the notice
    Tsa.up = True
    code = cli.main(["sign", str(NOTICE), "--signer", "pho-chu-nhiem", "--agency", "van-phong", "--out", "build",
                     "--attachment", str(appendix)])
    assert code == 0, capsys.readouterr()
    signed = appendix.with_name("phu-luc-1205.signed.pdf")
    with signed.open("rb") as handle:
        (signature,) = PdfFileReader(handle).embedded_signatures
        assert signature.field_name == sign.AGENCY_FIELD
        widget = signature.sig_field
        x0, y0, x1, y1 = (float(v) for v in widget["/Rect"])
        appearance = widget["/AP"]["/N"]
        drawn = appearance.data.decode("latin-1")
        assert "/XObject" not in appearance["/Resources"]  # no image
    assert 595 - 20 * MM - 1 < x1 <= 595 - 20 * MM + 1 and y1 > 842 - 20 * MM  # top right, in the top margin
    assert "/F1 10 Tf" in drawn and "0 0 0 rg" in drawn  # 10 pt, black
    actual = re.sub(r"\\([0-7]{3})", lambda m: chr(int(m[1], 8)), drawn)  # PDF strings escape / - + as octal
    assert "1205/TB-VPCP" in actual and "+07:00" in actual
    (block,) = _pdfsig(signed)
    assert "Signature is Valid." in block and "Total document signed" in block
    code = cli.main(["verify", "--settings", "notices/vpcp/_agency.yaml", str(signed)])
    said = capsys.readouterr().out
    assert code == 0 and "chữ ký số của cơ quan" in said, said


def test_the_register_records_whether_and_when_a_notice_was_signed(signed, project, capsys):
    assert cli.main(["register", "--format", "csv", "--lang", "en", "notices"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert row["Signed"].endswith("+07:00") and row["Signed"][:4].isdigit()
    outcome = pipeline.build([project["root"] / NOTICE], project["root"] / "build", force=True)
    assert not outcome.problems.errors
    assert cli.main(["register", "--format", "csv", "--lang", "en", "notices"]) == 0
    (row,) = csv.DictReader(io.StringIO(capsys.readouterr().out))
    assert "earlier build" in row["Signed"]  # rebuilt after signing: that signature is not of this PDF


def test_refused_when_the_yaml_changed_after_the_build(signed, project, capsys):
    notice = project["root"] / NOTICE
    original = notice.read_text(encoding="utf-8")
    before = signed.read_bytes()
    try:
        notice.write_text(original.replace("HỎA TỐC", "KHẨN"), encoding="utf-8")
        code, said = _sign(capsys)
        assert code == 1 and "chưa được tạo từ nội dung hiện tại" in said and "build" in said
        notice.write_text(original.replace("number: 1205\n", ""), encoding="utf-8")
        code, said = _sign(capsys)
        assert code == 1 and "số văn bản" in said and "thông báo còn lỗi" in said
    finally:
        notice.write_text(original, encoding="utf-8")
    assert signed.read_bytes() == before  # refused: nothing written


def test_refused_with_a_clear_message_when_a_key_cannot_be_opened(project, capsys):
    code, said = _sign(capsys, agency="khong-mat-khau")
    assert code == 1 and "VANTHU_TEST_NOT_SET" in said and "Traceback" not in said
    code, said = _sign(capsys, agency="sai-mat-khau")
    assert code == 1 and "mật khẩu sai" in said and "Traceback" not in said
    code, said = _sign(capsys, agency="tep-mat-khau-hong")
    assert code == 1 and "không đọc được tệp mật khẩu" in said and "Traceback" not in said
    code, said = _sign(capsys, signer="token-sai-nhan")
    assert code == 1 and "nhãn «khong-co»" in said and "Traceback" not in said
    code, said = _sign(capsys, signer="token-khong-co")
    assert code == 1 and "không mở được thiết bị ký số" in said and "Traceback" not in said
    code, said = _sign(capsys, agency="khong-co")
    assert code == 1 and "Không có khóa «khong-co»" in said and "van-phong" in said
    code, said = _sign(capsys, source=Path("build/vpcp/2026/khong-co.pdf"))
    assert code == 1 and "sổ ghi" in said


def test_verify_says_plainly_when_a_file_has_no_signature_or_is_no_pdf(project, capsys):
    assert cli.main(["verify", str(BUILT), str(NOTICE), "khong-co.pdf"]) == 1
    said = capsys.readouterr()
    assert "không có chữ ký số" in said.out and said.out.count("không đọc được tệp PDF") == 2
    assert "Traceback" not in said.err
