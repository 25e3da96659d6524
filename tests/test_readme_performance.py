"""README's performance table names the size of the synthetic data it was measured on (benchmarks/synth.py: the
shipped instruments and party rows N times): those sizes must be N times the shipped data's, so that the table
cannot silently describe older data. The timings themselves are measured, never asserted."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def _shipped_counts() -> tuple[int, int]:
    instruments = rows = 0
    for path in sorted((ROOT / "data").glob("*.yaml")):
        if path.name == "countries.yaml":
            continue  # synth.py copies instruments only, from every file but countries.yaml
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        for inst in (doc or {}).get("instruments") or []:
            instruments += 1
            rows += len(inst.get("parties") or [])
    return instruments, rows


def test_the_synthetic_data_sizes_in_readme_are_those_of_the_shipped_data():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = {int(n): (int(i.replace(",", "")), int(r.replace(",", "")))
             for n, i, r in re.findall(r"\| (\d+)x data \(([\d,]+) instruments, ([\d,]+) party rows\)", text)}
    instruments, rows = _shipped_counts()
    assert found == {10: (10 * instruments, 10 * rows), 100: (100 * instruments, 100 * rows)}
