"""Writers: exact strings for each format on a hand-made Doc."""

import io

from octreaty.render import Doc, Section, write

DOC = Doc(
    title="T",
    payload={"schema": 1, "results": [{"name": "Côte d'Ivoire"}]},
    csv_header=["name", "note"],
    csv_rows=[["Côte d'Ivoire", 'says "yes", then no'], ["A|B", "x\ny"]],
    lead=["Lead."],
    sections=[Section("S", ["Name", "Note"], [["A|B", "x\ny"]]), Section("Empty", ["X"], [], "none here")],
    foot=["Foot."],
)


def _out(fmt: str) -> str:
    buf = io.StringIO()
    write(DOC, fmt, buf, width=60)
    return buf.getvalue()


def test_json_is_utf8_not_escaped():
    assert _out("json") == '{\n  "schema": 1,\n  "results": [\n    {\n      "name": "Côte d\'Ivoire"\n    }\n  ]\n}\n'


def test_csv_quotes_commas_quotes_and_newlines():
    assert _out("csv") == 'name,note\nCôte d\'Ivoire,"says ""yes"", then no"\nA|B,"x\ny"\n'


def test_markdown_escapes_pipes_and_newlines():
    assert _out("markdown") == (
        "## T\n\nLead.\n\n### S\n\n| Name | Note |\n| --- | --- |\n| A\\|B | x<br>y |\n\n"
        "### Empty\n\n_none here_\n\nFoot.\n\n"
    )


def test_table_plain_without_color():
    assert _out("table") == (
        "T\nLead.\n\nS\n\n  Name  Note\n ───────────\n  A|B   x\n        y\n\nEmpty: none here\n\nFoot.\n"
    )
