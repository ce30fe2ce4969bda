"""Fixtures of the rendering tests: a fake MapSource, written map folders, one browser."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fake_source import FakeSource, tiny_source

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
SHOTS = Path("/tmp/geomap-shots")


@pytest.fixture
def source() -> FakeSource:
    """A fresh tiny fake source (3 actors + 1 holding nothing, 12 cells, 4 dates)."""
    return tiny_source()


@pytest.fixture(scope="session")
def written(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``write_maps`` of the tiny source, once per session."""
    from geomap.render import write_maps

    src = tiny_source()
    out = tmp_path_factory.mktemp("maps")
    calls: list[tuple[int, int, Path]] = []
    paths = write_maps(src, out, every="event", progress=lambda i, n, p: calls.append((i, n, p)))
    return {"source": src, "dir": out, "paths": paths, "progress": calls}


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One headless Chromium for the whole session (never ``playwright install``)."""
    required = os.environ.get("GEOMAP_REQUIRE_BROWSER") == "1"
    if not os.path.exists(CHROMIUM):
        if required:
            pytest.fail(f"GEOMAP_REQUIRE_BROWSER=1 but {CHROMIUM} is missing")
        pytest.skip(f"{CHROMIUM} not installed")
    if required:
        import playwright.sync_api as sync_api
    else:
        sync_api = pytest.importorskip("playwright.sync_api")
    SHOTS.mkdir(parents=True, exist_ok=True)
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


class PageWatch:
    """A page in a fresh context with the network cut, recording what went wrong."""

    def __init__(self, browser: Any):
        self.context = browser.new_context(viewport={"width": 1280, "height": 800})
        self.blocked: list[str] = []
        self.requests: list[str] = []
        self.console_errors: list[str] = []
        self.dialogs: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.console_errors.append(f"pageerror: {exc}"))
        self.page.on("dialog", self._dialog)
        self.page.on("request", lambda req: self.requests.append(req.url))

    def _route(self, route: Any) -> None:
        url = route.request.url
        if url.startswith("file://"):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort()

    def _console(self, msg: Any) -> None:
        if msg.type == "error":
            self.console_errors.append(msg.text)

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def goto(self, path: Path) -> Any:
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function(
            "document.querySelectorAll('.leaflet-container').length > 0 || !document.querySelector('.folium-map')"
        )
        return self.page

    def assert_clean(self) -> None:
        assert self.blocked == [], f"network requests attempted: {self.blocked}"
        assert self.console_errors == [], self.console_errors
        assert self.dialogs == [], f"dialogs fired (XSS): {self.dialogs}"

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watch(browser: Any) -> Iterator[PageWatch]:
    w = PageWatch(browser)
    try:
        yield w
    finally:
        w.close()


@pytest.fixture(scope="session")
def shots() -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return SHOTS
