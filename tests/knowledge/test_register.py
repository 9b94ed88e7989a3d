import re

from guichet.knowledge.analysis import fold
from guichet.knowledge.query import understand
from guichet.knowledge.register import REGISTER, paraphrases


def test_a_need_said_by_its_effect_gets_the_fiches_words():
    query = understand(
        "ma mère\nElle ne peut plus rester seule. Je voudrais arrêter de travailler quelques mois pour "
        "m'occuper d'elle sans perdre mon poste."
    )
    added = " ".join(expansion for _, expansion in query.register)
    assert "activité professionnelle" in added
    assert "aidant" in added
    # appended to the lexical query, the writer's own words kept
    assert "activité professionnelle" in query.lexical()
    assert "arrêter de travailler" in query.lexical()


def test_the_register_stays_quiet_on_words_that_only_look_alike():
    # a pension "de 600 euros" or a whole working life is not a need of its own
    assert paraphrases("ma mere a travaille toute sa vie, sa retraite de 600 euros") == []
    assert paraphrases("la personne qui s'occupe de mon dossier n'a pas pris en compte mon courrier") == []
    # "votre déménagement" is no vote, "garder ma fille" is childcare, not a tax household
    assert paraphrases("suite a votre demenagement, je voudrais garder ma fille a la maison") == []
    # a van out of order is no invalidity, a threat is no end of life, an online account is no business of one's own
    assert paraphrases("sans la camionnette je ne peux plus travailler, il est toujours rattache a mon compte") == []
    assert paraphrases("continuez a vous acharner sur ma petite entreprise") == []
    # verbs in any person: the parents "qui arrêtent de travailler pour rester auprès de leur enfant"
    words = [
        words for words, _ in paraphrases("les parents qui arretent de travailler pour rester aupres de leur fille")
    ]
    assert words == ["arretent de travailler", "rester aupres de"]
    # a sub-query carries only the entries its own ask uses
    query = understand(
        "Bonjour. Le voisin a un sapin dont les branches passent chez moi. Puis-je les couper ? "
        "Et comment inscrire mon fils de six ans à la cantine de son école primaire pour la rentrée ?"
    )
    assert [expansion for _, expansion in query.register] == ["plantations arbres haies voisinage"]
    subs = query.sub_queries()
    assert any("plantations" in sub for sub in subs)
    assert not all("plantations" in sub for sub in subs)


def test_every_entry_compiles_and_quotes_its_source():
    for entry in REGISTER:
        re.compile(entry.pattern)
        assert re.search(r"\b[FN]\d+\b", entry.source), entry.pattern
        assert entry.expansion.strip()


def test_what_the_writer_was_told_exists_is_read_as_an_ask():
    query = understand(
        "Notre fille est hospitalisée depuis trois semaines. L'assistante sociale m'a parlé d'une allocation pour "
        "les parents qui arrêtent de travailler. Merci."
    )
    assert any("allocation pour les parents" in ask for ask in query.asks)
    assert understand("ma collegue ma dit que la caf donne des sous avant la naissance. voila").asks
    # the office's own answer, reported in a complaint, stays in the story
    query = understand("Mon dossier est en retard. On me dit que les trois premiers jours ne seront pas payés.")
    assert query.asks == []


def test_common_needs_said_without_their_names():
    added = {expansion for _, expansion in paraphrases("mon ex m'empeche de voir mes enfants le week-end")}
    assert added == {"droit de visite et d'hébergement séparation des parents"}
    assert paraphrases("on voudrait acheter notre premiere maison")
    # a purchase already made asks nothing about buying
    assert paraphrases("je viens d'acheter un appartement en avril") == []


def test_needs_of_the_seventh_pass_said_without_their_names():
    def added(text: str) -> set[str]:
        return {expansion for _, expansion in paraphrases(fold(text))}

    assert "pension alimentaire impayée" in added("Le père de ma fille ne me paie plus la pension depuis mars.")
    # a retirement pension late is not a child's maintenance
    assert "pension alimentaire impayée" not in added("Ma pension de retraite n'arrive pas ce mois-ci.")
    assert "prélèvement à la source taux modifier" in added("Vous prélevez 9 % sur mon salaire, je veux baisser ça")
    assert "prélèvement à la source taux modifier" not in added("La banque veut changer le taux d'intérêt du prêt.")
    assert "taxe foncière propriétés bâties exonération" in added("Je ne peux plus payer les impôts de ma maison")
    assert "bourse sur critères sociaux étudiant ressources des parents" in added(
        "Je commence la fac, il parait qu'il y a une aide quand les parents gagnent peu"
    )
    assert "engagement de service civique mission d'intérêt général indemnité" in added(
        "J'aimerais m'engager dans une association pendant huit mois et être un peu indemnisé"
    )
    assert "troubles de voisinage bruits de comportement aboiements" in added("Son chien aboie toute la nuit")
    assert "vendre ou donner son véhicule déclaration de cession" in added("J'ai vendu ma moto samedi, et après ?")
    assert "déclaration de naissance" in added("Notre bébé est né ce matin à Lille, que faut-il faire ?")


def test_an_amount_fixed_by_the_judge_and_no_longer_paid_is_an_unpaid_maintenance():
    """Eighth pass: the writer says the judge's amount, not the word "pension", in either order."""

    def expansions(text: str) -> list[str]:
        return [expansion for _, expansion in paraphrases(fold(text))]

    assert "pension alimentaire impayée" in expansions(
        "Le juge a fixé 150 euros par mois pour notre fils. Depuis février, plus rien."
    )
    assert "pension alimentaire impayée" in expansions(
        "Mon ex a arrêté de payer en mars alors que c'est écrit dans le jugement."
    )
    assert "pension alimentaire impayée" not in expansions("Le juge a fixé la résidence des enfants chez moi.")


def test_banks_that_said_no_are_a_refused_account():
    assert "droit au compte refus d'ouverture de compte bancaire" in [
        expansion for _, expansion in paraphrases(fold("Deux banques m'ont dit non pour un compte, que faire ?"))
    ]


def test_a_hidden_defect_and_a_change_of_mind_are_said_in_the_fiches_words():
    hidden = " ".join(
        e for _, e in paraphrases(fold("La machine à laver d'occasion avait un défaut caché, la courroie était morte"))
    )
    assert "vices cachés" in hidden
    regret = " ".join(
        e
        for _, e in paraphrases(
            fold("J'ai signé hier chez le concessionnaire et j'ai changé d'avis, puis-je annuler le prêt ?")
        )
    )
    assert "rétractation" in regret
    assert paraphrases(fold("Le train a été annulé, je veux changer de billet")) == []


def test_a_device_that_no_longer_turns_on_is_the_legal_guarantee():
    said = " ".join(
        e for _, e in paraphrases(fold("L'ordinateur acheté en juin ne démarre plus et la boutique refuse"))
    )
    assert "garantie légale de conformité" in said


def test_a_breakdown_and_the_refusal_told_in_two_sentences_say_the_conformity_guarantee():
    said = understand("Mon aspirateur est tombé en panne au bout de 5 mois.\nLe magasin refuse de le reprendre.")
    assert any("garantie légale de conformité" in words for _, words in said.register)
    calm = understand("Le courant est tombé en panne hier soir.\nJe voudrais savoir quand passer en mairie.")
    assert not any("garantie légale de conformité" in words for _, words in calm.register)
