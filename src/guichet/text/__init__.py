"""The French text toolkit every layer shares: folding, stop words, sentences, pseudonymisation placeholders.

Pure functions on strings, no Django and no other guichet import: the bottom layer (see docs/architecture.md).
"""

from guichet.text.cleaning import clean_text, is_blank
from guichet.text.placeholders import MODEL_PLACEHOLDER, PLACEHOLDER, WRITTEN_PLACEHOLDER, placeholders_in
from guichet.text.sentences import SENTENCE_BREAK, sentence_spans, sentences
from guichet.text.words import SMALL_NUMBERS, STOP_WORDS, content_terms, digits_only, fold

__all__ = [
    "MODEL_PLACEHOLDER",
    "PLACEHOLDER",
    "SENTENCE_BREAK",
    "SMALL_NUMBERS",
    "STOP_WORDS",
    "WRITTEN_PLACEHOLDER",
    "clean_text",
    "content_terms",
    "digits_only",
    "fold",
    "is_blank",
    "placeholders_in",
    "sentence_spans",
    "sentences",
]
