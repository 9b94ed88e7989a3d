"""The asked check, forty-third pass (engineer-d59): a date the pseudonymisation masked in what the message tells,
given back by the draft ("convoquée le [DATE_1]" / "lors de votre rendez-vous du 12"; `guichet.drafting.
asked_masked`), and a story told before a question that opens on its verb ("… le [DATE_1], faut-il … ?";
`asked.STORY_BEFORE_INVERSION`). Fresh examples, not from the corpora; the near misses are answers that carry the
message's date: a future, a decision the question asks, a state in the main clause beside a date in an aside."""

import pytest

from guichet.drafting import asked, asked_masked, asked_shapes
from guichet.drafting.asked import find_asked, split_message
from guichet.drafting.asked_shapes import opens_on_step
from guichet.text import fold


def _flagged(sentence: str, message: str, passage: str = "") -> bool:
    return bool(find_asked(sentence, message, [passage] if passage else []))


_TOWED = "La fourrière a pris ma moto le [DATE_1] pendant mes congés. Est-ce trop tard ?"
_TOWED_BACK = "Votre deux-roues a été enlevé le 14 mars, alors que vous étiez en congés."
_EXPIRED = "Mon passeport est périmé depuis [DATE_1], est-ce que je peux en avoir un en urgence ?"
_EXPIRED_BACK = "Votre passeport n'est plus valable depuis 2018."
_RETIRED = (
    "Je suis à la retraite depuis [DATE_1] et j'ai repris un petit travail. Est-ce que je dois prévenir ma caisse ?"
)
_RETIRED_BACK = "Vous avez repris un emploi après votre départ à la retraite en 2022."


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        (_TOWED, _TOWED_BACK),
        (_EXPIRED, _EXPIRED_BACK),
        (_RETIRED, _RETIRED_BACK),
        (
            "Mon arrêt maladie a commencé le [DATE_1] et mon employeur ne m'a rien versé, c'est normal ?",
            "Votre arrêt de travail a débuté le 8 septembre.",
        ),
        (
            "J'ai déposé mon dossier à la MDPH le [DATE_1] et toujours rien. C'est normal d'attendre autant ?",
            "Vous avez transmis votre dossier à la MDPH le 4 février.",
        ),
    ],
)
def test_a_masked_date_given_back_in_the_writers_story_passes(message: str, sentence: str) -> None:
    assert not _flagged(sentence, message)


def test_the_switches_off_read_it_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_masked, "MASKED_FIGURES", False)
    monkeypatch.setattr(asked_masked, "MASKED_STORY", False)
    assert _flagged(_TOWED_BACK, _TOWED)
    assert _flagged(_EXPIRED_BACK, _EXPIRED)


def test_the_story_switch_alone_off_still_reads_the_figures_as_the_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_masked, "MASKED_STORY", False)
    assert _flagged(_TOWED_BACK, _TOWED)  # the event, in other words than the message's, is read as before
    assert not _flagged(_RETIRED_BACK, _RETIRED)  # the writer's own doing, with the year given back


@pytest.mark.parametrize(
    ("message", "sentence"),
    [
        # a time to come answers "quand ?", whatever date the message gives
        (
            "J'ai déposé ma demande d'APL le [DATE_1]. Quand vais-je recevoir le premier paiement ?",
            "Votre premier paiement sera versé le 5 avril.",
        ),
        # the decision the question asks, beside the date of the filing
        (
            "J'ai envoyé ma réclamation le [DATE_1]. A-t-elle été acceptée ?",
            "Votre réclamation du 3 mars a été acceptée.",
        ),
        # a date that names the filing, an undated answer
        (
            "Ma demande de logement social date du [DATE_1], où en est-elle ?",
            "Votre demande du 10 janvier a été examinée en commission.",
        ),
        # the date in an aside, the state in the main clause
        (
            "Ma demande de titre de séjour a été déposée le [DATE_1] à la préfecture. Où en est-elle ?",
            "Votre demande de titre de séjour, déposée le 3 avril, est en cours d'instruction à la préfecture.",
        ),
        # a masked date only in the question is nothing the writer told
        ("Est-ce que je serai payé le [DATE_1] ?", "Vous serez payé le 5 mai."),
        (
            "Je suis arrivée en France le [DATE_1], depuis quand ai-je droit à la PUMa ?",
            "Vous avez droit à la PUMa depuis le 1er juin.",
        ),
    ],
)
def test_an_answer_that_carries_the_messages_date_is_still_flagged(message: str, sentence: str) -> None:
    assert _flagged(sentence, message)


def test_the_dates_given_back_and_those_that_date_the_sentence() -> None:
    told = [fold("La fourrière a pris ma moto le [DATE_1] pendant mes congés.")]
    contexts = asked_masked.masked_contexts(told, asked.folded_stems)
    assert contexts
    back = asked_masked.given_back(fold(_TOWED_BACK), contexts, asked.folded_stems)
    assert back == ["le 14 mars"]
    assert asked_masked.dating(fold(_TOWED_BACK), back) == back
    aside = fold("Votre moto, enlevée le 14 mars pendant vos congés, est à la fourrière.")
    assert asked_masked.dating(aside, asked_masked.given_back(aside, contexts, asked.folded_stems)) == []
    assert (
        asked_masked.given_back(
            fold("Votre moto sera rendue le 14 mars, après vos congés."), contexts, asked.folded_stems
        )
        == []
    )


def test_a_story_before_an_inverted_question_is_told() -> None:
    message = "Nous avons emménagé à Lille le [DATE_1], faut-il changer l'adresse de la carte grise dans un délai ?"
    asked_parts, told = split_message(message)
    assert told and "emménagé" in told[0]
    assert asked_parts and "faut-il" in asked_parts[0] and "emménagé" not in asked_parts[0]
    assert not _flagged("Vous avez emménagé à Lille le 1er septembre.", message)
    assert not _flagged(
        "Votre titre de séjour a expiré le 30 juin.",
        "Mon titre de séjour a expiré le [DATE_1], puis-je encore travailler ?",
    )


def test_the_inversion_switch_off_reads_the_whole_as_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked, "STORY_BEFORE_INVERSION", False)
    message = "Nous avons emménagé à Lille le [DATE_1], faut-il changer l'adresse de la carte grise dans un délai ?"
    assert not split_message(message)[1]


_STAY = "Combien de temps mon attestation d'hébergement reste-t-elle valable ?"


@pytest.mark.parametrize(
    "sentence",
    [
        "Joignez à votre demande une copie de la pièce d'identité de la personne qui vous héberge.",
        "Munissez-vous de l'attestation et du justificatif de domicile de votre hébergeant.",
        "Nous comprenons votre inquiétude au sujet de cette attestation.",
    ],
)
def test_a_step_or_a_courtesy_that_opens_the_sentence_is_no_answer(sentence: str) -> None:
    assert not _flagged(sentence, _STAY)


def test_an_opening_that_only_leads_to_a_statement_is_read_as_before() -> None:
    assert opens_on_step(fold("Joignez-y une copie de votre titre."))
    assert not opens_on_step(fold("Rassurez-vous, votre attestation reste valable un an."))
    assert not opens_on_step(fold("Sachez que votre attestation reste valable un an."))
    assert not opens_on_step(fold("Nous comprenons que votre attestation est encore valable."))
    assert not opens_on_step(fold("Chez vous, l'attestation reste valable."))
    assert not opens_on_step(fold("Comptez environ 45 euros par cheval fiscal."))  # the figure is the answer
    assert not opens_on_step(fold("Patientez un peu, votre attestation est en cours de traitement."))


def test_the_step_switches_off_read_it_as_before(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(asked_shapes, "IMPERATIVE_STEP", False)
    monkeypatch.setattr(asked_shapes, "COURTESY", False)
    assert not opens_on_step(fold("Joignez-y une copie de votre titre."))
    assert not opens_on_step(fold("Nous comprenons votre inquiétude."))
