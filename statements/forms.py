"""The admin's statement import: paste or upload the raw text, preview, confirm."""

from django import forms
from django.core.validators import ProhibitNullCharactersValidator

from core.import_input import (
    MAX_IMPORT_BYTES,
    MAX_IMPORT_LABEL,
    ImportInputError,
    clean_import_text,
    too_large_message,
)
from statements.importer import StatementParseError, check_lengths, statement_read


class ImportTextField(forms.CharField):
    """A CharField that leaves NUL characters to `clean_import_text`, so that pasted text
    and uploaded files are refused with the same message, naming the line."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.validators = [
            v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)
        ]


class StatementImportForm(forms.Form):
    text = ImportTextField(
        label="Statement text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "cols": 100}),
        help_text=(
            "Paste the statement as published, from its title to its last paragraph "
            f"(at most {MAX_IMPORT_LABEL})."
        ),
    )
    file = forms.FileField(
        label="…or a .txt file",
        required=False,
        help_text=f"Plain text in UTF-8, up to {MAX_IMPORT_LABEL}.",
    )
    source_url = forms.URLField(
        label="Source link", required=False, max_length=500, assume_scheme="https"
    )
    expected_version = forms.IntegerField(required=False, widget=forms.HiddenInput())

    def clean_text(self):
        try:
            return clean_import_text(self.cleaned_data.get("text") or "")
        except ImportInputError as exc:
            raise forms.ValidationError(exc.message, code="input") from exc

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if not upload.name.lower().endswith(".txt"):
            raise forms.ValidationError("Upload a plain-text file ending in .txt.")
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(too_large_message(upload.size), code="input")
        try:
            return clean_import_text(upload.read())
        except ImportInputError as exc:
            raise forms.ValidationError(exc.message, code="input") from exc

    def clean(self):
        cleaned = super().clean()
        text, file_text = cleaned.get("text", ""), cleaned.get("file")
        if self.errors:
            return cleaned
        if text.strip() and file_text:
            raise forms.ValidationError("Paste the text or upload a file, not both.")
        text = file_text if file_text else text
        if not text.strip():
            raise forms.ValidationError("Paste the statement's text or choose a .txt file.")
        cleaned["text"] = text
        lines = text.splitlines()
        try:
            parsed = statement_read(text)
            check_lengths(parsed, text, facts=False)
        except StatementParseError as exc:
            shown = lines[exc.line - 1].strip() if 0 < exc.line <= len(lines) else ""
            message = f"Line {exc.line}: {exc.reason}"
            if shown:
                message += f" — the line reads: “{shown[:120]}”"
            if exc.expected:
                message += f". Nothing was saved; expected {exc.expected}."
            raise forms.ValidationError(message, code="parse") from exc
        cleaned["parsed"] = parsed
        return cleaned
