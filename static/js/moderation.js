// Destructive moderation steps: ask in place, then tell the server it was confirmed.
// Without JavaScript the server shows its own confirmation page instead.
document.addEventListener("submit", (event) => {
  const form = event.target.closest("form[data-confirm]");
  if (!form) return;
  if (!window.confirm(form.dataset.confirm)) {
    event.preventDefault();
    return;
  }
  if (!form.querySelector("input[name='confirmed']")) {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = "confirmed";
    input.value = "1";
    form.append(input);
  }
});
