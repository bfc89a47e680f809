// Start the GOV.UK Frontend components; a file, not inline, so the Content Security Policy holds.
import { initAll } from "../govuk/govuk-frontend.min.js";

initAll();
