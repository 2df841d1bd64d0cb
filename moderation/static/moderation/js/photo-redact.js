/**
 * Draw the areas of a resident's photo to hide before it is published.
 *
 * Progressive enhancement of the server-rendered `[data-photo-redact]` widget:
 * without JavaScript the editor types coordinates into the fallback field.
 * With it, areas are dragged out over the image with any pointer (mouse,
 * touch, pen), or added with a button and moved/resized with the keyboard.
 *
 * Areas are stored as fractions (0..1) of the image, so they do not depend on
 * the size the photo is shown at, and written to the input as
 * `[{"x":..,"y":..,"w":..,"h":..,"mode":"blur"|"black"}]`. Each area has its
 * own mode (a face blurred, a house number blacked out): a new area takes the
 * mode chosen in the form's `mode` radios, and a select beside each area in
 * the list changes it. The server validates them again and does the
 * blurring: nothing here is trusted.
 *
 * Dependency-free ES module; initialises every widget on the page on import.
 */

const MIN_SIZE = 0.01; // smaller drags are accidental clicks
const NEW_SIZE = 0.2; // an area added with the button
const STEP = 0.01; // one arrow key press
const MAX_AREAS = 50; // as parse_regions on the server
const MODES = ["blur", "black"];

const TEXT = {
  area: (n) => `Area ${n}`,
  remove: "Remove",
  removeContext: (n) => ` area ${n}`,
  add: "Add an area in the middle",
  added: (n) => `Area ${n} added`,
  removed: (n) => `Area ${n} removed`,
  cleared: "All areas removed",
  tooMany: `You can hide up to ${MAX_AREAS} areas in one photo`,
  help:
    "Use the arrow keys to move the area. Hold Shift and use the arrow keys to change its size. " +
    "Press Delete to remove it.",
};

let widgetCount = 0;

const clamp = (value, min, max) => Math.min(max, Math.max(min, value));
const round = (value) => Math.round(value * 1e6) / 1e6;

/** Areas from the input's JSON; anything unusable is skipped (the server re-validates). */
function readAreas(value) {
  let data;
  try {
    data = JSON.parse(value || "[]");
  } catch {
    return [];
  }
  if (!Array.isArray(data)) return [];
  const areas = [];
  for (const item of data) {
    if (!item || typeof item !== "object") continue;
    const { x, y, w, h, mode } = item;
    if (![x, y, w, h].every((v) => typeof v === "number" && Number.isFinite(v)) || w <= 0 || h <= 0) continue;
    const left = clamp(x, 0, 1);
    const top = clamp(y, 0, 1);
    const width = clamp(x + w, 0, 1) - left;
    const height = clamp(y + h, 0, 1) - top;
    const area = { x: left, y: top, w: width, h: height };
    if (MODES.includes(mode)) area.mode = mode;
    if (width > 0 && height > 0) areas.push(area);
  }
  return areas.slice(0, MAX_AREAS);
}

function el(tag, attributes = {}, text = "") {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text) node.textContent = text;
  return node;
}

function positionBox(box, area) {
  box.style.left = `${area.x * 100}%`;
  box.style.top = `${area.y * 100}%`;
  box.style.width = `${area.w * 100}%`;
  box.style.height = `${area.h * 100}%`;
}

export function initPhotoRedact(root) {
  if (root.dataset.photoRedactReady) return;
  const canvas = root.querySelector("[data-photo-redact-canvas]");
  const image = root.querySelector("[data-photo-redact-image]");
  const input = root.querySelector("[data-photo-redact-input]");
  if (!canvas || !image || !input) return;
  root.dataset.photoRedactReady = "true";
  widgetCount += 1;

  const list = root.querySelector("[data-photo-redact-list]");
  const clearButton = root.querySelector("[data-photo-redact-clear]");
  const form = root.closest("form");
  const modeRadios = form ? [...form.querySelectorAll('input[type="radio"][name="mode"]')] : [];
  // The labels of the form's radios are already translated: reuse them for each area.
  const modeNames = Object.fromEntries(
    MODES.map((mode) => {
      const radio = modeRadios.find((r) => r.value === mode);
      const label = radio && (radio.labels?.[0] || radio.closest("label"));
      return [mode, label?.textContent.trim() || (mode === "black" ? "Black out" : "Blur")];
    }),
  );
  const modeLabel = root.dataset.photoRedactModeLabel || "How to hide area {n}";
  const defaultMode = () => {
    const checked = modeRadios.find((r) => r.checked)?.value;
    return MODES.includes(checked) ? checked : "blur";
  };
  const areas = readAreas(input.value); // [{x, y, w, h, mode, box}]
  for (const area of areas) area.mode ||= defaultMode();

  // The typed fallback is replaced by drawing (its value is still submitted).
  const fallback =
    input.closest("[data-photo-redact-fallback]") || root.querySelector("[data-photo-redact-fallback]");
  if (fallback) fallback.hidden = true;
  else if (input.type !== "hidden") input.hidden = true;
  root.classList.add("mtr-redact--enhanced");
  image.draggable = false;

  const help = el("p", { id: `mtr-redact-help-${widgetCount}`, class: "govuk-visually-hidden" }, TEXT.help);
  const status = el("div", { class: "govuk-visually-hidden", role: "status", "aria-live": "polite" });
  let addButton = root.querySelector("[data-photo-redact-add]");
  if (!addButton) {
    addButton = el(
      "button",
      {
        type: "button",
        class: clearButton?.className || "govuk-button govuk-button--secondary",
        "data-photo-redact-add": "",
      },
      TEXT.add,
    );
    if (clearButton) clearButton.before(addButton);
    else canvas.after(addButton);
  }
  root.append(help, status);

  function announce(message) {
    // Cleared first so the same message twice is announced twice.
    status.textContent = "";
    window.setTimeout(() => {
      status.textContent = message;
    }, 50);
  }

  function save() {
    const value = JSON.stringify(
      areas.map(({ x, y, w, h, mode }) => ({ x: round(x), y: round(y), w: round(w), h: round(h), mode })),
    );
    if (input.value === value) return;
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  /** Rebuild boxes and the list so numbers always match positions. */
  function render() {
    canvas.querySelectorAll(".mtr-redact__box:not(.mtr-redact__box--draft)").forEach((box) => {
      if (!areas.some((area) => area.box === box)) box.remove();
    });
    if (list) list.replaceChildren();
    areas.forEach((area, index) => {
      const n = index + 1;
      if (!area.box) {
        area.box = el("div", {
          class: "mtr-redact__box",
          tabindex: "0",
          role: "group",
          "aria-describedby": help.id,
        });
        area.box.append(el("span", { class: "mtr-redact__label", "aria-hidden": "true" }));
        area.box.addEventListener("keydown", (event) => onBoxKey(event, area));
        canvas.append(area.box);
      }
      area.box.setAttribute("aria-label", `${TEXT.area(n)}: ${modeNames[area.mode]}`);
      area.box.classList.toggle("mtr-redact__box--black", area.mode === "black");
      area.box.firstChild.textContent = String(n);
      positionBox(area.box, area);
      if (list) {
        const button = el(
          "button",
          {
            type: "button",
            class: "govuk-button govuk-button--secondary govuk-!-margin-bottom-0 mtr-redact__remove",
            "data-photo-redact-remove": "",
          },
          TEXT.remove,
        );
        button.append(el("span", { class: "govuk-visually-hidden" }, TEXT.removeContext(n)));
        button.addEventListener("click", () => remove(area, true));
        const selectId = `mtr-redact-mode-${widgetCount}-${n}`;
        const select = el("select", { id: selectId, "data-photo-redact-mode": "" });
        for (const mode of MODES) {
          const option = el("option", { value: mode }, modeNames[mode]);
          option.selected = area.mode === mode;
          select.append(option);
        }
        select.addEventListener("change", () => {
          area.mode = MODES.includes(select.value) ? select.value : "blur";
          render();
          save();
          list.querySelector(`#${selectId}`)?.focus();
        });
        const item = el("li", { class: "mtr-redact__item" });
        item.append(
          el("label", { for: selectId, class: "mtr-redact__mode-label" }, modeLabel.replace("{n}", String(n))),
          select,
          button,
        );
        list.append(item);
      }
    });
    addButton.disabled = areas.length >= MAX_AREAS;
  }

  function add(area) {
    if (areas.length >= MAX_AREAS) {
      announce(TEXT.tooMany);
      return null;
    }
    areas.push(area);
    render();
    save();
    announce(TEXT.added(areas.length));
    return area;
  }

  function remove(area, fromList) {
    const index = areas.indexOf(area);
    if (index === -1) return;
    areas.splice(index, 1);
    area.box.remove();
    render();
    save();
    announce(TEXT.removed(index + 1));
    // Keep focus nearby rather than losing it to the page.
    const buttons = list ? list.querySelectorAll("button") : [];
    const next = fromList
      ? buttons[Math.min(index, buttons.length - 1)]
      : areas[Math.min(index, areas.length - 1)]?.box;
    (next || addButton).focus();
  }

  function onBoxKey(event, area) {
    if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      remove(area, false);
      return;
    }
    const delta = {
      ArrowLeft: [-STEP, 0],
      ArrowRight: [STEP, 0],
      ArrowUp: [0, -STEP],
      ArrowDown: [0, STEP],
    }[event.key];
    if (!delta || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    const [dx, dy] = delta;
    if (event.shiftKey) {
      area.w = clamp(area.w + dx, MIN_SIZE, 1 - area.x);
      area.h = clamp(area.h + dy, MIN_SIZE, 1 - area.y);
    } else {
      area.x = clamp(area.x + dx, 0, 1 - area.w);
      area.y = clamp(area.y + dy, 0, 1 - area.h);
    }
    positionBox(area.box, area);
    save();
  }

  // ---- drawing with a pointer ------------------------------------------
  let drag = null; // {id, startX, startY, area, box, startBox}

  function pointFrom(event) {
    const rect = image.getBoundingClientRect();
    if (!rect.width || !rect.height) return null;
    return {
      x: clamp((event.clientX - rect.left) / rect.width, 0, 1),
      y: clamp((event.clientY - rect.top) / rect.height, 0, 1),
    };
  }

  function endDrag(event, keep) {
    if (!drag || event.pointerId !== drag.id) return;
    const { area, box, startBox } = drag;
    drag = null;
    box.remove();
    if (canvas.hasPointerCapture?.(event.pointerId)) canvas.releasePointerCapture(event.pointerId);
    if (keep && area.w >= MIN_SIZE && area.h >= MIN_SIZE) {
      add(area)?.box.focus({ preventScroll: true });
    } else if (keep && startBox) {
      startBox.focus({ preventScroll: true }); // a click on an area selects it
    }
  }

  canvas.addEventListener("pointerdown", (event) => {
    if (drag || !event.isPrimary || event.button !== 0) return;
    const point = pointFrom(event);
    if (!point) return;
    event.preventDefault(); // no image dragging, text selection or scrolling
    const box = el("div", { class: "mtr-redact__box mtr-redact__box--draft", "aria-hidden": "true" });
    const area = { x: point.x, y: point.y, w: 0, h: 0, mode: defaultMode() };
    positionBox(box, area);
    canvas.append(box);
    drag = {
      id: event.pointerId,
      startX: point.x,
      startY: point.y,
      area,
      box,
      startBox: areas.find((a) => a.box === event.target.closest(".mtr-redact__box"))?.box,
    };
    canvas.setPointerCapture?.(event.pointerId);
  });

  canvas.addEventListener("pointermove", (event) => {
    if (!drag || event.pointerId !== drag.id) return;
    const point = pointFrom(event);
    if (!point) return;
    const { area, startX, startY } = drag;
    area.x = Math.min(startX, point.x);
    area.y = Math.min(startY, point.y);
    area.w = Math.abs(point.x - startX);
    area.h = Math.abs(point.y - startY);
    positionBox(drag.box, area);
  });

  canvas.addEventListener("pointerup", (event) => endDrag(event, true));
  canvas.addEventListener("pointercancel", (event) => endDrag(event, false));
  canvas.addEventListener("lostpointercapture", (event) => endDrag(event, true));

  addButton.addEventListener("click", () => {
    const offset = (1 - NEW_SIZE) / 2;
    add({ x: offset, y: offset, w: NEW_SIZE, h: NEW_SIZE, mode: defaultMode() })?.box.focus();
  });

  clearButton?.addEventListener("click", () => {
    areas.splice(0).forEach((area) => area.box?.remove());
    render();
    // Always written, so a value the server could not read is replaced too.
    input.value = "";
    save();
    announce(TEXT.cleared);
  });

  render();
}

export function initAll(scope = document) {
  scope.querySelectorAll("[data-photo-redact]").forEach(initPhotoRedact);
}

if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => initAll());
} else {
  initAll();
}
