"""An HTML message body (a form typed into Outlook, a web form's notification) as Content.

Headings (h1-h6, and a paragraph that is all bold) become headings, paragraphs and line
breaks lines, tables rows of cell text: the same structure a Word form gives, so one
interpreter reads both. Scripts, styles and hidden elements are not text.
"""

from __future__ import annotations

from html.parser import HTMLParser

from parsers.layout import Block, Content, Heading, Table

_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_LINES = frozenset({"p", "div", "li", "br", "hr", "blockquote", "ul", "ol"})
_HIDDEN = frozenset({"script", "style", "head", "title", "template"})
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "area", "col"})
MAX_CELLS = 4000  # far more than any form; a crafted page cannot make the reader slow


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.line: list[str] = []
        self.hidden = 0
        self.heading = False
        self.tables: list[list[list[str]]] = []  # rows of cells, innermost table last
        self.cells = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HIDDEN or (tag not in _VOID and _is_hidden(attrs)):
            self.hidden += 1
        elif tag in _HEADINGS:
            self._end_line()
            self.heading = True
        elif tag == "table":
            self._end_line()
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables and self.cells < MAX_CELLS:
            self.cells += 1
            if not self.tables[-1]:
                self.tables[-1].append([])
            self.tables[-1][-1].append("")
        elif tag in _LINES:
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _HEADINGS:
            self._end_line()
        elif tag == "table" and self.tables:
            rows = self.tables.pop()
            table = Table(tuple(tuple(" ".join(c.split()) for c in row) for row in rows if row))
            if self.tables and self.tables[-1] and self.tables[-1][-1]:
                self.tables[-1][-1][-1] += " " + "\n".join(" ".join(r) for r in table.rows)
            elif table.rows:
                self.blocks.append(table)
        elif tag in _LINES:
            self._break()

    def handle_data(self, data: str) -> None:
        if self.hidden:
            return
        if self.tables and self.tables[-1] and self.tables[-1][-1]:
            self.tables[-1][-1][-1] += data
        else:
            self.line.append(data)

    def _break(self) -> None:
        if self.tables and self.tables[-1] and self.tables[-1][-1]:
            self.tables[-1][-1][-1] += "\n"
        else:
            self._end_line()

    def _end_line(self) -> None:
        text = " ".join("".join(self.line).split())
        self.line = []
        if text:
            self.blocks.append(Heading(text) if self.heading else text)
        self.heading = False


def _is_hidden(attrs: list[tuple[str, str | None]]) -> bool:
    """`hidden`, or display:none in an inline style (text the reader of the email never sees)."""
    for name, value in attrs:
        if name == "hidden":
            return True
        if name == "style" and value and "display:none" in value.replace(" ", "").lower():
            return True
    return False


def html_content(html: str) -> Content:
    """The blocks of an HTML body in reading order (never raises)."""
    reader = _Reader()
    try:
        reader.feed(html)
        reader.close()
    except Exception:  # html.parser is lenient; this is belt and braces
        return Content(())
    reader._end_line()
    return Content(tuple(reader.blocks))
