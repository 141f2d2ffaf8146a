from eventwire.geo._names import loose_key, skeletons


def test_articles_diacritics_and_hyphens_share_a_key():
    assert loose_key("Deir ez-Zor") == loose_key("Deir Ezzor") == loose_key("Deir Zor")
    assert loose_key("Hajīn") == loose_key("Hajin")
    assert loose_key("ar-Raqqa") == loose_key("Raqqa")


def test_transliterations_share_a_skeleton():
    assert skeletons("Boukamal") & skeletons("Albu Kamal") & skeletons("Ālbū Kamāl")
    assert skeletons("Dayr az Zawr") & skeletons("Deir Ezzor")
    assert skeletons("Idleb") & skeletons("Idlib")


def test_different_places_keep_different_keys():
    assert loose_key("Hama") != loose_key("Homs")
    assert not skeletons("Mosul") & skeletons("Basra")


def test_abbreviated_words_of_place_names_are_spelled_out():
    from eventwire.geo._names import spelled_out

    assert spelled_out("Mt. Pleasant") == "Mount Pleasant"
    assert spelled_out("St Kitts and Nevis") == "Saint Kitts and Nevis"
    assert spelled_out("Ft. Worth") == "Fort Worth"
    assert spelled_out("Platte Co.") == "Platte County"
    assert spelled_out("Mt.") is None and spelled_out("Pleasant Hill") is None and spelled_out("Boston") is None
