"""Makes eha.doc and eha.expected.json: a legacy Word .doc, as Word 97-2003 would save it.

The .doc is committed because making one needs LibreOffice (hundreds of MB), while
reading one needs only antiword. Run from the repository root, with LibreOffice
installed (Debian: libreoffice-writer-nogui), after a change to the sample form:

    .venv/bin/python tests/samples/legacy_doc/make_eha_doc.py

The form is `sample_specs()[0]` from frontdoor_demo/samples/forms.py in its table layout,
saved as .docx by our generator and converted by `soffice --headless --convert-to doc`
(filter "MS Word 97"). The expected JSON is written from the spec, not by our reader.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from frontdoor_demo.samples.forms import FormSpec, make_docx, sample_specs  # noqa: E402
from parsers.word.legacy_doc import CONVERTED  # noqa: E402


def main() -> None:
    spec = sample_specs()[0]
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "eha.docx"
        source.write_bytes(make_docx(spec))
        subprocess.run(["soffice", "--headless", "--norestore", "--convert-to", "doc",
                        "--outdir", folder, str(source)], check=True, timeout=300,
                       env={"HOME": folder, "PATH": "/usr/bin:/bin"})
        (HERE / "eha.doc").write_bytes((Path(folder) / "eha.doc").read_bytes())
    expected = json.dumps(expected_json(spec), indent=2, ensure_ascii=False)
    (HERE / "eha.expected.json").write_text(expected + "\n", encoding="utf-8")


def expected_json(spec: FormSpec) -> dict[str, object]:
    """The form contract's JSON for what the spec says a reader should find."""
    return {
        "form_type": spec.form_type.value,
        "people": [{"name": p.name, "date_of_birth": _iso(p.dob), "role": p.role.value,
                    "relationship": p.relationship,
                    "consent": {"signed": p.signed,
                                "date": _iso(p.consent_date) if p.signed else None}}
                   for p in spec.people],
        "address": {"lines": list(spec.address_lines), "postcode": spec.postcode},
        "lead_professional": {"name": spec.lead.name, "agency": spec.lead.agency,
                              "email": spec.lead.email, "phone": spec.lead.phone},
        "level_of_need": spec.level,
        "warnings": [CONVERTED],
    }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


if __name__ == "__main__":
    main()
