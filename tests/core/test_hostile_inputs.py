"""Issue 11: inputs that used to stop a batch, garble an article or leak a file, each with
its expected outcome (stored under tests/data/hostile/, or built here when git cannot hold
them: names that are not UTF-8, control characters in names, symbolic links)."""

import os
from pathlib import Path

import pytest

from helpers.batch import parse_batch
from helpers.core.articles import article_id_for, load_article
from helpers.core.decoding import ArticleError, decode, shown

from conftest import GOLD, HELDOUT, TESTS

HOSTILE = TESTS / "data" / "hostile"


@pytest.mark.parametrize(
    "name, value",
    [("published_empty", "''"), ("published_zero", "0"), ("published_false", "False"), ("published_null", "None")],
)
def test_empty_publication_dates_keep_the_article_undated(name, value):
    article = load_article(HOSTILE / f"{name}.txt")
    assert article.published is None
    assert any(f"'published' is {value}: kept as undated" in w for w in article.warnings)


@pytest.mark.parametrize(
    "name, replaced", [("utf8_curly_with_cp1252_apostrophe.txt", 1), ("utf8_curly_with_cesu8_emoji.txt", 6)]
)
def test_mostly_utf8_stays_utf8_with_the_bad_bytes_counted(name, replaced):
    article = load_article(HOSTILE / name)
    assert article.encoding == f"utf-8 ({replaced} invalid byte{'s' if replaced > 1 else ''} replaced)"
    assert "\u201cWe are glad they are home" in article.text
    assert "Ä" not in article.text and "â€" not in article.text


def _articles(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md"))


@pytest.mark.parametrize("path", _articles(GOLD) + _articles(HELDOUT), ids=lambda p: p.name)
@pytest.mark.parametrize("stray", [b"\x92", b"\xe9", b"\xff", b"\xed\xa0\xbd"])
def test_one_injected_byte_never_garbles_a_gold_article(path, stray):
    raw = path.read_bytes()
    cut = raw.index(b" ", len(raw) // 2)
    text, encoding = decode(raw[:cut] + stray + raw[cut:], path)
    original = raw.decode("utf-8")
    head = raw[:cut].decode("utf-8")
    assert text.startswith(head) and text.endswith(original[len(head) :]), encoding
    assert len(text) - len(original) in (1, len(stray))


def test_mojibake_decodings_are_refused():
    # UTF-8 curly quotes in a file otherwise in Latin-1: no single decoding is right, and the
    # detector's best guess (mac_latin2 here) turns the quotes into mojibake
    raw = (
        "\u201cFreed\u201d, said the envoy. ".encode()
        + "The café owner said résumé talks were naïve. ".encode("latin-1") * 10
    )
    with pytest.raises(ArticleError, match="m.txt: decoding as .* gives mojibake; save the file as UTF-8"):
        decode(raw, "m.txt")


def test_a_name_that_is_not_utf8_is_parsed_and_shown_escaped(tmp_path):
    raw_dir = tmp_path / "in"
    raw_dir.mkdir()
    name = os.fsdecode(b"caf\xe9.txt")
    (raw_dir / name).write_bytes((HOSTILE / "published_empty.txt").read_bytes())
    (outcome,) = parse_batch([raw_dir], tmp_path / "out")
    assert outcome.status == "parsed", outcome.message
    assert outcome.path.endswith("caf\\xe9.txt") and article_id_for(name) == outcome.article_id
    assert (
        '"path": "' + str(raw_dir).replace("\\", "\\\\") + '/caf\\\\xe9.txt"'
        in (tmp_path / "out" / "batch_summary.json").read_text()
    )


def test_control_characters_in_names_are_escaped():
    assert shown("evil\n\x1b[31mname.txt") == "evil\\n\\x1b[31mname.txt"
    assert shown("a\u202etxt.exe") == "a\\u202etxt.exe"
    with pytest.raises(ArticleError) as err:
        load_article(Path("/nonexistent/evil\n\x1b[2Kname.txt"))
    assert "\n" not in str(err.value) and "\x1b" not in str(err.value)


def test_a_sidecar_that_is_a_link_is_refused(tmp_path):
    secret = tmp_path / "secret.json"
    secret.write_text('{"title": "SECRET FROM ELSEWHERE"}')
    article = tmp_path / "story.txt"
    article.write_bytes((HOSTILE / "published_empty.txt").read_bytes())
    (tmp_path / "story.meta.json").symlink_to(secret)
    with pytest.raises(ArticleError, match="story.meta.json: symbolic link refused as metadata"):
        load_article(article)


def test_a_linked_folder_the_user_names_is_followed(tmp_path):
    real = tmp_path / "shared_drive"
    real.mkdir()
    (real / "story.txt").write_bytes((HOSTILE / "published_empty.txt").read_bytes())
    (tmp_path / "articles").symlink_to(real, target_is_directory=True)
    (outcome,) = parse_batch([tmp_path / "articles"], tmp_path / "out")
    assert outcome.status == "parsed" and outcome.article_id == "story"


def _copy_story(folder: Path, name: str, marker: str = "") -> Path:
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text((HOSTILE / "published_empty.txt").read_text() + marker, encoding="utf-8")
    return path


def test_a_deleted_article_loses_its_tables(tmp_path, caplog):
    raw, out = tmp_path / "in", tmp_path / "out"
    _copy_story(raw, "kept.txt")
    gone = _copy_story(raw, "gone.txt", "\nAnother paragraph.\n")
    parse_batch([raw], out)
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["gone", "kept"]
    gone.unlink()
    with caplog.at_level("INFO", logger="helpers.batch"):
        parse_batch([raw], out)
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == ["kept"]
    assert any(r.getMessage().startswith("removed  gone") for r in caplog.records)


def test_a_byte_identical_copy_is_recognised_and_not_counted_twice(tmp_path):
    raw = tmp_path / "in"
    _copy_story(raw, "a.txt")
    _copy_story(raw, "b_copy.txt")
    first, second = parse_batch([raw], tmp_path / "out")
    assert first.status == "parsed"
    assert second.status == "skipped" and "byte-identical copy of" in second.message and "a.txt" in second.message
    assert not (tmp_path / "out" / "b_copy").exists()


def test_a_damaged_table_is_parsed_again_not_skipped(tmp_path):
    raw, out = tmp_path / "in", tmp_path / "out"
    _copy_story(raw, "story.txt")
    parse_batch([raw], out)
    events = out / "story" / "events.parquet"
    events.write_bytes(events.read_bytes()[: len(events.read_bytes()) // 2])
    (outcome,) = parse_batch([raw], out)
    assert outcome.status == "parsed" and "damaged" in outcome.message
    assert events.read_bytes()[-4:] == b"PAR1"


def test_a_run_with_nothing_to_do_writes_nothing(tmp_path):
    raw, out = tmp_path / "in", tmp_path / "out"
    _copy_story(raw, "story.txt")
    parse_batch([raw], out)
    before = {p: p.stat().st_mtime_ns for p in out.rglob("*")}
    (outcome,) = parse_batch([raw], out)
    assert outcome.status == "skipped"
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*")} == before


def test_invisible_and_lookalike_letters_do_not_hide_names():
    from helpers.pipeline import extract_tables

    article = load_article(HOSTILE / "invisible_and_lookalike_names.txt")
    assert "Bialiatski" in article.text and "\u200b" not in article.text
    assert any("1 invisible format character" in w for w in article.warnings)
    entities = extract_tables(article)["entities"].set_index("name")
    assert entities.loc["Ales Bialiatski", "mixed_script"] == False  # noqa: E712 (numpy bool)
    assert entities.loc["Alexander Lukashenko", "mixed_script"] == True  # noqa: E712
    assert entities.loc["Maria Kalesnikava", "mixed_script"] == True  # noqa: E712
    assert (entities.loc[["Alexander Lukashenko", "Maria Kalesnikava"], "label"] == "PERSON").all()


def test_a_rerun_knows_refused_files_and_copies_from_their_hash_alone(tmp_path, monkeypatch):
    import helpers.core.articles as articles

    raw, out = tmp_path / "in", tmp_path / "out"
    _copy_story(raw, "story.txt")
    _copy_story(raw, "story_copy.txt")
    russian = raw / "russian.txt"
    russian.write_bytes((TESTS / "data" / "bad_inputs" / "russian.txt").read_bytes())
    first = {Path(o.path).name: o for o in parse_batch([raw], out)}
    assert first["russian.txt"].status == "failed" and first["russian.txt"].refused_key

    def no_load(path, **_):
        raise AssertionError(f"{path} was loaded again")

    monkeypatch.setattr(articles, "load_article", no_load)
    again = {Path(o.path).name: o for o in parse_batch([raw], out)}
    assert again["russian.txt"].status == "failed"
    assert again["russian.txt"].message == first["russian.txt"].message
    assert "not in English (detected language: ru)" in again["russian.txt"].message
    assert again["story_copy.txt"].status == "skipped"
    assert again["story_copy.txt"].message == first["story_copy.txt"].message
    assert again["story_copy.txt"].message.startswith("byte-identical copy of ")
    assert again["story.txt"].status == "skipped"
    russian.write_bytes(russian.read_bytes() + " Ещё одно предложение.".encode())  # changed: loaded again
    changed = {Path(o.path).name: o for o in parse_batch([raw], out)}
    assert "russian.txt was loaded again" in changed["russian.txt"].message
    assert changed["story.txt"].status == "skipped"


@pytest.mark.parametrize("summary", ['{"a": 1}', '["a", 1]', '[{"path": 1, "refused_key": [], "message": null}]', "{"])
def test_a_damaged_batch_summary_is_rewritten_not_trusted(tmp_path, summary):
    raw, out = tmp_path / "in", tmp_path / "out"
    _copy_story(raw, "story.txt")
    parse_batch([raw], out)
    (out / "batch_summary.json").write_text(summary)
    (outcome,) = parse_batch([raw], out)
    assert outcome.status == "skipped"
    assert '"status": "skipped"' in (out / "batch_summary.json").read_text()
