"""The admin's statement import: paste or upload the raw text, preview, confirm."""

from django import forms

from statements.importer import StatementParseError, statement_read

MAX_UPLOAD_BYTES = 1_000_000


class StatementImportForm(forms.Form):
    text = forms.CharField(
        label="Statement text",
        required=False,
        strip=False,
        widget=forms.Textarea(attrs={"rows": 18, "cols": 100}),
        help_text="Paste the statement as published, from its title to its last paragraph.",
    )
    file = forms.FileField(
        label="…or a .txt file",
        required=False,
        help_text="Plain text in UTF-8, up to 1 MB.",
    )
    source_url = forms.URLField(
        label="Source link", required=False, max_length=500, assume_scheme="https"
    )
    expected_version = forms.IntegerField(required=False, widget=forms.HiddenInput())

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload is None:
            return None
        if not upload.name.lower().endswith(".txt"):
            raise forms.ValidationError("Upload a plain-text file ending in .txt.")
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError("The file is larger than 1 MB; is it really a statement?")
        try:
            return upload.read().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise forms.ValidationError(
                f"The file is not UTF-8 text (byte {exc.start + 1} cannot be read); save it as UTF-8."
            ) from exc

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
            cleaned["parsed"] = statement_read(text)
        except StatementParseError as exc:
            shown = lines[exc.line - 1].strip() if 0 < exc.line <= len(lines) else ""
            message = f"Line {exc.line}: {exc.reason}"
            if shown:
                message += f" — the line reads: “{shown[:120]}”"
            if exc.expected:
                message += f". Nothing was saved; expected {exc.expected}."
            raise forms.ValidationError(message, code="parse") from exc
        return cleaned
