/* The shared front-end layer, part 4: copying a link or a text for e-mail or WhatsApp.
   The modern clipboard needs a secure context and permission; from file:// or an old browser it may
   refuse. Then the text is selected in its field and copied the old way, and if even that fails the
   reader is told to press Ctrl+C. The result always carries a Dutch message for a status line. */

var DONE = "Gekopieerd.";
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

/* Every copy button under root: a button with the attribute attr copies the field whose id is the
   attribute's value. How it went is said beside the button itself, in a status line (role=status) made
   once, so screen readers announce it and a reader sees it where they tapped. The words fit the button:
   its data-lv-copied says what to do with the copy. */
function wire(root, attr) {
  root.querySelectorAll("[" + attr + "]").forEach(function (button) {
    var status = document.createElement("span");
    status.className = "lv-copy__status";
    status.setAttribute("role", "status");
    button.after(status);
    button.addEventListener("click", function () {
      var field = /** @type {HTMLInputElement} */ (document.getElementById(button.getAttribute(attr)));
      copy(field.value, field).then(function (result) {
        status.textContent = result.ok ? button.getAttribute("data-lv-copied") || DONE : result.message;
      });
    });
  });
}

export default { copy: copy, wire: wire };
