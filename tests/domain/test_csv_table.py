"""The one CSV reader of the imports: decoding, the header, and every problem with its line number."""

from __future__ import annotations

import pytest

from pos.domain.csv_table import read_table
from pos.domain.errors import ImportErrors

COLUMNS = ("date", "label", "note")


def refusal(raw: bytes) -> tuple[int, str]:
    with pytest.raises(ImportErrors) as e:
        read_table(raw, COLUMNS)
    [problem] = e.value.problems
    return problem


def test_utf8_with_and_without_bom_gives_the_same_rows() -> None:
    text = "date,label,note\r\n2024-04-01,会議,議題\r\n"
    plain = read_table(text.encode("utf-8"), COLUMNS)
    bom = read_table(text.encode("utf-8-sig"), COLUMNS)
    assert plain == bom
    assert [(r.line, r.values) for r in plain.rows] == [(2, {"date": "2024-04-01", "label": "会議", "note": "議題"})]
    assert (plain.problems, plain.data_lines) == ([], 1)


def test_shift_jis_is_named_with_the_line_of_the_first_japanese_text() -> None:
    line, message = refusal("date,label,note\n2024-04-01,x,y\n2024-04-02,会議,\n".encode("cp932"))
    assert line == 3
    assert "Shift_JIS" in message and "CSV UTF-8" in message


@pytest.mark.parametrize(
    ("raw", "named"),
    [
        (b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)), "Excelのブック（.xlsx）"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "Excelのブック（.xls）"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        ("date,label,note\n".encode("utf-16"), "UTF-16"),
        (b"date,label,note\n\x89PNG\r\n\x1a\n\xff\xfd\xfe", "CSVファイルではない"),
    ],
)
def test_binary_files_are_refused_saying_what_they_seem_to_be(raw: bytes, named: str) -> None:
    _, message = refusal(raw)
    assert named in message, message
    assert "CSV UTF-8" in message


def test_columns_in_any_order_unless_the_order_is_fixed() -> None:
    raw = "ＮＯＴＥ , Label,date\nn,l,2024-04-01\n".encode()
    table = read_table(raw, COLUMNS)
    assert table.rows[0].values == {"note": "n", "label": "l", "date": "2024-04-01"}
    fixed = read_table(raw, COLUMNS, fixed_order=True)
    assert fixed.rows == []
    [(line, message)] = fixed.problems
    assert line == 1 and "順序" in message


@pytest.mark.parametrize(
    ("header", "named"),
    [
        ("date,label", "「note」がありません"),
        ("date,label,note,amount", "知らない列「amount」"),
        ("date,label,note,label", "「label」が重複"),
        ("日付,名称,備考", "見出し行がありません"),
    ],
)
def test_a_wrong_header_is_the_only_problem_reported(header: str, named: str) -> None:
    table = read_table(f'{header}\n"broken,1,2\n'.encode(), COLUMNS)
    assert table.rows == []
    [(line, message)] = table.problems
    assert line == 1 and named in message


def test_every_row_problem_is_listed_with_its_line_and_reading_goes_on() -> None:
    raw = (
        b"\n"  # 1: blank lines before the header are skipped
        b"date,label,note\n"  # 2: the header
        b"2024-04-01,a,\n"  # 3 fine
        b",,\n"  # 4 empty cells only: skipped
        b"2024-04-02,b\n"  # 5 two cells
        b"date,label,note\n"  # 6 the header again (two files joined)
        b'2024-04-03,"c\nstill c",\n'  # 7-8: a quoted line break is one cell
        b"2024-04-04,d,e,f\n"  # 9 four cells
        b"2024-04-05,e,\n"  # 10 fine
    )
    table = read_table(raw, COLUMNS)
    assert [(r.line, r.values["label"]) for r in table.rows] == [(3, "a"), (7, "c\nstill c"), (10, "e")]
    assert [line for line, _ in table.problems] == [5, 6, 9]
    assert "2個" in table.problems[0][1] and "見出し行がもう一度" in table.problems[1][1]
    assert "4個" in table.problems[2][1]
    assert table.data_lines == 6


def test_an_unclosed_quote_is_reported_where_it_starts() -> None:
    table = read_table(b'date,label,note\n2024-04-01,a,\n2024-04-02,"b,\n', COLUMNS)
    assert [r.line for r in table.rows] == [2]
    [(line, message)] = table.problems
    assert line == 3 and "引用符" in message


@pytest.mark.parametrize("raw", [b"", b"\xef\xbb\xbf", b"\r\n\r\n", b",,\n"])
def test_an_empty_file_asks_for_the_header(raw: bytes) -> None:
    table = read_table(raw, COLUMNS)
    assert table.problems == [(1, "ファイルが空です。1行目に見出し「date,label,note」が必要です。")]
