"""A form's layout as a fingerprint: the same template filled in for another family gives
the same one."""

from __future__ import annotations

import hashlib

from parsers.layout import Content, Heading, Pair, Table
from parsers.meaning.labels import is_known_label
from parsers.meaning.vocabulary import person_part


def layout_fingerprint(content: Content) -> str:
    """A form's layout, whatever was typed into it: a hash of its headings and of the
    labels it prints (known wordings in lines, pairs and tables' cells), in order, each
    once. Two copies of one council's template share it; the answers and the number of
    people do not change it (the learning from admins' corrections keys on it)."""
    seen: list[str] = []
    for block in content.blocks:
        texts = [block.text] if isinstance(block, Heading) else [block.label] if isinstance(
            block, Pair) else [c for row in block.rows for c in row] if isinstance(
            block, Table) else [block]
        for text in texts:
            label = " ".join(text.split()).lower().rstrip(": ")
            if label not in seen and 0 < len(label) <= 80 and (
                    isinstance(block, Heading) or is_known_label(label)
                    or person_part(label) is not None):
                seen.append(label)
    if not seen:
        return ""
    return hashlib.sha256("\n".join(seen).encode()).hexdigest()[:32]
