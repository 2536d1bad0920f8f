"""`careerbot understand` and `careerbot code-titles` print what researchers and tests consume."""

from __future__ import annotations

import io
import json

from cli import main


def run(monkeypatch, capsys, argv, stdin=""):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    return code, capsys.readouterr()


def test_understand_prints_request_json(monkeypatch, capsys):
    code, out = run(monkeypatch, capsys, ["understand", "how much do welders make in TX"])
    req = json.loads(out.out)
    assert code == 0
    assert (req["intent"], req["topic"], req["place"]["name"]) == ("job", "salary", "Texas")
    assert req["occupations"][0]["code"] == "51-4121.00"


def test_understand_batch_writes_json_lines(monkeypatch, capsys):
    code, out = run(monkeypatch, capsys, ["understand", "--batch"], "RN vs LPN\nhi\n")
    assert code == 0
    lines = [json.loads(x) for x in out.out.splitlines()]
    assert [x["intent"] for x in lines] == ["compare", "greeting"]


def test_code_titles_writes_tsv(monkeypatch, capsys):
    titles = "Senior Welder\nmedcal secretary\nlol\nteacher\nStaff Nurse II - ICU Float Pool\n"
    code, out = run(monkeypatch, capsys, ["code-titles"], titles)
    assert code == 0
    rows = [r.split("\t") for r in out.out.splitlines()]
    assert rows[0] == ["input", "onet_code", "soc_code", "title", "score", "confident", "runners_up"]
    assert rows[1][:3] == ["Senior Welder", "51-4121.00", "51-4121"] and rows[1][5] == "yes"
    assert rows[2][1:3] == ["43-6013.00", "43-6013"] and float(rows[2][4]) < 100
    assert rows[3] == ["lol", "", "", "", "0.0", "no", ""]
    # A generic word names a group: the largest member is given, not as an answer, with the others after it.
    assert rows[4][5] == "no" and rows[4][2].startswith("25-") and len(rows[4][6].split()) == 3
    assert rows[5][2] == "29-1141" and rows[5][5] == "yes"  # level and float pool are noise


def test_code_titles_reads_a_csv_column(monkeypatch, capsys):
    csv_in = 'id,job\n1,"Nurse, registered"\n2,Medical office administrator\n'
    code, out = run(monkeypatch, capsys, ["code-titles", "--column", "job", "--no-header"], csv_in)
    assert code == 0
    rows = [r.split("\t") for r in out.out.splitlines()]
    assert rows[0][1] == "29-1141.00"
    assert rows[1][1] == "11-9111.00"  # a page profile codes to the O*NET occupation it links to


def test_code_titles_unknown_column_is_a_clear_error(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO("a,b\n1,2\n"))
    try:
        main(["code-titles", "--column", "job"])
    except SystemExit as exc:
        assert "no column 'job'" in str(exc)
    else:
        raise AssertionError("expected a clear error")
