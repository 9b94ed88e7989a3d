"""Tenth pass, round 2: benefits and procedures called by what they are for, and a writer's public said by the
trade or the company (the kinds batch v11 missed). Examples written fresh for these tests."""

from guichet.knowledge.analysis import fold
from guichet.knowledge.situations import qualifiers_in_message
from guichet.knowledge.vocabulary import find


def _points(text: str) -> set[str]:
    return {fiche for found in find(text) for fiche in found.term.fiches}


def _expanded(text: str) -> str:
    return " ".join(found.term.expansion for found in find(text))


def test_the_rent_aid_said_in_everyday_words_reads_as_the_housing_benefit():
    assert "aide au logement" in _expanded("On touche l'aide au loyer depuis mars, elle a baissé")
    assert "aide au logement" in _expanded("Mon fils étudiant peut-il avoir des sous de la CAF pour son loyer ?")
    assert "aide au logement" not in _expanded("Le loyer a augmenté de 30 euros, le bailleur a-t-il le droit ?")


def test_the_activity_bonus_and_the_back_to_school_allowance_by_what_they_are_for():
    assert "F34701" in _points("La prime pour les gens qui bossent mais gagnent peu, un artisan y a droit ?")
    assert "F2882" in _points("Il paraît qu'il y a une prime pour les petits salaires, c'est vrai ?")
    assert "F2882" not in _points("Mon employeur m'a versé une prime de fin d'année")
    assert "F1878" in _points("Quand tombent les sous de la rentrée pour les collégiens ?")
    assert "F1878" not in _points("À la rentrée je change de lycée, faut-il un nouveau certificat ?")


def test_a_free_lawyer_a_contract_for_unmarried_couples_and_the_minimum_pension_of_the_poor():
    assert "F18074" in _points("Un avocat gratuit, ça existe pour un divorce ?")
    assert "F18074" in _points("Je n'ai pas de sous pour payer un avocat, que faire ?")
    assert "F18074" not in _points("Mon avocat m'a envoyé sa facture hier")
    assert "F1618" in _points("On voudrait le contrat pour les couples qui ne sont pas mariés, c'est où ?")
    assert "F1618" not in _points("Mon contrat de travail se termine, nous ne sommes pas mariés")
    assert "F16871" in _points("Y a-t-il une aide pour les personnes âgées qui n'ont pas de retraite ?")
    assert "F16871" not in _points("Les personnes âgées de ma résidence ont une belle retraite")


def test_a_death_benefit_a_career_break_a_self_employed_turnover_and_accompanied_driving():
    assert "F3005" in _points("La sécurité sociale verse-t-elle quelque chose quand un salarié décède ?")
    assert "F3005" not in _points("La sécurité sociale m'a remboursé la consultation")
    assert "F544" in _points("Je suis infirmière à l'hôpital public, puis-je mettre ma carrière en pause ?")
    assert "F544" in _points("Comment mettre mon travail en suspens pendant deux ans ?")
    assert "F23257" in _points("Je suis auto-entrepreneuse, quand dois-je déclarer ce que j'ai encaissé ?")
    assert "F23257" not in _points("Je suis salarié, comment déclarer ce que j'ai gagné aux impôts ?")
    assert "F2826" in _points("Mon fils de 15 ans veut conduire avec sa mère le week-end, à quel âge ?")
    assert "F2826" not in _points("Mon père ne peut plus conduire, qui peut l'emmener ?")


def test_a_help_to_pay_the_care_home_and_an_online_purchase_never_received():
    assert "F2444" in _points("Existe-t-il une aide du conseil départemental pour financer l'Ehpad de mon père ?")
    assert "F2444" not in _points("L'Ehpad de ma tante organise une fête le dimanche")
    assert "achat à distance" in _expanded("Ordinateur payé jamais reçu, le vendeur ne répond plus")
    assert "achat à distance" in _expanded("Ma commande n'est jamais arrivée, j'ai payé 200 €")
    assert "achat à distance" not in _expanded("Je n'ai jamais reçu de réponse de la mairie")


def test_a_farmer_is_self_employed_and_a_factory_worker_is_a_private_employee():
    assert "indépendant" in qualifiers_in_message(fold("Je suis viticulteur en Gironde, ai-je droit à la prime ?"))
    assert "indépendant" in qualifiers_in_message(fold("Nous sommes éleveurs de brebis depuis 2010"))
    assert "indépendant" not in qualifiers_in_message(fold("Je suis ouvrier agricole en CDD"))
    # the trade of someone else (a late husband) is not the writer's
    assert "indépendant" not in qualifiers_in_message(fold("Mon mari était éleveur, il est décédé en mai"))
    assert "salarié du privé" in qualifiers_in_message(fold("Mon père était ouvrier chez un fabricant de vélos"))
    assert "salarié du privé" in qualifiers_in_message(fold("Elle a travaillé 30 ans chez Michelin"))
    assert "salarié du privé" not in qualifiers_in_message(fold("Je travaille chez moi, je suis traductrice"))


def test_leaving_at_what_age_help_at_home_a_stay_without_work_the_green_card_and_a_student_without_grant():
    assert "F14043" in _points("Je suis née en 1966, à partir de quel âge je pourrai m'arrêter ?")
    assert "F14043" not in _points("À quel âge un enfant peut-il partir seul en colonie ?")
    assert "F10009" in _points("Ma grand-mère voudrait payer quelqu'un qui passe l'aider le matin, il y a une aide ?")
    assert "F10009" not in _points("Il faut quelqu'un qui vienne relever le compteur")
    assert "F302" in _points("Nous sommes canadiens, nous voulons vivre en Bretagne deux ans sans travailler")
    assert "F302" not in _points("Je suis resté six mois sans travailler après mon licenciement")
    assert "F265" in _points("J'ai perdu ma carte verte, la pharmacie ne peut plus me rembourser directement")
    assert "F265" not in _points("L'assureur m'envoie la carte verte de la voiture pour l'Espagne")
    assert "F1024" in _points("Je ne suis pas boursier et mes parents ne m'aident plus, il existe une aide ?")
    assert "F1024" not in _points("Je suis boursière échelon 3, quand tombe le versement ?")


def test_a_speeding_fine_of_a_car_someone_else_drove_and_a_job_offer_turned_down():
    assert "F18509" in _points("Ma camionnette a été flashée jeudi, mais ce n'était pas moi au volant")
    assert "F18509" in _points("J'ai reçu une amende alors que ce n'est pas moi qui conduisais ce jour-là")
    assert "F18509" not in _points("Ce n'est pas moi qui conduisais quand le camion a heurté le portail")
    assert "F14926" in _points("Pôle emploi veut me radier car j'ai refusé deux offres à 80 km, ont-ils le droit ?")
    assert "F14926" in _points("C'est quoi une offre raisonnable d'emploi ?")
    assert "F14926" not in _points("Mon employeur a refusé ma proposition de télétravail")


def test_declaring_someone_who_works_at_home_is_the_cesu():
    assert "F2912" in _points("Comment déclarer la femme de ménage qui vient deux heures le lundi ?")
    assert "F2912" in _points("Je voudrais déclarer mon auxiliaire de vie, je ne sais pas par où commencer")
    assert "F2912" not in _points("Comment déclarer mes revenus de jardinier auto-entrepreneur ?")
    assert "F2912" not in _points("La nounou de mon fils est assistante maternelle, comment la déclarer ?")
