"""Thirty-third pass (engineer-r44, issue 14): the literal gate before the patterns of a message's reading
(`guichet.text.gate`) skips only searches that would find nothing, so the reading is the same; the private sector
named as a comparison by a civil servant is not the writer's public. Sentences written
fresh for these tests, none from a corpus."""

import re

import pytest

from guichet.knowledge import facets, register, situations, vocabulary
from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.situations import qualifiers_in_message
from guichet.text.gate import Gated, gated, literals


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\bcarte grise\b", {"carte grise"}),
        (r"(?<![\w-])(?:cni|carte d.identite)(?![\w-])", {"cni", "carte d"}),
        (r"\b(dettes?|surendett\w*|huissiers?)\b", {"dette", "surendett", "huissier"}),
        (r"(?:css|c2s|cmu ?c?)", {"css", "c2s", "cmu"}),
    ],
)
def test_the_gate_holds_a_string_of_every_match(pattern: str, expected: set[str]) -> None:
    assert literals(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\b\w+\s\d+\b",  # nothing required
        r"(?i)passeport",  # case-insensitive: no gate, the pattern always runs
        r"(?:pv|ij)",  # strings too short to be worth a scan
        r"\b(avis)?\s+d'impot",  # an optional group, then a short string
    ],
)
def test_no_gate_where_none_is_safe_or_useful(pattern: str) -> None:
    compiled = re.compile(pattern)
    gate = literals(compiled)
    assert gate is None or all(len(s) >= 3 for s in gate)
    if gate is None:
        assert Gated(compiled).could_match("n'importe quel texte")


@pytest.mark.parametrize(
    "text",
    [
        "ma voisine a garé sa voiture sans carte grise devant le portail",
        "on m'a dit que la cmu c n'existe plus, c'est vrai ?",
        "mon frere a des dettes et l'huissier est passe hier",
        "rien a voir : je cherche les horaires de la piscine",
    ],
)
def test_a_gated_pattern_finds_what_the_pattern_finds(text: str) -> None:
    for pattern in (r"\bcarte grise\b", r"(?:css|c2s|cmu ?c?)", r"\b(dettes?|surendett\w*|huissiers?)\b"):
        plain, gate = re.compile(pattern), gated(pattern)
        found, expected = gate.search(text), plain.search(text)
        assert (found.span() if found else None) == (expected.span() if expected else None)
        assert [m.span() for m in gate.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert gate.sub(" ", text) == plain.sub(" ", text)


MESSAGES = [
    "Carte grise\nJ'ai acheté une moto d'occasion à un collègue, comment je la mets à mon nom ?",
    "Bonjour, mon fils de 16 ans a perdu sa carte d'identité au lycée, on refait comment ?",
    "Je suis aide à domicile et mon employeur ne me paie plus depuis deux mois, que faire ?",
    "On va être expulsés de notre appartement lundi et je ne sais pas où dormir ce soir avec mes enfants.",
    "Il n'y a plus rien à manger à la maison et mon compte est à zéro depuis le 10.",
    "J'ai 23 ans, je suis en alternance dans une boulangerie, ai-je droit à la prime d'activité ?",
    "URGENT la CAF me réclame 1 200 € de trop-perçu, je conteste, personne ne répond !!",
    "Ma mère est en Ehpad et ne peut plus gérer ses comptes, peut-on la protéger ?",
    "Je suis fonctionnaire territorial et je voudrais savoir si mes heures sup sont imposables.",
]


def test_the_reading_of_a_message_is_the_same_with_and_without_the_gates(monkeypatch: pytest.MonkeyPatch) -> None:
    gated_readings = [understand(message, administration="CAF") for message in MESSAGES]
    monkeypatch.setattr(Gated, "could_match", lambda self, text: True)
    plain_readings = [understand(message, administration="CAF") for message in MESSAGES]
    assert gated_readings == plain_readings
    assert any(reading.vocabulary for reading in gated_readings)
    assert any(reading.distress for reading in gated_readings)


def test_most_patterns_of_the_reading_have_a_gate() -> None:
    every = [gate for _, gate in vocabulary._GATED] + [gate for _, gate in register._COMPILED]
    every += [gate for _, _, gate in situations._QUALIFIERS] + [gate for _, _, gate in facets._FACETS]
    assert all(isinstance(gate, Gated) for gate in every)
    assert sum(gate.literals is not None for gate in every) >= 0.8 * len(every)


@pytest.mark.parametrize(
    "message",
    [
        "Je suis infirmière titulaire au CHU, ai-je droit à une rupture conventionnelle comme dans le privé ?",
        "Adjoint administratif titulaire en mairie : contrairement au privé, mon temps partiel est-il de droit ?",
        "Agent territorial titulaire, est-ce que je cotise pour le chômage comme les salariés du privé ?",
    ],
)
def test_the_private_sector_named_as_a_comparison_is_not_the_writers_public(message: str) -> None:
    qualifiers = qualifiers_in_message(fold(message))
    assert "agent public" in qualifiers
    assert "salarié du privé" not in qualifiers


@pytest.mark.parametrize(
    "message",
    [
        "Je suis salariée dans le privé et mon mari est fonctionnaire, qui déclare les enfants ?",
        "J'étais titulaire à la mairie, je suis partie travailler dans le privé comme comptable en CDI.",
    ],
)
def test_a_private_job_the_writer_holds_stays_read(message: str) -> None:
    assert "salarié du privé" in qualifiers_in_message(fold(message))
