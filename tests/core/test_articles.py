"""helpers.core.articles: decoding, metadata, ids and clear errors."""

import datetime as dt
import json
from pathlib import Path

import pytest

from helpers.core.articles import article_id_for, load_article
from helpers.core.decoding import ArticleError, decode

from conftest import BAD, SEED

ENGLISH = (
    "Venezuela frees six Americans after talks\n"
    "Venezuela released six Americans on Wednesday after talks with a U.S. envoy, officials said. "
    "The men flew home the same day, a family spokeswoman said.\n"
)


def test_seed_loads_with_sidecar_metadata():
    a = load_article(SEED)
    assert a.article_id == "000_25866d06d7c1622d"
    assert a.published == dt.date(2025, 12, 13)
    assert a.title == "Belarus Frees Over 120 Prisoners Following U.S. Diplomatic Talks"
    assert a.source is None and a.encoding == "utf-8" and a.language == "en"
    assert a.text == SEED.read_text(encoding="utf-8")  # offsets refer to the file itself
    frame = a.to_frame()
    assert frame.loc[0, "n_chars"] == 5190 and str(frame["published"].dtype) == "datetime64[s]"


@pytest.mark.parametrize(
    "name, encoding",
    [("utf16_english.txt", "utf-16"), ("utf8_bom_english.txt", "utf-8-sig"), ("no_published_date.txt", "utf-8")],
)
def test_odd_encodings_decode_to_the_same_text(name, encoding):
    a = load_article(BAD / name)
    assert a.encoding == encoding
    assert a.text.startswith("Minsk frees ten prisoners after talks\nBelarus released ten")


def test_latin1_and_cp1251_bytes_decode_correctly():
    assert "Café talks in Minsk" in load_article(BAD / "latin1_english.txt").text
    text, enc = decode("Лукашэнка вызваліў палітвязняў у суботу, паведамілі праваабаронцы.".encode("cp1251"), "x.txt")
    assert text.startswith("Лукашэнка вызваліў") and enc.startswith("cp125") or enc.endswith("1251")


def test_crlf_is_normalised(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(ENGLISH.replace("\n", "\r\n").encode())
    assert load_article(path).text == ENGLISH


@pytest.mark.parametrize(
    "name, problem",
    [
        ("empty.txt", "empty or whitespace-only"),
        ("whitespace_only.txt", "empty or whitespace-only"),
        ("pdf_saved_as_text.txt", "binary file (a PDF document)"),
        ("image_renamed.html", "binary file (a PNG image)"),
        ("binary_noise.md", "binary file"),
        ("report.docx", "unsupported file type '.docx'"),
        ("bad_json_meta.txt", "metadata is not valid JSON"),
        ("meta_not_object.txt", "must be a JSON object"),
        ("published_not_a_date.txt", "not an ISO date"),
        ("published_in_future.txt", "is in the future"),
        ("russian.txt", "not in English (detected language: ru)"),
        ("belarusian_cp1251.txt", "not in English"),
        ("too_short.txt", "not an article"),
        ("html_without_text.html", "not an article"),
        ("bom_then_invalid_utf8.txt", "UTF-8 byte-order mark but is not valid UTF-8"),
        ("utf16_truncated.txt", "not valid UTF-16"),
        ("deep_json_meta.txt", "not valid JSON (nested too deeply)"),
        ("published_year_one.txt", "before 1900-01-01"),
        ("published_with_garbage.txt", "not an ISO date"),
        ("meta_title_object.txt", "'title' must be a string, not dict"),
    ],
)
def test_bad_inputs_raise_a_clear_error_naming_the_file(name, problem):
    with pytest.raises(ArticleError) as err:
        load_article(BAD / name)
    assert problem in str(err.value)
    assert Path(name).stem in str(err.value)


def test_size_limit_is_configurable():
    with pytest.raises(ArticleError, match="over the limit of 20,000"):
        load_article(BAD / "too_large.txt", max_bytes=20_000)
    assert load_article(BAD / "too_large.txt", max_bytes=60_000).article_id == "too_large"


def test_missing_published_is_a_warning_not_an_error():
    a = load_article(BAD / "no_published_date.txt")
    assert a.published is None and "no 'published' date" in a.warnings[0]


def test_html_goes_through_trafilatura(tmp_path):
    body = "".join(
        f"<p>Paragraph {i}: Belarus freed prisoners on Friday after talks, officials said.</p>" for i in range(4)
    )
    page = (
        f"<html><head><title>Belarus frees prisoners</title></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>Belarus frees prisoners</h1>{body}</article><footer>Copyright 2025 Example News</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page)
    (tmp_path / "page.meta.json").write_text(json.dumps({"published": "2025-06-21", "source": "Example News"}))
    a = load_article(path)
    assert a.format == "html" and a.title == "Belarus frees prisoners" and a.source == "Example News"
    assert (
        "Paragraph 3: Belarus freed prisoners" in a.text and "Copyright" not in a.text and "Home | World" not in a.text
    )


@pytest.mark.parametrize(
    "name, expected",
    [
        ("000_25866d06d7c1622d.txt", "000_25866d06d7c1622d"),
        ("report-2025.md", "report-2025"),
        ("../../etc/pass wd.txt", "pass-wd-1775e1c9"),
        ("..", "article-5ec1f7e7"),
        ("Мінск навіны (1).txt", "1-3f3572ed"),
    ],
)
def test_article_ids_are_safe_slugs(name, expected):
    slug = article_id_for(name)
    assert slug == expected
    assert "/" not in slug and ".." not in slug and " " not in slug


def test_a_stray_byte_in_utf8_is_replaced_with_a_warning():
    a = load_article(BAD / "utf8_one_stray_byte.txt")
    assert a.encoding == "utf-8 (1 invalid byte replaced)"
    assert "Łukašenka said “no”" in a.text and "Fri\ufffdday" in a.text
    assert any("invalid byte replaced" in w for w in a.warnings)


def test_metadata_saved_with_a_bom_is_read():
    assert load_article(BAD / "meta_with_bom.txt").published == dt.date(2025, 6, 20)


def test_links_folders_and_overlong_lines_are_refused(tmp_path):
    (tmp_path / "passwd.txt").symlink_to("/etc/passwd")
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "one_line.txt").write_text("Belarus freed prisoners after talks, officials said " * 5000)
    with pytest.raises(ArticleError, match="symbolic link refused"):
        load_article(tmp_path / "passwd.txt")
    with pytest.raises(ArticleError, match="not a regular file"):
        load_article(tmp_path / "folder.txt")
    with pytest.raises(ArticleError, match="a single line of 260,000 characters"):
        load_article(tmp_path / "one_line.txt")


def test_editing_the_sidecar_changes_the_input_hash(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ENGLISH)
    (tmp_path / "a.meta.json").write_text('{"published": "2023-12-20"}')
    before = load_article(path)
    (tmp_path / "a.meta.json").write_text('{"published": "2023-12-21"}')
    after = load_article(path)
    assert before.sha256 == after.sha256 and before.input_sha256 != after.input_sha256


def test_text_over_the_article_limit_is_refused(tmp_path):
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join(["belarus released prisoners after talks with the envoy"] * 7000))
    with pytest.raises(ArticleError, match="377,999 characters of text, over the limit of 300,000"):
        load_article(path)
