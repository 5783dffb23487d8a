"""Session outlines for trainers: a ready plan of two to three hours per module, from its own material."""
from __future__ import annotations

from markupsafe import Markup

from . import addresses
from .errors import lookup
from .loader import Catalog
from .templating import render_template


SESSION_BUDGET = 170  # minutes: a part of a day, with a break, stays under three hours


def _clock(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


def session_blocks(catalog: Catalog, module_id: str, start: int = 13 * 60 + 30) -> tuple[list[dict], list]:
    """A ready outline for a session of two to three hours, from the module's own material."""
    module = lookup(catalog.modules, "module", module_id)
    cards = [card for deck in catalog.decks_of(module_id) for card in deck.kaarten]
    denk = [card for card in cards if card.soort == "denk"]
    doe = [card for card in cards if card.soort == "doe"]
    prompts = catalog.prompts.get(module_id, [])
    blocks: list[tuple[int, str, str]] = [
        (10, "Welkom", f"Vertel het doel van de middag: {module.beschrijving}"),
        (15, "Kennismaken met een kaartje",
         f"Leg de {len(denk)} denkkaartjes open op tafel. Ieder kiest er één en vertelt in een minuut waarom."),
        (20, "De kern", f"Loop samen de kern van module {module.nummer} door. Vraag na elk kopje: "
                        "waar herken je dit in je eigen werk?"),
    ]
    used = sum(minutes for minutes, _, _ in blocks) + 15 + 15 + 15 + 10  # break, prompts, doe, closing
    chosen, spare = [], []
    for werkplaat in catalog.werkplaten_of(module_id):
        if used + werkplaat.duur_minuten <= SESSION_BUDGET or not chosen:
            chosen.append(werkplaat)
            used += werkplaat.duur_minuten
        else:
            spare.append(werkplaat)
    for index, werkplaat in enumerate(chosen):
        blocks.append((werkplaat.duur_minuten, f"Werkplaat: {werkplaat.titel}", werkplaat.doel))
        if index == 0:
            blocks.append((15, "Pauze", "Even weg van tafel."))
    if not chosen:
        blocks.append((15, "Pauze", "Even weg van tafel."))
    if prompts:
        blocks.append((15, "Ter overdenking", f"Kies twee van de {len(prompts)} vragen. Schrijf vijf minuten "
                                              "voor jezelf, en bespreek daarna in tweetallen wat je opviel."))
    if doe:
        blocks.append((15, "Doekaartje voor deze week",
                       f"Ieder kiest een van de {len(doe)} doekaartjes en zegt hardop wanneer hij het gaat doen."))
    blocks.append((10, "Afsluiting", "Lees samen de kernpunten. Spreek af wanneer je terugkijkt op de doekaartjes."))
    rows, clock = [], start
    for minutes, title, text in blocks:
        rows.append({"start": _clock(clock), "end": _clock(clock + minutes), "title": title, "text": text,
                     "minutes": minutes})
        clock += minutes
    return rows, spare


def render_session(catalog: Catalog, module_id: str, current_url: str) -> Markup:
    module = lookup(catalog.modules, "module", module_id)
    rows, spare = session_blocks(catalog, module_id)
    module_url = addresses.relative_url(current_url, addresses.page_url(module.pagina))
    return render_template("session.html", module=module, blocks=rows, total=sum(row["minutes"] for row in rows),
                   spare=[{"titel": w.titel, "duur_minuten": w.duur_minuten,
                           "url": f"{module_url}#werkplaat-{w.id}"} for w in spare])


def render_sessions(catalog: Catalog, current_url: str) -> Markup:
    modules = sorted(catalog.data.modules, key=lambda module: module.nummer)
    return Markup("\n").join(render_session(catalog, module.id, current_url) for module in modules)
