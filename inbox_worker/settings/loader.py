"""Reading the YAML file: `extends`, paths made absolute, errors that name the key."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import ValidationError

from inbox_worker.settings.common import SettingsError
from inbox_worker.settings.schema import Settings


def load_settings(path: Path) -> Settings:
    """Read and validate the YAML file; SettingsError names the bad key."""
    try:
        settings = Settings.model_validate(_read_with_bases(path, ()))
    except ValidationError as err:
        raise SettingsError(_explain(path, err)) from err
    return settings


# A file may start from another (`extends: dudley.example.yaml`) and replace whole
# top-level keys (e.g. only `mailboxes` and `outbound`); a chain longer than this is a loop.
_MAX_EXTENDS_DEPTH = 5


def _read_with_bases(path: Path, chain: tuple[Path, ...]) -> dict[str, object]:
    """The file's keys over those of the file it extends, with paths made absolute
    against the folder of the file that wrote them."""
    raw = _read_mapping(path)
    base_name = raw.pop("extends", None)
    own = _resolve_paths(raw, path.parent.resolve())
    assert isinstance(own, dict)
    if base_name is None:
        return own
    if not isinstance(base_name, str):
        raise SettingsError(f"{path}: extends: expected the name of another configuration file")
    base = (path.parent / base_name).resolve()
    if base in chain or len(chain) >= _MAX_EXTENDS_DEPTH:
        raise SettingsError(f"{path}: extends: {base_name} leads to a loop of files")
    return _read_with_bases(base, (*chain, path.resolve())) | own


# libyaml's safe loader where PyYAML was built with it (Debian's and the wheels are): the
# same documents, read about ten times faster than the pure-Python one (every command
# reads its configuration).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _read_mapping(path: Path) -> dict[str, object]:
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except OSError as err:
        raise SettingsError(f"cannot read configuration {path}: {err}") from err
    except yaml.YAMLError as err:
        raise SettingsError(f"{path} is not valid YAML: {err}") from err
    if not isinstance(raw, dict):
        raise SettingsError(f"{path}: expected a mapping of keys at the top level")
    return raw


_PATH_KEYS = {"path", "table", "templates_dir", "file", "ca_file"}


def _resolve_paths(node: object, base: Path) -> object:
    """Make relative path values (by key name) absolute against the config folder."""
    if isinstance(node, list):
        return [_resolve_paths(item, base) for item in node]
    if not isinstance(node, dict):
        return node
    resolved: dict[str, object] = {}
    for key, value in node.items():
        # `folder` is a path only in the outbound folder transport; elsewhere it names a
        # folder on a mail server (IMAP, EWS, Graph).
        is_path = key in _PATH_KEYS or (key == "folder" and node.get("transport") == "folder")
        if is_path and isinstance(value, str) and not Path(value).is_absolute():
            resolved[key] = str(base / value)
        elif key == "store_url" and isinstance(value, str):
            resolved[key] = _resolve_sqlite_url(value, base)
        else:
            resolved[key] = _resolve_paths(value, base)
    return resolved


def _resolve_sqlite_url(url: str, base: Path) -> str:
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != "sqlite://":
        return prefix + str(base / url[len(prefix) :])
    return url


def _explain(path: Path, err: ValidationError) -> str:
    lines = [f"{path}: {err.error_count()} problem(s) in the configuration"]
    for problem in err.errors():
        message = problem["msg"].removeprefix("Value error, ")
        key = ".".join(str(part) for part in problem["loc"])
        lines.append(f"  {key}: {message}" if key else f"  {message}")
    return "\n".join(lines)
