# The steps after atonement have no page in the operator's admin, on purpose: what two
# people wrote to each other, and whether one of them wants to be close again, is theirs.
