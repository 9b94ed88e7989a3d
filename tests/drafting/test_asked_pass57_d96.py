"""The asked check, fifty-seventh pass (engineer-d96): a question asked indirectly or as a hope is asked
(`guichet.drafting.asked_indirect`), and the draft's question restated in more indirect forms reports it, its
conditions read where they open the sentence (`guichet.drafting.asked_reported`). Fresh examples, not from the
corpora; through the check's public interface, no mocks."""

import pytest

from guichet.drafting import asked_indirect, asked_reported
from guichet.drafting.asked import find_asked, split_message


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


# --- the message's indirect question, answered as a fact ---------------------------------------------------------

_ANSWERED = [
    (
        "Je voudrais savoir s'il faut une autorisation pour installer un abri de jardin, je l'ai déjà acheté.",
        "Il faut une autorisation de la mairie pour votre abri de jardin.",
    ),
    (
        "Bonjour, pourriez-vous m'indiquer si mon fils peut toucher la bourse au lycée professionnel. Merci.",
        "Votre fils peut toucher la bourse au lycée professionnel.",
    ),
    (
        "Dites-moi si ma mère pourra rester dans son appartement après la vente de l'immeuble.",
        "Votre mère pourra rester dans son appartement après la vente.",
    ),
    (
        "Nous avons eu un troisième enfant en mars. J'espère pouvoir garder notre place en crèche, on habite à côté.",
        "Vous pourrez garder votre place en crèche.",
    ),
    (
        "Mon contrat se termine en juin. J'espère vraiment que mes droits au chômage seront ouverts tout de suite.",
        "Vos droits au chômage seront ouverts dès la fin de votre contrat.",
    ),
]


@pytest.mark.parametrize(("message", "sentence"), _ANSWERED)
def test_an_answer_to_an_indirect_question_is_flagged(message: str, sentence: str) -> None:
    assert _flagged(sentence, message)


@pytest.mark.parametrize(("message", "sentence"), _ANSWERED)
def test_an_answer_to_an_indirect_question_passes_with_the_switch_off(
    message: str, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(asked_indirect, "READ_ASKED", False)
    assert not _flagged(sentence, message)


@pytest.mark.parametrize(
    ("message", "asked_part"),
    [
        (
            "Je me demande s'il reste des places au centre aéré pour juillet, mon fils a 8 ans.",
            "s'il reste des places",
        ),
        ("Pouvez-vous m'expliquer pourquoi ma prime a baissé en mai", "pourquoi ma prime a baissé"),
        ("jveux savoir c combien le permis bateau", "savoir c combien le permis bateau"),
        ("Est-ce normal que mon avis de taxe foncière arrive à mon ancienne adresse.", "est-ce normal que mon avis"),
        ("J'espère ne pas perdre mon allocation, je commence un stage de deux mois.", "ne pas perdre mon allocation"),
    ],
)
def test_the_indirect_question_is_asked_and_the_rest_told(message: str, asked_part: str) -> None:
    asked, _ = split_message(message)
    assert any(asked_part.lower() in a.lower() for a in asked)


def test_the_writers_story_beside_the_indirect_question_stays_told() -> None:
    message = "Je voudrais savoir s'il faut refaire ma carte grise, j'ai déménagé à Angers le mois dernier."
    asked, told = split_message(message)
    assert any("déménagé à Angers" in t for t in told)
    assert not any("déménagé" in a for a in asked)
    assert not _flagged("Vous avez déménagé à Angers le mois dernier.", message)


# --- look-alikes that must not move ------------------------------------------------------------------------------

_MESSAGE = (
    "Bonjour, pourriez-vous m'indiquer si je peux cumuler ma pension d'invalidité avec un mi-temps ? "
    "Je suis aide à domicile."
)


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous souhaitez savoir si vous pouvez cumuler votre pension d'invalidité avec un mi-temps.",  # reported
        "Vous êtes aide à domicile.",  # told
        "Nous vous remercions de votre message.",  # courtesy
        "Vous pouvez faire une simulation sur votre espace personnel.",  # a step
    ],
)
def test_restatements_steps_and_courtesies_pass(sentence: str) -> None:
    assert not _flagged(sentence, _MESSAGE)


def test_a_sourced_answer_passes() -> None:
    passage = "La pension d'invalidité peut être cumulée avec les revenus d'une activité professionnelle."
    assert not _flagged(
        "La pension d'invalidité peut être cumulée avec les revenus d'une activité.", _MESSAGE, passage
    )


def test_a_hope_restated_passes() -> None:
    message = "J'espère pouvoir garder mon logement social après le départ de ma fille."
    assert not _flagged("Vous espérez pouvoir garder votre logement social.", message)


@pytest.mark.parametrize(
    "message",
    [
        "J'espère votre réponse rapide, mon dossier est complet.",  # a hope of a thing, no question
        "Je vous remercie de m'indiquer la marche à suivre.",  # a request for a step, no case asked about
    ],
)
def test_a_hope_of_a_thing_asks_nothing_of_the_case(message: str) -> None:
    assert not _flagged("Votre dossier est complet.", message)


# --- the draft's question restated: asked_reported.READ_INDIRECT and OPENING_IF_ONLY ------------------------------

_KEPT = "Je voudrais savoir si les photos d'identité faites en cabine sont acceptées pour le permis de conduire."


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous hésitez entre une photo en cabine et une photo chez un photographe.",
        "Vous cherchez la liste des photos acceptées pour le permis de conduire.",
    ],
)
def test_the_question_restated_passes_with_read_indirect_on(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_reported, "READ_INDIRECT", True)
    assert not _flagged(sentence, _KEPT)
    monkeypatch.setattr(asked_reported, "READ_INDIRECT", False)
    assert _flagged(sentence, _KEPT)


_TRAILING_IF = "Les photos faites en cabine sont acceptées si elles respectent la norme."


def test_a_statement_before_its_condition_is_flagged_with_opening_if_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_reported, "READ_INDIRECT", True)
    monkeypatch.setattr(asked_reported, "OPENING_IF_ONLY", True)
    assert _flagged(_TRAILING_IF, _KEPT)
    monkeypatch.setattr(asked_reported, "OPENING_IF_ONLY", False)
    assert not _flagged(_TRAILING_IF, _KEPT)


def test_reports_reads_an_opening_condition_and_an_indirect_question_only(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_reported, "READ_INDIRECT", True)
    monkeypatch.setattr(asked_reported, "OPENING_IF_ONLY", True)
    assert asked_reported.reports("si l'aide vous est accordee, elle sera versee chaque mois.")
    assert asked_reported.reports("reste a voir si l'aide est versee.")
    assert not asked_reported.reports("les photos sont acceptees si elles respectent la norme.")
    assert not asked_reported.reports("votre employeur doit amenager votre poste, sauf si cela coute trop.")
    monkeypatch.setattr(asked_reported, "OPENING_IF_ONLY", False)
    assert asked_reported.reports("les photos sont acceptees si elles respectent la norme.")
