"""The asked check (`guichet.drafting.asked`), thirty-fourth pass: a yes/no, "combien", "quand" or "où" question
answered with a sum, a time or a yes the passage does not give is flagged; a restatement of the question's own
topic or of the passage is not.

Examples written for these tests, in other words than the corpus `corpora/asked/`.
"""

import pytest

from guichet.drafting.asked import find_asked
from guichet.drafting.checks import check_draft


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return [claim.sentence for claim in find_asked(sentence, message, [passage])] == [sentence]


@pytest.mark.parametrize(
    ("message", "passage", "sentence"),
    [
        (  # a sum no source gives, in words that share nothing with the question
            "Mon fils est handicapé à 80 %. Est-ce que je peux avoir l'AEEH pour lui ?",
            "L'AEEH est versée à la personne qui assume la charge d'un enfant handicapé.",
            "Vous recevrez environ 320 € par mois au titre de l'allocation.",
        ),
        (  # a half is a rate
            "Est-ce que mon aide va baisser si je me mets en couple ?",
            "Les ressources du couple sont prises en compte.",
            "Votre aide baissera de moitié à partir du mois prochain.",
        ),
        (  # a time without a date, to "quand"
            "Quand vais-je recevoir mon chèque énergie ?",
            "Le chèque énergie est envoyé chaque année au domicile des bénéficiaires.",
            "Votre chèque énergie arrivera à la fin du mois.",
        ),
        (  # a yes is no step, though it says "vous pouvez"
            "Ma mère a une carte d'invalidité. Peut-elle avoir le macaron handicapé ?",
            "La carte mobilité inclusion mention stationnement est attribuée par la MDPH.",
            "Oui, vous pouvez déjà demander votre carte de stationnement.",
        ),
        (  # "vous pouvez donc" concludes
            "Je suis au RSA depuis octobre. Est-ce que j'aurai la prime de Noël ?",
            "La prime de Noël est versée aux allocataires du RSA.",
            "Vous pouvez donc toucher la prime de Noël dès cette année.",
        ),
        (  # a time to come, in words that share nothing with the question
            "Mon patron n'a toujours pas envoyé mon attestation de salaire. Est-ce que je vais être indemnisé ?",
            "",
            "Vos indemnités journalières vous seront versées d'ici une semaine.",
        ),
        (  # "Pouvez-vous vérifier ?" is about what the message said before it
            "Je n'ai pas eu ma carte européenne depuis ma demande en février. Pouvez-vous vérifier ?",
            "",
            "Votre carte européenne d'assurance maladie a été expédiée le mois dernier.",
        ),
        (  # the condition is the writer's own plan: the answer stands
            "Je pars un mois au Maroc cet été. Est-ce que mon allocation sera suspendue ?",
            "",
            "Votre allocation ne sera pas suspendue si vous partez un mois au Maroc.",
        ),
    ],
)
def test_an_answer_with_a_figure_a_time_or_a_yes_no_source_gives_is_flagged(
    message: str, passage: str, sentence: str
) -> None:
    assert _flagged(sentence, message, passage)


@pytest.mark.parametrize(
    ("message", "passage", "sentence"),
    [
        (  # the question's topic, given by the writer, told back
            "Combien d'APL je vais toucher pour un deux-pièces à 620 euros ?",
            "Le montant de l'aide dépend des ressources et du loyer.",
            "Votre loyer est de 620 euros pour un deux-pièces.",
        ),
        (  # "combien de temps" asks how long; the passage's "durée" restated
            "Combien de temps je vais toucher le chômage ?",
            "La durée d'indemnisation dépend de la durée d'emploi au cours de la période de référence.",
            "La durée de l'indemnisation dépend du temps travaillé avant la fin du contrat.",
        ),
        (  # "dès lors que" sets a condition, as "si" does
            "Est-ce que mes droits sont examinés si je signe un CDD ?",
            "Un contrat de plus de six mois ouvre un examen des droits par la commission.",
            "Dès lors que votre contrat dépasse six mois, vos droits sont examinés par la commission.",
        ),
        (  # a condition that is not the writer's own words still sets one
            "Je touche le RSA. Est-ce que je peux reprendre un emploi à mi-temps ?",
            "Les droits au RSA sont réexaminés chaque trimestre en fonction des ressources.",
            "Si vous reprenez un emploi, vos droits au RSA seront réexaminés chaque trimestre.",
        ),
        (  # told sums, told back
            "Je touche les APL depuis 2019, mon loyer est de 450 €. Est-ce que je dois déclarer mon nouveau CDD ?",
            "",
            "Vous êtes allocataire depuis 2019, pour un loyer de 450 €.",
        ),
        (  # "l'année dernière" is the message's "l'an dernier"
            "Quand aurai-je une réponse pour ma naturalisation ? J'ai eu l'entretien l'an dernier.",
            "",
            "Vous avez passé l'entretien de naturalisation l'année dernière.",
        ),
    ],
)
def test_the_writers_topic_and_the_passage_restated_pass(message: str, passage: str, sentence: str) -> None:
    assert not _flagged(sentence, message, passage)


def test_a_full_stop_without_a_capital_ends_what_is_told() -> None:
    message = "jai eu 2 enfants et jai arrété de bosser quand le second est né. est ce que ça compte pour ma retraite?"
    assert not _flagged("Vous avez cessé de bosser à la naissance de votre second enfant.", message)


def test_through_the_whole_check_a_sum_no_source_gives_carries_the_asked_alert() -> None:
    message = "Ma femme a 67 ans et n'a jamais travaillé. Peut-elle avoir le minimum vieillesse ?"
    passage = "L'Aspa est une prestation mensuelle versée aux retraités aux faibles ressources, à partir de 65 ans."
    draft = "Votre ménage pourra recevoir jusqu'à 1 540 € par mois au titre de l'Aspa."
    sources = [{"n": 1, "passage": passage}]
    _, alerts = check_draft(draft, sources=sources, message_text=message, require_citation=False)
    assert "asked_not_told" in {a["code"] for a in alerts if a.get("sentence") == draft}
