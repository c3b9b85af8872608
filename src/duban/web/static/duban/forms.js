// Selects marked data-autosubmit send their form when changed (the plan and period switchers). Kept in a
// file: the Content-Security-Policy allows no inline handlers. data-clear names a field emptied first.
document.addEventListener("change", (event) => {
  const select = event.target.closest("select[data-autosubmit]");
  if (!select || !select.form) return;
  const clear = select.dataset.clear;
  if (clear && select.form.elements[clear]) select.form.elements[clear].value = "";
  select.form.submit();
});

// A checkbox marked data-check-all="name" checks or clears every box of that name in its form.
document.addEventListener("change", (event) => {
  const all = event.target.closest("input[data-check-all]");
  if (!all || !all.form) return;
  for (const box of all.form.querySelectorAll(`input[name="${all.dataset.checkAll}"]`)) box.checked = all.checked;
});

// A button marked data-confirm asks before its form is sent.
document.addEventListener("click", (event) => {
  const button = event.target.closest("[data-confirm]");
  if (button && !window.confirm(button.dataset.confirm)) event.preventDefault();
});
