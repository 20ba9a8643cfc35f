"""The search key: titles, case, accents, punctuation, spaces and old spellings fold away."""
from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ikrar.models.search.fold import BACK_TITLES, FRONT_TITLES, fold_name, fold_query

OLD_NEW = [
    ("Soeharto", "Suharto"),
    ("Djoko", "Joko"),
    ("Tjahjo", "Cahyo"),
    ("Sjamsul", "Syamsul"),
    ("Njoman", "Nyoman"),
    ("Chairul", "Khairul"),
    ("Jusuf", "Yusuf"),
    ("Djojo", "Yoyo"),
]


@pytest.mark.parametrize(
    "name, key",
    [
        ("Drs. H. AHMAD YANI, S.Pd., M.Si.", "ahmadyani"),
        ("Prof. Dr. (HC) Ir. K.H. Ma'ruf Amin", "maroefamin"),
        ("dr. SITI NURHALIZA, Sp.A", "sitinoerhaliza"),
        ("Hj. WA ODE NURLIA, SE., M.Si", "waodenoerlia"),
        ("BUDI SANTOSO SE", "boedisantoso"),
        ("BUDI SANTOSO S. Sos", "boedisantoso"),
        ("BUDI SANTOSO S.Sos.", "boedisantoso"),
        ("NI LUH PUTU ARIANI S.Kep., Ns", "niloehpoetoeariani"),
        ("NI LUH PUTU ARIANI A.Md", "niloehpoetoeariani"),
        ("A H M A D  Y A N I", "ahmadyani"),
        ("H. A H M A D", "ahmad"),
        ("Nur Hidayat", "noerhidayat"),
        ("Noerhidajat", "noerhidayat"),
        ("Muh. Yusuf", "moehammadyoesoef"),
        ("Moh Yusuf", "moehammadyoesoef"),
        ("Mhd. Yusuf", "moehammadyoesoef"),
        ("Mochammad Yusuf", "moehammadyoesoef"),
        ("MOHAMAD YUSUF", "moehammadyoesoef"),
        ("M. Yusuf", "moehammadyoesoef"),
        ("H. M. Yusuf", "moehammadyoesoef"),
        ("Muhtar", "moehtar"),
        ("LM. Sjamsul Qamar", "laodemoehammadsyamsoelqamar"),
        ("I GUSTI NGURAH RAI", "igoestingoerahrai"),
        ("ANDI BASO", "andibaso"),
        ("José Ñúñez", "yosenoenez"),
        ("Syafi'i", "syafii"),
        ("Syafi’i", "syafii"),
        ("Ahmad Jaelani", "ahmadyaelani"),  # "ahmad" survives: spellings fold per word
        ("Joko Edi", "yokoedi"),  # and "edi": u->oe, not oe->u, keeps the join as it is
        ("Muh", "moeh"),  # one piece is left alone: it may be a whole name
        ("MOHAMMAD", "moehammad"),  # but a full spelling is Muhammad anywhere
        ("Abdul Mochamad", "abdoelmoehammad"),
        ("Dr.", "dr"),  # a title alone is all there is of the name
        ("", ""),
    ],
)
def test_examples(name, key):
    assert fold_name(name) == key


@pytest.mark.parametrize("old, new", OLD_NEW)
def test_old_spellings_meet(old, new):
    assert fold_name(old) == fold_name(new)
    assert fold_name(old.upper()) == fold_name(new.lower())


@pytest.mark.parametrize("typed", ["s", "su", "so", "soe", "suh", "soeh", "Suhar", "SOEHAR"])
def test_typing_either_spelling_stays_a_prefix(typed):
    assert fold_name("Soeharto").startswith(fold_query(typed)[0])


def test_query_keeps_half_typed_last_word():
    assert fold_query("muh") == ["moehammad", "moeh"]  # Muhammad, and Muhtar
    assert fold_query("Moch") == ["moehammad", "mokh"]  # Mochammad, and Mochtar
    assert fold_query("mocham") == ["moehammad", "mokham"]
    assert fold_query("Muh. Yus") == ["moehammadyoes"]
    assert fold_query("yusuf muh") == ["yoesoefmoehammad", "yoesoefmoeh"]
    assert fold_query("budi se") == ["boedi", "boedise"]  # "se" may be the start of "Setiawan"
    assert fold_query("Drs. Ahmad, S.Pd") == ["ahmad"]
    assert fold_query("  ") == []


# --- properties -------------------------------------------------------------------------------
# Names built of syllables (consonant onset + vowel): a syllable ends in a vowel, so no piece can be
# a title, a degree, "M" or "Muh", and a space between syllables never splits an old-spelling
# digraph. (Spellings fold per word, so "Ko Eba" keeps "koeba" while "Koeba" reads "kuba".)
ONSETS = ["b", "c", "d", "g", "h", "k", "l", "m", "n", "ng", "p", "r", "s", "t", "w", "y",
          "j", "dj", "tj", "sj", "nj", "ch", "kh", "sy", "ny"]
VOWELS = ["a", "i", "u", "e", "o", "oe"]
TITLES = FRONT_TITLES | BACK_TITLES
syllable = st.tuples(st.sampled_from(ONSETS), st.sampled_from(VOWELS)).map("".join).filter(
    lambda s: (s,) not in TITLES  # "se" alone at the end is a degree (SE), by design
)
word = st.lists(syllable, min_size=2, max_size=4)
names = st.lists(word, min_size=1, max_size=4)


def _text(words: list[list[str]]) -> str:
    return " ".join("".join(w) for w in words)


@given(st.text(max_size=60))
def test_fold_is_idempotent_and_plain(text):
    key = fold_name(text)
    assert fold_name(key) == key
    assert all(c in "abcdefghijklmnopqrstuvwxyz0123456789" for c in key)


@given(names, st.data())
def test_case_accents_punctuation_and_spaces_do_not_matter(words, data):
    plain = _text(words)
    noisy = []
    for w in words:
        parts = []
        for s in w:
            s = "".join(data.draw(st.sampled_from([c, c.upper()])) for c in s)
            s = s.replace("a", data.draw(st.sampled_from(["a", "á", "à", "â", "ä"])))
            parts.append(s)
        glue = data.draw(st.sampled_from(["", " ", "-", "'", "’", " . "]))
        noisy.append(glue.join(parts))
    sep = data.draw(st.sampled_from([" ", "  ", "-", "_", "/"]))
    assert fold_name(sep.join(noisy)) == fold_name(plain)


@given(names)
def test_joined_and_letter_spaced_words_fold_alike(words):
    plain = _text(words)
    assert fold_name(plain.replace(" ", "")) == fold_name(plain)
    assert fold_name(" ".join(plain.replace(" ", ""))) == fold_name(plain)


NEW_FOR_OLD = {"oe": "u", "dj": "j", "tj": "c", "sj": "sy", "nj": "ny", "ch": "kh", "j": "y"}


@given(names)
def test_old_and_new_spelling_give_the_same_key(words):
    old = _text(words)
    new = old
    for o, n in NEW_FOR_OLD.items():  # the same order the fold uses
        new = new.replace(o, n)
    assert fold_name(old) == fold_name(new)
    assert fold_name(old.title()) == fold_name(new.upper())


@given(names, st.sampled_from(["'", "’"]))
def test_straight_and_curly_apostrophe_equal(words, mark):
    text = _text(words)
    assume(len(text) > 3)
    with_mark = text[:3] + mark + text[3:]
    assert fold_name(with_mark) == fold_name(text[:3] + "'" + text[3:]) == fold_name(text)


@given(names, st.sampled_from(["Drs. ", "Dr. ", "H. ", "Hj. ", "Prof. Dr. Ir. ", "KH. ", "dr. "]),
       st.sampled_from(["", ", S.Pd.", ", S.Sos., M.Si.", " SE", " S. Sos", " A.Md", ", S.Kep., Ns"]))
def test_titles_do_not_matter(words, front, back):
    text = _text(words)
    assert fold_name(front + text + back) == fold_name(text)
