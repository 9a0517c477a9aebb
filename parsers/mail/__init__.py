"""Messages and their containers: MIME, Outlook .msg, winmail.dat, HTML bodies."""
