import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def coder():
    from hadath.api import Coder

    return Coder.load()


@pytest.fixture(scope="session")
def shared_data() -> pathlib.Path:
    if not SHARED.is_dir():
        pytest.skip(f"development data not found at {SHARED} (it sits beside the repo in CI)")
    return SHARED
