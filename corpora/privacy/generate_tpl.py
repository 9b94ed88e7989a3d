"""Templated privacy batch "tpl": names of many origins in every position a citizen puts them, with identifiers.

Seeded and deterministic: `python corpora/privacy/generate_tpl.py > corpora/privacy/tpl.jsonl` always writes the
same file. Every planted string is listed verbatim in `pii`, its kind in `categories` (same order).

Surnames written with a space in the lists use "_" ("Da_Silva").
The names are invented combinations of common first names and surnames of each origin (France, Maghreb, West and
Central Africa, Vietnam, Portugal and Brazil, Eastern Europe, Turkey, the Antilles and Réunion); the numbers are
random, with valid check digits where the identifier has one (NIR, IBAN).
"""

import json
import random
import sys

SEED = 20261130
COUNT = 200

FIRST = {
    "france": "Jean Marie Nathalie Sébastien Aurélie Cédric Isabelle Thierry Gaëlle Yannick Brigitte Maxime Pauline "
    "Romain Sylvie Gwendoline Benoît Hervé Mireille Clément Agathe Loïc Solène Quentin",
    "maghreb": "Mohamed Fatima Karim Nadia Youssef Samira Rachid Leïla Sofiane Amina Mehdi Yasmina Khalid Houria "
    "Abdelkrim Zineb Nordine Malika Walid Souad Hamid Imane Bilal Djamila",
    "west_africa": "Mamadou Aminata Ousmane Fatoumata Moussa Awa Ibrahima Mariam Seydou Kadiatou Abdoulaye Binta "
    "Lamine Coumba Souleymane Adama Oumar Hawa Cheikh Ndeye",
    "central_africa": "Jean-Claude Grâce Patrick Chantal Blaise Prisca Serge Nadège Arsène Divine Guy-Roger Merveille",
    "vietnam": "Lan Minh Thu Trang Duc Anh Hoa Quang Mai Tuan Linh Phuong Hung Huong Thanh Dung",
    "portugal": "João Ana Paulo Maria José Fernanda Rui Sónia Carlos Luísa Tiago Filipa Nuno Rosa Bruno Inês",
    "eastern_europe": "Piotr Agnieszka Tomasz Katarzyna Oleksandr Olena Andrei Ioana Dragan Milena Vasile Irina "
    "Bogdan Svetlana Marek Zofia Dmitri Anastasia",
    "turkey": "Mehmet Ayşe Emre Elif Hakan Zeynep Murat Fatma Kemal Esra",
    "antilles": "Fabrice Murielle Teddy Maryse Ludovic Nadège Johan Ketty Dimitri Laurence",
}
LAST = {
    "france": "Martin Bernard Dubois Lefebvre Moreau Girard Lemoine Fontaine Chevalier Rousseau Perrin Morel "
    "Gauthier Leclerc Barbier Renaud Marchand Guillot Le_Gall Le_Roux Picard Tessier Delorme Vasseur",
    "maghreb": "Benali Haddad Mansouri Bouzid Cherif Khelifi Brahimi Saidi Amrani Belkacem Ait_Ahmed El_Idrissi "
    "Ben_Youssef Zerrouki Benmoussa Lahlou Messaoudi Ouali Tazi Bensaïd",
    "west_africa": "Diallo Traoré Keïta Sow Diop Ndiaye Camara Coulibaly Konaté Cissé Sylla Touré Fofana Kouyaté "
    "Ba Bah Sané Kane N'Diaye Diakité",
    "central_africa": "Mbappé Nkounkou Mabiala Kabongo Ngoma Tshibangu Makosso Ekambi Mukendi Bokassa",
    "vietnam": "Nguyen Tran Le Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Ly",
    "portugal": "Da_Silva Ferreira Pereira Rodrigues Fernandes Gonçalves Carvalho Teixeira Oliveira Lopes Sousa "
    "Pinto Marques Ribeiro Mendes",
    "eastern_europe": "Kowalski Nowak Wiśniewska Lewandowski Popescu Ionescu Petrović Shevchenko Kovalenko Ivanova "
    "Dumitru Horvath Novák Zieliński Moldovan Kuznetsov",
    "turkey": "Yilmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan",
    "antilles": "Hoarau Payet Grondin Fontaine Rivière Lebon Calixte Jean-Baptiste Nestor Bellance",
}
SHORT_FIRST = "Lou Léa Noé Zoé Eva Ali Ana Max Tom Jade Liam Inès Sam Mia Théo Nina Yan Éli".split()
CHILD_FIRST = (
    "Lou Léa Noé Zoé Inaya Mathis Nour Adam Ilyès Maëlys Lina Rayan Aya Sacha Jules Ambre Kaïs Louna Mamadou "
    "Awa Minh Elif Nathan Hugo Jade Manon Camille Yanis Amir Kenza"
).split()
CITIES = [
    ("75018", "Paris"),
    ("93200", "Saint-Denis"),
    ("69007", "Lyon"),
    ("13015", "Marseille"),
    ("59100", "Roubaix"),
    ("33800", "Bordeaux"),
    ("31200", "Toulouse"),
    ("67100", "Strasbourg"),
    ("44300", "Nantes"),
    ("97400", "Saint-Denis"),
    ("38000", "Grenoble"),
    ("21000", "Dijon"),
    ("29200", "Brest"),
    ("87000", "Limoges"),
]
STREETS = [
    "rue des Lilas",
    "avenue de la Liberté",
    "chemin des Vignes",
    "allée Jean Moulin",
    "boulevard Voltaire",
    "impasse du Four",
    "rue Paul Éluard",
    "place de l'Église",
    "résidence Les Tilleuls",
    "rue du Général Leclerc",
    "cité des Fleurs",
    "quai de la Loire",
]
ADMINS = ["CAF", "CPAM", "Préfecture", "CNAV", "Carsat", "DGFiP", "Mairie", "ANTS", "France Travail", "MSA"]
EVENTS = [
    ("marié le", "mariage"),
    ("mariée le", "mariage"),
    ("décédé le", "décès"),
    ("décédée le", "décès"),
    ("né le", "naissance"),
    ("née le", "naissance"),
    ("pacsés le", "pacs"),
    ("divorcé le", "divorce"),
]
MONTHS = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()


class Message:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.pii: list[tuple[str, str]] = []

    def plant(self, value: str, category: str) -> str:
        if (value, category) not in self.pii:
            self.pii.append((value, category))
        return value


def person(rng: random.Random) -> tuple[str, str, str]:
    origin = rng.choice(list(FIRST))
    first = rng.choice(FIRST[origin].split())
    last = rng.choice(LAST[origin].split()).replace("_", " ")
    if origin == "vietnam" and rng.random() < 0.5:
        first = f"{rng.choice(['Thi', 'Van', 'Ngoc'])} {first}"  # with a middle name
    if rng.random() < 0.15:
        second = rng.choice(LAST[rng.choice(list(LAST))].split()).replace("_", " ")
        last = f"{last}-{second}"  # double-barrelled
    return origin, first, last


def nir(rng: random.Random, spaced: bool) -> str:
    sex = rng.choice("12")
    body = sex + f"{rng.randint(40, 99):02d}{rng.randint(1, 12):02d}"
    body += (
        f"{rng.choice([75, 93, 69, 13, 59, 33, 31, 44, 99, 97]):02d}{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}"
    )
    key = f"{97 - int(body) % 97:02d}"
    if not spaced:
        return body + key
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"


def iban(rng: random.Random, spaced: bool) -> str:
    bban = "".join(str(rng.randint(0, 9)) for _ in range(23))
    digits = "".join(str(int(char, 36)) for char in bban + "FR00")
    raw = f"FR{98 - int(digits) % 97:02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if spaced else raw


def phone(rng: random.Random) -> str:
    digits = [f"0{rng.choice('67')}"] + [f"{rng.randint(0, 99):02d}" for _ in range(4)]
    style = rng.random()
    if style < 0.5:
        return " ".join(digits)
    if style < 0.7:
        return ".".join(digits)
    if style < 0.85:
        return "".join(digits)
    return "+33 " + digits[0][1] + " " + " ".join(digits[1:])


def date(rng: random.Random, year_range: tuple[int, int]) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(*year_range)
    style = rng.random()
    if style < 0.5:
        return f"{day:02d}/{month:02d}/{year}"
    if style < 0.8:
        return f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}"
    return f"{day}/{month}/{year}"


def address(rng: random.Random, with_number: bool) -> str:
    postcode, city = rng.choice(CITIES)
    street = rng.choice(STREETS)
    if with_number:
        number = str(rng.randint(1, 180)) + rng.choice(["", "", "", " bis"])
        return f"{number} {street}, {postcode} {city}"
    return rng.choice([f"{street}, {postcode} {city}", f"{street} à {city}", f"{street}, {city}"])


def plate(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTVWXYZ"
    parts = ("".join(rng.choice(letters) for _ in range(2)), f"{rng.randint(1, 999):03d}")
    last = "".join(rng.choice(letters) for _ in range(2))
    return rng.choice(
        [f"{parts[0]}-{parts[1]}-{last}", f"{parts[0]} {parts[1]} {last}", f"{parts[0]}{parts[1]}{last}"]
    )


def passport(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return f"{rng.randint(10, 25)}{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10000, 99999)}"


def residence_permit(rng: random.Random) -> str:
    return f"{rng.choice(['75', '93', '69', '13', '94', '92', '59', '06'])}{rng.randint(10000000, 99999999)}"


def caf_number(rng: random.Random) -> str:
    return str(rng.randint(1000000, 9999999))


def email(rng: random.Random, first: str, last: str) -> str:
    simple = {"ç": "c", "é": "e", "è": "e", "ë": "e", "ï": "i", "î": "i", "ô": "o", "ã": "a", "á": "a", "ó": "o"}
    clean = "".join(simple.get(char, char) for char in f"{first}.{last}".lower())
    clean = "".join(char for char in clean if char.isalnum() or char in ".-").replace(" ", "")
    domain = rng.choice(["gmail.com", "orange.fr", "free.fr", "hotmail.fr", "yahoo.fr", "laposte.net", "sfr.fr"])
    return f"{clean}{rng.choice(['', '', str(rng.randint(1, 99))])}@{domain}"


def styled(rng: random.Random, first: str, last: str, lower: bool) -> str:
    """The name as the citizen writes it: "Prénom Nom", "Prénom NOM", "NOM Prénom", or all lower case."""
    if last in LAST["vietnam"].split() and rng.random() < 0.6:
        first, last = last, first  # family name first
    if lower:
        return f"{first} {last}".lower()
    style = rng.random()
    if style < 0.55:
        return f"{first} {last}"
    if style < 0.8:
        return f"{first} {last.upper()}"
    return f"{last.upper()} {first}"


BODIES = {
    "CAF": [
        "Je n'ai pas reçu mes APL ce mois-ci alors que ma situation n'a pas changé.",
        "Je voudrais savoir si j'ai droit à la prime d'activité en travaillant à mi-temps.",
        "On me réclame un trop-perçu que je ne comprends pas.",
    ],
    "CPAM": [
        "Mes indemnités journalières ne sont toujours pas versées.",
        "Je voudrais une nouvelle carte Vitale, la mienne est abîmée.",
        "Je n'ai pas été remboursé de ma consultation chez le spécialiste.",
    ],
    "Préfecture": [
        "Je n'arrive pas à obtenir de rendez-vous pour renouveler mon titre de séjour.",
        "Mon récépissé arrive à expiration et je n'ai pas de nouvelles de mon dossier.",
        "Je souhaite demander la naturalisation et je ne sais pas par où commencer.",
    ],
    "CNAV": ["Je voudrais connaître la date de mon départ à la retraite.", "Ma pension n'a pas été versée."],
    "Carsat": ["Il manque des trimestres sur mon relevé de carrière.", "Je voudrais demander ma retraite."],
    "DGFiP": ["Je conteste le montant de ma taxe foncière.", "Mon remboursement d'impôt n'est pas arrivé."],
    "Mairie": ["J'ai besoin d'une copie intégrale d'acte de naissance.", "Je voudrais inscrire mon enfant à l'école."],
    "ANTS": ["Ma carte grise n'est toujours pas arrivée.", "Mon permis de conduire est en cours depuis 4 mois."],
    "France Travail": ["Je n'ai pas reçu mon allocation ce mois-ci.", "Je conteste ma radiation."],
    "MSA": ["Je suis exploitant agricole et je voudrais savoir mes droits au RSA.", "Ma pension MSA a baissé."],
}
TITLES = {
    "CAF": "Question sur mes droits",
    "CPAM": "Remboursement",
    "Préfecture": "Mon dossier",
    "CNAV": "Retraite",
    "Carsat": "Retraite",
    "DGFiP": "Impôts",
    "Mairie": "Demande",
    "ANTS": "Mon dossier ANTS",
    "France Travail": "Allocation",
    "MSA": "Question",
}


def extras(msg: Message, admin: str, first: str, last: str) -> list[str]:
    """One to three sentences holding identifiers and other people's names."""
    rng = msg.rng
    pool = []
    pool.append(lambda: f"Mon numéro de sécurité sociale : {msg.plant(nir(rng, rng.random() < 0.7), 'nir')}.")
    pool.append(lambda: f"Voici mon RIB : {msg.plant(iban(rng, rng.random() < 0.7), 'iban')}")
    pool.append(lambda: f"Vous pouvez me joindre au {msg.plant(phone(rng), 'phone')}.")
    pool.append(lambda: f"Mon adresse : {msg.plant(address(rng, rng.random() < 0.5), 'address')}.")
    pool.append(lambda: f"J'habite {msg.plant(address(rng, False), 'address')} depuis deux ans.")
    pool.append(lambda: f"Mon numéro allocataire est le {msg.plant(caf_number(rng), 'caf_number')}.")
    pool.append(lambda: f"Passeport n° {msg.plant(passport(rng), 'passport')}.")
    pool.append(lambda: f"Mon titre de séjour porte le numéro {msg.plant(residence_permit(rng), 'residence_permit')}.")
    pool.append(lambda: f"Numéro étranger : {msg.plant(residence_permit(rng), 'residence_permit')}")
    pool.append(lambda: f"Ma voiture est immatriculée {msg.plant(plate(rng), 'plate')}.")
    pool.append(lambda: f"Mail : {msg.plant(email(rng, first, last), 'email')}")

    def child() -> str:
        kid = rng.choice(CHILD_FIRST)
        kid_text = kid.lower() if rng.random() < 0.2 else kid
        templates = [
            "Mon fils {k} a {n} ans.",
            "C'est pour ma fille {k}, {n} ans.",
            "Mes enfants {k} et {k2} sont scolarisés.",
            "ma petite {k} est malade depuis lundi.",
            "{k} ({n} ans) est à la maison avec moi.",
        ]
        template = rng.choice(templates)
        kid2 = rng.choice([c for c in CHILD_FIRST if c != kid])
        sentence = template.format(k=msg.plant(kid_text, "first_name"), k2="{k2}", n=rng.randint(1, 17))
        if "{k2}" in sentence:
            sentence = sentence.replace("{k2}", msg.plant(kid2, "first_name"))
        return sentence

    def event() -> str:
        words, _ = rng.choice(EVENTS)
        _, other_first, other_last = person(rng)
        when = msg.plant(date(rng, (1940, 2025)), "date")
        relation = rng.choice(["Mon mari", "Ma femme", "Mon père", "Ma mère", "Mon frère", "Ma fille"])
        if words.startswith(("pacs", "divorc")):
            return f"Nous nous sommes {words} {when} à la mairie."
        if rng.random() < 0.5:
            who = msg.plant(f"{other_first} {other_last}", "name")
            return f"{relation}, {who}, est {words} {when}."
        return f"{relation} est {words} {when}."

    def other() -> str:
        _, other_first, other_last = person(rng)
        templates = [
            "Mon ex-conjoint, M. {n}, ne paie plus la pension.",
            "Votre agent, Mme {s}, m'a dit de vous écrire.",
            "Ma voisine {n} peut témoigner.",
            "Je suis hébergé chez {n} depuis mars.",
        ]
        template = rng.choice(templates)
        if "{s}" in template:
            return template.format(s=msg.plant(other_last, "surname"))
        return template.format(n=msg.plant(f"{other_first} {other_last}", "name"))

    def birth() -> str:
        return f"Je suis né{'e' if rng.random() < 0.5 else ''} le {msg.plant(date(rng, (1935, 2005)), 'date')}."

    pool += [child, child, event, event, other, birth]
    chosen = rng.sample(pool, rng.randint(1, 3))
    return [make() for make in chosen]


def signature(msg: Message, first: str, last: str, origin: str) -> tuple[str, str, str]:
    """(intro sentence or "", text before the signature lines, signature block) for one of many positions."""
    rng = msg.rng
    lower = rng.random() < 0.2
    full = styled(rng, first, last, lower)
    kind = rng.choice(
        [
            "closing_full",
            "closing_full",
            "closing_inline",
            "first_only",
            "first_only_short",
            "after_email_placeholder",
            "before_allocataire",
            "top",
            "intro",
            "intro_and_surname_later",
            "madame",
            "couple",
            "with_phone",
            "after_sentence",
        ]
    )
    closing = rng.choice(["Cordialement,", "Merci d'avance,", "Bien à vous,", "cdt", "merci", "Salutations.", ""])
    if kind == "closing_full":
        return "", "", f"{closing}\n{msg.plant(full, 'name')}"
    if kind == "closing_inline":
        return "", "", f"{closing.rstrip(',.') or 'Merci'}, {msg.plant(full, 'name')}"
    if kind == "first_only":
        name = first.split()[-1]
        name = name.lower() if lower else name
        return "", "", f"{closing}\n{msg.plant(name, 'first_name')}"
    if kind == "first_only_short":
        name = rng.choice(SHORT_FIRST)
        name = name.lower() if lower else name
        return "", "", f"{closing}\n{msg.plant(name, 'first_name')}"
    if kind == "after_email_placeholder":
        return "", "", f"{closing}\n[EMAIL_1]\n{msg.plant(full, 'name')}"
    if kind == "before_allocataire":
        sep = rng.choice(["\n", " - ", ", "])
        return "", "", f"{closing}\n{msg.plant(full, 'name')}{sep}allocataire [ALLOCATAIRE_1]"
    if kind == "top":
        block = f"{msg.plant(full, 'name')}\n{msg.plant(address(rng, rng.random() < 0.6), 'address')}\n"
        return block, "", closing
    if kind == "intro":
        lead = rng.choice(["Je m'appelle", "je m'appelle", "Je suis", "Moi c'est", "Je soussigné"])
        return f"{lead} {msg.plant(full, 'name')}.", "", closing
    if kind == "intro_and_surname_later":
        lead = rng.choice(["Je m'appelle", "Je suis"])
        base = last.split("-")[0]
        later = rng.choice([base.upper(), base, base.lower()])
        return f"{lead} {msg.plant(f'{first} {last}', 'name')}.", "", f"{closing}\n{msg.plant(later, 'surname')}"
    if kind == "madame":
        title = rng.choice(["Mme", "Madame", "M.", "Monsieur", "madame"])
        if rng.random() < 0.5:
            return "", "", f"{closing}\n{title} {msg.plant(last, 'surname')}"
        return "", "", f"{closing}\n{title} {msg.plant(full, 'name')}"
    if kind == "couple":
        _, first2, _ = person(rng)
        pair = f"{first} et {first2} {last}"
        return "", "", f"{closing}\n{msg.plant(pair, 'name')}"
    if kind == "with_phone":
        return "", "", f"{closing}\n{msg.plant(full, 'name')} {msg.plant(phone(rng), 'phone')}"
    return "", "", f"Merci de votre aide. {msg.plant(full, 'name')}"


def one(rng: random.Random, number: int) -> dict:
    msg = Message(rng)
    admin = rng.choice(ADMINS)
    origin, first, last = person(rng)
    top, _, sign = signature(msg, first, last, origin)
    greeting = rng.choice(["Bonjour,", "Madame, Monsieur,", "bonjour", "Bonjour Madame,", "Bonsoir,"])
    body = [rng.choice(BODIES[admin])] + extras(msg, admin, first, last)
    parts = []
    if top and not top.endswith(".") and "\n" in top:
        parts.append(top.rstrip("\n"))
        parts.append("")
        parts.append(greeting)
    else:
        parts.append(greeting)
        if top:
            parts.append(top)
    parts.append(" ".join(body) if rng.random() < 0.5 else "\n".join(body))
    parts.append(sign)
    text = "\n".join(part for part in parts if part is not None).strip()
    return {
        "id": f"priv-tpl-{number:03d}",
        "administration": admin,
        "title": TITLES[admin],
        "message": text,
        "pii": [value for value, _ in msg.pii],
        "categories": [category for _, category in msg.pii],
        "author": "tpl",
    }


def main() -> None:
    rng = random.Random(SEED)
    for number in range(1, COUNT + 1):
        sys.stdout.write(json.dumps(one(rng, number), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
