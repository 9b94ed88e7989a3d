"""Thirty-first pass (engineer-r40): old age and dependency told as a family lives it. The care home where the story
happens ("l'Ehpad de maman") is the setting, not the question: its general fiche (F763) gives way to the precise fiche
another name of the message points to (the aide sociale à l'hébergement, the tax side, a housing aid, a short stay),
and the situations families tell without the procedure's name reach that procedure's fiche. Sentences written fresh
for these tests, none from a corpus."""

import pytest

from guichet.knowledge import rerank as rerank_module
from tests.knowledge.rerank_helpers import ranked_with_pointers
from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed

GENERAL = "F763"
TITLES = {
    GENERAL: "Ehpad : établissement d'hébergement pour personnes âgées dépendantes",
    "F2444": "Aide sociale à l'hébergement (ASH) d'une personne âgée",
    "F17": "Impôt sur le revenu - Frais liés à la dépendance (réduction d'impôt)",
    "F444": "Impôt sur le revenu - Pension alimentaire versée à un ascendant (déduction)",
    "F33912": "Hébergement temporaire pour personne âgée (Ehpad, accueillant familial)",
    "F10009": "Allocation personnalisée d'autonomie (Apa)",
    **{f"F9000{n}": f"Fiche voisine numéro {n} sur un autre sujet" for n in range(4)},
}


@pytest.mark.parametrize(
    ("message", "precise"),
    [
        (
            "Mon grand-père est à l'Ehpad depuis mars et sa pension ne couvre pas tout, ses économies sont épuisées. "
            "Le département peut-il payer la différence ?",
            "F2444",
        ),
        (
            "Je suis résidente d'une maison de retraite à Dax depuis deux ans. Ai-je droit à une réduction d'impôt "
            "pour ce que je paie ?",
            "F17",
        ),
        (
            "Nous réglons chaque trimestre une partie de l'Ehpad de notre père. Pouvons-nous le déduire de nos "
            "impôts ?",
            "F444",
        ),
        (
            "Mon épouse a Alzheimer et je dois partir à l'hôpital. Un Ehpad peut-il l'accueillir pour deux semaines, "
            "le temps de mon opération ?",
            "F33912",
        ),
    ],
)
def test_the_precise_fiche_comes_before_the_care_homes_general_one(message: str, precise: str) -> None:
    order, _ = ranked_with_pointers(TITLES, message)
    assert order[0] == precise
    assert order.index(precise) < order.index(GENERAL)


def test_before_this_pass_the_care_homes_general_fiche_led(monkeypatch) -> None:
    message = (
        "Je suis résidente d'une maison de retraite à Dax depuis deux ans. Ai-je droit à une réduction d'impôt "
        "pour ce que je paie ?"
    )
    monkeypatch.setattr(rerank_module, "SETTING_GIVES_WAY", False)
    order, _ = ranked_with_pointers(TITLES, message)
    assert order.index(GENERAL) < order.index("F17")


def test_a_question_about_the_care_home_itself_keeps_its_fiche() -> None:
    order, pointers = ranked_with_pointers(
        TITLES, "Quelles prestations un Ehpad doit-il fournir ? Ma mère y entre en janvier."
    )
    assert order[0] == GENERAL
    assert pointers[GENERAL] > 0


def test_a_precise_name_told_in_passing_leaves_the_care_home_named_in_the_question() -> None:
    # the APA is the story's; the question asks what the Ehpad's bill holds
    order, _ = ranked_with_pointers(
        TITLES,
        "Ma mère touche l'APA depuis 2019 et elle vient d'entrer dans un Ehpad à Lens.\n"
        "Qu'est-ce que l'Ehpad facture exactement chaque mois ?",
    )
    assert order[0] == GENERAL


@pytest.mark.parametrize(
    ("message", "fiche"),
    [
        # the home's bills the family no longer meets
        (
            "L'Ehpad de ma tante envoie des factures impayées depuis quatre mois, on n'arrive plus à les régler.",
            "F2444",
        ),
        # what the département recovers after the death
        (
            "Mon oncle est mort en avril ; le département veut récupérer sur l'héritage ce qu'il a payé pour son "
            "Ehpad. En a-t-il le droit ?",
            "F2444",
        ),
        # assisted, not replaced
        (
            "Ma mère de 79 ans signe n'importe quoi. Quelle mesure pour la conseiller sans la remplacer, le juge "
            "peut-il faire ça ?",
            "F2094",
        ),
        # a Pacs gives no réversion
        ("Nous étions pacsés depuis 1998 : ai-je droit à la réversion de sa retraite ?", "F13104"),
        # the children asked to pay, and the obligation's name
        (
            "Le conseil départemental a reçu la demande d'aide sociale pour la maison de retraite de mon père. "
            "Est-ce que mes enfants vont devoir participer ?",
            "F2009",
        ),
        ("Qui sont les obligés alimentaires d'une grand-mère sans ressources ?", "F2009"),
        # a housing aid for the room
        ("Mon père vit en Ehpad dans une chambre seule : peut-il toucher l'APL ?", "F1280"),
        # the tax side, for the resident and for the child who pays
        ("Ma grand-mère vit en maison de retraite, quel avantage fiscal sur sa déclaration ?", "F17"),
        ("Je paie chaque mois 300 € à la maison de retraite de ma mère, est-ce déductible de mes impôts ?", "F444"),
        # the minimum for old people with little
        ("Existe-t-il un complément de retraite pour les personnes âgées ? Je touche 480 € par mois.", "F16871"),
        # a protection asked for by a relative, in a hurry
        ("Ma sœur a 81 ans et perd la tête : puis-je demander moi-même une curatelle pour elle ?", "F23595"),
        ("Il faut mettre mon oncle sous tutelle en urgence, un escroc vide ses comptes.", "F2075"),
        (
            "Le juge a nommé un mandataire professionnel comme tuteur, la famille n'est-elle pas prioritaire ?",
            "F23603",
        ),
        # what is left to pay on the APA's plan
        ("Avec l'APA, combien il doit payer lui-même sur les heures d'aide à domicile ?", "F1802"),
        # an old employer's death
        ("Mon père est décédé hier ; il employait une auxiliaire de vie avec le Cesu depuis trois ans.", "F31231"),
        # the employer's exemption at 70
        ("J'ai 76 ans et j'emploie une aide ménagère : je paie encore les charges patronales ?", "F12384"),
        # a family that takes an old person in
        ("Ma mère refuse la maison de retraite, une famille d'accueil agréée serait possible ?", "F15240"),
        # the kinds of home
        ("Quelles solutions de logement pour une personne âgée encore autonome, à part l'Ehpad ?", "F255"),
        # a funeral's tax side
        ("J'ai réglé l'enterrement de mon père, 4 200 €, est-ce déductible des impôts ?", "F1057"),
        # the carer's leave, with the elided "d'elle"
        ("Je voudrais arrêter de travailler quelques mois pour m'occuper d'elle, ma mère est malade.", "F16920"),
    ],
)
def test_an_old_age_situation_points_to_its_fiche(message: str, fiche: str) -> None:
    assert fiche in _pointed(message)


@pytest.mark.parametrize(
    ("message", "fiche"),
    [
        # a trainee in a care home for two weeks is no short stay
        ("Je fais un stage d'aide-soignante dans un Ehpad pendant 2 semaines, suis-je payée ?", "F33912"),
        # a grandchild's protection is the juge des enfants'
        ("Mon petit-fils est en danger chez sa mère : puis-je demander au juge de le protéger en urgence ?", "F23595"),
        ("Mon petit-fils est en danger chez sa mère : puis-je demander au juge de le protéger en urgence ?", "F2075"),
        # an inheritance without a care home's aid
        ("Ma mère est décédée à l'Ehpad ; comment récupérer l'argent de son compte pour la succession ?", "F2444"),
        # a married widow's réversion is no Pacs question
        ("Mon mari est décédé, nous étions mariés depuis 40 ans : quelle pension de réversion ?", "F21819"),
        # a foster family for a child
        ("Mon fils de 8 ans est placé en famille d'accueil, puis-je le voir ?", "F15240"),
        # an Ehpad's bill without a tax word
        ("Je paie chaque mois 300 € à la maison de retraite de ma mère, est-ce normal qu'elle augmente ?", "F444"),
        # a cost asked of a care home, not a family that cannot pay
        ("Combien coûte une chambre en Ehpad en moyenne dans le Nord ?", "F2444"),
    ],
)
def test_a_neighbouring_situation_does_not_point_to_it(message: str, fiche: str) -> None:
    assert fiche not in _pointed(message)
