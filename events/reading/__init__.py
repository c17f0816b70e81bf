"""The event (news release) reader, one module an extractor; events.importer is its
public face. Lower modules never import higher ones:
words, chrome, cues, document, dates, names, places, officials, initiatives, saving,
reader, confidence."""
