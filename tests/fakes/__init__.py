"""Fakes that are real servers on loopback, never patches of the client libraries."""
