/* The shared front-end layer, part 5: a QR code for a link, as a matrix of modules and as SVG elements.
   It wraps the vendored qrcode-generator 2.0.4 (npm, MIT; docs/assets/vendor/), so no page asks a
   CDN or an API for a picture. The library can return an SVG string, but a string would have to be
   parsed as markup; here the SVG is built element by element, so no text can become code.
   lv/qr-download.js makes the PNG and SVG files from the same matrix. */
import qrcode from "../../vendor/qrcode-generator-2.0.4.js";

var SVG = "http://www.w3.org/2000/svg";
// The standard's quiet zone: four light modules on every side. Less, and a phone may not find the code
// on a dark page or a busy slide.
var QUIET = 4;
// Error correction, chosen per use. A tool's link (a plan, a set of cards) is long, and its code is shown
// on a screen or a slide, or printed fresh on an invitation: level L (7 % may be lost) gives the fewest
// modules, so each module is larger at the same size, which helps a phone more than repair does.
// A short link printed on a card that is carried around for weeks (the agreement card) keeps M (15 %).
var LEVELS = { link: "L", card: "M" };
// A link that ends in a long run of digits (the own cards' QR form, see eigen-kaartjes-link.js) puts those
// digits in numeric mode: 10 bits for 3 digits instead of 8 bits a character. Shorter runs are not worth
// the second segment's header.
var DIGIT_RUN = 24;
// The largest code a tool shows: 89 modules a side (version 18). Shown 10 to 12 rem wide that is 2 pixels a
// module or more, and printed 2 cm wide 0.2 mm; a larger code reads on no phone, so the tool offers the link
// instead (tests/test_browser_qr.py reads every tool's code at both sizes).
var MOST_MODULES = 89;

/* The modules of text's QR code, { count, dark(row, col) }, or null when the library is missing or the
   text is too long for a QR code that a phone can read. level: "link" (the default) or "card". */
function matrix(text, level) {
  var make = qrcode;
  if (typeof make !== "function") return null;
  if (make.stringToBytesFuncs && make.stringToBytesFuncs["UTF-8"]) {
    make.stringToBytes = make.stringToBytesFuncs["UTF-8"];
  }
  var value = String(text), run = new RegExp("^(.*?)(\\d{" + DIGIT_RUN + ",})$").exec(value);
  var code;
  try {
    code = make(0, LEVELS[level] || LEVELS.link);
    if (run) {
      if (run[1]) code.addData(run[1], "Byte");
      code.addData(run[2], "Numeric");
    } else {
      code.addData(value, "Byte");
    }
    code.make();
  } catch (error) {
    return null;  // "code length overflow": more than a QR code holds
  }
  if (code.getModuleCount() > MOST_MODULES) return null;
  return { count: code.getModuleCount(), dark: function (row, col) { return code.isDark(row, col); } };
}

/* The dark modules as one SVG path, a rectangle per run of dark modules in a row, shifted by the quiet zone. */
function path(modules) {
  var out = [];
  for (var row = 0; row < modules.count; row += 1) {
    for (var col = 0; col < modules.count; col += 1) {
      if (!modules.dark(row, col)) continue;
      var start = col;
      while (col + 1 < modules.count && modules.dark(row, col + 1)) col += 1;
      out.push("M" + (start + QUIET) + "," + (row + QUIET) + "h" + (col - start + 1) + "v1h-" + (col - start + 1) + "z");
    }
  }
  return out.join("");
}

/* The side of the whole picture in modules: the code and its quiet zone. */
function side(modules) { return modules.count + 2 * QUIET; }

/* An <svg> of modules with alt as its accessible name. */
function element(modules, alt) {
  var size = side(modules);
  var node = document.createElementNS(SVG, "svg");
  node.setAttribute("viewBox", "0 0 " + size + " " + size);
  node.setAttribute("role", "img");
  node.setAttribute("shape-rendering", "crispEdges");
  var title = document.createElementNS(SVG, "title");
  title.textContent = alt || "QR-code";
  node.appendChild(title);
  node.setAttribute("aria-label", alt || "QR-code");
  var back = document.createElementNS(SVG, "rect");
  back.setAttribute("width", String(size));
  back.setAttribute("height", String(size));
  back.setAttribute("fill", "#ffffff");
  node.appendChild(back);
  var dark = document.createElementNS(SVG, "path");
  dark.setAttribute("d", path(modules));
  dark.setAttribute("fill", "#000000");
  node.appendChild(dark);
  return node;
}

/* An <svg> with the QR code of text and alt as its accessible name, or null when the text is too long. */
function svg(text, alt, level) {
  var modules = matrix(text, level);
  return modules ? element(modules, alt) : null;
}

export default { svg: svg, matrix: matrix, element: element, path: path, side: side, QUIET: QUIET, LEVELS: LEVELS, MOST_MODULES: MOST_MODULES };
