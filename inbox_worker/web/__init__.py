"""The admin pages: server-rendered GOV.UK pages over the same functions as the CLI."""
