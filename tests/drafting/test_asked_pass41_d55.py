"""The asked check, forty-first pass (engineer-d55): a duration or a dateless deadline given to "jusqu'à quand /
combien de temps" that no source gives (`guichet.drafting.asked_durations`), a duty the source settles the same way
in other words or the other way (`asked_duty`), and absolutes a source gives by its bound or its own words
(`asked_absolutes`). Fresh examples, not from the corpora; the probes are the office's ordinary business."""

import pytest

from guichet.drafting import asked_durations, asked_figures
from guichet.drafting.asked import find_asked
from guichet.drafting.asked_durations import GivenDurations, asks_time, durations
from guichet.text import fold


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage]))


_APPEAL = "Le délai pour faire appel est d'1 mois pour les jugements civils."
_APPEAL_ASKED = "Le juge a rendu sa décision la semaine dernière. Jusqu'à quand puis-je faire appel ?"


def test_a_duration_in_words_other_than_the_passages_is_flagged() -> None:
    assert _flagged("Vous disposez de trois mois pour faire appel de cette décision.", _APPEAL_ASKED, _APPEAL)


def test_the_passages_duration_in_words_passes() -> None:
    assert not _flagged("Vous disposez d'un mois pour faire appel de cette décision.", _APPEAL_ASKED, _APPEAL)


def test_a_dateless_deadline_no_source_gives_is_flagged() -> None:
    message = "Mon scooter est à la fourrière depuis mardi. Jusqu'à quand puis-je aller le chercher ?"
    passage = "Le véhicule est considéré comme abandonné à la fin d'un délai de 15 jours suivant la notification."
    assert _flagged("Vous avez jusqu'à la fin du mois pour récupérer votre scooter.", message, passage)


def test_a_year_against_years_in_digits_is_flagged() -> None:
    message = "Pendant combien de temps puis-je réclamer les loyers impayés à mon ancien locataire ?"
    passage = "L'action en paiement des loyers impayés se prescrit par 3 ans."
    assert _flagged("Passé un an, vous ne pourrez plus réclamer ces sommes.", message, passage)


def test_the_rule_switched_off_reads_no_duration() -> None:
    # since the forty-fourth pass "trois mois" is also the figure 3 (`asked_figures.NUMBERS_IN_WORDS`), asked and
    # given by no source (`FIGURE_ANSWERED`): both off with it, so that this switch alone is seen
    asked_durations.ENABLED = asked_figures.FIGURE_ANSWERED = asked_figures.NUMBERS_IN_WORDS = False
    try:
        assert not _flagged("Vous disposez de trois mois pour faire appel de cette décision.", _APPEAL_ASKED, _APPEAL)
    finally:
        asked_durations.ENABLED = asked_figures.FIGURE_ANSWERED = asked_figures.NUMBERS_IN_WORDS = True


def test_a_duration_is_the_same_in_another_unit() -> None:
    given = GivenDurations([fold("à envoyer dans les 48 heures"), fold("retiré dans les 12 mois")])
    assert not given.new(fold("dans les deux jours"))
    assert not given.new(fold("pendant un an"))
    assert given.new(fold("dans les trois jours"))
    assert durations(fold("plus de quarante ans")) == []
    assert asks_time([fold("dans quel délai dois-je répondre ?")])
    assert not asks_time([fold("combien coûte le timbre ?")])


# The office's ordinary business: a time asked, and a sentence that gives the passage's time, the writer's own, a
# step or a question back. None may be flagged.
_TIME_PROBES = [
    (
        "Combien de temps pour récupérer mon passeport à la mairie ?",
        "Il doit être retiré dans les 3 mois. Passé ce délai, le passeport est détruit.",
        "Une fois prêt, votre passeport doit être retiré dans les trois mois.",
    ),
    (
        "Ma réclamation a été rejetée. Jusqu'à quand puis-je la contester ?",
        "Vous avez alors 2 mois pour la contester et saisir les tribunaux.",
        "Vous avez deux mois pour contester cette décision devant le tribunal.",
    ),
    (
        "Je me suis inscrit il y a 3 mois. Depuis quand suis-je indemnisé ?",
        "",
        "Vous êtes inscrit depuis trois mois.",
    ),
    (
        "Dans quel délai dois-je envoyer mon arrêt de travail ?",
        "Vous devez envoyer les volets 1 et 2 de l'avis d'arrêt de travail à votre caisse dans les 48 heures.",
        "Votre arrêt doit parvenir à votre caisse dans les deux jours.",
    ),
    (
        "Combien de temps ai-je pour déclarer la naissance de ma fille ?",
        "La déclaration de naissance doit être faite dans les 5 jours qui suivent l'accouchement.",
        "Vous avez cinq jours après l'accouchement pour déclarer la naissance de votre fille.",
    ),
    (
        "Quand pourrai-je partir à la retraite ? J'ai 41 ans de cotisations.",
        "",
        "Vous avez cotisé pendant plus de quarante ans.",
    ),
    (
        "Quand vais-je recevoir ma carte d'identité ?",
        "",
        "Pouvez-vous nous dire depuis combien de semaines vous avez déposé votre demande ?",
    ),
]


def _flagged_without_durations(sentence: str, message: str, passage: str) -> bool:
    asked_durations.ENABLED = False
    try:
        return _flagged(sentence, message, passage)
    finally:
        asked_durations.ENABLED = True


@pytest.mark.parametrize(("message", "passage", "sentence"), _TIME_PROBES)
def test_a_time_the_passage_or_the_message_gives_is_not_read_as_an_answer(
    message: str, passage: str, sentence: str
) -> None:
    # the rule adds no flag; "Votre arrêt doit parvenir à votre caisse dans les deux jours" was flagged before it
    # (an earlier reading of the asked check's, left as it is)
    assert _flagged(sentence, message, passage) == _flagged_without_durations(sentence, message, passage)


_PRIME = "La prime d'activité n'est pas imposable. Vous n'avez donc pas à la déclarer."
_PRIME_ASKED = "Je touche la prime d'activité depuis janvier. Est-ce que je dois la déclarer aux impôts ?"


def test_a_duty_the_source_settles_the_same_way_in_other_words_passes() -> None:
    sentence = (
        "Vous n'avez pas à faire figurer la prime d'activité sur votre déclaration, car elle n'est pas imposable."
    )
    assert not _flagged(sentence, _PRIME_ASKED, _PRIME)


def test_a_duty_the_source_settles_the_other_way_is_flagged() -> None:
    passage = "Les indemnités journalières sont imposables. Vous devez les déclarer."
    message = "J'ai touché des indemnités journalières cette année. Dois-je les déclarer aux impôts ?"
    sentence = "Vous n'avez pas à faire figurer ces indemnités journalières sur votre déclaration."
    assert _flagged(sentence, message, passage)


_DUTY_PROBES = [
    (_PRIME_ASKED, _PRIME, "Vous n'avez pas à déclarer la prime d'activité."),
    (
        "Nous déménageons en mars. Faut-il prévenir la Caf ?",
        "Vous devez signaler votre changement d'adresse à la Caf.",
        "Vous devez signaler votre nouvelle adresse à la Caf.",
    ),
    (
        "Dois-je envoyer mon arrêt à mon employeur ?",
        "Vous devez envoyer les volets 1 et 2 à votre caisse. Le volet 3 est à adresser à votre employeur.",
        "Vous devez envoyer les volets 1 et 2 à votre caisse, et le volet 3 à votre employeur.",
    ),
    (
        "Faut-il un rendez-vous pour déposer ma demande de passeport ?",
        "Vous devez prendre rendez-vous en mairie pour déposer votre demande.",
        "Il faut prendre rendez-vous en mairie pour déposer votre demande.",
    ),
    (
        "J'ai l'aide juridictionnelle. Dois-je payer le timbre fiscal pour faire appel ?",
        "Les bénéficiaires de l'aide juridictionnelle sont dispensés de ce timbre.",
        "Comme vous bénéficiez de l'aide juridictionnelle, vous n'avez pas à payer ce timbre.",
    ),
    (
        "Dois-je déclarer mes revenus chaque trimestre ?",
        "Vous devez déclarer vos revenus d'activité chaque trimestre dans votre déclaration trimestrielle.",
        "Vous devez déclarer vos revenus d'activité chaque trimestre.",
    ),
]


@pytest.mark.parametrize(("message", "passage", "sentence"), _DUTY_PROBES)
def test_a_duty_as_the_source_settles_it_passes(message: str, passage: str, sentence: str) -> None:
    assert not _flagged(sentence, message, passage)


def test_none_below_the_sources_lower_bound_passes() -> None:
    message = "J'ai 4 ruches au fond du jardin. Dois-je faire une déclaration ?"
    passage = "La déclaration est obligatoire à partir de 10 ruches."
    assert not _flagged("Avec vos 4 ruches, aucune déclaration n'est exigée.", message, passage)


def test_none_the_source_does_not_give_is_still_flagged() -> None:
    message = "Est-ce qu'il y a un délai de carence avant de toucher la Puma ?"
    passage = "Si vous n'avez aucune couverture sociale à votre retour en France, demandez la Puma à votre CPAM."
    assert _flagged("Aucun délai de carence ne s'appliquera à votre demande de Puma.", message, passage)


def test_without_condition_in_the_sources_own_words_passes() -> None:
    message = "Nous gagnons bien notre vie. Notre fils aura-t-il quand même l'allocation ?"
    passage = "L'allocation est versée sans condition de ressources."
    assert not _flagged("Votre fils percevra cette allocation sans condition de ressources.", message, passage)


_STAMP = "Si la photo est fournie par vos soins, le timbre fiscal est de 25 €."
_STAMP_ASKED = "J'ai perdu ma carte d'identité. Combien coûte la nouvelle si j'apporte ma photo ?"


def test_the_sources_sum_to_how_much_passes_whatever_the_questions_verb() -> None:
    assert not _flagged("Si vous apportez votre photo, la nouvelle carte vous coûte 25 €.", _STAMP_ASKED, _STAMP)


def test_another_sum_to_how_much_is_still_flagged() -> None:
    assert _flagged("Si vous apportez votre photo, la nouvelle carte vous coûte 35 €.", _STAMP_ASKED, _STAMP)


def test_the_writers_own_sum_given_back_as_the_answer_is_still_flagged() -> None:
    message = "Une amie m'a dit 40 €. Combien coûte la nouvelle carte si j'apporte ma photo ?"
    assert _flagged("Si vous apportez votre photo, la nouvelle carte vous coûte 40 €.", message, _STAMP)
