"""Thirty-second pass (engineer-r41): health, sick leave and invalidity told in the writer's words. A taxi to the
care, a daily charge on a hospital bill, a doctor sent by the employer, a child ill for months, a husband at the end
of life: each points to the fiche whose title says it, and the neighbours that share its words (a taxi driver's
licence, a pregnancy's 100 %, colleagues giving days off) do not. Sentences written fresh for these tests, none from a
corpus."""

import pytest

from guichet.knowledge import rerank as rerank_module
from guichet.knowledge.rerank import COLUMN, rerank
from tests.knowledge.rerank_helpers import equal_evidence, ranked_with_pointers
from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed


@pytest.mark.parametrize(
    ("message", "fiche"),
    [
        ("Mon père va trois fois par semaine en dialyse à Amiens. Le taxi conventionné est-il remboursé ?", "F2951"),
        ("L'ambulance qui m'a ramenée de la clinique, c'est à moi de la payer ?", "F2951"),
        ("Mon rhumatologue veut me mettre en ALD. Qu'est-ce que ça change pour moi ?", "F34068"),
        ("On vient de découvrir une sclérose en plaques à mon frère. Il sera pris en charge à 100 % ?", "F34068"),
        (
            "Sortie de la maternité de ma soeur ? Non : mon oncle a reçu une note de forfait journalier, c'est quoi ?",
            "F200",
        ),
        ("Pourquoi la caisse garde-t-elle 1 euro par consultation sur mes remboursements ?", "F165"),
        ("Que sont les franchises médicales retenues sur mes boîtes de médicaments ?", "F165"),
        ("Ma tante est en invalidité 3e catégorie et ne peut plus s'habiller seule. Que faut-il demander ?", "F31434"),
        ("Mon patron a envoyé un médecin chez moi pendant mon arrêt. Est-ce légal ?", "F33908"),
        ("Quels sont les horaires de sortie quand on est en arrêt maladie ?", "F12415"),
        (
            "Ma compagne est en soins palliatifs à Brest. Je voudrais arrêter de travailler pour rester auprès "
            "d'elle, existe-t-il une aide ?",
            "F1767",
        ),
        (
            "Notre fille de 9 ans a une tumeur au cerveau, elle sera hospitalisée pendant des mois. Je dois "
            "arrêter de travailler pour être près d'elle. Comment faire ?",
            "F1631",
        ),
        ("Je suis inscrit à Pôle emploi et je viens d'être opéré du genou. Qui me paie pendant l'arrêt ?", "F13905"),
        (
            "Je conteste mon classement en invalidité de première catégorie, je ne peux plus rien faire. Que faire ?",
            "F2499",
        ),
        (
            "Le médecin conseil dit que je peux reprendre alors que j'ai toujours mal. Comment contester ?",
            "F2500",
        ),
        (
            "Après ma démission acceptée en rupture conventionnelle, je conserverais ma mutuelle combien de temps ?",
            "F20744",
        ),
        ("Mon médecin m'a remis un arrêt en trois exemplaires, j'envoie quoi et à qui ?", "F303"),
        ("Je me suis fait renverser en rentrant du travail à pied. Qui doit déclarer ?", "F31881"),
        ("Mon ophtalmologue pratique des dépassements d'honoraires énormes, est-ce autorisé ?", "F17042"),
        ("Mon grand-père sort de la clinique et nous ne pouvons pas payer la facture de 2 000 euros.", "F1020"),
    ],
)
def test_a_health_situation_points_to_its_fiche(message: str, fiche: str) -> None:
    assert fiche in _pointed(message)


@pytest.mark.parametrize(
    ("message", "fiche"),
    [
        # a taxi driver's trade, not a ride to the care
        ("Je voudrais devenir chauffeur de taxi, la licence de taxi est-elle payée par la région ?", "F2951"),
        # a pregnancy's 100 % is its own fiche
        ("Je suis enceinte de six mois et diabétique : est-ce remboursé à 100 % ?", "F34068"),
        # someone already at 100 % who asks about the deductions: the deductions' fiche, not the ALD's
        ("Avec mon diabète je suis à 100 %, pourquoi me retire-t-on des franchises ?", "F34068"),
        # a rent-free month is no medical franchise
        ("Le bailleur m'accorde une franchise de loyer de deux mois, dois-je la déclarer ?", "F165"),
        # colleagues who give their days off to a parent: the gift's fiche
        (
            "Notre fils a une leucémie. Mes collègues veulent me faire un don de jours de repos pour que je reste "
            "avec lui, comment ça marche ?",
            "F1631",
        ),
        # a civil servant's end-of-life leave is another fiche
        (
            "Je suis fonctionnaire et mon père est en fin de vie. Puis-je prendre un congé pour rester auprès "
            "de lui ?",
            "F1767",
        ),
        # a job seeker's question about the company's mutuelle is the mutuelle's
        ("Je suis au chômage depuis mon licenciement et malade : ma mutuelle d'entreprise continue ?", "F13905"),
        # a sick note already sent, the question is the pay
        ("J'ai envoyé les volets de mon arrêt à la caisse. Quand vais-je toucher mes indemnités ?", "F303"),
        # a fall at the workplace is no accident on the way
        ("Je suis tombé d'un échafaudage sur le chantier ce matin, est-ce un accident du travail ?", "F31881"),
        # a commute's costs are the tax's or the employer's, not a medical ride
        (
            "Je fais 50 km par jour en voiture pour aller au travail, mes frais de trajet sont-ils remboursés ?",
            "F2951",
        ),
        # keeping one's mutuelle in prison is no job's end
        ("Mon cousin est en détention depuis mai : est-ce qu'il garde sa mutuelle là-bas ?", "F20744"),
        # a court's sentence is no end of life
        ("L'homme a été condamné à me verser une indemnité, mais je ne peux pas attendre. Une aide ?", "F1767"),
        # a disabled pupil's rides to school are the school transport's
        ("Ma fille en fauteuil va au collège à 20 km : le taxi peut-il être pris en charge ?", "F2951"),
        # the daily charge told beside the AAH cut during a long stay: the AAH's question
        (
            "Mon frère est hospitalisé depuis des mois, on lui facture le forfait journalier et son AAH a baissé. "
            "Pourquoi ?",
            "F200",
        ),
        # a bill one cannot pay is not the daily charge's question
        ("L'hôpital me réclame le forfait journalier et je ne peux pas payer. Que va-t-il se passer ?", "F200"),
        # a category dispute goes to its own fiche, not the general one
        ("Le médecin conseil m'a classé en invalidité catégorie 1, je veux contester ce taux.", "F2500"),
    ],
)
def test_a_neighbouring_situation_does_not_point_to_it(message: str, fiche: str) -> None:
    assert fiche not in _pointed(message)


TITLES = {
    "F32112": "Don de jours de repos à un salarié parent d'enfant gravement malade ou proche aidant",
    "F1631": "Congé de présence parentale dans le secteur privé",
    "F15132": "Allocation journalière de présence parentale (AJPP)",
    "F151": "Congé pour enfant malade dans le secteur privé",
    **{f"F9000{n}": f"Fiche voisine numéro {n} sur un autre sujet" for n in range(3)},
}
SICK_CHILD = (
    "Notre petit garçon de 4 ans a un cancer, il restera hospitalisé plusieurs mois à Lyon. Mon patron ne peut pas me "
    "payer si je m'absente.\nExiste-t-il une aide ?"
)


def _pointer_columns(message: str) -> dict[str, tuple[float, float]]:
    ids, candidates = equal_evidence(TITLES, message)
    whole, context = COLUMN["vocabulary"], COLUMN["vocabulary_context"]
    assert [ids[p] for p, _, _ in rerank(candidates)][0] in {"F1631", "F15132"}
    return {
        ids[i]: (float(candidates.features[i, whole]), float(candidates.features[i, context])) for i in range(len(ids))
    }


def test_a_situation_that_is_the_need_counts_whole_from_the_story() -> None:
    columns = _pointer_columns(SICK_CHILD)
    assert columns["F1631"][0] > 0 and columns["F1631"][1] == 0
    assert columns["F32112"] == (0.0, 0.0)


def test_before_this_pass_the_story_only_gave_half_a_pointer(monkeypatch) -> None:
    monkeypatch.setattr(rerank_module, "READ_TOLD", False)
    columns = _pointer_columns(SICK_CHILD)
    assert columns["F1631"][0] == 0 and columns["F1631"][1] > 0


def test_the_sick_child_leads_the_gift_of_days_off() -> None:
    order, pointers = ranked_with_pointers(TITLES, SICK_CHILD)
    assert order.index("F1631") < order.index("F32112")
    assert order.index("F15132") < order.index("F32112")
    assert pointers["F32112"] == 0
