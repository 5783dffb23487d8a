/* The shared front-end layer, part 6: a QR code a tool shows, with two downloads made from the same
   matrix (lv/qr.js). The PNG is for a slide or a chat message, the SVG a real vector for print. Both are
   made in the browser as a Blob with an object URL, so nothing is sent anywhere (the CSP allows blob:).
   The buttons are clones of the template lv-qr-downloads (macros/templates/qr_downloads.html). */
import { dom } from "./core.js";
import qr from "./qr.js";

// Pixels a module in the PNG: at least 10, and at least 600 pixels in all, enough for a full-screen slide.
var PNG_MODULE = 10, PNG_LEAST = 600;

/* The SVG file of modules: one path, the quiet zone, crisp edges. Only numbers go into it, no text. */
function svgFile(modules) {
  var size = qr.side(modules), px = size * PNG_MODULE;
  return '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ' + size + " " + size + '" width="' + px + '" height="' + px +
    '" shape-rendering="crispEdges"><rect width="' + size + '" height="' + size + '" fill="#ffffff"/>' +
    '<path d="' + qr.path(modules) + '" fill="#000000"/></svg>\n';
}

/* The pixels a module gets in the PNG of modules. */
function pngScale(modules) {
  return Math.max(PNG_MODULE, Math.ceil(PNG_LEAST / qr.side(modules)));
}

/* The PNG of modules, drawn on a canvas: a promise of a Blob. */
function pngFile(modules) {
  var scale = pngScale(modules), size = qr.side(modules) * scale;
  var canvas = document.createElement("canvas");
  canvas.width = size;
  canvas.height = size;
  var context = canvas.getContext("2d");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, size, size);
  context.fillStyle = "#000000";
  for (var row = 0; row < modules.count; row += 1) {
    for (var col = 0; col < modules.count; col += 1) {
      if (modules.dark(row, col)) context.fillRect((col + qr.QUIET) * scale, (row + qr.QUIET) * scale, scale, scale);
    }
  }
  return new Promise(function (resolve, reject) {
    canvas.toBlob(function (blob) { if (blob) resolve(blob); else reject(new Error("geen afbeelding")); }, "image/png");
  });
}

/* A file name from a tool's words: lower case, letters, digits and dashes, at most 60 characters. */
function fileName(base) {
  var clean = String(base || "").toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60).replace(/-+$/, "");
  return clean || "qr-code";
}

/* A QR code in slot with its downloads below it, in box (the code's <figure>). options.alt is the code's
   accessible name, options.tooLong the sentence shown when the link is too long (in a <p> with the attributes options.note), options.name() the file
   name without extension (e.g. "qr-plan-2026-12-10"). Returns { show(text) }: draw the code of text. */
function create(box, slot, options) {
  var parts = dom.cloneFirst("lv-qr-downloads"), status = parts.querySelector("[data-lv-qr-status]");
  var modules = null;
  box.appendChild(parts);

  function save(kind) {
    if (!modules) return;
    var name = fileName(options.name()) + "." + kind;
    var made = kind === "svg" ? Promise.resolve(new Blob([svgFile(modules)], { type: "image/svg+xml" })) : pngFile(modules);
    made.then(function (blob) {
      dom.download(name, blob.type, blob);
      status.textContent = "De QR-code staat in je downloads: " + name + ".";
    }).catch(function () {
      status.textContent = "Het bestand lukte niet in deze browser. Maak een schermafbeelding van de QR-code.";
    });
  }

  parts.addEventListener("click", function (event) {
    var button = event.target.closest("[data-lv-qr-save]");
    if (button) save(button.getAttribute("data-lv-qr-save"));
  });

  function show(text) {
    modules = qr.matrix(text);
    status.textContent = "";
    parts.hidden = !modules;
    dom.replace(slot, [modules ? qr.element(modules, options.alt) : dom.el("p", options.note || {}, options.tooLong)]);
  }

  return { show: show };
}

export default { create: create, svgFile: svgFile, pngFile: pngFile, pngScale: pngScale, fileName: fileName };
