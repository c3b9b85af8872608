"""Pure domain code: quantities, targets, actuals, matching, schedule, judging.

Nothing here reads files, the clock, the database or Django.
"""
