# Transparency offers have no page in the operator's admin, on purpose: what someone offered
# their partner, and whether either of them felt pressured, is theirs alone.
