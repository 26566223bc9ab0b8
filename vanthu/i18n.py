"""The message catalogue: every text the toolkit shows a clerk, in Vietnamese and in English.

Codes are stable (tests and `--format json` use them); wording may improve freely.
"""
from __future__ import annotations

import os

CATALOGUE: dict[str, tuple[str, str]] = {
    # severities and summaries
    "error": ("lỗi", "error"),
    "field_label": ("{vi}", "{en}"),  # a field as messages name it (schema.label)
    "warning": ("cảnh báo", "warning"),
    "summary": ("{errors} lỗi, {warnings} cảnh báo trong {files} tệp.",
                "{errors} error(s), {warnings} warning(s) in {files} file(s)."),
    "all_good": ("Không có lỗi trong {files} tệp.", "No problems in {files} file(s)."),
    "no_project": ("Không tìm thấy dự án từ thư mục {folder}: không có thư mục notices/ (hay bảng [tool.vanthu] trong "
                   "pyproject.toml) ở đây hay ở thư mục cha. Hãy chạy lệnh trong kho văn bản, hoặc tạo kho bằng "
                   "«vanthu init».",
                   "No project found from {folder}: no notices/ folder (or [tool.vanthu] table in pyproject.toml) "
                   "here or above. Run the command inside an office repository, or start one with «vanthu init»."),
    "init_exists": ("Không tạo kho trong {folder}: đã có {files}. Lệnh init không ghi đè tệp nào; hãy chọn thư mục "
                    "khác hoặc chuyển các tệp đó đi.",
                    "Nothing written in {folder}: {files} exist already. init never overwrites a file; choose another "
                    "folder or move those files."),
    "init_done": ("Đã tạo kho văn bản trong {folder}. Tiếp theo: điền notices/_agency.yaml, rồi «vanthu new». "
                  "Để git diff đọc được tệp Word: {textconv}",
                  "Office repository started in {folder}. Next: fill in notices/_agency.yaml, then «vanthu new». "
                  "For git diff to read Word files: {textconv}"),
    "interrupted": ("Đã dừng theo yêu cầu (Ctrl+C).", "Stopped (Ctrl+C)."),
    "no_notices": ("Không tìm thấy thông báo nào (tệp .yaml) trong {path}.", "No notices (.yaml files) found in {path}."),
    "not_built": ("Không tạo tệp cho {file} vì thông báo còn lỗi; bản đã tạo trước đó (nếu có) được giữ nguyên.",
                  "Nothing written for {file}: the notice has errors; any earlier output is kept as it was."),
    "out_of_date": ("Không tạo lại {file} vì thông báo còn lỗi; {outputs} là bản cũ, được giữ nguyên nhưng không còn "
                    "khớp với tệp YAML.",
                    "{file} was not rebuilt: the notice has errors; {outputs} are the earlier output, kept as they "
                    "were but out of date."),
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
    "yaml_two_documents": ("Tệp có dòng «---» thứ hai, tức là hai thông báo trong một tệp; mỗi tệp chỉ một thông báo.",
                           "A second «---» line starts another document; one file holds one notice."),
    "yaml_escape": ("Trong ngoặc kép \"…\", dấu «\\» mở đầu một ký tự đặc biệt. Hãy viết «\\\\», hoặc dùng ngoặc "
                    "đơn '…' (trong đó «\\» là chính nó).",
                    "Inside double quotes \"…\", «\\» starts an escape. Write «\\\\», or use single quotes '…' "
                    "(where «\\» is itself)."),
    "yaml_star_start": ("Giá trị bắt đầu bằng «*» (chữ nghiêng, đậm) phải đặt trong ngoặc kép, ví dụ "
                        "\"**Về tổ chức**: …\".",
                        "A value that starts with «*» (italic, bold) must be quoted, e.g. \"**Về tổ chức**: …\"."),
    "yaml_reserved_start": ("Giá trị không được bắt đầu bằng ký tự «{char}»; hãy đặt cả giá trị trong ngoặc kép.",
                            "A value cannot start with «{char}»; quote the whole value."),
    "yaml_block_scalar": ("Sau «|» hoặc «>-» phải xuống dòng; viết nội dung ở các dòng dưới, thụt vào.",
                          "After «|» or «>-» the line must end; write the text on the indented lines below."),
    "yaml_flow": ("Danh sách «[…]» (hoặc nhóm «{{…}}») mở ở đây chưa đóng, hoặc một mục có dấu phẩy, dấu hai chấm; "
                  "hãy đóng ngoặc, hoặc viết mỗi mục một dòng «- » (mục có dấu phẩy thì đặt trong ngoặc kép).",
                  "The list «[…]» (or group «{{…}}») opened here is not closed, or an item holds a comma or colon; "
                  "close it, or write one «- » line per item (quote an item that holds a comma)."),
    "yaml_text_after_quote": ("Có chữ sau dấu ngoặc đóng. Nếu câu có ngoặc kép bên trong, hãy đặt cả câu trong "
                              "ngoặc đơn ('Văn bản \"A\" tiếp theo') hoặc viết thành khối «>-».",
                              "Text follows the closing quote. If the sentence holds quotes, put it all in single "
                              "quotes ('Text \"A\" more') or write it as a «>-» block."),
    "control_character_file": ("Tệp chứa ký tự không được phép (mã U+{codepoint}); hãy xóa nó.",
                               "The file holds a character that is not allowed (U+{codepoint}); delete it."),
    "legacy_encoding": ("Chữ này được gõ bằng bảng mã {encoding} cũ, không phải Unicode: «{sample}» có lẽ là "
                        "«{meant}». Hãy chuyển sang Unicode (Unikey: Công cụ chuyển mã, nguồn {encoding}, đích "
                        "Unicode) rồi dán lại.",
                        "This text was typed in the legacy {encoding} encoding, not Unicode: «{sample}» probably "
                        "means «{meant}». Convert it to Unicode (Unikey's converter: from {encoding} to Unicode) "
                        "and paste it again."),
    "legacy_encoding_file": ("Tệp không phải UTF-8 mà được lưu bằng bảng mã {encoding} cũ: «{sample}» có lẽ là "
                             "«{meant}». Hãy chuyển tệp sang Unicode (Unikey: Công cụ chuyển mã) và lưu UTF-8.",
                             "The file is not UTF-8 but saved in the legacy {encoding} encoding: «{sample}» probably "
                             "means «{meant}». Convert it to Unicode (e.g. Unikey's converter) and save as UTF-8."),
    # schema
    "required": ("Thiếu trường bắt buộc «{field}» ({label}).", "The required field «{field}» ({label}) is missing."),
    "unknown_field": ("Trường «{field}» không có trong mẫu thông báo.{hint}",
                      "The field «{field}» is not part of a notice.{hint}"),
    "did_you_mean": (" Có phải là «{name}»?", " Did you mean «{name}»?"),
    "colon_in_text": ("«{label}» có dấu hai chấm «: » nên YAML hiểu thành tên trường; hãy đặt cả câu trong ngoặc "
                      "kép.", "«{label}» contains «: », so YAML read it as a field name; put the whole text in "
                      "quotes."),
    "colon_hint": (" Nếu đây là một câu có dấu hai chấm, hãy đặt cả câu trong ngoặc kép.",
                   " If this is a sentence with a colon, put the whole sentence in quotes."),
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
    "bad_boolean": ("«{label}» phải là true hoặc false (đang là «{value}»).",
                    "«{label}» must be true or false (it is «{value}»)."),
    "not_allowed": ("«{label}» phải là một trong: {allowed} (đang là «{value}»).",
                    "«{label}» must be one of: {allowed} (it is «{value}»)."),
    "date_format": ("«{label}» phải là ngày dạng 24/3/2020 hoặc 2020-03-24 (đang là «{value}»).",
                    "«{label}» must be a date written 24/3/2020 or 2020-03-24 (it is «{value}»)."),
    "archive_unit_copies": ("«{label}»: sau tên đơn vị và dấu hai chấm là số bản đơn vị lưu, một số nguyên dương, "
                            "ví dụ «NN: 2» (in là «NN (2)»); đang là «{value}».",
                            "«{label}»: after the unit's name and a colon comes the number of copies it keeps, a "
                            "positive whole number, e.g. «NN: 2» (printed «NN (2)»); it is «{value}»."),
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
    "markup_stray_star": ("«{label}» có {count} dấu «*» không thành cặp (ở «{excerpt}»): nó sẽ in ra nguyên dấu sao. "
                          "Chữ đậm viết **…**, nghiêng *…*, đậm nghiêng ***…***; dấu sao thật viết \\*.",
                          "«{label}» has {count} «*» that pair with nothing (at «{excerpt}»): it would print as a "
                          "star. Bold is **…**, italic *…*, bold italic ***…***; a real star is \\*."),
    "numbered_not_here": ("Các khoản «numbered» (1.1., 1.2.) chỉ đặt dưới một khoản đánh số 1., 2. (có «text»), "
                          "không dưới điểm a), ý «-» hay đoạn không đánh số.",
                          "«numbered» (1.1., 1.2.) stands only under a numbered 1., 2. (with «text»), not under a "
                          "point a), an item «-» or an unnumbered paragraph."),
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
    "name_has_title": ("Không ghi học hàm, học vị trước họ tên người ký: «{name}».",
                       "No academic title before the signer's name: «{name}»."),
    "table_ragged": ("Hàng thứ {row} của bảng có {cells} ô, còn hàng tiêu đề có {columns} cột: mỗi hàng cần đủ {columns} "
                     "ô (ô trống ghi \"\").",
                     "Row {row} of the table has {cells} cell(s) but the header row {columns} column(s): every row needs "
                     "{columns} cells (an empty cell is \"\")."),
    "table_columns": ("«{key}» có {given} giá trị, còn bảng có {columns} cột: ghi một giá trị cho mỗi cột.",
                      "«{key}» has {given} value(s) but the table {columns} column(s): give one per column."),
    "cong_van_needs_addressees": ("Công văn (form: cong-van) cần «addressees» (Kính gửi): một nơi, hoặc danh sách.",
                                  "A công văn (form: cong-van) needs «addressees» (Kính gửi): one, or a list."),
    "cong_van_needs_symbol": ("Công văn cần ký hiệu {agency}-<đơn vị soạn thảo>: ghi «symbol» (ví dụ {agency}-VP) "
                              "hoặc đơn vị soạn thảo trong «archive: {{units: [VP]}}».",
                              "A công văn needs the symbol {agency}-<drafting unit>: write «symbol» (e.g. {agency}-VP) "
                              "or the drafting unit in «archive: {{units: [VP]}}»."),
    "legal_basis_end_under_summary": ("Căn cứ in nghiêng dưới trích yếu là căn cứ ban hành: căn cứ cuối kết thúc bằng «.» "
                                      "(Phụ lục I mục II.6.a). Để căn cứ cuối «{end}» dẫn vào câu sau, ghi thêm "
                                      "«legal_basis_place: addressees» (in đứng, như nội dung).",
                                      "Căn cứ in italics under the trích yếu are the decree's legal bases, the last "
                                      "ending «.» (Phụ lục I §II.6.a). For a last line «{end}» that leads into the "
                                      "text, add «legal_basis_place: addressees» (upright, as the body)."),
    "legal_basis_punctuation": ("Căn cứ thứ {n} gõ «{typed}» ở cuối; theo Nghị định 30 được in là «{printed}»: "
                                "«…{end}».",
                                "Legal basis line {n} ends «{typed}» as typed; Nghị định 30's form prints «{printed}»: "
                                "«…{end}»."),
    "appendix_needs_full_name": ("Có phụ lục thì cần «agency.full_name» (tên cơ quan viết thường) cho dòng «Kèm theo».",
                                 "Appendices need «agency.full_name» (the agency's name in running text) for the "
                                 "«Kèm theo» line."),
    "path_outside_project": ("Đường dẫn «{file_path}» ra ngoài thư mục dự án; chỉ dùng tệp trong dự án.",
                             "The path «{file_path}» leaves the project folder; use files inside the project."),
    "template_not_in_templates": ("Mẫu Word «{file_path}» phải nằm trong thư mục templates/ của dự án.",
                                  "The Word template «{file_path}» must be in the project's templates/ folder."),
    "file_missing": ("Không có tệp «{file_path}» (đường dẫn tính từ thư mục dự án).",
                     "No file «{file_path}» (paths are relative to the project folder)."),
    "meeting_after_issue": ("Ngày họp {meeting} sau ngày ban hành {issued}.",
                            "The meeting date {meeting} is after the date of issue {issued}."),
    "opening_meeting_date": ("Đoạn mở đầu tự viết không nêu ngày họp {date} ghi ở «meeting.date» (bằng số hay bằng "
                             "chữ): hãy kiểm tra ngày trong câu hoặc trong «meeting».",
                             "The hand-written opening does not give the meeting date {date} of «meeting.date» (in "
                             "digits or in words): check the date in the sentence or in «meeting»."),
    "deadline_before_issue": ("Thời hạn {deadline} trước ngày ban hành {issued}.",
                              "The deadline {deadline} is before the date of issue {issued}."),
    "deadline_not_in_text": ("«deadline_in_text: true» nói rằng câu đã ghi thời hạn, nhưng không thấy ngày {deadline} "
                             "(bằng số hay bằng chữ) trong câu: hãy sửa ngày ở «deadline» hoặc trong câu cho khớp.",
                             "«deadline_in_text: true» says the sentence states the deadline, but the date {deadline} "
                             "(in digits or in words) is not in it: make «deadline» and the sentence agree."),
    "deadline_twice": ("Câu đã ghi thời hạn {deadline}, và công cụ sẽ in thêm «{phrase} {deadline}» sau câu: thời hạn "
                       "in hai lần. Nếu câu đã viết đúng như văn bản của cơ quan, ghi thêm «deadline_in_text: true» "
                       "(thời hạn vẫn được theo dõi); nếu không, xóa ngày trong câu.",
                       "The sentence states the deadline {deadline}, and the toolkit would print «{phrase} {deadline}» "
                       "after it: twice. If the sentence is as the office wrote it, add «deadline_in_text: true» (the "
                       "deadline is still tracked); otherwise delete the date from it."),
    "upper_case_line": ("«{label}» phải viết in hoa: «{value}».", "«{label}» must be upper case: «{value}»."),
    "summary_upper_case": ("Trích yếu viết in hoa toàn bộ: «{value}». Mẫu in đậm sẵn; hãy viết chữ thường, chỉ viết hoa "
                           "chữ đầu câu và tên riêng.",
                           "The summary is all capitals: «{value}». The template sets it in bold; write it in lower "
                           "case, with capitals only where a sentence or a name starts."),
    "recipient_archive_line": ("Không ghi «{line}» trong nơi nhận: dòng «- Lưu: VT, …» được thêm tự động ở cuối từ "
                               "«archive» (ví dụ «archive: {{units: [KSTTHC], copies: 2}}»), nên sẽ in hai lần.",
                               "Do not list «{line}» among the recipients: the «- Lưu: VT, …» line is added last from "
                               "«archive» (e.g. «archive: {{units: [KSTTHC], copies: 2}}»), so it would print twice."),
    "duplicate_number": ("Số {number_symbol} năm {year} đã dùng cho {other}; mỗi số, ký hiệu chỉ cấp một lần trong năm.",
                         "The number {number_symbol} of {year} is also used by {other}; a number and symbol are "
                         "given once a year."),
    "control_character": ("«{label}» chứa ký tự điều khiển hoặc ký tự ẩn (mã U+{codepoint}); hãy xóa nó.",
                          "«{label}» contains a control or invisible character (U+{codepoint}); delete it."),
    "unprintable_character": ("«{label}» có ký tự «{char}» (mã U+{codepoint}: biểu tượng cảm xúc hoặc ký hiệu) mà phông "
                              "Times New Roman không in được: nó sẽ mất trên bản PDF. Hãy xóa nó hoặc viết bằng chữ.",
                              "«{label}» holds «{char}» (U+{codepoint}: an emoji or symbol) that the Times New Roman "
                              "font cannot print: it would vanish from the PDF. Delete it or say it in words."),
    "unpaired_quote": ("«{label}» có {opening} dấu ngoặc kép mở “ nhưng {closing} dấu đóng ”: có lẽ thiếu một dấu.",
                       "«{label}» has {opening} opening quote(s) “ but {closing} closing ”: one is probably missing."),
    "authority_prefix_space": ("Dòng quyền hạn «{line}» thiếu dấu cách sau chữ viết tắt; hãy viết «{fixed}».",
                               "The authority line «{line}» lacks the space after the abbreviation; write «{fixed}»."),
    "recipient_bullet": ("Nơi nhận «{line}» bắt đầu bằng dấu «{bullet}» (dán từ Word): công cụ tự viết «- » đầu "
                         "dòng, nên dấu này được bỏ và dòng in là «{printed}». Hãy xóa dấu «{bullet}» trong tệp.",
                         "The recipient «{line}» starts with «{bullet}» (pasted from Word): the toolkit writes the "
                         "«- » itself, so the mark is left out and the line prints «{printed}». Delete the "
                         "«{bullet}» from the file."),
    # building
    "no_converter": ("Không tìm thấy LibreOffice hay Microsoft Word nên chỉ tạo DOCX. Để có PDF: trên Debian/Ubuntu "
                     "chạy «sudo apt-get install libreoffice-writer-nogui fonts-liberation2»; trên Windows/macOS "
                     "cài Microsoft Word; hoặc cài LibreOffice từ libreoffice.org.",
                     "Neither LibreOffice nor Microsoft Word was found, so only DOCX was written. For PDF: on "
                     "Debian/Ubuntu run «sudo apt-get install libreoffice-writer-nogui fonts-liberation2»; on "
                     "Windows/macOS install Microsoft Word; or install LibreOffice from libreoffice.org."),
    "conversion_failed": ("Không chuyển được {file} sang PDF: {reason}.", "Could not convert {file} to PDF: {reason}."),
    # reviewing and keeping: fmt, diff, register, new, tasks
    "written": ("Đã ghi {file}", "Wrote {file}"),
    "fmt_restyled": ("Đã trình bày lại {file}", "Restyled {file}"),
    "fmt_not_in_style": ("{file}:{line}: chưa đúng kiểu trình bày YAML của thông báo; chạy «python3 build.py fmt "
                         "{file}» để sửa (nội dung không đổi).",
                         "{file}:{line}: not in the notices' YAML style; run «python3 build.py fmt {file}» to fix it "
                         "(the content does not change)."),
    "fmt_all_in_style": ("{files} tệp đã đúng kiểu trình bày.", "{files} file(s) already in style."),
    "fmt_not_a_notice_yet": ("Chưa trình bày lại được tệp này vì có giá trị không đọc được (ví dụ một ngày không có "
                             "thật); tệp được giữ như cũ. Chạy «vanthu check» để xem lỗi.",
                             "This file cannot be restyled yet: a value cannot be read (a date that does not exist, "
                             "say); the file is kept as it was. Run «vanthu check» to see the problem."),
    "fmt_unsafe": ("Không trình bày lại được tệp này mà giữ nguyên nội dung; tệp được giữ như cũ.",
                   "This file cannot be restyled without changing what it says; it is left as it was."),
    "fmt_comment": ("Trình bày lại sẽ làm mất ghi chú «{comment}»; tệp được giữ như cũ. Hãy chuyển ghi chú này lên "
                    "một dòng riêng.",
                    "Restyling would lose the comment «{comment}»; the file is left as it was. Move the comment to a "
                    "line of its own."),
    "diff_working_tree": ("bản đang sửa", "working tree"),
    "diff_header": ("{file}: {old} → {new}", "{file}: {old} → {new}"),
    "diff_none": ("Không có thay đổi nào trong nội dung thông báo.", "No change to what the notice says."),
    "diff_changed": ("{field}: {old} → {new}", "{field}: {old} → {new}"),
    "diff_added": ("{field}: thêm «{value}»", "{field}: added «{value}»"),
    "diff_removed": ("{field}: bỏ «{value}»", "{field}: removed «{value}»"),
    "diff_text": ("{field}: {words}", "{field}: {words}"),
    "diff_git_failed": ("Không lấy được {file} ở phiên bản «{rev}» từ git: {reason}",
                        "Cannot get {file} at revision «{rev}» from git: {reason}"),
    "diff_too_many": ("Chỉ so sánh được hai phiên bản: build.py diff TỆP [REV1 [REV2]].",
                      "Only two revisions can be compared: build.py diff FILE [REV1 [REV2]]."),
    "diff_redline_written": ("Đã tạo bản có theo dõi thay đổi (mở bằng Word hoặc LibreOffice để chấp nhận hay từ "
                             "chối từng chỗ): {file}",
                             "Wrote the tracked-changes copy (open it in Word or LibreOffice to accept or reject each "
                             "change): {file}"),
    "register_title": ("Sổ văn bản đi {year}", "Register of issued notices {year}"),
    "register_gap": ("số chưa có văn bản (bỏ trống)", "number(s) with no notice (a gap)"),
    "register_duplicate": ("trùng số với {file}", "same number as {file}"),
    "col_number_symbol": ("Số, ký hiệu", "Number and symbol"),
    "col_date": ("Ngày ban hành", "Date of issue"),
    "col_summary": ("Trích yếu", "Summary"),
    "col_signer": ("Người ký", "Signed by"),
    "col_recipients": ("Nơi nhận", "Recipients"),
    "col_file": ("Tệp", "File"),
    "col_note": ("Ghi chú", "Note"),
    "col_deadline": ("Thời hạn", "Deadline"),
    "col_days_overdue": ("Quá hạn (ngày)", "Days overdue"),
    "col_lead": ("Đơn vị chủ trì", "Lead unit"),
    "col_coordinating": ("Đơn vị phối hợp", "Coordinating units"),
    "col_item": ("Mục", "Item"),
    "col_task": ("Nhiệm vụ", "Assignment"),
    "tasks_title": ("Nhiệm vụ", "Assignments"),
    "tasks_overdue_title": ("Quá hạn tính đến {today}", "Overdue on {today}"),
    "ics_calendar_name": ("Thời hạn nhiệm vụ theo thông báo", "Deadlines of the notices' assignments"),
    "ics_summary": ("Hạn: {lead} — {notice}, mục {item}", "Due: {lead} — {notice}, item {item}"),
    "ics_description": ("{task}\n\nThời hạn: {deadline}\nChủ trì: {lead}\nPhối hợp: {coordinating}\n"
                        "Theo Thông báo số {notice} ngày {date}: {summary}",
                        "{task}\n\nDeadline: {deadline}\nLead: {lead}\nCoordinating: {coordinating}\n"
                        "From notice {notice} of {date}: {summary}"),
    "new_written": ("Đã tạo {file} (số {number_symbol}, ngày {date}). Điền vào các chỗ \"\" rồi chạy "
                    "«python3 build.py check {file}».",
                    "Created {file} (number {number_symbol}, dated {date}). Fill in the \"\" places, then run "
                    "«python3 build.py check {file}»."),
    "new_exists": ("Đã có tệp {file}; không ghi đè.", "{file} already exists; it is not overwritten."),
    # the conformance checker (build.py lint): statuses, file lines, rule names, values
    "lint_ok": ("đạt", "ok"),
    "lint_violation": ("VI PHẠM", "VIOLATION"),
    "lint_unchecked": ("không đo được", "not measured"),
    "lint_absent": ("không có", "absent"),
    "lint_line": ("{status} {rule} ({label}): đo được {measured}; quy định {expected}",
                  "{status} {rule} ({label}): measured {measured}; expected {expected}"),
    "lint_file": ("{file}: {violations} vi phạm, {ok} đạt, {other} không đo được hoặc không có",
                  "{file}: {violations} violation(s), {ok} ok, {other} not measured or absent"),
    "lint_unreadable": ("Không đọc được tệp DOCX: {reason}.", "The DOCX cannot be read: {reason}."),
    "lint_pdf_unreadable": ("Không đọc được tệp PDF {file}: {reason}.", "The PDF {file} cannot be read: {reason}."),
    "lint_pdf_missing": ("Không có tệp PDF {file}. Tạo nó bằng «build.py build», hoặc chỉ rõ bằng «--pdf TỆP.pdf».",
                         "There is no PDF {file}. Make it with «build.py build», or name it with «--pdf FILE.pdf»."),
    "lint_pdf_one_docx": ("«--pdf TỆP.pdf» chỉ dùng với một tệp DOCX; với nhiều tệp, viết «--pdf» để đọc tệp PDF "
                          "cùng tên bên cạnh mỗi tệp DOCX.",
                          "«--pdf FILE.pdf» goes with one DOCX only; for several, write «--pdf» to read the PDF of "
                          "the same name beside each DOCX."),
    "lint_el_page": ("Trang", "Page"),
    "lint_el_font": ("Phông chữ", "Font"),
    "lint_el_quoc_hieu": ("Quốc hiệu", "National title (Quốc hiệu)"),
    "lint_el_tieu_ngu": ("Tiêu ngữ", "Motto (Tiêu ngữ)"),
    "lint_el_co_quan_chu_quan": ("Tên cơ quan chủ quản", "Parent agency"),
    "lint_el_co_quan_ban_hanh": ("Tên cơ quan ban hành", "Issuing agency"),
    "lint_el_so_ky_hieu": ("Số, ký hiệu", "Number and symbol"),
    "lint_el_dia_danh_ngay": ("Địa danh, ngày tháng năm", "Place and date"),
    "lint_el_ten_loai": ("Tên loại văn bản", "Document type name"),
    "lint_el_trich_yeu": ("Trích yếu", "Summary (trích yếu)"),
    "lint_el_can_cu": ("Căn cứ ban hành", "Legal bases (căn cứ)"),
    "lint_el_trich_yeu_cong_van": ("Trích yếu công văn «V/v …»", "Letter's summary «V/v …» (công văn)"),
    "lint_el_kinh_gui": ("Kính gửi", "Addressees (Kính gửi)"),
    "lint_el_bang": ("Bảng trong nội dung", "Tables in the body"),
    "lint_el_dau_khan": ("Dấu mức độ khẩn", "Urgency mark"),
    "lint_el_noi_dung": ("Nội dung", "Body text"),
    "lint_el_ten_muc": ("Tên mục I., II.", "Section headings I., II."),
    "lint_el_noi_nhan": ("Chữ «Nơi nhận:»", "The «Nơi nhận:» label"),
    "lint_el_danh_sach_noi_nhan": ("Danh sách nơi nhận", "Recipient list"),
    "lint_el_quyen_han": ("Quyền hạn, chức vụ người ký", "Authority and title lines"),
    "lint_el_ho_ten": ("Họ tên người ký", "Signer's name"),
    "lint_el_so_trang": ("Số trang", "Page numbers"),
    "lint_prop_paper": ("khổ giấy", "paper"),
    "lint_prop_margin_top": ("lề trên", "top margin"),
    "lint_prop_margin_bottom": ("lề dưới", "bottom margin"),
    "lint_prop_margin_left": ("lề trái", "left margin"),
    "lint_prop_margin_right": ("lề phải", "right margin"),
    "lint_prop_family": ("tên phông", "family"),
    "lint_prop_colour": ("màu chữ", "colour"),
    "lint_prop_size": ("cỡ chữ", "size"),
    "lint_prop_case": ("chữ in hoa, chữ thường", "case"),
    "lint_prop_weight": ("chữ đậm", "weight"),
    "lint_prop_slant": ("chữ đứng, chữ nghiêng", "slant"),
    "lint_prop_alignment": ("căn lề", "alignment"),
    "lint_prop_text": ("cách viết", "wording"),
    "lint_prop_one_line": ("nằm trên một dòng", "on one line"),
    "lint_prop_line": ("độ dài đường kẻ dưới", "length of the line below"),
    "lint_prop_line_centred": ("đường kẻ nằm giữa", "line centred"),
    "lint_prop_punctuation": ("dấu câu", "punctuation"),
    "lint_prop_format": ("trình bày", "format"),
    "lint_prop_first_line_indent": ("lùi đầu dòng", "first-line indent"),
    "lint_prop_paragraph_spacing": ("khoảng cách giữa các đoạn", "space between paragraphs"),
    "lint_prop_line_spacing": ("khoảng cách giữa các dòng", "line spacing"),
    "lint_prop_closing_mark": ("dấu kết thúc «./.»", "closing mark «./.»"),
    "lint_prop_level": ("ngang hàng dòng quyền hạn", "level with the authority line"),
    "lint_prop_no_academic_title": ("không ghi học hàm, học vị", "no academic title"),
    "lint_prop_page_1": ("không hiện ở trang 1", "not shown on page 1"),
    "lint_prop_position": ("vị trí", "position"),
    "lint_prop_spacing": ("khoảng cách với dòng trên", "space above"),
    "lint_prop_dashes": ("gạch đầu dòng dưới dấu hai chấm", "dashes under the colon"),
    "lint_prop_nhu_tren": ("dòng đầu «- Như trên;»", "first line «- Như trên;»"),
    "lint_prop_pdf_one_line": ("nằm trên một dòng (PDF)", "on one line (PDF)"),
    "lint_prop_pdf_line": ("độ dài đường kẻ dưới (PDF)", "length of the line below (PDF)"),
    "lint_prop_pdf_centred": ("nằm giữa (PDF)", "centred (PDF)"),
    "lint_prop_pdf_numbers": ("giữa lề trên, từ trang 2 (PDF)", "centred in the top margin from page 2 on (PDF)"),
    "lint_prop_pdf_text_area": ("chữ nằm trong lề (PDF)", "text within the margins (PDF)"),
    "lint_prop_pdf_paper": ("khổ giấy (PDF)", "paper (PDF)"),
    "lint_expect_a4": ("A4 (210 × 297 mm), trang đầu khổ dọc", "A4 (210 × 297 mm), portrait first"),
    "lint_black": ("đen", "black"),
    "lint_not_found": ("không tìm thấy", "not found"),
    "lint_required": ("bắt buộc có", "required"),
    "lint_optional": ("không bắt buộc", "optional"),
    "lint_case_upper": ("in hoa", "upper case"),
    "lint_case_lower": ("chữ thường", "lower case"),
    "lint_case_mixed": ("dòng in hoa lẫn dòng chữ thường", "some lines upper case, some not"),
    "lint_bold": ("đậm", "bold"),
    "lint_regular": ("không đậm", "regular"),
    "lint_italic": ("nghiêng", "italic"),
    "lint_upright": ("đứng", "upright"),
    "lint_mixed": ("lẫn lộn", "mixed"),
    "lint_align_center": ("giữa", "centred"),
    "lint_align_both": ("đều hai bên", "justified"),
    "lint_align_left": ("trái", "left"),
    "lint_align_right": ("phải", "right"),
    "lint_expect_room": ("không quá {room} pt (chỗ trong ô)", "at most {room} pt (the room in its cell)"),
    "lint_expect_number": ("«Số: 05/TB-UBND»: không có dấu cách quanh «/», số dưới 10 có số 0 phía trước",
                           "«Số: 05/TB-UBND»: no spaces around «/», a leading zero below 10"),
    "lint_expect_date": ("«Hà Nội, ngày 05 tháng 01 năm 2020»: ngày dưới 10 và tháng 1, 2 có số 0 phía trước",
                         "«Hà Nội, ngày 05 tháng 01 năm 2020»: a leading zero on days below 10 and months 1, 2"),
    "lint_expect_line": ("{low}–{high} độ dài dòng chữ", "{low}–{high} of the text line's length"),
    "lint_no_line": ("không có đường kẻ", "no line"),
    "lint_line_vml": ("đường kẻ VML, không đo được", "a VML line, not measured"),
    "lint_line_measured": ("{length} pt dưới dòng chữ {text} pt (tỉ lệ {ratio})",
                           "{length} pt under {text} pt of text (ratio {ratio})"),
    "lint_line_anchored": ("hình vẽ neo ngoài thân văn bản, không đo được vị trí",
                           "a shape anchored outside the text body: position not measured"),
    "lint_offset": ("lệch {offset} pt so với giữa dòng chữ", "{offset} pt from the text's centre"),
    "lint_expect_centred": ("lệch không quá 3 pt (khoảng 1 mm)", "within 3 pt (about 1 mm)"),
    "lint_all_lines": ("cả {n} dòng đúng", "all {n} lines right"),
    "lint_expect_basis": ("mỗi dòng kết thúc bằng «;», dòng cuối bằng «.»", "each line ends «;», the last «.»"),
    "lint_under_number": ("ngay dưới dòng «Số:», cùng cột", "just under the «Số:» line, in its column"),
    "lint_not_under_number": ("không ở ngay dưới dòng «Số:»", "not just under the «Số:» line"),
    "lint_expect_addressees": ("«Kính gửi: …» một dòng; nhiều nơi: «Kính gửi:», rồi mỗi dòng «- …;», dòng cuối «- ….»",
                               "«Kính gửi: …» on one line; several: «Kính gửi:», then each line «- …;», the last "
                               "«- ….»"),
    "lint_dashes": ("gạch đầu dòng ở {dash} pt, dấu hai chấm ở {colon} pt", "dashes at {dash} pt, the colon at {colon} pt"),
    "lint_expect_dashes": ("các gạch đầu dòng thẳng hàng dưới dấu hai chấm", "the dashes in a column under the colon"),
    "lint_expect_heading": ("tên mục in hoa, đậm", "the heading upper case and bold"),
    "lint_all_justified": ("cả {n} đoạn", "all {n} paragraphs"),
    "lint_first_bad": ("{n} đoạn sai, đầu tiên {text}: {value}", "{n} paragraph(s) wrong, first {text}: {value}"),
    "lint_lines": ("{value} dòng", "{value} lines"),
    "lint_expect_indent": ("1 cm hoặc 1,27 cm", "1 cm or 1.27 cm"),
    "lint_expect_recipients": ("mỗi dòng «- …;», dòng cuối «- Lưu: VT, ….»",
                               "each line «- …;», the last «- Lưu: VT, ….»"),
    "lint_level": ("cùng hàng với dòng quyền hạn đầu tiên", "on the row of the first authority line"),
    "lint_not_level": ("không cùng hàng", "not on the same row"),
    "lint_expect_name": ("họ tên, không có học hàm, học vị (TS., ThS. …)", "the name without academic titles (TS., ThS. …)"),
    "lint_page_number": ("có số trang", "a page number"),
    "lint_none": ("không có", "none"),
    "lint_in_header": ("ở đầu trang (lề trên)", "in the header (top margin)"),
    "lint_in_footer": ("ở chân trang", "in the footer"),
    "lint_pdf_no_words": ("không đọc được chữ trong PDF (phông không có bảng mã Unicode?)",
                          "no text found in the PDF (a font without a Unicode map?)"),
    "lint_pdf_margins": ("trái {left}, phải {right}, trên {top}, dưới {bottom} mm",
                         "left {left}, right {right}, top {top}, bottom {bottom} mm"),
    "lint_pdf_expect_inside": ("chữ nằm trong lề", "text inside the margins"),
    "lint_pdf_number_on_1": ("trang 1 có «{text}» ở lề trên", "page 1 has «{text}» in the top margin"),
    "lint_pdf_number_missing": ("trang {page} không có số trang", "page {page} has no page number"),
    "lint_pdf_number_text": ("lề trên trang {page} có «{text}»", "the top margin of page {page} holds «{text}»"),
    "lint_pdf_number_place": ("số trang {page} lệch {offset} pt, cỡ {size} pt",
                              "the number of page {page} is {offset} pt off centre, {size} pt"),
    "lint_pdf_numbers_ok": ("trang 1 không số; các trang sau có số ở giữa lề trên ({pages} trang)",
                            "none on page 1; later pages numbered, centred in the top margin ({pages} pages)"),
    "lint_pdf_expect_numbers": ("không có ở trang 1; từ trang 2, giữa lề trên, cỡ 13–14",
                                "none on page 1; from page 2 on, centred in the top margin, 13–14 pt"),
    "lint_pdf_lines": ("{n} dòng", "{n} line(s)"),
    "lint_pdf_line": ("{length} pt dưới dòng chữ {text} pt (tỉ lệ {ratio}), lệch {offset} pt",
                      "{length} pt under {text} pt of text (ratio {ratio}), {offset} pt off centre"),
    "lint_pdf_expect_line": ("{low}–{high} độ dài dòng chữ, lệch không quá 3 pt",
                             "{low}–{high} of the text line's length, within 3 pt of its centre"),
    # the build engine: refusals, progress, summary, watch
    "build_busy": ("Thư mục {folder} đang được một lần tạo khác dùng (tiến trình {pid}); hãy chạy lại khi lần đó "
                   "xong. Không tệp nào bị thay đổi.",
                   "{folder} is being built by another run (process {pid}); run again when it has finished. "
                   "Nothing was changed."),
    "build_unwritable": ("Không ghi được vào thư mục {folder} ({reason}); không tệp nào được tạo. Hãy cấp quyền ghi "
                         "hoặc chọn thư mục khác bằng --out.",
                         "Cannot write to {folder} ({reason}); nothing was built. Make it writable or choose "
                         "another folder with --out."),
    "bad_converter_address": ("Địa chỉ bộ chuyển đổi «{address}» không đúng dạng unoserver://máy:cổng[,máy:cổng…].",
                              "The converter address «{address}» is not of the form unoserver://host:port[,host:port…]."),
    "phase_checking": ("kiểm tra", "checking"),
    "phase_rendering": ("tạo DOCX", "writing DOCX"),
    "phase_converting": ("chuyển PDF", "converting to PDF"),
    "phase_installing": ("ghi tệp", "installing"),
    "progress": ("{phase}: {done}/{total}, {rate:.1f} tệp/giây, còn khoảng {left}",
                 "{phase}: {done}/{total}, {rate:.1f} files/s, about {left} left"),
    "build_summary": ("Đã tạo {built}, không đổi {unchanged}, lỗi {failed}, trong {seconds:.1f} giây.",
                      "Built {built}, unchanged {unchanged}, failed {failed}, in {seconds:.1f} s."),
    "orphan_output": ("{output} không còn thông báo nguồn (tệp YAML đã bị xóa); dùng --prune để xóa.",
                      "{output} has no notice any more (its YAML file was deleted); --prune removes it."),
    "pruned": ("Đã xóa {output} (thông báo nguồn đã bị xóa).", "Removed {output} (its notice was deleted)."),
    "watch_start": ("Đang theo dõi {path}; lưu một thông báo để tạo lại nó. Nhấn Ctrl+C để dừng.",
                    "Watching {path}; save a notice to rebuild it. Press Ctrl+C to stop."),
    "watch_converter": ("Giữ sẵn bộ chuyển đổi PDF: {converter}.", "Keeping a PDF converter warm: {converter}."),

    # ---- hostile input and templates (issues 15 and 16): reading the file, YAML limits, templates, images ----
    "symlink_loop": ("Tệp là một liên kết (symlink) vòng quanh, không dẫn tới tệp nào; hãy xóa liên kết.",
                     "The file is a symbolic link that loops and leads to no file; remove the link."),
    "notice_outside_project": ("Tệp là liên kết tới «{target}», nằm ngoài thư mục dự án {project}; chỉ tệp trong dự "
                               "án mới là thông báo. Hãy chép tệp vào đây thay cho liên kết.",
                               "The file links to «{target}», outside the project folder {project}; only files "
                               "inside the project are notices. Copy the file here instead of linking it."),
    "not_a_regular_file": ("Đây không phải tệp văn bản thường (mà là ống dẫn, thiết bị hoặc thư mục); bỏ qua.",
                           "This is not a regular file (but a pipe, a device or a folder); it is not read."),
    "file_too_large": ("Tệp quá lớn ({size} KB, tối đa {limit} KB) để là một thông báo.",
                       "The file is too large ({size} KB, at most {limit} KB) to be a notice."),
    "nul_character": ("Tệp chứa byte 0 (NUL) ở đây: tệp bị hỏng hoặc không phải văn bản. Hãy xóa ký tự này hoặc "
                      "lưu lại tệp dạng UTF-8.",
                      "The file holds a zero byte (NUL) here: it is damaged or not text. Delete it, or save the file "
                      "again as UTF-8."),
    "other_encoding_file": ("Tệp không phải UTF-8 mà được lưu bằng mã {encoding}: «{meant}». Hãy lưu lại tệp với "
                            "mã hóa UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8).",
                            "The file is not UTF-8 but saved as {encoding}: «{meant}». Save it again as UTF-8 "
                            "(Notepad: Save as… → Encoding: UTF-8)."),
    "yaml_alias": ("Không dùng bí danh YAML «*{name}» (lặp lại một phần đã viết ở «&{name}»); hãy viết thẳng nội "
                   "dung. Nếu đây là chữ nghiêng, hãy đặt cả giá trị trong ngoặc kép.",
                   "YAML aliases «*{name}» (repeating the part marked «&{name}») are not accepted; write the text "
                   "itself. If this is italic markup, quote the whole value."),
    "yaml_too_deep": ("Các mục lồng nhau quá sâu (quá {limit} cấp); không thông báo nào cần nhiều cấp như vậy.",
                      "Nested more than {limit} levels deep; no notice needs that many."),
    "not_a_character": ("Có mã U+{codepoint}, không phải một ký tự chữ (thường do viết «\\u…» trong ngoặc kép); "
                        "hãy xóa nó.",
                        "U+{codepoint} is not a character (usually from a «\\u…» escape in double quotes); "
                        "delete it."),
    "template_not_docx": ("Mẫu Word «{file_path}» không phải tệp DOCX ({reason}). Hãy lưu mẫu trong Word dạng "
                          "«Word Document (*.docx)».",
                          "The Word template «{file_path}» is not a DOCX file ({reason}). Save it from Word as "
                          "«Word Document (*.docx)»."),
    "template_unsafe": ("Mẫu Word «{file_path}» có lệnh «{expression}» không được phép: mẫu chỉ được in các giá trị "
                        "của thông báo ({allowed}), không được gọi mã. Hãy sửa mẫu.",
                        "The Word template «{file_path}» holds «{expression}», which is not allowed: a template may "
                        "only print the notice's values ({allowed}), not run code. Fix the template."),
    "template_refused": ("Mẫu Word «{file_path}» làm điều mẫu không được làm nên không tạo được văn bản: {detail}.",
                         "The Word template «{file_path}» tried what a template may not do, so nothing was made: "
                         "{detail}."),
    "template_syntax": ("Mẫu Word «{file_path}» có lệnh mẫu sai cú pháp: {detail}.",
                        "The Word template «{file_path}» holds a template tag that does not parse: {detail}."),
    "image_not_png": ("Ảnh «{file_path}» không phải tệp PNG ({reason}). Hãy xuất ảnh chữ ký, con dấu dạng PNG.",
                      "The image «{file_path}» is not a PNG file ({reason}). Export the signature or seal as PNG."),
    "image_too_large": ("Ảnh «{file_path}» quá lớn ({width} × {height} điểm ảnh; tối đa {limit} mỗi chiều).",
                        "The image «{file_path}» is too large ({width} × {height} pixels; at most {limit} each way)."),
    "image_file_too_large": ("Ảnh «{file_path}» quá lớn ({size} MB, tối đa {limit} MB).",
                             "The image «{file_path}» is too large ({size} MB, at most {limit} MB)."),
    "reason_not_zip": ("không phải tệp nén ZIP", "not a ZIP package"),
    "reason_no_document": ("thiếu phần word/document.xml", "word/document.xml is missing"),
    "reason_too_big_unpacked": ("giải nén ra {size} MB, quá {limit} MB", "it unpacks to {size} MB, over {limit} MB"),
    "reason_no_png_signature": ("không có chữ ký tệp PNG ở đầu", "no PNG signature at its start"),
    "reason_damaged": ("tệp hỏng: {detail}", "damaged: {detail}"),
    # ---- electronic issuance: `sign`, `verify` and the register's signed column (keep/sign.py, keep/verify.py) ----
    "sign_no_file": ("Không có tệp {file}.", "There is no file {file}."),
    "sign_pdf_unknown": ("{file} không có trong sổ ghi của lần tạo tệp (build/.vanthu-manifest.json), nên không biết "
                         "nó được tạo từ thông báo nào. Hãy ký theo tệp YAML của thông báo.",
                         "{file} is not in the build record (build/.vanthu-manifest.json), so which notice it was "
                         "built from is unknown. Sign the notice's YAML file instead."),
    "sign_not_clean": ("Chưa ký {file}: thông báo còn lỗi (xem ở trên). Văn bản chỉ được ký khi đã hoàn chỉnh: có số, "
                       "ngày và mọi trường bắt buộc, «check» không báo lỗi.",
                       "{file} not signed: the notice has errors (above). Only a final notice is signed: number, date "
                       "and every required field present, and «check» clean."),
    "sign_not_electronic": ("Chưa ký {file}: thông báo không phải văn bản điện tử. Hãy ghi «electronic: true», "
                            "hình chữ ký của người ký («image») và hình dấu («agency.seal»), rồi tạo lại PDF.",
                            "{file} not signed: the notice is not electronic. Set «electronic: true», the signer's "
                            "«image» and the agency's «seal», then build the PDF again."),
    "sign_not_current": ("Chưa ký {file}: tệp {pdf} chưa được tạo từ nội dung hiện tại của thông báo (hoặc chưa có). "
                         "Hãy chạy «python3 build.py build {file}» rồi ký lại.",
                         "{file} not signed: {pdf} was not built from the notice as it stands now (or does not exist). "
                         "Run «python3 build.py build {file}», then sign again."),
    "sign_no_places": ("Không tìm thấy chỗ của hình chữ ký và hình dấu trong {pdf}. Hãy tạo lại PDF.",
                       "The places of the signature image and the seal cannot be found in {pdf}. Build it again."),
    "sign_key_unknown": ("Không có khóa «{key}» trong «signing.keys» của tệp _agency.yaml. Có: {known}.",
                         "No key «{key}» in «signing.keys» of _agency.yaml. Known: {known}."),
    "sign_key_kind": ("Khóa «{key}» phải ghi đúng một trong hai: «pkcs12» (tệp khóa) hoặc «pkcs11» (thiết bị ký số).",
                      "Key «{key}» must name exactly one of «pkcs12» (a key file) or «pkcs11» (a token)."),
    "sign_no_password": ("Khóa «{key}»: chưa cho biết mật khẩu. Ghi «password_file» (tệp chứa mật khẩu) hoặc "
                         "«password_env» (biến môi trường); không ghi mật khẩu vào tệp cấu hình hay dòng lệnh.",
                         "Key «{key}»: no password given. Name «password_file» (a file holding it) or «password_env» "
                         "(an environment variable); never the password itself, in the settings or on the command line."),
    "sign_secret_unreadable": ("Khóa «{key}»: không đọc được tệp mật khẩu/PIN {file} ({reason}).",
                               "Key «{key}»: the password/PIN file {file} cannot be read ({reason})."),
    "sign_secret_env_missing": ("Khóa «{key}»: biến môi trường {variable} chưa được đặt.",
                                "Key «{key}»: the environment variable {variable} is not set."),
    "sign_key_unreadable": ("Khóa «{key}»: không đọc được tệp {file} ({reason}).",
                            "Key «{key}»: the file {file} cannot be read ({reason})."),
    "sign_pkcs12_bad": ("Khóa «{key}»: không mở được tệp {file}; mật khẩu sai hoặc tệp không phải PKCS#12.",
                        "Key «{key}»: {file} cannot be opened; wrong password or not a PKCS#12 file."),
    "sign_pkcs11_incomplete": ("Khóa «{key}»: «pkcs11» cần «module» (thư viện của thiết bị) và «key_label».",
                               "Key «{key}»: «pkcs11» needs «module» (the token's library) and «key_label»."),
    "sign_pkcs11_module": ("Khóa «{key}»: không có thư viện PKCS#11 {file}. Hãy cài phần mềm của thiết bị ký số.",
                           "Key «{key}»: there is no PKCS#11 library {file}. Install the token's software."),
    "sign_pkcs11_open": ("Khóa «{key}»: không mở được thiết bị ký số (đã cắm chưa? mã PIN đúng chưa?): {reason}.",
                         "Key «{key}»: the token cannot be opened (plugged in? right PIN?): {reason}."),
    "sign_pkcs11_key": ("Khóa «{key}»: không tìm thấy khóa hoặc chứng thư số nhãn «{label}» trên thiết bị: {reason}.",
                        "Key «{key}»: no key or certificate labelled «{label}» on the token: {reason}."),
    "sign_no_font": ("Không tìm thấy phông Times New Roman hoặc Liberation Serif để ghi chữ trên chữ ký.",
                     "Neither Times New Roman nor Liberation Serif is installed, for the text of the signature."),
    "sign_tsa_unreachable": ("Không lấy được dấu thời gian từ {url} ({reason}); ký không có dấu thời gian.",
                             "No timestamp from {url} ({reason}); signing without one."),
    "sign_level_bb": ("Chữ ký không có dấu thời gian của máy chủ TSA (PAdES B-B): thời gian ký là giờ của máy này.",
                      "The signatures carry no TSA timestamp (PAdES B-B): the signing time is this machine's clock."),
    "sign_attachment_unreadable": ("Không đọc được tệp đính kèm {file} (không phải PDF?).",
                                   "The attachment {file} cannot be read (not a PDF?)."),
    "sign_done": ("Đã ký {file} (PAdES {level}).", "Signed {file} (PAdES {level})."),
    "sign_write_failed": ("Không ghi được tệp đã ký ({reason}); không tệp nào bị thay đổi.",
                          "The signed file cannot be written ({reason}); nothing was changed."),
    "verify_unreadable": ("{file}: không đọc được tệp PDF ({reason}): tệp hỏng hoặc đã bị sửa.",
                          "{file}: the PDF cannot be read ({reason}): damaged or altered."),
    "verify_no_signatures": ("{file}: không có chữ ký số.", "{file}: no digital signature."),
    "verify_file": ("{file}: {count} chữ ký số", "{file}: {count} signature(s)"),
    "verify_signature": ("  {n}. {field}: {signer}", "  {n}. {field}: {signer}"),
    "verify_time": ("     thời gian ký: {time}{timestamp}", "     signing time: {time}{timestamp}"),
    "verify_timestamp": (" (dấu thời gian TSA: {time})", " (TSA timestamp: {time})"),
    "verify_intact": ("     chữ ký: {value}", "     signature: {value}"),
    "verify_changed": ("     văn bản sau khi ký: {value}", "     document after signing: {value}"),
    "verify_trusted": ("     chuỗi chứng thư: {value}", "     certificate chain: {value}"),
    "verify_ok": ("hợp lệ", "valid"),
    "verify_bad": ("KHÔNG hợp lệ (nội dung đã bị thay đổi hoặc chữ ký hỏng)",
                   "INVALID (content changed or signature broken)"),
    "verify_unchanged": ("không bị thay đổi", "unchanged"),
    "verify_only_signed": ("chỉ được ký thêm (không đổi nội dung)", "only signed further (content unchanged)"),
    "verify_altered": ("ĐÃ BỊ THAY ĐỔI", "ALTERED"),
    "verify_trusted_yes": ("dẫn đến chứng thư gốc tin cậy", "leads to a trusted root"),
    "verify_trusted_no": ("KHÔNG dẫn đến chứng thư gốc tin cậy (xem «signing.trust_roots»)",
                          "does NOT lead to a trusted root (see «signing.trust_roots»)"),
    "verify_summary_ok": ("Mọi chữ ký đều hợp lệ.", "Every signature is valid."),
    "verify_summary_bad": ("Có chữ ký không hợp lệ hoặc tệp đã bị thay đổi.",
                           "A signature is invalid or a file was altered."),
    "verify_root_unreadable": ("Không đọc được chứng thư gốc {file} trong «signing.trust_roots» ({reason}).",
                               "The trust root {file} in «signing.trust_roots» cannot be read ({reason})."),
    "role_signer": ("chữ ký của người ký", "the signer's signature"),
    "role_agency": ("chữ ký số của cơ quan", "the agency's signature"),
    "col_signed": ("Ký số", "Signed"),
    "register_signed_stale": ("{time} (bản ký cũ: PDF đã tạo lại sau khi ký)",
                              "{time} (an earlier build: the PDF was rebuilt after signing)"),
    # ---- end of electronic issuance ----
    # ---- import (vanthu import: a Word notice read back into a notice YAML) ----
    "phase_importing": ("đọc DOCX", "reading DOCX"),
    "import_no_files": ("Không tìm thấy tệp DOCX nào trong {path}.", "No DOCX files found in {path}."),
    "import_unreadable": ("Không đọc được tệp: {reason}. Không ghi gì.", "The file cannot be read: {reason}. "
                          "Nothing written."),
    "import_legacy_doc": ("Đây là tệp Word cũ (.doc, Word 97–2003), không phải .docx. Hãy mở trong Word hoặc "
                          "LibreOffice và lưu lại dạng .docx (Tệp → Lưu thành → Tài liệu Word .docx), rồi nhập lại. "
                          "Không ghi gì.",
                          "This is an old binary Word file (.doc, Word 97–2003), not .docx. Open it in Word or "
                          "LibreOffice and save it as .docx (File → Save As → Word Document), then import it again. "
                          "Nothing written."),
    "import_encrypted": ("Tệp được đặt mật khẩu (mã hóa) nên không đọc được. Hãy mở trong Word, bỏ mật khẩu "
                         "(Tệp → Thông tin → Bảo vệ tài liệu → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập "
                         "lại. Không ghi gì.",
                         "The file is protected by a password (encrypted), so it cannot be read. Open it in Word, "
                         "remove the password (File → Info → Protect Document → Encrypt with Password, clear it), "
                         "save, then import it again. Nothing written."),
    "import_not_docx": ("Tệp không phải tài liệu Word .docx (không phải tệp nén ZIP của Office). Không ghi gì.",
                        "The file is not a Word .docx document (not an Office ZIP package). Nothing written."),
    "import_corrupt": ("Tệp .docx bị hỏng, không mở được ({reason}). Hãy thử mở và lưu lại trong Word. Không ghi gì.",
                       "The .docx is damaged and cannot be opened ({reason}). Try opening and saving it again in "
                       "Word. Nothing written."),
    "import_not_a_notice": ("Tệp không giống một văn bản hành chính: không thấy Quốc hiệu, dòng «Số:» hay tên loại "
                            "văn bản. Không ghi gì.",
                            "The file does not look like an administrative document: no Quốc hiệu, «Số:» line or "
                            "type name was found. Nothing written."),
    "import_failed": ("Không đọc được văn bản này ({reason}); hãy gửi tệp cho người phụ trách công cụ. Không ghi gì.",
                      "This document could not be read ({reason}); please send the file to the toolkit's "
                      "maintainers. Nothing written."),
    "import_exists": ("Đã có tệp {file}; không ghi đè.", "{file} already exists; it is not overwritten."),
    "import_written": ("{file} → {output} ({remarks} ghi chú cần xem)", "{file} → {output} ({remarks} note(s) to "
                       "review)"),
    "import_settings_written": ("Đã tạo thiết lập cơ quan {file}", "Wrote the agency settings {file}"),
    "import_summary": ("Đã nhập {written} tệp, lỗi {failed}.", "Imported {written} file(s), {failed} failed."),
    "import_header": ("# Nhập từ {file} bằng «vanthu import». Xem các ghi chú «NHẬP:» rồi chạy «vanthu check».",
                      "# Imported from {file} by «vanthu import». Review the «NHẬP:» notes, then run «vanthu "
                      "check»."),
    "import_settings_header": ("# Thiết lập chung của cơ quan, lấy từ {file} khi nhập. Bổ sung full_name, signers, "
                               "recipient_groups nếu cần.",
                               "# The agency's settings, taken from {file} on import. Add full_name, signers, "
                               "recipient_groups as needed."),
    "import_blank_number": ("NHẬP: đoạn {paragraph}: số văn bản để trống («{text}», bản dự thảo chưa cấp số): điền "
                            "«number».",
                            "NHẬP: paragraph {paragraph}: the number is blank («{text}», an unnumbered draft): fill "
                            "in «number»."),
    "import_blank_number_short": ("điền số văn bản", "fill in the number"),
    "import_blank_date": ("NHẬP: đoạn {paragraph}: ngày ban hành chưa đủ («{text}»): điền «date» dạng ngày/tháng/năm.",
                          "NHẬP: paragraph {paragraph}: the date is incomplete («{text}»): fill in «date» as "
                          "day/month/year."),
    "import_blank_date_short": ("điền ngày ban hành", "fill in the date of issue"),
    "import_table_layout": ("NHẬP: đoạn {paragraph}: bảng có ô gộp, bảng lồng trong ô hoặc các hàng không đủ cột, "
                            "trường «table» không chứa được; các ô theo từng hàng: «{text}».",
                            "NHẬP: paragraph {paragraph}: a table with merged or nested cells, or rows of unequal "
                            "length, which the «table» field cannot hold; its cells row by row: «{text}»."),
    "import_addressees_unread": ("NHẬP: đoạn {paragraph}: «{text}» không có tên nơi nhận trên dòng này, cũng không có "
                                 "dòng «- …» dưới nó; ghi «addressees» (Kính gửi).",
                                 "NHẬP: paragraph {paragraph}: «{text}» names no addressee on its line and has no "
                                 "«- …» lines under it; write «addressees» (Kính gửi)."),
    "import_text_box": ("NHẬP: đoạn {paragraph}: chữ trong hộp văn bản (text box), chưa nhập: «{text}».",
                        "NHẬP: paragraph {paragraph}: text in a text box, not imported: «{text}»."),
    "import_image": ("NHẬP: đoạn {paragraph}: hình ảnh (chữ ký, con dấu hoặc hình khác) không được nhập{text}.",
                     "NHẬP: paragraph {paragraph}: a picture (signature, seal or other) is not imported{text}."),
    "import_unplaced": ("NHẬP: đoạn {paragraph}: đoạn sau phần chữ ký, không rõ thuộc phần nào: «{text}».",
                        "NHẬP: paragraph {paragraph}: text after the signature that belongs to no element: «{text}»."),
    "import_no_content": ("NHẬP: không tìm thấy nội dung văn bản{text}; viết «content».",
                          "NHẬP: no body text was found{text}; write «content»."),
    "import_legacy_encoding": ("NHẬP: văn bản gõ bằng bảng mã cũ (TCVN3/VNI), đã chuyển sang Unicode (đoạn {paragraph}): "
                               "{text}.",
                               "NHẬP: the document was typed in a legacy encoding (TCVN3/VNI), converted to "
                               "Unicode (paragraph {paragraph}): {text}."),
    # ---- end of import ----
    # --- faults: a build that is stopped, killed, or runs out of disk space ---
    "disk_full": ("Ổ đĩa chứa thư mục {folder} đã đầy nên không ghi được tệp và lần tạo đã dừng. Các tệp tạo trước "
                  "đó vẫn còn nguyên. Hãy xóa bớt tệp trên ổ đĩa này (hoặc chọn thư mục khác bằng --out) rồi chạy "
                  "lại.",
                  "The disk holding {folder} is full: files could not be written and the build stopped. Earlier "
                  "outputs are as they were. Free some space on it (or choose another folder with --out) and run "
                  "again."),
    "stale_pair": ("Lần tạo trước bị dừng giữa lúc thay {outputs}, nên hai tệp này có thể không khớp nhau (DOCX mới, "
                   "PDF cũ); thông báo được tạo lại.",
                   "The last build stopped while replacing {outputs}, so the two may disagree (new DOCX, old PDF); "
                   "the notice is built again."),
    # issue 14: the slips a clerk makes in YAML, each at its own line with what to type instead
    "yaml_no_space_after_colon": ("Sau dấu hai chấm của «{key}:» thiếu dấu cách. Hãy gõ một dấu cách sau «:», ví dụ "
                                  "«{key}: {rest}».",
                                  "There is no space after the colon of «{key}:». Type a space after «:», e.g. "
                                  "«{key}: {rest}»."),
    "yaml_no_space_after_dash": ("Dòng trong danh sách thiếu dấu cách sau «-». Hãy gõ một dấu cách sau «-», ví dụ "
                                 "«- {rest}».",
                                 "A list line has no space after «-». Type a space after «-», e.g. «- {rest}»."),
    "yaml_bullet": ("Dòng bắt đầu bằng «{char}» (dán từ Word); YAML chỉ nhận «-» cho mỗi mục. Hãy thay «{char}» "
                    "bằng «- », ví dụ «- {rest}».",
                    "The line starts with «{char}» (pasted from Word); YAML takes only «-» for a list item. Replace "
                    "«{char}» with «- », e.g. «- {rest}»."),
    "yaml_key_indented": ("Tên trường «{key}:» bị thụt vào {spaces} dấu cách so với các trường cùng cấp. Hãy xóa "
                          "dấu cách ở đầu dòng để «{key}:» thẳng cột với trường ở trên.",
                          "The field «{key}:» is indented {spaces} space(s) more than the fields of its level. "
                          "Delete the spaces at the start of the line so «{key}:» lines up with the field above."),
    "yaml_list_under_text": ("Dòng «- …» này nằm dưới một trường đã có giá trị chữ «{key}: …», nên nó bị nối vào câu "
                             "đó. Nếu muốn danh sách, hãy để trống sau «{key}:» và viết mỗi mục ở một dòng «  - …»; "
                             "nếu là một câu, hãy đặt cả câu trong ngoặc kép.",
                             "This «- …» line stands under a field that already has text («{key}: …»), so it is "
                             "joined to that sentence. For a list, leave nothing after «{key}:» and write each item "
                             "on its own «  - …» line; for a sentence, quote the whole sentence."),
    "yaml_colon_at_end": ("Câu «{sentence}:» kết thúc bằng dấu hai chấm nên YAML đọc nó thành tên trường. Hãy đặt cả "
                          "câu trong ngoặc kép: «- \"{sentence}:\"».",
                          "The sentence «{sentence}:» ends with a colon, so YAML reads it as a field name. Quote the "
                          "whole sentence: «- \"{sentence}:\"»."),
    # issue 14: Word on Windows
    "output_open_elsewhere": ("Không thay được {file}: đang mở trong Word: hãy đóng tệp rồi chạy lại (tệp PDF: hãy "
                              "đóng trình đọc PDF). Các thông báo khác vẫn được tạo.",
                              "Cannot replace {file}: it is open in Word: close the file and run again (a PDF: close "
                              "the PDF reader). The other notices are built."),
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
