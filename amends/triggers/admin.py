# Hard moments have no page in the operator's admin, on purpose: how often someone is
# triggered, and when, is theirs alone, and even that a row exists would say it.
