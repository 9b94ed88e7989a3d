"""A draft that states as a fact what the citizen only asked (`guichet.drafting.asked`), through `check_draft`.

Examples written for these tests, in other words than the corpus `corpora/asked/`.
"""

import pytest

from guichet.drafting.alerts import ALERT_CODES, CheckResult
from guichet.drafting.asked import find_asked, predicate_terms, split_message
from guichet.drafting.checks import check_draft

HOUSING = (
    "Bonjour, j'ai déposé une demande d'échange de logement en avril. Pouvez-vous me dire si elle est passée en "
    "commission d'attribution ? Nous sommes cinq dans un T2."
)
RULE = "La commission d'attribution examine les demandes de logement social et désigne les candidats."


def _asked_codes(draft: str, message: str, passage: str = RULE) -> list[str]:
    _, alerts = check_draft(draft, sources=[{"n": 1, "passage": passage}], message_text=message)
    return [a["sentence"] for a in alerts if a["code"] == "asked_not_told"]


def test_a_question_turned_into_an_answer_is_flagged_for_the_agent() -> None:
    draft = "Votre demande d'échange est passée en commission le mois dernier."
    assert _asked_codes(draft, HOUSING) == [draft]


def test_what_the_message_tells_is_not_flagged() -> None:
    assert _asked_codes("Vous êtes cinq dans un T2 depuis avril.", HOUSING) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Vous souhaitez savoir si votre demande est passée en commission.",  # the question reported
        "Si votre demande est passée en commission, vous recevrez sa décision par courrier.",  # a condition
        "Vous pouvez suivre votre demande sur le portail du logement social.",  # a step
        "Est-elle passée en commission ?",  # a question
        "La commission d'attribution désigne les candidats.",  # the source's rule
    ],
)
def test_reports_conditions_steps_questions_and_rules_are_not_flagged(sentence: str) -> None:
    assert _asked_codes(sentence, HOUSING) == []


def test_an_invented_fact_about_the_case_is_found_even_in_other_words() -> None:
    message = "Bonsoir, je pars à la retraite en mars après 39 ans de travail. Quel sera le montant de ma pension ?"
    draft = "Votre pension mensuelle s'élèvera à 1 240 euros bruts dès le premier versement."
    passage = "La pension est calculée sur les 25 meilleures années."
    assert [claim.sentence for claim in find_asked(draft, message, [passage])] == [draft]
    # In a whole check the sentence carries one alert: an income the message does not give is the persona check's.
    _, alerts = check_draft(draft, sources=[{"n": 1, "passage": passage}], message_text=message)
    assert {a["code"] for a in alerts if a.get("sentence") == draft} & {"asked_not_told", "persona_unsupported"}


def test_nothing_is_flagged_when_the_message_asks_nothing() -> None:
    message = "Je vous informe que j'ai déménagé le mois dernier à Rennes."
    assert _asked_codes("Votre dossier a bien été transféré à la caisse de Rennes.", message) == []


def test_the_question_is_split_from_what_follows_and_from_a_clause_after_a_comma() -> None:
    asked, told = split_message("ma carte vitale est partie ? ça fait un mois. je me demande si c'est normal, merci")
    assert [a.strip() for a in asked] == ["ma carte vitale est partie ?", "je me demande si c'est normal"]
    assert "ça fait un mois" in " ".join(told) and "merci" in " ".join(told)


def test_the_topic_of_a_question_is_not_its_predicate() -> None:
    # "mon dossier MDPH", "la commission": what the question is about; "transmis": what the writer wants to know.
    assert predicate_terms("si mon dossier MDPH a été transmis à la commission") == {"trans"}


def test_the_alert_is_typed_labelled_and_marks_the_sentence() -> None:
    draft = "Votre demande d'échange est passée en commission le mois dernier."
    checks, _ = check_draft(draft, sources=[{"n": 1, "passage": RULE}], message_text=HOUSING)
    assert "asked_not_told" in ALERT_CODES
    assert CheckResult.from_dict(checks).passages()["unsupported"] == [draft]


def test_one_alert_per_sentence_the_generic_unsupported_one_gives_way() -> None:
    draft = "Votre demande d'échange est passée en commission le mois dernier."
    _, alerts = check_draft(draft, sources=[{"n": 1, "passage": RULE}], message_text=HOUSING)
    codes = [a["code"] for a in alerts if a.get("sentence") == draft]
    assert codes == ["asked_not_told"]


def test_find_asked_skips_guichet_own_texts() -> None:
    own = "Votre demande est passée en commission."
    assert find_asked(own, HOUSING, [RULE], skip=[own]) == []


def test_an_answer_with_no_subject_of_the_writer_is_flagged_when_it_echoes_the_question() -> None:
    # The 1.5B model's own words to a tenant who asked where her transfer request stood (the test injection cs-044).
    draft = "Elle est passée en commission d'attribution."
    assert _asked_codes(draft, HOUSING, passage="Le bailleur examine les demandes de mutation.") == [draft]


def test_a_resource_line_is_a_pointer_not_a_claim() -> None:
    # "mon employeur doit savoir ?" must not make "Pour en savoir plus" an answer.
    message = "je veux devenir auto entrepreneur en plus de mon travail. mon employeur doit savoir ?"
    line = "Pour en savoir plus : « Devenir auto-entrepreneur », https://www.service-public.fr/vosdroits/F23264 [1]"
    assert find_asked(line, message, ["Le cumul avec un emploi salarié est possible."]) == []
