"""Values Nghị định 30 says how to write, computed rather than typed."""
import datetime as dt

import pytest

from vanthu.check.schema import parse_date
from vanthu.notice import nd30


@pytest.mark.parametrize("date, expected", [
    (dt.date(2020, 3, 24), "Hải Phòng, ngày 24 tháng 3 năm 2020"),
    (dt.date(2020, 1, 5), "Hải Phòng, ngày 05 tháng 01 năm 2020"),  # days 1–9 and months 1–2 get a zero
    (dt.date(2021, 2, 28), "Hải Phòng, ngày 28 tháng 02 năm 2021"),
    (dt.date(2019, 6, 9), "Hải Phòng, ngày 09 tháng 6 năm 2019"),  # months 3–12 do not
    (dt.date(2019, 12, 10), "Hải Phòng, ngày 10 tháng 12 năm 2019"),
])
def test_place_and_date(date, expected):
    assert nd30.place_and_date("Hải Phòng", date) == expected


def test_short_date_follows_the_same_rule():
    assert nd30.short_date(dt.date(2020, 3, 25)) == "25/3/2020"
    assert nd30.short_date(dt.date(2021, 1, 5)) == "05/01/2021"


@pytest.mark.parametrize("number, expected", [(1, "01/TB-UBND"), (9, "09/TB-UBND"), (10, "10/TB-UBND"),
                                              (149, "149/TB-UBND"), (1894, "1894/TB-UBND")])
def test_number_and_symbol(number, expected):
    assert nd30.number_and_symbol(number, nd30.default_symbol("TB", "UBND")) == expected


def test_recipients_get_dash_and_semicolon_and_the_archive_line_last():
    assert nd30.recipient_lines(["TTTU, TTHĐNDTP", "Các Sở, ban, ngành TP;"], [], None) == [
        "- TTTU, TTHĐNDTP;", "- Các Sở, ban, ngành TP;", "- Lưu: VT."]
    assert nd30.recipient_lines(["Như trên"], ["KSTTHC"], 2)[-1] == "- Lưu: VT, KSTTHC, 02."


def test_the_archive_line_as_offices_write_it_copies_per_unit_and_the_drafters_initials():
    assert nd30.recipient_lines(["Như trên"], [nd30.archive_unit("NN", 2)], None, "NXT")[-1] == "- Lưu: VT, NN (2)NXT."
    assert nd30.recipient_lines([], ["TH", "KT (3)"], None, "LTH")[-1] == "- Lưu: VT, TH, KT (3)LTH."
    assert nd30.recipient_lines([], [], None, "NXT")[-1] == "- Lưu: VT, NXT."


def test_closing_sentence_ends_with_the_end_mark_once():
    assert nd30.closing_sentence("… liên quan thực hiện") == "… liên quan thực hiện./."
    assert nd30.closing_sentence("… liên quan thực hiện.") == "… liên quan thực hiện./."
    assert nd30.closing_sentence("… liên quan thực hiện./.") == "… liên quan thực hiện./."


@pytest.mark.parametrize("line, prefix", [("TM. ỦY BAN NHÂN DÂN", "TM."), ("KT. CHỦ TỊCH", "KT."),
                                          ("TL. BỘ TRƯỞNG", "TL."), ("TUQ. GIÁM ĐỐC", "TUQ."),
                                          ("Q. CHÁNH VĂN PHÒNG", "Q."), ("CHÁNH VĂN PHÒNG", None)])
def test_authority_prefix(line, prefix):
    assert nd30.authority_prefix(line) == prefix


@pytest.mark.parametrize("text, expected", [("2020-03-24", dt.date(2020, 3, 24)), ("24/3/2020", dt.date(2020, 3, 24)),
                                            ("05/01/2021", dt.date(2021, 1, 5)), ("29/2/2024", dt.date(2024, 2, 29))])
def test_dates_in_iso_or_vietnamese_form(text, expected):
    assert parse_date(text) == expected


@pytest.mark.parametrize("text, code", [("31/02/2026", "date_not_exist"), ("29/2/2025", "date_not_exist"),
                                        ("24.3.2026", "date_format"), ("ngày 24", "date_format")])
def test_bad_dates(text, code):
    with pytest.raises(ValueError, match=code):
        parse_date(text)


def test_legal_basis_endings_and_what_a_clerk_typed():
    lines = ["Căn cứ Luật Xây dựng,", "Căn cứ Kế hoạch số 85/KH-UBND của Ủy ban nhân dân phường Cam Đường"]
    assert nd30.legal_basis_lines(lines) == ["Căn cứ Luật Xây dựng;",
                                             "Căn cứ Kế hoạch số 85/KH-UBND của Ủy ban nhân dân phường Cam Đường."]
    assert nd30.legal_basis_lines(lines, "lead-in")[-1].endswith("Cam Đường;")
    sentence = "Căn cứ kết quả kiểm tra, Sở Công Thương thông báo như sau:"
    assert nd30.legal_basis_lines([lines[0], sentence], "sentence") == ["Căn cứ Luật Xây dựng;", sentence]
    assert nd30.punctuation_replaced("Căn cứ Luật Xây dựng,", "Căn cứ Luật Xây dựng;") == ","
    assert nd30.punctuation_replaced("Căn cứ Luật Xây dựng", "Căn cứ Luật Xây dựng;") is None, "only added"
    assert nd30.punctuation_replaced("Căn cứ Luật Xây dựng;", "Căn cứ Luật Xây dựng;") is None


def test_addressees_one_on_the_line_several_below_it():
    assert nd30.addressee_lines(["Công ty cổ phần Đầu tư xây dựng hạ tầng và giao thông"]) == [
        "Kính gửi: Công ty cổ phần Đầu tư xây dựng hạ tầng và giao thông"]
    assert nd30.addressee_lines(["Sở Tài chính", "UBND các xã, phường;"]) == [
        "Kính gửi:", "- Sở Tài chính;", "- UBND các xã, phường."]


def test_cong_van_summary_and_symbol():
    assert nd30.cong_van_summary("nâng bậc lương năm 2019") == "V/v nâng bậc lương năm 2019"
    assert nd30.cong_van_summary("V/v nâng bậc lương năm 2019") == "V/v nâng bậc lương năm 2019"
    assert nd30.cong_van_symbol("SCT", "CN") == "SCT-CN"
