"""The one reader for CSV files that people bring from a spreadsheet: past years' records
(`pos.services.history`) and workshops/products (`pos.services.master_csv`).

`read_table(raw, columns)` takes the file's bytes and returns its rows as {column: cell} with line
numbers, plus every problem found, each (line number, Japanese message), the header being line 1:

- Decoding: UTF-8, with or without the BOM Excel writes ("CSV UTF-8"). A Shift_JIS file (Excel's
  plain "CSV"), a UTF-16 one ("Unicode text"), an Excel workbook or any other binary file is
  refused as a whole (`ImportErrors`) with a message saying what it seems to be and how to save it.
- Header: the first non-blank line; names compared after NFKC, trimming and lower-casing. Every
  column must be there exactly once and no other; `fixed_order=True` also demands their order.
  A wrong header is the only problem reported (without it no row can be read).
- Rows: blank lines (also rows of empty cells, as spreadsheets write them) are skipped but still
  counted as lines; a row with another number of cells, a repeated header (two files joined) or a
  broken quote is a problem on its line, and reading goes on, so that one pass lists them all.
- Cells are trimmed; what they mean is the caller's business.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from pos.domain.errors import ImportErrors

SAVE_AS_UTF8 = "Excelでは「名前を付けて保存」で「CSV UTF-8（コンマ区切り）」を選んで保存し直してください。"


@dataclass(frozen=True)
class CsvRow:
    line: int  # where the row starts in the file (the header is line 1)
    values: dict[str, str]  # column name → trimmed cell


@dataclass(frozen=True)
class CsvTable:
    rows: list[CsvRow]  # the rows that could be read
    problems: list[tuple[int, str]]  # (line, message), in file order
    data_lines: int  # rows after the header, readable or not (blank lines not counted)


def decode(raw: bytes) -> str:
    """The file's text; `ImportErrors` (one problem, with its line) when it is not UTF-8 text."""
    kind = _binary_kind(raw)
    if kind is not None:
        raise ImportErrors([(1, f"{kind}のようで、CSVファイルとして読めません。{SAVE_AS_UTF8}")])
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        if _is_shift_jis_text(raw):
            message = (
                "文字コードがUTF-8ではないため読めません（Shift_JISで保存されたファイルのようです）。" + SAVE_AS_UTF8
            )
        else:
            message = f"文字として読めないデータがあり、CSVファイルではないようです（{line}行目）。{SAVE_AS_UTF8}"
        raise ImportErrors([(line, message)]) from exc


def _is_shift_jis_text(raw: bytes) -> bool:
    """Decodes as Windows' Shift_JIS without control or private-use characters (cp932 maps almost
    every byte to something, so a decode alone says little)."""
    try:
        text = raw.decode("cp932")
    except UnicodeDecodeError:
        return False
    return not any(unicodedata.category(c) in ("Cc", "Co", "Cn") and c not in "\t\r\n" for c in text)


def _binary_kind(raw: bytes) -> str | None:
    if raw.startswith(b"PK\x03\x04"):
        return "Excelのブック（.xlsx）などのZIPファイル"
    if raw.startswith(b"\xd0\xcf\x11\xe0"):
        return "Excelのブック（.xls）"
    if raw.startswith(b"%PDF"):
        return "PDFファイル"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16（Unicode テキスト）で保存されたファイル"
    return None


def header_names(fields: Sequence[str]) -> list[str]:
    return [unicodedata.normalize("NFKC", f).strip().lower() for f in fields]


def header_problem(
    fields: Sequence[str], columns: Sequence[str], *, fixed_order: bool = False, optional: Collection[str] = ()
) -> str | None:
    """What is wrong with a header line, or None (`optional` columns may be absent: older files)."""
    names = header_names(fields)
    expected = ",".join(columns)
    missing = [c for c in columns if c not in names and c not in optional]
    if len(missing) == len(columns):
        return f"見出し行がありません。1行目は「{expected}」にしてください。"
    parts = []
    if missing:
        parts.append("列" + "・".join(f"「{c}」" for c in missing) + "がありません")
    unknown = [f.strip() for f, n in zip(fields, names, strict=True) if n not in columns]
    if unknown:
        parts.append("知らない列" + "・".join(f"「{f}」" for f in unknown) + "があります")
    duplicated = sorted({n for n in names if n in columns and names.count(n) > 1}, key=list(columns).index)
    if duplicated:
        parts.append("列" + "・".join(f"「{c}」" for c in duplicated) + "が重複しています")
    if not parts and fixed_order and names != list(columns):
        parts.append("列の順序が違います")
    if not parts:
        return None
    return "見出し行が正しくありません：" + "。".join(parts) + f"。1行目は「{expected}」にしてください。"


def read_table(
    raw: bytes, columns: Sequence[str], *, fixed_order: bool = False, optional: Collection[str] = ()
) -> CsvTable:
    """Decode and read a whole file (see the module docstring); raises only for undecodable bytes."""
    reader = csv.reader(io.StringIO(decode(raw), newline=""), strict=True)
    rows: list[CsvRow] = []
    problems: list[tuple[int, str]] = []
    header: list[str] | None = None
    data_lines = 0
    last_line = 0
    while True:
        start = last_line + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            last_line = reader.line_num
            problems.append((start, f'CSVとして読めません（引用符 " の使い方を確かめてください）：{exc}'))
            if header is None:
                return CsvTable(rows, problems, data_lines)  # the header itself is unreadable
            data_lines += 1
            continue
        last_line = reader.line_num
        if all(not f.strip() for f in fields):
            continue
        if header is None:
            problem = header_problem(fields, columns, fixed_order=fixed_order, optional=optional)
            if problem:
                return CsvTable(rows, [(start, problem)], data_lines)
            header = header_names(fields)
            continue
        data_lines += 1
        if len(fields) != len(header):
            problems.append((start, f"項目の数が{len(fields)}個です（見出しは{len(header)}個：{','.join(header)}）。"))
        elif header_names(fields) == header:
            problems.append((start, "見出し行がもう一度出てきました（ファイルをつなげたときは消してください）。"))
        else:
            rows.append(CsvRow(start, {name: f.strip() for name, f in zip(header, fields, strict=True)}))
    if header is None:
        problems.append((1, f"ファイルが空です。1行目に見出し「{','.join(columns)}」が必要です。"))
    return CsvTable(rows, problems, data_lines)
