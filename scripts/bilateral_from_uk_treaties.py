"""Turn the UK Treaties Online records in shared/sources into bilateral records of data/bilateral.yaml.

A one-off helper for the data, not needed at run time. It reads the scrape described in
``shared/sources/bilateral/incoming/README.md`` (256 UK records up to 1976), maps the party
names to the country ids of ``data/countries.yaml``, and merges the resulting records into
``data/bilateral.yaml``: a record already in the file wins (the file is edited by hand after
this ran), new records are added, and the whole file is written back sorted by id in one
compact layout so that a review reads one record after another.

    python scripts/bilateral_from_uk_treaties.py [--incoming PATH] [--timeline] [--write]

Without ``--write`` it prints what it would add. ``--timeline`` writes the law-over-time
fields of docs/DATA.md (``terminated``, ``replaced_by``, ``supplements``, successor rows with
``act: succession``) instead of a ``withdrawal`` on every party row; use it once the loader
knows them.

What it decides, and why:
- Parties are the states in capitals in the record's ``country_name`` (the service writes
  territories in mixed case); a territory is listed in ``scope``, never as a party.
- States that the source lists but that are not party to the treaty as signed (the successor
  states of Yugoslavia and Czechoslovakia, territories that became independent) become
  succession rows in ``--timeline`` mode, with ``effective: null``: the source says the
  treaty applies to them, not from when. ``successor_of`` names the original party whose side
  the successor continues (Serbia for every Yugoslav successor of the 1900 treaty, the chain
  through Yugoslavia is said in the row's note), because ``link`` pairs a successor only with
  the original parties other than its ``successor_of``. The Malawi and Zambia of record 73885
  stay in the note: that agreement has no entry into force, and a successor's later existence
  would then move the floor of the original pair.
- A name with no country id in the data (Prussia, the Orange Free State, Austria-Hungary,
  Rwanda-Urundi) is left out and said in the record's note; a record left with one party
  is not written.
- Dates the source gives out of order (entry into force before signature, or a century after
  it) are dropped and said in the note; nothing is filled in.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data" / "bilateral.yaml"
INCOMING = ROOT.parent / "shared" / "sources" / "bilateral" / "incoming" / "uk-treaties-online-2022-bilateral-criminal.json"
UKTO = "uk-treaties-online-2022"

UKTO_SOURCE = {
    "title": "UK Treaties Online (FCDO), via ukparliament/uk-treaties scrape of 2022-03-11 (bilateral records on extradition, drugs and war criminals, up to 1976)",
    "url": "https://treaties.fcdo.gov.uk/",
    "as_of": "2022-03-11",
    "note": ("Records of the FCDO treaty database as the GitHub repository ukparliament/uk-treaties stored them "
             "(db/json/*_batch.json, repository commit 51696a3b); the scrape stops at treaties signed in 1976. "
             "Each record's note gives its UK Treaties Online id and Treaty Series references. The service lists "
             "successor states and territories among a treaty's parties: read them as 'applies to'."),
}

# Party names in capitals -> country ids.  None: no id in the data (said in the note).
NAMES: dict[str, str | list[str] | None] = {
    "ALBANIA": "ALB", "ARGENTINA": "ARG", "ARGENTINE REPUBLIC": "ARG", "AUSTRALIA": "AUS",
    "AUSTRIA": "AUT", "AUSTRIA-HUNGARY": None, "BELGIUM": "BEL", "BELIZE": "BLZ", "BOLIVIA": "BOL",
    "BOSNIA AND HERZEGOVINA": "BIH", "BRAZIL": "BRA", "BULGARIA": "BGR", "CANADA": "CAN",
    "CHILE": "CHL", "CHINA": "CHN", "COLOMBIA": "COL", "COSTA RICA": "CRI", "CROATIA": "HRV",
    "CUBA": "CUB", "CZECH REPUBLIC": "CZE", "CZECHOSLOVAKIA": "CSK", "DENMARK": "DNK",
    "DOMINICA, COMMONWEALTH OF": "DMA", "ECUADOR": "ECU", "EGYPT": "EGY", "EL SALVADOR": "SLV",
    "SALVADOR": "SLV", "ESTONIA": "EST", "FINLAND": "FIN", "FRANCE": "FRA", "GERMANY": "DEU",
    "GERMANY FEDERAL REPUBLIC": "DEU", "GREECE": "GRC", "GUATEMALA": "GTM", "HAITI": "HTI",
    "HONDURAS": "HND", "HUNGARY": "HUN", "ICELAND": "ISL", "INDIA": "IND", "IRAQ": "IRQ",
    "ISRAEL": "ISR", "ITALY": "ITA", "JAPAN": "JPN", "KOSOVO": "XKX", "KUWAIT": "KWT",
    "LATVIA": "LVA", "LIBERIA": "LBR", "LITHUANIA": "LTU", "LUXEMBOURG": "LUX", "MALAWI": "MWI",
    "MEXICO": "MEX", "MONACO": "MCO", "MONTENEGRO": "MNE", "NAURU": "NRU", "NEPAL": "NPL",
    "NETHERLANDS THE": "NLD", "NEW GUINEA": None, "NEW ZEALAND": "NZL", "NICARAGUA": "NIC",
    "NORWAY": "NOR", "ORANGE FREE STATE": None, "PANAMA": "PAN", "PARAGUAY": "PRY", "PERU": "PER",
    "POLAND": "POL", "PORTUGAL": "PRT", "PRUSSIA": None, "ROMANIA": "ROU", "ROUMANIA": "ROU",
    "RUSSIA": "RUS", "RWANDA-URUNDI": None, "SAN MARINO": "SMR", "SAUDI ARABIA": "SAU",
    "SERB-CROAT-SLOVENE STATE": "YUG", "SERBIA": "SRB", "SERBIA AND MONTENEGRO": "SCG",
    "SIAM": "THA", "SLOVAK REPUBLIC": "SVK", "SOUTH AFRICA": "ZAF", "SPAIN": "ESP",
    "SWEDEN": "SWE", "SWEDEN AND NORWAY": ["SWE", "NOR"], "SWITZERLAND": "CHE", "TONGA": "TON",
    "TRANSJORDAN": "JOR", "TURKEY": "TUR", "UNITED KINGDOM": "GBR",
    "UNITED STATES OF AMERICA": "USA", "URUGUAY": "URY", "WESTERN SAMOA": "WSM",
    "YUGOSLAVIA": "YUG", "YUGOSLAVIA, FEDERAL REPUBLIC OF": "SCG", "ZAMBIA": "ZMB",
}

# Names the source lists that stand for the historical state of another id: said in the note.
HISTORICAL = {
    "RUSSIA": "the Russian Empire (RUS in the data)",
    "SIAM": "Siam (THA in the data)",
    "SERB-CROAT-SLOVENE STATE": "the Kingdom of the Serbs, Croats and Slovenes (YUG in the data, which stands for Yugoslavia)",
    "SWEDEN AND NORWAY": "the union of Sweden and Norway (recorded for SWE and NOR)",
    "TRANSJORDAN": "Transjordan (JOR in the data)",
    "SERBIA": "the Kingdom of Serbia (Servia)",
}

# Records left out, with the reason (reported, not written).
SKIP = {
    58870: "title is an agreement on the upkeep of war graves (subject WAR CRIMINALS in the source)",
    75414: "title is an agreement on postal parcels (subject EXTRADITION in the source)",
    58243: "the source marks the record 'ERROR'; the same notes are record 58254",
}

# Records whose parties the title names differently from the capitals in country_name.
PARTIES: dict[int, tuple[list[str], str]] = {
    74902: (["CAN", "USA"], "a protocol between Canada and the United States"),
    74361: (["CAN", "USA"], "a convention between Canada and the United States; UK Treaties Online lists the United Kingdom, which signed for Canada"),
    73144: (["USA", "ZAF"], "a treaty between the United States and South Africa; UK Treaties Online also lists the United Kingdom"),
    58944: (["EST", "ZAF"], "an exchange of notes between South Africa and Estonia"),
    59424: (["GBR", "SAU"], "the United Kingdom acting on behalf of the Sheikh of Kuwait; UK Treaties Online lists Kuwait, which is recorded as a successor"),
    58714: (["IRQ", "TUR"], "a treaty between Iraq and Turkey; UK Treaties Online lists the United Kingdom, then the mandatory power for Iraq"),
    59158: (["IRQ", "SYR"], "a provisional convention between Iraq and Syria (both under mandate); UK Treaties Online lists the United Kingdom and Iraq"),
    59162: (["IRQ", "SAU"], "a treaty between Hejaz (recorded as SAU, its successor in the data) and Iraq; UK Treaties Online lists the United Kingdom and Iraq"),
    76128: (["EGY", "GBR"], "an agreement between Egypt and Palestine, for which the United Kingdom acted as mandatory power"),
    73885: (["GBR", "ZAF"], "an agreement between the Federation of Rhodesia and Nyasaland (no id in the data; the United Kingdom answered for it) and South Africa; UK Treaties Online lists it three times (records 73885, 74022, 74073) with Malawi and Zambia"),
}
MERGED = {74022: 73885, 74073: 73885}  # duplicates of one agreement
# Successors the source lists, per record (recorded only with --timeline).
SUCCESSORS: dict[int, list[tuple[str, str | None]]] = {
    78926: [("YUG", "SRB"), ("SCG", "SRB"), ("BIH", "SRB"), ("HRV", "SRB"), ("MNE", "SRB"), ("XKX", "SRB")],
    58864: [("CZE", "CSK"), ("SVK", "CSK")],
    58980: [("BLZ", "GBR"), ("DMA", "GBR")],
    59424: [("KWT", "GBR")],
}
# Capitals that are listed besides the signatories and are neither: said in scope.
DOMINIONS = {"AUS", "NZL", "ZAF", "IND", "CAN", "NRU", "WSM", "JOR", "ISL"}

SUBJECTS = [  # (pattern on the title, id suffix, purpose text)
    (r"prolong", "extradition-prolongation", "prolongs the duration of the extradition treaty"),
    (r"cancell", "extradition-protocol", "protocol on the end of an earlier extradition convention"),
    (r"\brevives?\b", "extradition-revival", "revives the extradition treaty after the war"),
    (r"rights of the governments", "extradition-mandate", "applies the parties' treaties, extradition included, to a mandated territory"),
    (r"conveyance of persons in custody", "transit-of-prisoners", "conveyance of persons in custody through the other's territory"),
    (r"\bexten|\bapplication\b|\bapplying\b|\baccession\b|continued application", "extradition-extension", "extends the extradition treaty to further territories"),
    (r"supplement", "extradition-supplementary", "supplements the extradition treaty"),
    (r"amend|modif|rectif", "extradition-amendment", "amends the extradition treaty"),
    (r"^protocol|^declaration|^notes|^exchange of notes", "extradition-protocol", "protocol, declaration or notes on the extradition treaty"),
    (r"commerce|friendship|amity|privileges|peace", "extradition-clauses", "extradition clauses in a wider treaty"),
]


def iso(d: str | None) -> str | None:
    """DD/MM/YYYY -> YYYY-MM-DD; None for an empty date."""
    if not d:
        return None
    day, month, year = d.split("/")
    return f"{year}-{month}-{day}"


def subject(rec: dict) -> tuple[str, str]:
    title = rec["title"].strip()
    if rec["subject"] == "DRUGS":
        return "narcotics", "control of the trade in opium and other narcotic drugs (import and export certificates)"
    if rec["subject"] == "WAR CRIMINALS":
        return "war-criminals", "surrender of war criminals"
    low = re.sub(r"\s*[\[(]with [^\])]*[\])]", "", title.lower())
    if rec["subject"] == "SLAVERY" and "boundaries" in low:
        return "extradition-webster-ashburton", "art. X: giving up of criminals fugitive from justice (Webster-Ashburton Treaty)"
    if rec["subject"] == "SLAVERY":
        return "extradition-slave-trade", "mutual surrender of criminals fugitive from justice, with the suppression of the slave trade"
    for pattern, suffix, text in SUBJECTS:
        if re.search(pattern, low):
            return suffix, text
    return "extradition", "the whole treaty: mutual surrender of fugitive criminals"


def refs(rec: dict) -> str:
    out = []
    for part in (rec.get("references") or "").split(";"):
        name = part.split("||")[0].strip()
        name = re.sub(r"/0: 0$", "", name).strip()
        if name.startswith(("Treaty Series", "UN Registration", "Country Series")):
            out.append(name)
    return "; ".join(out)


def build(records: list[dict], timeline: bool) -> tuple[list[dict], list[str]]:
    out: list[dict] = []
    report: list[str] = []
    for rec in sorted(records, key=lambda r: (iso(r["signed_event_date"]), r["id"])):
        rid = rec["id"]
        if rid in SKIP:
            report.append(f"skipped {rid}: {SKIP[rid]}")
            continue
        if rid in MERGED:
            report.append(f"merged {rid} into {MERGED[rid]}")
            continue
        names = [t.strip() for t in rec["country_name"].split(";")]
        caps = [n for n in names if n.isupper() or n == "NETHERLANDS THE"]
        territories = [n for n in names if n not in caps and n != "All Territories under UK Sovereignty"]
        notes: list[str] = []
        missing = [n for n in caps if n in NAMES and NAMES[n] is None]
        unknown = [n for n in caps if n not in NAMES]
        if unknown:
            raise SystemExit(f"record {rid}: no mapping for {unknown}")
        successors = dict(SUCCESSORS.get(rid, []))
        if rid in PARTIES:
            ids, why = PARTIES[rid]
            notes.append(f"Parties as the title names them: {why}.")
        else:
            ids = []
            for n in caps:
                v = NAMES[n]
                for c in ([v] if isinstance(v, str) else (v or [])):
                    if c not in ids and c not in successors:
                        ids.append(c)
            # states listed besides the two signatories (dominions, mandates): scope, not parties
            title = rec["title"]
            extra = [c for c in ids if c in DOMINIONS and c != "GBR"]
            signatories = [c for c in ids if c not in extra]
            if len(signatories) < 2 and extra:
                signatories.append(extra.pop(0))
            named = [c for c in extra if any(w in title for w in _TITLE_NAMES.get(c, ()))]
            ids = signatories + named
            listed = [c for c in extra if c not in named]
            if listed:
                territories = [_COUNTRY_NAMES[c] for c in listed] + territories
        for n in caps:
            if n in HISTORICAL and NAMES.get(n) and any(NAMES[n] == c or (isinstance(NAMES[n], list) and c in NAMES[n]) for c in ids):
                notes.append(f"The source's party {n.title()} is {HISTORICAL[n]}.")
        if missing:
            notes.append("The source also lists " + ", ".join(m.title() for m in missing)
                         + ", which has no country id in the data: left out.")
        if len(ids) < 2:
            report.append(f"skipped {rid}: fewer than two parties with an id ({caps})")
            continue
        signed = iso(rec["signed_event_date"])
        eif = iso(rec.get("definative_eif_event_date"))
        if eif and signed and (eif < signed or int(eif[:4]) - int(signed[:4]) > 60):
            notes.append(f"UK Treaties Online gives entry into force {eif}, "
                         f"{'before the signature' if eif < signed else 'evidently a typing error'}: left out.")
            eif = None
        term = iso(rec.get("terminated_event_effective_date")) or iso(rec.get("terminated_event_date"))
        if rec.get("terminated_event_date") and rec.get("terminated_event_effective_date") \
                and rec["terminated_event_date"] != rec["terminated_event_effective_date"]:
            notes.append(f"Termination notified {iso(rec['terminated_event_date'])}, effective {term}.")
        suffix, purpose = subject(rec)
        # the id names the two sides; a third state signing as such (Sweden and Norway, Austria and
        # Hungary) makes it trilateral, a dominion the title names beside the United Kingdom does not
        sides = [c for c in ids if not (c in DOMINIONS and "GBR" in ids and c not in ids[:2])]
        prefix = "bilateral" if len(sides) == 2 else "trilateral"
        iid = f"{prefix}-{'-'.join(sorted(c.lower() for c in sides))}-{signed[:4]}-{suffix}"
        where = rec.get("signed_event_location")
        r = refs(rec)
        notes.insert(0, f"UK Treaties Online record {rid}" + (f" ({r})" if r else "") + "."
                     + (f" Signed at {where}." if where else ""))
        scope = None
        if territories:
            scope = "also applies to or lists: " + ", ".join(territories)
        purposes = {"other" if suffix == "narcotics" else "extradition": purpose}
        parties = []
        for c in ids:
            row = {"party": c, "act": "agreement", "date": signed, "sources": [UKTO]}
            if term and not timeline:
                row["withdrawal"] = term
            parties.append(row)
        if timeline:
            for c, pred in successors.items():
                row = {"party": c, "act": "succession", "successor_of": pred, "effective": None}
                row["note"] = "listed by UK Treaties Online among the states the treaty applies to; from when is not given"
                row["sources"] = [UKTO]
                parties.append(row)
        inst = {
            "id": iid,
            "short": _short(ids, signed, suffix),
            "name": re.sub(r"\s+", " ", rec["title"]).strip(),
            "kind": "bilateral",
            "signed": signed,
            "entry_into_force": eif,
        }
        if timeline:
            inst["terminated"] = term
        inst.update({"who_may_join": "named-parties", "purposes": purposes, "scope": scope,
                     "note": " ".join(notes), "sources": [UKTO], "parties": parties, "_ukto": rid})
        out.append(inst)
    # unique ids: a second record of the same pair, year and kind gets -2, -3 in signature order
    seen: dict[str, int] = {}
    for inst in out:
        base = inst["id"]
        seen[base] = seen.get(base, 0) + 1
        if seen[base] > 1:
            inst["id"] = f"{base}-{seen[base]}"
    if timeline:
        _link(out, report)
    return out, report


_COUNTRY_NAMES = {"AUS": "Australia", "NZL": "New Zealand", "ZAF": "South Africa", "IND": "India",
                  "CAN": "Canada", "NRU": "Nauru", "WSM": "Western Samoa", "JOR": "Transjordan", "ISL": "Iceland"}
_TITLE_NAMES = {"AUS": ("Australia",), "NZL": ("New Zealand",), "ZAF": ("South Africa",), "IND": ("India",),
                "CAN": ("Canada",)}
_SHORT = {"GBR": "UK", "USA": "US", "DEU": "Germany", "RUS": "Russia", "THA": "Siam", "JOR": "Transjordan"}
_NAMES = {c["id"]: c["name"] for c in yaml.safe_load((ROOT / "data" / "countries.yaml").read_text(encoding="utf-8"))["countries"]}


def _short(ids: list[str], signed: str, suffix: str) -> str:
    kind = suffix.replace("extradition-", "extradition ").replace("-", " ")
    first = sorted(ids, key=lambda c: (c not in ("GBR", "USA"), ids.index(c)))
    names = [_SHORT.get(c) or re.sub(r" \(.*\)$", "", _NAMES.get(c, c)) for c in first]
    return f"{'–'.join(names)} {kind} {signed[:4]}"


_MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                          "september", "october", "november", "december"], 1)}


def _title_dates(title: str) -> list[str]:
    """Dates a title refers to ('of 31 March 1873', 'of March 31, 1874', 'of the 4th June, 1878')."""
    low = title.lower().replace(",", " ")
    out = []
    for m in re.finditer(r"(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\s+(\d{4})", low):
        if m.group(2) in _MONTHS:
            out.append(f"{m.group(3)}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}")
    for m in re.finditer(r"([a-z]+)\s+(\d{1,2})\s+(\d{4})", low):
        if m.group(1) in _MONTHS:
            out.append(f"{m.group(3)}-{_MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}")
    return out


def _link(out: list[dict], report: list[str]) -> None:
    """supplements: the principal treaty of the same pair signed on a date the title names;
    replaced_by: a later principal treaty of the pair in force on the day this one ended, or ETS 24."""
    principal = [i for i in out if i["id"].endswith("-extradition") or re.search(r"-extradition-\d$", i["id"])]
    for inst in out:
        pair = {p["party"] for p in inst["parties"] if p["act"] == "agreement"}
        if inst is not None and inst not in principal and "extradition" in inst["id"]:
            for d in _title_dates(inst["name"]):
                hit = [p for p in principal if p["signed"] == d and {q["party"] for q in p["parties"] if q["act"] == "agreement"} == pair]
                if hit:
                    inst["supplements"] = hit[0]["id"]
                    break
        if inst in principal and inst.get("terminated"):
            later = [p for p in principal if p is not inst and p["entry_into_force"] == inst["terminated"]
                     and {q["party"] for q in p["parties"] if q["act"] == "agreement"} == pair]
            if later:
                inst["replaced_by"] = later[0]["id"]
                inst["note"] += (f" Ended on the day {later[0]['id']} entered into force (both dates from UK Treaties Online).")
            elif inst["terminated"] == "1991-05-14" and "GBR" in pair:
                inst["replaced_by"] = "ets-024"
                inst["note"] += (" Ended on 1991-05-14, the day the European Convention on Extradition (ETS 24) entered"
                                 " into force for the United Kingdom (coe-cooperation.yaml, ukts-1991-97); ETS 24 art. 28 supersedes"
                                 " bilateral extradition treaties between its parties.")


# --- writing -----------------------------------------------------------------------------

ORDER = ["id", "short", "name", "aliases", "kind", "parent", "amended_by", "replaces", "replaces_article",
         "supersedes_bilateral", "depositary", "adopted", "signed", "entry_into_force", "terminated",
         "replaced_by", "supplements", "implements", "eif_rule", "who_may_join", "who_may_join_note",
         "purposes", "scope", "note", "sources", "coverage", "parties", "non_parties"]
PARTY_ORDER = ["party", "signature", "act", "date", "entry_into_force", "effective", "withdrawal", "role",
               "successor_of", "note", "declarations", "sources"]
DATE_KEYS = {"adopted", "signed", "entry_into_force", "terminated", "date", "signature", "effective", "withdrawal", "as_of", "since", "until"}


def scalar(key: str, v: object) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, date):
        v = v.isoformat()
    s = str(v)
    if key in DATE_KEYS:
        return f'"{s}"'
    plain = yaml.safe_dump(s, default_flow_style=True, width=10_000, allow_unicode=True).strip()
    if plain.endswith("\n..."):
        plain = plain[:-4].strip()
    if plain.endswith("..."):
        plain = plain[:-3].strip()
    return plain


def flow_list(v: list) -> str:
    return "[" + ", ".join(scalar("", x) for x in v) + "]"


def emit_mapping(d: dict, order: list[str], indent: str, first: str) -> list[str]:
    keys = [k for k in order if k in d] + [k for k in d if k not in order]
    lines: list[str] = []
    lead = first
    for k in keys:
        v = d[k]
        if k.startswith("_"):
            continue
        if v is None and k not in ("entry_into_force", "date"):
            continue
        if isinstance(v, list) and not v and k not in ("sources",):
            continue
        if isinstance(v, dict):
            lines.append(f"{lead}{k}:")
            for kk, vv in v.items():
                if isinstance(vv, (dict, list)) and not (isinstance(vv, list) and all(not isinstance(x, (dict, list)) for x in vv)):
                    lines.extend(_block(kk, vv, indent + "  "))
                elif isinstance(vv, list):
                    lines.append(f"{indent}  {kk}: {flow_list(vv)}")
                else:
                    lines.append(f"{indent}  {kk}: {scalar(kk, vv)}")
        elif isinstance(v, list) and v and isinstance(v[0], dict):
            lines.append(f"{lead}{k}:")
            for item in v:
                if k == "parties" and _flat(item):
                    keys = [kk for kk in PARTY_ORDER if kk in item] + [kk for kk in item if kk not in PARTY_ORDER]
                    cells = [f"{kk}: {flow_list(item[kk]) if isinstance(item[kk], list) else scalar(kk, item[kk])}"
                             for kk in keys if item[kk] is not None or kk == "date"]
                    lines.append(f"{indent}  - {{{', '.join(cells)}}}")
                else:
                    lines.extend(emit_mapping(item, PARTY_ORDER, indent + "    ", indent + "  - "))
        elif isinstance(v, list):
            lines.append(f"{lead}{k}: {flow_list(v)}")
        else:
            lines.append(f"{lead}{k}: {scalar(k, v)}")
        lead = indent
    return lines


def _flat(row: dict) -> bool:
    """A party row short enough for one line: no declarations, no note."""
    return not row.get("declarations") and not row.get("note") and all(
        not isinstance(v, (dict, list)) or k == "sources" for k, v in row.items())


def _block(key: str, value: object, indent: str) -> list[str]:
    text = yaml.safe_dump({key: value}, sort_keys=False, allow_unicode=True, width=10_000, default_flow_style=False)
    return [indent + line for line in text.rstrip("\n").split("\n")]


def write(doc: dict, header: str, path: Path) -> None:
    lines = [header.rstrip("\n"), "", "schema: 1", "", "sources:"]
    for key in sorted(doc["sources"]):
        lines.extend(emit_mapping(doc["sources"][key], ["title", "url", "as_of", "note"], "    ", f"  {key}:\n    "))
    for section in ("countries", "groups"):
        if doc.get(section):
            lines.append("")
            lines.extend(_block(section, doc[section], ""))
    lines += ["", "instruments:"]
    for inst in sorted(doc["instruments"], key=lambda i: i["id"]):
        lines.extend(emit_mapping(inst, ORDER, "    ", "  - "))
        lines.append("")
    if doc.get("bilateral_coverage"):
        lines.append("bilateral_coverage:")
        for row in sorted(doc["bilateral_coverage"], key=lambda r: r["country"]):
            lines.extend(emit_mapping(row, ["country", "purposes", "searched", "as_of", "note"], "    ", "  - "))
        lines.append("")
    for section in ("bridges", "non_recognition"):
        if doc.get(section):
            lines.extend(_block(section, doc[section], ""))
            lines.append("")
    path.write_text("\n".join(lines).rstrip("\n") + "\n", encoding="utf-8")


def header_of(path: Path) -> str:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        out.append(line)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--incoming", type=Path, default=INCOMING)
    ap.add_argument("--data", type=Path, default=DATA)
    ap.add_argument("--timeline", action="store_true", help="write terminated/replaced_by/supplements and successor rows")
    ap.add_argument("--write", action="store_true", help="merge into the data file (records already there win)")
    args = ap.parse_args(argv)
    records = json.loads(args.incoming.read_text(encoding="utf-8"))
    built, report = build(records, args.timeline)
    doc = yaml.safe_load(args.data.read_text(encoding="utf-8"))
    have = {i["id"] for i in doc["instruments"]}
    new = [i for i in built if i["id"] not in have]
    for line in report:
        print(line, file=sys.stderr)
    print(f"{len(built)} records from {len(records)} source records; {len(new)} not yet in {args.data.name}", file=sys.stderr)
    if not args.write:
        for i in new:
            print(i["id"], i["signed"], i["entry_into_force"], [p["party"] for p in i["parties"]])
        return 0
    doc["sources"].setdefault(UKTO, UKTO_SOURCE)
    doc["instruments"].extend(new)
    write(doc, header_of(args.data), args.data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
