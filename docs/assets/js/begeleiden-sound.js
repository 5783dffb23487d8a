/* Begeleiden: the soft chime at the end of a step, and keeping the screen on.
   The chime is made with Web Audio (two soft sine tones that fade out), so there is no sound file to
   load. Browsers only allow sound after a click or a key, so the AudioContext is made on the first
   action of the begeleider (prepare), and the chime is played later from the same context. */

function create() {
  var context = null, lock = null;

  /* Called from a click or key: makes (or wakes) the AudioContext while the browser allows it. */
  function prepare() {
    var Audio = globalThis.AudioContext || globalThis.webkitAudioContext;
    if (!Audio) return false;
    try {
      if (!context) context = new Audio();
      if (context.state === "suspended" && context.resume) context.resume();
      return true;
    } catch (error) {
      return false;
    }
  }

  /* Two tones, a sixth apart, each fading out in a second and a half: heard, never startling. */
  function chime() {
    if (!context && !prepare()) return false;
    var now = context.currentTime;
    [660, 880].forEach(function (frequency, index) {
      var tone = context.createOscillator(), volume = context.createGain(), at = now + index * 0.35;
      tone.type = "sine";
      tone.frequency.setValueAtTime(frequency, at);
      volume.gain.setValueAtTime(0.0001, at);
      volume.gain.exponentialRampToValueAtTime(0.2, at + 0.05);
      volume.gain.exponentialRampToValueAtTime(0.0001, at + 1.5);
      tone.connect(volume);
      volume.connect(context.destination);
      tone.start(at);
      tone.stop(at + 1.6);
    });
    return true;
  }

  /* Asks the browser to keep the screen on. Resolves to a Dutch sentence that says what happened. */
  function keepAwake() {
    var api = globalThis.navigator && globalThis.navigator.wakeLock;
    if (!api || typeof api.request !== "function") {
      return Promise.resolve("Deze browser kan het scherm niet aan houden. Zet de slaapstand van je laptop zelf uit.");
    }
    if (lock && !lock.released) return Promise.resolve("Het scherm blijft aan zolang deze pagina open is.");
    return api.request("screen").then(function (got) {
      lock = got;
      return "Het scherm blijft aan zolang deze pagina open is.";
    }, function () {
      return "Het scherm aan houden lukt nu niet, bijvoorbeeld omdat de batterij bijna leeg is. Let zelf op de slaapstand.";
    });
  }

  return { prepare: prepare, chime: chime, keepAwake: keepAwake };
}

export default { create: create };
