"""Ingestion: neutral items (``bot.ingest_events``) in, linked, scored, remembered interactions out."""

from memory.ingest.pipeline import Ingestor, Outcome, chunks_of
from memory.ingest.sentiment import sentiment

__all__ = ["Ingestor", "Outcome", "chunks_of", "sentiment"]
