"""A real OpenID Connect provider on loopback: npm's `oidc-provider` (installed into a
temporary folder by the tests), with one client for the admin pages and test people whose
ID tokens carry Entra-like claims (`preferred_username`, `roles`, an areas claim)."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from tests.integration.debian import run

START_SECONDS = 30
CLIENT_ID = "frontdoor-web"
CLIENT_SECRET = "a-test-only-client-secret-of-some-length"
# Who the provider knows: login -> claims (as Entra gives app roles and a group claim).
PEOPLE = {
    "hal.entra": {"preferred_username": "hal.entra@dudley.example", "name": "Hal Entra",
                  "roles": ["FrontDoor.Admin"], "frontdoor_areas": ["Halesowen"]},
    "sm.entra": {"preferred_username": "sm.entra@dudley.example", "name": "Sam Entra",
                 "roles": []},  # given a role by the configuration's `people`
    "nobody.entra": {"preferred_username": "nobody.entra@dudley.example", "roles": []},
}
SCRIPT = """
import Provider from 'oidc-provider';
const [port, clientId, secret, redirect, people] = process.argv.slice(2);
const known = JSON.parse(people);
const provider = new Provider(`http://127.0.0.1:${port}`, {
  clients: [{client_id: clientId, client_secret: secret, redirect_uris: [redirect],
             response_types: ['code'], grant_types: ['authorization_code']}],
  claims: {openid: ['sub'], profile: ['name', 'preferred_username', 'roles', 'frontdoor_areas'],
           email: ['email']},
  conformIdTokenClaims: false,  // claims in the ID token, as Entra puts its roles there
  cookies: {keys: ['test-only-cookie-signing-key']},
  features: {devInteractions: {enabled: true}},
  async findAccount(ctx, id) {
    return {accountId: id, async claims() { return {sub: id, ...(known[id] || {})}; }};
  },
});
provider.listen(Number(port), '127.0.0.1', () => console.log('listening'));
"""


@dataclass
class Provider:
    issuer: str
    process: subprocess.Popen[bytes]

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=20)


def install_provider(folder: Path) -> Path:
    """oidc-provider from npm into `folder`, and the script that starts it."""
    run(["npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", str(folder),
         "oidc-provider@9"])
    script = folder / "provider.mjs"
    script.write_text(SCRIPT, encoding="utf-8")
    return script


def start_provider(script: Path, port: int, redirect_uri: str, log: Path) -> Provider:
    with log.open("wb") as out:
        process = subprocess.Popen(
            ["node", str(script), str(port), CLIENT_ID, CLIENT_SECRET, redirect_uri,
             json.dumps(PEOPLE)], cwd=script.parent, stdout=out, stderr=subprocess.STDOUT)
    provider = Provider(f"http://127.0.0.1:{port}", process)
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(
                    f"{provider.issuer}/.well-known/openid-configuration", timeout=2):
                return provider
        except OSError:
            if process.poll() is not None:
                break
            time.sleep(0.2)
    provider.stop()
    raise RuntimeError(f"oidc-provider did not start:\n{log.read_text()[-3000:]}")
