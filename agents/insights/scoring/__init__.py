"""Explainable scores: win probability for open deals, lead conversion, churn risk (scikit-learn)."""
