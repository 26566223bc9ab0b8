"""Messages of reading and checking a notice: (Vietnamese, English) by code (see vanthu/i18n.py)."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "field_label": ("{vi}", "{en}"),  # a field as messages name it (schema.label)
    "warning": ("cảnh báo", "warning"),
    "file_unreadable": ("Không đọc được tệp: {reason}.", "The file cannot be read: {reason}."),
    "not_utf8": ("Tệp không phải văn bản UTF-8 (byte thứ {offset}). Hãy lưu lại tệp với mã hóa UTF-8.",
                 "The file is not UTF-8 text (byte {offset}). Save it again as UTF-8."),
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
    "summary_or_meeting": ("Cần có trích yếu («summary») hoặc thông tin cuộc họp («meeting») để tạo trích yếu.",
                           "A summary («summary») or the meeting («meeting») to write it from is needed."),
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
    "summary_upper_case": ("Trích yếu viết in hoa toàn bộ: «{value}». Mẫu in đậm sẵn; hãy viết chữ thường, chỉ viết hoa "
                           "chữ đầu câu và tên riêng.",
                           "The summary is all capitals: «{value}». The template sets it in bold; write it in lower "
                           "case, with capitals only where a sentence or a name starts."),
    "recipient_archive_line": ("Không ghi «{line}» trong nơi nhận: dòng «- Lưu: VT, …» được thêm tự động ở cuối từ "
                               "«archive» (ví dụ «archive: {{units: [KSTTHC], copies: 2}}»), nên sẽ in hai lần.",
                               "Do not list «{line}» among the recipients: the «- Lưu: VT, …» line is added last from "
                               "«archive» (e.g. «archive: {{units: [KSTTHC], copies: 2}}»), so it would print twice."),
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
}
