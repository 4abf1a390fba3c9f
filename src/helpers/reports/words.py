"""The words a reader sees for the codes in the tables (data only).

Codes are the tables' values (:mod:`helpers.core.schemas`); each mapping gives the
phrase shown in reports and figures instead of the code. A code missing here is shown
as it is.
"""

#: events.event_type (helpers.core.schemas.EVENT_TYPES) -> label
EVENT_LABELS = {
    "release": "Release",
    "negotiation": "Talks, envoy visit",
    "sanction_eased": "Sanctions eased",
    "sanction_imposed": "Sanctions imposed",
    "arrest": "Arrest, detention",
    "sentence": "Court sentence",
    "designation": "Designation",
    "protest": "Protest",
    "election": "Election",
    "military": "Military action",
}
#: entities.label (OntoNotes 5 named-entity types) -> kind
ENTITY_LABELS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "country, city, state",
    "NORP": "nationality or group",
    "LOC": "place",
    "FAC": "building, facility",
    "EVENT": "named event",
    "WORK_OF_ART": "title, prize",
    "LAW": "law",
    "PRODUCT": "product",
    "LANGUAGE": "language",
}
#: quotes.attribution -> how the speaker was found
ATTRIBUTIONS = {
    "verb_after": "verb after the quote",
    "verb_before": "verb before the quote",
    "colon": "name and colon",
    "pronoun": "pronoun",
    "continuation": "continues the previous quote",
    "none": "not attributed",
}
#: timexes.anchor -> how the value was resolved
ANCHORS = {
    "absolute": "written in full",
    "publication": "from the publication date",
    "previous": "from the previous date in the text",
}
#: blocks.kind -> (singular, plural)
BLOCK_KINDS = {
    "title": ("title", "titles"),
    "heading": ("heading", "headings"),
    "byline": ("byline", "bylines"),
    "paragraph": ("paragraph", "paragraphs"),
    "list_item": ("list item", "list items"),
}
#: claims status -> (what the reader sees, CSS class of its badge)
#: (helpers.analysis.claims.CLAIM_STATUSES)
CLAIM_STATUSES = {
    "confirmed": ("confirmed", "status-confirmed"),
    "consistent": ("consistent", "status-confirmed"),
    "date differs": ("disputed: another date", "status-disputed"),
    "count differs": ("disputed: another count", "status-disputed"),
    "undated": ("undated", "status-unknown"),
    "not in the reference": ("not in the reference", "status-unknown"),
}
