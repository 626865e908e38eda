"""Words of the office tools a note is pasted from or names ("Google Doc - Acme deal sheet", "Loom video summary",
"Zoom call w/ Ann", "shared in Slack"): brands, never part of a person's name. Japanese honorifics after a name
("Watanabe-san") are no part of it either: ``without_honorifics`` drops them so the name's title is found."""

from __future__ import annotations

import re

TOOL_WORDS = (
    "Google", "Microsoft", "Zoom", "Loom", "Slack", "Notion", "Dropbox", "DocuSign", "HubSpot", "Salesforce",
    "Confluence", "Jira", "SharePoint", "OneDrive", "WhatsApp", "Calendly", "Webex",
    # the field labels of a card or ticket export: "Comment (rep): ...", "Activity (Ann): ..."
    "Comment", "Comments", "Reply", "Activity", "Checklist", "Description",
    # the deal's papers named in a title or an e-signature envelope: "Inity - Order Form - MG Advanced"
    "Form", "Invoice", "Quotation", "Addendum", "Envelope",
)  # fmt: skip

# "Kenji Watanabe-san (IT department head)", "Tanaka-sama": the suffix after a capitalised name
_HONORIFIC = re.compile(r"\b([A-Z][A-Za-z']+)-(?:san|sama|sensei|kun|chan|dono)\b(?!-)")


def without_honorifics(text: str) -> str:
    """``text`` with the Japanese honorific suffixes after names dropped ("Watanabe-san" -> "Watanabe")."""
    if "-" not in text:
        return text
    return _HONORIFIC.sub(lambda m: m.group(1), text)
