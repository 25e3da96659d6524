"""The upkeep and export commands through the CLI: check, export, brief, diff, import untc, completion."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import networkx as nx

from .conftest import FIXTURES, MINI, invoke, mini

UNTC = FIXTURES / "untc" / "XVIII-12-a.en.xml"


def test_check_shipped_data_has_no_error():
    r = invoke("check", "--format", "csv")
    rows = r.stdout.splitlines()
    assert rows[0] == "severity,file,line,column,key,problem"
    assert all(row.startswith("warning,") for row in rows[1:])
    assert r.stderr.startswith("octreaty: 0 errors, ")


def test_check_reports_every_problem_with_place(mini_copy):
    path = mini_copy / "instruments.yaml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('{party: ITA, signature: "2000-12-12", act: ratification, date: "2006-08-02", sources: [untc-untoc]}',
                        '{party: ITA, signature: "2000-12-12", act: ratification, date: "2006-08-02", sources: [untc-untoc]}\n'
                        '      - {party: ITA, act: ratification, date: "2006-08-02", sources: [untc-untoc]}')
    text = text.replace('{party: CIV, act: accession, date: null, sources: [untc-tip]}',
                        '{party: CIV, act: accession, date: null, sources: [untc-tip]}\n'
                        '      - {party: HUN, act: accession, date: "1999-01-01", entry_into_force: "1998-01-01", sources: [untc-tip]}')
    path.write_text(text, encoding="utf-8")
    r = invoke("check", "--data-dir", str(mini_copy), "--format", "csv", expect=4)
    problems = [line.split(",", 5) for line in r.stdout.splitlines()[1:]]
    errors = [(p[2], p[5]) for p in problems if p[0] == "error"]
    messages = " | ".join(m for _, m in errors)
    assert "ITA is listed twice as ratification" in messages
    assert "HUN: accession 1999-01-01 is before the Trafficking Protocol was adopted (2000-11-15)" in messages
    assert "HUN: entry into force 1998-01-01 is before its accession 1999-01-01" in messages
    assert all(line.isdigit() and int(line) > 1 for line, _ in errors)
    assert r.stderr.splitlines()[0].startswith("octreaty: 3 errors")


def test_check_protocol_party_without_convention(mini_copy):
    path = mini_copy / "instruments.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace(
        '{party: CIV, act: accession, date: null, sources: [untc-tip]}',
        '{party: CIV, act: accession, date: null, sources: [untc-tip]}\n'
        '      - {party: XKX, act: accession, date: "2010-01-01", sources: [untc-tip]}'), encoding="utf-8")
    r = invoke("check", "--data-dir", str(mini_copy), "--format", "csv", expect=4)
    assert "XKX is a party to the Trafficking Protocol but not to its Convention UNTOC" in r.stdout


def test_check_a_syntax_error_is_one_finding(mini_copy):
    path = mini_copy / "countries.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("  - id: CIV", "  - id: [CIV"), encoding="utf-8")
    r = invoke("check", "--data-dir", str(mini_copy), "--format", "csv", expect=4)
    [finding] = r.stdout.splitlines()[1:]
    assert finding.startswith(f"error,{path},")
    assert "YAML syntax error" in finding


def test_export_graphml_reads_back(tmp_path):
    r = invoke("export", "--format", "graphml", "--as-of", "2026-11-29", "--data-dir", str(MINI))
    path = tmp_path / "g.graphml"
    path.write_text(r.stdout, encoding="utf-8")
    g = nx.read_graphml(path)
    assert {"c:ALB", "c:ITA", "i:untoc", "i:interpol"} <= set(g.nodes)
    assert g.nodes["i:untoc"]["kind"] == "instrument"
    found = g.get_edge_data("c:ALB", "i:untoc")
    edges = list(found.values()) if g.is_multigraph() else [found]
    assert any(e["act"] == "ratification" and e["date"] == "2002-08-21" and e["sources"] == "untc-untoc"
               for e in edges)


def test_export_group_and_mermaid():
    r = invoke("export", "--format", "mermaid", "--group", "interpol", "--as-of", "2026-11-29",
               "--data-dir", str(MINI))
    assert r.stdout.startswith("graph LR\n")
    assert 'c_ALB["Albania"]' in r.stdout
    assert "c_XKX" not in r.stdout  # Kosovo is not an INTERPOL member
    bad = invoke("export", "--format", "pdf", "--data-dir", str(MINI), expect=2)
    assert bad.stderr.splitlines()[0] == "octreaty: error: unknown export format 'pdf'"


def test_brief_has_summary_diagram_and_sources():
    r = mini("brief", "kosovo", "hungary")
    out = r.stdout
    assert out.startswith("# Cooperation between Kosovo and Hungary\n")
    assert "```mermaid" in out
    assert "## Sources" in out and "https://unmik.unmissions.org" in out


def test_diff_lists_changes_in_a_period():
    r = mini("diff", "--since", "2006-01-01", "--until", "2006-12-31", "--format", "csv")
    rows = r.stdout.splitlines()
    assert rows[0] == "date,kind,instrument,short,country,name,precision,text,sources"
    assert any(row.startswith("2006-08-02,new-party,untoc,UNTOC,ITA,Italy,day,") for row in rows)
    assert any(row.startswith("2006-12-22,new-party,untoc,UNTOC,HUN,Hungary,day,") for row in rows)
    bad = invoke("diff", "--since", "2007-01-01", "--until", "2006-01-01", "--data-dir", str(MINI), expect=2)
    assert "--since 2007-01-01 is after --until 2006-01-01" in bad.stderr


def test_import_untc_reports_and_writes_with_backup(mini_copy):
    r = invoke("import", "untc", str(UNTC), "--instrument", "tip protocol", "--as-of", "2018-01-15",
               "--data-dir", str(mini_copy), "--format", "csv")
    kinds = [line.split(",")[0] for line in r.stdout.splitlines()[1:]]
    assert "new" in kinds and "unresolved" in kinds
    before = (mini_copy / "instruments.yaml").read_text(encoding="utf-8")
    invoke("import", "untc", str(UNTC), "-i", "untoc-tip", "--as-of", "2018-01-15", "--write",
           "--data-dir", str(mini_copy), "--format", "csv")
    after = (mini_copy / "instruments.yaml").read_text(encoding="utf-8")
    assert after != before
    assert (mini_copy / "instruments.yaml.bak").read_text(encoding="utf-8") == before
    assert "{party: HUN" in after or "party: HUN" in after.split("id: untoc-tip")[1]
    invoke("countries", "--data-dir", str(mini_copy), "--format", "csv")  # the written data still loads


def test_import_never_writes_the_shipped_package_data(tmp_path):
    # the shipped data in a source checkout is data/, not inside the package: simulate the installed case
    from octreaty import cli
    from octreaty.errors import UsageError

    class Data:
        files = (str(os.path.join(os.path.dirname(cli.__file__), "data", "instruments.yaml")),)

    target = os.path.join(os.path.dirname(cli.__file__), "data")
    if not os.path.isdir(target):
        return  # not an installed package: nothing inside it to protect
    try:
        cli._defining_file(Data, "untoc")
    except UsageError as err:
        assert "shipped inside the package" in str(err)


def test_completion_of_a_partial_country_name():
    env = {**os.environ, "_OCTREATY_COMPLETE": "complete_bash", "COMP_WORDS": "octreaty link hung", "COMP_CWORD": "2"}
    r = subprocess.run([sys.executable, "-m", "octreaty"], env=env, capture_output=True, text=True, timeout=60)
    assert r.stdout.split() == ["hungary"]
    env.update(COMP_WORDS="octreaty parties untoc-", COMP_CWORD="2")
    r = subprocess.run([sys.executable, "-m", "octreaty"], env=env, capture_output=True, text=True, timeout=60)
    assert set(r.stdout.split()) == {"untoc-tip", "untoc-som", "untoc-firearms"}


def test_batch_json_lines(tmp_path):
    batch = tmp_path / "pairs.txt"
    batch.write_text("albania,italy\n# a comment\n\nkosovo\thungary\nnowhere,italy\n", encoding="utf-8")
    r = invoke("link", "--batch", str(batch), "--as-of", "2026-11-29", "--data-dir", str(MINI), expect=3)
    lines = [json.loads(line) for line in r.stdout.splitlines()]
    assert [line["line"] for line in lines] == [1, 4, 5]
    assert lines[0]["query"] == {"a": "ALB", "b": "ITA", "as_of": "2026-11-29", "for": "all"}
    assert lines[2]["error"] == "unknown country 'nowhere'" and lines[2]["exit_code"] == 3
    ok = invoke("link", "--batch", "-", "--data-dir", str(MINI), "--as-of", "2026-11-29")
    assert ok.stdout == ""


def test_matrix_matches_link():
    r = mini("matrix", "--format", "json")
    doc = json.loads(r.stdout)
    rows = {(x["a"], x["b"]): x for x in doc["results"]}
    assert len(rows) == 10  # 5 countries
    alb_ita = rows[("ALB", "ITA")]
    assert (alb_ita["conventions"], alb_ita["organisations"], alb_ita["bases"]) == (2, 1, 3)
    hun_xkx = rows[("HUN", "XKX")]
    assert (hun_xkx["bilateral"], hun_xkx["bridges"], hun_xkx["bases"]) == (1, 1, 2)
    group = mini("matrix", "--group", "interpol", "--format", "csv")
    assert len(group.stdout.splitlines()) == 1 + 6  # ALB CIV HUN ITA: 6 pairs
    unknown = invoke("matrix", "--group", "nato", "--data-dir", str(MINI), expect=3)
    assert unknown.stderr.startswith("octreaty: error: unknown group 'nato'")
