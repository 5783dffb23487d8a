/* The planner's data for the node tests that need a small catalogue: one card, case, prompt and werkplaat,
   and one ready plan. The rules (minutes, longest stretch) come from planner-rules.js, not from here. */
export default function plannerData(modules = [{ id: "alfa", nummer: 1, titel: "Alfa" }]) {
  return {
    phases: ["openen", "verkennen", "verdiepen", "afspreken", "afsluiten"].map((id) => ({ id, label: id })),
    modules,
    cards: [{ id: "aa-01", module: "alfa", deck: "aa", soort: "denk", titel: "Een", tekst: "T", fasen: ["verkennen"] }],
    cases: [{ id: "aa-c1", module: "alfa", titel: "Casus", fasen: ["verkennen"] }],
    prompts: [{ id: "aa-o1", module: "alfa", tekst: "Vraag?" }],
    werkplaten: [{ id: "kort", module: "alfa", titel: "Kort", fase: "verdiepen", duur: 45, groep: [4, 12] }],
    sessions: [{ id: "sessie-alfa", module: "alfa", titel: "Alfa", start: "13:30", duur: 120, blokken: [
      { soort: "casus", ids: ["aa-c1"], minuten: 15, fase: "openen", titel: "", tekst: "" },
      { soort: "werkplaat", ids: ["kort"], minuten: null, fase: null, titel: "", tekst: "" }] }],
  };
}
