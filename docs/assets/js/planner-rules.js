/* Made by `make bundles` from macros/session_rules.py (RULES); change the rules there, not here. */
export default {
  "phases": [
    "openen",
    "verkennen",
    "verdiepen",
    "afspreken",
    "afsluiten"
  ],
  "longest": 90,
  "pauses": [
    "pauze"
  ],
  "minutes": {
    "kaartjes": 10,
    "casus": 20,
    "overdenking": 20,
    "pauze": 10,
    "vrij": 10
  },
  "kindPhase": {
    "overdenking": "verdiepen",
    "terugblik": "openen"
  },
  "emptyPhase": {
    "pauze": "verdiepen"
  },
  "otherPhase": "verkennen",
  "cardPhases": {
    "denk": [
      "verkennen",
      "verdiepen"
    ],
    "doe": [
      "afspreken",
      "afsluiten"
    ]
  }
};
