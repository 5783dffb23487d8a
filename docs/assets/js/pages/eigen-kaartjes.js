/* The own-cards maker's page (eigen-kaartjes.md): the site's parts, then the maker. */
import "./site.js";
import "../eigen-kaartjes.js";
