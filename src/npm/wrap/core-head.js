  /* The library, compiled from Java by TeaVM (its UMD output, given a private `exports`). */
  var core = (function () {
    var exports = {}, module = { exports: exports }, define;
