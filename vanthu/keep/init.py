"""`vanthu init [FOLDER]`: start an office's own repository of notices.

It writes the agency settings to fill in, a copy of the Word template to restyle, the git files (build/ ignored,
the DOCX text diff), the pre-commit hooks, the editor's schema and a short README in Vietnamese. It never
replaces a file: when any of them exists, it writes nothing and names what is in the way.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from vanthu import resources
from vanthu.check.jsonschema import document
from vanthu.errors import Failure
from vanthu.files import create_new
from vanthu.i18n import text

SCHEMA_NAME = "thong-bao.schema.json"
MODELINE = "# yaml-language-server: $schema={path}\n"
TEXTCONV = "git config diff.docx.textconv \"python -m vanthu.keep.redline\""

AGENCY = """{modeline}# Thiết lập chung của cơ quan: mọi thông báo trong thư mục notices/ dùng các giá trị này, và có thể ghi
# đè bất kỳ giá trị nào trong tệp của mình. Điền các chỗ "" rồi chạy «vanthu check».
agency:
  # parent: [""]          # cơ quan chủ quản (nếu có), chữ in hoa, ví dụ UBND TỈNH LÀO CAI
  name:                   # tên cơ quan ban hành, 1–3 dòng chữ in hoa
    - ""
  abbreviation: ""        # chữ viết tắt tên cơ quan trong ký hiệu, ví dụ UBND (số 05/TB-UBND)
  full_name: ""           # tên viết thường, dùng trong câu, ví dụ Ủy ban nhân dân phường Hoàn Kiếm
place: ""                 # địa danh, ví dụ Hà Nội

closing: ""               # câu kết, ví dụ Văn phòng … thông báo để các cơ quan, đơn vị liên quan biết, thực hiện

signers:                  # người ký: mỗi thông báo chọn một người bằng «signature: <tên>»
  chanh-van-phong:
    authority:            # quyền hạn, chức vụ, chữ in hoa, ví dụ TL. ỦY BAN NHÂN DÂN / CHÁNH VĂN PHÒNG
      - ""
    name: ""              # họ và tên, không ghi học hàm, học vị

recipient_groups:         # nhóm nơi nhận: mỗi thông báo dùng bằng «- group: <tên>»
  lanh-dao:
    - ""

archive:                  # dòng «Lưu: VT, …»
  units: [VT]
"""

GITIGNORE = """# Kết quả của «vanthu build»: tạo lại được từ các tệp YAML.
/build/
"""

GITATTRIBUTES = """# «git diff» trên một tệp Word cho thấy nội dung chữ (cần một lần: {textconv}).
*.docx diff=docx
""".format(textconv=TEXTCONV)

PRE_COMMIT = """# Kiểm tra trước mỗi lần commit (https://pre-commit.com): «pip install pre-commit», rồi «pre-commit install».
# Các hook chạy lệnh «vanthu» đã cài trên máy (pip install vanthu).
repos:
  - repo: local
    hooks:
      - id: vanthu-check
        name: kiểm tra thông báo (vanthu check)
        entry: vanthu check
        language: system
        files: ^notices/.*\\.yaml$
        pass_filenames: false  # mọi thông báo: thiết lập chung hay một số trùng liên quan đến các thông báo khác
      - id: vanthu-fmt
        name: kiểu trình bày YAML (vanthu fmt --check)
        entry: vanthu fmt --check
        language: system
        files: ^notices/.*\\.yaml$
"""

VSCODE = {"yaml.schemas": {f"./{SCHEMA_NAME}": ["notices/**/*.yaml"]}}

README = """# Văn bản của cơ quan

Kho này giữ các thông báo của cơ quan dưới dạng tệp YAML trong `notices/<năm>/`; công cụ `vanthu` kiểm tra
chúng theo Nghị định 30/2020/NĐ-CP và tạo bản Word (DOCX) và PDF vào `build/`.

1. Điền thông tin cơ quan trong `notices/_agency.yaml`.
2. Tạo thông báo mới: `vanthu new` (ghi `notices/<năm>/<số>-TB-….yaml` với các chỗ cần điền).
3. Kiểm tra: `vanthu check`; tạo DOCX và PDF: `vanthu build`. Các lệnh chạy được từ bất kỳ thư mục con nào.
4. Mẫu Word `templates/thong-bao.docx` có thể sửa kiểu chữ (styles) trong Word; lần tạo sau dùng mẫu đã sửa.

Một lần cho mỗi bản sao kho:

```sh
pre-commit install        # kiểm tra trước mỗi lần commit
{textconv}
```

Trình soạn thảo VS Code (phần mở rộng YAML) đọc `{schema}` để gợi ý tên trường và giải thích bằng tiếng Việt.
""".format(textconv=TEXTCONV, schema=SCHEMA_NAME)


def files() -> dict[str, bytes]:
    """Each file of a new office repository, by its path below the folder."""
    schema = json.dumps(document(), ensure_ascii=False, indent=1) + "\n"
    return {
        "notices/_agency.yaml": AGENCY.format(modeline=MODELINE.format(path=f"../{SCHEMA_NAME}")).encode(),
        "templates/thong-bao.docx": resources.default_template().read_bytes(),
        ".gitignore": GITIGNORE.encode(),
        ".gitattributes": GITATTRIBUTES.encode(),
        ".pre-commit-config.yaml": PRE_COMMIT.encode(),
        SCHEMA_NAME: schema.encode(),
        ".vscode/settings.json": (json.dumps(VSCODE, indent=2) + "\n").encode(),
        "README.md": README.encode(),
    }


def run(folder: Path, lang: str) -> int:
    wanted = files()
    in_the_way = [name for name in wanted if (folder / name).exists()]
    if in_the_way:
        raise Failure("init_exists", folder=folder, files=", ".join(in_the_way))
    for name, data in wanted.items():
        create_new(folder / name, data)
    print(text("init_done", lang, folder=folder, textconv=TEXTCONV), file=sys.stderr)
    return 0
