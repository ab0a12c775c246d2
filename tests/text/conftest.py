from __future__ import annotations

import pytest

from hadath.text import TextAnalyzer


@pytest.fixture(scope="session")
def analyzer() -> TextAnalyzer:
    return TextAnalyzer()
