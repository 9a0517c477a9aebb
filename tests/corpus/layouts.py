"""The labelled corpus: forms in varied layouts, each paired with what a reader should find.

    from tests.corpus.layouts import corpus
    for case in corpus(): ...   # case.attachments (main file first), case.spec, case.kind

Every layout is filled with two families (different date styles and label wordings);
internal requests, step-down packs (form plus CIN/CP plan) and plans and letters on
their own are added for classification. Built by code, deterministic, no extractor
involved.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache

from frontdoor_demo.samples.forms import FormSpec
from parsers.results import DocumentKind
from tests.corpus import documents
from tests.corpus.docx_layouts import DOCX_LAYOUTS
from tests.corpus.families import FAMILIES, Family, internal_request, step_down
from tests.corpus.pdf_layouts import PDF_LAYOUTS
from tests.corpus.written import Written

Layout = Callable[[Written], bytes]
LAYOUTS: dict[str, Layout] = {**DOCX_LAYOUTS, **PDF_LAYOUTS}
FAMILIES_PER_LAYOUT = 2


@dataclass(frozen=True)
class Case:
    """One labelled item: the files of one email and what a reader should conclude.

    `spec` is the expected main form (None when the files hold no form); `kind` the
    expected classification (a FormType value for forms, else a DocumentKind value);
    `cluster` where the Dudley example policy routes the postcode (None: nowhere);
    `queue` True when a correct reading still belongs in the exception queue.
    """

    name: str
    attachments: tuple[tuple[str, bytes], ...]
    spec: FormSpec | None
    kind: str
    cluster: str | None = None
    queue: bool = False
    warnings: tuple[str, ...] = ()  # what the reader should report it was unsure of

    @property
    def filename(self) -> str:
        return self.attachments[0][0]


def _extension(layout: str) -> str:
    return "pdf" if layout.startswith("pdf") else "docx"


def _form_case(name: str, layout: str, family: Family, spec: FormSpec, number: int,
               extra: tuple[tuple[str, bytes], ...] = ()) -> Case:
    written = Written(spec, style=number, labels=number, level_word=family.level_word,
                      quirks=family.quirks)
    data = LAYOUTS[layout](written)
    return Case(name, ((f"{name}.{_extension(layout)}", data), *extra), spec,
                spec.form_type.value, family.cluster, family.queue, written.warnings)


def _assessments() -> list[Case]:
    cases: list[Case] = []
    for index, layout in enumerate(LAYOUTS):
        for k in range(FAMILIES_PER_LAYOUT):
            number = index * FAMILIES_PER_LAYOUT + k
            family = FAMILIES[number % len(FAMILIES)]
            cases.append(_form_case(f"{layout}-{k + 1}", layout, family, family.spec, number))
    return cases


_REQUEST_LAYOUTS = ("docx-vertical", "docx-content-controls", "pdf-acro-tooltips",
                    "pdf-flat-same-line", "docx-glyph-boxes")


def _internal_requests() -> list[Case]:
    """Internal requests: the desk recorded verbal consent, so only the postcode can queue."""
    cases = []
    for n, layout in enumerate(_REQUEST_LAYOUTS):
        family = FAMILIES[(n * 5 + 4) % len(FAMILIES)]
        family = replace(family, queue=family.cluster is None)
        cases.append(_form_case(f"internal-request-{layout}", layout, family,
                                internal_request(family), n + 3))
    return cases


def _packs() -> list[Case]:
    """Step-down packs: the assessment or step-down form, with the plan beside it."""
    plans = (("cin-plan.pdf", documents.plan_pdf("Child in Need Plan")),
             ("cp-plan.docx", documents.plan_docx("Child Protection Plan", letterhead=True)),
             ("step-down-plan.docx", documents.plan_docx("Step-down plan")),
             ("CIN plan review.pdf", documents.plan_pdf("CIN Plan - review")))
    layouts = ("docx-vertical", "pdf-flat-value-below", "docx-person-columns",
               "pdf-acro-tooltips")
    cases = []
    for n, (plan, layout) in enumerate(zip(plans, layouts, strict=True)):
        family = FAMILIES[(n * 7 + 11) % len(FAMILIES)]
        spec = step_down(family)
        if n == 2:
            spec = replace(spec, title="Step-Down Form: Children's Services to Early Help")
        cases.append(_form_case(f"step-down-pack-{n + 1}", layout, family, spec, n + 5, (plan,)))
    return cases


def _covering_letters() -> list[Case]:
    """An assessment sent with a covering letter attached before it."""
    letter = ("covering letter.docx", documents.letter_docx(about_the_form=True))
    cases = []
    for n, layout in enumerate(("pdf-word-export", "docx-four-columns")):
        family = FAMILIES[(n * 5 + 2) % len(FAMILIES)]
        case = _form_case(f"covering-letter-{layout}", layout, family, family.spec, n + 1)
        cases.append(replace(case, attachments=(letter, *case.attachments)))
    return cases


_REFERRER_FIRST = ("docx-horizontal", "docx-four-columns", "docx-value-below",
                   "pdf-flat-same-line", "pdf-flat-value-below", "pdf-word-export",
                   "pdf-running-header")


def _referrer_first() -> list[Case]:
    """The referrer's section first, with the school's address and postcode in it: only
    the section title tells them from the family's (another cluster's postcode)."""
    cases = []
    for n, layout in enumerate(_REFERRER_FIRST):
        family = FAMILIES[(n * 3 + 5) % len(FAMILIES)]
        family = replace(family, quirks=replace(family.quirks, referrer_first=True))
        cases.append(_form_case(f"referrer-first-{layout}", layout, family, family.spec, n))
    return cases


_SPLIT_NAMES = ("docx-vertical", "docx-person-columns", "pdf-flat-same-line",
                "pdf-two-page-table", "pdf-acro-tooltips", "pdf-word-export")


def _split_names() -> list[Case]:
    """Family tables with first name and surname in separate columns."""
    cases = []
    for n, layout in enumerate(_SPLIT_NAMES):
        family = FAMILIES[(n * 5 + 3) % len(FAMILIES)]
        family = replace(family, quirks=replace(family.quirks, split_names=True))
        cases.append(_form_case(f"split-names-{layout}", layout, family, family.spec, n + 2))
    return cases


def _documents() -> list[Case]:
    plan = DocumentKind.STEP_DOWN_PLAN.value
    supporting = DocumentKind.SUPPORTING.value
    return [
        Case("cin-plan", (("CIN plan.pdf", documents.plan_pdf("Child in Need Plan")),),
             None, plan),
        Case("cp-plan", (("CP plan.docx", documents.plan_docx("Child Protection Plan")),),
             None, plan),
        Case("step-down-plan", (("plan.docx", documents.plan_docx("Step Down Plan")),),
             None, plan),
        Case("cp-plan-letterhead", (("CP plan.docx", documents.plan_docx(
            "Child Protection Plan", letterhead=True)),), None, plan),
        Case("gp-letter-docx", (("letter.docx", documents.letter_docx()),), None, supporting),
        Case("covering-letter", (("covering letter.docx", documents.letter_docx(
            about_the_form=True)),), None, supporting),
        Case("gp-letter-pdf", (("letter.pdf", documents.letter_pdf()),), None, supporting),
    ]


@cache
def corpus() -> tuple[Case, ...]:
    """Every labelled item, forms first; built once per process."""
    return tuple(_assessments() + _internal_requests() + _packs() + _covering_letters()
                 + _referrer_first() + _split_names() + _documents())


def sweep(offset: int) -> tuple[Case, ...]:
    """Every family in every layout (456 forms), with date styles and label wordings
    shifted by `offset`: a wider check than the corpus, for `bench.extraction --sweep`."""
    return tuple(_form_case(f"{layout}-family-{f + 1}", layout, family, family.spec,
                            index * 7 + f * 3 + offset)
                 for index, layout in enumerate(LAYOUTS) for f, family in enumerate(FAMILIES))


def forms() -> tuple[Case, ...]:
    return tuple(c for c in corpus() if c.spec is not None)

