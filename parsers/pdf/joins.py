"""Lines and boxes a PDF splits that belong together: a sentence the page wrapped, and a
date typed in three boxes under one printed label."""

from __future__ import annotations

import re

from parsers.layout import Block, Pair, continues


def unwrapped(blocks: list[Block]) -> list[Block]:
    """A sentence the page wrapped ("He and both parents" over "agreed at a meeting on …")
    as one line."""
    joined: list[Block] = []
    for block in blocks:
        last = joined[-1] if joined else None
        if isinstance(block, str) and isinstance(last, str) and continues(last, block):
            joined[-1] = f"{last.rstrip()} {block.strip()}"
        else:
            joined.append(block)
    return joined


def dates_in_three(blocks: list[Block]) -> list[Block]:
    """Three boxes under one printed label holding a day, a month and a year ("Date of birth
    (day / month / year)" | 24 | 03 | 2023) as one date."""
    joined: list[Block] = []
    for block in blocks:
        run = joined[-2:]
        if (isinstance(block, Pair) and len(run) == 2 and all(
                isinstance(b, Pair) and b.label == block.label for b in run)
                and re.fullmatch(r"\d{1,2}/\d{1,2}/\d{2,4}", "/".join(
                    b.value.strip() for b in (*run, block) if isinstance(b, Pair)))):
            joined[-2:] = [Pair(block.label, "/".join(
                b.value.strip() for b in (*run, block) if isinstance(b, Pair)))]
        else:
            joined.append(block)
    return joined
