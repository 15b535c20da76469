
  return api;
}());

export const { decide, ballot, story2018, stakeholders, languages, labels, headline, formatDate,
  version } = api;
