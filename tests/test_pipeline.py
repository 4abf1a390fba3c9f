"""helpers.pipeline and the CLI: the seed end to end, batches that survive bad input,
atomic writes under a killed run, skipping unchanged articles."""

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from helpers.__main__ import main
from helpers.batch import ensure_parsed, parse_batch
from helpers.core import articles, schemas, store
from helpers.core.articles import load_article
from helpers.pipeline import extract_tables

from conftest import BAD, GOLD, SEED

SPAN_TABLES = ("blocks", "sentences", "mentions", "quotes", "quantities", "timexes", "events")


@pytest.fixture(scope="module")
def seed_tables():
    return extract_tables(load_article(SEED))


def test_seed_gives_nine_valid_tables_with_traceable_offsets(seed_tables):
    text = SEED.read_text(encoding="utf-8")
    assert list(seed_tables) == list(schemas.TABLES)
    for name, frame in seed_tables.items():
        assert (frame["article_id"] == "000_25866d06d7c1622d").all(), name
    for name in ("blocks", "sentences", "mentions", "timexes", "quantities"):
        frame = seed_tables[name]
        assert all(text[r.start_char : r.end_char] == r.text for r in frame.itertuples()), name
    assert len(seed_tables["blocks"]) == 29 and len(seed_tables["quotes"]) == 4


def test_article_without_people_dates_or_quotes_gets_empty_typed_tables(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("A Note On Fertiliser\nPotash is a mineral used in fertiliser and it is mined underground.\n")
    tables = extract_tables(load_article(path))
    for name in ("quotes", "timexes", "events"):
        assert tables[name].empty
        assert list(tables[name].columns)[: len(schemas.SCHEMAS[name].columns)] == list(schemas.SCHEMAS[name].columns)
        schemas.validate(name, tables[name])
    assert not (tables["entities"]["label"] == "PERSON").any()


@pytest.fixture(scope="module")
def bad_batch(tmp_path_factory):
    raw = tmp_path_factory.mktemp("raw")
    for f in BAD.iterdir():
        shutil.copy(f, raw / f.name)
    shutil.copy(SEED, raw / SEED.name)
    shutil.copy(SEED.with_name(SEED.stem + ".meta.json"), raw)
    out = tmp_path_factory.mktemp("processed")
    outcomes = parse_batch([raw], out, max_bytes=20_000)
    return raw, out, {Path(o.path).name: o for o in outcomes}


EXPECTED_FAILURES = {
    "empty.txt": "empty or whitespace-only file",
    "whitespace_only.txt": "empty or whitespace-only file",
    "pdf_saved_as_text.txt": "binary file (a PDF document)",
    "image_renamed.html": "binary file (a PNG image)",
    "binary_noise.md": "binary file",
    "report.docx": "unsupported file type",
    "too_large.txt": "over the limit of 20,000",
    "bad_json_meta.txt": "metadata is not valid JSON",
    "meta_not_object.txt": "metadata must be a JSON object",
    "published_not_a_date.txt": "not an ISO date",
    "published_in_future.txt": "in the future",
    "russian.txt": "not in English (detected language: ru)",
    "belarusian_cp1251.txt": "not in English",
    "too_short.txt": "not an article",
    "html_without_text.html": "not an article",
    "bom_then_invalid_utf8.txt": "byte-order mark but is not valid UTF-8",
    "utf16_truncated.txt": "not valid UTF-16",
    "deep_json_meta.txt": "nested too deeply",
    "published_year_one.txt": "before 1900-01-01",
    "published_with_garbage.txt": "not an ISO date",
    "meta_title_object.txt": "must be a string",
}


def test_batch_reports_each_bad_file_and_parses_the_rest(bad_batch):
    raw, out, by_name = bad_batch
    for name, problem in EXPECTED_FAILURES.items():
        assert by_name[name].status == "failed", name
        assert problem in by_name[name].message and Path(name).stem in by_name[name].message
    parsed = {n for n, o in by_name.items() if o.status == "parsed"}
    assert parsed == {
        SEED.name,
        "latin1_english.txt",
        "utf16_english.txt",
        "utf8_bom_english.txt",
        "no_published_date.txt",
        "Мінск навіны (1).txt",
        "script_injection.txt",
        "utf8_one_stray_byte.txt",
        "meta_with_bom.txt",
    }
    assert "no 'published' date" in by_name["no_published_date.txt"].message


def test_batch_leaves_only_complete_article_folders(bad_batch):
    _, out, by_name = bad_batch
    ids = store.article_ids(out)
    assert len(ids) == 9
    for folder in out.iterdir():
        if folder.is_dir():
            assert sorted(p.stem for p in folder.glob("*.parquet")) == sorted(schemas.TABLES)
    assert not list(out.rglob("*.tmp"))
    assert (out / "batch_summary.json").exists()


def test_unpublished_article_leaves_relative_dates_unresolved(bad_batch):
    _, out, _ = bad_batch
    timexes = store.read_table(out, "timexes", "no_published_date")
    friday = timexes[timexes["text"] == "Friday"]
    assert len(friday) == 1 and pd.isna(friday["value"].iloc[0])
    assert "no publication date" in friday["anchor"].iloc[0]


def test_rerun_skips_unchanged_and_force_gives_equal_tables(tmp_path):
    out = tmp_path / "out"
    first = parse_batch([SEED], out)
    before = store.read_table(out, "events", "000_25866d06d7c1622d")
    assert [o.status for o in parse_batch([SEED], out)] == ["skipped"]
    assert [o.status for o in parse_batch([SEED], out, force=True)] == ["parsed"]
    assert first[0].status == "parsed"
    pd.testing.assert_frame_equal(before, store.read_table(out, "events", "000_25866d06d7c1622d"))


def test_rerun_skips_from_hash_and_manifest_alone(tmp_path, monkeypatch):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for path in (SEED, SEED.with_suffix(".meta.json")):
        shutil.copy(path, raw / path.name)
    first = parse_batch([raw], out)[0]

    def no_loading(*args, **kwargs):
        raise AssertionError("an unchanged article was loaded")

    with monkeypatch.context() as m:
        m.setattr(articles, "load_article", no_loading)
        again = parse_batch([raw], out)[0]
    assert (again.status, again.title, again.published) == ("skipped", first.title, first.published)
    meta = raw / SEED.with_suffix(".meta.json").name
    meta.write_text(meta.read_text().replace("}", ', "source": "another outlet"}', 1))
    assert parse_batch([raw], out)[0].status == "parsed"  # a changed sidecar is a changed input


def test_cli_exit_code_says_something_failed(tmp_path, capsys):
    rc = main(["parse", str(SEED), str(BAD / "empty.txt"), "--processed", str(tmp_path)])
    printed = capsys.readouterr().err
    assert rc == 1
    assert "1 parsed, 0 skipped (unchanged), 1 failed, 2 inputs" in printed
    assert "error: " in printed and "empty.txt: empty or whitespace-only file" in printed
    assert main(["parse", str(SEED), "--out", str(tmp_path)]) == 0


def test_a_killed_run_leaves_each_table_whole(tmp_path):
    raw, out = tmp_path / "raw", tmp_path / "out"
    raw.mkdir()
    for i in range(40):  # distinct copies: byte-identical ones would be recognised and skipped
        (raw / f"copy_{i:02d}.txt").write_text(SEED.read_text(encoding="utf-8") + f"\nCopy {i}.\n", encoding="utf-8")
    parse_batch([raw / "copy_00.txt"], out)
    old = store.read_table(out, "sentences", "copy_00")
    proc = subprocess.Popen(
        [sys.executable, "-m", "helpers", "parse", str(raw), "--out", str(out), "--force"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.time() + 120
    while len(store.article_ids(out)) < 3 and time.time() < deadline and proc.poll() is None:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 3 <= len(store.article_ids(out)) < 40  # killed midway
    for article_id in store.article_ids(out):  # every article's tables are complete and its manifest's
        rows = store.read_manifest(out / article_id)["rows"]
        assert {name: len(store.read_table(out, name, article_id)) for name in rows} == rows
    pd.testing.assert_frame_equal(old, store.read_table(out, "sentences", "copy_00"))
    parse_batch([raw], out)
    assert len(store.article_ids(out)) == 40 and not list(out.rglob("*.tmp"))


def test_ensure_parsed_parses_from_raw_once(tmp_path):
    ensure_parsed("000_25866d06d7c1622d", tmp_path, raw_dir=SEED.parent)
    assert store.article_ids(tmp_path) == ["000_25866d06d7c1622d"]
    with pytest.raises(FileNotFoundError, match="no raw article with id 'nope'"):
        ensure_parsed("nope", tmp_path, raw_dir=SEED.parent)


def test_an_article_that_breaks_the_shared_spacy_stream_fails_alone(tmp_path, monkeypatch):
    import helpers.batch as batch
    import helpers.core.nlp

    real_parse = helpers.core.nlp.parse_texts

    def fragile(texts):
        texts = list(texts)
        if any("POISON" in t for t in texts):
            raise RuntimeError("tokenizer exploded")
        return real_parse(texts)

    monkeypatch.setattr(batch, "parse_texts", fragile)
    monkeypatch.setattr(helpers.core.nlp, "parse_texts", fragile)
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SEED, raw / "a_seed.txt")
    (raw / "b_poison.txt").write_text(
        "Poison Story\nThis English text carries the word POISON and breaks the parser.\n"
    )
    outcomes = {o.article_id: o for o in parse_batch([raw], tmp_path / "out")}
    assert outcomes["a_seed"].status == "parsed"
    assert outcomes["b_poison"].status == "failed" and "tokenizer exploded" in outcomes["b_poison"].message


def test_long_articles_are_parsed_in_small_groups():
    from helpers.batch import CHUNK, CHUNK_CHARS, _chunks
    from helpers.core.articles import Article

    def article(n_chars):
        return (Article("a", "a.txt", "text", "x" * n_chars, "t", None, None, None, "en", "utf-8", ""), None)

    sizes = [len(c) for c in _chunks([article(CHUNK_CHARS // 2)] * 5)]
    assert sizes == [2, 2, 1]
    assert [len(c) for c in _chunks([article(10)] * (CHUNK + 1))] == [CHUNK, 1]
    assert [len(c) for c in _chunks([article(3 * CHUNK_CHARS), article(10)])] == [1, 1]


def test_two_jobs_give_the_tables_of_one(tmp_path):
    articles = sorted(GOLD.glob("*.txt"))[:5]
    one = parse_batch(articles, tmp_path / "one")
    two = parse_batch(articles, tmp_path / "two", jobs=2)
    assert [(o.article_id, o.status) for o in two] == [(o.article_id, o.status) for o in one]
    assert {o.status for o in two} == {"parsed"} and all(o.seconds > 0 for o in two)
    for name in schemas.TABLES:
        pd.testing.assert_frame_equal(
            store.read_table(tmp_path / "one", name), store.read_table(tmp_path / "two", name)
        )


def test_contracts_checked_per_batch_blame_only_the_bad_article(seed_tables):
    from helpers.pipeline import check_contracts

    quotes = seed_tables["quotes"]
    bad_value = {**seed_tables, "quotes": quotes.assign(attribution="telepathy")}
    no_column = {**seed_tables, "events": seed_tables["events"].drop(columns="trigger")}
    bad_dtype = {
        **seed_tables,
        "quotes": quotes.assign(speaker_start_char=quotes["speaker_start_char"].astype("float64")),
    }
    errors = check_contracts([seed_tables, bad_value, seed_tables, no_column, bad_dtype])
    assert errors[0] is None and errors[2] is None
    assert "telepathy" in str(errors[1]) and "trigger" in str(errors[3])
    assert "speaker_start_char" in str(errors[4])
