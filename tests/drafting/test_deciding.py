"""The question a draft asks when a number of the writer's would decide the case and the message does not give it."""

from guichet.drafting.deciding import QUESTION_OPENING, deciding_question
from guichet.drafting.evaluation import key_fact_coverage
from guichet.drafting.extracts import extractive_middle

ARE = "Allocation chômage d'aide au retour à l'emploi"


def are_source(n, case, text):
    return {
        "n": n,
        "fiche_id": "F14860",
        "title": ARE,
        "heading": f"{ARE} > Durée de versement > {case}",
        "passage": text,
        "extract": text,
        "url": "https://www.service-public.fr/particuliers/vosdroits/F14860",
        "resources": [],
        "in_prompt": True,
    }


def test_ranges_of_one_number_ask_for_that_number():
    assert deciding_question(["Moins de 53 ans", "À partir de 55 ans"]) == f"{QUESTION_OPENING} votre âge ?"
    assert deciding_question(["1 enfant", "2 enfants", "3 enfants ou plus"]).endswith(
        "le nombre de vos enfants à charge ?"
    )
    assert deciding_question(["Né en 1960", "Né en 1961"]).endswith("votre année de naissance ?")


def test_situations_said_in_words_and_dated_rules_ask_nothing():
    # The message may have said it in words the case decision does not read ("veuf", "jamais eu de passeport").
    assert deciding_question(["Vous vivez seul", "Vous vivez en couple"]) == ""
    assert deciding_question(["Parent isolé", "Pour un couple"]) == ""
    assert deciding_question(["Avant novembre 2019", "Depuis le 1er novembre 2019"]) == ""
    assert deciding_question(["Moins de 25 ans", "Salarié"]) == ""
    assert deciding_question(["Moins de 25 ans"]) == ""


def test_an_undecided_age_brings_the_question_after_the_quoted_cases_and_a_given_age_does_not():
    sources = [
        are_source(1, "Moins de 53 ans", "L'allocation est versée pendant 24 mois au maximum."),
        are_source(2, "À partir de 55 ans", "L'allocation est versée pendant 36 mois au maximum."),
    ]
    asked = "Combien de temps vais-je toucher le chômage ?"
    middle = extractive_middle(sources, [asked], "J'ai été licencié le mois dernier.")
    assert "24 mois" in middle and "36 mois" in middle
    assert f"{QUESTION_OPENING} votre âge ?" in middle
    lines = middle.splitlines()
    assert lines.index(f"{QUESTION_OPENING} votre âge ?") > max(i for i, line in enumerate(lines) if "mois" in line)
    decided = extractive_middle(sources, [asked], "J'ai 57 ans et j'ai été licencié le mois dernier.")
    assert "36 mois" in decided and "24 mois" not in decided and QUESTION_OPENING not in decided


def test_the_question_states_no_fact():
    draft = f"Bonjour,\n{QUESTION_OPENING} votre âge ?\nBien cordialement,"
    fact = "Il faut nous indiquer votre âge."
    assert key_fact_coverage([fact], draft) == 0.0
    assert key_fact_coverage([fact], draft.replace(QUESTION_OPENING, "Vous devez nous indiquer")) == 1.0
