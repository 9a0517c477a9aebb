"""What has been read from one file so far: the accumulator the readers share."""

from __future__ import annotations

from dataclasses import dataclass, field

from parsers.labels import Field, field_for
from parsers.people import Column, PersonRow
from parsers.values import is_placeholder


@dataclass
class Found:
    """Accumulator used only while reading one file's blocks."""

    values: dict[Field, list[str]] = field(default_factory=dict)
    people: list[PersonRow] = field(default_factory=list)
    section: str = ""
    pending: Field | None = None
    continues: bool = False  # the next plain line continues the last narrative value
    # The last family table's width and columns while the next table may continue it
    # (a table split over two pages without its header row repeated).
    family: tuple[int, dict[Column, int]] | None = None
    discard: bool = False  # the next plain line answers a label this section cannot hold

    def add(self, found: Field, value: str) -> bool:
        text = value.strip()
        if text and not is_placeholder(text):
            self.values.setdefault(found, []).append(text)
            return True
        return False

    def first(self, found: Field) -> str:
        return self.values.get(found, [""])[0]


def read_pair(found: Found, label: str, value: str) -> bool:
    target = field_for(label, found.section)
    if target is None:
        return False
    found.continues = found.add(target, value) and target is Field.NARRATIVE
    return True
