/* Eigen kaartjes: a card as a 1200 x 630 PNG, drawn in the browser like the build draws the site's cards
   (macros/assets.py, card_image): the same layout, sizes and colours, and the same committed font,
   Liberation Sans, loaded from assets/fonts/ by eigen-kaartjes.css. Also the zip of all images.
   Keep the numbers here in step with card_image; the colours and sizes come from macros/design.py. */
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

function drawLines(ctx, block, bold, x, y, colour, leading) {
  ctx.font = font(block.size, bold);
  ctx.fillStyle = colour;
  ctx.textBaseline = "alphabetic";
  ctx.textAlign = "left";
  block.lines.forEach(function (line) {
    ctx.fillText(line, x, y + ASCENT * block.size);
    y += Math.floor(block.size * leading);
  });
  return y;
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

/* card: {soort, titel, tekst}; info: {design, deckTitle, number, total, siteName, siteAddress, plainText}. */
function drawCard(card, info) {
  var design = info.design, kind = design.kinds[card.soort];
  var width = design.image.width, height = design.image.height;
  var canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  var ctx = canvas.getContext("2d");
  ctx.fillStyle = kind.colour;
  ctx.fillRect(0, 0, width, height);
  roundedRect(ctx, 40, 40, width - 80, height - 80, 28);
  ctx.fillStyle = design.paper;
  ctx.fill();
  // The kind is a word and a symbol in a circle or a square, so it reads without colour too.
  // Pillow strokes inside the box (90..150); a canvas stroke is centred on the path, hence 3 px in.
  ctx.strokeStyle = kind.colour;
  ctx.lineWidth = 6;
  if (card.soort === "denk") {
    ctx.beginPath();
    ctx.arc(120, 114, 27, 0, 2 * Math.PI);
  } else {
    roundedRect(ctx, 93, 87, 54, 54, 5);
  }
  ctx.stroke();
  ctx.fillStyle = kind.colour;
  ctx.textBaseline = "middle";
  ctx.textAlign = "center";
  ctx.font = font(40, true);
  ctx.fillText(kind.symbol, 120, 114);
  ctx.textAlign = "left";
  ctx.font = font(34, true);
  ctx.fillText(kind.label.toUpperCase(), 172, 114);

  var title = fit(ctx, card.titel.trim() || " ", 1020, 2, [62, 54, 48], true);
  var y = drawLines(ctx, title, true, 90, 180, design.ink, 1.2) + 14;
  // The text gets the room left above the footer; a long text gets a smaller size, never an overlap.
  var room = height - 150 - y, text = info.plainText(card.tekst), block;
  [42, 38, 34, 30, 27].some(function (size) {
    block = fit(ctx, text, 1020, Math.max(1, Math.floor(room / (size * 1.3))), [size], false);
    return !/ …$/.test(block.lines[block.lines.length - 1] || "");
  });
  drawLines(ctx, block, false, 90, y, design.ink, 1.3);

  ctx.fillStyle = design.muted;
  ctx.textBaseline = "alphabetic";
  ctx.font = font(26, false);
  ctx.fillText(info.deckTitle + " · kaartje " + info.number + " van " + info.total, 90, height - 118);
  ctx.font = font(26, true);
  ctx.fillText(info.siteAddress, 90, height - 82);
  ctx.textAlign = "right";
  ctx.font = font(22, false);
  ctx.fillText(info.siteName, width - 90, height - 82);
  return canvas;
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

export default { drawCard: drawCard, cardImage: cardImage, imagesZip: imagesZip };
