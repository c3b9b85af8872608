"""Evaluation: duban's extraction measured against hand-checked gold files (`duban eval ...`)."""
