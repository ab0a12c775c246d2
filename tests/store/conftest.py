import pathlib
import sys

import pytest

HERE = pathlib.Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # store_fakecoder must import in worker processes too
    sys.path.insert(0, str(HERE))

from store_helpers import write_corpus  # noqa: E402


@pytest.fixture
def corpus(tmp_path: pathlib.Path) -> list[str]:
    return write_corpus(tmp_path)
