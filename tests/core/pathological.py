"""Pathological texts of about 1 MB, the kind that make a super-linear reader take minutes.

Shared by the linear-time test (tests/core/test_import_linear_time.py) and the measuring
command (`manage.py import_accuracy --linear-time`). Each text is built by repeating a short
piece, so a reader that re-scans what it has read, or a regex with nested unbounded
quantifiers, shows at once.
"""

SIZE = 1_000_000


def _repeat(piece, size=SIZE):
    return (piece * (size // len(piece) + 1))[:size]


def pathological_texts(size=SIZE):
    """(name, text) pairs, each text `size` characters long."""
    return [
        # A title line, then a long run of spaces, again and again (and one huge run).
        (
            "spaces",
            _repeat(
                "APEC SME Workshop" + " " * (size // 2) + _repeat("Lima " + " " * 4000, size // 2),
                size,
            ),
        ),
        ("A. ", _repeat("A. ", size)),
        ("Mr. ", _repeat("Mr. ", size)),
        ("1. ", _repeat("1. ", size)),
        ("bullets", _repeat("• - * ▪ ◦\n• ", size)),
        (
            "one line",
            _repeat(
                "The APEC SME Ministerial Meeting was held in Lima, Peru on 5-6 May 2021 and "
                "co-hosted by Chile and Viet Nam; Mr. Ana Torres said “A. B. C.” ",
                size,
            ),
        ),
    ]
