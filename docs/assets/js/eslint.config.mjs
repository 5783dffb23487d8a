/* ESLint for the site's ES modules (docs/assets/js/). Its main job: text never becomes markup, so the
   properties and calls that parse a string as HTML are banned, whatever object they are on. */
const markup = ["innerHTML", "outerHTML", "insertAdjacentHTML", "createContextualFragment"];
const why = "Tekst wordt nooit markup: gebruik textContent of kloon een <template> van de build.";

export default [
  {
    files: ["**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module" },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "no-restricted-properties": ["error", ...markup.map((property) => ({ property, message: why })),
        { object: "document", property: "write", message: why }, { object: "document", property: "writeln", message: why }],
      "no-restricted-syntax": ["error",
        // The same names written as obj["innerHTML"], which no-restricted-properties does not see.
        { selector: `MemberExpression[computed=true] > Literal[value=/^(${markup.join("|")})$/]`, message: why },
        { selector: "NewExpression[callee.name='DOMParser']", message: why },
        { selector: "ImportExpression", message: "Geen dynamische import: de bundel is één klassiek script." }],
      "no-restricted-globals": ["error", { name: "eval", message: why }],
      "no-implied-eval": "error",
      "no-new-func": "error",
      "no-unused-vars": ["error", { args: "none", caughtErrors: "none" }],
      "no-redeclare": "error",
      "no-dupe-keys": "error",
      "no-unreachable": "error",
    },
  },
];
