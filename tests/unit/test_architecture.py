"""The import graph of ARCHITECTURE.md, checked.

Every module of the four packages is parsed with `ast` (nothing is imported or run), and
every import in it counts, at module level or inside a function (also under
`if TYPE_CHECKING`). From that module-level graph: no cycles, the layers and rooms of
ARCHITECTURE.md, modules under 400 lines, folders of at most 12 modules.
"""

from __future__ import annotations

import ast
import graphlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("inbox_worker", "parsers", "routing", "frontdoor_demo")
MAX_LINES = 400  # STYLE: modules under about 400 lines
MAX_MODULES = 12  # a folder with more than about a dozen modules wants rooms

# What routing may take from parsers: the data types a reader produces, not the readers.
PARSER_DATA_TYPES = frozenset({"parsers.form", "parsers.mail.message", "parsers.results"})
# Known, named exceptions to the rule above, each to go in the parsers restructure. The
# test fails when one is no longer needed, so the list only shrinks.
ROUTING_READS_PARSERS: dict[tuple[str, str], str] = {}

# The rooms of inbox_worker, each with the rooms (and bottom packages) it may import.
# Rooms lower in this table never import higher ones; cli is the top.
ROOMS_BELOW = {
    "clock": frozenset(),
    "settings": frozenset(),
    "store": frozenset({"routing"}),
    "notify": frozenset({"clock", "settings", "store", "parsers", "routing"}),
    "microsoft": frozenset({"settings", "notify"}),
    "mailboxes": frozenset({"settings", "microsoft", "parsers"}),
    "reading": frozenset({"settings", "parsers"}),
    "casework": frozenset({"clock", "settings", "store", "notify", "parsers", "routing"}),
    "worker": frozenset({"clock", "settings", "store", "notify", "microsoft", "mailboxes",
                         "reading", "casework", "parsers", "routing"}),
    # Metrics: the store's figures (as worker/health.py reads them) and the readers' counts.
    "metrics": frozenset({"clock", "settings", "store", "reading", "worker"}),
    "cli": frozenset({"clock", "settings", "store", "notify", "microsoft", "mailboxes",
                      "reading", "casework", "worker", "web", "metrics", "parsers", "routing"}),
    # The admin pages: what the command line may use, less the command line itself.
    "web": frozenset({"clock", "settings", "store", "notify", "microsoft", "mailboxes",
                      "reading", "casework", "worker", "parsers", "routing"}),
    "__main__": frozenset({"cli"}),
}
DEMO_COMMAND = "inbox_worker.cli.demo"  # the one module of the worker that may import the demo


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _source_files() -> dict[str, Path]:
    return {_module_name(path): path for package in PACKAGES
            for path in sorted((ROOT / package).rglob("*.py"))}


MODULES = _source_files()


def _known(name: str) -> str | None:
    """The module of ours that `name` names, or the nearest package of ours above it."""
    while name:
        if name in MODULES:
            return name
        name = name.rpartition(".")[0]
    return None


def _imported(module: str, node: ast.AST) -> Iterator[str]:
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
    elif isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:  # relative: from the module's own package upwards
            own = module if MODULES[module].name == "__init__.py" else module.rpartition(".")[0]
            package = own.split(".")[: len(own.split(".")) - node.level + 1]
            base = ".".join([*package, base] if base else package)
        for alias in node.names:  # `from routing import casework` imports a module
            yield f"{base}.{alias.name}" if f"{base}.{alias.name}" in MODULES else base


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for module, path in MODULES.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        targets = {_known(name) for node in ast.walk(tree) for name in _imported(module, node)}
        graph[module] = {t for t in targets if t is not None and t != module}
    return graph


GRAPH = _graph()


def _edges(source_prefix: str) -> Iterator[tuple[str, str]]:
    for module, targets in GRAPH.items():
        if _within(module, source_prefix):
            yield from ((module, target) for target in sorted(targets))


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def _room(module: str) -> str:
    """`inbox_worker.worker.app` is in room `worker`; `parsers.mail.mime` in `parsers`."""
    parts = module.split(".")
    return parts[1] if parts[0] == "inbox_worker" and len(parts) > 1 else parts[0]


def test_the_graph_is_read() -> None:
    assert "inbox_worker.worker.app" in GRAPH
    assert "inbox_worker.worker.pipeline" in GRAPH["inbox_worker.worker.app"]
    assert "routing.casework" in GRAPH["inbox_worker.casework.actions"]  # `from routing import`


def test_no_import_cycles() -> None:
    try:
        graphlib.TopologicalSorter(GRAPH).prepare()
    except graphlib.CycleError as err:
        pytest.fail(f"import cycle: {' -> '.join(err.args[1])}")


def test_parsers_and_routing_never_import_the_worker_or_the_demo() -> None:
    wrong = [(m, t) for bottom in ("parsers", "routing") for m, t in _edges(bottom)
             if _room(t) not in ("parsers", "routing")]
    assert wrong == []


def test_routing_takes_only_data_types_from_parsers() -> None:
    readers = {(m, t) for m, t in _edges("routing")
               if _room(t) == "parsers" and t not in PARSER_DATA_TYPES}
    assert readers - set(ROUTING_READS_PARSERS) == set()
    assert set(ROUTING_READS_PARSERS) - readers == set(), "an exception is no longer needed"


def test_only_the_demo_command_reaches_the_demo() -> None:
    wrong = [(m, t) for m, t in _edges("inbox_worker")
             if _room(t) == "frontdoor_demo" and m != DEMO_COMMAND]
    assert wrong == []


def test_the_demo_builds_on_the_worker_not_its_command_line() -> None:
    wrong = [(m, t) for m, t in _edges("frontdoor_demo") if _within(t, "inbox_worker.cli")]
    assert wrong == []


def test_no_room_imports_the_command_line() -> None:
    wrong = [(m, t) for m, t in _edges("inbox_worker")
             if _within(t, "inbox_worker.cli") and _room(m) not in ("cli", "__main__")]
    assert wrong == []


def test_only_the_command_line_imports_the_admin_pages() -> None:
    wrong = [(m, t) for m, t in _edges("inbox_worker")
             if _within(t, "inbox_worker.web") and _room(m) not in ("web", "cli")]
    assert wrong == []


def test_the_edges_never_import_the_core() -> None:
    edges = ("mailboxes", "notify", "store", "microsoft", "settings")
    wrong = [(m, t) for m, t in _edges("inbox_worker")
             if _room(m) in edges and _room(t) in ("worker", "casework", "web", "cli")]
    assert wrong == []


def test_rooms_import_only_the_rooms_below_them() -> None:
    wrong = [(m, t) for m, t in _edges("inbox_worker")
             if m != DEMO_COMMAND and t != "inbox_worker"
             and _room(t) != _room(m) and _room(t) not in ROOMS_BELOW[_room(m)]]
    assert wrong == []
    rooms = {_room(m) for m in MODULES if _within(m, "inbox_worker") and m != "inbox_worker"}
    assert rooms == set(ROOMS_BELOW), "a new room: give it a row in ROOMS_BELOW"


def test_modules_are_small() -> None:
    long = {module: lines for module, path in MODULES.items()
            if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def _folder_sizes(package: str) -> Counter[str]:
    return Counter(str(path.parent.relative_to(ROOT))
                   for path in (ROOT / package).rglob("*.py") if path.name != "__init__.py")


@pytest.mark.parametrize("package", ["inbox_worker", "routing", "frontdoor_demo"])
def test_folders_are_small(package: str) -> None:
    crowded = {folder: n for folder, n in _folder_sizes(package).items() if n > MAX_MODULES}
    assert crowded == {}


def test_parsers_folders_are_small() -> None:
    crowded = {folder: n for folder, n in _folder_sizes("parsers").items() if n > MAX_MODULES}
    assert crowded == {}


def test_the_format_readers_a_worker_preloads_are_modules_of_the_reader() -> None:
    """The forkserver skips a name it cannot import: a renamed reader would only cost speed."""
    from inbox_worker.reading.forkserver import FORMAT_READERS

    missing = [name for name in FORMAT_READERS if name not in MODULES]
    assert missing == []
