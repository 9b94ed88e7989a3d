from guichet.privacy.checksums import compact, iban_valid, luhn_valid, nir_valid, siren_valid, siret_valid


def test_compact_removes_separators():
    assert compact("FR76-3000 3150.0549") == "FR76300031500549"


def test_nir_key():
    assert nir_valid("1 58 06 33 063 210 33")
    assert nir_valid("158063306321033")
    assert not nir_valid("1 58 06 33 063 210 34")
    assert not nir_valid("1 58 06 33 063 210")  # no key


def test_nir_corsica():
    # 2A counts as 19 and 2B as 18 when computing the key.
    body_2a = "1850" + "7" + "19" + "123456"
    key_2a = 97 - int(body_2a) % 97
    assert nir_valid(f"1 85 07 2A 123 456 {key_2a:02d}")
    body_2b = "2850718123456"
    key_2b = 97 - int(body_2b) % 97
    assert nir_valid(f"2 85 07 2B 123 456 {key_2b:02d}")
    assert not nir_valid(f"2 85 07 2B 123 456 {(key_2b + 1) % 97:02d}")


def test_nir_rejects_impossible_month():
    body = "1851575123456"
    assert not nir_valid(f"{body}{97 - int(body) % 97:02d}")


def test_iban_mod_97():
    assert iban_valid("FR76 3000 3150 0549 7210 9203 701")
    assert iban_valid("FR76-3000-3875-8728-4865-5744-718")
    assert iban_valid("DE89370400440532013000")
    assert not iban_valid("FR76 3000 3150 0549 7210 9203 702")
    assert not iban_valid("FR76 3000 3150 0549 7210 9203 7011")  # wrong length for France


def test_luhn_siren_siret():
    assert luhn_valid("732829320")
    assert siren_valid("732 829 320")
    assert not siren_valid("732 829 321")
    assert siret_valid("732 829 320 00074")
    assert not siret_valid("732 829 320 00075")


def test_siret_la_poste_uses_sum_mod_5():
    assert siret_valid("35600000000001")
    assert not siret_valid("35600000000002")
