"""Extracted form plus routing policy to a Decision. Pure: no I/O at all."""
