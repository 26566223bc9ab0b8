"""Messages of the build engine: refusals, progress, summary, watch: (Vietnamese, English) by code (see vanthu/i18n.py)."""

CATALOGUE: dict[str, tuple[str, str]] = {
    "all_good": ("Không có lỗi trong {files} tệp.", "No problems in {files} file(s)."),
    "not_built": ("Không tạo tệp cho {file} vì thông báo còn lỗi; bản đã tạo trước đó (nếu có) được giữ nguyên.",
                  "Nothing written for {file}: the notice has errors; any earlier output is kept as it was."),
    "out_of_date": ("Không tạo lại {file} vì thông báo còn lỗi; {outputs} là bản cũ, được giữ nguyên nhưng không còn "
                    "khớp với tệp YAML.",
                    "{file} was not rebuilt: the notice has errors; {outputs} are the earlier output, kept as they "
                    "were but out of date."),
    "built": ("Đã tạo {outputs}", "Built {outputs}"),
    "no_converter": ("Không tìm thấy LibreOffice hay Microsoft Word nên chỉ tạo DOCX. Để có PDF: trên Debian/Ubuntu "
                     "chạy «sudo apt-get install libreoffice-writer-nogui fonts-liberation2»; trên Windows/macOS "
                     "cài Microsoft Word; hoặc cài LibreOffice từ libreoffice.org.",
                     "Neither LibreOffice nor Microsoft Word was found, so only DOCX was written. For PDF: on "
                     "Debian/Ubuntu run «sudo apt-get install libreoffice-writer-nogui fonts-liberation2»; on "
                     "Windows/macOS install Microsoft Word; or install LibreOffice from libreoffice.org."),
    "conversion_failed": ("Không chuyển được {file} sang PDF: {reason}.", "Could not convert {file} to PDF: {reason}."),
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

    "template_refused": ("Mẫu Word «{file_path}» làm điều mẫu không được làm nên không tạo được văn bản: {detail}.",
                         "The Word template «{file_path}» tried what a template may not do, so nothing was made: "
                         "{detail}."),
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
    "output_open_elsewhere": ("Không thay được {file}: đang mở trong Word: hãy đóng tệp rồi chạy lại (tệp PDF: hãy "
                              "đóng trình đọc PDF). Các thông báo khác vẫn được tạo.",
                              "Cannot replace {file}: it is open in Word: close the file and run again (a PDF: close "
                              "the PDF reader). The other notices are built."),
}
