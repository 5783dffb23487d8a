/* The invitation builder and the selection page: the site's parts, then the invitation. */
import "./site.js";
import "../uitnodiging.js";
