/* Every page: the card filter, the print buttons, and an answer field under every prompt and
   denkkaartje. The page kinds below start with this, so a page loads one bundle of ours. */
import "../kaartfilter.js";
import "../printen.js";
import "../antwoorden.js";
import "../afspraak.js";
import "../kaartje-van-de-week.js";
import "../nieuwe-versie.js";
import "../weergave.js";
import "../kop-titels.js";
