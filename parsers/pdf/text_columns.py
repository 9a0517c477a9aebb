"""A flattened PDF's text lines, cut at wide gaps, and the unruled tables they make.

A form printed without ruling lines still lines its columns up: a header "Name  Date of
birth  Relationship" over rows of answers, or labels at one tab stop and answers at
another. Each line is cut where a wide gap separates its parts; consecutive lines of two
parts or more whose parts start at the same places become one `Table`, each part in the
column it starts under (a part left empty is an empty cell). Other lines stay lines.
"""

from __future__ import annotations

from typing import Any

from parsers.layout import Block, Table

COLUMN_GAP = 20.0  # points: wider than any space between words; a tab stop or a column
_ALIGNED = 12.0  # points between the starts of two parts in one column

Segment = tuple[float, str]  # where a part starts, and its text


def segments(line: dict[str, Any]) -> list[Segment]:
    """A text line cut where a wide gap separates its parts: a label and its answer at a
    tab stop, or the two columns of a form laid out side by side."""
    text: str = line["text"]
    chars = [c for c in line.get("chars") or () if c["text"].strip()]
    if len(chars) != sum(1 for ch in text if not ch.isspace()):
        return [(float(line.get("x0", 0.0)), text)]  # characters and text differ: whole
    cuts = {i for i in range(1, len(chars))
            if float(chars[i]["x0"]) - float(chars[i - 1]["x1"]) > COLUMN_GAP}
    parts: list[list[Any]] = [[float(chars[0]["x0"]) if chars else 0.0, ""]]
    seen = 0
    for ch in text:
        if not ch.isspace():
            if seen in cuts:
                parts.append([float(chars[seen]["x0"]), ""])
            seen += 1
        parts[-1][1] += ch
    return [(x0, " ".join(part.split())) for x0, part in parts if part.strip()]


def blocks_of_lines(lines: list[tuple[float, list[Segment]]]) -> list[tuple[float, Block]]:
    """Each line as its parts (top, text), except runs of two lines or more whose parts
    line up, which are one table (top of its first line, the table)."""
    placed: list[tuple[float, Block]] = []
    run: list[tuple[float, list[Segment]]] = []

    def flush() -> None:
        if len(run) >= 2:
            placed.append((run[0][0], _table(run)))
        else:
            placed.extend((top, text) for top, parts in run for _, text in parts)
        run.clear()

    for top, parts in lines:
        if len(parts) < 2 or (run and not _lines_up(run, parts)):
            flush()
        if len(parts) < 2:
            placed.extend((top, text) for _, text in parts)
        else:
            run.append((top, parts))
    flush()
    return placed


def _columns(run: list[tuple[float, list[Segment]]]) -> list[float]:
    starts: list[float] = []
    for _, parts in run:
        for x0, _ in parts:
            if not any(abs(x0 - s) <= _ALIGNED for s in starts):
                starts.append(x0)
    return sorted(starts)


def _lines_up(run: list[tuple[float, list[Segment]]], parts: list[Segment]) -> bool:
    columns = _columns(run)
    return all(any(abs(x0 - c) <= _ALIGNED for c in columns) for x0, _ in parts)


def _table(run: list[tuple[float, list[Segment]]]) -> Table:
    columns = _columns(run)
    rows = []
    for _, parts in run:
        cells = [""] * len(columns)
        for x0, text in parts:
            index = min(range(len(columns)), key=lambda i: abs(columns[i] - x0))
            cells[index] = f"{cells[index]} {text}".strip()
        rows.append(tuple(cells))
    return Table(tuple(rows))
