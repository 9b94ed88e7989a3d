"""Thirty-fourth pass, privacy throughput (engineer-p101e): the literal gate before the recognisers' patterns.

A pattern is skipped only where it cannot match: what every recogniser finds is the same with and without its
gates, on fresh long messages (none from the corpora), on texts whose case `re` folds otherwise than `str.lower`
("ſ", a dotless "ı", the Kelvin sign, Greek capitals), and the gate reads the words each pattern needs."""

import re

import pytest

from guichet.privacy.analyzer import analyzer, detect
from guichet.privacy.literal_gate import LiteralGate, required_literals
from guichet.privacy.named_places import named_stretches
from guichet.privacy.recognizers.base import RegexRecognizer
from guichet.privacy.recognizers.references import ReferenceRecognizer

FRESH = [
    (
        "Bonjour, je vous écris au sujet de mon dossier. Le 14 octobre 2025 à 9h10 j'ai déposé le formulaire "
        "cerfa n° 10071*08 au guichet de la sous-préfecture de Lannion, on m'a dit de patienter trois semaines. "
        "J'habite 17 venelle des Hortensias à Perros-Guirec, mon portable est le 06 31 72 48 05 et mon adresse "
        "maelys.kerbrat@laposte.net. Mon fils Titouan, 9 ans, est à l'école Anatole-Le-Braz. Je travaille chez "
        "Conserverie Le Dantec depuis mars 2019, 1 612 € nets. Mon numéro d'allocataire est le 8830415. "
        "Cordialement, Maëlys Kerbrat"
    ),
    (
        "Madame, le 2 février j'ai reçu un avis de 318,40 € pour la cantine ; le 11 mars, un second ; le 30 avril, "
        "un troisième. Ma mère, Ginette Rouxel, née le 23/08/1941 à Guingamp, vit avec nous depuis 2022. "
        "Mon IBAN : FR76 3000 4000 0312 3456 7890 143. Merci de me rappeler après 18h au 02 96 48 11 37."
    ),
    "Rien à signaler : une question générale sur les horaires d'ouverture de la mairie le samedi matin.",
    # characters whose case `re` folds otherwise than `str.lower`: no gate is trusted on such a text
    "Je m'appelle Aſtrid Yılmaz, j'habite 4 RUE DES ΣΑΣ, 0,5 K de la gare ; téléphone 06 11 22 33 44.",
    "J'HABITE AU 9 IMPASSE DU MOULIN À KERLOUAN, MON NIR EST 2 79 04 29 081 114 32.",
]


def _all_spans(recognizer: RegexRecognizer | ReferenceRecognizer, text: str) -> list:
    return sorted((r.start, r.end, r.entity_type, r.score) for r in recognizer.analyze(text, entities=[]))


def _gated_recognizers() -> list:
    return [r for r in analyzer().registry.recognizers if getattr(r, "gates", None)]


@pytest.mark.parametrize("text", FRESH)
def test_every_gated_recogniser_finds_the_same_without_its_gates(text: str) -> None:
    recognizers = _gated_recognizers()
    assert len(recognizers) > 20
    for recognizer in recognizers:
        gated = _all_spans(recognizer, text)
        gates, recognizer.gates = recognizer.gates, {}
        try:
            plain = _all_spans(recognizer, text)
        finally:
            recognizer.gates = gates
        assert gated == plain, type(recognizer).__name__


@pytest.mark.parametrize("text", FRESH)
def test_a_gate_says_no_only_where_its_pattern_cannot_match(text: str) -> None:
    for recognizer in _gated_recognizers():
        for regex, gate in recognizer.gates.items():
            if not gate.may_match(text):
                assert regex.search(text) is None, (type(recognizer).__name__, regex.pattern[:60])


def test_the_gate_reads_the_words_a_pattern_needs() -> None:
    pattern = re.compile(r"(?i:\b(?:j['’]?habite|demeurons|vivons))[ \t]+(?:au|à)[ \t]+(?P<pii>\d+)")
    assert required_literals(pattern) == (("demeurons", True), ("habite", True), ("vivons", True))
    gate = LiteralGate(pattern)
    assert gate.may_match("Nous DEMEURONS au 12 bis")
    assert not gate.may_match("Nous logeons au 12 bis")
    # a case-sensitive word is looked for as written
    capital = LiteralGate(re.compile(r"\bChez (?P<pii>[A-Z]\w+)"))
    assert capital.may_match("Chez Martin") and not capital.may_match("chez Martin")


def test_a_pattern_without_a_needed_word_is_never_gated() -> None:
    assert required_literals(re.compile(r"\d{2}/\d{2}/\d{4}")) is None
    assert required_literals(re.compile(r"(?:rue|\d+)")) is None  # one branch needs no word
    assert LiteralGate(re.compile(r"[A-Z]{2}-\d{3}-[A-Z]{2}")).may_match("rien")


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?i)\bstade\b", "le ſtade"),  # "ſ" is an "s" for re
        (r"(?i)\bmaison\b", "une maıson"),  # the dotless i too
        (r"(?i)\b5 km\b", "5 Km"),  # the Kelvin sign is a "k" for re and for str.lower
        (r"(?i)σας", "ΣΑΣ"),  # a final sigma that str.lower writes "ς"
    ],
)
def test_case_folding_is_re_s_own(pattern: str, text: str) -> None:
    regex = re.compile(pattern)
    assert regex.search(text) is not None
    assert LiteralGate(regex).may_match(text)


def test_public_buildings_names_are_the_same_and_read_once() -> None:
    text = "Ma fille est au collège Victor Hugo, mon fils à l'école maternelle Louise Michel."
    assert [text[a:b] for a, b in named_stretches(text)] == ["Victor Hugo", "Louise Michel"]
    assert named_stretches("Je suis allé à la poste.") == ()
    assert named_stretches(text) is named_stretches(text)


def test_a_long_message_is_pseudonymised_as_before() -> None:
    spans = detect(FRESH[0])
    found = {FRESH[0][s.start : s.end] for s in spans}
    assert {"06 31 72 48 05", "maelys.kerbrat@laposte.net", "8830415", "Maëlys Kerbrat"} <= found
    assert "10071*08" not in found
