"""People in a form: every household member from every section, signatures and consent
statements, joined by name."""
