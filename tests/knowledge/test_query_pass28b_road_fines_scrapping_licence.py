"""Twenty-eighth pass, second shift: road matters named by the thing and not by the fiche's words. A parking fine
for an overstayed ticket is the forfait post-stationnement, one for a delivery bay or a pavement the amende for
stationnement gênant; a fine across a border is the fiches on road offences in Europe and foreigners fined in
France; a car sent "à la casse" is a vehicle to destroy; a licence passed and not received is followed on the ANTS;
the dead person's own car is inherited with its registration. Fresh sentences, none from a corpus."""

from tests.knowledge.vocabulary_helpers import pointed_by_understanding as _pointed


def test_an_unpaid_or_overstayed_parking_is_the_forfait_post_stationnement():
    for text in (
        "20 minutes de dépassement du ticket et on me réclame 35 euros, c'est légal ?",
        "J'ai reçu un FPS pour la rue Victor Hugo, comment le contester ?",
        "Une amende parce que l'horodateur était en panne, je fais quoi ?",
    ):
        assert "F34440" in _pointed(text), text


def test_parking_where_one_may_not_is_the_amende_for_stationnement_genant():
    for text in (
        "Je me suis garée deux minutes sur une place handicapés et j'ai pris 135 euros, c'est normal ?",
        "Amende pour ma voiture stationnée sur le trottoir devant chez moi, puis-je contester ?",
    ):
        assert "F34212" in _pointed(text), text


def test_paying_for_parking_or_a_towed_car_is_no_parking_fine():
    for text in (
        "Combien coûte le ticket de stationnement pour les résidents du centre-ville ?",
        "Le contrôleur du bus m'a mis une amende alors que j'avais mon ticket, comment contester ?",
        "Ma voiture garée sur une place de livraison a été emmenée à la fourrière, comment la récupérer ?",
    ):
        assert not {"F34440", "F34212"} & _pointed(text), text


def test_a_road_fine_across_a_border_is_the_european_offence():
    for text in (
        "J'ai été flashé en Italie pendant les vacances, est-ce que je perds des points en France ?",
        "Reçu un courrier en allemand pour un excès de vitesse, dois-je payer ?",
        "Je suis belge et les gendarmes m'ont arrêté pour vitesse près de Lyon, que risque-t-il ?",
    ):
        assert {"F15097", "F414"} <= _pointed(text), text


def test_a_court_fine_before_leaving_the_country_is_no_road_offence():
    text = "J'ai une vieille amende du tribunal pour une dispute, depuis je vis au Maroc, ils peuvent la réclamer ?"
    assert "F15097" not in _pointed(text)


def test_a_car_to_scrap_is_a_vehicle_to_destroy_not_the_scrapping_grant():
    assert "F1468" in _pointed("Ma vieille Clio part à la casse, que dois-je faire de la carte grise ?")
    assert "F1468" in _pointed("Comment faire détruire ma voiture qui ne roule plus ?")
    assert "F1468" not in _pointed("Quelle prime si je mets ma vieille voiture à la casse pour une électrique ?")


def test_a_licence_passed_and_not_received_is_followed_on_the_ants():
    for text in (
        "J'ai eu mon permis il y a deux mois et toujours rien reçu, c'est normal ?",
        "Comment savoir où en est mon permis ? L'examen date de juin.",
    ):
        assert "F33352" in _pointed(text), text
    for text in (
        "Il me reste combien de points sur mon permis ? Je n'ai jamais reçu de lettre.",
        "Mon permis de construire n'est toujours pas accordé après trois mois.",
    ):
        assert "F33352" not in _pointed(text), text


def test_the_dead_persons_own_car_is_inherited():
    text = "Mon père est décédé en janvier. Sa voiture est au garage, mon frère voudrait la garder, comment faire ?"
    assert "F1480" in _pointed(text)
