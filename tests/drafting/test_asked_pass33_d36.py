"""The asked check (`guichet.drafting.asked`), thirty-third pass: what a draft restates of the writer's story in other
words passes; an answer to what the writer only asked is flagged, in the question's words or the sources'.

Examples written for these tests, in other words than the corpus `corpora/asked/`.
"""

import pytest

from guichet.drafting.asked import asked_about, find_asked, split_message
from guichet.drafting.checks import check_draft


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return [claim.sentence for claim in find_asked(sentence, message, [passage])] == [sentence]


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (
            "Bonjour, ma mère est partie en maison de retraite en novembre. Est-ce que l'APA continue d'être versée ?",
            "Votre mère réside en établissement depuis la fin de l'automne.",
        ),
        (
            "Nous avons adopté une petite fille de 3 ans cet hiver. Combien de jours de congé puis-je prendre ?",
            "Vous avez accueilli une enfant en vue de son adoption.",
        ),
        (
            "Mon compagnon est décédé en août, nous n'étions pas mariés. Ai-je droit à sa pension de réversion ?",
            "Vous avez perdu votre concubin l'été dernier.",
        ),
        (
            "Je vis en Espagne depuis 2019 mais je suis française. Ma carte d'identité expire, je la refais où ?",
            "Vous êtes une Française établie en Espagne.",
        ),
        (
            "Je vais me marier en juin avec un Marocain. Pourra-t-il venir vivre en France avec moi ?",
            "Votre futur époux est de nationalité marocaine.",
        ),
    ],
)
def test_the_writers_story_in_distant_words_is_not_an_answer(message: str, sentence: str) -> None:
    assert not _flagged(sentence, message)


@pytest.mark.parametrize(
    ("message", "passage", "sentence"),
    [
        (  # a yes to a yes/no question, the question's words in another order
            "Bonjour, j'ai envoyé ma demande de bourse au Crous en avril. Est-ce qu'elle a été acceptée ?",
            "",
            "Le Crous a accepté votre demande de bourse.",
        ),
        (  # a figure to "combien"
            "Combien vais-je payer de taxe d'habitation pour ma résidence secondaire cette année ?",
            "",
            "Vous paierez 640 € de taxe d'habitation pour votre résidence secondaire.",
        ),
        (  # a date to "quand", in the source's words but not at its date
            "Quand est-ce que mon allocation de rentrée scolaire sera versée ? J'ai deux enfants au collège.",
            "L'allocation de rentrée scolaire est versée aux familles sous conditions de ressources.",
            "Votre allocation de rentrée scolaire sera versée le 19 août.",
        ),
        (  # a rule's words, told as an event of the case; the question names its topic by a pronoun
            "J'ai déposé ma demande de RQTH en janvier. C'est accepté ?",
            "La RQTH est attribuée par la CDAPH pour une durée de 1 à 10 ans, ou à vie.",
            "La CDAPH vous a attribué la RQTH pour une durée de cinq ans.",
        ),
        (  # a future the writer asked about
            "Bonjour, est-ce que ma fille pourra garder sa bourse si elle redouble sa première année ?",
            "",
            "Votre fille conservera sa bourse malgré son redoublement.",
        ),
    ],
)
def test_an_answer_to_what_was_only_asked_is_flagged(message: str, passage: str, sentence: str) -> None:
    assert _flagged(sentence, message, passage)


def test_a_rule_the_source_gives_applied_to_the_case_passes() -> None:
    message = "Est-ce que ma retraite complémentaire augmente au 1er novembre ?"
    passage = "Les retraites complémentaires Agirc-Arrco sont revalorisées chaque année le 1er novembre."
    assert not _flagged("Oui, votre retraite complémentaire est revalorisée au 1er novembre.", message, passage)


def test_what_a_why_question_takes_as_given_is_told() -> None:
    message = "Pourquoi mon allocation logement a-t-elle diminué en octobre ? Personne ne m'a prévenue."
    assert not _flagged("Votre allocation logement a baissé en octobre.", message)


def test_the_status_a_question_gives_is_told_not_asked() -> None:
    message = "Est-ce que je peux toucher la prime d'activité en tant qu'apprentie en boulangerie ?"
    asked, told = split_message(message)
    assert any("apprentie en boulangerie" in t for t in told)
    assert not any("apprentie" in a for a in asked)
    assert not _flagged("Vous êtes apprentie dans une boulangerie.", message)


def test_a_question_opened_by_quand_before_a_second_cue_is_asked_whole() -> None:
    asked, _ = split_message("Quand vais-je recevoir mon attestation, et est-ce qu'elle sera envoyée par courrier ?")
    assert any(a.startswith("Quand vais-je recevoir") for a in asked)


def test_a_pronoun_question_is_about_the_clause_before_it() -> None:
    about = asked_about("J'ai fait ma demande de carte européenne d'assurance maladie le 3. Elle est partie ?")
    assert {"europ", "carte"} <= about


def test_a_restatement_the_draft_attributes_to_the_writer_is_not_an_answer() -> None:
    message = "Mon prélèvement à la source n'a pas changé depuis ma retraite. Est-ce normal ?"
    sentence = "Vous nous indiquez que le taux de votre prélèvement est resté le même après votre départ en retraite."
    assert not _flagged(sentence, message)


def test_an_appointment_is_not_the_writer() -> None:
    message = "Mon fils doit-il se présenter à la mission locale ?"
    passage = "La mission locale accompagne les jeunes de 16 à 25 ans."
    assert not _flagged(
        "Un rendez-vous manqué sans motif peut suspendre l'allocation du contrat d'engagement.", message, passage
    )


def test_through_the_whole_check_a_distant_restatement_carries_no_asked_alert() -> None:
    message = "Mon compagnon est décédé en août, nous n'étions pas mariés. Ai-je droit à sa pension de réversion ?"
    draft = "Vous avez perdu votre concubin l'été dernier."
    _, alerts = check_draft(draft, sources=[{"n": 1, "passage": ""}], message_text=message, require_citation=False)
    assert "asked_not_told" not in {a["code"] for a in alerts}
    answer = "Vous avez droit à la pension de réversion de votre concubin."
    _, alerts = check_draft(answer, sources=[{"n": 1, "passage": ""}], message_text=message, require_citation=False)
    assert "asked_not_told" in {a["code"] for a in alerts if a.get("sentence") == answer}


def test_the_writers_own_doing_retold_is_not_an_answer_but_a_new_figure_is() -> None:
    message = (
        "Combien de temps dure l'instruction d'une demande de naturalisation ? J'ai déposé mon dossier l'an dernier."
    )
    assert not _flagged("Vous avez déposé votre demande de naturalisation l'année dernière.", message)
    counted = "Combien de trimestres ai-je validés ? J'ai travaillé dans le bâtiment puis dans la logistique."
    assert _flagged("Vous avez validé 152 trimestres au régime général.", counted)


def test_est_ce_une_erreur_is_about_the_clause_before_it() -> None:
    message = "Bonjour, le loyer de mon logement social a augmenté de 40 euros. Est-ce une erreur ?"
    assert _flagged("Cette hausse correspond à la révision annuelle de votre loyer.", message)


def test_a_pronoun_question_with_words_of_its_own_keeps_to_them() -> None:
    about = asked_about("Je vais me marier avec un Marocain. Pourra-t-il venir vivre en France avec moi ?")
    assert "maroc" not in about
    assert "maroc" in asked_about("Je vais me marier avec un Marocain. Est-ce possible ?")
