"""A small PKI of the tests' own, made with `cryptography`: a root CA, and under it the agency's and the signer's
certificates with their keys as PKCS#12 files (as a CA issues them) and as PKCS#8 PEM (to import into a token)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

PASSWORD = "mật-khẩu-thử"


@dataclass
class Identity:
    p12: Path
    key_pem: Path  # PKCS#8, unencrypted
    cert_der: Path
    common_name: str


@dataclass
class Pki:
    root_pem: Path
    signer: Identity
    agency: Identity
    password_file: Path


def _name(common_name: str, organisation: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _certificate(subject, issuer, public_key, issuer_key, ca: bool) -> x509.Certificate:
    now = dt.datetime.now(dt.timezone.utc)
    builder = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer).public_key(public_key)
               .serial_number(x509.random_serial_number())
               .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
               .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
               .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
               .add_extension(x509.KeyUsage(digital_signature=not ca, content_commitment=not ca,
                                            key_encipherment=False, data_encipherment=False, key_agreement=False,
                                            key_cert_sign=ca, crl_sign=ca, encipher_only=False,
                                            decipher_only=False), critical=True))
    if not ca:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


def make_pki(folder: Path) -> Pki:
    folder.mkdir(parents=True, exist_ok=True)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = _name("CA thử nghiệm của vanthu", "Ban Cơ yếu (thử nghiệm)")
    root = _certificate(root_name, root_name, root_key.public_key(), root_key, ca=True)
    (folder / "root.pem").write_bytes(root.public_bytes(serialization.Encoding.PEM))
    (folder / "password.txt").write_text(PASSWORD + "\n", encoding="utf-8")

    def identity(stem: str, common_name: str) -> Identity:
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        cert = _certificate(_name(common_name, "Văn phòng Chính phủ"), root_name, key.public_key(), root_key, False)
        p12 = folder / f"{stem}.p12"
        p12.write_bytes(pkcs12.serialize_key_and_certificates(
            stem.encode(), key, cert, [root],
            serialization.BestAvailableEncryption(PASSWORD.encode())))
        key_pem = folder / f"{stem}.key.pem"
        key_pem.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                              serialization.NoEncryption()))
        cert_der = folder / f"{stem}.cert.der"
        cert_der.write_bytes(cert.public_bytes(serialization.Encoding.DER))
        return Identity(p12, key_pem, cert_der, common_name)

    return Pki(folder / "root.pem", identity("nguoi-ky", "Trần Văn Sơn"),
               identity("co-quan", "Văn phòng Chính phủ"), folder / "password.txt")


def make_tsa(folder: Path):
    """A time-stamping authority's certificate and key (extended key usage timeStamping, as RFC 3161 asks), under a
    root of its own, for a TSA served on this machine; returns (root PEM path, asn1crypto cert, asn1crypto key)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509

    folder.mkdir(parents=True, exist_ok=True)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = _name("TSA gốc thử nghiệm", "vanthu")
    root = _certificate(root_name, root_name, root_key.public_key(), root_key, ca=True)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(_name("TSA thử nghiệm", "vanthu")).issuer_name(root_name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=365))
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(root_key.public_key()), critical=False)
            .sign(root_key, hashes.SHA256()))
    root_pem = folder / "tsa-root.pem"
    root_pem.write_bytes(root.public_bytes(serialization.Encoding.PEM))
    return (root_pem, asn1_x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER)),
            asn1_keys.PrivateKeyInfo.load(key.private_bytes(serialization.Encoding.DER,
                                                            serialization.PrivateFormat.PKCS8,
                                                            serialization.NoEncryption())))
