// Photos are processed after upload. Without JavaScript the page shows each photo's state
// and a "Check again" link; with it, this asks the server for the states every few seconds
// (for at most two minutes) and updates the list in place. The status region
// (role="status") is rewritten with the server's summary, so screen readers announce it.
const list = document.querySelector("[data-mtr-photo-status]");
const summary = document.querySelector("[data-mtr-photo-summary]");
const TAGS = { processing: "govuk-tag--yellow", ready: "govuk-tag--green", failed: "govuk-tag--red" };
const INTERVAL_MS = 2000;
const MAX_TRIES = 60;

function update(item, photo) {
  if (item.dataset.mtrPhotoState === photo.status) return false;
  item.dataset.mtrPhotoState = photo.status;
  const tag = item.querySelector("[data-mtr-photo-tag]");
  if (tag) {
    tag.textContent = photo.label;
    tag.classList.remove(...Object.values(TAGS));
    tag.classList.add(TAGS[photo.status] || TAGS.processing);
  }
  const message = item.querySelector("[data-mtr-photo-message]");
  if (message) {
    message.textContent = photo.message;
    message.hidden = !photo.message;
  }
  if (photo.status === "ready" && !item.querySelector("img")) {
    const img = document.createElement("img");
    img.src = item.dataset.mtrPhotoSrc;
    img.alt = item.dataset.mtrPhotoAlt;
    img.width = 120;
    img.height = photo.width ? Math.round((photo.height * 120) / photo.width) : 90;
    item.prepend(img);
  }
  return true;
}

async function poll(tries) {
  let data;
  try {
    const response = await fetch(list.dataset.mtrPhotoStatus, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (!response.ok) return;
    data = await response.json();
  } catch {
    return; // the "Check again" link still works
  }
  let changed = false;
  for (const photo of data.photos) {
    const item = list.querySelector(`[data-mtr-photo="${photo.id}"]`);
    if (item && update(item, photo)) changed = true;
  }
  if (changed && summary) summary.textContent = data.summary;
  if (!data.processing) {
    const check = document.querySelector("[data-mtr-photo-check]");
    if (check) check.hidden = true;
    return;
  }
  if (tries < MAX_TRIES) window.setTimeout(() => poll(tries + 1), INTERVAL_MS);
}

if (list && list.querySelector('[data-mtr-photo-state="processing"]')) {
  window.setTimeout(() => poll(1), INTERVAL_MS);
}
