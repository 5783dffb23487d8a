/* The notebook's page (mijn-antwoorden.md): the site's parts, then the notebook. */
import "./site.js";
import "../antwoorden-schrift.js";
import "../afspraak-kaart.js";
