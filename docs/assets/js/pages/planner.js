/* The planner's page (plannen.md): the site's parts, then the planner. */
import "./site.js";
import "../planner.js";
