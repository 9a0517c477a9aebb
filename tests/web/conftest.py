"""The pages over a real store: a Flask test client (plain HTTP tests) and, in
test_browser.py, a real `frontdoor web` driven by Debian's chromium."""

from __future__ import annotations

import secrets
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from flask import Flask
from flask.testing import FlaskClient
from playwright.sync_api import Browser, Page, Route, sync_playwright

from inbox_worker.web.app import create_app
from inbox_worker.web.context import WebOptions

from .browser import SCREENSHOTS, Checker, axe_source, ensure_chromium
from .world import PASSWORD, WebWorld, build_world, copy_world, csrf_token

BASE_URL = "https://frontdoor.test"  # secure cookies travel over https only


@pytest.fixture(scope="session")
def seeded_world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[WebWorld]:
    """The samples read and decided once a run; never changed: modules take copies."""
    seeded = build_world(tmp_path_factory.mktemp("seeded"))
    yield seeded
    seeded.app.pipeline.reader.close()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory, seeded_world: WebWorld) -> WebWorld:
    return copy_world(seeded_world, tmp_path_factory.mktemp("web"))


@pytest.fixture
def flask_app(world: WebWorld) -> Flask:
    app = create_app(world.app, WebOptions(secret_key=secrets.token_bytes(32)))
    app.config["TESTING"] = True
    return app


@pytest.fixture
def client(flask_app: Flask) -> FlaskClient:
    client = flask_app.test_client()
    # What a browser sends on a same-origin form (Referrer-Policy: same-origin); over https
    # Flask-WTF refuses a form without it.
    client.environ_base["HTTP_REFERER"] = f"{BASE_URL}/"
    return client


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = ensure_chromium()
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(executable),
                                              args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture(scope="session")
def axe(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, list[Path]]:
    """axe-core's script, and this run's screenshots (numbered across the modules)."""
    shutil.rmtree(SCREENSHOTS, ignore_errors=True)  # this run's screenshots only
    return axe_source(tmp_path_factory.mktemp("axe")), []


@pytest.fixture(scope="module")
def checker(axe: tuple[str, list[Path]]) -> Checker:
    return Checker(axe[0], shots=axe[1])


@pytest.fixture
def page(browser: Browser, checker: Checker) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(10_000)
    context.route("**/*", _loopback_only)  # e.g. a provider page's web font: never fetched
    opened = context.new_page()
    checker.watch(opened)
    yield opened
    context.close()


def _loopback_only(route: Route) -> None:
    host = urlsplit(route.request.url).hostname
    if host in ("127.0.0.1", "localhost"):
        route.continue_()
    else:
        route.abort()


SignIn = Callable[[FlaskClient, str], None]


@pytest.fixture
def sign_in() -> SignIn:
    def signing_in(client: FlaskClient, name: str) -> None:
        page = client.get("/sign-in", base_url=BASE_URL)
        answer = client.post("/sign-in", base_url=BASE_URL, data={
            "csrf_token": csrf_token(page.get_data(as_text=True)), "name": name,
            "password": PASSWORD})
        assert answer.status_code == 302, answer.get_data(as_text=True)[:2000]
    return signing_in


def page_token(client: FlaskClient, path: str) -> str:
    return csrf_token(client.get(path, base_url=BASE_URL).get_data(as_text=True))


__all__ = ["BASE_URL", "Path", "SignIn", "page_token"]
