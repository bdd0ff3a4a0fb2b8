"""Screenshots of the key pages at 1280 and 320 CSS px, for docs/screenshots/.

Usage: python scripts/screenshots.py BASE_URL SUFFIX   (e.g. http://127.0.0.1:8000 after)
Needs a running server with the demo content (scripts/dev). The shots are cut at a fixed
height so that they stay small enough to keep in the repository.
"""

import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

PAGES = {
    "home": "/",
    "questions": "/vragen/",
    "search": "/zoeken/?q=woo",
    "registry": "/initiatieven/",
}
WIDTHS = {1280: 900, 320: 1400}  # width: the height of the cut
OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


def main(base: str, suffix: str) -> None:
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for width, height in WIDTHS.items():
            context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": 800})
            page = context.new_page()
            for name, path in PAGES.items():
                page.goto(base + path)
                page_width = page.evaluate("document.documentElement.scrollWidth")
                page.screenshot(
                    path=OUT / f"{name}-{width}-{suffix}.png",
                    full_page=True,
                    clip={"x": 0, "y": 0, "width": max(width, page_width), "height": height},
                )
                print(name, width, "scrollWidth", page_width)
            context.close()
        browser.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
