"""Database models: plans, sections, tasks, units, periods, progress and judgements."""
