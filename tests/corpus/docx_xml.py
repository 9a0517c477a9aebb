"""Raw WordprocessingML that python-docx cannot write: content controls, legacy form
fields, text boxes. Each function returns an element to append to a paragraph or body.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from docx.oxml import parse_xml

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = (f'xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"')
PLACEHOLDER = "Click here to enter text."
CHOOSE = "Choose an item."
DATE_PLACEHOLDER = "Click here to enter a date."
EMPTY_FORMTEXT = "\u2002" * 5  # what Word shows in an empty legacy text field


def xml(fragment: str) -> Any:
    """An element from a fragment whose root uses the w:, v:, mc:, wps: or w14: prefixes."""
    tag_end = fragment.index(">")
    space = fragment.index(" ") if " " in fragment[:tag_end] else tag_end
    split = min(space, tag_end)
    return parse_xml(f"{fragment[:split]} {_NS}{fragment[split:]}")


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def text_control(text: str, *, placeholder: str = PLACEHOLDER) -> Any:
    """An inline plain-text content control; empty shows Word's prompt."""
    shown = text or placeholder
    flag = "" if text else "<w:showingPlcHdr/>"
    return xml(f"<w:sdt><w:sdtPr>{flag}<w:text/></w:sdtPr>"
               f"<w:sdtContent>{run(shown)}</w:sdtContent></w:sdt>")


def dropdown_control(chosen: str, choices: tuple[str, ...]) -> Any:
    """A drop-down list content control; nothing chosen shows "Choose an item."."""
    items = "".join(f"<w:listItem w:displayText={quoteattr(c)} w:value={quoteattr(c)}/>"
                    for c in choices)
    flag = "" if chosen else "<w:showingPlcHdr/>"
    return xml(f"<w:sdt><w:sdtPr>{flag}<w:dropDownList>{items}</w:dropDownList></w:sdtPr>"
               f"<w:sdtContent>{run(chosen or CHOOSE)}</w:sdtContent></w:sdt>")


def date_control(value: dt.date | None, shown: str, *, us_display: bool = False) -> Any:
    """A date picker: the chosen date in w:fullDate and as displayed (`shown`); with
    `us_display` the control shows it month first, as a US-locale Word does."""
    if value is not None and us_display:
        shown = f"{value.month}/{value.day}/{value.year}"
    if value is None:
        return xml("<w:sdt><w:sdtPr><w:showingPlcHdr/><w:date><w:dateFormat w:val="
                   f'"dd/MM/yyyy"/></w:date></w:sdtPr><w:sdtContent>{run(DATE_PLACEHOLDER)}'
                   "</w:sdtContent></w:sdt>")
    return xml(f'<w:sdt><w:sdtPr><w:date w:fullDate="{value.isoformat()}T00:00:00Z">'
               '<w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/></w:date></w:sdtPr>'
               f"<w:sdtContent>{run(shown)}</w:sdtContent></w:sdt>")


def wingdings_box(checked: bool) -> Any:
    """A tick box typed with Insert Symbol: a Wingdings character, no Unicode glyph."""
    code = "F0FE" if checked else "F0A8"
    return xml(f'<w:r><w:sym w:font="Wingdings" w:char="{code}"/></w:r>')


def checkbox_control(checked: bool) -> Any:
    """A Word 2010 check box content control (its glyph is ordinary text)."""
    glyph = "☒" if checked else "☐"
    return xml(f'<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
               "</w14:checkbox></w:sdtPr>"
               f"<w:sdtContent>{run(glyph)}</w:sdtContent></w:sdt>")


def legacy_text_runs(name: str, value: str) -> list[Any]:
    """A legacy FORMTEXT field (Word 97-2003 forms): begin, instruction, result, end."""
    shown = value or EMPTY_FORMTEXT
    return [xml(f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
                "<w:enabled/><w:calcOnExit w:val=\"0\"/><w:textInput/></w:ffData>"
                "</w:fldChar></w:r>"),
            xml('<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'),
            xml('<w:r><w:fldChar w:fldCharType="separate"/></w:r>'),
            xml(run(shown)),
            xml('<w:r><w:fldChar w:fldCharType="end"/></w:r>')]


def legacy_checkbox_runs(name: str, checked: bool, *, by_default: bool = False) -> list[Any]:
    """A legacy FORMCHECKBOX: its state is in ffData, there is no glyph in the text.

    `by_default` records the state as the field's default (w:default) instead of w:checked,
    which Word also writes.
    """
    if by_default:
        state = f'<w:default w:val="{int(checked)}"/>'
    else:
        state = '<w:default w:val="0"/>' + ("<w:checked/>" if checked else "")
    return [xml(f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/>'
                f"<w:enabled/><w:checkBox><w:sizeAuto/>{state}</w:checkBox></w:ffData>"
                "</w:fldChar></w:r>"),
            xml('<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'),
            xml('<w:r><w:fldChar w:fldCharType="end"/></w:r>')]


def text_box_run(lines: list[str]) -> Any:
    """A floating text box as Word 2010+ writes it: a DrawingML shape with a VML fallback,
    so the text is stored twice."""
    body = "".join(f"<w:p>{run(line)}</w:p>" for line in lines)
    return xml(
        "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing>"
        '<wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="2743200" cy="914400"/><wp:wrapSquare wrapText="bothSides"/>'
        '<wp:docPr id="7" name="Text Box 7"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f"<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/>"
        "</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:shape style="width:216pt;height:72pt"><v:textbox>'
        f"<w:txbxContent>{body}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>")
