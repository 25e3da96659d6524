"""Issue 11, classes 1, 4 and 5 for ``import untc``: what a status file holds cannot break the
YAML, a write never loses data (symlinks, backups, full disks, read-only directories), and
any shape of file gives its exit code and one line."""

from __future__ import annotations

import errno
import os
import shutil
import time
from pathlib import Path

import pytest

from octreaty import safeio, untc
from octreaty.load import load

from .conftest import FIXTURES, invoke

XML = FIXTURES / "untc" / "XVIII-12-a.en.xml"
TEXT = XML.read_bytes()
TITLE = b"Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children"


def _import(xml: Path, data: Path, *extra: str, expect: int = 0):
    return invoke("import", "untc", str(xml), "-i", "untoc-tip", "--as-of", "2018-01-15", "--data-dir", str(data),
                  "--format", "csv", *extra, expect=expect)


def _xml(tmp_path: Path, content: bytes, name: str = "status.en.xml") -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


# --- what the file holds cannot change the YAML's structure --------------------------------

HOSTILE_TITLES = [
    b'Evil" title: injected\n  x: [',
    b"colon: and # hash and 'quote' and \\backslash",
    b"C1 controls \x85 \x9b[2J \x80 and a NEL",  # iso-8859-1 bytes: U+0085, U+009B, U+0080
    b"&lt;script&gt;alert(1)&lt;/script&gt; &amp; more",
    b"- list: item\n? key\n--- document",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_a_hostile_title_is_written_as_text_and_the_data_still_loads(tmp_path, mini_copy, title):
    xml = _xml(tmp_path, TEXT.replace(TITLE, title))
    r = _import(xml, mini_copy, "--write")
    assert r.stderr.startswith(f"octreaty: wrote {mini_copy / 'instruments.yaml'} (1 new, 1 changed); backup ")
    data = load(mini_copy)  # loads: the YAML kept its structure
    src = data.sources["untc-xviii-12-a-2018-01-15"]
    expected = " ".join(title.decode("iso-8859-1").replace("&lt;", "<").replace("&gt;", ">")
                        .replace("&amp;", "&").split())
    assert src.title == f"UNTC status: XVIII-12-a ({expected})"
    assert src.note == "imported with octreaty import untc from status.en.xml"


def test_a_hostile_file_name_is_written_as_text(tmp_path, mini_copy):
    name = 'evil" #: \x1b]0;title\x07 \u202e.en.xml'
    xml = _xml(tmp_path, TEXT, name)
    r = _import(xml, mini_copy, "--write")
    assert "\x1b" not in r.stderr and "\x07" not in r.stderr and "\u202e" not in r.stderr
    text = (mini_copy / "instruments.yaml").read_text(encoding="utf-8")
    assert '    note: "imported with octreaty import untc from evil\\" #: \\e]0;title\\a \\u202E.en.xml"\n' in text
    assert load(mini_copy).sources["untc-xviii-12-a-2018-01-15"].note == f"imported with octreaty import untc from {name}"


def test_a_treaty_number_that_is_not_one_is_refused(tmp_path, mini_copy):
    xml = _xml(tmp_path, TEXT.replace(b"<Subnumsect>a</Subnumsect>", b"<Subnumsect>a: x\n- y</Subnumsect>"))
    r = _import(xml, mini_copy, "--write", expect=4)
    assert r.stderr.splitlines() == [
        f"octreaty: error: {xml}: not a UNTC status file: status.en.xml: 'XVIII-12-a: x - y' is not a UNTC treaty "
        "number (such as XVIII-12-a)"]
    assert not list(mini_copy.glob("*.bak"))


def test_participant_names_cannot_become_spreadsheet_formulas(tmp_path, mini_copy):
    xml = _xml(tmp_path, TEXT.replace(b"Atlantis", b"=HYPERLINK(&quot;http://x&quot;)"))
    r = _import(xml, mini_copy)
    assert "unresolved,\"'=HYPERLINK(\"\"http://x\"\"): no country of the data has this name\"\n" in r.stdout
    raw = _import(xml, mini_copy, "--raw-csv")
    assert "unresolved,\"=HYPERLINK(\"\"http://x\"\"): no country of the data has this name\"\n" in raw.stdout


def test_the_new_text_is_loaded_before_it_replaces_the_file(tmp_path, mini_copy, monkeypatch):
    """An edit that would not load (here: a broken apply) is refused and nothing is written."""
    path = mini_copy / "instruments.yaml"
    before = path.read_bytes()
    monkeypatch.setattr(untc, "apply", lambda diff, target, iid: before.decode() + "\n  - broken: [\n")
    r = _import(XML, mini_copy, "--write", expect=4)
    [line, hint] = r.stderr.splitlines()
    assert line.startswith(f"octreaty: error: the updated instruments.yaml would not load, so nothing was written: {path}:")
    assert hint == "octreaty: hint: the data file is unchanged; please report this with the status file"
    assert path.read_bytes() == before
    assert sorted(p.name for p in mini_copy.iterdir()) == ["countries.yaml", "instruments.yaml"]


def test_an_edit_that_breaks_a_reference_is_refused(tmp_path, mini_copy):
    path = mini_copy / "instruments.yaml"
    text = path.read_text(encoding="utf-8")
    with pytest.raises(Exception) as info:
        untc.write_with_backup(path, text.replace("sources: [untc-tip]", "sources: [no-such-source]", 1),
                               [mini_copy / "countries.yaml", path])
    assert "would not load, so nothing was written" in str(info.value)
    assert "unknown source 'no-such-source'" in str(info.value)
    assert path.read_text(encoding="utf-8") == text
    assert not list(mini_copy.glob("*.bak"))


# --- links and backups ------------------------------------------------------------------------


def test_a_symlinked_data_file_is_updated_at_its_target(tmp_path, mini_copy):
    real = tmp_path / "real"
    real.mkdir()
    shutil.move(mini_copy / "instruments.yaml", real / "instruments.yaml")
    (mini_copy / "instruments.yaml").symlink_to(real / "instruments.yaml")
    r = _import(XML, mini_copy, "--write")
    assert r.stderr.splitlines()[0] == (
        f"octreaty: wrote {real / 'instruments.yaml'} (through the link {mini_copy / 'instruments.yaml'}) "
        f"(1 new, 1 changed); backup {real / 'instruments.yaml.bak'}")
    assert (mini_copy / "instruments.yaml").is_symlink()
    assert "untc-xviii-12-a-2018-01-15" in (real / "instruments.yaml").read_text(encoding="utf-8")
    assert "untc-xviii-12-a-2018-01-15" not in (real / "instruments.yaml.bak").read_text(encoding="utf-8")


def test_a_dangling_symlink_is_refused_clearly(tmp_path, mini_copy):
    data = load(mini_copy)
    (mini_copy / "gone.yaml").symlink_to(tmp_path / "nowhere.yaml")
    with pytest.raises(OSError) as info:
        untc.write_with_backup(mini_copy / "gone.yaml", "schema: 1\n")
    assert info.value.errno == errno.ENOENT
    assert not (tmp_path / "nowhere.yaml").exists()
    assert data is not None


def test_a_dangling_bak_symlink_does_not_send_the_backup_elsewhere(tmp_path, mini_copy):
    elsewhere = tmp_path / "elsewhere.yaml"
    (mini_copy / "instruments.yaml.bak").symlink_to(elsewhere)
    before = (mini_copy / "instruments.yaml").read_bytes()
    r = _import(XML, mini_copy, "--write")
    assert not elsewhere.exists()
    assert (mini_copy / "instruments.yaml.bak").is_symlink()
    backup = Path(r.stderr.splitlines()[0].rsplit("backup ", 1)[1])
    assert backup.parent == mini_copy and backup.name.startswith("instruments.yaml.") and backup.suffix == ".bak"
    assert backup.read_bytes() == before


def test_a_full_disk_during_the_backup_leaves_no_partial_backup(tmp_path, mini_copy, monkeypatch):
    before = (mini_copy / "instruments.yaml").read_bytes()
    real_fsync = os.fsync

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    r = _import(XML, mini_copy, "--write", expect=4)
    monkeypatch.setattr(os, "fsync", real_fsync)
    assert r.stderr.splitlines() == [
        f"octreaty: error: cannot write {mini_copy / 'instruments.yaml'}: No space left on device; "
        f"{mini_copy / 'instruments.yaml'} is unchanged",
        "octreaty: hint: free some space, or make the directory writable, and run again",
    ]
    assert (mini_copy / "instruments.yaml").read_bytes() == before
    assert sorted(p.name for p in mini_copy.iterdir()) == ["countries.yaml", "instruments.yaml"]


def test_a_full_disk_during_the_write_keeps_the_file_and_drops_the_backup(tmp_path, mini_copy, monkeypatch):
    before = (mini_copy / "instruments.yaml").read_bytes()
    real = safeio.atomic_write

    def full(path, data, **kw):
        raise OSError(errno.ENOSPC, "No space left on device", str(path))

    monkeypatch.setattr(safeio, "atomic_write", full)
    _import(XML, mini_copy, "--write", expect=4)
    monkeypatch.setattr(safeio, "atomic_write", real)
    assert (mini_copy / "instruments.yaml").read_bytes() == before
    assert sorted(p.name for p in mini_copy.iterdir()) == ["countries.yaml", "instruments.yaml"]


def test_a_read_only_directory_is_one_line_and_exit_4(tmp_path, mini_copy, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system", str(mini_copy / "x"))

    monkeypatch.setattr("tempfile.mkstemp", read_only)
    r = _import(XML, mini_copy, "--write", expect=4)
    assert r.stderr.splitlines()[0] == (
        f"octreaty: error: cannot write {mini_copy / 'x'}: Read-only file system; "
        f"{mini_copy / 'instruments.yaml'} is unchanged")


def test_backups_never_overwrite_one_another(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("one\n")
    first = safeio.backup(path)
    path.write_text("two\n")
    second = safeio.backup(path)
    assert first.name == "f.yaml.bak" and first.read_text() == "one\n"
    assert second != first and second.read_text() == "two\n"
    assert not list(tmp_path.glob(".f.yaml.*"))  # no temporary file left


def test_atomic_write_keeps_the_mode_and_refuses_a_link(tmp_path):
    path = tmp_path / "f.yaml"
    path.write_text("old\n")
    path.chmod(0o640)
    safeio.atomic_write(path, b"new\n")
    assert path.read_text() == "new\n" and path.stat().st_mode & 0o777 == 0o640
    link = tmp_path / "l.yaml"
    link.symlink_to(path)
    with pytest.raises(OSError):
        safeio.atomic_write(link, b"x\n")
    assert path.read_text() == "new\n"


# --- any shape of file ------------------------------------------------------------------------

ROW_WITHOUT_CELLS = TEXT.replace(b"<Tbody>\n          <Rows>", b"<Tbody>\n          <Rows>\n            <Row/>")


@pytest.mark.parametrize("name, content, rows", [
    ("row-without-cells", TEXT.replace(b"<Rows>", b"<Rows><Row/><Row rowsep='0'></Row>", 1), 4),
    ("lower-case-chapter", TEXT.replace(b"CHAPTER XVIII", b"chapter xviii"), 4),
    ("no-chapter", TEXT.replace(b"CHAPTER XVIII", b""), 4),
    ("no-header-row", TEXT.replace(b"<Thead>", b"<Thead><!--").replace(b"</Thead>", b"--></Thead>"), 4),
    ("huge-count", TEXT.replace(b"<Parties>3</Parties>", b"<Parties>" + b"9" * 5000 + b"</Parties>"), 4),
    ("superscript-digit-count", TEXT.replace(b"<Parties>3</Parties>", "<Parties>²</Parties>".encode("latin-1")), 4),
])
def test_odd_shapes_are_read(tmp_path, mini_copy, name, content, rows):
    xml = _xml(tmp_path, content)
    status = untc.parse(xml, as_of="2018-01-15")
    assert len(status.rows) == rows
    assert status.chapter in (18, None)
    _import(xml, mini_copy)


def test_lower_case_chapter_number(tmp_path):
    status = untc.parse(_xml(tmp_path, TEXT.replace(b"CHAPTER XVIII", b"chapter xviii")))
    assert status.chapter == 18
    assert status.url.endswith("&chapter=18")


@pytest.mark.parametrize("name, content, words", [
    ("deep", b"<Document>" + b"<a>" * 200_000 + b"</a>" * 200_000 + b"</Document>", "not a UNTC status file"),
    ("unknown-encoding", b'<?xml version="1.0" encoding="klingon"?><Document/>', "encoded as klingon; UNTC status "
     "files are ISO-8859-1 or UTF-8"),
    ("not-xml", b"\x00\x01binary", "encoded as UTF-16 or UTF-32"),
    ("binary", b"\x01\x02binary", "not well-formed XML"),
    ("empty", b"", "not well-formed XML"),
    ("other-xml", b"<svg/>", "not a UNTC status file (no Treaty"),
    ("doctype", b'<!DOCTYPE x [<!ENTITY a "b">]><Document/>', "DOCTYPE or ENTITY"),
])
def test_files_that_are_not_status_files_are_exit_4(tmp_path, mini_copy, name, content, words):
    xml = _xml(tmp_path, content)
    r = _import(xml, mini_copy, expect=4)
    [line] = r.stderr.splitlines()
    assert line.startswith(f"octreaty: error: {xml}: not a UNTC status file: ") and words in line


def test_a_deep_title_is_read_without_recursion(tmp_path):
    xml = _xml(tmp_path, TEXT.replace(b"<Titlesect>", b"<Titlesect>" + b"<b>" * 100_000 + b"</b>" * 100_000)
               if b"<Titlesect>" in TEXT else
               TEXT.replace(b"<Subtitlesect>", b"<Subtitlesect>" + b"<b>" * 100_000).replace(
                   b"</Subtitlesect>", b"</b>" * 100_000 + b"</Subtitlesect>"))
    assert untc.parse(xml).title == "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children"


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/null", "dir", "fifo"])
def test_only_regular_files_are_read(tmp_path, mini_copy, target):
    if target == "dir":
        target = str(tmp_path)
    elif target == "fifo":
        target = str(tmp_path / "status.xml")
        os.mkfifo(target)
    kinds = {"/dev/zero": "a character device", "/dev/null": "a character device", str(tmp_path): "a directory"}
    r = _import(Path(target), mini_copy, expect=2)
    assert r.stderr.splitlines() == [
        f"octreaty: error: cannot read the status file: {target} is not a regular file but {kinds.get(target, 'a named pipe (FIFO)')}",
        "octreaty: hint: give the path of a UNTC status file (MTDSG XML)",
    ]


def test_a_status_file_over_the_limit_is_refused_unread(tmp_path, mini_copy, monkeypatch):
    monkeypatch.setattr(untc, "MAX_FILE_BYTES", 1000)
    r = _import(XML, mini_copy, expect=2)
    assert r.stderr.splitlines()[0] == f"octreaty: error: cannot read the status file: {XML} is {XML.stat().st_size:,} bytes, over the 1,000 bytes limit"


def test_a_missing_status_file(tmp_path, mini_copy):
    r = _import(tmp_path / "missing.xml", mini_copy, expect=2)
    assert r.stderr.splitlines()[0] == f"octreaty: error: cannot read {tmp_path / 'missing.xml'}: No such file or directory"


# --- work proportional to what is reported -----------------------------------------------------


def _many(n: int) -> bytes:
    rows = b"".join(b"<Row><Entry>Unknownland %d</Entry><Entry>14 Dec 2000</Entry><Entry>22 Dec 2006</Entry></Row>" % i
                    for i in range(n))
    return TEXT.replace(b"<Row>", rows + b"<Row>", 1)


def test_thousands_of_unknown_names_are_reported_quickly(tmp_path, mini_copy):
    xml = _xml(tmp_path, _many(9000))
    start = time.monotonic()
    r = _import(xml, mini_copy)
    assert time.monotonic() - start < 10
    assert r.stdout.count("unresolved,Unknownland ") == 9000


def test_a_file_of_20000_rows_is_refused(tmp_path, mini_copy):
    xml = _xml(tmp_path, _many(20_000))
    r = _import(xml, mini_copy, expect=4)
    assert r.stderr.splitlines() == [
        f"octreaty: error: {xml}: not a UNTC status file: status.en.xml: 20,004 participant rows; "
        "a treaty has a few hundred at most"]


def test_a_file_changed_during_the_update_is_not_overwritten(mini_copy, monkeypatch):
    path = mini_copy / "instruments.yaml"
    real = untc.apply

    def apply_while_someone_edits(diff, target, iid):
        text = real(diff, target, iid)
        path.write_text(path.read_text(encoding="utf-8") + "# an edit made meanwhile\n", encoding="utf-8")
        return text

    monkeypatch.setattr(untc, "apply", apply_while_someone_edits)
    r = _import(XML, mini_copy, "--write", expect=4)
    assert r.stderr.splitlines() == [
        f"octreaty: error: {path} changed while it was being updated, so nothing was written",
        "octreaty: hint: run the import again",
    ]
    assert path.read_text(encoding="utf-8").endswith("# an edit made meanwhile\n")
    assert sorted(p.name for p in mini_copy.iterdir()) == ["countries.yaml", "instruments.yaml"]


def test_atomic_write_keeps_the_owner_when_it_can(tmp_path):
    if os.getuid() != 0:
        pytest.skip("only root can give a file to another user")
    path = tmp_path / "f.yaml"
    path.write_text("old\n")
    os.chown(path, 4242, 4343)
    safeio.atomic_write(path, b"new\n")
    st = path.stat()
    assert (st.st_uid, st.st_gid) == (4242, 4343)


LAUGHS = ('<?xml version="1.0" encoding="{enc}"?>\n<!DOCTYPE d [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;'
          '&a;&a;&a;&a;&a;">]><Document>&b;</Document>')


@pytest.mark.parametrize("enc, codec", [("UTF-16", "utf-16"), ("cp500", "cp500"), ("UTF-32", "utf-32")])
def test_a_doctype_hidden_by_the_encoding_is_refused(tmp_path, mini_copy, enc, codec):
    xml = _xml(tmp_path, LAUGHS.format(enc=enc).encode(codec))
    r = _import(xml, mini_copy, expect=4)
    [line] = r.stderr.splitlines()
    # EBCDIC hides even its own declaration from an ASCII reader: expat cannot read it either
    assert "UNTC status files are ISO-8859-1 or UTF-8" in line or (enc == "cp500" and "not well-formed XML" in line)


def test_a_doctype_after_a_long_comment_is_refused(tmp_path, mini_copy):
    xml = _xml(tmp_path, b'<?xml version="1.0"?><!--' + b"x" * 10_000 + b'--><!DOCTYPE d SYSTEM "file:///etc/passwd">'
               b"<Document/>")
    r = _import(xml, mini_copy, expect=4)
    assert "DOCTYPE or ENTITY declarations are not accepted" in r.stderr


def test_a_country_named_in_two_rows_is_applied_from_neither(tmp_path, mini_copy):
    rows = (b"<Row><Entry>Hungary</Entry><Entry>14 Dec 2000</Entry><Entry>22 Dec 2007</Entry></Row>"
            b"<Row><Entry>HUN</Entry><Entry>14 Dec 2000</Entry><Entry>22 Dec 2008</Entry></Row>")
    xml = _xml(tmp_path, TEXT.replace(b"<Row>", rows + b"<Row>", 1))
    before = (mini_copy / "instruments.yaml").read_text(encoding="utf-8").count("party: HUN")
    r = _import(xml, mini_copy, "--write")
    assert "note,\"HUN: the file names it in 3 rows ('Hungary', 'HUN', 'Hungary'); none of them is applied\"" \
        in r.stdout
    assert (mini_copy / "instruments.yaml").read_text(encoding="utf-8").count("party: HUN") == before
    load(mini_copy)


def test_a_huge_participant_name_is_reported_not_echoed(tmp_path, mini_copy):
    xml = _xml(tmp_path, TEXT.replace(b"Atlantis", b"A" * 5_000_000))
    r = _import(xml, mini_copy)
    assert len(r.stdout) < 2000
    assert "note,\"a participant name of 5,000,000 characters ('AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'...) " \
           "is left out\"" in r.stdout


def test_a_title_of_megabytes_is_refused(tmp_path, mini_copy):
    xml = _xml(tmp_path, TEXT.replace(TITLE, b"T" * 3_000_000))
    r = _import(xml, mini_copy, "--write", expect=4)
    assert r.stderr.splitlines() == [f"octreaty: error: {xml}: not a UNTC status file: status.en.xml: the treaty's "
                                     "title has 3,000,000 characters; a title has a few hundred"]


# --- brief -o FILE: the same rules for the other file octreaty writes ---------------------------


def _brief(path: Path, *extra: str, expect: int = 0):
    from .conftest import MINI

    return invoke("brief", "albania", "italy", "--data-dir", str(MINI), "--as-of", "2026-11-29", "-o", str(path),
                  *extra, expect=expect)


def test_brief_output_never_through_a_dangling_link(tmp_path):
    link = tmp_path / "brief.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    r = _brief(link, expect=2)
    assert r.stderr.splitlines()[0] == f"octreaty: error: {link} exists"
    assert not (tmp_path / "elsewhere.md").exists()


def test_brief_output_follows_a_link_with_force_and_keeps_it(tmp_path):
    real = tmp_path / "real.md"
    real.write_text("old\n")
    real.chmod(0o640)
    link = tmp_path / "brief.md"
    link.symlink_to(real)
    _brief(link, "--force")
    assert link.is_symlink()
    assert real.read_text().startswith("# Cooperation between Albania and Italy")
    assert real.stat().st_mode & 0o777 == 0o640


def test_brief_output_has_the_umask_mode(tmp_path):
    path = tmp_path / "brief.md"
    old = os.umask(0o022)
    try:
        _brief(path)
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o644


def test_brief_output_on_a_full_disk_leaves_nothing(tmp_path, monkeypatch):
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    path = tmp_path / "brief.md"
    r = _brief(path, expect=2)
    assert r.stderr.splitlines() == [
        f"octreaty: error: cannot write {path}: No space left on device; nothing was written",
        "octreaty: hint: give -o a file in a writable directory with free space"]
    assert list(tmp_path.iterdir()) == []


def test_footnote_marks_are_counted_once_and_bounded(tmp_path):
    marks = b",".join(b"%d" % (i % 50) for i in range(20_000))
    xml = _xml(tmp_path, TEXT.replace(b"Atlantis", b"Atlantis&lt;superscript&gt;" + marks + b"&lt;/superscript&gt;"))
    row = next(r for r in untc.parse(xml).rows if r.participant == "Atlantis")
    assert row.notes == tuple(str(i) for i in range(20))
