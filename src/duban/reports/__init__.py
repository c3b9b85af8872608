"""Writers of the documents the supervision office issues: bulletin (.docx), summary (.xlsx),
public page (.html) and charts (PNG/SVG). They take the plain dataclasses of `reports.data`
and know nothing of Django or the database."""
