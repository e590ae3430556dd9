"""Remake docs/report.png, the README's picture of the HTML report of the reference article.

    python docs/make_screenshot.py     # needs Playwright and Chromium, as the browser tests do

The page is the report of samples/patriot.txt, 1200 x 860 pixels, with the first quote's details
shown (as a click or the j key shows them), saved as an 8-bit palette PNG when Pillow is there.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]


def main() -> None:
    from playwright.sync_api import sync_playwright

    executable = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if executable is None:
        sys.exit("make_screenshot: no Chromium found (apt-get install chromium)")
    out = ROOT / "docs" / "report.png"
    with tempfile.TemporaryDirectory() as tmp:
        page_file = Path(tmp) / "report.html"
        subprocess.run([sys.executable, "-m", "newsx", "extract", "--format", "html", "-o", str(page_file),
                        "samples/patriot.txt"], check=True, cwd=ROOT)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=ARGS)
            page = browser.new_page(viewport={"width": 1200, "height": 860})
            page.goto(page_file.as_uri())
            page.locator("mark.nx-quote[tabindex]").first.focus()
            page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(out))
            browser.close()
    try:
        from PIL import Image
    except ImportError:
        pass
    else:
        Image.open(out).convert("RGB").quantize(colors=128).save(out, optimize=True)
    print(f"{out.relative_to(ROOT)}: {out.stat().st_size:,} bytes")


if __name__ == "__main__":
    main()
