// The message page: focused time-on-task, send confirmation, live annotation of the draft, canned responses,
// and the regenerated draft streamed into the editor. Everything works without this script, only less smoothly.

const editorForm = () => document.getElementById("editor-form");
const textarea = () => document.getElementById("id_text");
const statusLine = () => document.getElementById("stream-status");

function announce(text) {
  const line = statusLine();
  if (line) line.textContent = text;
}

function concealModal(id) {
  const modal = document.getElementById(id);
  if (!modal) return;
  if (window.dsfr) {
    window.dsfr(modal).modal.conceal();
  } else {
    modal.querySelector(".fr-btn--close")?.click();
  }
}

// Show the editing tab (when the draft has one) and put the focus in the editor. The DSFR panel becomes
// visible through a transition, and a hidden textarea cannot take the focus: retry for a moment.
function showEditTab(then = () => {}) {
  const tab = document.getElementById("tab-edit");
  const panel = document.getElementById("panel-edit");
  if (tab && panel && tab.getAttribute("aria-selected") !== "true") {
    // The DSFR API opens the panel without moving the focus to the tab button (a click would).
    const api = window.dsfr?.(panel)?.tabPanel;
    if (api) api.disclose();
    else tab.click();
  }
  const area = textarea();
  const started = Date.now();
  const attempt = () => {
    area?.focus();
    if (!area || document.activeElement === area || Date.now() - started > 1500) then();
    else requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}

document.addEventListener("guichet:edit", () => showEditTab());

// --- Focused time on task ----------------------------------------------------------------------------------
// Counts only while the page is visible, has the focus and the agent did something in the last two minutes.
const messageId = document.querySelector("[data-message-id]")?.dataset.messageId;
const IDLE_MS = 120_000;
const storageKey = messageId ? `guichet:focused-ms:${messageId}` : null;
let focusedMs = Number((storageKey && sessionStorage.getItem(storageKey)) || 0);
let countingSince = null;
let lastActivity = Date.now();

function isActive() {
  return document.visibilityState === "visible" && document.hasFocus() && Date.now() - lastActivity < IDLE_MS;
}

function tick() {
  const now = Date.now();
  if (countingSince !== null) focusedMs += now - countingSince;
  countingSince = isActive() ? now : null;
  if (storageKey) sessionStorage.setItem(storageKey, String(Math.round(focusedMs)));
}

if (storageKey) {
  window.setInterval(tick, 1000);
  for (const name of ["focus", "blur"]) window.addEventListener(name, tick);
  document.addEventListener("visibilitychange", tick);
  for (const name of ["keydown", "pointerdown", "pointermove", "input", "scroll"]) {
    document.addEventListener(name, () => { lastActivity = Date.now(); }, { passive: true, capture: true });
  }
  tick();
}
if (messageId && !document.getElementById("editor-form")) {
  sessionStorage.removeItem(`guichet:focused-ms:${messageId}`); // answered: the measure was sent with the reply
}

document.addEventListener("submit", (event) => {
  if (event.target.id !== "editor-form") return;
  tick();
  const field = document.getElementById("time-on-task");
  if (field) field.value = String(Math.round(focusedMs / 1000));
  const submitter = event.submitter;
  if (submitter?.dataset.confirm && !window.confirm(submitter.dataset.confirm)) event.preventDefault();
});

// --- Draft annotation (mirrors guichet.inbox.ui.annotate_draft) -----------------------------------------------
const LABELS = {
  unsupported: "phrase non étayée par les sources",
  number: "chiffre ou date absent des sources",
  promise: "promesse de décision à vérifier",
  placeholder: "texte à compléter ou à retirer",
};
const CITATION = /\[(?:[Ss]ource\s*)?(\d{1,3})\]/g;

function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" })[c]);
}

function runs(text, flags) {
  let html = "";
  let start = 0;
  const key = (i) => (flags[i] || []).join(" ");
  for (let i = 1; i <= text.length; i++) {
    if (i < text.length && key(i) === key(start)) continue;
    const chunk = escapeHtml(text.slice(start, i));
    const kinds = Object.keys(LABELS).filter((k) => (flags[start] || []).includes(k));
    if (!kinds.length) {
      html += chunk;
    } else {
      html += `<mark class="guichet-mark ${kinds.map((k) => `guichet-mark--${k}`).join(" ")}">${chunk}</mark>`;
      const ending = kinds.filter((k) => i >= text.length || !(flags[i] || []).includes(k));
      if (ending.length) html += `<span class="fr-sr-only"> (${ending.map((k) => LABELS[k]).join(" ; ")})</span>`;
    }
    start = i;
  }
  return html;
}

function annotate(text) {
  const marks = JSON.parse(document.getElementById("draft-marks")?.textContent || "{}");
  const titles = {};
  for (const item of document.querySelectorAll(".guichet-source[id^='source-']")) {
    titles[item.id.slice(7)] = item.querySelector("h3")?.textContent.replace(/^\s*\[\d+\]\s*/, "").trim() || "";
  }
  const flags = Array.from(text, () => []);
  for (const kind of Object.keys(LABELS)) {
    for (const needle of marks[kind] || []) {
      let position = needle ? text.indexOf(needle) : -1;
      while (position !== -1) {
        for (let i = position; i < position + needle.length; i++) if (!flags[i].includes(kind)) flags[i].push(kind);
        position = text.indexOf(needle, position + needle.length);
      }
    }
  }
  for (const f of flags) f.sort();
  let html = "";
  let position = 0;
  for (const match of text.matchAll(CITATION)) {
    html += runs(text.slice(position, match.index), flags.slice(position, match.index));
    const n = match[1];
    html += n in titles
      ? `<a class="guichet-cite" href="#source-${n}" title="Source ${n} : ${escapeHtml(titles[n])}">${escapeHtml(match[0])}</a>`
      : `<mark class="guichet-mark guichet-mark--unsupported">${escapeHtml(match[0])}</mark><span class="fr-sr-only"> (citation sans source)</span>`;
    position = match.index + match[0].length;
  }
  html += runs(text.slice(position), flags.slice(position));
  return html;
}

document.addEventListener("click", (event) => {
  const target = event.target.closest("button, a");
  if (!target) return;

  // Back to the review tab: annotate what the agent has written since.
  if (target.id === "tab-review") {
    const area = textarea();
    const view = document.getElementById("annotated");
    if (area && view) view.innerHTML = annotate(area.value);
  }

  // The send confirmation shows exactly the text that will be sent.
  if (target.id === "open-send") {
    const finalText = document.getElementById("final-text");
    if (finalText && textarea()) finalText.textContent = textarea().value;
  }

  // "Voir dans le texte": select the sentence in the editor.
  if (target.dataset.selectText) {
    const area = textarea();
    if (!area) return;
    const start = area.value.indexOf(target.dataset.selectText);
    showEditTab(() => {
      area.focus();
      if (start !== -1) {
        area.setSelectionRange(start, start + target.dataset.selectText.length);
        announce("Phrase sélectionnée dans l'éditeur.");
      } else {
        announce("Cette phrase n'est plus dans le texte.");
      }
    });
  }

  // A citation: highlight the source and move focus to it.
  if (target.classList.contains("guichet-cite")) {
    const source = document.querySelector(target.getAttribute("href"));
    if (source) {
      event.preventDefault();
      for (const item of document.querySelectorAll(".guichet-source--active")) item.classList.remove("guichet-source--active");
      source.classList.add("guichet-source--active");
      source.scrollIntoView({ block: "nearest" });
      source.focus({ preventScroll: true });
    }
  }

  // Quick instructions for a regeneration.
  if (target.dataset.instruction) {
    const field = document.getElementById("id_instruction");
    if (field) {
      field.value = field.value ? `${field.value} ${target.dataset.instruction}` : target.dataset.instruction;
      field.focus();
    }
  }
});

// --- Canned responses: insert at the cursor ---------------------------------------------------------------
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!form.classList.contains("guichet-canned-form")) return;
  const area = textarea();
  if (!area) return; // no editor: let the server insert it
  event.preventDefault();
  const body = form.querySelector(".guichet-canned__full").value;
  const start = area.selectionStart ?? area.value.length;
  const end = area.selectionEnd ?? start;
  area.value = area.value.slice(0, start) + body + area.value.slice(end);
  concealModal("modal-canned");
  showEditTab(() => {
    area.focus();
    area.setSelectionRange(start + body.length, start + body.length);
  });
  announce("Modèle inséré dans la réponse. Pensez à l'adapter et à enregistrer.");
});

// --- Regenerate, streamed into the editor -----------------------------------------------------------------
function parseEvents(buffer, onEvent) {
  const blocks = buffer.split("\n\n");
  const rest = blocks.pop();
  for (const block of blocks) {
    let name = "message";
    let data = "";
    for (const line of block.split("\n")) {
      if (line.startsWith("event: ")) name = line.slice(7);
      else if (line.startsWith("data: ")) data += line.slice(6);
    }
    onEvent(name, data ? JSON.parse(data) : {});
  }
  return rest;
}

async function refreshWorkspace() {
  const url = `${window.location.pathname}?partial=workspace`;
  if (window.htmx) {
    await window.htmx.ajax("GET", url, { target: "#workspace", swap: "outerHTML" });
  } else {
    window.location.reload();
  }
}

document.addEventListener("submit", async (event) => {
  const form = event.target;
  if (form.id !== "regenerate-form" || !window.fetch || !window.ReadableStream) return;
  event.preventDefault();
  const data = new FormData(form);
  concealModal("modal-regenerate");
  showEditTab();
  const area = textarea();
  const previous = area.value;
  area.value = "";
  area.readOnly = true;
  area.setAttribute("aria-busy", "true");
  announce("Rédaction du nouveau brouillon en cours…");
  let outcome = null;
  try {
    const response = await fetch(form.action, {
      method: "POST",
      body: data,
      headers: { Accept: "text/event-stream" },
      credentials: "same-origin",
    });
    if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer = parseEvents(buffer + value, (name, payload) => {
        if (name === "token") {
          area.value += payload.t;
          area.scrollTop = area.scrollHeight;
        } else if (name === "done") {
          outcome = { ok: true, version: payload.version };
        } else if (name === "error") {
          outcome = { ok: false, message: payload.message };
        }
      });
    }
  } catch (error) {
    outcome = { ok: false, message: "La régénération n'a pas abouti. Le brouillon précédent est conservé." };
  }
  area.readOnly = false;
  area.removeAttribute("aria-busy");
  if (outcome?.ok) {
    await refreshWorkspace();
    document.getElementById("editor-title")?.focus();
    announce(`Nouveau brouillon prêt (version ${outcome.version}). Relisez-le avant de l'envoyer.`);
  } else {
    area.value = previous;
    announce(outcome?.message || "La régénération n'a pas abouti. Le brouillon précédent est conservé.");
  }
});
