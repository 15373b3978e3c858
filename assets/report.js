// Optional filters for the Palimpsest report; everything reads fine without them.
document.documentElement.classList.add("js");
document.addEventListener("change", function (event) {
  var box = event.target;
  if (box && (box.id === "only-changes" || box.id === "only-meaning")) {
    document.body.classList.toggle(box.id, box.checked);
  }
});
