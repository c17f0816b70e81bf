"""The checks every imported text passes before any importer reads it.

Pasted text, an uploaded file and a file given to a management command all go
through `clean_import_text`, so they are refused, or accepted, for the same
reasons and with the same words:

- at most `MAX_IMPORT_BYTES` (1 MB) of UTF-8, so one request cannot keep a
  worker busy past its timeout (a statement is some 30 kB);
- bytes must be UTF-8 (a UTF-16 file is named as such, since that is the usual
  mistake: "Unicode" in some editors' save dialogs);
- byte order marks (U+FEFF) are dropped wherever they are: an editor writes one
  at the start of a file, and pasting two such files together puts one mid-text;
- a NUL character is refused with its line: PostgreSQL cannot store one, and in
  a text file it means the file is not really text.

Line endings are left alone; the importers split lines themselves.
"""

MAX_IMPORT_BYTES = 1_000_000
MAX_IMPORT_LABEL = "1 MB"
BYTE_ORDER_MARK = "\ufeff"


class ImportInputError(ValueError):
    """The text cannot be imported at all; `line` (1-based) is set when one line is at fault."""

    def __init__(self, message, line=None):
        self.message = message
        self.line = line
        super().__init__(message)


def too_large_message(size):
    return (
        f"The text is {size:,} bytes; an import takes at most {MAX_IMPORT_LABEL} "
        f"({MAX_IMPORT_BYTES:,} bytes). A ministerial statement is far smaller: check that "
        "this is one statement's text."
    )


def clean_import_text(raw):
    """Return `raw` (bytes or str) as text ready to parse, or raise ImportInputError."""
    if isinstance(raw, bytes | bytearray):
        if len(raw) > MAX_IMPORT_BYTES:
            raise ImportInputError(too_large_message(len(raw)))
        if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
            raise ImportInputError(
                "The file is UTF-16 text (it starts with a UTF-16 byte order mark); save it "
                "as UTF-8 and try again."
            )
        try:
            text = bytes(raw).decode("utf-8")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            raise ImportInputError(
                f"Line {line}: the text is not UTF-8 (byte {exc.start + 1} cannot be read); "
                "save it as UTF-8 and try again.",
                line,
            ) from exc
    else:
        text = raw
        size = len(text.encode("utf-8", errors="surrogatepass"))
        if size > MAX_IMPORT_BYTES:
            raise ImportInputError(too_large_message(size))
    text = text.replace(BYTE_ORDER_MARK, "")
    nul = text.find("\x00")
    if nul != -1:
        line = text.count("\n", 0, nul) + 1
        raise ImportInputError(
            f"Line {line}: the text contains a NUL character (a zero byte), which no "
            "statement has; the file is probably not plain text. Save it as UTF-8 text "
            "and try again.",
            line,
        )
    return text
