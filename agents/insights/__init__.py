"""Insights that explain themselves: deal risk with reasons and quoted evidence, scores with their factors."""
