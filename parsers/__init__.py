"""Bytes to parsed mail to extracted form. No network, no database."""
