"""`hadath train NAME ARGS…` passes its arguments to the trainer module unchanged."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from hadath.cli import main


@pytest.mark.parametrize("name", ["ner", "clusters", "lexicon", "quad", "gazetteer"])
def test_train_commands_reach_their_trainer(name: str) -> None:
    r = CliRunner().invoke(main, ["train", name, "--help"])
    assert r.exit_code == 0, r.output
    assert f"hadath.train.{name}" in r.output  # the trainer's own argparse usage


def test_train_rejects_a_bad_option_with_the_trainers_message() -> None:
    r = CliRunner().invoke(main, ["train", "ner", "--no-such-option"])
    assert r.exit_code == 2 and "unrecognized arguments" in r.output
