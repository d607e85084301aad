// Starts Pagefind's search box. Everything else on the site works without JavaScript.
window.addEventListener("DOMContentLoaded", function () {
  var box = document.getElementById("search");
  if (typeof PagefindUI === "undefined") {
    box.textContent = "Search is not available on this copy of the site. You can read every digest from the list of groups.";
    return;
  }
  new PagefindUI({ element: "#search", showImages: false, resetStyles: false });
});
