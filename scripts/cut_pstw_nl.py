"""Cut the Dutch cases out of a full Public Sector Tech Watch export, rows unchanged.

    python scripts/cut_pstw_nl.py [FULL.csv] [OUT.csv]

Defaults: ../shared/data/pstw/pstw-2025-11.csv beside the checkout, into
initiatives/data/pstw/pstw-2025-11-nl.csv. For a newer export, name the new file and
a new output (pstw-YYYY-MM-nl.csv), then update initiatives/techwatch.py's DUTCH_CASES
and the date in initiatives/data/pstw/README.md. Every record is copied byte for byte
(quoted newlines included); the header row too.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from initiatives import techwatch  # noqa: E402  (the checkout is not an installed package)

FULL = ROOT.parent / "shared" / "data" / "pstw" / "pstw-2025-11.csv"


def main(argv: list[str]) -> int:
    if len(argv) > 2:
        print(__doc__, file=sys.stderr)
        return 2
    source = Path(argv[0]) if argv else FULL
    target = Path(argv[1]) if len(argv) > 1 else techwatch.DUTCH_CASES
    if not source.is_file():
        print(f"No such file: {source}", file=sys.stderr)
        return 1
    subset = techwatch.cut(source.read_bytes(), techwatch.is_country("Netherlands"))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(subset)
    cases = sum(1 for _ in techwatch.raw_rows(subset)) - 1
    print(f"{cases} Dutch cases from {source} written to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
