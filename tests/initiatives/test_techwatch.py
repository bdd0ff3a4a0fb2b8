"""The shipped Tech Watch subset: the Dutch rows of the JRC's file, each unchanged byte for byte
(quoted newlines, BOM and line endings kept), with the header; re-cut the same way by
scripts/cut_pstw_nl.py, and equal to the full file's Dutch rows wherever ../shared/ has it."""

import csv
import importlib.util
import io
from pathlib import Path

import pytest

from initiatives import techwatch

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "cut_pstw_nl.py"
_spec = importlib.util.spec_from_file_location("cut_pstw_nl", SCRIPT)
cut_script = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cut_script)
# A BOM, CRLF, a quoted newline and a doubled quote in a kept row, a quoted newline with
# "Netherlands" in it in a row of another country, and a last row without a newline.
MESSY = (
    "\ufeffPSTW ID,Name,Geographical coverage (country), Status\r\n"
    'PSTW-1,"Chat\r\nbot ""Gem""",Netherlands,Pilot\r\n'
    'PSTW-2,"Ook in\nNetherlands,",Belgium,Pilot\r\n'
    "PSTW-3,Kademuren,Netherlands ,Implemented"
).encode()


def dutch_records(data: bytes) -> list[list[str]]:
    """The Dutch rows as the csv module reads them: independent of techwatch's own reading."""
    reader = csv.reader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    header = next(reader)
    column = header.index(techwatch.COUNTRY_COLUMN)
    return [row for row in reader if row[column].strip() == "Netherlands"]


def test_cut_keeps_the_header_and_dutch_rows_byte_for_byte():
    subset = techwatch.cut(MESSY, techwatch.is_country("Netherlands"))
    assert subset == (
        "\ufeffPSTW ID,Name,Geographical coverage (country), Status\r\n"
        'PSTW-1,"Chat\r\nbot ""Gem""",Netherlands,Pilot\r\n'
        "PSTW-3,Kademuren,Netherlands ,Implemented"
    ).encode()
    assert [row[0] for row in dutch_records(subset)] == ["PSTW-1", "PSTW-3"]


def test_reading_rows_gives_back_the_whole_file():
    assert b"".join(raw for _row, raw in techwatch.raw_rows(MESSY)) == MESSY


def test_shipped_file_holds_only_the_dutch_cases_with_the_header():
    data = techwatch.DUTCH_CASES.read_bytes()
    assert data.startswith("\ufeffPSTW ID,Name,".encode())
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert len(rows) == 206
    assert {row[techwatch.COUNTRY_COLUMN] for row in rows} == {"Netherlands"}
    assert sum(techwatch.is_ai(row) for row in rows) == 169


def test_script_recuts_a_file_into_the_named_output(tmp_path, capsys):
    source, target = tmp_path / "full.csv", tmp_path / "nl" / "out.csv"
    source.write_bytes(MESSY)
    assert cut_script.main([str(source), str(target)]) == 0
    assert "2 Dutch cases" in capsys.readouterr().out
    assert target.read_bytes() == techwatch.cut(MESSY, techwatch.is_country("Netherlands"))


def test_script_refuses_a_missing_file(tmp_path, capsys):
    assert cut_script.main([str(tmp_path / "none.csv"), str(tmp_path / "out.csv")]) == 1
    assert "No such file" in capsys.readouterr().err
    assert not (tmp_path / "out.csv").exists()


@pytest.mark.needs_shared_data
def test_shipped_subset_is_the_dutch_rows_of_the_full_file(shared_pstw_file):
    full, shipped = shared_pstw_file.read_bytes(), techwatch.DUTCH_CASES.read_bytes()
    assert dutch_records(shipped) == dutch_records(full)
    # Byte for byte: the header, then each shipped record found in the full file, in order.
    records = [raw for _row, raw in techwatch.raw_rows(shipped)]
    assert full.startswith(records[0])
    position = len(records[0])
    for raw in records[1:]:
        found = full.find(raw, position)
        assert found >= position and full[found - 1:found] == b"\n", raw[:60]
        position = found + len(raw)
