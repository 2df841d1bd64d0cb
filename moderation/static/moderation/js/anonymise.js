// Anonymisation review helpers: selecting text fills the manual redaction form,
// and "Redact all" ticks every finding's Redact option but the doubtful ones. Without JavaScript the
// editor types the text and ticks the options by hand.
const form = document.querySelector("[data-manual-redaction]");
const textInput = form ? form.querySelector("[name=text]") : null;
const fieldSelect = form ? form.querySelector("[name=field]") : null;

document.querySelectorAll("[data-redact-source]").forEach((source) => {
  source.addEventListener("mouseup", () => {
    const selection = window.getSelection();
    const text = selection ? selection.toString().trim() : "";
    if (!text || !textInput || !source.contains(selection.anchorNode)) return;
    textInput.value = text;
    if (fieldSelect) fieldSelect.value = source.dataset.redactSource;
    textInput.focus();
  });
});

document.querySelectorAll("[data-accept-all]").forEach((button) => {
  button.addEventListener("click", () => {
    // words found only in doubt ("Check") are left for the editor to decide one by one
    button.closest("form").querySelectorAll("tr:not([data-doubtful]) input[type=radio][value=accept]").forEach((radio) => {
      radio.checked = true;
    });
  });
});
