/*
 * Applies the stored reading mode while the page is still being parsed, so that the text below is
 * laid out in it from the first paint. A classic script placed right after the reading-mode switch
 * (src/components/ReadingModes.astro): it runs before anything after it is parsed, which the bundled
 * module scripts, run after parsing, cannot. It knows no mode names: a stored value that names no
 * radio of the switch changes nothing. Plain ES5 and served as is, from public/.
 */
(function () {
  var switcher = document.currentScript && document.currentScript.previousElementSibling;
  var key = switcher && switcher.getAttribute('data-storage-key');
  if (!key) return;
  var mode;
  try {
    mode = window.localStorage.getItem(key);
  } catch {
    return;
  }
  var radios = switcher.querySelectorAll('input[type="radio"]');
  for (var i = 0; i < radios.length; i++) {
    if (radios[i].value === mode) radios[i].checked = true;
  }
})();
