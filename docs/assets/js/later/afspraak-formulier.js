/* The "Dit ga ik doen" form (afspraak-formulier.js), fetched on a doekaartje button's first click (afspraak.js). */
import { build } from "../afspraak-formulier.js";
import { provide } from "../lv/later.js";

provide("afspraak-formulier", { build: build });
