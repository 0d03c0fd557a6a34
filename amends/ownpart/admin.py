# The injuring partner's own part has no page in the operator's admin, on purpose: their
# reflections, their days and their slips are theirs (and, once told, their partner's).
