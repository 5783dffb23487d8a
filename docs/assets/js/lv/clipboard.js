/* The shared front-end layer, part 4: copying a link or a text for e-mail or WhatsApp.
   The modern clipboard needs a secure context and permission; from file:// or an old browser it may
   refuse. Then the text is selected in its field and copied the old way, and if even that fails the
   reader is told to press Ctrl+C. The result always carries a Dutch message for a status line. */

var DONE = "Gekopieerd. Plak het in je e-mail of WhatsApp.";
var FAILED = "Kopiëren lukte niet. Selecteer de tekst en kopieer hem met Ctrl+C.";

function selectAndCopy(field) {
  if (!field) return { ok: false, message: FAILED };
  field.focus();
  if (typeof field.select === "function") field.select();
  try {
    return document.execCommand("copy") ? { ok: true, message: DONE } : { ok: false, message: FAILED };
  } catch (error) {
    return { ok: false, message: FAILED };
  }
}

/* Copies text; field (an input or textarea holding the same text) is the fallback. Returns a Promise
   of {ok, message}, and never rejects. */
function copy(text, field) {
  if (navigator.clipboard && globalThis.isSecureContext) {
    return navigator.clipboard.writeText(text).then(
      function () { return { ok: true, message: DONE }; },
      function () { return selectAndCopy(field); });
  }
  return Promise.resolve(selectAndCopy(field));
}

export default { copy: copy };
