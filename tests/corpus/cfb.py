"""A minimal writer of Compound File Binary files ([MS-CFB] version 3), for test samples.

Outlook .msg files and legacy Office files are CFB containers: a FAT file system inside one
file. This writer takes a tree of storages (dicts) and streams (bytes) and lays it out the
plain way: directory, mini FAT, mini stream, large streams, then the FAT. Streams under
4096 bytes live in the mini stream (64-byte sectors), as the format requires. Every
directory node is black, which [MS-CFB] 2.6.4 allows; siblings form a balanced search tree.
At most 109 FAT sectors (about 7 MB), so no DIFAT sectors are needed.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

Tree = dict[str, "bytes | Tree"]

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SECTOR = 512
MINI_SECTOR = 64
MINI_CUTOFF = 4096
FREE, END, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
STORAGE, STREAM, ROOT = 1, 2, 5
BLACK = 1


@dataclass
class _Entry:
    """One directory entry while the file is laid out."""

    name: str
    kind: int
    data: bytes = b""
    children: list[int] = field(default_factory=list)
    left: int = NO_STREAM
    right: int = NO_STREAM
    child: int = NO_STREAM
    start: int = END
    size: int = 0

    def pack(self) -> bytes:
        name = (self.name + "\0").encode("utf-16-le")
        return struct.pack("<64sHBBIII16sIQQIQ", name, len(name), self.kind, BLACK, self.left,
                           self.right, self.child, bytes(16), 0, 0, 0, self.start, self.size)


def write_cfb(tree: Tree) -> bytes:
    """The bytes of a compound file whose root storage holds `tree`."""
    entries = [_Entry("Root Entry", ROOT)]
    _add_children(entries, 0, tree)
    mini_stream, mini_fat = _lay_out_mini_stream(entries)
    n_dir = -(-len(entries) // 4)
    mini_fat_bytes = b"".join(struct.pack("<I", n) for n in _padded_table(mini_fat))
    big = [e for e in entries if e.kind == STREAM and e.size >= MINI_CUTOFF]
    parts = [mini_fat_bytes, _pad(mini_stream), *(_pad(e.data) for e in big)]
    fat: list[int] = []
    starts = [_chain(fat, n_dir)] + [_chain(fat, len(p) // SECTOR) for p in parts]
    entries[0].start = starts[2] if mini_stream else END
    entries[0].size = len(mini_stream)
    for entry, start in zip(big, starts[3:], strict=True):
        entry.start = start
    fat_sectors = _add_fat_sectors(fat)
    directory = b"".join(e.pack() for e in entries) + _unused_entries(n_dir * 4 - len(entries))
    header = _header(fat_sectors, mini_fat_start=starts[1] if mini_fat else END,
                     n_mini_fat=len(mini_fat_bytes) // SECTOR)
    fat_bytes = b"".join(struct.pack("<I", n) for n in fat)
    return header + directory + b"".join(parts) + fat_bytes


def _add_children(entries: list[_Entry], parent: int, tree: Tree) -> None:
    for name, value in tree.items():
        if isinstance(value, bytes):
            entries.append(_Entry(name, STREAM, value, size=len(value)))
            entries[parent].children.append(len(entries) - 1)
        else:
            entries.append(_Entry(name, STORAGE))
            entries[parent].children.append(len(entries) - 1)
            _add_children(entries, len(entries) - 1, value)
    ordered = sorted(entries[parent].children, key=lambda i: _order(entries[i].name))
    entries[parent].child = _balanced(entries, ordered)


def _order(name: str) -> tuple[int, str]:
    """[MS-CFB] 2.6.4: shorter names first, then by upper-cased code points."""
    return len(name), name.upper()


def _balanced(entries: list[_Entry], ordered: list[int]) -> int:
    if not ordered:
        return NO_STREAM
    middle = len(ordered) // 2
    node = entries[ordered[middle]]
    node.left = _balanced(entries, ordered[:middle])
    node.right = _balanced(entries, ordered[middle + 1:])
    return ordered[middle]


def _lay_out_mini_stream(entries: list[_Entry]) -> tuple[bytes, list[int]]:
    """The mini stream holding every small stream, and its mini FAT."""
    stream = b""
    mini_fat: list[int] = []
    for entry in entries:
        if entry.kind == STREAM and 0 < entry.size < MINI_CUTOFF:
            entry.start = _chain(mini_fat, -(-entry.size // MINI_SECTOR))
            stream += entry.data.ljust(-(-entry.size // MINI_SECTOR) * MINI_SECTOR, b"\0")
    return stream, mini_fat


def _chain(table: list[int], count: int) -> int:
    """Append a chain of `count` sectors to an allocation table; its first sector, or END."""
    if count == 0:
        return END
    start = len(table)
    table.extend(range(start + 1, start + count))
    table.append(END)
    return start


def _add_fat_sectors(fat: list[int]) -> list[int]:
    """Append the FAT's own sectors (marked FAT_SECTOR) and pad it to whole sectors."""
    per_sector = SECTOR // 4
    count = 1
    while count * per_sector < len(fat) + count:
        count += 1
    if count > 109:
        raise ValueError("sample too large for a header-only DIFAT")
    first = len(fat)
    fat.extend([FAT_SECTOR] * count)
    fat.extend([FREE] * (count * per_sector - len(fat)))
    return list(range(first, first + count))


def _header(fat_sectors: list[int], *, mini_fat_start: int, n_mini_fat: int) -> bytes:
    difat = fat_sectors + [FREE] * (109 - len(fat_sectors))
    return (MAGIC + bytes(16) + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + bytes(6)
            + struct.pack("<9I", 0, len(fat_sectors), 0, 0, MINI_CUTOFF, mini_fat_start,
                          n_mini_fat, END, 0)
            + struct.pack("<109I", *difat))


def _unused_entries(count: int) -> bytes:
    empty = struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, NO_STREAM, NO_STREAM, NO_STREAM,
                        bytes(16), 0, 0, 0, 0, 0)
    return empty * count


def _padded_table(table: list[int]) -> list[int]:
    return table + [FREE] * (-len(table) % (SECTOR // 4))


def _pad(data: bytes) -> bytes:
    return data.ljust(-(-len(data) // SECTOR) * SECTOR, b"\0")
