"""Văn thư: Thông báo kết luận laid out as Nghị định 30/2020/NĐ-CP prescribes, from YAML to DOCX and PDF."""

__version__ = "0.1.0"
