"""Thirty-third pass (engineer-r45): taxes and the household budget in the writer's words (`vocabulary.TAX_TERMS`),
and the tax office named otherwise than by its short name (`rerank.administration_themes`). Sentences written fresh
for these tests, none from a corpus."""

import pytest

from guichet.knowledge.outside import outside_request
from guichet.knowledge.query import understand
from guichet.knowledge.rerank import ADMINISTRATION_THEMES, administration_themes
from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed


@pytest.mark.parametrize("name", ["Impôts", "impots.gouv", "Centre des finances publiques", "SIP de Besançon"])
def test_the_tax_office_by_another_name_has_the_tax_themes(name: str) -> None:
    assert administration_themes(name) == ADMINISTRATION_THEMES["dgfip"]


@pytest.mark.parametrize("name", ["CAF", "Mairie", "ANTS"])
def test_an_office_by_its_short_name_keeps_its_own_themes(name: str) -> None:
    assert administration_themes(name) == ADMINISTRATION_THEMES[name.lower()]


@pytest.mark.parametrize("name", ["", "Conseil départemental", "Gendarmerie"])
def test_an_office_with_no_themes_gets_none(name: str) -> None:
    assert administration_themes(name) == ()


@pytest.mark.parametrize(
    "message",
    [
        "Voiture\nJe roule 70 km par jour pour aller au dépôt. Je peux déclarer mes frais réels ?",
        "Trajets\nMon beau-frère déduit ses kilomètres au lieu des 10 %, comment il fait ?",
    ],
)
def test_the_real_costs_of_getting_to_work_point_to_frais_reels(message: str) -> None:
    assert "F1989" in _pointed(message)


def test_a_business_s_travel_costs_are_not_the_employee_s_frais_reels() -> None:
    message = "Frais\nJe suis micro-entrepreneur, puis-je déduire les frais de route de ma camionnette ?"
    assert "F1989" not in _pointed(message)


def test_a_gift_to_a_charity_asked_as_a_saving_points_to_the_gifts_fiche() -> None:
    message = "Dons\nJ'ai donné 90 euros au Secours populaire en décembre. Ça me fait économiser combien ?"
    assert "F426" in _pointed(message)


def test_alternating_residence_and_the_return_point_to_the_child_s_share() -> None:
    message = (
        "Notre fille\nDepuis le divorce, Léa est en résidence alternée. Qui de nous deux la met sur sa déclaration ?"
    )
    pointed = _pointed(message)
    assert "F2633" in pointed
    assert "F388" not in pointed  # the return's question here is the child's share, not the change of situation


@pytest.mark.parametrize(
    "message",
    [
        "Confidentialité\nJe ne veux pas que mon employeur voie mon taux sur ma fiche de paie, c'est possible ?",
        "Chômage\nMes indemnités ont baissé de moitié mais le pourcentage prélevé est resté le même.",
    ],
)
def test_the_withholding_rate_told_by_its_place_points_to_the_pas(message: str) -> None:
    assert "F34009" in _pointed(message)


@pytest.mark.parametrize(
    "message",
    [
        "Taux\nLe taux horaire de mon contrat est-il légal ?",
        "Crédit\nMon banquier m'annonce un taux d'intérêt de 4 % sur mon salaire de 2 000 euros, c'est trop ?",
    ],
)
def test_another_rate_is_not_the_withholding_rate(message: str) -> None:
    assert "F34009" not in _pointed(message)


def test_a_return_filed_late_after_a_hospital_stay_points_to_the_late_filing_sanctions() -> None:
    message = "Retard\nJ'étais à l'hôpital en mai et je n'ai pas pu faire ma déclaration. Qu'est-ce que je risque ?"
    assert "F34175" in _pointed(message)


def test_income_left_off_the_return_points_to_the_correction_and_the_fine() -> None:
    message = "Oubli\nJe n'ai pas mis mes 800 euros de baby-sitting sur ma déclaration. Vais-je avoir une amende ?"
    pointed = _pointed(message)
    assert {"F33885", "F34176"} <= pointed


def test_a_property_tax_paid_every_month_points_to_the_monthly_payment() -> None:
    message = "Taxe foncière\nJe préférerais payer la taxe foncière tous les mois, comment on s'inscrit ?"
    assert "F34711" in _pointed(message)


def test_a_local_tax_paid_without_internet_points_to_the_ways_of_paying() -> None:
    message = "Paiement\nJe n'ai pas internet. Est-ce que je peux payer ma taxe d'habitation en espèces au tabac ?"
    assert "F31686" in _pointed(message)


def test_a_tax_paid_in_several_goes_points_to_the_payment_delay() -> None:
    message = "Solde\nIl me reste 700 euros d'impôt à payer, je suis en arrêt maladie. Je peux régler en quatre fois ?"
    assert "F3124" in _pointed(message)


def test_a_tax_debt_the_writer_will_never_pay_points_to_the_remise_gracieuse() -> None:
    message = (
        "Aidez-moi\nJe vis avec 600 euros par mois, je ne pourrai jamais payer ces impôts. Pouvez-vous les annuler ?"
    )
    assert "F34392" in _pointed(message)


def test_an_unmarried_couple_and_the_return_point_to_concubinage() -> None:
    message = "Couple\nOn habite ensemble sans être mariés ni pacsés. On fait une seule déclaration ou deux ?"
    assert "F362" in _pointed(message)


def test_an_unmarried_couple_s_survivor_pension_is_not_the_return() -> None:
    message = (
        "Réversion\nMon compagnon est décédé, nous n'étions pas mariés. Ai-je droit à sa réversion ? Et les impôts ?"
    )
    assert "F362" not in _pointed(message)


def test_a_widow_and_her_shares_point_to_the_widow_s_quotient() -> None:
    message = "Parts\nMon époux est décédé en août. Combien de parts vais-je avoir sur ma déclaration avec ma fille ?"
    assert "F35127" in _pointed(message)


def test_a_pacs_ended_and_the_return_point_to_the_change_of_situation() -> None:
    message = "Rupture\nNous avons dissous notre pacs en avril. Faut-il faire deux déclarations cette année ?"
    assert "F388" in _pointed(message)


def test_money_an_ex_pays_the_writer_asked_about_the_return_points_to_maintenance_received() -> None:
    message = "Argent\nMon ex-compagnon me vire 200 € pour les enfants chaque mois. Je le mets sur ma déclaration ?"
    assert "F3170" in _pointed(message)


def test_an_ex_who_no_longer_pays_is_no_maintenance_received() -> None:
    message = "Impayé\nMon ex ne me verse plus rien pour les enfants depuis six mois, que faire ?"
    assert "F3170" not in _pointed(message)


def test_money_sent_to_a_parent_abroad_asked_as_a_deduction_points_to_the_ascendant_s_pension() -> None:
    message = "Envoi\nJ'envoie 150 euros chaque mois à ma mère en Algérie. Est-ce que je peux le déduire ?"
    assert "F444" in _pointed(message)


def test_an_old_parent_living_at_home_asked_as_a_deduction_points_to_the_welcome_costs() -> None:
    message = "Papa\nMon père de 82 ans vit chez nous depuis l'hiver. Y a-t-il une déduction sur nos impôts ?"
    assert "F5" in _pointed(message)


def test_arrears_of_wages_paid_at_once_point_to_deferred_income() -> None:
    message = "Arriérés\nJ'ai touché deux ans d'arriérés de salaire en janvier, mon impôt a explosé. Peut-on étaler ?"
    assert "F34064" in _pointed(message)


def test_a_first_return_without_a_tax_number_points_to_the_first_return() -> None:
    message = "Nouveau\nJe n'ai pas de numéro fiscal, je suis arrivé en France en mars. Comment je déclare ?"
    assert "F369" in _pointed(message)


def test_the_tax_office_seizing_an_account_points_to_the_satd() -> None:
    message = "Compte\nLe Trésor public a saisi l'argent qui était sur mon compte pour des amendes. C'est légal ?"
    assert "F31716" in _pointed(message)


def test_the_waste_charge_points_to_the_teom() -> None:
    message = "Poubelles\nLe ramassage des poubelles ne passe plus dans ma rue, pourquoi je paie encore cette taxe ?"
    assert "F22730" in _pointed(message)


def test_childcare_left_off_the_return_points_to_the_childcare_credit() -> None:
    message = (
        "Crèche\nJ'ai oublié d'indiquer la crèche de mon fils sur ma déclaration, je peux encore avoir le crédit ?"
    )
    assert "F8" in _pointed(message)


def test_a_childminder_s_own_return_is_not_the_childcare_credit() -> None:
    message = (
        "Déclaration\nJe suis assistante maternelle et je garde trois enfants en crèche familiale, que déclarer ?"
    )
    assert "F8" not in _pointed(message)


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        (
            "Contact\nJ'en ai assez du standard. Pouvez-vous me donner le numéro direct de mon conseiller ?",
            "les coordonnées personnelles d'un agent",
        ),
        ("Horaires\nLe service des impôts de Dole est ouvert le samedi ?", "les horaires d'un lieu"),
    ],
)
def test_an_agent_s_own_line_or_a_saturday_opening_is_outside_the_fiches(message: str, kind: str) -> None:
    assert outside_request(understand(message)) == kind


@pytest.mark.parametrize(
    "message",
    [
        "Numéro fiscal\nOù trouver mon numéro fiscal pour créer mon espace ?",
        "Dimanche\nMon employeur peut-il m'obliger à travailler le samedi et le dimanche ?",
    ],
)
def test_a_tax_number_or_weekend_work_is_no_outside_request(message: str) -> None:
    assert outside_request(understand(message)) == ""


@pytest.mark.parametrize(
    "message",
    [
        "Arrêt\nJe suis en arrêt depuis un mois. Vais-je être payée et à quel taux ?",
        "Travail\nJe ne suis pas titulaire, quel est le taux de mes heures de nuit ?",
    ],
)
def test_a_rate_asked_beside_a_negation_is_not_the_withholding_rate(message: str) -> None:
    assert "F34009" not in _pointed(message)


def test_a_delay_to_contest_without_a_tax_is_not_the_tax_claim_delay() -> None:
    message = "Déménageur\nIls ont cassé mon armoire. Jusqu'à quand puis-je réclamer un remboursement ?"
    assert "F1064" not in _pointed(message)


def test_a_widow_with_nowhere_to_go_is_not_the_widow_s_quotient() -> None:
    message = (
        "Maison\nMon mari est décédé en juin, ses fils veulent vendre. Je n'ai nulle part où aller, est-ce légal ?"
    )
    assert "F35127" not in _pointed(message)


def test_a_divorced_parent_s_status_is_no_change_of_situation() -> None:
    message = "Fille\nJe suis divorcée et j'ai la garde de ma fille de 19 ans. Puis-je la garder sur ma déclaration ?"
    assert "F388" not in _pointed(message)


def test_the_seizure_named_by_its_name_points_to_the_satd() -> None:
    message = "SATD\nJ'ai reçu une saisie administrative à tiers détenteur de 300 euros, que faire ?"
    assert "F31716" in _pointed(message)
