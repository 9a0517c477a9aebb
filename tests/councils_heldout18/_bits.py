"""Small cell helpers shared by this set's modules (built on tests/councils/kit.py)."""

from tests.councils.kit import CB, Boxes


def yn(v: bool, yes: str = "Yes", no: str = "No") -> Boxes:
    """A Yes / No pair of tick boxes with one ticked."""
    return Boxes((CB(v, yes), CB(not v, no)))


def deleted(v: bool) -> str:
    """'Yes / No (delete as appropriate)' answered by deleting the other word."""
    return "Yes" if v else "No"
