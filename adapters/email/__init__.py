"""Email at the edge: SMTP out (and, with the ingestion issue, .eml/.mbox/IMAP in)."""
