"""The Public Sector Tech Watch cases the project ships, and how they are cut from a full export.

`DUTCH_CASES` holds the Dutch rows of the JRC's file, unchanged byte for byte (see
initiatives/data/pstw/README.md), so that a fresh clone runs, tests and shows a real
registry without the full file. Only the standard library here: scripts/cut_pstw_nl.py
imports this module without setting up Django.
"""

import csv
import io
from collections.abc import Callable, Iterator
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data" / "pstw"
DUTCH_CASES = DATA_DIR / "pstw-2025-11-nl.csv"
COUNTRY_COLUMN = "Geographical coverage (country)"
TECHNOLOGY_COLUMN = "Primary Technology"


def raw_rows(data: bytes) -> Iterator[tuple[dict[str, str], bytes]]:
    """Each record of a CSV file as (values by column, its exact bytes), the header first.

    The csv module reads the values; the bytes are the physical lines it consumed for the
    record, so a quoted newline stays inside its record and nothing is re-quoted. The
    header comes back with an empty dict; its keys are stripped (" Status" has a space).
    """
    text = data.decode("utf-8")
    consumed: list[str] = []

    def lines():
        # newline="" keeps "\r\n" and lone "\r" as they are, as the csv module wants.
        for line in io.StringIO(text, newline=""):
            consumed.append(line)
            yield line

    reader = csv.reader(lines())
    header = None
    for values in reader:
        raw = "".join(consumed).encode("utf-8")
        consumed.clear()
        if header is None:
            header = [name.lstrip("\ufeff").strip() for name in values]
            yield {}, raw
            continue
        yield dict(zip(header, values, strict=False)), raw


def is_country(name: str) -> Callable[[dict[str, str]], bool]:
    wanted = name.strip().casefold()
    return lambda row: row.get(COUNTRY_COLUMN, "").strip().casefold() == wanted


def is_ai(row: dict[str, str]) -> bool:
    """The registry is of AI: the file also holds blockchain cases."""
    return row.get(TECHNOLOGY_COLUMN, "").strip().casefold() == "artificial intelligence"


def cut(data: bytes, keep: Callable[[dict[str, str]], bool]) -> bytes:
    """The header and the records `keep` accepts, each exactly as it was in `data`."""
    parts = []
    for number, (row, raw) in enumerate(raw_rows(data)):
        if number == 0 or keep(row):
            parts.append(raw)
    return b"".join(parts)
