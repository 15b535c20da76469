
    return exports;
  })();
