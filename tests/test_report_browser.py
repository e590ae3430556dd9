"""The HTML report in a real browser: headless Chromium driven by Playwright.

Skipped, with the reason, where Chromium (Debian's `chromium`; `.ci/run` installs it) or Playwright
is missing. Screenshots go under pytest's temporary folder, never into the repository.
"""
from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import newsx
from newsx.cli import cli
from newsx.render.html import HtmlWriter, report

from .conftest import ROOT

pytestmark = pytest.mark.browser

SAMPLES = ROOT / "samples"
REFERENCE = SAMPLES / "patriot.txt"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def _chromium() -> str | None:
    for name in (os.environ.get("NEWSX_CHROMIUM"), "chromium", "chromium-browser", "google-chrome"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="Playwright is not installed (pip install playwright)")
    executable = _chromium()
    if executable is None:
        pytest.skip("no Chromium found (apt-get install chromium, or set NEWSX_CHROMIUM)")
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=executable, args=ARGS)
        except Exception as err:  # noqa: BLE001 - any launch failure is a reason to skip, said
            pytest.skip(f"Chromium at {executable} does not start headless: {str(err).splitlines()[0]}")
        yield launched
        launched.close()


class _Page:
    """A page that records script errors, console errors and dialogs (an alert would be an injection)."""

    def __init__(self, browser: Any, path: Path, width: int = 1280) -> None:
        self.page = browser.new_page(viewport={"width": width, "height": 900})
        self.problems: list[str] = []
        self.page.on("pageerror", lambda err: self.problems.append(f"script error: {err}"))
        self.page.on("console", lambda msg: self.problems.append(f"console {msg.type}: {msg.text}")
                     if msg.type in ("error", "warning") else None)
        self.page.on("dialog", lambda dialog: (self.problems.append(f"dialog: {dialog.message}"), dialog.dismiss()))
        self.page.goto(path.as_uri())

    def __enter__(self) -> Any:
        return self.page

    def __exit__(self, *exc: object) -> None:
        self.page.close()
        assert self.problems == []


def _samples_report(tmp_path: Path) -> Path:
    out = tmp_path / "samples.html"
    result = CliRunner().invoke(cli, ["extract", "-q", str(SAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    return out


def _reference_record() -> dict[str, Any]:
    result = CliRunner().invoke(cli, ["extract", "--format", "json", str(REFERENCE)])
    return json.loads(result.stdout)


def test_reference_quotes_are_marked_with_their_speakers(browser: Any, tmp_path: Path) -> None:
    out = _samples_report(tmp_path)
    record = _reference_record()
    assert record["quotes"], "the reference article has quotes"
    with _Page(browser, out) as page:
        rows = page.locator("#index-table tbody tr:not([hidden])")
        assert rows.count() == len(list(SAMPLES.glob("*.txt")))
        assert page.locator("section.article:not(:empty)").count() == 0  # nothing built before it is opened
        page.get_by_role("link", name=str(REFERENCE.relative_to(ROOT))).click()
        section = page.locator("section.article:not([hidden])")
        section.locator("article.text").wait_for()
        assert page.locator("#overview").is_hidden()
        quotes = section.locator("mark.nx-quote[tabindex]")
        got = [(quotes.nth(n).get_attribute("data-speaker"), quotes.nth(n).text_content())
               for n in range(quotes.count())]
        want = [((q["speaker"] or {}).get("name") or "", q["text"]) for q in record["quotes"]]
        # Each quote's first piece holds the start of its text (a quote crossing another finding is cut).
        assert [speaker for speaker, _ in got] == [speaker for speaker, _ in want]
        for (_, shown), (_, text) in zip(got, want):
            assert text.startswith(shown) and shown
        # The page shows the article's text, exactly (labels are drawn by CSS, not in the text).
        assert section.locator("article.text").text_content() == REFERENCE.read_text(encoding="utf-8")
        page.screenshot(path=str(tmp_path / "reference.png"))
    assert (tmp_path / "reference.png").stat().st_size > 10_000


def test_keyboard_moves_between_findings_and_articles(browser: Any, tmp_path: Path) -> None:
    out = _samples_report(tmp_path)
    with _Page(browser, out) as page:
        page.evaluate("location.hash = 'art-1'")
        page.locator("#art-1 article.text").wait_for()
        page.keyboard.press("j")
        focused = page.evaluate("[document.activeElement.tagName, document.activeElement.id]")
        assert focused[0] == "MARK" and focused[1].startswith("a1-f")
        detail = page.locator("#detail")
        assert detail.is_visible() and detail.text_content()
        page.keyboard.press("j")
        second = page.evaluate("document.activeElement.id")
        assert second != focused[1] and second.startswith("a1-f")
        page.keyboard.press("k")
        assert page.evaluate("document.activeElement.id") == focused[1]
        # Tab reaches the same findings: each is focusable once.
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.id") == second
        page.keyboard.press("Escape")
        assert detail.is_hidden()
        page.keyboard.press("]")
        page.locator("#art-2 article.text").wait_for()
        assert page.evaluate("location.hash") == "#art-2"
        page.keyboard.press("[")
        page.locator("#art-1").wait_for(state="visible")
        assert page.evaluate("location.hash") == "#art-1"
        page.wait_for_function("document.activeElement.tagName === 'H2'")  # focus follows the article
        page.keyboard.press("i")
        page.locator("#overview").wait_for(state="visible")
        page.wait_for_function("document.activeElement.id === 'index-h'")
        assert page.evaluate("document.getElementById('index').getBoundingClientRect().top") < 200


def test_kinds_can_be_hidden(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "one.html"
    CliRunner().invoke(cli, ["extract", "--format", "html", "-o", str(out), str(REFERENCE)])
    with _Page(browser, out) as page:
        page.locator("article.text").wait_for()  # one article: shown at once, no index
        assert page.locator("#index-table").count() == 0
        for kind in ("quote", "speaker", "date", "figure"):
            page.locator(f'.legend input[data-kind="{kind}"]').uncheck()
        page.keyboard.press("j")
        assert "nx-event" in page.evaluate("document.activeElement.className")
        # Hidden kinds leave the Tab order too.
        assert page.evaluate("document.querySelectorAll('mark.nx-quote[tabindex=\"0\"]').length") == 0
        page.keyboard.press("Tab")
        assert "nx-event" in page.evaluate("document.activeElement.className")
        background = page.evaluate("getComputedStyle(document.querySelector('mark.nx-quote')).backgroundColor")
        assert background in ("rgba(0, 0, 0, 0)", "transparent")


def test_hostile_text_renders_inert(browser: Any, tmp_path: Path) -> None:
    text = ("date 2024-03-05\n<script>alert(1)</script><img src=x onerror=alert(2)> \u202eevil\u202c "
            "</script><script>alert(3)</script> said the mayor, \u201c<b onclick=alert(4)>No</b>.\u201d\n"
            + "word " * 200_000 + "\n")
    records = []
    for n in range(2):
        record = newsx.extract(text, source=f"<script>alert(5)</script>{n}.txt").to_dict()
        record["text"] = text
        records.append(record)
    out = tmp_path / "hostile.html"
    out.write_text(report(records), encoding="utf-8")
    with _Page(browser, out) as page:
        page.evaluate("location.hash = 'art-0'")
        shown = page.locator("#art-0 article.text")
        shown.wait_for()
        assert shown.text_content() == text
        assert page.evaluate("document.querySelectorAll('img, b[onclick]').length") == 0
        assert page.evaluate("document.scripts.length") == 2  # report.js and art-1's inert block


def test_a_thousand_articles_stay_light(browser: Any, tmp_path: Path) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))[:5]]
    records = []
    for text in texts:
        record = newsx.extract(text).to_dict()
        record["text"] = text
        records.append(record)
    out = tmp_path / "big.html"
    with out.open("w", encoding="utf-8") as stream:
        writer = HtmlWriter(stream)
        for n in range(1000):
            writer.write({**records[n % len(records)], "source": f"corpus/{n:04d}.txt"})
        writer.close()
    with _Page(browser, out) as page:
        rows = page.locator("#index-table tbody tr:not([hidden])")
        assert rows.count() == 100
        assert page.locator("#page").text_content().startswith("page 1 of 10")
        # Only the overview is in the document (the index is about 15 elements a line): the
        # articles, hundreds of elements each, wait in inert blocks.
        assert page.evaluate("document.getElementsByTagName('*').length") < 20 * 1000 + 2000
        page.locator("#next").click()
        assert rows.first.locator("td").first.text_content() == "101"
        page.locator("#filter").fill("0999")
        assert rows.count() == 1
        rows.first.get_by_role("link").click()
        page.locator("#art-999 article.text").wait_for()
        assert page.locator("section.article:not(:empty)").count() == 1


def test_link_to_a_finding_opens_its_article(browser: Any, tmp_path: Path) -> None:
    out = _samples_report(tmp_path)
    browser_page = browser.new_page()
    try:
        browser_page.goto(out.as_uri() + "#a3-f2")  # a fresh load: the article is not built yet
        browser_page.wait_for_function("document.activeElement.id === 'a3-f2'")
        assert browser_page.locator("#art-3").is_visible() and browser_page.locator("#overview").is_hidden()
        assert browser_page.locator("#detail").is_visible()  # the details of the finding linked to
    finally:
        browser_page.close()


def test_kinds_differ_by_line_style_in_the_browser(browser: Any, tmp_path: Path) -> None:
    out = tmp_path / "one.html"
    CliRunner().invoke(cli, ["extract", "--format", "html", "-o", str(out), str(REFERENCE)])
    with _Page(browser, out) as page:
        styles = page.evaluate("""Array.from(document.querySelectorAll('.legend .key[class*="key-"]')).map(k => {
            const s = getComputedStyle(k);
            return [s.borderBottomStyle, s.borderBottomWidth, s.textDecorationLine, s.textDecorationStyle].join(' ');
        })""")
    assert len(styles) == 5 and len(set(styles)) == 5, styles
    assert all(("none" not in style.split()[0]) or "wavy" in style for style in styles), styles


def test_carriage_returns_and_narrow_screens(browser: Any, tmp_path: Path) -> None:
    text = "date 2024-03-05\r\nThe mayor said on Monday: \u201cWe will build 12 schools.\u201d\r\n\r\nMore\rtext.\r\n"
    record = newsx.extract(text, source="samples/" + "a-very-long-folder-name/" * 8 + "article.txt").to_dict()
    record["text"] = text
    out = tmp_path / "crlf.html"
    out.write_text(report([record, {**record, "source": "b.txt"}]), encoding="utf-8")
    with _Page(browser, out, width=600) as page:
        assert page.evaluate("document.documentElement.scrollWidth") <= 600  # the index wraps or scrolls inside
        page.evaluate("location.hash = 'art-0'")
        page.locator("#art-0 article.text").wait_for()
        assert page.locator("#art-0 article.text").text_content() == text
        assert page.evaluate("document.documentElement.scrollWidth") <= 600
