// The address codec of the shared layer: versions, old links, damaged values, and a round trip.
import test from "node:test";
import assert from "node:assert/strict";
import urlStateApi from "../../docs/assets/js/lv/url-state.js";
const { codec, LinkError } = urlStateApi;

const invitation = codec({ version: 1, fields: { m: "id", k: "ids", d: "date", t: "time", p: "text" } });

test("a link from before v= existed reads as version 1", () => {
  const { value, problems, version } = invitation.read("?m=wat-is-vertrouwen&k=wv-01,wv-02&d=2026-12-03&t=14:00&p=Zaal%202");
  assert.equal(version, 1);
  assert.deepEqual(problems, []);
  assert.deepEqual(value, { m: "wat-is-vertrouwen", k: ["wv-01", "wv-02"], d: "2026-12-03", t: "14:00", p: "Zaal 2" });
});

test("writing puts the version first and leaves empty fields out, and reads back the same", () => {
  const state = { m: "keten", k: ["kt-01"], d: "", t: "09:30", p: "De Brug & co" };
  const query = invitation.write(state);
  assert.ok(query.startsWith("v=1&m=keten&k=kt-01&t=09:30&p="), query);
  assert.ok(!query.includes("d="));
  assert.deepEqual(invitation.read(query).value, state);
});

test("commas, colons and slashes stay as they are, except at a value's end; the escaped links of before read the same", () => {
  const state = { m: "keten", k: ["kt-01", "kt-02"], d: "2026-12-03", t: "14:00", p: "Zaal 2, 1/2 boven," };
  const query = invitation.write(state);
  assert.equal(query, "v=1&m=keten&k=kt-01,kt-02&d=2026-12-03&t=14:00&p=Zaal+2,+1/2+boven%2C");
  assert.deepEqual(invitation.read(query).value, state);
  const before = "v=1&m=keten&k=kt-01%2Ckt-02&d=2026-12-03&t=14%3A00&p=Zaal+2%2C+1%2F2+boven%2C";
  assert.deepEqual(invitation.read(before).value, state);
});

test("a link from a newer site is refused with a Dutch reason", () => {
  assert.throws(() => invitation.read("v=2&m=keten"), (error) => error.name === "StateError" && error.code === "nieuwer"
    && /nieuwere versie/.test(error.message));
});

test("a damaged version is refused as damaged", () => {
  assert.throws(() => invitation.read("v=1x&m=keten"), (error) => error.code === "beschadigd" && /beschadigd/.test(error.message));
});

test("an impossible date or time is dropped and named, the rest stays", () => {
  const { value, problems } = invitation.read("m=keten&d=2026-02-31&t=25:00");
  assert.equal(value.m, "keten");
  assert.equal(value.d, "");
  assert.equal(value.t, "");
  assert.equal(problems.length, 2);
  assert.match(problems[0], /datum/);
  assert.match(problems[1], /tijd/);
});

test("odd ids are kept literally, so the page can name them as missing", () => {
  const { value } = invitation.read("m=" + encodeURIComponent('"><img src=x>') + "&k=" + encodeURIComponent("<svg>,wv-01,,"));
  assert.equal(value.m, '"><img src=x>');
  assert.deepEqual(value.k, ["<svg>", "wv-01"]);
});

test("a very long text is cut and says so", () => {
  const { value, problems } = invitation.read("p=" + "a".repeat(500));
  assert.equal(value.p.length, 200);
  assert.match(problems[0], /afgekapt/);
});

test("a codec cannot claim v for itself or use an unknown type", () => {
  assert.throws(() => codec({ version: 1, fields: { v: "id" } }));
  assert.throws(() => codec({ version: 1, fields: { x: "kleur" } }));
  assert.ok(LinkError("kapot", "x") instanceof Error);
});

// ---------------------------------------------------------------- crafted links (issue 18)
import urlState from "../../docs/assets/js/lv/url-state.js";

test("finding 7: 5,000 repeats of an id read as one id, and many ids are capped with a message", () => {
  const repeats = invitation.read("m=keten&k=" + Array(1500).fill("kt-01").join(","));
  assert.deepEqual(repeats.value.k, ["kt-01"]);
  assert.deepEqual(repeats.problems, []);
  const bomb = invitation.read("m=keten&k=" + Array(5000).fill("kt-01").join(","));
  assert.ok(bomb.value.k.length <= 2 && bomb.value.k[0] === "kt-01", bomb.value.k.join());
  const many = invitation.read("m=keten&k=" + Array.from({ length: 500 }, (_, i) => "kt-" + i).join(","));
  assert.equal(many.value.k.length, urlState.IDS_LIMIT);
  assert.match(many.problems[0], /meer dan 50 onderdelen/);
});

test("finding 7: a link longer than any the site makes is read up to its limit, and says so", () => {
  const { value, problems } = invitation.read("m=keten&p=" + "a".repeat(50000));
  assert.equal(value.m, "keten");
  assert.match(problems[0], /veel langer dan de site ooit maakt/);
});

test("finding 11: dates that do not exist are no dates, in the codec and in isDate", () => {
  for (const d of ["2026-02-31", "0000-00-00", "0000-01-01", "2026-00-10", "20260-1-01"]) {
    assert.equal(urlState.isDate(d), false, d);
    assert.equal(invitation.read("m=keten&d=" + d).value.d, "", d);
  }
  assert.equal(urlState.isDate("2028-02-29"), true);
  assert.equal(urlState.isTime("23:59"), true);
  assert.equal(urlState.isTime("24:00"), false);
});

test("finding 12: text from a link is one line without control, bidi or zero-width characters", () => {
  const raw = "Wijkcentrum\r\nDe Brug\u2028\u202eLINK\u202c \u2066x\u2069\u200e\u200f\u200b\u0007\u0085 zaal\t2";
  const clean = urlState.cleanText(raw, 200);
  assert.equal(clean.value, "Wijkcentrum De Brug LINK x zaal 2");
  assert.equal(clean.hidden, true);
  const { value, problems } = invitation.read("m=keten&p=" + encodeURIComponent(raw));
  assert.equal(value.p, "Wijkcentrum De Brug LINK x zaal 2");
  assert.match(problems[0], /onzichtbare tekens/);
  assert.equal(urlState.cleanText("😀".repeat(10), 5).value, "😀".repeat(5), "whole characters, never half an emoji");
});

test("finding 13: v=01, v=-1, v=abc and an empty v= are damaged; only a higher number is newer", () => {
  for (const v of ["01", "-1", "abc", "", "1.5", "0"]) {
    assert.throws(() => invitation.read(`v=${v}&m=keten`), (error) => error.code === "beschadigd" && /beschadigd/.test(error.message), v);
  }
  assert.throws(() => invitation.read("v=2&m=keten"), (error) => error.code === "nieuwer");
  assert.equal(urlState.readVersion(null, 1), 1, "no v is version 1");
  assert.equal(invitation.read("v=1&m=keten").version, 1);
});

test("finding 8: ids named after Object's own keys are plain strings in the codec", () => {
  const { value } = invitation.read("m=constructor&k=__proto__,toString");
  assert.equal(value.m, "constructor");
  assert.deepEqual(value.k, ["__proto__", "toString"]);
  assert.equal(Object.getPrototypeOf(value), Object.prototype, "no pollution of the state object");
});

test("the planner's block grammar is a field type of the codec: read gives the blocks and where reading stopped", () => {
  const blocks = urlStateApi.TYPES.blocks;
  const read = blocks.read("Wgw-01M45F2Khz-01.hz-02P");
  assert.deepEqual(read.value, [{ letter: "W", ids: ["gw-01"], minutes: "45", phase: "2" },
                                { letter: "K", ids: ["hz-01", "hz-02"], minutes: null, phase: null },
                                { letter: "P", ids: [""], minutes: null, phase: null }]);
  assert.equal(read.rest, 24);
  assert.equal(blocks.write(read.value), "Wgw-01M45F2Khz-01.hz-02P");
  assert.deepEqual(blocks.read("Wx!!K"), { value: [{ letter: "W", ids: ["x"], minutes: null, phase: null }], rest: 2 });
  assert.deepEqual(blocks.read("Wa.bM999F9").rest, 8);
  assert.deepEqual(blocks.read(""), { value: [], rest: 0 });
});
