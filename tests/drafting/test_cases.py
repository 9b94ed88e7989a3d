"""Which case of a fiche applies to the writer: status, family, nationality, age, year, region read in the message."""

from guichet.drafting.cases import choose, decide, message_facts, numeric_fit, row_fit, special_situations
from guichet.drafting.compose import private_facts
from guichet.text import fold


def test_the_family_situation_picks_the_case_in_everyday_words():
    facts = message_facts("Notre fils de 7 ans est malade. Je suis aide-soignante en CDI, mon mari travaille aussi.")
    assert choose(["Vous vivez en couple", "Vous vivez seul(e)"], facts) == ({"Vous vivez en couple"}, "message")
    alone = message_facts("Je suis maman solo d'un petit garçon.")
    assert choose(["Pour un couple", "Parent isolé"], alone) == ({"Parent isolé"}, "message")


def test_nothing_said_keeps_the_general_case_and_otherwise_every_case():
    facts = message_facts("Comment demander l'allocation ?")
    assert choose(["Cas général (Caf)", "Régime agricole (MSA)"], facts) == ({"Cas général (Caf)"}, "general")
    assert choose(["Vous êtes français", "Vous êtes étranger"], facts) == (
        {"Vous êtes français", "Vous êtes étranger"},
        "",
    )
    jobseeker = message_facts("Je suis inscrit à Pôle emploi et je touche l'ARE.")
    titles = ["Cas général", "Vous êtes demandeur d'emploi indemnisé par Pôle emploi"]
    assert choose(titles, jobseeker)[0] == {"Vous êtes demandeur d'emploi indemnisé par Pôle emploi"}


def test_ages_years_months_and_children_fall_in_their_range():
    girl = message_facts("Ma fille a 12 ans et demi, son passeport a expiré il y a 2 ans.")
    assert choose(["Entre 0 et 12 ans", "Entre 12 et 13 ans", "À partir de 13 ans"], girl)[0] == {"Entre 12 et 13 ans"}
    expired = ["Passeport périmé depuis moins de 5 ans", "Passeport périmé depuis + de 5 ans"]
    assert choose(expired, girl)[0] == {"Passeport périmé depuis moins de 5 ans"}
    born = message_facts("Je suis née en novembre 1965.")
    assert numeric_fit("Année de naissance : 1964, 1965 ou 1966", born) == 1
    assert numeric_fit("Année de naissance : 1961 à 1963", born) == -1
    assert numeric_fit("Année de naissance : À partir de 1973", born) == -1
    assert choose(["Né entre janvier et septembre", "Né entre octobre et décembre"], born)[0] == {
        "Né entre octobre et décembre"
    }
    three = message_facts("Nous avons trois enfants de 7, 12 et 16 ans.")
    assert numeric_fit("3 enfants ou +", three) == 1 and numeric_fit("2 enfants", three) == -1
    assert numeric_fit("Nombre d'enfants : 3", three) == 1
    minor = message_facts("Un passeport pour ma fille de 16 ans.")
    assert choose(["Majeur", "Mineur"], minor)[0] == {"Mineur"}


def test_a_town_names_its_region():
    facts = message_facts("Je pars à la retraite le 1er mars, j'habite Strasbourg.")
    assert choose(["Cas général", "Alsace-Moselle"], facts)[0] == {"Alsace-Moselle"}


def test_the_tree_of_a_fiche_excludes_the_other_cases_and_keeps_the_chapters_beside_them():
    entries = [
        (("Montant", "Vous vivez en couple", "Cas général"), "Le montant quotidien est de 43,83 €."),
        (("Montant", "Vous vivez seul(e)", "Cas général"), "Le montant quotidien est de 52,08 €."),
        (("Demande",), "Formulaire cerfa n°12666."),
        (("Introduction",), "L'AJPP est versée pour un enfant malade."),
    ]
    decision = decide(entries, message_facts("Je vis seule avec ma fille."))
    assert not decision.applies(("Montant", "Vous vivez en couple", "Cas général"))
    assert decision.applies(("Montant", "Vous vivez seul(e)", "Cas général"))
    assert decision.applies(("Demande",)) and decision.applies(("Introduction",))


def test_sections_that_say_the_same_thing_for_other_activities_are_alternatives():
    text = "Pour bénéficier de la franchise en base de TVA, le chiffre d'affaires annuel ne doit pas dépasser {} €."
    entries = [
        (("Conditions", "Commerce"), text.format("85 800")),
        (("Conditions", "Prestation de service"), text.format("34 400")),
    ]
    decision = decide(entries, message_facts("Je suis coiffeuse à domicile, des prestations de service."))
    assert decision.applies(("Conditions", "Prestation de service"))
    assert not decision.applies(("Conditions", "Commerce"))


def test_a_sum_picks_the_row_of_its_period_only():
    monthly = message_facts("Sa seule ressource est sa retraite, environ 760 € par mois.")
    assert numeric_fit("Ressources mensuelles : Inférieures ou égales à 813,39 €", monthly) == 1
    assert (
        numeric_fit("Ressources mensuelles : Supérieures à 813,39 € et inférieures ou égales à 2 995,53 €", monthly)
        == -1
    )
    assert numeric_fit("Ressources annuelles : Inférieures ou égales à 23 716 €", monthly) == 0  # not a yearly sum
    yearly = message_facts("Je gagne environ 20 000 € par an.")
    assert numeric_fit("Ressources annuelles : Inférieures ou égales à 23 716 €", yearly) == 1


def test_an_income_ceiling_in_another_cell_rules_a_row_out_and_amounts_are_not_conditions():
    facts = message_facts("Je suis seule avec trois enfants de 10, 7 et 3 ans et je gagne environ 20 000 € par an.")
    low = "Enfants à charge : 3 enfants ; Ressources annuelles : Inférieures ou égales à 23 716 € ; Montant : 257,63 €"
    high = (
        "Enfants à charge : 3 enfants ; Ressources annuelles : Supérieures à 23 716 € et inférieures ou égales à "
        "47 426 € ; Montant : 171,74 €"
    )
    assert row_fit(low, facts) == 1
    assert row_fit(high, facts) == -1  # the number of children fits, the income does not
    # "Par enfant : 2 300 €" is an amount a row gives, not a number of children the writer must have.
    one_child = message_facts("Mon fils unique de 4 ans va chez une assistante maternelle.")
    assert row_fit("Montant maximum : Somme à déclarer ; Par enfant : 2 300 € maximum", one_child) == 0


def test_an_overseas_town_names_its_department():
    facts = message_facts("J'ai perdu ma carte d'identité au marché de Cayenne. Combien coûte le timbre chez nous ?")
    assert "overseas" in facts.situations
    chosen, _ = choose(["En France (cas général)", "En Guyane"], facts)
    assert chosen == {"En Guyane"}


def test_a_husband_who_left_or_died_does_not_make_a_couple():
    cases = ["Vous vivez en couple", "Vous vivez seul(e)"]
    for text in (
        "J'ai 63 ans, je vis seule depuis le départ de mon mari.",
        "Veuve depuis mars, je touche la pension de mon mari.",
        "Depuis le décès de mon époux je n'ai plus que ma retraite.",
    ):
        assert choose(cases, message_facts(text)) == ({"Vous vivez seul(e)"}, "message"), text
    together = message_facts("Je suis divorcée et je vis avec mon compagnon depuis deux ans.")
    assert choose(cases, together) == ({"Vous vivez en couple"}, "message")


def test_an_age_is_the_writers_not_a_duration_nor_a_colleagues():
    facts = message_facts(
        "J'ai 54 ans, licencié après 22 ans dans la même entreprise. On m'a dit 2 ans maximum, "
        "mais un ancien collègue qui avait 56 ans a eu 3 ans."
    )
    assert facts.ages == {54.0}
    titles = ["Avant 53 ans", "Entre 53 et 54 ans", "55 ans et plus"]
    assert choose(titles, facts) == ({"Entre 53 et 54 ans"}, "message")


def test_a_rule_that_changed_on_a_date_is_the_one_in_force_unless_the_message_dates_the_case():
    titles = ["Avant novembre 2019", "Depuis le 1er novembre 2019"]
    assert choose(titles, message_facts("Combien de temps vais-je toucher le chômage ?")) == (
        {"Depuis le 1er novembre 2019"},
        "general",
    )
    assert choose(titles, message_facts("Mon contrat a pris fin en décembre 2018."))[0] == {"Avant novembre 2019"}


def test_a_chapter_for_foreigners_is_for_a_writer_who_says_so():
    assert special_situations(fold("Étranger Européen")) == {"foreign"}
    assert "foreign" not in special_situations(fold("Vous résidez à l'étranger"))
    assert "foreign" not in message_facts("Je suis séparée, j'ai deux enfants. Ai-je droit au RSA ?").situations
    assert "foreign" in message_facts("J'ai un titre de séjour depuis 2018.").situations
    assert "foreign" in message_facts("Je suis marocain, j'habite à Lyon.").situations
    assert "foreign" not in message_facts("Je pars vivre à l'étranger l'an prochain.").situations


def test_the_years_of_masked_dates_still_pick_the_case_without_reaching_a_prompt():
    mapping = {"[DATE_1]": "octobre 2020", "[DATE_NAISSANCE_1]": "3 mars 1966", "[DATE_2]": "28/08/26"}
    facts = message_facts(f"J'ai été licencié fin [DATE_1]. {private_facts(mapping)}")
    assert facts.years == {1966, 2020}
    titles = ["Avant novembre 2019", "Depuis le 1er novembre 2019"]
    assert choose(titles, facts) == ({"Depuis le 1er novembre 2019"}, "message")


def test_a_writer_who_gets_a_benefit_is_already_a_recipient_and_a_first_claim_is_not():
    cases = ["Vous n'êtes pas encore allocataire", "Vous êtes déjà allocataire"]
    for text in (
        "Je touche l'APL depuis deux ans, que dois-je faire pour mon 2e enfant ?",
        "Mon numéro allocataire est [ALLOCATAIRE_1], comment déclarer la naissance ?",
    ):
        assert choose(cases, message_facts(text)) == ({"Vous êtes déjà allocataire"}, "message"), text
    first = message_facts("C'est ma première demande à la Caf, je n'ai jamais rien touché.")
    assert choose(cases, first) == ({"Vous n'êtes pas encore allocataire"}, "message")
    ars = ["Vous avez déjà perçu l'ARS", "Vous n'avez jamais perçu l'ARS"]
    assert choose(ars, first) == ({"Vous n'avez jamais perçu l'ARS"}, "message")
    # Unsaid: both stay (the draft shows each with its label).
    assert choose(cases, message_facts("Comment déclarer la naissance de mon fils ?"))[0] == set(cases)
    # Unemployment pay is France Travail's, not a Caf benefit: it says nothing of being a Caf allocataire.
    assert message_facts("Je touche le chômage depuis mars.").recipient is None


def test_a_writer_who_says_they_are_foreign_is_not_in_the_french_nationals_case():
    cases = ["Vous êtes français", "Vous êtes étranger"]
    said = message_facts("Je suis marocaine, mariée avec un Français : puis-je demander la nationalité française ?")
    assert choose(cases, said) == ({"Vous êtes étranger"}, "message")
    permit = message_facts("J'ai un titre de séjour salarié depuis 2018. Ai-je droit à la prime d'activité ?")
    assert choose(["Français", "Européen", "Étranger d'un autre pays"], permit)[0] == {"Étranger d'un autre pays"}
    belgian = message_facts("Je suis belge et je vis à Lille depuis un an : dois-je échanger mon permis ?")
    assert choose(["Vous êtes Français", "Vous êtes européen", "Vous êtes étranger"], belgian)[0] == {
        "Vous êtes européen"
    }
    # A French spouse alone says nothing of the writer's nationality.
    assert message_facts("Mon mari est français, quelles démarches pour le livret ?").foreign_writer is False


def test_the_hours_worked_a_week_pick_the_column_of_a_table_split_by_working_time():
    facts = message_facts("Maman solo, j'ai signé un CDD de 6 mois à 24 h par semaine. C'est combien pour 2 enfants ?")
    columns = ["Moins de 15 heures par semaine (ou 64 heures par mois)", "Entre 15 à 35h par semaine"]
    assert choose(columns, facts)[0] == {"Entre 15 à 35h par semaine"}
    assert numeric_fit("Moins de 15 heures par semaine (ou moins de 64 heures par mois)", facts) == -1
    assert numeric_fit("Au moins 24 heures par semaine", facts) == 1
    assert numeric_fit("Moins de 15 heures par semaine", message_facts("Je travaille à temps plein.")) == -1
    assert numeric_fit("Moins de 15 heures par semaine", message_facts("Je cherche un emploi.")) == 0


def test_a_bare_age_range_in_a_table_cell_picks_its_row_inclusively():
    # "6 à 10 ans" holds the 10-year-old (the next row is "11 à 14 ans"); "Âge de l'enfant : 6" is no number of
    # children.
    facts = message_facts("Mon garçon a 10 ans et il entre en CM2.")
    assert row_fit("Âge de l'enfant : 6 à 10 ans ; Montant : 469,97 €", facts) == 1
    assert row_fit("Âge de l'enfant : 11 à 14 ans ; Montant : 490,39 €", facts) == -1
    # "Entre 12 et 13 ans" still stops before 13, and a duration's range is not an age.
    assert numeric_fit("Entre 12 et 13 ans", message_facts("Ma fille a 13 ans.")) == -1
    assert numeric_fit("Durée du contrat : 2 à 3 ans", message_facts("J'ai 45 ans et je cherche un emploi.")) == 0


def test_the_only_one_doing_something_does_not_live_alone():
    # "le seul à avoir un salaire" said of a husband: a couple with one income, not a single parent.
    facts = message_facts("Nous attendons un bébé. Mon conjoint est le seul à travailler, je suis au foyer.")
    assert choose(["Parent isolé", "Pour un couple"], facts) == ({"Pour un couple"}, "message")
    alone = message_facts("Je suis séparée, je vis seule avec ma fille.")
    assert choose(["Parent isolé", "Pour un couple"], alone) == ({"Parent isolé"}, "message")


def test_a_first_child_is_one_child():
    assert message_facts("Nous attendons notre premier enfant pour mars.").children == {1}
    assert row_fit("Nombre d'enfant(s) à charge : 2 enfants ; Plafond : 38 598 €", message_facts("mon 1er bébé")) == -1


def test_words_that_bound_a_range_or_date_a_rule_do_not_choose_it():
    # "depuis 6 ans" is no reason to call the rule "Depuis le 1er novembre 2019" the writer's case: it is kept as the
    # rule in force ("general"), not shown as chosen by the message; "avant de partir" says nothing of an age.
    together = message_facts("Nous vivons ensemble depuis 6 ans et j'ai démissionné en septembre.")
    rules = ["Avant le 1er novembre 2019", "Depuis le 1er novembre 2019"]
    assert choose(rules, together) == ({"Depuis le 1er novembre 2019"}, "general")
    leaving = message_facts("Que dois-je faire avant de partir à l'étranger ?")
    ages = ["Avant 53 ans", "À partir de 53 ans"]
    assert choose(ages, leaving) == (set(ages), "")
    assert choose(ages, message_facts("J'ai 54 ans.")) == ({"À partir de 53 ans"}, "message")


def test_the_event_the_message_asks_about_picks_its_case():
    # A renewal's rule is not a first request's (the d10 reading: the first request's récépissé given to a renewal).
    cases = ["Première demande", "Renouvellement", "Perte ou vol"]
    assert choose(cases, message_facts("Ma carte de séjour expire le 3 mars, que dois-je faire ?")) == (
        {"Renouvellement"},
        "message",
    )
    assert choose(cases, message_facts("Je n'ai jamais eu de passeport, il m'en faut un.")) == (
        {"Première demande"},
        "message",
    )
    # A chapter of the fiche that names the question ("Combien coûte la carte ?") is no situation of the writer.
    chapters = ["Qui est concerné ?", "Combien coûte la carte ?"]
    assert choose(chapters, message_facts("Est-ce payant ?"))[0] == set(chapters)


def test_twins_are_a_birth_of_two_children():
    # The d11 reading: 11 days of paternity leave given for twins, whose case ("2 enfants (ou plus)") gives 18.
    cases = ["Naissance d'un enfant", "Naissance de 2 enfants (ou plus)"]
    assert choose(cases, message_facts("Ma femme vient d'accoucher de jumeaux, combien de jours ?"))[0] == {cases[1]}
    assert choose(cases, message_facts("Nous attendons des triplés en mai."))[0] == {cases[1]}
    assert message_facts("Mon frère jumeau a fait un triple contrôle.").children == set()
