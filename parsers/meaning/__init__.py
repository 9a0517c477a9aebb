"""The one interpreter: what a form's Content means (people, consent, home, level)."""
