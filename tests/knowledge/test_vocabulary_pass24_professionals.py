"""Twenty-fourth pass: the names an employer, a shopkeeper or an association's officer gives to their own obligations
point to the professionnels and associations fiches (the hiring declaration, the DSN, the staff register, the notices
on the wall, a shop's sign and its local tax, the VAT franchise, a filing for bankruptcy, job cuts, sales, the CFE, a
loto, the chèque emploi associatif, a grant to an association). Fresh sentences, none from a corpus."""

from guichet.knowledge.vocabulary import find


def _points(text: str) -> set[str]:
    return {fiche for found in find(text) for fiche in found.term.fiches}


def test_the_hiring_declaration_points_to_the_hiring_formalities():
    assert "F23107" in _points("J'ai oublié de faire la DPAE pour le nouveau livreur, c'est grave ?")
    assert "F23107" in _points("Que faut-il déclarer avant l'arrivée de la future caissière ?")
    assert "F23107" in _points("Je vais recruter mon premier employé pour la fromagerie en juin.")


def test_the_payroll_declarations_and_registers_point_to_their_fiches():
    assert "F34059" in _points("La DSN de novembre a été rejetée, comment la corriger ?")
    assert "F1784" in _points("Le contrôleur veut voir le registre unique du personnel de la scierie.")
    assert "F23106" in _points("Quels sont les affichages obligatoires pour une entreprise de huit personnes ?")


def test_a_shop_sign_and_its_tax_point_to_their_fiches():
    assert "F24357" in _points("La mairie a refusé mon enseigne en drapeau au-dessus de la pharmacie.")
    assert "F24357" in _points("Je veux installer une enseigne sur la façade de ma cordonnerie.")
    assert "F22591" in _points("On me réclame une taxe pour l'enseigne de mon pressing, c'est normal ?")
    assert "F24358" in _points("Ai-je le droit de mettre une pré-enseigne au rond-point ?")


def test_a_chain_of_shops_is_no_sign():
    assert "F24357" not in _points("J'ai acheté un frigo dans une grande enseigne et il est tombé en panne.")


def test_vat_names_point_to_their_fiches():
    assert "F21746" in _points("Je suis en franchise de TVA, est-ce que je dois quand même tenir un registre ?")
    assert "F23570" in _points("Où trouver mon numéro de TVA intracommunautaire pour un client espagnol ?")


def test_a_business_in_trouble_points_to_the_employer_s_fiches():
    assert "F22352" in _points("Mon associé veut déposer le bilan de la menuiserie avant Noël.")
    assert "F24648" in _points("Je vais devoir licencier trois personnes pour raison économique, par où commencer ?")
    assert "F23503" in _points("Peut-on mettre l'équipe au chômage partiel pendant les travaux du magasin ?")


def test_a_laid_off_employee_is_not_pointed_to_the_employer_s_obligations():
    assert "F24648" not in _points("J'ai été licenciée pour motif économique en mars, à quoi ai-je droit ?")


def test_shop_and_tax_names_point_to_their_fiches():
    assert "F24037" in _points("Pendant les soldes, je peux vendre à perte les vestes de l'hiver dernier ?")
    assert "F23547" in _points("Pourquoi je paie la CFE alors que je travaille depuis mon salon ?")


def test_association_names_point_to_their_fiches():
    assert "F21565" in _points("Le foyer rural voudrait organiser une tombola pour la kermesse.")
    assert "F766" in _points("Notre club de tennis peut-il payer l'entraîneur avec le CEA ?")
    assert "F3180" in _points("L'association de pêche demande une subvention au département pour l'alevinage.")
    assert "F3180" in _points(
        "Notre amicale voudrait obtenir de l'argent de la commune pour refaire le local, comment faire ?"
    )


def test_an_employer_s_questions_on_pay_and_vat_point_to_their_fiches():
    assert "F33754" in _points("Est-ce que je dois proposer une mutuelle à mon unique employée de la crêperie ?")
    assert "F23566" in _points("Quand faut-il payer la TVA du trimestre quand on vient de passer au réel ?")
    assert "F32131" in _points("Combien dois-je payer un stagiaire de licence qui reste trois mois à l'agence ?")
    assert "F1643" in _points("Le nouveau boucher est encore en période de test, puis-je le laisser partir ?")


def test_a_rate_or_a_stage_told_in_passing_points_to_nothing_of_the_employer():
    assert "F23566" not in _points("Quel est le taux de TVA sur les travaux de ma salle de bains ?")
    assert "F32131" not in _points("Mon fils a touché une gratification de stage, faut-il la déclarer aux impôts ?")
