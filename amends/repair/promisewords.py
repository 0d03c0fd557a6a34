"""A promise's follow-through said in a sentence: the days noted and how the two of them
saw each, never a score ("0 of 1 noted day"). Pure, like pathwords."""

from typing import Any

from amends.core.plainwords import counted, in_words, listed, sentence


def follow_through_words(rows: list[dict[str, Any]], *, professional: bool = False) -> str:
    """One promise's noted days, in a sentence: how many, and how the two of them saw them
    (`rows`: each day's "hurt" and "injuring" views, True, False or None). No score."""
    n = len(rows)
    if not n:
        return ""
    you, one_of = ("they", "one of them") if professional else ("you", "one of you")
    kept = sum(1 for r in rows if r["hurt"] is True and r["injuring"] is True)
    not_kept = sum(1 for r in rows if r["hurt"] is False and r["injuring"] is False)
    differ = sum(1 for r in rows if r.get("disagree"))
    alone = n - kept - not_kept - differ
    if n == 1:
        how = (
            f": {you} both saw it as kept"
            if kept
            else f": {you} both saw it as not kept"
            if not_kept
            else f": {you} each saw it differently"
            if differ
            else f", by {one_of}"
        )
        return sentence(f"one day noted so far{how}")
    said = [sentence(f"{counted(n, 'day')} noted so far")]
    if kept == n:
        said.append(sentence(f"{you} both saw {'both' if n == 2 else 'all'} of them as kept"))
    elif kept or not_kept:
        both = listed(
            [
                f"{in_words(kept)} as kept" if kept else "",
                f"{in_words(not_kept)} as not kept" if not_kept else "",
            ]
        )
        said.append(sentence(f"{you} both saw {both}"))
    if differ:
        said.append(sentence(f"{you} each saw {in_words(differ)} differently"))
    if alone:
        said.append(
            sentence(f"{in_words(alone)} {'was' if alone == 1 else 'were'} noted by only {one_of}")
        )
    return " ".join(said)
