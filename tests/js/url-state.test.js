// The address codec of the shared layer: versions, old links, damaged values, and a round trip.
const test = require("node:test");
const assert = require("node:assert/strict");
const { codec, LinkError } = require("../../docs/assets/lv/url-state.js");

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
  assert.ok(query.startsWith("v=1&m=keten&k=kt-01&t=09%3A30&p="), query);
  assert.ok(!query.includes("d="));
  assert.deepEqual(invitation.read(query).value, state);
});

test("a link from a newer site is refused with a Dutch reason", () => {
  assert.throws(() => invitation.read("v=2&m=keten"), (error) => error.name === "LinkError" && error.code === "versie"
    && /nieuwere versie/.test(error.message));
});

test("a damaged version is refused as damaged", () => {
  assert.throws(() => invitation.read("v=1x&m=keten"), (error) => error.code === "kapot" && /beschadigd/.test(error.message));
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
