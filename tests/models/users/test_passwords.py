from models.users import passwords


def test_a_stored_hash_names_its_parameters_and_never_holds_the_password():
    stored = passwords.hash_password("rahasia-kantor")
    assert stored.startswith("scrypt$n=16384,r=8,p=1$")
    assert "rahasia" not in stored
    assert passwords.verify("rahasia-kantor", stored)
    assert not passwords.verify("rahasia-kantoR", stored)


def test_two_users_with_one_password_have_different_hashes():
    assert passwords.hash_password("sama-saja-1") != passwords.hash_password("sama-saja-1")


def test_a_damaged_hash_lets_nobody_in():
    assert not passwords.verify("anything", "scrypt$garbage")
    assert not passwords.verify("", "")


def test_a_short_password_is_refused_in_words():
    assert passwords.problem("1234567").english() == (
        "A password needs at least 8 characters.")
    assert passwords.problem("12345678") is None
