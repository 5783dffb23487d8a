/* Eigen kaartjes: a card as a 1200 x 630 PNG, drawn in the browser like the build draws the site's cards.
   Both read the one layout, design.CARD_LAYOUT in macros/design.py, which reaches this page in its JSON
   (design.cardLayout): this file is its interpreter for a canvas, as macros/images.py (`paint`) is for
   Pillow, and holds no number of the layout. The font is the same committed Liberation Sans, loaded
   from assets/fonts/ by eigen-kaartjes.css. Also the zip of all images. */
import fflate from "../vendor/fflate-0.8.3.js";

var FAMILY = '"Kaartletter", "Liberation Sans", Arial, sans-serif';
// Pillow draws text from the font's ascender; Liberation Sans's ascender is 0.905 of the size.
var ASCENT = 0.905;

function font(size, bold) {
  return (bold ? "700 " : "400 ") + size + "px " + FAMILY;
}

/* The web font loads only when a card is drawn, so the page itself stays light. */
function fontsReady() {
  if (!document.fonts || !document.fonts.load) return Promise.resolve();
  return Promise.all([document.fonts.load(font(40, true)), document.fonts.load(font(40, false))])
    .catch(function () { return null; });
}

function wrap(ctx, text, width) {
  var lines = [], line = "";
  text.split(/\s+/).filter(Boolean).forEach(function (word) {
    var trial = line ? line + " " + word : word;
    if (ctx.measureText(trial).width <= width || !line) {
      line = trial;
    } else {
      lines.push(line);
      line = word;
    }
  });
  if (line) lines.push(line);
  return lines;
}

/* The largest size at which the text fits in max lines; else the smallest, cut off with " …". */
function fit(ctx, text, width, maxLines, sizes, bold) {
  for (var i = 0; i < sizes.length; i += 1) {
    ctx.font = font(sizes[i], bold);
    var lines = wrap(ctx, text, width);
    if (lines.length <= maxLines) return { size: sizes[i], lines: lines };
  }
  var size = sizes[sizes.length - 1];
  ctx.font = font(size, bold);
  var cut = wrap(ctx, text, width).slice(0, maxLines);
  cut[cut.length - 1] = cut[cut.length - 1].replace(/[.,;:]+$/, "") + " …";
  return { size: size, lines: cut };
}

function roundedRect(ctx, x, y, w, h, r) {
  ctx.beginPath();
  ctx.moveTo(x + r, y);
  ctx.arcTo(x + w, y, x + w, y + h, r);
  ctx.arcTo(x + w, y + h, x, y + h, r);
  ctx.arcTo(x, y + h, x, y, r);
  ctx.arcTo(x, y, x + w, y, r);
  ctx.closePath();
}

// ---------------------------------------------------------------- the layout's interpreter

/* The op's template with the card's fields put in; only the template is searched for {names}. */
function fillIn(op, fields) {
  var text = op.text.replace(/\{(\w+)\}/g, function (all, name) { return String(fields[name]); });
  return op.upper ? text.toUpperCase() : text;
}

/* A wrapped text: the largest size that fits its lines (or the room above bottom), else cut off. */
function flow(ctx, text, op, y) {
  if (op.lines) return fit(ctx, text, op.width, op.lines, op.sizes, op.bold);
  var block = null;
  op.sizes.some(function (size) {
    block = fit(ctx, text, op.width, Math.max(1, Math.floor((op.bottom - y) / (size * op.leading))), [size], op.bold);
    return !/ …$/.test(block.lines[block.lines.length - 1] || "");
  });
  return block;
}

// Pillow's anchors: the first letter places a line sideways, the second in height.
var ALIGN = { l: "left", m: "center", r: "right" };
var BASELINE = { a: "alphabetic", m: "middle", s: "alphabetic" };

function drawText(ctx, text, x, y, size, bold, anchor) {
  ctx.font = font(size, bold);
  ctx.textAlign = ALIGN[anchor[0]];
  ctx.textBaseline = BASELINE[anchor[1]];
  // Pillow's "a" hangs a line from the font's ascender; a canvas has no such baseline.
  var base = anchor[1] === "a" ? y + ASCENT * size : y, box = ctx.measureText(text);
  ctx.fillText(text, x, base);
  return [x - box.actualBoundingBoxLeft, base - box.actualBoundingBoxAscent, x + box.actualBoundingBoxRight,
          base + box.actualBoundingBoxDescent];
}

/* Draw the layout's operations; return where each mark and text went (tests compare with Pillow's). */
function paint(ctx, layout, fields, kind) {
  var placed = [], y = 0;
  layout.ops.forEach(function (op, index) {
    var colour = op.colour === "kind" ? kind.colour : layout.colours[op.colour];
    ctx.fillStyle = colour;
    ctx.strokeStyle = colour;
    if (op.op === "fill") {
      ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    } else if (op.op === "box") {
      roundedRect(ctx, op.box[0], op.box[1], op.box[2] - op.box[0], op.box[3] - op.box[1], op.radius);
      ctx.fill();
    } else if (op.op === "mark") {
      // Pillow draws the line inside the box; a canvas line is centred on its path, so half a line in.
      var half = op.line / 2, b = op.box;
      ctx.lineWidth = op.line;
      if (op.shape[kind.id] === "circle") {
        ctx.beginPath();
        ctx.arc((b[0] + b[2]) / 2, (b[1] + b[3]) / 2, (b[2] - b[0]) / 2 - half, 0, 2 * Math.PI);
      } else {
        roundedRect(ctx, b[0] + half, b[1] + half, b[2] - b[0] - op.line, b[3] - b[1] - op.line, op.radius - half);
      }
      ctx.stroke();
      placed.push({ op: index, box: b.slice() });
    } else if (op.op === "text") {
      placed.push({ op: index, box: drawText(ctx, fillIn(op, fields), op.at[0], op.at[1], op.size, op.bold, op.anchor) });
    } else if (op.op === "flow") {
      if (typeof op.y === "number") y = op.y;
      var block = flow(ctx, fillIn(op, fields), op, y), top = y;
      block.lines.forEach(function (line) {
        drawText(ctx, line, op.x, y, block.size, op.bold, "la");
        y += Math.floor(block.size * op.leading);
      });
      placed.push({ op: index, y: top, size: block.size, lines: block.lines, box: [op.x, top, op.x + op.width, y] });
      y += op.gap || 0;
    }
  });
  return placed;
}

/* card: {soort, titel, tekst}; info: {design, deckTitle, number, total, siteName, siteAddress, plainText}.
   Returns the canvas and where each part went. */
function render(card, info) {
  var design = info.design, kind = design.kinds[card.soort];
  var canvas = document.createElement("canvas");
  canvas.width = design.image.width;
  canvas.height = design.image.height;
  var fields = { title: card.titel.trim() || " ", text: info.plainText(card.tekst), symbol: kind.symbol,
                 label: kind.label, deck: info.deckTitle, number: info.number, total: info.total,
                 address: info.siteAddress, site: info.siteName };
  var placed = paint(canvas.getContext("2d"), design.cardLayout, fields, kind);
  return { canvas: canvas, placed: placed };
}

function drawCard(card, info) {
  return render(card, info).canvas;
}

function toBlob(canvas) {
  return new Promise(function (resolve, reject) {
    canvas.toBlob(function (blob) {
      if (blob) resolve(blob); else reject(new Error("Het plaatje kon niet gemaakt worden."));
    }, "image/png");
  });
}

/* One PNG, after the font has loaded. */
function cardImage(card, info) {
  return fontsReady().then(function () { return toBlob(drawCard(card, info)); });
}

/* All images in one zip (PNG is already compressed, so the zip only stores them). */
function imagesZip(items, info) {
  return fontsReady().then(function () {
    return Promise.all(items.map(function (item) {
      return toBlob(drawCard(item.card, Object.assign({}, info, { number: item.number })))
        .then(function (blob) { return blob.arrayBuffer(); })
        .then(function (buffer) { return [item.name, new Uint8Array(buffer)]; });
    }));
  }).then(function (files) {
    var entries = {};
    files.forEach(function (file) { entries[file[0]] = [file[1], { level: 0 }]; });
    return new Blob([fflate.zipSync(entries)], { type: "application/zip" });
  });
}

export default { drawCard: drawCard, render: render, fontsReady: fontsReady, cardImage: cardImage, imagesZip: imagesZip };
