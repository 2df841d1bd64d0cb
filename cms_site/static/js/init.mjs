// Start GOV.UK Frontend's components (character count, error summary focus, file upload...).
import { initAll } from "../govuk/govuk-frontend.min.js";

initAll();
