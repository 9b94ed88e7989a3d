// A search field that narrows a long <select> (the redirect dialog's list of administrations): the options whose
// name does not contain what is typed (case and accents ignored) are hidden. Without this script the field stays
// hidden and the <select> works as it is (browsers also jump to an option when its first letters are typed).

const fold = (text) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

for (const input of document.querySelectorAll("input[data-filter-select]")) {
  const select = document.getElementById(input.dataset.filterSelect);
  if (!select) continue;
  input.hidden = false;
  input.addEventListener("input", () => {
    const term = fold(input.value.trim());
    let first = null;
    for (const option of select.querySelectorAll("option:not([value=''])")) {
      const shown = !term || fold(option.textContent).includes(term);
      option.hidden = !shown;
      option.disabled = !shown;
      if (shown && !first) first = option;
    }
    for (const group of select.querySelectorAll("optgroup")) {
      group.hidden = !group.querySelector("option:not([hidden])");
    }
    const current = select.selectedOptions[0];
    if (term && first && (!current || current.hidden || current.value === "")) select.value = first.value;
  });
  // Enter picks the first match and moves to the list; it never sends the form from the search field.
  input.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    event.preventDefault();
    select.focus();
  });
}
