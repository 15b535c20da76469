
  return api;
}));
