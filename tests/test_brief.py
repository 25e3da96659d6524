"""octreaty.brief: the Markdown briefing on the mini data."""

from __future__ import annotations

from dataclasses import replace

from octreaty.brief import brief, diagram

from .conftest import DAY
from .test_cli import golden


def test_brief_kosovo_hungary_golden(mini_q, mini_data):
    text = brief(mini_q.link("XKX", "HUN", DAY, explain="full"), mini_data)
    golden("brief-xkx-hun.md", text)


def test_brief_albania_italy_police_golden(mini_q, mini_data):
    text = brief(mini_q.link("ALB", "ITA", DAY, purpose="police", explain="full"), mini_data)
    golden("brief-alb-ita-police.md", text)


def test_brief_parts(mini_q, mini_data):
    text = brief(mini_q.link("XKX", "HUN", DAY, explain="full"), mini_data)
    assert text.startswith("# Cooperation between Kosovo and Hungary\n")
    assert "```mermaid\ngraph LR\n" in text
    assert '  c_XKX -.->|"via UNMIK"| i_interpol\n' in text
    assert "| UNTOC | Kosovo | cannot-join: not a member of the United Nations |" in text
    assert ("- `unmik`: UNMIK's role concerning INTERPOL notices. "
            "<https://unmik.unmissions.org/unmik%E2%80%99s-role-concerning-interpol-notices> (undated)") in text
    assert ("- `decree`: Kosovo presidential decree DMN-016-2013. <https://example.org/decree> (as of 2013-09-04)"
            in text)


def test_without_steps_says_so(mini_q, mini_data):
    text = brief(replace(mini_q.link("ALB", "ITA", DAY), steps=()), mini_data)
    assert "## Reasoning\n\nNot computed" in text


def test_diagram_pair_only(mini_q, mini_data):
    assert diagram(mini_q.link("ALB", "CIV", DAY, purpose="extradition"), mini_data) == (
        "graph LR\n"
        '  c_ALB["Albania"]\n'
        '  c_CIV["Côte d\'Ivoire"]\n'
        '  i_untoc(["UNTOC"])\n'
        "  c_ALB --> i_untoc\n"
        "  c_CIV --> i_untoc\n")
