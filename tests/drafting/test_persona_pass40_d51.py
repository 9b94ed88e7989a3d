"""Fortieth pass (engineer-d51): people helped by associations and charities — a helper named by their role, an
organisation the pseudonymisation took for a person, numbers with hundreds written in words, what the writer says
they are not, an age given in answer to another's, another person's length of work, a trade of the writer's own.
Fresh examples, none from batch c23."""

from guichet.drafting.persona import CONSISTENT, CONTRADICTED, find_claims, private_dates
from guichet.drafting.persona.lexicon import spell_digits


def _verdict(sentence: str, message: str, private_text: str = "") -> str:
    claims = find_claims(sentence, message, private_text=private_text)
    return claims[0].verdict if claims else "none"


# --- a helper named by their role is another person -----------------------------------------------------------------


def test_a_volunteer_s_status_is_not_the_writer_s() -> None:
    message = "La conseillère de France Services est retraitée depuis peu. Moi je suis salarié à mi-temps."
    assert _verdict("Vous êtes retraité.", message) == CONTRADICTED


def test_the_writer_s_own_volunteering_and_retirement_stay_consistent() -> None:
    message = "Je suis bénévole au Secours populaire depuis que je suis retraitée."
    assert _verdict("Vous êtes retraitée.", message) == CONSISTENT


def test_a_helper_s_act_on_the_writer_keeps_the_writer_the_subject() -> None:
    message = "Le conseiller m'a inscrit à France Travail la semaine dernière, après mon licenciement."
    assert _verdict("Vous êtes inscrit à France Travail.", message) == CONSISTENT


def test_a_helper_s_children_are_not_the_writer_s() -> None:
    message = "La bénévole des Restos a cinq enfants, elle sait ce que c'est. Nous, on a deux filles."
    assert _verdict("Vous avez cinq enfants.", message) == CONTRADICTED


def test_the_writer_s_own_children_named_beside_a_partner_stay_counted() -> None:
    message = "Mon compagnon et nos trois enfants vivons dans un T3 à Roubaix."
    assert _verdict("Vous avez trois enfants.", message) == CONSISTENT


def test_a_count_of_children_reported_from_a_paper_is_not_the_writer_s() -> None:
    message = "J'ai deux enfants. Le formulaire du CCAS marque quatre enfants, c'est une erreur de saisie."
    assert _verdict("Vous avez quatre enfants.", message) == CONTRADICTED


def test_a_person_named_with_their_office_is_not_the_writer_signing() -> None:
    message = "[PERSONNE_1] de la mairie est veuf, il me l'a dit. Moi je vis avec mon mari depuis vingt ans."
    assert _verdict("Vous êtes veuf.", message) == CONTRADICTED


def test_a_writer_who_signs_first_keeps_their_status() -> None:
    message = "[PERSONNE_1], 71 ans, veuve depuis 2020. Je voudrais l'allocation de solidarité."
    assert _verdict("Vous êtes veuve.", message) == CONSISTENT


# --- an organisation the pseudonymisation took for a person ---------------------------------------------------------


def test_a_charity_comes_back_in_the_private_text() -> None:
    text = "Mon fils est volontaire chez [PERSONNE_1]. Je suis agent d'entretien en CDI."
    assert private_dates(text, {"[PERSONNE_1]": "Emmaüs"}) == text.replace("[PERSONNE_1]", "Emmaüs")
    sentence = "Vous êtes volontaire en service civique chez Emmaüs."
    message = "Mon fils est volontaire en service civique chez [PERSONNE_1]. Je suis agent d'entretien en CDI."
    private = private_dates(message, {"[PERSONNE_1]": "Emmaüs"})
    assert _verdict(sentence, message, private) == CONTRADICTED


def test_an_association_named_after_a_person_comes_back() -> None:
    text = "L'association [PERSONNE_1] m'a aidée pour le dossier."
    assert "Lucie-Aubrac" in private_dates(text, {"[PERSONNE_1]": "Lucie-Aubrac"})


def test_a_person_stays_a_placeholder() -> None:
    text = "Ma voisine [PERSONNE_1] m'a aidée pour le dossier."
    assert private_dates(text, {"[PERSONNE_1]": "Julie"}) == ""


# --- numbers with hundreds and thousands written in words -----------------------------------------------------------


def test_a_pension_in_words_is_read_whole() -> None:
    message = "Ma pension est de neuf cent quarante-six euros par mois et le CCAS m'aide pour la cantine."
    assert _verdict("Votre pension s'élève à 946 euros par mois.", message) == CONSISTENT
    assert _verdict("Votre pension s'élève à 964 euros par mois.", message) == CONTRADICTED


def test_words_of_hundreds_and_years_become_digits_but_not_a_percentage() -> None:
    assert spell_digits("huit cent douze euros en deux mille vingt-deux") == "812 euros en 2022"
    assert spell_digits("cent pour cent") == "cent pour cent"
    assert spell_digits("une centaine de colis") == "une centaine de colis"
    assert spell_digits("3 mille euros") == "3 mille euros"


# --- what the writer says they are not ------------------------------------------------------------------------------


def test_a_grant_denied_is_contradicted() -> None:
    message = "Je ne suis pas boursier, je travaille le week-end pour payer mes études."
    assert _verdict("Vous êtes boursier.", message) == CONTRADICTED


def test_a_benefit_stopped_in_sms_french_is_contradicted() -> None:
    message = "je suis plus au rsa depuis que jai repris le travail en chantier d insertion"
    assert _verdict("Vous touchez le RSA.", message) == CONTRADICTED


def test_a_benefit_received_stays_consistent() -> None:
    assert _verdict("Vous touchez le RSA.", "Je suis au RSA depuis mars.") == CONSISTENT


def test_a_contract_denied_after_a_comma_is_contradicted() -> None:
    message = "Je suis en CDD jusqu'en mars, pas en CDI comme le dit l'attestation."
    assert _verdict("Vous êtes en CDI.", message) == CONTRADICTED


def test_a_contract_held_with_another_denied_stays_consistent() -> None:
    assert _verdict("Vous êtes en CDI.", "Je suis en CDI, pas en intérim.") == CONSISTENT


def test_a_divorce_not_pronounced_contradicts_a_divorce() -> None:
    message = "Nous sommes séparés depuis l'été mais le divorce n'est pas encore prononcé."
    assert _verdict("Vous êtes divorcée.", message) == CONTRADICTED


def test_a_divorce_told_stays_consistent() -> None:
    assert _verdict("Vous êtes divorcée.", "Je suis divorcée depuis 2019, j'ai deux enfants.") == CONSISTENT


def test_a_writer_looking_for_work_is_no_retiree() -> None:
    message = "J'ai 58 ans et je cherche du travail depuis la fermeture de l'usine."
    assert _verdict("Vous êtes retraité.", message) == CONTRADICTED


def test_looking_for_another_job_is_no_jobseeker() -> None:
    message = "Je cherche un autre emploi plus près de chez moi."
    assert _verdict("Vous êtes demandeuse d'emploi.", message) != CONSISTENT


# --- an age given in answer to another's ----------------------------------------------------------------------------


def test_an_age_given_in_answer_is_the_writer_s() -> None:
    message = "L'épicerie solidaire a fêté ses vingt ans en juin ; moi j'en ai cinquante-trois."
    assert _verdict("Vous avez vingt ans.", message) == CONTRADICTED
    assert _verdict("Vous avez 53 ans.", message) == CONSISTENT


def test_a_count_after_another_count_is_no_age() -> None:
    message = "Le Secours populaire distribue 40 colis par semaine, moi j'en ai 18."
    assert _verdict("Vous avez 18 ans.", message) != CONSISTENT


# --- a share of the week held before, another person's length of work ----------------------------------------------


def test_a_share_held_before_is_not_the_writer_s_now() -> None:
    message = "Avant j'étais à temps plein, maintenant je suis à 80 % depuis mon accident."
    assert _verdict("Vous travaillez à temps plein.", message) == CONTRADICTED


def test_a_share_held_now_after_a_past_one_stays_consistent() -> None:
    message = "J'étais à mi-temps jusqu'en mars, maintenant je travaille à temps plein."
    assert _verdict("Vous travaillez à temps plein.", message) == CONSISTENT


def test_a_helper_s_length_of_work_is_not_the_writer_s() -> None:
    message = "Mon tuteur, [PERSONNE_1], a travaillé trente ans à l'usine. Moi j'ai travaillé deux ans en intérim."
    assert _verdict("Vous avez travaillé trente ans.", message) == CONTRADICTED


def test_a_length_another_person_gives_the_writer_stays_theirs() -> None:
    message = "La conseillère m'a inscrite à France Travail il y a six mois, après la fermeture du magasin."
    assert _verdict("Vous êtes inscrite à France Travail depuis six mois.", message) == CONSISTENT


# --- a trade of the writer's own ------------------------------------------------------------------------------------


def test_a_namesake_s_trade_is_contradicted_by_the_writer_s_own() -> None:
    message = "L'association porte le nom de [PERSONNE_1], une infirmière du quartier. Moi je suis caissière à Niort."
    assert _verdict("Vous êtes infirmière.", message) == CONTRADICTED


def test_a_trade_the_message_never_names_is_left_alone() -> None:
    assert _verdict("Vous êtes infirmière.", "Je suis caissière dans un supermarché à Niort.") == "none"


def test_a_near_trade_is_not_contradicted() -> None:
    assert _verdict("Vous êtes chauffeur.", "Je suis chauffeur routier depuis douze ans.") != CONTRADICTED


# --- "s'élève" is a verb, no pupil ----------------------------------------------------------------------------------


def test_a_sum_that_s_eleve_makes_no_pupil() -> None:
    message = "Je suis retraitée depuis 2021, ma pension est de 1 200 euros par mois."
    assert _verdict("Votre pension s'élève à 1 200 euros par mois.", message) == CONSISTENT


def test_a_pupil_is_still_read() -> None:
    assert _verdict("Vous êtes élève en terminale.", "Je suis retraité depuis deux ans.") == CONTRADICTED


# --- a single parent has no partner at home -------------------------------------------------------------------------


def test_a_single_mother_has_no_partner() -> None:
    message = "Je suis maman solo de deux enfants, les Restos du cœur m'aident depuis l'hiver."
    assert _verdict("Vous élevez vos enfants avec votre conjoint.", message) == CONTRADICTED


def test_a_separated_mother_may_still_have_a_husband() -> None:
    message = "Je vis seule avec mes deux enfants depuis que je suis séparée de mon mari."
    assert _verdict("Vous élevez vos enfants avec votre conjoint.", message) != CONTRADICTED


# --- no home, or a home ---------------------------------------------------------------------------------------------


def test_a_writer_who_says_they_are_not_on_the_street_is_not_homeless() -> None:
    message = "Je ne suis pas à la rue, j'ai un studio, il est juste insalubre. La Croix-Rouge m'a envoyée vers vous."
    assert _verdict("Vous êtes sans domicile.", message) == CONTRADICTED


def test_a_writer_on_the_street_is_homeless() -> None:
    message = "Je suis à la rue depuis l'été, je dors dans ma voiture. Les Restos m'ont donné votre adresse."
    assert _verdict("Vous êtes sans domicile fixe.", message) == CONSISTENT


def test_a_fear_of_the_street_is_no_street() -> None:
    message = "J'ai peur de me retrouver à la rue si l'aide s'arrête, le Secours populaire m'aide pour les courses."
    assert _verdict("Vous êtes sans logement.", message) != CONSISTENT
