"""Input limits, in one place so forms, the API and the docs agree.

They are generous for writing about something painful, and small enough that
one request can never fill a disk or slow a page for others.
"""

NAME_MAX = 60  # a display name or a space's name
SHORT_TEXT_MAX = 300  # one line: a commitment's title, a promise, a question
LONG_TEXT_MAX = 20_000  # a journal entry, a statement, a reflection (about 3,000 words)
PASSWORD_MAX = 256
