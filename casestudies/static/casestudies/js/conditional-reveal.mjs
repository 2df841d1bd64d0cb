// "Replace it with:" reveals its input, as GOV.UK Frontend's conditional reveal does, but
// without aria-expanded on a radio: ARIA does not allow it there and axe reports it
// (alphagov/govuk-frontend#979). The hidden class only hides anything once GOV.UK
// Frontend is supported (.govuk-frontend-supported); without JavaScript the input is
// always shown, and the server reads it only when that radio is chosen.
for (const input of document.querySelectorAll("input[type=radio][data-mtr-reveals]")) {
  const target = document.getElementById(input.dataset.mtrReveals);
  if (!target) continue;
  input.setAttribute("aria-controls", target.id);
  const sync = () => target.classList.toggle("govuk-radios__conditional--hidden", !input.checked);
  const group = input.form ? input.form.elements.namedItem(input.name) : null;
  for (const radio of group && group.length ? group : [input]) radio.addEventListener("change", sync);
  window.addEventListener("pageshow", sync);
  sync();
}
