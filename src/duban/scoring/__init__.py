"""Scoring duban's extraction against hand-checked gold files (`duban eval ...`)."""
