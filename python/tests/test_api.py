"""The Python API gives what the command line gives, as dicts, and works off the GIL."""

import json
import subprocess
import threading
import time

import pytest

import palimpsest


def test_compare_gives_the_command_lines_report(cli, root, seed):
    report = palimpsest.compare(*seed)
    seed_dir = root / "tests/fixtures/seed"
    printed = subprocess.run(
        [cli, "diff", "--format", "json", seed_dir / "putin-v1.txt", seed_dir / "putin-v2.txt"],
        capture_output=True,
        check=False,
    )
    expected = json.loads(printed.stdout)
    assert report["schema"] == expected["schema"] == "palimpsest/report/1"
    assert report["summary"] == expected["summary"]
    assert report["sentences"] == expected["sentences"]
    assert report["quotes"] == expected["quotes"]
    summary = report["summary"]
    assert (summary["old_sentences"], summary["new_sentences"], summary["old_quotes"]) == (16, 17, 8)


def test_options_change_the_comparison_and_bad_ones_are_refused():
    old, new = "Javascript is everywhere.", "JavaScript is everywhere."
    assert palimpsest.compare(old, new)["summary"]["edited"] == 1
    assert palimpsest.compare(old, new, ignore_case=True)["summary"]["unchanged"] == 1
    with pytest.raises(ValueError, match="threshold must be between 0 and 1"):
        palimpsest.compare(old, new, threshold=1.5)
    with pytest.raises(ValueError, match="format must be"):
        palimpsest.compare(old, new, format="pdf")
    around = "The fund opened in May. {} It closes in June."
    old = around.format("Thank you!")
    new = around.format("We cannot fix problems we do not know about, thank you!")
    assert palimpsest.compare(old, new)["summary"]["edited"] == 1
    strict = palimpsest.compare(old, new, pair_in_place=False)
    assert (strict["summary"]["removed"], strict["summary"]["added"]) == (1, 1)
    assert strict["options"]["pair_in_place"] is False


def test_read_finds_sentences_quotations_and_speakers():
    doc = palimpsest.read("“We will try again,” Ana Ruiz said. The vote was 4 to 7.")
    assert [s["text"] for s in doc["sentences"]] == [
        "“We will try again,” Ana Ruiz said.",
        "The vote was 4 to 7.",
    ]
    assert doc["quotes"][0]["speaker"] == "Ana Ruiz"
    assert doc["path"] is None
    markdown = palimpsest.read("---\ntitle: Budget\n---\n\n# Budget\n\nIt passed.", format="markdown")
    assert markdown["format"] == "markdown"
    assert [s["text"] for s in markdown["sentences"]] == ["Budget", "It passed."]


def test_history_follows_a_story():
    h = palimpsest.history(
        ["The mayor resigned. Ruiz said “no comment.”", "The mayor resigned on Monday.", "The mayor resigned on Monday."],
        labels=["first", "second", "third"],
    )
    assert h["schema"] == "palimpsest/history/1"
    assert [v["label"] for v in h["versions"]] == ["first", "second", "third"]
    with pytest.raises(ValueError, match="at least two versions"):
        palimpsest.history(["only one"])
    with pytest.raises(ValueError, match="2 labels for 3 versions"):
        palimpsest.history(["a", "b", "c"], labels=["x", "y"])


def test_batch_line_is_the_batch_commands_line(cli, tmp_path):
    lines = [
        json.dumps({"id": "a", "old": "The vote was 16 to 4.", "new": "The vote was 18 to 4."}),
        json.dumps({"id": 7, "old": "Nothing changed.", "new": "Nothing changed."}),
        json.dumps({"id": "bad", "old": "No new side."}),
        "not json at all",
    ]
    source = tmp_path / "pairs.jsonl"
    source.write_text("\n".join(lines) + "\n")
    for summary_only in (False, True):
        args = [cli, "batch", source] + (["--summary-only"] if summary_only else [])
        printed = subprocess.run(args, capture_output=True, check=True, text=True).stdout
        ours = "".join(
            palimpsest.batch_line(line, number=n, summary_only=summary_only) + "\n"
            for n, line in enumerate(lines, 1)
        )
        assert ours == printed


def test_the_gil_is_released_while_comparing(seed):
    """A Python thread counts while a long comparison runs: with the GIL held by the
    comparison it could only run in the few 5 ms switch intervals around the call."""
    old, new = "\n\n".join([seed[0]] * 150), "\n\n".join([seed[1]] * 150)
    count = [0]
    done = threading.Event()

    def counter():
        while not done.is_set():
            count[0] += 1

    thread = threading.Thread(target=counter)
    thread.start()
    time.sleep(0.2)
    started, before = time.monotonic(), count[0]
    time.sleep(0.2)
    rate = (count[0] - before) / (time.monotonic() - started)
    started, before = time.monotonic(), count[0]
    report = palimpsest.compare(old, new)
    during, took = count[0] - before, time.monotonic() - started
    done.set()
    thread.join()
    assert report["summary"]["old_sentences"] == 16 * 150
    assert took > 0.2, f"the comparison took {took:.3f} s: too short to tell"
    assert during > 0.25 * rate * took, (during, rate, took)
