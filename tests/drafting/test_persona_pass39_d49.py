"""Thirty-ninth pass (engineer-d49): volunteers' statuses, a status held only in the past, another person's place of
work, a mission's dates and whole lengths, a contract's employee, net pay far from its sum. Fresh examples."""

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, find_claims, private_dates


def _verdict(sentence: str, message: str, private_text: str = "") -> str:
    claims = find_claims(sentence, message, private_text=private_text)
    return claims[0].verdict if claims else "none"


_PAST_RSA = (
    "Bonjour, j'ai 27 ans. Je percevais le RSA à Dijon jusqu'en avril ; depuis mai je suis vendeuse en CDD chez un "
    "fleuriste. Est-ce que je peux demander la prime d'activité ?"
)


def test_a_benefit_held_in_the_past_said_as_present_is_contradicted() -> None:
    assert _verdict("Vous percevez toujours le RSA.", _PAST_RSA) == CONTRADICTED


def test_a_benefit_no_longer_received_is_consistent() -> None:
    assert _verdict("Vous ne touchez plus le RSA.", _PAST_RSA) == CONSISTENT


def test_a_benefit_received_with_its_end_told_is_past() -> None:
    message = "J'ai touché l'AAH de 2019 à 2023, maintenant je travaille en ESAT à temps plein."
    assert _verdict("Vous percevez l'AAH.", message) == CONTRADICTED


def test_a_benefit_received_now_stays_consistent() -> None:
    message = "Je touche le RSA depuis deux ans et je cherche une mission de bénévolat."
    assert _verdict("Vous touchez le RSA.", message) == CONSISTENT


def test_a_civic_service_done_years_ago_is_no_present_status() -> None:
    message = "J'ai fait un service civique à la Ligue contre le cancer en 2015. Aujourd'hui je suis au chômage."
    assert _verdict("Vous êtes volontaire en service civique.", message) == CONTRADICTED


def test_the_writer_s_own_volunteering_is_consistent() -> None:
    message = "Je suis bénévole aux Petits Débrouillards deux soirs par semaine et étudiant en master."
    assert _verdict("Vous êtes bénévole.", message) == CONSISTENT


def test_a_son_who_lives_with_the_writer_keeps_his_own_status() -> None:
    message = (
        "J'ai 48 ans et je suis aide-soignante. Mon fils, qui vit avec moi, est volontaire en service civique "
        "dans un club de rugby."
    )
    assert _verdict("Vous êtes aide-soignante.", message) == CONSISTENT
    assert _verdict("Vous êtes volontaire en service civique.", message) != CONSISTENT


def test_a_partner_s_employer_given_to_the_writer_is_contradicted() -> None:
    message = (
        "Je suis retraitée de l'Éducation nationale depuis 2022. Mon compagnon est cariste chez Vendôme Logistique "
        "à Tours."
    )
    assert _verdict("Vous travaillez chez Vendôme Logistique.", message) == CONTRADICTED


def test_a_sister_s_mission_place_given_to_a_volunteer_is_contradicted() -> None:
    message = (
        "Je fais un volontariat à la Banque alimentaire de Lens depuis janvier. Ma sœur est volontaire en service "
        "civique à la médiathèque de Béthune."
    )
    assert _verdict("Vous êtes volontaire en service civique à la médiathèque de Béthune.", message) == CONTRADICTED
    assert _verdict("Vous êtes volontaire à la Banque alimentaire de Lens.", message) == CONSISTENT


def test_an_employer_placeholder_restored_in_the_private_text_is_compared() -> None:
    message = "Je suis serveuse à mi-temps. Mon frère est apprenti chez [EMPLOYEUR_1] à Laval."
    private = private_dates(message, {"[EMPLOYEUR_1]": "Menuiserie Gautier", "[PERSONNE_1]": "Noé"})
    assert "Menuiserie Gautier" in private and "Noé" not in private
    assert _verdict("Vous êtes apprentie chez Menuiserie Gautier.", message, private) == CONTRADICTED


def test_a_place_the_writer_left_said_as_present_is_contradicted() -> None:
    message = "De 2023 à 2025, j'ai été volontaire au Bénin avec une ONG. Je suis rentrée à Nantes en octobre."
    assert _verdict("Vous êtes actuellement en mission au Bénin.", message) == CONTRADICTED


def test_a_mission_s_start_date_a_month_off_is_contradicted() -> None:
    message = "Ma mission de service civique a commencé le 12 septembre 2025 à la mairie de Vannes."
    assert _verdict("Votre mission a commencé le 12 octobre 2025.", message) == CONTRADICTED


def test_a_whole_length_in_weeks_near_but_wrong_is_contradicted() -> None:
    message = "Je suis volontaire depuis mars. Après une chute, le médecin m'a mis en arrêt cinq semaines."
    assert _verdict("Votre arrêt dure trois semaines.", message) == CONTRADICTED
    assert _verdict("Votre arrêt dure cinq semaines.", message) == CONSISTENT


def test_a_writer_on_a_cdi_is_no_craftsman() -> None:
    message = "J'ai 31 ans, CDI signé en mars comme technicienne chez un opérateur. Mon oncle est artisan maçon."
    assert _verdict("Vous êtes artisan.", message) == CONTRADICTED


def test_an_age_told_after_a_limit_is_read() -> None:
    message = "Ma mutuelle étudiante me couvre jusqu'à mes 28 ans (j'en ai 23) et je suis en alternance."
    assert _verdict("Vous avez 28 ans.", message) == CONTRADICTED
    assert _verdict("Vous avez 23 ans.", message) == CONSISTENT


def test_a_home_that_belongs_to_the_writer_makes_an_owner() -> None:
    message = "J'habite une maison qui m'appartient depuis l'héritage de mon père, je n'ai donc pas de loyer."
    assert _verdict("Vous êtes locataire.", message) == CONTRADICTED


def test_a_volunteer_allowance_nearly_right_is_contradicted() -> None:
    message = "Pendant ma mission au Pérou, je recevais une indemnité de 750 € par mois."
    assert _verdict("Votre indemnité était de 705 € par mois.", message) == CONTRADICTED


def test_gross_pay_given_as_net_is_contradicted() -> None:
    message = "Sur ma fiche de paie je vois 1 512 euros net, alors que le contrat annonce 1 940 euros brut."
    assert _verdict("Votre salaire net indiqué sur la fiche est de 1 940 euros.", message) == CONTRADICTED


def test_a_place_told_by_its_kind_alone_is_compared() -> None:
    message = "Mon mari est jardinier à la mairie, moi je suis caissière en CDI dans une jardinerie."
    assert _verdict("Vous travaillez à la mairie.", message) == CONTRADICTED


def test_an_abbreviated_month_is_read() -> None:
    message = "J'ai commencé le 7 fév comme livreur à vélo, et je n'ai toujours pas de fiche de paie."
    assert _verdict("Vous avez commencé à travailler le 17 février.", message) == CONTRADICTED
    assert _verdict("Vous avez commencé à travailler le 7 février.", message) == CONSISTENT


def test_a_length_worked_said_without_pendant_is_read() -> None:
    message = "J'ai travaillé 9 mois dans une blanchisserie industrielle avant mon licenciement."
    assert _verdict("Vous avez travaillé un an dans cette blanchisserie.", message) == CONTRADICTED


def test_a_contract_that_ended_makes_no_employee() -> None:
    message = "Fin de mon CDD de vendeuse chez un caviste le 30 juin, je suis inscrite depuis juillet."
    assert _verdict("Vous êtes sans emploi depuis la fin de votre contrat.", message) != CONTRADICTED
