"""Thirty-fourth pass (engineer-r47): the social offices by their other names (`rerank.administration_themes`), and
what their users and young people write for a procedure (`office_terms.OFFICE_TERMS`, `YOUNG_TERMS`). Sentences
written fresh for these tests, none from a corpus."""

import pytest

from guichet.knowledge import vocabulary
from guichet.knowledge.rerank import ADMINISTRATION_THEMES, administration_themes
from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed


@pytest.mark.parametrize(
    ("name", "office"),
    [
        ("Assurance maladie (CPAM)", "cpam"),
        ("la Sécu", "cpam"),
        ("CPAM de la Sarthe", "cpam"),
        ("Carsat Normandie", "cnav"),
        ("Caisse de retraite", "cnav"),
        ("Assurance retraite", "cnav"),
        ("Pôle emploi", "france travail"),
        ("Agence France Travail de Vannes", "france travail"),
        ("Urssaf - Pajemploi", "urssaf"),
        ("MSA Bourgogne", "msa"),
        ("Mairie de Quimper", "mairie"),
        ("Hôtel de ville", "mairie"),
        ("Sous-préfecture de Dinan", "prefecture"),
        ("CAF de l'Aude", "caf"),
    ],
)
def test_an_office_by_another_name_gets_its_themes(name: str, office: str) -> None:
    assert administration_themes(name) == ADMINISTRATION_THEMES[office]


def test_a_name_with_two_offices_takes_the_first_one_named() -> None:
    assert administration_themes("CAF / MDPH") == ADMINISTRATION_THEMES["caf"]


@pytest.mark.parametrize("name", ["Gendarmerie", "Tribunal judiciaire", "Banque de France", "Notaire"])
def test_an_office_that_is_none_of_them_gets_no_themes(name: str) -> None:
    assert administration_themes(name) == ()


def test_the_farm_office_reads_the_farm_fiches_and_the_social_ones() -> None:
    themes = ADMINISTRATION_THEMES["msa"]
    assert "agricole" in themes
    assert {"famille", "maladie", "retraite"} <= set(themes)


@pytest.mark.parametrize(
    ("message", "fiche"),
    [
        # offices' users
        (
            "Reprise\nJe suis retraitée depuis mars, une école me propose des remplacements, je perds ma pension ?",
            "F13243",
        ),
        ("Relevé\nComment obtenir mon relevé de carrière ? Je veux vérifier mes trimestres.", "F24617"),
        (
            "Mes années\nJe veux être sûr que toutes mes années en Belgique sont bien comptées pour ma retraite.",
            "F24617",
        ),
        ("Après\nMes indemnités journalières s'arrêtent, j'arrive à la fin des trois ans d'arrêt maladie.", "F672"),
        ("Généraliste\nLa caisse m'a remboursé seulement 30 % de la consultation, avant j'avais 70 %.", "F163"),
        (
            "Visite\nMes parents viennent d'Algérie, il leur faut une attestation d'hébergement, où la demander ?",
            "F2191",
        ),
        (
            "Offre\nPôle emploi veut que j'accepte un poste de nuit à 50 km, sinon ils coupent mes allocations.",
            "F14926",
        ),
        # young people
        ("Stage\nMon stage de quatre mois n'est pas payé, l'entreprise est-elle obligée de me payer ?", "F32131"),
        ("Convention\nMon stage dure déjà six mois et ils veulent le prolonger, c'est permis ?", "F16734"),
        ("Pause\nJe voudrais prendre une année de pause après ma licence pour voyager, je garde ma place ?", "F33072"),
        ("Alternance\nJe cherche une alternance pour un titre pro de cuisinier, quel contrat ?", "F15478"),
        ("Apprentie\nConflit avec mon maître d'apprentissage, existe-t-il un médiateur ?", "F31633"),
        ("Logement\nL'agence veut 900 € de caution et je ne les ai pas, il existe un prêt ?", "F18490"),
        ("Scooter\nMa fille de 14 ans veut un scooter, quelle formation pour avoir le permis ?", "F2890"),
        ("Permis\nJ'ai échoué au permis en mai, puis-je conduire avec ma mère pour m'entraîner ?", "F21012"),
        ("Fac\nEn entrant à l'université, dois-je m'affilier à la sécurité sociale étudiante ?", "F675"),
    ],
)
def test_a_procedure_told_in_the_writer_s_words_points_to_its_fiche(message: str, fiche: str) -> None:
    assert fiche in _pointed(message)


@pytest.mark.parametrize(
    ("message", "fiche"),
    [
        # "retraite" named while still working: the pension to come, not a retiree working again
        ("Temps partiel\nJe passe à temps partiel, quel effet sur ma retraite plus tard ?", "F13243"),
        # part-time before retiring is the retraite progressive
        ("Fin de carrière\nAvant ma retraite je voudrais passer à mi-temps, est-ce possible ?", "F13243"),
        # a record mentioned, not asked for
        ("Trimestres\nSur mon relevé de carrière il manque mes années d'armée, comment corriger ?", "F24617"),
        # an accident at work ends in a rente, not the invalidity pension
        ("Accident\nAprès mon accident du travail je ne pourrai plus jamais reprendre, mon arrêt dure.", "F672"),
        # "bsr" is an SMS's bonsoir
        ("Horaires\nbsr je finis à minuit et je reprends à 6h, c'est légal ?", "F2890"),
        # a points-recovery course is no work placement
        ("Points\nLe stage de récupération de points n'est pas payé par l'employeur ?", "F32131"),
        # a placement's length told in the story, the question elsewhere (its quarters for the pension)
        (
            "Trimestres\nJ'ai fait un stage de six mois en 2021 avec convention, compte-t-il pour ma retraite ?",
            "F16734",
        ),
        # a deposit to get back is not a deposit to borrow
        ("Caution\nLe propriétaire ne m'a pas rendu ma caution, je n'ai pas l'argent pour un avocat.", "F18490"),
        # an employee's sabbatical, no studies
        ("Congé\nJe travaille depuis 8 ans, puis-je prendre une année sabbatique ?", "F33072"),
    ],
)
def test_a_near_miss_does_not_point_to_the_fiche(message: str, fiche: str) -> None:
    assert fiche not in _pointed(message)


def test_the_switch_turns_the_entries_off() -> None:
    message = "Pause\nJe voudrais prendre une année de pause entre mon M1 et mon M2."
    assert "F33072" in _pointed(message)
    vocabulary.READ_OFFICE_TERMS = False
    try:
        assert "F33072" not in _pointed(message)
    finally:
        vocabulary.READ_OFFICE_TERMS = True
