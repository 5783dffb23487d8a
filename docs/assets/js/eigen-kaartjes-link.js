/* Eigen kaartjes: the share link's packing, without any DOM. A deck's JSON travels after '#set=' as
   "<format>.<zlib, base64url>", or in its QR code as "<format>-<the same bytes as digits>". A link comes
   from anyone, so reading one is guarded three ways:
   - its length is capped before anything is decoded (the maker never writes more than limits.linkChars);
   - inflating runs in small steps and stops as soon as the output passes a cap, so a zip bomb of a
     few kilobytes cannot grow into gigabytes of memory;
   - the zlib checksum (adler32) is computed and compared here, because fflate's unzlib skips it; a
     damaged link then fails loudly instead of opening with changed cards.
   Every failure is a LinkError with a code and a Dutch message. Runs in the browser (classic script,
   also from file://) and in Node for the tests (tests/js/own-cards-link.test.js). */
import { SCHEMAS, StateError, message, readVersion } from "./lv/state.js";
import fflate from "../vendor/fflate-0.8.3.js";

// The first part of a link says how the rest is written. A newer site reads old links;
// an older site says plainly that a link is too new, instead of showing nonsense.
var FORMAT = String(SCHEMAS.ownCardsLink.current);
var HASH = "#set=";
// The maker writes at most 8,000 characters (macros/own_cards.py); twice that leaves room for a
// link a chat app wrapped or escaped, and still keeps decoding cheap.
var MAX_CHARS = 16000;
// Forty cards with texts four times too long, every character escaped, stay far below this.
var MAX_BYTES = 1024 * 1024;
// Inflating this much input at a time yields at most about 260 KB, so the cap is never passed by much.
var STEP = 256;

var MESSAGES = {
  kapot: "Deze link is beschadigd of niet compleet. Vaak valt het laatste stuk weg bij het kopiëren. " +
    "Vraag de afzender om de link opnieuw te sturen, of kopieer hem nog eens helemaal.",
  versie: message("nieuwer", "link"),
  "te-lang": "Deze link is veel langer dan de kaartjesmaker ooit maakt. Daarom openen we hem niet. " +
    "Vraag de afzender om de kaartjes als bestand te sturen.",
  "te-groot": "In deze link zit veel meer tekst dan in een set kaartjes past. Daarom openen we hem niet. " +
    "Vraag de afzender om de kaartjes als bestand te sturen."
};

/* A StateError (lv/state.js) with this format's Dutch message for code. */
function LinkError(code) {
  return StateError(code, MESSAGES[code]);
}

// ------------------------------------------------------------------ base64url

function toBase64Url(bytes) {
  var binary = "";
  for (var i = 0; i < bytes.length; i += 1) binary += String.fromCharCode(bytes[i]);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(value) {
  // One character over a multiple of four can hold no byte: a cut-off link, never one we wrote.
  if (value.length % 4 === 1) throw LinkError("kapot");
  var binary = atob(value.replace(/-/g, "+").replace(/_/g, "/"));
  var bytes = new Uint8Array(binary.length);
  for (var i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// ------------------------------------------------------------------ digits, for the QR code

// The same bytes as decimal digits, five for every two bytes (three for a last odd byte): "<format>-<digits>".
// A QR code holds digits in numeric mode at 3.3 bits each, against 8 bits for each base64 character that
// carries 6, so the code of a set has about a fifth fewer bits and fewer, larger modules (lv/qr.js).
// Only the QR code uses this form; the link to copy stays base64, which is half as long to read.
function toDigits(bytes) {
  var out = "";
  for (var i = 0; i < bytes.length; i += 2) {
    out += i + 1 < bytes.length ? String(bytes[i] * 256 + bytes[i + 1]).padStart(5, "0") : String(bytes[i]).padStart(3, "0");
  }
  return out;
}

function fromDigits(value) {
  var rest = value.length % 5, bytes = new Uint8Array(Math.floor(value.length / 5) * 2 + (rest ? 1 : 0));
  if (rest && rest !== 3) throw LinkError("kapot");
  for (var at = 0, i = 0; at < value.length; at += 5, i += 2) {
    var pair = Number(value.slice(at, at + 5));
    if (value.length - at === 3) {
      if (pair > 255) throw LinkError("kapot");
      bytes[i] = pair;
    } else {
      if (pair > 65535) throw LinkError("kapot");
      bytes[i] = pair >> 8;
      bytes[i + 1] = pair & 255;
    }
  }
  return bytes;
}

/* The QR form of a packed value ("<format>.<base64url>" becomes "<format>-<digits>"). */
function forQr(packed) {
  var dot = packed.indexOf(".");
  return packed.slice(0, dot) + "-" + toDigits(fromBase64Url(packed.slice(dot + 1)));
}

// ------------------------------------------------------------------ zlib with its checksum

function adler32(chunks) {
  var a = 1, b = 0;
  chunks.forEach(function (chunk) {
    for (var i = 0; i < chunk.length; i += 1) {
      a = (a + chunk[i]) % 65521;
      b = (b + a) % 65521;
    }
  });
  return ((b << 16) | a) >>> 0;
}

/* zlib = two header bytes, a deflate stream, and the adler32 of the output (big-endian). */
function unzlib(bytes, maxBytes) {
  if (bytes.length < 7) throw LinkError("kapot");
  var cmf = bytes[0], flg = bytes[1];
  // Method 8 (deflate), a window of at most 32 KB, no preset dictionary, and the header's own check.
  if ((cmf & 15) !== 8 || cmf >> 4 > 7 || (flg & 32) || ((cmf << 8) | flg) % 31) throw LinkError("kapot");
  var body = bytes.subarray(2, bytes.length - 4), tail = bytes.subarray(bytes.length - 4);
  var expected = ((tail[0] << 24) | (tail[1] << 16) | (tail[2] << 8) | tail[3]) >>> 0;
  var chunks = [], size = 0, tooBig = false;
  var inflater = new fflate.Inflate(function (chunk) {
    size += chunk.length;
    if (size > maxBytes) tooBig = true;
    else chunks.push(chunk);
  });
  try {
    for (var at = 0; at < body.length && !tooBig; at += STEP) {
      inflater.push(body.subarray(at, at + STEP), at + STEP >= body.length);
    }
  } catch (error) {
    throw LinkError("kapot");
  }
  if (tooBig) throw LinkError("te-groot");
  if (adler32(chunks) !== expected) throw LinkError("kapot");
  var out = new Uint8Array(size), offset = 0;
  chunks.forEach(function (chunk) { out.set(chunk, offset); offset += chunk.length; });
  return out;
}

// ------------------------------------------------------------------ the link

/* A text (the deck's JSON) as the part after '#set='. */
function pack(text) {
  return FORMAT + "." + toBase64Url(fflate.zlibSync(fflate.strToU8(text), { level: 9 }));
}

/* The text back from "<format>.<data>", or a LinkError. */
function unpack(value, maxBytes) {
  value = typeof value === "string" ? value.trim() : "";
  if (value.length > MAX_CHARS) throw LinkError("te-lang");
  var match = /^([^.-]*)([.-])([A-Za-z0-9_-]+)$/.exec(value);
  if (!match || (match[2] === "-" && !/^\d+$/.test(match[3]))) throw LinkError("kapot");
  // The state layer's one rule decides the version: a higher number is a newer site, anything but a plain
  // whole number damage. A link without "<version>." (or the QR code's "<version>-") was cut or mangled:
  // the format always wrote one.
  try {
    readVersion(match[1], SCHEMAS.ownCardsLink, "link");
  } catch (error) {
    throw LinkError(error.code === "nieuwer" ? "versie" : "kapot");
  }
  var bytes;
  try {
    bytes = match[2] === "-" ? fromDigits(match[3]) : fromBase64Url(match[3]);
  } catch (error) {
    throw LinkError("kapot");
  }
  var out = unzlib(bytes, maxBytes || MAX_BYTES);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(out);
  } catch (error) {
    throw LinkError("kapot");
  }
}

/* The packed part of an address's hash ('#set=…'), or null when the hash holds no set. A chat app
   may have escaped it (%2E); a stray '%' gives the damaged-link message, never "URI malformed". */
function fromHash(hash) {
  if (typeof hash !== "string" || hash.indexOf(HASH) !== 0) return null;
  var raw = hash.slice(HASH.length);
  if (raw.length > 3 * MAX_CHARS) throw LinkError("te-lang");
  try {
    return decodeURIComponent(raw);
  } catch (error) {
    throw LinkError("kapot");
  }
}

export default { pack: pack, unpack: unpack, forQr: forQr, fromHash: fromHash, adler32: adler32, unzlib: unzlib, LinkError: LinkError,
         FORMAT: Number(FORMAT), HASH: HASH, MAX_CHARS: MAX_CHARS, MAX_BYTES: MAX_BYTES, MESSAGES: MESSAGES };
