/* The live view's page (begeleiden.md): the site's parts, then the live view. */
import "./site.js";
import "../begeleiden.js";
