"""The links of a page that change a few parameters of its query string, built in Python.

`{% querystring page=3 %}` copies the request's `QueryDict` (a deep copy) and encodes
every parameter again for each link it writes; a list or search page writes a dozen
(pagination, downloads, record types, corrections), each through the template engine.
`QueryLinks` encodes each parameter of the query string once, when it is made, and
writes every variant by joining those encoded pieces.

Its URLs are exactly `{% querystring %}`'s, which the house style names for these
links (tests/core/test_querylinks.py compares the two on awkward query strings):

- `links(page=3)` sets a parameter (all its values replaced, in its place in the
  query string; a new parameter goes last), `links(page=None)` removes it, and a
  list or tuple sets several values (`links(economy=["PHL", "THA"])`);
- with no parameters at all the link is "" (the page itself), and "?" when the
  query string had some and all were removed.

`links.without(name, value)` is the chip's "remove this filter" link: the page
number and one value of `name` (or all of them) removed, "?" when nothing is left.
"""

from collections.abc import Iterable
from urllib.parse import urlencode


class QueryLinks:
    def __init__(self, query):
        """`query`: a `QueryDict`, usually `request.GET`."""
        self.query = query
        self._encoding = query.encoding
        self._values = dict(query.lists())
        self._pieces = {key: self._encode(key, values) for key, values in self._values.items()}

    def _encode(self, key, values):
        # As QueryDict.urlencode does it: each pair on its own, as UTF-8 bytes.
        key = key.encode(self._encoding)
        return [urlencode({key: str(value).encode(self._encoding)}) for value in values]

    def __call__(self, **changes):
        pieces = dict(self._pieces)
        for key, value in changes.items():
            if value is None:
                pieces.pop(key, None)
            elif isinstance(value, Iterable) and not isinstance(value, str):
                pieces[key] = self._encode(key, list(value))
            else:
                pieces[key] = self._encode(key, [value])
        if not pieces and not self._values:
            return ""
        return "?" + "&".join(piece for encoded in pieces.values() for piece in encoded)

    def without(self, name, value=None):
        """The query string without `page` and without `name` (or only its `value`)."""
        pieces = dict(self._pieces)
        pieces.pop("page", None)
        if name != "page" and name in pieces:
            if value is None:
                del pieces[name]
            else:
                kept = [item for item in self._values[name] if item != value]
                pieces[name] = self._encode(name, kept)
        return "?" + "&".join(piece for encoded in pieces.values() for piece in encoded)


#: How the download links name each format, and whether the browser saves the file.
DOWNLOADS = {"csv": ("CSV", True), "json": ("JSON", False), "ics": ("iCalendar", True)}


def download_links(links, formats):
    """The page's records in each other format it answers: same parameters, no page."""
    return [
        {
            "format": fmt,
            "label": DOWNLOADS[fmt][0],
            "download": DOWNLOADS[fmt][1],
            "url": links(format=fmt, page=None),
        }
        for fmt in formats
        if fmt in DOWNLOADS
    ]
