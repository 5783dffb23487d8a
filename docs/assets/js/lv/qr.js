/* The shared front-end layer, part 5: a QR code for a link, drawn as SVG elements.
   It wraps the vendored qrcode-generator 2.0.4 (npm, MIT; docs/assets/vendor/), so no page asks a
   CDN or an API for a picture. The library can return an SVG string, but a string would have to be
   parsed as markup; here the SVG is built element by element, so no text can become code. */
import qrcode from "../../vendor/qrcode-generator-2.0.4.js";

var SVG = "http://www.w3.org/2000/svg";

/* An <svg> with the QR code of text and alt as its accessible name, or null when the library is
   missing or the text is too long for a QR code. */
function svg(text, alt) {
  var make = qrcode;
  if (typeof make !== "function") return null;
  if (make.stringToBytesFuncs && make.stringToBytesFuncs["UTF-8"]) {
    make.stringToBytes = make.stringToBytesFuncs["UTF-8"];
  }
  var code;
  try {
    code = make(0, "M");
    code.addData(String(text));
    code.make();
  } catch (error) {
    return null;  // "code length overflow": more than a QR code holds
  }
  var count = code.getModuleCount(), margin = 2, size = count + 2 * margin, path = [];
  for (var row = 0; row < count; row += 1) {
    for (var col = 0; col < count; col += 1) {
      if (code.isDark(row, col)) path.push("M" + (col + margin) + "," + (row + margin) + "h1v1h-1z");
    }
  }
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
  dark.setAttribute("d", path.join(""));
  dark.setAttribute("fill", "#000000");
  node.appendChild(dark);
  return node;
}

export default { svg: svg };
