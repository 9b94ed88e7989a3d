"""The asked check (`guichet.drafting.asked`), thirty-fifth pass: a verdict on the writer's case (a yes or a no, a
right, a permission the question asks for, the case's future, a state settled one way) that no single source gives
is flagged, though its words are the writer's own (`guichet.drafting.asked_verdicts`); a verdict the source gives,
a step, a conditional sentence and a state the writer tells are not.

Examples written for these tests, in other words than the corpus `corpora/asked/`.
"""

import pytest

from guichet.drafting.asked import find_asked
from guichet.drafting.asked_verdicts import verdict_kind
from guichet.drafting.checks import check_draft


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return [claim.sentence for claim in find_asked(sentence, message, [passage])] == [sentence]


@pytest.mark.parametrize(
    ("message", "passage", "sentence"),
    [
        (  # a yes in the writer's own words, beside a passage that says the opposite
            "L'an dernier mon fils a eu la bourse de lycée. Il part en apprentissage cette année. Est-ce qu'il va "
            "encore avoir la bourse ?",
            "La bourse de lycée est attribuée aux élèves d'un lycée public ou privé sous contrat ; un apprenti n'y a "
            "pas droit.",
            "Oui, votre fils aura encore sa bourse cette année.",
        ),
        (  # a permission whose verb is what the message asks about, with nothing behind it
            "Je voudrais inscrire mon fils au collège de la ville d'à côté, où travaille sa mamie. J'ai le droit ?",
            "",
            "Vous pouvez inscrire votre fils au collège de la ville d'à côté.",
        ),
        (  # the case's future, in the question's words
            "Mon fils fait sa rentrée en CP lundi. Est-ce que la cantine le prendra dès le premier jour ?",
            "L'inscription à la cantine se fait auprès de la mairie.",
            "Votre fils sera accueilli à la cantine dès le premier jour de la rentrée.",
        ),
        (  # a right the passage ties to a condition the message does not meet
            "Mon fils va en 6e, j'ai 2 400 € par mois et un seul enfant. Est-ce que j'ai droit à la bourse ?",
            "La bourse de collège est attribuée selon le revenu fiscal de référence et le nombre d'enfants à charge.",
            "Avec un seul enfant, vous avez droit à la bourse pour votre fils.",
        ),
        (  # a state settled one way, which the writer only asks about
            "Nous avons déménagé à l'autre bout de la ville en juillet. Ma fille garde-t-elle sa place à l'école ?",
            "",
            "Votre fille est toujours affectée à son école actuelle.",
        ),
    ],
)
def test_a_verdict_no_source_gives_is_flagged(message: str, passage: str, sentence: str) -> None:
    assert _flagged(sentence, message, passage)


@pytest.mark.parametrize(
    ("message", "passage", "sentence"),
    [
        (  # the yes is the passage's
            "Mon fils a 4 ans. Est-ce que le complément de garde continue pour lui ?",
            "Le complément de libre choix du mode de garde est versé jusqu'aux 6 ans de l'enfant.",
            "Oui, le complément de garde est versé jusqu'aux 6 ans de l'enfant.",
        ),
        (  # so is the no
            "Ma fille a eu 7 ans en mai. Est-ce que je garde le complément de garde pour la garderie ?",
            "Le complément de libre choix du mode de garde est versé jusqu'aux 6 ans de l'enfant.",
            "Non, le complément de garde n'est pas versé pour votre fille.",
        ),
        (  # "vous pouvez" before a verb the message does not ask about: a step
            "Je voudrais inscrire mon fils au collège de la ville d'à côté. J'ai le droit ?",
            "",
            "Vous pouvez consulter la carte scolaire sur le site de votre département.",
        ),
        (  # a future under a condition: no answer
            "J'ai demandé une place en crèche en mars. Est-ce que j'aurai une réponse ?",
            "",
            "Si votre dossier est retenu par la commission, vous serez prévenue par courrier.",
        ),
        (  # a state the writer tells
            "Ma bourse n'est plus versée depuis la rentrée de septembre. Que dois-je faire ?",
            "",
            "Votre bourse n'est plus versée depuis la rentrée de septembre.",
        ),
        (  # the writer's question, reported
            "Est-ce que je vais toucher l'allocation de rentrée pour mon fils de 17 ans ?",
            "",
            "Vous nous demandez si vous toucherez l'allocation de rentrée pour votre fils.",
        ),
    ],
)
def test_a_sourced_verdict_a_step_or_a_told_state_passes(message: str, passage: str, sentence: str) -> None:
    assert not _flagged(sentence, message, passage)


def test_a_message_that_asks_nothing_flags_no_verdict() -> None:
    message = "Je vous informe que ma fille quitte la cantine à partir de lundi."
    assert not find_asked("Oui, votre fille sera retirée de la liste de la cantine.", message, [""])


def test_the_kinds_of_verdict() -> None:
    assert verdict_kind("Oui, c'est possible.", set()) == "yes_no"
    assert verdict_kind("Vous avez droit à la bourse.", set()) == "right"
    assert verdict_kind("Vous pouvez partir en vacances.", {"parti"}) == "permission"
    assert verdict_kind("Vous pouvez consulter votre compte.", {"parti"}) == ""
    assert verdict_kind("Votre carte sera prête en mai.", set()) == "future"
    assert verdict_kind("Votre dossier sera bien transmis à la commission.", set()) == "future"
    assert verdict_kind("Votre fils est toujours inscrit.", set()) == "state"
    assert verdict_kind("La bourse est versée chaque trimestre.", set()) == ""
    # a courtesy or a procedure's next step in the future is no verdict
    assert verdict_kind("Nous espérons que ces informations vous seront utiles.", set()) == ""
    assert verdict_kind("Vous serez informée de la décision par courrier.", set()) == ""
    assert verdict_kind("Votre demande sera étudiée par nos services.", set()) == ""


def test_check_draft_warns_of_an_unsourced_yes() -> None:
    message = "Le centre de loisirs est-il ouvert le samedi ? Je travaille en magasin."
    sources = [
        {"n": 1, "title": "", "passage": "L'accueil de loisirs est ouvert le mercredi et pendant les vacances."}
    ]
    checks, alerts = check_draft(
        "Oui, le centre de loisirs accueille votre enfant le samedi.",
        sources=sources,
        message_text=message,
        require_citation=False,
    )
    assert [item["sentence"] for item in checks["asked"]] == [
        "Oui, le centre de loisirs accueille votre enfant le samedi."
    ]
    assert "asked_not_told" in {alert["code"] for alert in alerts}
