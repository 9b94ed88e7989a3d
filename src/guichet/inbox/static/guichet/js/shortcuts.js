// Keyboard shortcuts. Alt+Shift+letter clicks the element marked data-shortcut="name" (and announced with
// aria-keyshortcuts); Ctrl+Enter opens the send confirmation. Modifier combinations only, so screen-reader
// single-key navigation is never captured (WCAG 2.1.4).
const KEYS = {
  KeyN: "next",
  KeyS: "save",
  KeyE: "edit",
  KeyR: "regenerate",
  KeyM: "canned",
  KeyT: "take",
  KeyH: "history",
};

function trigger(name) {
  if (name === "edit" && document.getElementById("id_text")) {
    document.dispatchEvent(new CustomEvent("guichet:edit")); // the message page opens the editor
    return true;
  }
  const element = document.querySelector(`[data-shortcut="${name}"]`);
  if (!element || element.disabled) return false;
  element.click();
  return true;
}

document.addEventListener("keydown", (event) => {
  if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && KEYS[event.code]) {
    if (trigger(KEYS[event.code])) event.preventDefault();
  } else if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key === "Enter") {
    if (document.querySelector("dialog.fr-modal--opened")) return;
    if (trigger("send")) event.preventDefault();
  }
});

// After an action, the page reloads with a message: move focus there so it is read first.
const flash = document.querySelector(".guichet-flash");
if (flash) {
  flash.setAttribute("tabindex", "-1");
  flash.focus();
}
