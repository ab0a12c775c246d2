"""The Arabic text layer: normalisation, sentence splitting, tokens and clitic segments."""

from hadath.text.analyzer import TextAnalyzer, default_analyzer
from hadath.text.lexicon import DEFAULT_LEXICON_PATH, Lexicon
from hadath.text.normalize import normalize

__all__ = ["DEFAULT_LEXICON_PATH", "Lexicon", "TextAnalyzer", "default_analyzer", "normalize"]
