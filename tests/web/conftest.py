"""The pages over a real store: a Flask test client (plain HTTP tests) and, in
test_browser.py, a real `frontdoor web` driven by Debian's chromium."""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from inbox_worker.web.app import create_app
from inbox_worker.web.context import WebOptions

from .world import PASSWORD, WebWorld, build_world, csrf_token

BASE_URL = "https://frontdoor.test"  # secure cookies travel over https only


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> WebWorld:
    return build_world(tmp_path_factory.mktemp("web"))


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
