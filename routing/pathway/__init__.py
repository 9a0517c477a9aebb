"""The casework pathway in configuration: its model (`model`), whether it can be completed
and how a person reads it (`check`), and the meeting calendars beside "every N working
days" (`calendars`). Pure."""
