"""Numbers said the way a person would say them: "one day", "three attempts", never
"0 of 1 noted day". Pure, no Django."""

_SMALL = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def in_words(n: int) -> str:
    """ "one" to "ten" in words (and "no" for nought); larger numbers as figures."""
    return _SMALL[n] if 0 <= n < len(_SMALL) else f"{n:,}"


def counted(n: int, singular: str, plural: str = "") -> str:
    """ "one day", "two days", "no days", "12 days"."""
    noun = singular if n == 1 else (plural or f"{singular}s")
    return f"{in_words(n)} {noun}"


def listed(parts: list[str]) -> str:
    """ "a", "a and b", "a, b and c"."""
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} and {parts[-1]}"


def sentence(text: str) -> str:
    """Capitalised, with a full stop."""
    text = text.strip()
    if not text:
        return ""
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!")) else f"{text}."
