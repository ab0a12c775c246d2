"""The word sets the coder reads by name: the ``word_set: true`` entries of cues.yaml.

Vocabulary a linguist would extend (envoy nouns, casualty verbs, titles, sector words) lives in
cues.yaml with a note, not in Python. The stage modules bind each set once, at import, to a
module constant (``ENVOY_HEADS = cue_words("envoy_heads")``): an immutable frozenset of
normalised words, compared with a token's normalised form or stem exactly as before. The sets
are read from the shipped cues.yaml only (a user knowledge-base directory cannot change them).

Grammatical sets of a few function words (prepositions, particles, relative pronouns, the
forms of كان), PLOVER types and sector codes stay in the code next to the rule that uses them:
they are part of the rule, not vocabulary (docs/KNOWLEDGE_BASE.md, "Cue words").

A cue the code reads but the data lacks fails the import with a message naming it, and
``hadath kb check`` reports it without importing the coder (``code_cue_problems``).
"""

from __future__ import annotations

from hadath.errors import KnowledgeBaseError
from hadath.kb.schema import CUES_FILE, read_cues

_SHIPPED, _PHRASES = read_cues(CUES_FILE)  # read-only mappings: shared by every Coder


def cue_words(name: str) -> frozenset[str]:
    """The words of the shipped word set ``name``; a clear error where cues.yaml lacks it."""
    try:
        return _SHIPPED[name]
    except KeyError:
        raise KnowledgeBaseError(
            f"cues.yaml has no word set {name!r} (an entry 'cue: {name}' with "
            f"'word_set: true'), which the coder reads",
            hint="restore the entry in hadath/kb/data/cues.yaml, then run `hadath kb check`"
        ) from None


def cue_phrases(name: str) -> tuple[str, ...]:
    """The normalised phrases of the shipped cue ``name`` (an entry searched in the text, not a
    word set), for a rule that looks for them in a whole article (register.py: a column's
    footer); a clear error where cues.yaml lacks it."""
    try:
        return _PHRASES[name]
    except KeyError:
        raise KnowledgeBaseError(
            f"cues.yaml has no cue {name!r}, which the coder reads",
            hint="restore the entry in hadath/kb/data/cues.yaml, then run `hadath kb check`"
        ) from None
