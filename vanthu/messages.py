"""The message catalogue: every text the toolkit shows a clerk, in Vietnamese and in English.

Codes are stable (tests and `--format json` use them); wording may improve freely.
"""
from __future__ import annotations

import os

CATALOGUE: dict[str, tuple[str, str]] = {
    # severities and summaries
    "error": ("lỗi", "error"),
    "warning": ("cảnh báo", "warning"),
    "summary": ("{errors} lỗi, {warnings} cảnh báo trong {files} tệp.",
                "{errors} error(s), {warnings} warning(s) in {files} file(s)."),
    "all_good": ("Không có lỗi trong {files} tệp.", "No problems in {files} file(s)."),
    "no_notices": ("Không tìm thấy thông báo nào (tệp .yaml) trong {path}.", "No notices (.yaml files) found in {path}."),
    "not_built": ("Không tạo tệp cho {file} vì thông báo còn lỗi; bản đã tạo trước đó (nếu có) được giữ nguyên.",
                  "Nothing written for {file}: the notice has errors; any earlier output is kept as it was."),
    "built": ("Đã tạo {outputs}", "Built {outputs}"),
    # reading the file
    "file_unreadable": ("Không đọc được tệp: {reason}.", "The file cannot be read: {reason}."),
    "not_utf8": ("Tệp không phải văn bản UTF-8 (byte thứ {offset}). Hãy lưu lại tệp với mã hóa UTF-8.",
                 "The file is not UTF-8 text (byte {offset}). Save it again as UTF-8."),
    "yaml_syntax": ("Sai cú pháp YAML: {detail}. Kiểm tra thụt lề (dùng dấu cách, không dùng Tab), dấu ngoặc kép "
                    "và dấu hai chấm trong câu (khi đó đặt cả câu trong ngoặc kép).",
                    "YAML syntax error: {detail}. Check the indentation (spaces, not tabs), the quotes, and any colon "
                    "inside a sentence (then quote the whole sentence)."),
    "yaml_tab": ("Dòng này thụt lề bằng phím Tab; YAML chỉ nhận dấu cách. Hãy thay Tab bằng dấu cách.",
                 "This line is indented with a tab; YAML takes only spaces. Replace the tab with spaces."),
    "yaml_unclosed_quote": ("Dấu ngoặc kép mở ở đây chưa được đóng.", "The quote opened here is never closed."),
    "yaml_colon_in_value": ("Có dấu hai chấm «: » trong câu chưa đặt trong ngoặc kép. Hãy đặt cả câu trong ngoặc "
                            "kép, hoặc viết nó thành khối «>-» ở dòng dưới.",
                            "A colon «: » stands in a sentence that is not quoted. Quote the whole sentence, or write "
                            "it as a «>-» block on the lines below."),
    "yaml_indentation": ("Thụt lề không khớp với các dòng trên (các trường cùng cấp phải thẳng cột).",
                         "The indentation does not match the lines above (fields of one level line up)."),
    "empty_file": ("Tệp trống.", "The file is empty."),
    "not_a_mapping": ("Tệp phải gồm các dòng «tên trường: giá trị».", "The file must consist of «field: value» lines."),
    "yaml_tag": ("Không chấp nhận thẻ YAML «{tag}».", "The YAML tag «{tag}» is not accepted."),
    "yaml_complex_key": ("Tên trường phải là chữ đơn giản.", "A field name must be plain text."),
    "duplicate_key": ("Trường «{key}» được viết hai lần (lần đầu ở dòng {first_line}); chỉ giữ một.",
                      "The field «{key}» is written twice (first on line {first_line}); keep only one."),
    "normalized_nfc": ("Chữ có dấu được gõ ở dạng tổ hợp (NFD); đã chuẩn hóa sang dạng dựng sẵn (NFC).",
                       "Accented letters were typed decomposed (NFD); normalised to precomposed form (NFC)."),
    # schema
    "required": ("Thiếu trường bắt buộc «{field}» ({label}).", "The required field «{field}» ({label}) is missing."),
    "unknown_field": ("Trường «{field}» không có trong mẫu thông báo.{hint}",
                      "The field «{field}» is not part of a notice.{hint}"),
    "did_you_mean": (" Có phải là «{name}»?", " Did you mean «{name}»?"),
    "bad_type": ("«{label}» phải là {expected}.", "«{label}» must be {expected}."),
    "empty": ("«{label}» không được để trống.", "«{label}» must not be empty."),
    "min_length": ("«{label}» phải có ít nhất {limit} mục.", "«{label}» needs at least {limit} item(s)."),
    "max_length": ("«{label}» dài quá: tối đa {limit} (hiện có {actual}).",
                   "«{label}» is too long: at most {limit} (now {actual})."),
    "regex": ("«{label}» không đúng dạng: «{value}».", "«{label}» is not in the expected form: «{value}»."),
    "min_value": ("«{label}» phải từ {limit} trở lên.", "«{label}» must be at least {limit}."),
    "max_value": ("«{label}» phải không quá {limit}.", "«{label}» must be at most {limit}."),
    "bad_integer": ("«{label}» phải là số nguyên dương, ví dụ 149 (đang là «{value}»).",
                    "«{label}» must be a positive whole number such as 149 (it is «{value}»)."),
    "date_format": ("«{label}» phải là ngày dạng 24/3/2020 hoặc 2020-03-24 (đang là «{value}»).",
                    "«{label}» must be a date written 24/3/2020 or 2020-03-24 (it is «{value}»)."),
    "date_not_exist": ("«{label}»: ngày «{value}» không có trong lịch.", "«{label}»: the date «{value}» does not exist."),
    "type_string": ("chuỗi văn bản", "text"),
    "type_list": ("danh sách (mỗi mục một dòng bắt đầu bằng «- »)", "a list (one «- » line per item)"),
    "type_dict": ("nhóm trường (các dòng «tên: giá trị» thụt vào)", "a group of indented «name: value» lines"),
    "type_integer": ("số nguyên", "a whole number"),
    "type_date": ("ngày", "a date"),
    "invalid": ("«{label}» không hợp lệ.", "«{label}» is not valid."),
    # rules a schema cannot say
    "summary_or_meeting": ("Cần có trích yếu («summary») hoặc thông tin cuộc họp («meeting») để tạo trích yếu.",
                           "A summary («summary») or the meeting («meeting») to write it from is needed."),
    "opening_needs_meeting": ("Cần có «meeting» hoặc tự viết «{field}».",
                              "Give «meeting» or write «{field}» yourself."),
    "node_kind": ("Mỗi mục nội dung phải có đúng một trong «text», «paragraph», «section» (đang có: {found}).",
                  "Each content element needs exactly one of «text», «paragraph», «section» (found: {found})."),
    "section_needs_content": ("Mục «{title}» cần có «content».", "The section «{title}» needs «content»."),
    "section_nested": ("Mục I., II. chỉ được đặt ở cấp ngoài cùng của nội dung.",
                       "Sections I., II. may only stand at the top level of the content."),
    "too_deep": ("Nội dung lồng quá sâu (tối đa: mục → khoản 1. → điểm a) → ý «-» → ý «+»).",
                 "Content nested too deep (at most: section → 1. → a) → «-» → «+»)."),
    "unknown_signer": ("Không có người ký «{name}» trong «signers» của cơ quan. Có: {known}.",
                       "No signer «{name}» in the agency's «signers». Known: {known}."),
    "signature_incomplete": ("Chữ ký cần «authority» (quyền hạn, chức vụ) và «name» (họ tên), hoặc «signer».",
                             "The signature needs «authority» and «name», or «signer»."),
    "unknown_group": ("Không có nhóm nơi nhận «{name}» trong «recipient_groups». Có: {known}.",
                      "No recipient group «{name}» in «recipient_groups». Known: {known}."),
    "recipient_kind": ("Mỗi nơi nhận là một dòng chữ hoặc «group: tên nhóm».",
                       "Each recipient is a line of text or «group: name»."),
    "authority_prefix": ("Dòng quyền hạn «{line}» phải bắt đầu bằng TM., KT., TL., TUQ. hoặc Q. (hoặc là chức vụ "
                         "người ký ở dòng sau).",
                         "The authority line «{line}» must start with TM., KT., TL., TUQ. or Q. (or be the signer's "
                         "title on a later line)."),
    "authority_case": ("Dòng quyền hạn, chức vụ «{line}» phải viết in hoa.",
                       "The authority line «{line}» must be in upper case."),
    "authority_needs_title": ("Sau «{line}» cần dòng chức vụ của người ký (ví dụ «PHÓ CHỦ TỊCH»).",
                              "«{line}» must be followed by the signer's own title (e.g. «PHÓ CHỦ TỊCH»)."),
    "meeting_after_issue": ("Ngày họp {meeting} sau ngày ban hành {issued}.",
                            "The meeting date {meeting} is after the date of issue {issued}."),
    "deadline_before_issue": ("Thời hạn {deadline} trước ngày ban hành {issued}.",
                              "The deadline {deadline} is before the date of issue {issued}."),
    "upper_case_line": ("«{label}» phải viết in hoa: «{value}».", "«{label}» must be upper case: «{value}»."),
    "control_character": ("«{label}» chứa ký tự điều khiển hoặc ký tự ẩn (mã U+{codepoint}); hãy xóa nó.",
                          "«{label}» contains a control or invisible character (U+{codepoint}); delete it."),
    # building
    "no_converter": ("Không tìm thấy LibreOffice hay Microsoft Word nên chỉ tạo DOCX. Để có PDF: trên Debian/Ubuntu "
                     "chạy «sudo apt-get install libreoffice-writer-nogui fonts-liberation2»; trên Windows/macOS "
                     "cài Microsoft Word; hoặc cài LibreOffice từ libreoffice.org.",
                     "Neither LibreOffice nor Microsoft Word was found, so only DOCX was written. For PDF: on "
                     "Debian/Ubuntu run «sudo apt-get install libreoffice-writer-nogui fonts-liberation2»; on "
                     "Windows/macOS install Microsoft Word; or install LibreOffice from libreoffice.org."),
    "conversion_failed": ("Không chuyển được {file} sang PDF: {reason}.", "Could not convert {file} to PDF: {reason}."),
}


def language(explicit: str | None = None) -> str:
    """`--lang` wins; else the environment's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); Vietnamese by default."""
    if explicit:
        return explicit
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX") and not value.startswith("C."):
            return "en" if value.startswith("en") else "vi"
    return "vi"


class Ref:
    """A message inside a message (a hint, a type name), rendered in the same language as its host."""

    def __init__(self, code: str, **params):
        self.code, self.params = code, params

    def __eq__(self, other):
        return isinstance(other, Ref) and (self.code, self.params) == (other.code, other.params)


def text(code: str, lang: str = "vi", **params) -> str:
    vi, en = CATALOGUE[code]
    shown = {k: text(v.code, lang, **v.params) if isinstance(v, Ref) else v for k, v in params.items()}
    return (en if lang == "en" else vi).format(**shown)
