"""How a statement and its paragraphs are cited and downloaded whole."""

import re
from dataclasses import dataclass

BIBTEX_SPECIAL = re.compile(r"([&%$#_{}])")


def _bibtex_escape(text):
    return BIBTEX_SPECIAL.sub(r"\\\1", text)


def _ordinal(number):
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def meeting_name(statement):
    if statement.meeting_number:
        return f"{_ordinal(statement.meeting_number)} APEC SME Ministerial Meeting"
    return "APEC SME Ministerial Meeting"


def meeting_place(statement):
    meeting = statement.meeting
    host = meeting.host.name if meeting.host_id else ""
    return ", ".join(part for part in (meeting.city, host) if part)


@dataclass(frozen=True)
class Citation:
    url: str
    text: str
    bibtex: str


def paragraph_citation(statement, paragraph, url):
    """A plain-text and a BibTeX citation of one paragraph at its permalink `url`."""
    date = statement.meeting.start_date
    place = meeting_place(statement)
    where = f", {place}" if place else ""
    text = (
        f"{meeting_name(statement)}{where}, “{statement.title}”, {date:%-d %B %Y}, "
        f"paragraph {paragraph.cited_label}. {url}"
    )
    key = f"{statement.slug}-{paragraph.anchor}"
    fields = [
        ("author", "{" + _bibtex_escape(meeting_name(statement)) + "}"),
        ("title", _bibtex_escape(f"{statement.title}, paragraph {paragraph.cited_label}")),
        ("howpublished", _bibtex_escape(f"{meeting_name(statement)}{where}")),
        ("year", str(date.year)),
        ("date", date.isoformat()),
        ("note", f"Paragraph {paragraph.cited_label}"),
        ("url", url),
    ]
    lines = [f"@misc{{{key},"]
    lines += [f"  {name} = {{{value}}}," for name, value in fields]
    lines.append("}")
    return Citation(url=url, text=text, bibtex="\n".join(lines))


def statement_text(statement, url):
    """The whole statement as plain text: a header, then headings and numbered paragraphs."""
    date = statement.meeting.start_date
    lines = [statement.title, ""]
    lines.append(f"{meeting_name(statement)}, {meeting_place(statement)}, {date:%-d %B %Y}")
    if statement.meeting_theme:
        lines.append(f"Theme: {statement.meeting_theme}")
    if statement.chair:
        lines.append(f"Chair: {statement.chair}")
    if statement.incomplete:
        lines.append("Incomplete text: this copy holds only part of the statement.")
    lines.append(f"Permalink: {url}")
    if statement.source_url:
        lines.append(f"Source: {statement.source_url}")
    for section, paragraphs in statement.reading_order():
        if section is not None:
            prefix = f"{section.display_label}. " if section.display_label else ""
            lines += ["", f"{prefix}{section.heading}"]
        for paragraph in paragraphs:
            if paragraph.numbered_by_portal:  # the source gives no number: the portal's, bracketed
                lines += ["", f"[{paragraph.number}] {paragraph.text}"]
            else:
                lines += ["", f"{paragraph.label or paragraph.number}. {paragraph.text}"]
    return "\n".join(lines) + "\n"


def statement_data(statement, absolute):
    """The whole statement as a JSON-ready dict; `absolute(path)` makes a full URL."""
    url = absolute(statement.get_absolute_url())
    meeting = statement.meeting
    section_positions = {section.pk: section.position for section in statement.sections.all()}
    return {
        "slug": statement.slug,
        "title": statement.title,
        "meeting_number": statement.meeting_number,
        "meeting": meeting_name(statement),
        "date": meeting.start_date.isoformat(),
        "city": meeting.city,
        "host_economy": (
            {"code": meeting.host.code, "name": meeting.host.name} if meeting.host_id else None
        ),
        "meeting_theme": statement.meeting_theme,
        "chair": statement.chair,
        "incomplete": statement.incomplete,
        "themes": [
            {"slug": theme.slug, "name": theme.name}
            for theme in sorted(statement.themes.all(), key=lambda t: t.slug)
        ],
        "source_url": statement.source_url,
        "url": url,
        "meeting_url": absolute(meeting.get_absolute_url()),
        "sections": [
            {
                "position": section.position,
                "number": section.number,
                "label": section.display_label,
                "heading": section.heading,
            }
            for section in statement.sections.all()
        ],
        "paragraphs": [
            {
                "number": paragraph.number,
                "label": "" if paragraph.numbered_by_portal else paragraph.cited_label,
                "numbered_by_portal": paragraph.numbered_by_portal,
                "section_position": section_positions.get(paragraph.section_id),
                "text": paragraph.text,
                "url": f"{url}#{paragraph.anchor}",
                "initiatives": [
                    {"slug": initiative.slug, "title": initiative.title}
                    for initiative in sorted(paragraph.initiatives.all(), key=lambda i: i.slug)
                    if initiative.is_published
                ],
            }
            for paragraph in sorted(statement.paragraphs.all(), key=lambda p: p.number)
        ],
    }
