
defineExplainer(pars);
