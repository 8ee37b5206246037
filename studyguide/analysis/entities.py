"""Who and what an article names: people with their roles, organisations, places, numbers.

Mentions of one thing are gathered under one canonical name: the fullest form the
article uses ("Bashar Assad" for every "Assad"), with the other forms as aliases
("US", "U.S.", "the United States").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from studyguide.analysis.lang import ReadingWords, words_of
from studyguide.analysis.parsing import overlaps, text_of
from studyguide.model import Entity, EntityKind, Span

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

KNOWN_ALIASES = (
    ("United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America"),
    ("United Kingdom", "UK", "U.K.", "Britain", "Great Britain"),
    ("United Nations", "UN", "U.N."),
    ("European Union", "EU", "E.U."),
    (
        "Islamic State",
        "ISIL",
        "ISIS",
        "IS",
        "Daesh",
        "Islamic State of Iraq and the Levant",
        "Islamic State of Iraq and Syria",
    ),
    ("Soviet Union", "USSR", "U.S.S.R."),
)
"""Names that news writes several ways; the first is the canonical key."""

_ALIAS_KEYS: dict[str, str] = {}
for _group in KNOWN_ALIASES:
    for _form in _group:
        _ALIAS_KEYS.setdefault(_form.lower().replace(".", ""), _group[0].lower())

_SEARCHED_ALIASES = {
    _group[0].lower(): tuple(f for f in _group if f not in {"IS", "America"})
    for _group in KNOWN_ALIASES
}
"""Forms looked for in the text once the recogniser has found the thing by any name
("IS" and "America" are too often something else: "it IS", "Latin America")."""

_LABELS = {
    "PERSON": EntityKind.PERSON,
    "ORG": EntityKind.ORGANIZATION,
    "GPE": EntityKind.PLACE,
    "LOC": EntityKind.PLACE,
    "FAC": EntityKind.PLACE,
    "NORP": EntityKind.NATIONALITY,
    "EVENT": EntityKind.EVENT,
    "CARDINAL": EntityKind.NUMBER,
    "MONEY": EntityKind.NUMBER,
    "PERCENT": EntityKind.NUMBER,
    "QUANTITY": EntityKind.NUMBER,
}

_ROLE_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "advmod", "punct", "poss", "case"})


@lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """A form for comparing names: lower case, no dots, no leading "the", no possessive.
    Kept once worked out: a long article compares the same few names many times."""
    key = re.sub(r"['’]s$", "", name.strip()).lower().replace(".", "")
    key = re.sub(r"^the\s+", "", key)
    key = re.sub(r"\s+", " ", key).strip()
    return _ALIAS_KEYS.get(key, key)


@dataclass
class _Person:
    name: str
    mentions: list[Span] = field(default_factory=list)
    forms: set[str] = field(default_factory=set)
    role: str | None = None

    @property
    def tokens(self) -> list[str]:
        return self.name.lower().split()


@dataclass
class _Thing:
    kind: EntityKind
    key: str
    forms: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


class Cast:
    """The people and other named things of one article, and how to resolve a mention."""

    def __init__(
        self,
        words: ReadingWords,
        people: list[_Person],
        things: list[_Thing],
        works: frozenset[str] = frozenset(),
        text: str = "",
    ) -> None:
        self._words = words
        self._people = people
        self._things = things
        self._works = works
        """Titles of books, films and shows, and their characters, the recogniser took for
        people."""
        self._text = text

    def person(self, mention: str, position: int | None = None) -> str | None:
        """The canonical name for a person mention, or None when unknown or ambiguous.

        A surname two people share ("Karlsson") is the one named in full last before
        `position`, the way a reader takes it; without a position it stays ambiguous.
        """
        tokens = _split_role(self._words, _clean_name(self._words, mention))[1].lower().split()
        if not tokens:
            return None
        exact = [p for p in self._people if p.tokens == tokens]
        if exact:
            return exact[0].name
        at = [Span(position, position + len(mention), mention)] if position is not None else []
        matches = [p for p in self._people if _name_matches(tokens, p.tokens)] or _respelling(
            self._words, self._text, tokens, at, self._people
        )
        if len(matches) > 1 and position is not None:
            nearest = _nearest(self._words, matches, position)
            return nearest.name if nearest else None
        return matches[0].name if len(matches) == 1 else None

    def people(self) -> list[str]:
        return [p.name for p in self._people]

    def person_by_role(self, description: str, head: str | None = None) -> str | None:
        """ "the Syrian president" → the one person whose role holds "president", if only one.
        `head` is the noun the description is of, where it is not the last ("a spokesman" in
        "a spokesman for Vallonia's leader")."""
        words = [
            w
            for w in re.findall(r"[a-z][a-z-]*", description.lower())
            if w not in {"the", "a", "an", "its", "their"}  # "its co-chairman": the party's
        ]
        if not words:
            return None
        head = head or words[-1]
        head = _SAME_OFFICE.get(head, head)
        found = [
            p
            for p in self._people
            if p.role and _SAME_OFFICE.get(role_head(p.role), role_head(p.role)) == head
        ]
        if len(found) == 1:
            role_words = set(found[0].role.lower().split()) if found[0].role else set()
            if _sides(words) and _sides(role_words) and not _sides(words) & _sides(role_words):
                return None  # "a Democratic strategist" is no Republican one
            # "A Vancouver hockey coach says ...": news opens on a description of someone
            # it names later; the one person of that role is who it means.
            indefinite = re.match(r"an?\b", description.strip(), re.IGNORECASE) is not None
            if indefinite or set(words) <= role_words | {"then", "former"}:
                return found[0].name
        return None

    def organization(self, mention: str) -> str | None:
        key = name_key(mention)
        for thing in self._things:
            if thing.kind is EntityKind.ORGANIZATION and (
                thing.key == key or any(name_key(form) == key for form in thing.forms)
            ):
                return _canonical_form(thing)
        return None

    def add_person(self, mention: str, span: Span) -> str | None:
        """A speaker the entity recogniser missed ("Hereditary Chief Na'moks said").

        Leading words of rank ("Governor Ana Ruiz") become the person's role.
        """
        role, name = _split_role(self._words, _clean_name(self._words, mention))
        known = self.person(name) or self.organization(name)
        if not _plausible_person(self._words, name) or known or name in self._works:
            return self.person(name)
        person = _Person(name, role=role)
        person.mentions.append(span)
        person.forms.add(name)
        self._people.append(person)
        return name

    def add_mention(self, name: str, span: Span) -> None:
        """A mention found by other means than the entity recogniser ("Novak said")."""
        for person in self._people:
            if person.name == name and span not in person.mentions:
                person.mentions.append(span)
                person.mentions.sort(key=lambda m: m.start)
                person.forms.add(span.text)

    def name_in_full(self) -> dict[str, str]:
        """People known by one word whom the article also names in full ("Ruiz", then
        "said Ana Ruiz"), found after the recogniser: each renamed to the full name, the
        fullest form the article uses. Returns the new name for each old one."""
        renamed = {}
        for person in self._people:
            if len(person.tokens) != 1:
                continue
            names = {
                _split_role(self._words, _clean_name(self._words, form))[1] for form in person.forms
            }
            fuller = {
                name
                for name in names
                if len(name.split()) > 1
                and all(word[:1].isupper() for word in name.split())
                and name.split()[-1].lower() == person.tokens[0]
                and _plausible_person(self._words, name)
            }
            if len(fuller) == 1:
                (full,) = fuller
                if not any(p.name == full for p in self._people):
                    renamed[person.name] = full
                    person.forms.add(person.name)
                    person.name = full
        return renamed

    def entities(self) -> tuple[Entity, ...]:
        people = [
            Entity(
                name=p.name,
                kind=EntityKind.PERSON,
                mentions=tuple(p.mentions),
                aliases=tuple(sorted(p.forms - {p.name})),
                role=p.role,
            )
            for p in self._people
        ]
        things = []
        for thing in self._things:
            canonical = _canonical_form(thing)
            aliases = sorted({f for f in thing.forms if f != canonical})
            things.append(Entity(canonical, thing.kind, tuple(thing.mentions), tuple(aliases)))
        return tuple(people + things)


_DASH_ASIDE = re.compile(r"\s+[-–—]+\s+(?=[a-z])")
"""A dash and a lower-case word: an aside the recogniser ran into a name."""


def find_cast(doc: Doc, skipped: tuple[Span, ...]) -> Cast:
    """Group the named-entity mentions of `doc` (outside title, subheads, dateline)."""
    words = words_of(doc)
    person_mentions: list[tuple[str, Span, str | None]] = []
    things: dict[tuple[EntityKind, str], _Thing] = {}
    not_people = _not_people(doc)
    works = _titles_of_works(doc) | _characters(words, text_of(doc))
    for ent in doc.ents:
        kind = _LABELS.get(ent.label_)
        if kind is None or overlaps(skipped, ent.start_char, ent.end_char) or _disease(ent):
            continue
        if kind is EntityKind.PERSON and ent.text in not_people:
            kind = not_people[ent.text]
        span = Span(ent.start_char, ent.end_char, ent.text)
        if kind is EntityKind.ORGANIZATION and _after_personal_title(ent):
            kind = EntityKind.PERSON  # "Dr Fox", "Lord Tebbit" tagged as organisations
        if kind in {EntityKind.ORGANIZATION, EntityKind.PERSON} and _before_post_nominal(ent):
            kind = EntityKind.PERSON  # "Philippe Sands QC": the letters are not his name
            end = ent[-2].idx + len(ent[-2].text)
            span = Span(ent.start_char, end, ent.text[: end - ent.start_char])
        if kind is EntityKind.PERSON:
            for index, part in enumerate(_listed(span)):
                # "MSP Karen Dunlop" tagged whole: the rank is her role, not her name.
                rank, name = _split_role(words, _clean_name(words, part.text))
                if _plausible_person(words, name) and name not in works:
                    role = (_role_of(ent) if index == 0 else None) or rank
                    person_mentions.append((name, part, role))
            continue
        text = ent.text
        if aside := _DASH_ASIDE.search(text):
            # "the Harold Finch Prizes - named in memory of...": the name ends at the dash.
            text = text[: aside.start()]
            span = Span(ent.start_char, ent.start_char + len(text), text)
        form = re.sub(r"^the\s+", "", text.strip(), flags=re.IGNORECASE)
        form = re.sub(r"['’]s$", "", form)
        if not form:
            continue
        key = name_key(form)
        thing = things.setdefault((kind, key), _Thing(kind, key))
        thing.forms.append(form)
        thing.mentions.append(span)
    _drop_name_fragments(things)
    _add_parenthesised_aliases(text_of(doc), things)
    _add_spelled_out_acronyms(text_of(doc), things)
    _add_known_alias_mentions(text_of(doc), things, skipped)
    people = _group_people(words, person_mentions, text_of(doc))
    _move_people_taken_for_organizations(doc, things, people)
    _move_letters_taken_for_people(things, people)
    return Cast(words, people, list(things.values()), frozenset(works), text_of(doc))


def _move_people_taken_for_organizations(
    doc: Doc, things: dict[tuple[EntityKind, str], _Thing], people: list[_Person]
) -> None:
    """ "Novak said" tagged as an organisation, with Elena Novak in the article: it is her.

    Only a name that stands as a subject each time, as a person's does, and never a news
    agency's ("He told Bloomberg" is not Michael Bloomberg).
    """
    words = words_of(doc)
    cast = Cast(words, people, [])
    by_name = {p.name: p for p in people}
    for (kind, key), thing in list(things.items()):
        if kind is not EntityKind.ORGANIZATION or key in words.news_agencies:
            continue
        subjects = [doc.char_span(m.start, m.end) for m in thing.mentions]
        if not all(s is not None and s.root.dep_ in {"nsubj", "nsubjpass"} for s in subjects):
            continue
        names = {cast.person(form) for form in thing.forms}
        if len(names) == 1 and (name := names.pop()) is not None:
            person = by_name[name]
            person.mentions = sorted([*person.mentions, *thing.mentions], key=lambda m: m.start)
            person.forms.update(thing.forms)
            del things[(kind, key)]


_LETTERS = re.compile(r"[A-Z][A-Z&]{1,9}")


def _move_letters_taken_for_people(
    things: dict[tuple[EntityKind, str], _Thing], people: list[_Person]
) -> None:
    """ "EDC says ..." tagged as a person, where the article wrote "Export Development Canada
    (EDC)": the letters are the organisation's."""
    for person in list(people):
        if not _LETTERS.fullmatch(person.name):
            continue
        key = name_key(person.name)
        owner = next(
            (
                thing
                for (kind, _), thing in things.items()
                if kind is EntityKind.ORGANIZATION
                and any(name_key(form) == key for form in thing.forms)
            ),
            None,
        )
        if owner is not None:
            known = {m.start for m in owner.mentions}
            new = [m for m in person.mentions if m.start not in known]
            owner.mentions = sorted([*owner.mentions, *new], key=lambda m: m.start)
            people.remove(person)


def _group_people(
    words: ReadingWords, mentions: list[tuple[str, Span, str | None]], text: str
) -> list[_Person]:
    """One person per full name; a lone surname or first name joins the one full name it fits."""
    people: list[_Person] = []
    for name, _, _ in sorted(mentions, key=lambda m: -len(m[0].split())):
        tokens = name.lower().split()
        if any(p.tokens == tokens for p in people):
            continue
        if len(tokens) == 1 and any(_name_matches(tokens, p.tokens) for p in people):
            continue
        spans = [span for said, span, _ in mentions if said == name]
        respelt = _respelling(words, text, tokens, spans, people) if len(tokens) == 1 else []
        if len(respelt) == 1:
            # "Ms Abbott" after "Diane Abbot": the article spelt one surname two ways, and
            # a letter dropped is the likelier slip.
            person = respelt[0]
            if len(name) > len(person.name.split()[-1]):
                person.name = f"{person.name.rsplit(' ', 1)[0]} {name}"
            continue
        if len(tokens) > 1 and any(_name_matches(tokens, p.tokens) for p in people):
            continue
        people.append(_Person(name))
    for name, span, role in mentions:
        tokens = name.lower().split()
        matches = (
            [p for p in people if p.tokens == tokens]
            or [p for p in people if _name_matches(tokens, p.tokens)]
            or [p for p in people if _respelt(tokens, p.tokens)]
        )
        if len(matches) > 1:
            nearest = _nearest(words, matches, span.start)
            matches = [nearest] if nearest else []
        if len(matches) != 1:
            continue
        person = matches[0]
        person.mentions.append(span)
        person.forms.add(name)
        if role and not person.role:
            person.role = role
    order = {id(p): min((m.start for m in p.mentions), default=0) for p in people}
    return sorted((p for p in people if p.mentions), key=lambda p: order[id(p)])


def _nearest(words: ReadingWords, people: list[_Person], position: int) -> _Person | None:
    """Of several people a short name fits, the one last named in full before `position`."""
    best: tuple[int, _Person] | None = None
    for person in people:
        full = [
            m.start
            for m in person.mentions
            if m.start < position and len(_clean_name(words, m.text).split()) > 1
        ]
        if full and (best is None or max(full) > best[0]):
            best = (max(full), person)
    return best[1] if best else None


def _name_matches(tokens: list[str], full: list[str]) -> bool:
    """ "assad" fits "bashar assad"; "bashar al-assad" fits "bashar assad" by surname;
    "saumarez smith" fits "charles saumarez smith"."""
    if len(tokens) == 1:
        return tokens[0] == full[-1] or (len(full) > 1 and tokens[0] == full[0])
    if full[-len(tokens) :] == tokens:
        return True  # "Saumarez Smith" of "Charles Saumarez Smith"
    return tokens[-1] == full[-1] and (tokens[0] == full[0] or len(full) == 1)


def _respelling(
    words: ReadingWords, text: str, tokens: list[str], spans: list[Span], people: list[_Person]
) -> list[_Person]:
    """The people a name at `spans` is, spelt a letter apart, but for those whose first
    name it is not written after."""
    return [
        p
        for p in people
        if _respelt(tokens, p.tokens) and not _first_named_otherwise(words, text, spans, p)
    ]


def _first_named_otherwise(
    words: ReadingWords, text: str, spans: list[Span], person: _Person
) -> bool:
    """Whether the article writes a surname after a first name that is not the person's:
    "Nate Cohn", whose first name the recogniser missed, is not Jon Cohen respelt. A word
    that opens a sentence ("But Ruis said") is no first name."""
    for span in spans:
        before = re.search(r"\b([A-Z][a-z]+)\s+$", text[max(0, span.start - 30) : span.start])
        if before is None or _opens_sentence(text, span.start - len(before.group(0))):
            continue
        word = before.group(1).lower()
        if (
            word not in words.name_titles
            and word not in words.role_titles
            and word != person.tokens[0]
        ):
            return True
    return False


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence or a line."""
    return re.search(r"(?:^|[.!?:\n]\s*|[\"“]\s*)$", text[:at]) is not None


def _respelt(tokens: list[str], full: list[str]) -> bool:
    """Whether a name is `full` as written, but for its surname spelt with one letter more
    or less inside it: "abbott" (or "diane abbott") beside "diane abbot"."""
    if len(full) < 2 or len(tokens) not in (1, len(full)) or tokens[:-1] != full[-len(tokens) : -1]:
        return False
    short, long = sorted((tokens[-1], full[-1]), key=len)
    return (
        len(short) >= _RESPELT_LETTERS
        and len(long) == len(short) + 1
        and any(long[:at] + long[at + 1 :] == short for at in range(1, len(long)))
    )


_RESPELT_LETTERS = 4
"""Letters a surname needs before one more or less is a slip, not another name ("Lee",
"Lees")."""


def _split_role(words: ReadingWords, name: str) -> tuple[str | None, str]:
    """ "Governor Ana Ruiz" → ("Governor", "Ana Ruiz"): rank words before a name."""
    parts = name.split()
    titles = [i for i, w in enumerate(parts[:-1]) if w.lower() in words.role_titles]
    if not titles:
        return None, name
    return " ".join(parts[: titles[-1] + 1]), " ".join(parts[titles[-1] + 1 :])


_SUFFIX = re.compile(r",\s*(?:Jr|Sr|II|III|IV)\b\.?")


def _listed(span: Span) -> list[Span]:
    """The names of a list the recogniser took for one ("Chris Martin, Dido" of "the likes
    of Chris Martin, Dido, Robbie Williams"), each with its own span; a name and its suffix
    ("Martin Luther King, Jr.") stay one."""
    if "," not in span.text or _SUFFIX.search(span.text):
        return [span]
    return [
        Span(span.start + found.start(), span.start + found.end(), found.group(0))
        for found in re.finditer(r"[^,\s](?:[^,]*[^,\s])?", span.text)
    ]


def _clean_name(words: ReadingWords, text: str) -> str:
    # "[then-FBI Director James] Comey": the brackets are the writer's, the name is his.
    text = re.sub(r"['’]s?$", "", re.sub(r"\s*[\[\]]\s*", " ", text).strip())
    parts = [w for w in text.split() if w.lower() not in words.name_titles]
    if len(parts) > 2 and (parts[0].lower() in _PARTY_LABELS or parts[0] in _ORIGINS):
        parts = parts[1:]  # "Tory Edward Turnour", "Spaniard Ana Ruiz": not their names
    return " ".join(parts).strip(" ,.;:")


_PARTY_LABELS = frozenset(
    "tory tories labour conservative democrat republican liberal unionist nationalist".split()
)
_ORIGINS = frozenset(
    """Spaniard Briton Scot Swede Dane Finn Pole Kiwi Aussie Argentine Frenchman Frenchwoman
    Englishman Englishwoman Irishman Irishwoman Welshman Welshwoman Dutchman Dutchwoman
    Scotsman Scotswoman American Australian Brazilian Canadian German Italian Russian
    Belgian Croatian Serbian Kenyan Ethiopian Nigerian Jamaican Swiss Austrian""".split()
)
"""Where someone is from, which sports and foreign news put before a name ("Spaniard Ana
Ruiz")."""


def _plausible_person(words: ReadingWords, name: str) -> bool:
    """A name a person may have: not "The Da Vinci Code", an agency, or a figure."""
    return (
        bool(name)
        and name[0].isupper()
        and name.split()[0].lower() not in {"the", "a", "an"}
        and name.lower() not in words.news_agencies
        and not any(ch.isdigit() for ch in name)
        and len(name.split()) <= 5
        and name.split()[-1].lower() not in _NOT_A_SURNAME
        and name.split()[0].lower() not in words.weekdays  # "On Tuesday Mitsubishi confirmed"
    )


_NOT_A_SURNAME = frozenset(
    """beach park street road square bridge castle tower towers centre center zoo gardens
    museum gallery hall stadium airport station palace abbey cathedral blog website show
    awards prize cup festival trust prison jail""".split()
)
"""Last words of places and things a recogniser may take for people: "Blackpool Pleasure
Beach", "Tsunami Blog"."""


def _role_of(ent: SpacySpan) -> str | None:
    """Words before a name that say what the person is: "Syrian President" Bashar Assad."""
    root = ent.root
    start = ent.start
    doc = ent.doc
    titles = words_of(doc).name_titles
    while start > 0:
        token: Token = doc[start - 1]
        if token.dep_ not in _ROLE_DEPS or token.is_sent_start and token.dep_ == "punct":
            break
        if not _depends_on(token, root) or token.pos_ in {"DET", "PRON", "NUM"}:
            break
        if token.ent_type_ and token.ent_type_ not in {"NORP", "GPE", "ORG"}:
            break
        start -= 1
    if not any(
        t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in titles for t in doc[start : ent.start]
    ):
        start = ent.start  # a role is a noun: not "shocked" in "...-old shocked Tom Varga"
    words = [t.text for t in doc[start : ent.start] if t.lower_ not in titles]
    while words and not words[0][:1].isalnum():
        words.pop(0)
    role = " ".join(words).replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    role = re.sub(r"\s+'s\b", "'s", role).strip(" ,")
    if role and any(ch.isalpha() for ch in role):
        return role
    # An apposition set off by a comma: "Joe Smith, a spokesman, said" (not "Robbie Williams
    # himself" nor a verb phrase the parser took for one).
    comma = ent.end < len(doc) and doc[ent.end].text == ","
    for child in root.children:
        if comma and child.dep_ == "appos" and child.i > root.i and child.pos_ == "NOUN":
            return _described_as(child.subtree)
    # The name in apposition after its description: "the department's inspector general,
    # Michael Horowitz, blasted ...".
    head = root.head
    if (
        root.dep_ == "appos"
        and head.i < ent.start
        and head.pos_ == "NOUN"
        and doc[ent.start - 1].text == ","
        and head.right_edge.i >= ent.start - 1
    ):
        return _described_as(doc[head.left_edge.i : ent.start - 1])
    return None


def _described_as(tokens: Iterable[Token]) -> str | None:
    """A description as a role: "a spokesman," -> "spokesman"."""
    text = "".join(t.text_with_ws for t in tokens).strip(" ,")
    return re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE) or None


_SAME_OFFICE = {
    "justice": "judge",
    "spokesman": "spokesperson",
    "spokeswoman": "spokesperson",
    "chairman": "chair",
    "chairwoman": "chair",
    "chairperson": "chair",
}
"""Words news uses for one office: "Justice Sean Dunphy" is "a Superior Court judge"."""


_SIDES = {
    "democ": "democrat",
    "repub": "republican",
    "labour": "labour",
    "tory": "conservative",
    "tories": "conservative",
    "conservative": "conservative",
    "liberal": "liberal",
}
"""How words begin that name a party: "Democratic" and "Democrats" are one side."""


def _sides(words: Iterable[str]) -> set[str]:
    return {side for word in words for start, side in _SIDES.items() if word.startswith(start)}


def role_head(role: str) -> str:
    """The word a role is about: "president" in "Syrian President" or "president of X"."""
    words: list[str] = re.findall(r"[a-z][a-z-]*|,", role.lower())
    for index, word in enumerate(words):
        if word in {"of", "for", "at", "with", ","} and index:
            return words[index - 1]
    return words[-1] if words else ""


_PERSONAL_TITLES = frozenset("mr mrs ms miss dr prof sir dame lord lady baroness".split())


def _after_personal_title(ent: SpacySpan) -> bool:
    """Whether a title only a person bears comes right before the name ("Dr Fox")."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_.rstrip(".") in _PERSONAL_TITLES


def _before_post_nominal(ent: SpacySpan) -> bool:
    """Whether a name of two or three words ends in letters only a person bears."""
    words = list(ent)
    return (
        3 <= len(words) <= 4
        and words[-1].text in words_of(ent).post_nominals
        and all(w.is_title and w.pos_ == "PROPN" for w in words[:-1])
    )


_FIRM_NOUNS = frozenset(
    """firm company chain retailer supermarket airline carrier lender insurer bank corporation
    distributor label""".split()
)
"""Nouns for a business that no person is called ("a publisher" or "a broadcaster" may be
one)."""


_CLUB_WORDS = frozenset("Harriers Rovers Wanderers Athletic Albion Rangers Hotspur".split())
"""Words that end a sports club's name, never a person's."""


def _not_people(doc: Doc) -> dict[str, EntityKind]:
    """One-word names the recogniser calls people that the article uses as something else.

    "the Sharks won" (a team), or a word tagged as a place or organisation at least as
    often as a person ("Surrey", "Edmonton"); each with the kind it is taken for instead.
    """
    as_person: dict[str, int] = {}
    as_other: dict[str, dict[EntityKind, int]] = {}
    for ent in doc.ents:
        kind = _LABELS.get(ent.label_)
        if ent.label_ == "PERSON":
            as_person[ent.text] = as_person.get(ent.text, 0) + 1
        elif kind is not None:
            counts = as_other.setdefault(ent.text, {})
            counts[kind] = counts.get(kind, 0) + 1
    out: dict[str, EntityKind] = {}
    for name, count in as_person.items():
        other = as_other.get(name, {})
        if " " not in name and sum(other.values()) >= count:
            out[name] = max(other, key=lambda k: other[k])
    for token in doc[1:-1]:
        if (
            token.text in as_person
            and token.text.endswith("s")
            and doc[token.i - 1].lower_ == "the"
            and doc[token.i + 1].pos_ not in {"NOUN", "PROPN", "PART"}
        ):
            out[token.text] = EntityKind.ORGANIZATION
    # "the Beige Book said": a name the article always writes after "the" is no one's;
    # not "the George W. Bush administration", where a name describes what follows it.
    after_the: dict[str, bool] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) > 1:
            before = doc[ent.start - 1].text if ent.start > 0 else ""
            describes = ent.end < len(doc) and doc[ent.end].pos_ in {"NOUN", "PROPN"}
            alone = before == "the" and not describes
            after_the[ent.text] = after_the.get(ent.text, True) and alone
    out |= {name: EntityKind.ORGANIZATION for name, always in after_the.items() if always}
    for ent in doc.ents:
        # "electronics chain Best Buy", "Costco Wholesale, which continued ...": a firm;
        # "Barnet Harriers": a club.
        after = doc[ent.end : ent.end + 2]
        if ent.label_ == "PERSON" and (
            ent.start > 0
            and doc[ent.start - 1].lemma_.lower() in _FIRM_NOUNS
            or [t.lower_ for t in after] == [",", "which"]
            or ent[-1].text in _CLUB_WORDS
        ):
            out[ent.text] = EntityKind.ORGANIZATION
    return out


def _titles_of_works(doc: Doc) -> set[str]:
    """ "The Da Vinci Code" tagged as a person, with or without its "The": a name the
    article writes after a capital "The" is a book, film or show, not someone."""
    text = text_of(doc)
    names = {
        _clean_name(words_of(doc), re.sub(r"^The\s+", "", ent.text))
        for ent in doc.ents
        if ent.label_ == "PERSON"
    }
    return {name for name in names if name and re.search(rf"\bThe {re.escape(name)}\b", text)}


_DISEASES = frozenset(
    "ebola zika hiv aids mers sars covid covid-19 malaria cholera measles polio".split()
)
_DISEASE_WORDS = frozenset(
    "fever virus disease syndrome flu influenza outbreak infection infections epidemic".split()
)


def _disease(ent: SpacySpan) -> bool:
    """ "Ebola", "Lassa fever": an illness the recogniser took for a person or a body."""
    if ent.label_ not in {"PERSON", "ORG"}:
        return False
    following = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    return ent.text.lower() in _DISEASES or following in _DISEASE_WORDS


_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
_CHARACTER = re.compile(
    rf"(?:\b(?:role|character|part) of|\bcharacter|\bstar(?:s|red|ring)? as) ({_NAME})"
    rf"|({_NAME}),? \(?(?:played|portrayed|voiced) by\b"
    # Not a person of the news either: a birth name ("Born Jocelyn Stoker, the singer
    # ..."), someone else's earlier name, and an award ("Best Breakthrough Artist").
    rf"|(?:\b[Bb]orn|\bnée|\breal name(?: is)?|\bBest) ({_NAME})"
)


def _characters(words: ReadingWords, text: str) -> set[str]:
    """ "the role of Harry Potter", "Hermione, played by Emma Watson": people of a story
    told in a book, film or show, not people of the news; nor birth names and awards."""
    return {
        _clean_name(words, m.group(1) or m.group(2) or m.group(3))
        for m in _CHARACTER.finditer(text)
    }


def _depends_on(token: Token, root: Token) -> bool:
    while token.head.i != token.i:
        if token.head.i == root.i:
            return True
        token = token.head
    return False


def _add_parenthesised_aliases(text: str, things: dict[tuple[EntityKind, str], _Thing]) -> None:
    """ "the Islamic State (ISIL)" makes ISIL a name of the Islamic State."""
    for thing in list(things.values()):
        for mention in thing.mentions:
            after = re.match(r"\s*\(([A-Z][A-Za-z.]{1,10})\)", text[mention.end : mention.end + 16])
            if not after:
                continue
            alias = after.group(1)
            for (kind, key), other in list(things.items()):
                if key == name_key(alias) and other is not thing and kind is thing.kind:
                    thing.forms.extend(other.forms)
                    thing.mentions.extend(other.mentions)
                    del things[(kind, key)]
            if alias not in thing.forms:
                thing.forms.append(alias)


_MINOR_WORDS = frozenset("and of for the on in to de du des la le &".split())


def _add_spelled_out_acronyms(text: str, things: dict[tuple[EntityKind, str], _Thing]) -> None:
    """ "IRCC said" in an article that names Immigration, Refugees and Citizenship Canada,
    a name the recogniser missed: the full name, whose initials the letters are, is the
    name of the organisation the recogniser found only as letters. A run of capitals spells
    it out beside "(IRCC)", or anywhere for three letters or more."""
    for (kind, _), thing in list(things.items()):
        acronyms = {f for f in thing.forms if re.fullmatch(r"[A-Z]{2,8}", f)}
        if kind is not EntityKind.ORGANIZATION or len(acronyms) != 1 or len(set(thing.forms)) > 1:
            continue
        acronym = acronyms.pop()
        beside = [m.start() for m in re.finditer(rf"\s*\(\s*{acronym}\s*\)", text)]
        anywhere = [
            m.end() for m in re.finditer(r"[A-Z][\w'’&-]*(?![\w'’&-]| (?:and |of )?[A-Z])", text)
        ]
        for end in beside + (anywhere if len(acronym) > 2 else []):
            words = list(re.finditer(r"[\w'’&.-]+", text[max(0, end - 120) : end]))
            first = _spelled_out(words, acronym)
            if first is None:
                continue
            start = max(0, end - 120) + first
            name = text[start:end]
            before = re.search(r"([A-Z][\w'’&-]*),? $", text[max(0, start - 30) : start])
            if before is not None and before.group(1).lower() not in _MINOR_WORDS:
                continue  # more capitals before it: a longer name than the letters
            spelled = things.pop((kind, name_key(name)), None)
            thing.forms.extend(spelled.forms if spelled else [name])
            thing.mentions.extend(spelled.mentions if spelled else [Span(start, end, name)])
            thing.mentions.sort(key=lambda m: m.start)
            break


def _spelled_out(words: list[re.Match[str]], acronym: str) -> int | None:
    """Where the run of capitalised words just before "(ACRONYM)" whose initials spell it
    begins (minor words such as "and" or "of" may stand between them), or None."""
    letters = list(acronym)
    for word in reversed(words):
        token = word.group(0)
        if token.lower() in _MINOR_WORDS:
            continue
        if not letters or not token[:1].isupper() or token[0] != letters[-1]:
            return None
        letters.pop()
        if not letters:
            return word.start()
    return None


def _add_known_alias_mentions(
    text: str, things: dict[tuple[EntityKind, str], _Thing], skipped: tuple[Span, ...]
) -> None:
    """ "ISIL" and "Islamic State" the recogniser missed join the thing it found as "ISIS";
    "EDC" joins Export Development Canada wherever the article writes it, once the article
    has given the letters as its name."""
    for thing in things.values():
        forms = _SEARCHED_ALIASES.get(thing.key) or tuple(
            {f for f in thing.forms if re.fullmatch(r"[A-Z]{3,8}", f)}
            if thing.kind is EntityKind.ORGANIZATION and len(set(thing.forms)) > 1
            else ()
        )
        if not forms:
            continue
        pattern = r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w])"
        for match in re.finditer(pattern, text):
            start, end = match.start(), match.end()
            if overlaps(skipped, start, end):
                continue
            if any(m.start < end and start < m.end for m in thing.mentions):
                continue
            thing.mentions.append(Span(start, end, match.group()))
            thing.forms.append(match.group())
        thing.mentions.sort(key=lambda m: m.start)


def _drop_name_fragments(things: dict[tuple[EntityKind, str], _Thing]) -> None:
    """ "Islamic" tagged as a nationality inside "Islamic State militants" is part of a name."""
    for (kind, key), thing in list(things.items()):
        if kind is not EntityKind.NATIONALITY:
            continue
        longer = [
            other
            for (other_kind, other_key), other in things.items()
            if other_kind is not kind and other_key.startswith(key + " ")
        ]
        if longer and len(thing.mentions) <= sum(len(o.mentions) for o in longer):
            del things[(kind, key)]


def _canonical_form(thing: _Thing) -> str:
    """The longest form the article uses (ties: the first one used)."""
    return max(thing.forms, key=lambda form: (len(form), -thing.forms.index(form)))
