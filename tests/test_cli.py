"""The `pos` command line as a coordinator uses it: import history, print the monthly lines."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pos.cli import main
from pos.db.engine import open_database

HISTORY = (
    "\ufeffdate,kind,label,workshop,note\n"
    "2024-04-13,other,会計監査,,\n"
    "2024-04-19,sale,ゆめが丘SC出張販売,工房A,\n"
    "2024-04-19,sale,ゆめが丘SC出張販売,工房B,\n"
    "2024-04-17,meeting,自主製品販売強化実行委員会会議,,会計報告、年度体制\n"
    "2024-10-23,sale,みなと駅出張販売,工房A,\n"
    "2024-10-24,sale,みなと駅出張販売,工房B,他区から1事業所がゲスト出店\n"
    "2024-10-24,sale,みなと駅出張販売,工房C,\n"
)


def test_import_history_then_report_lines(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "pos.db")
    csv = tmp_path / "history.csv"
    csv.write_text(HISTORY, encoding="utf-8")
    assert main(["import-history", str(csv), "--create", "--db", db]) == 0
    assert "7行を読み込みました" in capsys.readouterr().out
    assert main(["report", "lines", "--fy", "2024", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 12
    assert lines[0] == (
        "4月\t会計監査（13日）、自主製品販売強化実行委員会会議（会計報告、年度体制）、"
        "ゆめが丘SC出張販売（19日、2事業所出店）\t17日"
    )
    assert lines[6] == "10月\tみなと駅出張販売（23日～24日、3事業所、延3事業所出店、他区から1事業所がゲスト出店）\t"
    assert lines[11] == "3月\t\t"


def test_a_bad_import_prints_the_line_and_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "bad.csv"
    csv.write_text("date,kind,label,workshop,note\n2024-04-31,sale,区役所販売,工房A,\n", encoding="utf-8")
    assert main(["import-history", str(csv), "--create", "--db", str(tmp_path / "pos.db")]) == 2
    err = capsys.readouterr().err
    assert "2行目" in err and "何も変更していません" in err


def test_missing_file_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-history", str(tmp_path / "nope.csv"), "--create", "--db", str(tmp_path / "pos.db")]) == 2
    assert "読めません" in capsys.readouterr().err


def test_python_dash_m_pos_and_pos_db_environment(tmp_path: Path) -> None:
    env_db = tmp_path / "env.db"
    open_database(env_db).dispose()  # an existing (empty) database: verbs refuse a missing one
    result = subprocess.run(
        [sys.executable, "-m", "pos", "report", "lines", "--fy", "2025"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={"POS_DB": str(env_db), "PATH": "/usr/bin:/bin"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "4月\t\t"
    assert env_db.exists()


def test_demo_verb_fills_a_new_database_and_refuses_a_second_time(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "demo.db")
    assert main(["demo", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "デモデータを作成しました" in out
    assert main(["report", "lines", "--fy", "2025", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 12
    assert all("自主製品販売強化実行委員会会議" in ln for ln in lines)  # a meeting every month
    assert sum("ゆめが丘SC出張販売（" in ln for ln in lines) == 12  # the mall once a month
    assert main(["demo", "--db", db]) == 2
    assert "デモデータは作成できません" in capsys.readouterr().err
