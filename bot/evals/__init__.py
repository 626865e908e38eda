"""``dealbot eval KIND``: score dealbot on the JSON Lines evaluation sets (see shared/evals/README.md)."""
