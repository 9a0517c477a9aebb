"""Held-out council-layout referral cases, written from published forms to measure the reader."""
