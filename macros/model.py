"""The typed model of the learning material, and the single source of its JSON Schema.

Trainers edit `docs/data/leermateriaal.yml`; its keys are Dutch because they are the ones
who read them. The same pydantic classes validate the file at build time and produce the
JSON Schema that editors such as VS Code use while a trainer types, so the two cannot drift.
"""
from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field, StringConstraints, model_validator

# The building blocks, re-exported: other modules import them from here.
from .model_base import (GROUP_FORMS, ID_PATTERN, ID_RE, GroupForm, Id, Step, Text, _Item,  # noqa: F401
                         rule_error, steps_add_up)

# ----------------------------------------------------------------------------
# Limits that follow from the printed card
# ----------------------------------------------------------------------------

# A card is printed at 95 x 65 mm (macros/design.py), eight to an A4, with its text in 10 pt type
# beside a QR code. That leaves room for about six lines of 40 characters under the title, and a
# text of that size is read aloud in about fifteen seconds.
CARD_TITLE_MAX = 50
CARD_TEXT_MAX = 220
# A reflection prompt is printed on a worksheet with writing lines below it.
PROMPT_TEXT_MAX = 300

# ----------------------------------------------------------------------------
# The items
# ----------------------------------------------------------------------------

class Module(_Item):
    id: Id
    nummer: int = Field(ge=1, le=999, description="Vast nummer voor de korte link /m/<nummer>/.")
    titel: Text
    beschrijving: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)] = Field(
        description="Een of twee zinnen: waar gaat deze module over?")
    leestijd_minuten: int = Field(ge=5, le=240, description=(
        "Hoe lang iemand alleen met de module bezig is: lezen en de vragen ter overdenking. "
        "De tijd met de groep volgt uit de werkplaten."))
    doelgroep: list[Text] = Field(min_length=1, description="Voor wie is de module?")
    pagina: Text = Field(description="De pagina van de module, gezien vanuit de map docs/, "
                                     "bijvoorbeeld 'modules/vertrouwen.md'.")


# The arc of a session, after Liberating Structures' strings: open, diverge, converge, close.
PHASES = ("openen", "verkennen", "verdiepen", "afspreken", "afsluiten")
Phase = Literal["openen", "verkennen", "verdiepen", "afspreken", "afsluiten"]
Phases = Annotated[list[Phase], Field(min_length=1, description=(
    "In welke fase van een bijeenkomst dit past: " + ", ".join(PHASES) + "."))]


class Card(_Item):
    id: Id
    soort: Literal["denk", "doe"] = Field(description="'denk' is een vraag om over na te denken, "
                                                      "'doe' een kleine actie voor deze week.")
    titel: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=CARD_TITLE_MAX)]
    tekst: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=CARD_TEXT_MAX)]
    fasen: Phases


class Deck(_Item):
    id: Id
    titel: Text
    module: Id = Field(description="De id van de module waar deze kaartjes bij horen.")
    beschrijving: Text | None = None
    opdracht: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60)] | None = Field(
        default=None, description=("Een korte opdracht die op elk kaartje van deze set staat, onder de tekst, "
                                   "bijvoorbeeld 'Wat zou jij antwoorden?'. Voor sets waarin de tekst niet zelf zegt wat je doet."))
    kaarten: list[Card] = Field(min_length=1)


class Prompt(_Item):
    id: Id
    tekst: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=PROMPT_TEXT_MAX)]


class PromptSet(_Item):
    module: Id = Field(description="De id van de module waar deze vragen bij horen.")
    vragen: list[Prompt] = Field(min_length=1)


class GroupSize(_Item):
    """How many people a werkplaat is for, as numbers: the planner filters on them."""

    min: int = Field(ge=1, le=200, description="Het kleinste aantal mensen.")
    max: int = Field(ge=1, le=200, description="Het grootste aantal mensen.")

    @model_validator(mode="after")
    def _min_not_above_max(self) -> "GroupSize":
        if self.min > self.max:
            raise rule_error("max", f"het grootste aantal ({self.max}) is kleiner dan het kleinste ({self.min}). "
                                    "Zet het kleinste getal bij min en het grootste bij max")
        return self


class Handout(_Item):
    """A sheet a werkplaat hands out, such as a kijkwijzer: on the page and on its own page of the PDF."""

    titel: Text
    inleiding: Text | None = None
    punten: list[Text] = Field(min_length=1, description="De regels van het blad, elk een eigen punt.")


class Werkplaat(_Item):
    """A group exercise with the five design elements of Liberating Structures, so it runs as written."""

    id: Id
    titel: Text
    module: Id = Field(description="De id van de module waar deze werkplaat bij hoort.")
    fase: Phase = Field(description="De fase van een bijeenkomst waarin deze werkplaat past.")
    doel: Text
    openingsvraag: Text = Field(description="De vraag waarmee je de werkplaat opent en die de groep uitnodigt.")
    duur_minuten: int = Field(ge=5, le=480, description="De som van de minuten van de stappen.")
    groepsgrootte: Text = Field(description="Zoals de lezer het ziet, bijvoorbeeld '4 tot 8 mensen, in tweetallen'.")
    groep: GroupSize = Field(description="Met hoeveel mensen de werkplaat werkt, als getallen: "
                                         "{min: 4, max: 8}. De planner filtert hierop.")
    ruimte: Text = Field(description="Hoe de ruimte is ingericht: tafels, stoelen, muur of vloer.")
    deelname: Text = Field(description="Hoe je zorgt dat iedereen aan bod komt.")
    materialen: list[Text] = Field(min_length=1)
    stappen: list[Step] = Field(min_length=1)
    begeleidersnotities: list[Text] = Field(default_factory=list)
    uitdeelblad: Handout | None = Field(default=None, description=(
        "Een blad dat de groep nodig heeft, zoals een kijkwijzer of de tekst die je samen leest. "
        "Het staat op de pagina en op een eigen bladzijde van de print, zodat je het voor ieder kunt printen."))

    @model_validator(mode="after")
    def _steps_add_up(self) -> "Werkplaat":
        steps_add_up(self.duur_minuten, self.stappen, "de werkplaat")
        return self


class Case(_Item):
    """A short story from practice ("Uit de praktijk"), with the question a group talks about."""

    id: Id
    module: Id = Field(description="De id van de module waar deze casus bij hoort.")
    titel: Text
    tekst: Text
    vraag: Text = Field(description="De vraag die de groep bij deze casus bespreekt.")
    luisteren_naar: Text | None = Field(default=None, description=(
        "Voor de begeleider: waar je in het gesprek op let, in een of twee zinnen."))
    fasen: Phases


class LookBack(_Item):
    """The look back on last meeting's agreements, the block after the welcome from a traject's second meeting on.
    Like a werkplaat it runs as written. Each participant reads their own agreements on their own screen
    (docs/assets/js/bijeenkomst-terugblik.js); the room and the begeleider only see the question."""

    titel: Text
    doel: Text
    openingsvraag: Text = Field(description="De vraag waarmee je de terugblik opent, voor de hele groep.")
    vraag: Text = Field(description="De vraag die elke deelnemer onder de eigen afspraak ziet, met een antwoordveld.")
    leeg: Text = Field(description="Wat een deelnemer leest als er geen afspraak op het eigen apparaat staat.")
    duur_minuten: int = Field(ge=5, le=60, description="De som van de minuten van de stappen.")
    ruimte: Text
    deelname: Text
    materialen: list[Text] = Field(min_length=1)
    stappen: list[Step] = Field(min_length=1)
    begeleidersnotities: list[Text] = Field(default_factory=list)

    @model_validator(mode="after")
    def _steps_add_up(self) -> "LookBack":
        steps_add_up(self.duur_minuten, self.stappen, "de terugblik")
        return self


BLOCK_KINDS = ("werkplaat", "kaartjes", "casus", "overdenking", "pauze", "vrij", "terugblik")


class Block(_Item):
    """One part of a ready session plan. Which other fields it needs depends on `soort`."""

    soort: Literal["werkplaat", "kaartjes", "casus", "overdenking", "pauze", "vrij", "terugblik"] = Field(
        description="Wat voor blok: " + ", ".join(BLOCK_KINDS) + ". Een terugblik is die uit 'terugblik'.")
    minuten: int | None = Field(default=None, ge=1, le=240, description=(
        "Hoe lang het blok duurt. Bij een werkplaat mag je het weglaten: dan telt de duur van de werkplaat. "
        "Bij een terugblik is het de duur van de terugblik."))
    fase: Phase | None = Field(default=None, description="Verplicht bij een pauze of een vrij blok.")
    titel: Text | None = Field(default=None, description="Alleen bij een vrij blok: de naam van het blok.")
    tekst: Text | None = Field(default=None, description="Wat de begeleider in dit blok doet of laat doen.")
    werkplaat: Id | None = None
    casus: Id | None = None
    kaarten: list[Id] = Field(default_factory=list)
    vragen: list[Id] = Field(default_factory=list)


class Session(_Item):
    """A ready plan for one meeting, which a begeleider opens in the planner to adapt."""

    id: Id
    module: Id = Field(description="De id van de module waar deze sessie bij hoort.")
    titel: Text
    start: Annotated[str, StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$")] = Field(
        description="De begintijd, bijvoorbeeld '13:30'.")
    duur_minuten: int = Field(ge=30, le=480, description="De som van de minuten van de blokken.")
    waarom: Text | None = Field(default=None, description=(
        "Waarom deze volgorde: in twee of drie zinnen de lijn van de bijeenkomst, voor de begeleider."))
    blokken: list[Block] = Field(min_length=3)


class TrajectMeeting(_Item):
    """One meeting of a traject: a ready plan from `sessies`, and when it takes place."""

    sessie: Id = Field(description="De id van een sessie uit 'sessies'.")
    wanneer: Text = Field(description="Wanneer deze bijeenkomst is, bijvoorbeeld 'twee weken na bijeenkomst 1'.")


class Traject(_Item):
    """Several meetings that combine modules, from the first meeting to a follow-up weeks later."""

    id: Id
    titel: Text
    beschrijving: Text = Field(description="Voor wie het traject is en wat het oplevert, in twee of drie zinnen.")
    bijeenkomsten: list[TrajectMeeting] = Field(min_length=3, max_length=6)


class BlockInstructions(_Item):
    """What the begeleider does in a block whose material was swapped: words that fit any case or card."""
    casus: Text = Field(description="Wat je doet in een blok met een casus, passend bij elke casus.")
    kaartjes: Text | None = Field(default=None, description="Hetzelfde voor een ronde kaartjes.")
    overdenking: Text | None = Field(default=None, description="Hetzelfde voor vragen ter overdenking.")


class SafetyFrame(_Item):
    """The group agreements of every meeting. Defined once, shown on the trainers' page and in each print."""

    titel: Text
    inleiding: Text = Field(description="Eén zin voor de begeleider: wanneer en hoe je de afspraken maakt.")
    afspraken: list[Text] = Field(min_length=3, description="De afspraken, elk in één of twee korte zinnen.")
    verwijzing: Text = Field(description="Waar de begeleider meer leest: emoties, agressie, meldcode en privacy.")


# One search word: lower-case letters only, so it is one word as the search splits a query.
SearchWord = Annotated[str, StringConstraints(pattern=r"^[a-zà-ÿ]+$", min_length=2, max_length=40)]


class SearchSynonym(_Item):
    """Words readers type for a word the site uses; search then also looks for the site's word."""

    site: SearchWord = Field(description="Het woord zoals het op de site staat, bijvoorbeeld 'professional'.")
    lezers: list[SearchWord] = Field(min_length=1, description=(
        "Woorden die lezers typen voor hetzelfde, bijvoorbeeld 'hulpverlener'. Kleine letters, één woord per regel."))


class LearningData(_Item):
    modules: list[Module] = Field(min_length=1)
    kaartensets: list[Deck] = Field(default_factory=list)
    overdenkingen: list[PromptSet] = Field(default_factory=list)
    werkplaten: list[Werkplaat] = Field(default_factory=list)
    casussen: list[Case] = Field(default_factory=list)
    sessies: list[Session] = Field(default_factory=list)
    trajecten: list[Traject] = Field(default_factory=list)
    werkwijzen: BlockInstructions | None = Field(default=None, description="Wat je doet in een blok met ander materiaal.")
    terugblik: LookBack | None = Field(default=None, description=(
        "De terugblik op de afspraken van de vorige keer: het blok na het welkom, vanaf de tweede bijeenkomst van een traject."))
    veiligheid: SafetyFrame | None = Field(default=None, description=(
        "De groepsafspraken voor elke bijeenkomst, op de pagina Veilig werken en op elke print voor de begeleider."))
    zoekwoorden: list[SearchSynonym] = Field(default_factory=list, description=(
        "Zoeken in de taal van de lezer: wie een woord uit 'lezers' typt, vindt ook de pagina's met het woord uit 'site'."))

    @model_validator(mode="after")
    def _one_meaning_per_search_word(self) -> "LearningData":
        # A reader's word that leads to two site words, or is a site word itself, makes the table ambiguous.
        seen: dict[str, str] = {}
        sites = [entry.site for entry in self.zoekwoorden]
        for site in sites:
            if sites.count(site) > 1:
                raise ValueError(f"zoekwoorden: het woord '{site}' onder 'site' staat er meer dan één keer in; "
                                 f"zet alle woorden van lezers ervoor bij elkaar onder één 'site: {site}'.")
        for entry in self.zoekwoorden:
            for word in entry.lezers:
                if word in seen or word in sites:
                    raise ValueError(f"zoekwoorden: '{word}' staat er meer dan één keer in; "
                                     f"een woord van een lezer mag maar naar één woord van de site leiden.")
                seen[word] = entry.site
        return self


def json_schema() -> dict:
    """The JSON Schema of the data file, as editors read it."""
    schema = LearningData.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Leermateriaal: modules, kaartjes, overdenkingen en werkplaten"
    return schema
