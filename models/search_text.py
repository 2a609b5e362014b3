"""Text as a search compares it: "Zulkarnaen" finds "Zulkarnaén", ' finds ’."""

import unicodedata

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʼ": "'"})


def search_key(text: str) -> str:
    """Lower case, accents and curly apostrophes set aside, spaces collapsed."""
    if text.isascii():  # most text: nothing to decompose (this runs over every person)
        return " ".join(text.replace("`", "'").casefold().split())
    decomposed = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())
