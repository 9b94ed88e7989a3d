"""spaCy's French token-match expression, factored so that it compiles in a fraction of the time, matches the same
tokens as spaCy's own."""

import re
import sys

import pytest

from guichet.privacy import spacy_fr
from guichet.privacy.analyzer import LANGUAGE, analyzer

WORDS = """burn-out Burn-out BURN-OUT burn-outs black-out hip-hop anti-inflammatoire Anti-Inflammatoire anti-âge
anti–âge entr'ouvrir entr’ouvrir réentr'ouvert grand'mère grands'mères saut-de-ski pet-en-l'air pet-en-l’air
états-unis États-Unis new-yorkais prud'homme prud'hommes contre-indication sous-préfecture ex-mari
auto-entrepreneur aujourd'hui Aujourd'hui Jean-Pierre Saint-Étienne c'est l'allocation d'avance
mouton-noirisé yo-yo zig-zag zigzag anti- -out burn out rendez-vous 2024-CI-0458721 06-41-77-32-08 a-b
néo-zélandais porte-monnaie après-midi demi-heure mi-temps""".split()


@pytest.fixture(scope="module")
def expressions() -> tuple[re.Pattern, re.Pattern]:
    module = sys.modules[spacy_fr._MODULE]
    original = "(?iu)" + "|".join(f"(?:{alternative})" for alternative in module._regular_exp)
    fast = spacy_fr.factored(original)
    assert fast is not None, "this spaCy builds its French token-match expression another way"
    assert len(fast) < len(original) / 20
    return re.compile(original), re.compile(fast)


def test_the_factored_expression_matches_the_same_tokens(expressions):
    original, fast = expressions
    assert sum(1 for word in WORDS if original.match(word)) > 15
    assert [word for word in WORDS if bool(original.match(word)) != bool(fast.match(word))] == []


def test_spacy_uses_the_factored_expression():
    module = sys.modules[spacy_fr._MODULE]
    assert len(module.TOKEN_MATCH.__self__.pattern) < 100_000


def test_another_expression_is_left_alone():
    assert spacy_fr.factored("(?iu)^a|b$") is None
    assert spacy_fr._bar_outside_groups("a|b") and not spacy_fr._bar_outside_groups("bou(?:c|rg)[|]")


def test_the_model_tokenizer_reads_the_factored_expression_too():
    tokenizer = analyzer().nlp_engine.nlp[LANGUAGE].tokenizer
    assert len(tokenizer.token_match.__self__.pattern) < 100_000
    assert [token.text for token in tokenizer("un burn-out aujourd'hui")] == ["un", "burn-out", "aujourd'hui"]
