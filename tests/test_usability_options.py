"""Issue 14, items 3, 4 and 7: common options on every command, groups, filters, brief formats, pictures."""

from __future__ import annotations

import csv
import io
import json

import pytest
import typer.main

from octreaty.cli import app

from .conftest import MINI, invoke, mini

# README: "Every query takes --format, --as-of, --check, --data-dir, --no-cache, --debug and --no-color"
COMMON = {"--format", "--as-of", "--check", "--data-dir", "--no-cache", "--debug", "--no-color"}
# where one of them means something else, and why
OWN_MEANING = {
    ("import", "untc"): {"--as-of"},  # the date the status file speaks for, which the file does not say
}


def _commands():
    """(path, click command) for every command of the Typer app, sub-apps included."""
    root = typer.main.get_command(app)

    def walk(group, path):
        for name, cmd in sorted(group.commands.items()):
            if hasattr(cmd, "commands"):
                yield from walk(cmd, (*path, name))
            else:
                yield (*path, name), cmd

    return list(walk(root, ()))


def test_the_command_table_is_walked_whole():
    names = {" ".join(p) for p, _ in _commands()}
    assert {"link", "why", "path", "ratified", "parties", "channels", "matrix", "groups", "brief", "export", "diff",
            "instruments", "countries", "show", "sources", "check", "schema", "import untc"} <= names


@pytest.mark.parametrize("path, cmd", _commands(), ids=lambda x: " ".join(x) if isinstance(x, tuple) else "")
def test_every_command_takes_the_common_options(path, cmd):
    opts = {o for p in cmd.params for o in (*p.opts, *p.secondary_opts)}
    assert COMMON <= opts, f"octreaty {' '.join(path)} lacks {sorted(COMMON - opts)}"


@pytest.mark.parametrize("args", [
    ["link", "albania", "italy"], ["why", "albania", "italy"], ["path", "kosovo", "italy"],
    ["ratified", "albania"], ["parties", "untoc"], ["channels", "kosovo"], ["matrix"], ["groups"],
    ["brief", "albania", "italy"], ["export", "--format", "mermaid"], ["diff", "--since", "2000-01-01"],
    ["instruments"], ["countries"], ["show", "untoc"], ["sources"], ["check"], ["schema", "link"],
])
def test_every_command_runs_with_the_flags_a_wrapper_always_passes(args):
    """A wrapper that always adds --no-color, --check and --as-of does not break any command."""
    r = invoke(*args, "--no-color", "--as-of", "2026-11-29", "--data-dir", str(MINI), "--no-cache")
    assert r.stdout


def test_brief_formats_and_output_file(tmp_path):
    doc = json.loads(mini("brief", "kosovo", "hungary", "--format", "json").stdout)
    assert (doc["schema"], doc["command"]) == (2, "brief")
    assert doc["document"]["text"].startswith("# Cooperation between Kosovo and Hungary\n")
    assert {"results", "explanation", "sources"} <= set(doc)
    html = mini("brief", "kosovo", "hungary", "--format", "html").stdout
    assert html.startswith("<!DOCTYPE html>\n") and "<h1>Cooperation between Kosovo and Hungary</h1>" in html
    assert '<pre class="mermaid">gantt' in html
    target = tmp_path / "kh.md"
    r = mini("brief", "kosovo", "hungary", "-o", str(target))
    assert r.stdout == "" and r.stderr == f"octreaty: wrote {target}\n"
    first = target.read_text(encoding="utf-8")
    assert first.startswith("# Cooperation between Kosovo and Hungary\n")
    again = mini("brief", "albania", "italy", "-o", str(target), expect=2)
    assert again.stderr.splitlines() == [f"octreaty: error: {target} exists",
                                        "octreaty: hint: add --force to replace it, or choose another file"]
    assert target.read_text(encoding="utf-8") == first
    mini("brief", "albania", "italy", "-o", str(target), "--force")
    assert target.read_text(encoding="utf-8").startswith("# Cooperation between Albania and Italy\n")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kh.md"]  # no temporary file left
    bad = mini("brief", "albania", "italy", "--format", "csv", expect=2)
    assert bad.stderr.startswith("octreaty: error: brief has no format 'csv'")


def test_brief_timeline_is_a_gantt_of_when_each_basis_became_usable():
    out = mini("brief", "albania", "italy").stdout
    # UNTOC: Italy's deposit 2006-08-02, in force 2006-09-01 (untc-untoc); INTERPOL: Albania a member since 1991
    assert ("## Timeline\n\n```mermaid\ngantt\n  title When each basis became usable between Albania and Italy\n"
            "  dateFormat YYYY-MM-DD\n  axisFormat %Y\n  section Conventions\n"
            "  UNTOC :2006-09-01, 2026-11-29\n  Trafficking Protocol :2006-09-01, 2026-11-29\n"
            "  section Organisations\n  INTERPOL (1991) :1991-12-31, 2026-11-29\n```\n") in out


def test_groups_lists_every_group_with_its_members():
    rows = list(csv.DictReader(io.StringIO(mini("groups", "--format", "csv").stdout)))
    by_id = {r["id"]: r for r in rows}
    assert by_id["interpol"]["kind"] == "organisation"
    # the mini data's INTERPOL members (interpol-members): all but Kosovo
    assert by_id["interpol"]["members"] == "ALB CIV HUN ITA"
    assert by_id["un"]["kind"] == "un"


def test_group_takes_several_groups_and_ad_hoc_lists():
    one = json.loads(mini("matrix", "--group", "ALB,XKX,HUN", "--format", "json").stdout)
    assert [(r["a"], r["b"]) for r in one["results"]] == [("ALB", "HUN"), ("ALB", "XKX"), ("HUN", "XKX")]
    assert one["query"]["group"] == "ALB,XKX,HUN"
    joined = json.loads(mini("matrix", "--group", "interpol", "--group", "XKX", "--format", "json").stdout)
    assert len(joined["results"]) == 10  # ALB, CIV, HUN, ITA and Kosovo: 5 countries, 10 pairs
    bad = mini("matrix", "--group", "balkans", expect=3)
    assert bad.stderr.splitlines()[1] == "octreaty: hint: list the known names with 'octreaty groups'"


def test_matrix_of_a_group_has_a_grid():
    out = mini("matrix", "--group", "ALB,ITA,HUN", "--format", "table").stdout
    assert "\n               ALB  HUN  ITA\n" in out
    assert "\n  ALB Albania  -    2    3\n" in out


def test_diff_filters_by_country_and_group_and_names_agreement_parties():
    rows = list(csv.DictReader(io.StringIO(mini("diff", "--since", "2000-01-01", "--until", "2026-11-29",
                                                "--format", "csv").stdout)))
    agreement = [r for r in rows if r["kind"] == "new-agreement"]
    assert [(r["country"], r["name"]) for r in agreement] == [("XKX HUN", "Kosovo; Hungary")]
    only = list(csv.DictReader(io.StringIO(mini("diff", "--since", "2000-01-01", "--until", "2026-11-29",
                                                "--country", "kosovo", "--format", "csv").stdout)))
    assert {r["kind"] for r in only} == {"new-agreement"} and all("XKX" in r["country"].split() for r in only)
    grouped = mini("diff", "--since", "2000-01-01", "--until", "2026-11-29", "--group", "ALB,ITA",
                   "--format", "json").stdout
    doc = json.loads(grouped)
    assert doc["query"]["countries"] == ["ALB", "ITA"]
    assert {r["country"] for r in doc["results"]} <= {"ALB", "ITA"} and doc["results"]


def test_export_country_view_one_edge_per_pair():
    out = mini("export", "--format", "mermaid", "--view", "countries", "--group", "ALB,ITA,XKX,HUN").stdout
    assert out.startswith('graph LR\n  ALB["Albania"]\n')
    edges = [line for line in out.splitlines() if "|" in line]
    assert '  ALB ---|"1 conv., 1 org."| ITA' in edges or any(e.startswith("  ALB ---|") and e.endswith("| ITA")
                                                             for e in edges)
    assert len(edges) == len({(e.split()[0], e.split()[-1]) for e in edges})  # one edge per pair
    assert '  HUN ---|"1 bilat., 1 bridge"| XKX' in edges  # the 2013 agreement (decree) and UNMIK (unmik)
    bad = mini("export", "--format", "dot", "--view", "countries", expect=2)
    assert "drawn in Mermaid only" in bad.stderr


def test_export_json_has_the_envelope():
    doc = json.loads(mini("export", "--format", "json").stdout)
    assert list(doc)[:5] == ["schema", "command", "query", "data_as_of", "results"]
    assert doc["command"] == "export" and "untc-untoc" in doc["sources"]
    import networkx as nx

    g = nx.node_link_graph(doc, edges="edges")  # the whole answer loads as the graph
    assert doc["results"] == {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    assert g.nodes["c:ALB"]["label"] == "Albania"


def test_completion_offers_option_values():
    from octreaty.cli import _choices, complete_group

    assert _choices("all", "extradition", "mla", "police", "joint_investigations")("j") == ["joint_investigations"]
    groups = [v for v, _ in complete_group("inter")]
    assert groups == ["interpol"]
    assert ("ALB,ITA", "Italy") in complete_group("ALB,IT")


def test_joint_investigations_is_a_purpose_where_the_library_answers_it():
    from octreaty.cli import _purpose, _purposes

    if "joint_investigations" in _purposes():
        assert _purpose("joint-investigations") == _purpose("JIT") == "joint_investigations"
        # UNTOC art. 19 (the shipped data's purposes for untoc): both are parties (untc-xviii12-2024)
        doc = json.loads(invoke("link", "albania", "italy", "--for", "jit", "--as-of", "2026-04-25",
                                "--format", "json").stdout)
        assert "untoc" in {r["instrument"]["id"] for r in doc["results"] if r["section"] == "shared"}
    else:  # refused in one line, never a traceback
        r = mini("link", "albania", "italy", "--for", "joint_investigations", expect=2)
        assert r.stderr.startswith("octreaty: error: --for joint_investigations is not answered by this version")


def _bash_complete(words: str, cword: int) -> list[str]:
    import os
    import subprocess
    import sys

    env = {**os.environ, "_OCTREATY_COMPLETE": "complete_bash", "COMP_WORDS": words, "COMP_CWORD": str(cword)}
    r = subprocess.run([sys.executable, "-m", "octreaty"], env=env, capture_output=True, text=True, timeout=60)
    return r.stdout.split()


def test_completion_gives_one_shell_word_per_name_that_resolves():
    """Bash splits completions at spaces: a multi-word name comes hyphenated, and it resolves."""
    got = _bash_complete("octreaty link united", 2)
    assert "united-kingdom-of-great-britain-and-northern-ireland" in got
    assert "united-states-of-america" in got
    assert all(" " not in g and "'" not in g for g in got)
    r = invoke("ratified", "united-states-of-america", "--format", "json", "--as-of", "2026-04-25")
    assert json.loads(r.stdout)["country"]["id"] == "USA"
    assert _bash_complete("octreaty link cote", 2) == ["cote-d-ivoire"]


def test_completion_of_option_values():
    assert _bash_complete("octreaty link albania italy --for ex", 5) == ["extradition"]
    assert _bash_complete("octreaty matrix --format mark", 3) == ["markdown"]
    assert "western-balkans" in _bash_complete("octreaty matrix --group wes", 3)


def test_clicks_own_usage_errors_take_the_tools_one_line_shape():
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "octreaty", "link", "albania", "italy", "--formt", "csv"],
                       capture_output=True, text=True, timeout=60)
    assert (r.returncode, r.stdout) == (2, "")
    assert r.stderr.splitlines() == ["octreaty: error: No such option: --formt (Possible options: --for, --format)",
                                     "octreaty: hint: see 'octreaty link --help'"]
    r = subprocess.run([sys.executable, "-m", "octreaty"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 2 and "Usage: octreaty" in r.stdout + r.stderr


@pytest.mark.parametrize("path", [p for p, _ in _commands()] + [("import",)], ids=" ".join)
def test_every_help_ends_with_examples(path):
    out = invoke(*path, "--help").stdout
    assert "Examples:" in out
    tail = out.split("Examples:")[1]
    assert "Options:" not in tail and f"octreaty {' '.join(path)}" in tail


def test_html_page_escapes_everything_from_the_data():
    from octreaty.htmlpage import page

    md = ("# Between <b>A</b> and B\n\n| Agreement | Sources |\n| --- | --- |\n"
          "| <script>alert(1)</script> \\| x | k<br>j |\n\n"
          "- `k`: a \"title\" <javascript:alert(1)> <https://example.org/a?b=1&c=2> (as of 2020)\n")
    html = page(md, "T</title><script>")
    assert "<script>" not in html and "<b>A</b>" not in html
    assert "<title>T&lt;/title&gt;&lt;script&gt;</title>" in html
    assert "<td>&lt;script&gt;alert(1)&lt;/script&gt; | x</td><td>k<br>j</td>" in html
    assert 'href="javascript' not in html and "&lt;javascript:alert(1)&gt;" in html
    assert '<a href="https://example.org/a?b=1&amp;c=2">' in html
    # what brief's Markdown escaped (sanitize.markdown) reads as the data's own text, once escaped
    assert page("Case a\\_b \\*x\\* &lt;i&gt; R\\&D", "T").count("<p>Case a_b *x* &lt;i&gt; R&amp;D</p>") == 1
