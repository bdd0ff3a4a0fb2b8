"""Posting's speed in two checkouts, in alternating rounds (this machine's load varies by the minute).

    .venv/bin/python scripts/ab_posting.py --base /tmp/base --base-db vraagbaak_100k_a \
        --db vraagbaak_100k_b [--rounds 6] [--samples 10]

Each round runs scripts/profile_posting.py --json in the base checkout (on --base-db, a
database migrated as that checkout wants; copy scripts/profile_posting.py into it if it has
none) and then in this one (on --db), each in a process of its own, the order swapped every
round; prints the median and p95 of all samples of each kind, and the ratio.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(checkout: Path, database: str, samples: int) -> dict[str, list[float]]:
    # The checkout's own copy, which imports the checkout's code.
    out = subprocess.run(
        [sys.executable, str(checkout / "scripts/profile_posting.py"), "--json", "--samples", str(samples)],
        cwd=checkout, env={**os.environ, "BENCH_DATABASE": database},
        capture_output=True, text=True, check=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def summary(values: list[float]) -> str:
    ordered = sorted(values)
    return (f"median {statistics.median(values):5.1f} ms, "
            f"p95 {ordered[max(0, int(len(ordered) * 0.95) - 1)]:5.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--base-db", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--samples", type=int, default=10)
    args = parser.parse_args()
    if not (args.base / "scripts/profile_posting.py").is_file():
        raise SystemExit(f"Copy scripts/profile_posting.py into {args.base}/scripts/ first.")
    sides = {"base": (args.base, args.base_db), "this": (ROOT, args.db)}
    results = {side: {} for side in sides}
    for round_ in range(args.rounds):
        for side, (checkout, database) in (sides.items() if round_ % 2 == 0 else reversed(sides.items())):
            for kind, values in run(checkout, database, args.samples).items():
                results[side].setdefault(kind, []).extend(values)
        print(f"round {round_ + 1} of {args.rounds} done", file=sys.stderr, flush=True)
    for kind in results["base"]:
        base, this = results["base"][kind], results["this"][kind]
        print(f"{kind:<9} base {summary(base)} | this {summary(this)} | "
              f"median ratio {statistics.median(base) / statistics.median(this):.1f}x over {len(this)} each")


if __name__ == "__main__":
    main()
