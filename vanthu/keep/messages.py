"""Messages of reviewing and keeping: fmt, diff, register, new, tasks, init, sign, verify: (Vietnamese, English) by code (see vanthu/i18n.py)."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "init_exists": ("Không tạo kho trong {folder}: đã có {files}. Lệnh init không ghi đè tệp nào; hãy chọn thư mục "
                    "khác hoặc chuyển các tệp đó đi.",
                    "Nothing written in {folder}: {files} exist already. init never overwrites a file; choose another "
                    "folder or move those files."),
    "init_done": ("Đã tạo kho văn bản trong {folder}. Tiếp theo: điền notices/_agency.yaml, rồi «vanthu new». "
                  "Để git diff đọc được tệp Word: {textconv}",
                  "Office repository started in {folder}. Next: fill in notices/_agency.yaml, then «vanthu new». "
                  "For git diff to read Word files: {textconv}"),
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
    "import_blank_date": ("NHẬP: đoạn {paragraph}: ngày ban hành chưa đủ («{text}»): điền «date» dạng ngày/tháng/năm.",
                          "NHẬP: paragraph {paragraph}: the date is incomplete («{text}»): fill in «date» as "
                          "day/month/year."),
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
}
