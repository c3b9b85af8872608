"""Fixtures of the report tests: the corpus 001 data and the folder where outputs are kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from report_builders import OUTPUT_DIR, report_001

from duban.reports.data import ReportData


@pytest.fixture(scope="session")
def data_001() -> ReportData:
    return report_001()


@pytest.fixture(scope="session")
def output_dir() -> Path:
    """Where generated files are kept for a person to look at."""
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    return OUTPUT_DIR
