#!/usr/bin/env python3
"""Synthetic data N times the shipped size, for the scale benchmarks.

    python benchmarks/synth.py 10 /tmp/octreaty-x10
    python benchmarks/synth.py 100 /tmp/octreaty-x100

Every instrument (conventions, organisations, bilateral agreements) is copied
N-1 times under new ids with the same parties, dates and sources, so the data
grows N times in instruments, party rows and bilateral agreements while the
countries stay the same. The files are split so that none exceeds a few MB
(the loader refuses files over 16 MB). The result is a data directory for
--data-dir: its countries.yaml and instruments.yaml replace all the shipped files.
"""

from __future__ import annotations

import argparse
import copy
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
CHUNK = 400  # instruments per file


def _dump(doc: dict, path: Path) -> None:
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    with path.open("w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=dumper, allow_unicode=True, sort_keys=False, width=1000)


def _shipped() -> tuple[dict, dict]:
    """The shipped data as two documents: countries.yaml, and everything else merged."""
    countries = yaml.load((DATA / "countries.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    merged: dict = {"sources": {}, "instruments": [], "bridges": [], "territorial_application": [],
                    "non_recognition": [], "bilateral_coverage": []}
    for path in sorted(DATA.glob("*.yaml")):
        if path.name == "countries.yaml":
            continue
        doc = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader) or {}
        merged["sources"].update(doc.get("sources") or {})
        for key in ("instruments", "bridges", "territorial_application", "non_recognition", "bilateral_coverage"):
            merged[key].extend(doc.get(key) or [])
    return countries, merged


_REFERENCES = ("parent", "amended_by", "replaced_by", "supplements", "implements")


def synthesize(factor: int, out: Path) -> dict[str, int]:
    countries, shipped = _shipped()
    originals = shipped["instruments"]
    instruments = list(originals)
    for k in range(1, factor):
        for inst in originals:
            twin = copy.deepcopy(inst)
            twin["id"] = f"{inst['id']}-x{k}"
            twin["short"] = f"{inst['short']} #{k}"
            twin["name"] = f"{inst['name']} (copy {k})"
            twin.pop("aliases", None)
            for key in _REFERENCES:
                if twin.get(key):
                    twin[key] = f"{twin[key]}-x{k}"
            if twin.get("replaces"):
                twin["replaces"] = [f"{r}-x{k}" for r in twin["replaces"]]
            for p in twin.get("parties") or []:
                p.pop("declarations", None)
            instruments.append(twin)
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.yaml"):
        old.unlink()
    _dump(countries, out / "countries.yaml")
    chunks = [instruments[i:i + CHUNK] for i in range(0, len(instruments), CHUNK)]
    first = {"schema": 1, "sources": shipped["sources"], "instruments": chunks[0],
             **{key: shipped[key] for key in ("bridges", "territorial_application", "non_recognition",
                                               "bilateral_coverage") if shipped[key]}}
    _dump(first, out / "instruments.yaml")
    for n, chunk in enumerate(chunks[1:], 1):
        _dump({"schema": 1, "instruments": chunk}, out / f"instruments-{n:03d}.yaml")
    rows = sum(len(i.get("parties") or []) for i in instruments)
    size = sum(p.stat().st_size for p in out.glob("*.yaml"))
    return {"instruments": len(instruments), "party_rows": rows, "files": len(chunks) + 1, "bytes": size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("factor", type=int, help="how many times the shipped size")
    ap.add_argument("out", type=Path, help="the data directory to write")
    args = ap.parse_args()
    print(synthesize(args.factor, args.out))


if __name__ == "__main__":
    main()
